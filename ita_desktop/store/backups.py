"""The backups folder beside a database: names of the copies, copying in steps, checking a
copy read-only, and letting go of the write-ahead log before a file is replaced.

Every copy of ``unit.sqlite`` lives in the ``backups`` folder next to it, named
``unit.20250301-083000.daily.sqlite``: the database's stem, when, and why (``daily``,
``exit``, ``manual``, ``migration``, ``before-restore``). The name alone lists a copy, so the
list is quick; only checking a copy opens it. Every copy is written under a hidden part name
(``.unit.20250301-083000.daily.sqlite.part``, ``part_of``) and renamed when complete
(``write_whole``): a copy cut off by a power cut or a killed process is never under a name
the list takes for a copy. The policy (which copies to keep, when to make
one) is ``services/backups.py``; here is what speaks to SQLite and to the files.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from ita_desktop.domain.progress import (
    CancelCheck,
    Cancelled,
    Progress,
    never_cancelled,
    no_progress,
)
from ita_desktop.store.database import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    connect_read_only,
    in_wal_mode,
)
from ita_desktop.store.errors import WriteError, write_error

FOLDER = "backups"
REASONS = ("daily", "exit", "manual", "migration", "before-restore")
STAMP = "%Y%m%d-%H%M%S"
# About 4 MB a step at SQLite's 4 KB pages: a step is short enough for a prompt cancel and a
# smooth bar, long enough that a 1 GB file is not copied in a quarter of a million steps.
PAGES_PER_STEP = 1024
# In the rollback journal (a file on a network drive) each step reads under a lock that holds
# the window's saves back: 128 pages (512 KB) take about a second even over a 4 Mbit/s link,
# well inside the saves' busy timeout of 5 s.
PAGES_PER_SHARED_STEP = 128

_NAME = re.compile(r"\.(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.(?P<reason>[a-z-]+)$")
# Copies made before the names said why: ``unit.v3.20250301-083000`` before an upgrade from
# schema 3, ``unit.replaced.20250301-083000`` before ``demo --replace``.
_OLD_MIGRATION = re.compile(r"\.v\d+\.(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?$")
_OLD_REPLACED = re.compile(r"\.replaced\.(?P<stamp>\d{8}-\d{6})$")


def folder_of(db_path: Path) -> Path:
    return Path(db_path).parent / FOLDER


def new_backup_path(db_path: Path, reason: str, now: datetime | None = None) -> Path:
    """A free name for a copy of ``db_path`` made now for ``reason``; makes the folder.

    Raises ``OSError`` when the folder cannot be made (a file named ``backups``, no rights).
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    db_path = Path(db_path)
    folder = folder_of(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime(STAMP)
    suffix = db_path.suffix or ".sqlite"
    # Copies of one second are told apart by number, and the number orders them: a new copy
    # takes the number after the highest of that second. The first free number would not do:
    # once rotation has deleted ``-1`` while ``-2`` is kept, a new ``-1`` would sort as the
    # oldest copy and be the next one rotated away.
    n = _last_sequence(db_path, folder, stamp) + 1
    candidate = _numbered(folder, db_path.stem, stamp, n, reason, suffix)
    # A part file of the same name is a copy being written, or one cut off this very second.
    while candidate.exists() or part_of(candidate).exists():
        n += 1
        candidate = _numbered(folder, db_path.stem, stamp, n, reason, suffix)
    return candidate


def _numbered(folder: Path, stem: str, stamp: str, n: int, reason: str, suffix: str) -> Path:
    return folder / f"{stem}.{stamp}{'' if n == 1 else f'-{n}'}.{reason}{suffix}"


def _last_sequence(db_path: Path, folder: Path, stamp: str) -> int:
    """The highest number among the copies (and parts of copies) of ``db_path`` made in the
    second ``stamp``; 0 when there is none."""
    taken = datetime.strptime(stamp, STAMP)
    last = 0
    try:
        names = [p.name for p in folder.iterdir()]
    except OSError:
        return 0
    for name in names:
        whole = name[1:-len(".part")] if name.startswith(".") and name.endswith(".part") \
            else name
        parsed = parse_backup_name(db_path, whole)
        if parsed is not None and parsed.taken_at == taken:
            last = max(last, parsed.sequence)
    return last


@dataclass(frozen=True)
class BackupName:
    taken_at: datetime
    reason: str
    # Copies of one second: the later ones are numbered 2, 3, …
    sequence: int


def parse_backup_name(db_path: Path, name: str) -> BackupName | None:
    """When and why the copy called ``name`` was made, or None when it is not a copy of
    ``db_path`` (another database's copy in the same folder, a part file, anything else)."""
    db_path = Path(db_path)
    suffix = db_path.suffix or ".sqlite"
    prefix = db_path.stem
    if not (name.startswith(prefix + ".") and name.endswith(suffix)) or is_part(name):
        return None
    rest = name[len(prefix):len(name) - len(suffix)]
    match = _NAME.fullmatch(rest)
    reason = match["reason"] if match else ""
    if match is None or reason not in REASONS:
        match = _OLD_MIGRATION.fullmatch(rest)
        reason = "migration"
        if match is None:
            match = _OLD_REPLACED.fullmatch(rest)
            reason = "before-restore"  # the file a demo replaced: the same kind of copy
        if match is None:
            return None
    try:
        taken = datetime.strptime(match["stamp"], STAMP)
    except ValueError:
        return None
    sequence = int(match.groupdict().get("n") or 1)
    return BackupName(taken, reason, sequence)


# --- checking a copy --------------------------------------------------------------------------
class CopyState(Enum):
    GOOD = "good"
    DAMAGED = "damaged"
    FOREIGN = "foreign"  # an SQLite file, but not of ITA Desktop
    NEWER = "newer"  # of a newer ITA Desktop than this one
    NOT_A_DATABASE = "not-a-database"
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class Inspection:
    state: CopyState
    # What integrity_check found, or why the file could not be read.
    problems: tuple[str, ...] = ()
    schema_version: int = 0


def inspect_copy(path: Path, latest_version: int) -> Inspection:
    """Whether ``path`` is a good copy of an ITA Desktop database this program can open:
    ours, not newer, passing ``PRAGMA integrity_check``. Reads the file and changes nothing.

    The check reads every page, so it takes as long as reading the file once.
    """
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        return Inspection(CopyState.UNREADABLE, (exc.strerror or str(exc),))
    if head != SQLITE_HEADER:
        return Inspection(CopyState.NOT_A_DATABASE)
    try:
        # Immutable: a copy no one writes to, read without a -wal or -shm made beside it.
        conn = connect_read_only(path, immutable=True)
    except sqlite3.Error as exc:
        return Inspection(CopyState.UNREADABLE, (str(exc),))
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if app_id != APPLICATION_ID:
            return Inspection(CopyState.FOREIGN)
        if version > latest_version:
            return Inspection(CopyState.NEWER, schema_version=version)
        found = tuple(str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)"))
        if found != ("ok",):
            return Inspection(CopyState.DAMAGED, found, version)
        return Inspection(CopyState.GOOD, schema_version=version)
    except sqlite3.DatabaseError as exc:
        return Inspection(CopyState.DAMAGED, (str(exc),))
    finally:
        conn.close()


# --- copying ------------------------------------------------------------------------------------
def _copy_error(exc: sqlite3.Error, path: Path) -> WriteError:
    return write_error(exc, path) or WriteError("store.io_error", path, str(exc))


def copy_database(source: Path, target: Path, progress: Progress = no_progress,
                  cancelled: CancelCheck = never_cancelled, *,
                  pages_per_step: int | None = None, source_is_copy: bool = False) -> None:
    """Copy ``source`` to the new file ``target`` through SQLite's backup API, in steps.

    Its own connection, holding one read transaction for the whole copy: in WAL mode that blocks
    no one (a file in the rollback journal is copied otherwise, see ``_copy_pages``), so the
    secretary keeps saving while the copy is made, and the copy is the file as it was when the
    copy began (each step of a backup without that transaction would start over after every
    save). The copy is a single file (rollback journal, no ``-wal``), so it can be checked
    read-only, mailed or carried away as it is.

    ``progress(done, total)`` counts pages; once ``cancelled()`` the copy stops with
    ``Cancelled``. On any failure nothing is left at ``target``. A ``source_is_copy`` (a
    backup being restored) is opened read-only, so nothing appears beside it.
    """
    source, target = Path(source), Path(target)
    if target.exists():
        raise FileExistsError(target)
    try:
        src = (connect_read_only(source, immutable=True) if source_is_copy
               else sqlite3.connect(str(source), isolation_level=None))
    except sqlite3.Error as exc:
        raise _copy_error(exc, source) from exc
    try:
        write_whole(target, lambda part: _copy_pages(src, part, progress, cancelled,
                                                     pages_per_step))
    except sqlite3.Error as exc:
        raise _copy_error(exc, target) from exc
    finally:
        src.close()


def _copy_pages(src: sqlite3.Connection, target: Path, progress: Progress,
                cancelled: CancelCheck, pages_per_step: int | None) -> None:
    src.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    src.execute("PRAGMA query_only = ON")
    if in_wal_mode(src):
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
    # In the rollback journal (a file on a network drive) a reader blocks every writer: a
    # read transaction held over the whole copy would make the window's saves fail as
    # "locked" after the busy timeout. Each step then reads under a lock of its own, and a
    # save in between makes SQLite start the copy over: slower, but the copy is still the
    # file as it was at one moment, and the secretary keeps saving.
    dest = sqlite3.connect(str(target), isolation_level=None)
    try:
        def step(status: int, remaining: int, total: int) -> None:
            if cancelled():
                raise Cancelled
            progress(total - remaining, total)

        pages = pages_per_step or (PAGES_PER_STEP if in_wal_mode(src) else
                                   PAGES_PER_SHARED_STEP)
        src.backup(dest, pages=pages, progress=step)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def copy_file_as_is(source: Path, target: Path) -> None:
    """A byte copy of a file SQLite cannot read through (a damaged one), with its ``-wal``
    beside the copy, so that whatever it held can still be rescued later.

    The ``-wal`` goes first, to its final name: no list takes it for a copy, and once the
    copy itself is renamed into place, its log is already beside it."""
    wal = Path(f"{source}-wal")
    if wal.exists():
        shutil.copy2(wal, Path(f"{target}-wal"))
    write_whole(target, lambda part: shutil.copy2(source, part))


def part_of(target: Path) -> Path:
    """The hidden name a file is written under until it is complete: ``.NAME.part``."""
    target = Path(target)
    return target.with_name(f".{target.name}.part")


def is_part(name: str) -> bool:
    """Whether ``name`` is a part file or SQLite's journal of one: never a copy."""
    return name.endswith((".part", ".part-journal", ".part-wal", ".part-shm"))


def write_whole(target: Path, write: Callable[[Path], object]) -> None:
    """Make ``target`` with ``write(part)`` under its part name (``part_of``), then rename it
    in one step: ``target`` appears complete or not at all.

    SQLite makes a new file the moment it opens it and fills it page by page: a process
    killed half way, written in place, left a file under a copy's name that SQLite rolls
    back to empty, or that reads as damaged, and the restore list offered it. A part (and
    SQLite's ``-journal`` of it) a kill leaves behind is hidden and never listed; the part of
    a failed or cancelled write is removed at once.
    """
    target = Path(target)
    part = part_of(target)
    remove_with_sides(part)
    try:
        write(part)
        # On the disk before the rename: after a power cut the name never points at a file
        # whose pages were still in the cache.
        fd = os.open(part, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        put_in_place(part, target)
    finally:
        remove_with_sides(part)


def remove_with_sides(path: Path) -> None:
    """Remove a private file that is not to be kept (a part file, a copy that failed) and the
    ``-journal``, ``-wal`` and ``-shm`` SQLite may have made beside it; what cannot be
    removed is left."""
    for leftover in (path, *(Path(f"{path}{side}") for side in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def release_log(db_path: Path) -> bool:
    """Fold the write-ahead log into ``db_path`` and leave WAL mode, so the file is whole on
    its own and can be replaced without an old ``-wal`` being laid over the new file.

    Returns False when the file is too damaged to do so (the caller keeps a byte copy and
    removes the log itself). Raises ``WriteError`` (``store.locked``) when another
    connection has the file open: leaving WAL mode needs the file to itself, which makes this
    the check that no other window or program is using it.
    """
    try:
        conn = sqlite3.connect(str(db_path), isolation_level=None)
    except sqlite3.Error as exc:
        raise _copy_error(exc, db_path) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        mode = str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
        if mode != "delete":
            raise WriteError("store.locked", db_path, f"journal mode stayed {mode}")
        return True
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in str(exc):
            return False
        raise _copy_error(exc, db_path) from exc
    finally:
        conn.close()


def remove_log(db_path: Path) -> None:
    """Remove the ``-wal`` and ``-shm`` of a file being replaced, so SQLite never applies the
    old file's log to the new one."""
    for side in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        side.unlink(missing_ok=True)


def put_in_place(temp: Path, db_path: Path) -> None:
    """Move the finished ``temp`` over ``db_path`` in one step (same folder, ``os.replace``),
    and make the rename itself last through a power cut where the system allows."""
    os.replace(temp, db_path)
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(Path(db_path).parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
