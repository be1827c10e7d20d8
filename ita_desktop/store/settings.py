"""The program's settings, kept in the database so that one file carries the whole set-up."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.store.database import Database
from ita_desktop.store.errors import StoreError

LANGUAGES = ("th", "en")
# How many daily, on-exit and manual backups of each kind are kept (services/backups.py).
BACKUPS_TO_KEEP = 10
BACKUPS_TO_KEEP_RANGE = (1, 100)


@dataclass(frozen=True)
class Settings:
    language: str = "th"
    digit_style: DigitStyle = DigitStyle.THAI
    export_folder: str = ""
    fiscal_year: int | None = None
    backups_to_keep: int = BACKUPS_TO_KEEP

    def export_dir(self) -> Path:
        folder = Path(self.export_folder).expanduser() if self.export_folder else Path.home()
        return folder if folder.is_dir() else Path.home()


class SettingsRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def load(self) -> Settings:
        stored = {r["key"]: r["value"] for r in self.db.query("SELECT key, value FROM settings")}
        settings = Settings()
        # A value this version cannot read falls back to its default instead of stopping start-up.
        if stored.get("language") in LANGUAGES:
            settings = replace(settings, language=stored["language"])
        if stored.get("digit_style") in {s.value for s in DigitStyle}:
            settings = replace(settings, digit_style=DigitStyle(stored["digit_style"]))
        if "export_folder" in stored:
            settings = replace(settings, export_folder=stored["export_folder"])
        if stored.get("fiscal_year", "").isdigit():
            settings = replace(settings, fiscal_year=int(stored["fiscal_year"]))
        keep = stored.get("backups_to_keep", "")
        low, high = BACKUPS_TO_KEEP_RANGE
        if keep.isdigit() and low <= int(keep) <= high:
            settings = replace(settings, backups_to_keep=int(keep))
        return settings

    def save(self, settings: Settings) -> None:
        if settings.language not in LANGUAGES:
            raise StoreError("store.unknown_language", language=settings.language)
        with self.db.transaction():
            for f in fields(settings):
                value = getattr(settings, f.name)
                if value is None:
                    self.db.execute("DELETE FROM settings WHERE key = ?", (f.name,))
                else:
                    self.db.execute(
                        "INSERT INTO settings (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (f.name, str(value)),
                    )
