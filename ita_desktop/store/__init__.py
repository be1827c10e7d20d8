"""The SQLite file: opening, schema migrations, and the repositories that read and write it.

This package is the only place that speaks SQL; it hands dataclasses to the layers above.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ita_desktop.store import drives
from ita_desktop.store.database import Database, connect, use_wal
from ita_desktop.store.errors import StoreError, UnreadableDatabaseError
from ita_desktop.store.migrations import migrate
from ita_desktop.store.soundness import refuse_unreadable


def open_database(path: Path, *, create: bool = True) -> Database:
    """Open and upgrade the database at ``path``; refuse, unchanged, any file we cannot use.

    ``create``: where no file exists, make a new database there (the window's New database and
    its first start, ``demo``); without it a missing file is refused. An existing file is never
    turned into a new database, not even an empty (0-byte) one.

    An existing file is inspected read-only until every check has passed (an SQLite file of
    ours, not damaged, not newer, nothing edited by hand that the program cannot read). Then it
    is upgraded, each step in a transaction after a copy aside, and only then switched to WAL:
    a file refused at any point, a failed upgrade included, keeps every byte.

    A file on a network drive is kept in the rollback journal instead of WAL, and
    ``db.network_location`` says where it is (``store/drives.py``).
    """
    path = Path(path)
    if create and not path.exists():
        _create(path)
    db = connect(path, create=False, examine=refuse_unreadable)
    try:
        db.last_backup = migrate(db)
        db.network_location = drives.network_location(path)
        use_wal(db)
    except BaseException:
        db.close()
        raise
    return db


def _create(path: Path) -> None:
    """Make a new database at ``path``, built beside it and moved into place complete.

    SQLite makes an empty file the moment it opens a new one: built in place, a new database
    cut off before its first commit (a power cut) would be left as a 0-byte file, which every
    later opening refuses.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UnreadableDatabaseError("store.no_folder", path,
                                      detail=exc.strerror or str(exc)) from exc
    temp = path.with_name(f".{path.name}.new")
    sides = (temp, Path(f"{temp}-journal"))
    try:
        for leftover in sides:
            leftover.unlink(missing_ok=True)
        db = connect(temp, create=True)
        try:
            migrate(db)
        finally:
            db.close()
        os.replace(temp, path)
    except (OSError, StoreError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UnreadableDatabaseError("store.cannot_open", path, detail=detail) from exc
    finally:
        for leftover in sides:
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
