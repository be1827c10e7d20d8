"""Saving the program's settings (kept in the database, so one file carries the set-up)."""

from __future__ import annotations

from ita_desktop.store.database import Database
from ita_desktop.store.settings import Settings, SettingsRepository


def save_settings(db: Database, settings: Settings) -> Settings:
    """Save every setting in one transaction and return what is now stored.

    Raises an ``AppError``: ``WriteError`` when the file is locked, read-only or full,
    ``StoreError`` for an unknown language. Nothing is saved then, so the caller keeps the
    settings it had.
    """
    SettingsRepository(db).save(settings)
    return settings
