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
        """Where exports and the file dialogs start: the export folder when it exists, else
        the default folder (:func:`default_folder`). A relative export folder is inside the
        portable copy's folder, so it follows the copy to another PC or drive letter."""
        fallback = default_folder()
        if not self.export_folder:
            return fallback
        folder = Path(self.export_folder).expanduser()
        if not folder.is_absolute():
            folder = (_portable_root or Path.home()) / folder
        return folder if folder.is_dir() else fallback


PORTABLE_DOCUMENTS = "documents"
"""The folder of a portable copy's exports, beside its ``data`` folder."""

_portable_root: Path | None = None


def set_portable_root(folder: Path | None) -> None:
    """Tell the settings that the program runs as a portable copy from ``folder`` (app.py, at
    start-up): exports then start in its ``documents`` folder on the stick, not in the home
    folder of whichever PC it is plugged into."""
    global _portable_root
    _portable_root = folder


def portable_root() -> Path | None:
    return _portable_root


def default_folder() -> Path:
    """The home folder; for a portable copy its ``documents`` folder (made when first
    needed; the home folder when the stick is read-only)."""
    if _portable_root is not None:
        documents = _portable_root / PORTABLE_DOCUMENTS
        try:
            documents.mkdir(exist_ok=True)
        except OSError:
            return Path.home()
        return documents
    return Path.home()


def stored_folder(folder: str) -> str:
    """How an export folder chosen in Settings is kept: inside a portable copy's folder,
    relative to it (``documents/2568``), so that a copy of the stick's folder elsewhere finds
    its own; anywhere else as chosen."""
    if _portable_root is None or not folder:
        return folder
    try:
        return Path(folder).resolve().relative_to(_portable_root.resolve()).as_posix()
    except ValueError:
        return folder


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
