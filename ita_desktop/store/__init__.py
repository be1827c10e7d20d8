"""The SQLite file: opening, schema migrations, and the repositories that read and write it.

This package is the only place that speaks SQL; it hands dataclasses to the layers above.
"""

from __future__ import annotations

from pathlib import Path

from ita_desktop.store.database import Database, connect
from ita_desktop.store.migrations import migrate


def open_database(path: Path, *, create: bool = True) -> Database:
    """Open (or create) and upgrade a database; refuse, unchanged, files we cannot use."""
    db = connect(Path(path), create=create)
    try:
        db.last_backup = migrate(db)
    except BaseException:
        db.close()
        raise
    return db
