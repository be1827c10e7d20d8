"""The database side of a hand-over bundle: a compact stand-alone copy of a database file to
send, and a read-only look at a copy received, before it is put anywhere the program opens.

Both work on file paths with connections of their own, never on the window's ``Database``: a
sqlite3 connection belongs to the thread that opened it, and the bundle is made and checked in
the window's job runner. Nothing here opens the received copy for writing: it is inspected
read-only and immutable (``store/database.connect_read_only``), so a copy that is refused
stays byte for byte what it was, with nothing made beside it.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from ita_desktop.errors import AppError
from ita_desktop.store.backups import PAGES_PER_SHARED_STEP
from ita_desktop.store.database import connect_read_only, in_wal_mode
from ita_desktop.store.errors import WriteError, write_error


def copy_for_handover(source: Path, target: Path) -> None:
    """Copy the database ``source`` to the new file ``target``, ready to travel on its own.

    The copy is made through SQLite's backup API from a read-only connection of its own, so it
    holds every committed change (those still in the ``-wal`` file included) while the window
    keeps the file open, and the window can go on saving meanwhile. The copy is then switched
    from WAL to a rollback journal, so that it is one self-contained file, and vacuumed: pages
    freed by deleted photos are neither sent nor counted as data that compresses suspiciously
    well at the other end.
    """
    try:
        # Not immutable: the window may be saving into it while the copy is made.
        src = connect_read_only(source)
        try:
            dest = sqlite3.connect(str(target), isolation_level=None)
            try:
                # One step holds a read lock for the whole copy: in WAL mode that blocks no
                # one, but in the rollback journal (a file on a network drive) it would make
                # the window's saves fail as "locked". There the copy goes in steps, each
                # under a lock of its own; a save in between makes SQLite start it over.
                src.backup(dest, pages=-1 if in_wal_mode(src) else PAGES_PER_SHARED_STEP)
                dest.execute("PRAGMA journal_mode = DELETE")
                dest.execute("VACUUM")
            finally:
                dest.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise write_error(exc, target) or WriteError("store.io_error", target, str(exc)) from exc


@dataclass(frozen=True)
class CopyFacts:
    """What a received database file is, read without changing a byte of it."""

    sqlite: bool
    """The file starts with SQLite's header and SQLite could read its schema."""
    ours: bool
    """Its ``application_id`` is ITA Desktop's."""
    user_version: int
    problems: tuple[str, ...]
    """``PRAGMA integrity_check``'s findings; empty when the file is sound."""
    unit_name: str
    people: int


NOT_SQLITE = CopyFacts(sqlite=False, ours=False, user_version=0, problems=(), unit_name="",
                       people=0)


def inspect_copy(path: Path) -> CopyFacts:
    """The facts of the database file ``path``, opened read-only: the backups' inspection
    (``store/backups.inspect_copy``: ours? sound?), and for a sound copy of ours the unit and
    roster size it holds, to tell the user what was received.

    A file that is not SQLite, or whose schema SQLite cannot read, comes back as ``NOT_SQLITE``
    rather than as an error: the caller words the refusal about where the file came from. A
    newer schema version is the caller's to judge (it is compared with the manifest's).
    """
    from ita_desktop.store.backups import CopyState
    from ita_desktop.store.backups import inspect_copy as inspect_backup

    seen = inspect_backup(path, latest_version=sys.maxsize)
    if seen.state in (CopyState.NOT_A_DATABASE, CopyState.UNREADABLE):
        return NOT_SQLITE
    if seen.state is CopyState.FOREIGN:
        return CopyFacts(True, False, seen.schema_version, (), "", 0)
    if seen.state is CopyState.DAMAGED:
        return CopyFacts(True, True, seen.schema_version, seen.problems, "", 0)
    conn = connect_read_only(path, immutable=True)
    try:
        name, people = _unit_and_people(conn)
    finally:
        conn.close()
    return CopyFacts(True, True, seen.schema_version, (), name, people)


def _unit_and_people(conn: sqlite3.Connection) -> tuple[str, int]:
    """The unit's name and roster size, for telling the user what was received; a file of a
    schema without these tables (only possible for a hand-made file) says nothing."""
    try:
        row = conn.execute("SELECT full_name, short_name FROM unit WHERE id = 1").fetchone()
        people = int(conn.execute("SELECT count(*) FROM people").fetchone()[0])
    except sqlite3.DatabaseError:
        return "", 0
    name = (row[0] or row[1] or "") if row else ""
    return str(name), people


def hand_edited_findings(path: Path) -> list[AppError]:
    """What the program cannot read in the database file ``path``, which has passed
    ``inspect_copy`` (ours, sound, not newer): the findings ``store/soundness.py`` refuses an
    opening for, a few listed and the rest counted; empty when there is none. Read-only.

    Without this a bundle holding a hand-edited database would be imported, only to be refused
    the moment the new file is opened."""
    from ita_desktop.store.database import Database
    from ita_desktop.store.soundness import HandEditedDatabaseError, refuse_unreadable

    # A connection of its own rather than ``read_only``: that would run the integrity check,
    # which ``inspect_copy`` has just run over the whole file, a second time.
    conn = connect_read_only(path, immutable=True)
    conn.row_factory = sqlite3.Row
    try:
        refuse_unreadable(Database(path, conn))
    except HandEditedDatabaseError as exc:
        shown = exc.values["findings"]
        assert isinstance(shown, list)
        return shown
    finally:
        conn.close()
    return []
