"""Opening the one SQLite file that holds a unit's ITA work: checks, pragmas, transactions.

Plain ``sqlite3`` serves the reads and the migrations; sqlite-utils (``Database.utils``) serves
bulk inserts and schema introspection. sqlite-utils is imported on first use only: its
import alone (click, dateutil, pluggy) costs about as much as starting a bare Qt window, and the
window must open fast.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ita_desktop.store.errors import (
    DamagedDatabaseError,
    ForeignDatabaseError,
    NotADatabaseError,
    StoreError,
    UnreadableDatabaseError,
    WriteError,
    write_error,
)

if TYPE_CHECKING:
    import sqlite_utils

    from ita_desktop.store.lock import DatabaseLock

SQLITE_HEADER = b"SQLite format 3\x00"
# "ITAD": lets us tell our own files from any other SQLite file a user might pick.
APPLICATION_ID = 0x49544144
BUSY_TIMEOUT_MS = 5000


class Database:
    """One open ITA Desktop database file. Owned by the thread that opened it."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None
        # The copy made before the last schema upgrade, so the UI can tell the user where it is.
        self.last_backup: Path | None = None
        # Opened read-only because another window holds the file (store/sharing.py): every
        # action that would write is refused with that reason, not with SQLite's.
        self.read_only = False
        # The lock that tells other windows who has the file open; freed with ``close``.
        self.lock: DatabaseLock | None = None

    @property
    def utils(self) -> sqlite_utils.Database:
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._utils

    @property
    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Cursor:
        with self._said():
            return self.conn.execute(sql, params)

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        with self._said():
            return self.conn.execute(sql, params).fetchall()

    @contextmanager
    def _said(self) -> Iterator[None]:
        """SQLite's locked / read-only / full / I/O errors as the store's ``WriteError``."""
        try:
            yield
        except sqlite3.Error as exc:
            mapped = write_error(exc, self.path)
            if mapped is None:
                raise
            if self.read_only and mapped.code == "store.read_only":
                raise WriteError("store.opened_read_only", self.path) from exc
            raise mapped from exc

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action: everything inside commits together or not at all.

        A file that is locked, read-only or full raises ``WriteError`` with nothing changed.
        """
        if self.read_only:
            raise WriteError("store.opened_read_only", self.path)
        if self.conn.in_transaction:
            # Nested use joins the outer action instead of committing half of it.
            yield self
            return
        with self._said():
            self.conn.execute("BEGIN IMMEDIATE")
        try:
            # Also statements run on the connection directly (executemany, sqlite-utils).
            with self._said():
                yield self
        except BaseException:
            self._rollback()
            raise
        try:
            with self._said():
                self.conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        self._checkpoint()

    def _checkpoint(self) -> None:
        """Copy the committed pages from the WAL into the main file.

        A user who copies the database file with the file manager while the window is open
        copies the main file only; without this the last changes would still sit in the
        ``-wal`` beside it and the copy would lack them. PASSIVE never waits for other
        connections and is cheap while the WAL holds one action. It is not part of the
        action: the commit is already durable in the WAL, so a checkpoint that cannot run
        now (a reader in the way, a disk error) is left to the next one.
        """
        try:
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error:
            pass

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                # SQLite has already rolled back (a full disk or an I/O error can do that).
                pass

    def backup_to(self, target: Path) -> None:
        """A consistent copy through the SQLite backup API (safe while the file is open)."""
        try:
            dest = sqlite3.connect(str(target))
            try:
                self.conn.backup(dest)
            finally:
                dest.close()
        except sqlite3.Error as exc:
            # Said about the copy, not the open file: that one is only read.
            raise write_error(exc, target) or WriteError("store.io_error", target,
                                                         str(exc)) from exc

    def close(self) -> None:
        self.conn.close()
        if self.lock is not None:
            # After the connection: the next window must find the file closed.
            self.lock.release()
            self.lock = None


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise UnreadableDatabaseError("store.no_permission", path) from exc
    except OSError as exc:
        raise UnreadableDatabaseError("store.cannot_open", path,
                                      detail=exc.strerror or str(exc)) from exc
    if head and head != SQLITE_HEADER:
        raise NotADatabaseError(path)


def connect(path: Path, *, create: bool = True, read_only: bool = False) -> Database:
    """Open ``path`` with our pragmas, refusing files that are not ours or are damaged.

    Never writes to a file it refuses: the checks run before any pragma that writes.
    ``read_only`` opens an existing file without ever writing to it (store/sharing.py).
    """
    path = Path(path)
    if path.is_dir():
        raise UnreadableDatabaseError("store.is_folder", path)
    exists = path.exists()
    if exists:
        _check_header(path)
    elif not create:
        raise UnreadableDatabaseError("store.missing", path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UnreadableDatabaseError("store.no_folder", path,
                                          detail=exc.strerror or str(exc)) from exc
    try:
        conn = (_connect_read_only(path) if read_only else
                sqlite3.connect(str(path), isolation_level=None, check_same_thread=True))
    except sqlite3.Error as exc:
        raise UnreadableDatabaseError("store.cannot_open", path, detail=str(exc)) from exc
    conn.row_factory = sqlite3.Row
    db = Database(path, conn)
    db.read_only = read_only
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if exists and path.stat().st_size > 0:
            _refuse_foreign_or_damaged(db)
        conn.execute("PRAGMA foreign_keys = ON")
        if read_only:
            return db
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal" and not str(path).startswith(":"):
            # A read-only folder or a network share can refuse WAL; rollback journal still works.
            conn.execute("PRAGMA journal_mode = DELETE")
    except StoreError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        message = str(exc)
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith("SQLITE_NOTADB") or "not a database" in message:
            raise NotADatabaseError(path) from exc
        if name.startswith("SQLITE_CORRUPT") or "malformed" in message:
            raise DamagedDatabaseError(path, [message]) from exc
        # Locked by another program, read-only, a full disk: said as such, never "damaged"
        # (that message sends the user to the backups for a file that is fine).
        mapped = write_error(exc, path)
        if mapped is not None:
            raise mapped from exc
        raise UnreadableDatabaseError("store.cannot_open", path, detail=message) from exc
    return db


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # SQLite's URI, so that not even its journal-mode bookkeeping writes to the file.
    uri = path.resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)


def _refuse_foreign_or_damaged(db: Database) -> None:
    app_id = int(db.execute("PRAGMA application_id").fetchone()[0])
    tables = db.query("SELECT name FROM sqlite_master WHERE type = 'table'")
    if app_id != APPLICATION_ID and tables:
        raise ForeignDatabaseError(db.path)
    problems = integrity_problems(db)
    if problems:
        raise DamagedDatabaseError(db.path, problems)


def integrity_problems(db: Database, limit: int = 20) -> list[str]:
    rows = db.query(f"PRAGMA integrity_check({int(limit)})")
    found = [str(r[0]) for r in rows]
    return [] if found == ["ok"] else found
