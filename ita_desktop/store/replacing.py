"""Putting a whole new database in the place of another, safely for whoever else has it open.

The new file is built aside (a temporary file in the same folder, so the final move is a
rename on one disk), the old one is backed up through SQLite (which includes what is still in
its ``-wal``), and the new one takes its place with one atomic ``os.replace``. It is refused
while anyone else has the old file open: a window would go on writing into a file that is no
longer there, and two replacements at once would build into each other's temporary file.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from ita_desktop.store.backups import copy_file_as_is, part_of, put_in_place, write_whole
from ita_desktop.store.database import Database
from ita_desktop.store.errors import WriteError, write_error
from ita_desktop.store.lock import held_for_replacing

T = TypeVar("T")

# How long to wait for a reader that is just finishing (an export, a verify) before calling
# the file in use.
_EXCLUSIVE_WAIT_MS = 2000


def _sides(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def _remove_with_sides(path: Path) -> None:
    for leftover in (path, *_sides(path)):
        leftover.unlink(missing_ok=True)


def backup_name(path: Path, label: str) -> Path:
    """A new file in the ``backups`` folder beside ``path``: ``NAME.LABEL.STAMP.sqlite``,
    never one that exists (two replacements in one second keep both copies)."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = path.suffix or ".sqlite"
    candidate = folder / f"{path.stem}.{label}.{stamp}{suffix}"
    n = 1
    while candidate.exists() or part_of(candidate).exists():
        n += 1
        candidate = folder / f"{path.stem}.{label}.{stamp}-{n}{suffix}"
    return candidate


def replace_database(path: Path, build: Callable[[Path], T], *, label: str = "replaced"
                     ) -> tuple[T, Path | None]:
    """Build a database with ``build(temporary path)`` and put it in the place of ``path``.

    Returns what ``build`` returned and the backup of the old file (None when there was none).
    ``DatabaseInUseError`` when a window or command of ours holds ``path``, ``WriteError``
    (``store.locked``) when another program has it open; in both cases, and when ``build``
    fails, ``path`` is left as it was.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Only the holder of the lock builds here: a fixed name, so a build killed half way is
    # cleared by the next one.
    temp = path.with_name(f".{path.name}.building")
    with held_for_replacing(path):
        try:
            _remove_with_sides(temp)
            result = build(temp)
            # Its connection is closed and checkpointed: no -wal of the new file is left behind
            # to be mistaken for the old file's.
            for side in _sides(temp):
                side.unlink(missing_ok=True)
            backup = _set_aside(path, label) if path.exists() else None
            try:
                put_in_place(temp, path)
            except OSError as exc:
                raise WriteError("store.io_error", path, exc.strerror or str(exc)) from exc
            return result, backup
        finally:
            _remove_with_sides(temp)


def _set_aside(path: Path, label: str) -> Path:
    """Back up ``path`` through SQLite and leave it with no ``-wal`` or ``-shm`` beside it, so
    the file moved into its place cannot be read together with the old file's WAL.

    Holds SQLite's exclusive lock throughout: nobody else can have it open, and nobody can
    write into it between the copy and the move.
    """
    backup = backup_name(path, label)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=_EXCLUSIVE_WAIT_MS / 1000)
    except sqlite3.Error as exc:
        raise WriteError("store.io_error", path, str(exc)) from exc
    try:
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            # Fails while any other connection has the file open, even an idle one.
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc) or "malformed" in str(exc):
                # Not an SQLite file (or a damaged one): kept byte for byte as it is.
                conn.close()
                _copy_bytes(path, backup)
                return backup
            raise write_error(exc, path) or WriteError("store.io_error", path,
                                                       str(exc)) from exc
        # Under a part name until complete: a copy cut off is never taken for one.
        write_whole(backup, Database(path, conn).backup_to)
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        conn.close()
        raise
    conn.close()
    for side in _sides(path):
        side.unlink(missing_ok=True)
    return backup


def _copy_bytes(path: Path, backup: Path) -> None:
    try:
        copy_file_as_is(path, backup)
    except OSError as exc:
        raise WriteError("store.io_error", backup, exc.strerror or str(exc)) from exc
