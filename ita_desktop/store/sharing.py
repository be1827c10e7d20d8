"""Opening a database that another window, PC or command may have open at the same time.

The window and the commands that write open the file *for changes*: they hold its lock
(``store/lock.py``) for as long as it is open, and a second one is told who has it. The
second window may instead open it *read-only*, which never writes to the file; the commands
that only read (export, verify, register, check, backup) open it as before, lock or not:
SQLite lets them read while the window writes.
"""

from __future__ import annotations

from pathlib import Path

from ita_desktop import store
from ita_desktop.errors import QT_TRANSLATE_NOOP, register
from ita_desktop.store import drives
from ita_desktop.store.database import Database, connect
from ita_desktop.store.errors import DatabaseFileError, NewerDatabaseError
from ita_desktop.store.lock import DatabaseInUseError, DatabaseLock
from ita_desktop.store.migrations import LATEST_VERSION

register({
    "store.read_only_needs_upgrade": QT_TRANSLATE_NOOP(
        "Errors", "Cannot open '%path' read-only: it was written by an older ITA Desktop and "
        "must first be upgraded, which changes the file. Open it for changes once nobody "
        "else has it open."),
})

__all__ = ["DatabaseInUseError", "open_for_changes", "open_read_only"]


def open_for_changes(path: Path, *, create: bool = True) -> Database:
    """Open (or create) and upgrade ``path`` holding its lock until ``Database.close``.

    ``DatabaseInUseError`` (naming who, where the holder could write it down) when another
    window or command holds it; nothing is opened or changed then. The lock is taken before
    the file is opened, as opening may upgrade it.
    """
    path = Path(path)
    if create:
        # The lock file lives beside the database; a folder that cannot be made is said by
        # ``open_database`` in its own words.
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
    lock = DatabaseLock.acquire(path)
    try:
        # Looked up on the package, so that whoever wraps ``store.open_database`` (the
        # tests' stand-ins for a locked or full disk) wraps this opening too.
        db = store.open_database(path, create=create)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    db.lock = lock
    return db


def open_read_only(path: Path) -> Database:
    """Open an existing database without ever writing to it: every action that would write
    is refused with ``store.opened_read_only``. A file that would first need an upgrade is
    refused, as upgrading writes."""
    from ita_desktop.store.soundness import refuse_unreadable

    # The same checks as a file opened for changes: hand-edited values that would crash the
    # window are refused here too.
    db = connect(Path(path), create=False, read_only=True, examine=refuse_unreadable)
    try:
        version = db.user_version
        if version > LATEST_VERSION:
            raise NewerDatabaseError(db.path, version, LATEST_VERSION)
        if version < LATEST_VERSION:
            raise DatabaseFileError("store.read_only_needs_upgrade", db.path)
    except BaseException:
        db.close()
        raise
    # Nothing can be switched on a file opened read-only; the window still says where it is.
    db.network_location = drives.network_location(db.path)
    return db
