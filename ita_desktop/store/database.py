"""Opening the one SQLite file that holds a unit's ITA work: checks, pragmas, transactions.

Plain ``sqlite3`` serves the reads and the migrations; sqlite-utils (``Database.utils``) serves
bulk inserts and schema introspection. sqlite-utils is imported on first use only: its
import alone (click, dateutil, pluggy) costs about as much as starting a bare Qt window, and the
window must open fast.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
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
HEADER_SIZE = 100
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
        # Where the file is when that is a network drive (``store/drives.py``), else None: it
        # is then kept in the rollback journal, and the window and the commands say so.
        self.network_location: str | None = None

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
        now (a reader in the way, a disk error) is left to the next one. In the rollback
        journal (a file on a network drive) the commit is in the main file already and this
        does nothing.
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
        """A consistent copy through the SQLite backup API (safe while the file is open).

        The copy leaves WAL mode: it is then one file, whole on its own, which can be checked
        read-only and carried away without a ``-wal`` beside it.
        """
        try:
            dest = sqlite3.connect(str(target), isolation_level=None)
            try:
                self.conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        except sqlite3.Error as exc:
            # Said about the copy, not the open file: that one is only read.
            raise write_error(exc, target) or WriteError("store.io_error", target,
                                                         str(exc)) from exc

    def change_mark(self) -> tuple[int, int]:
        """Changes, as a value that moves whenever the file changed: rows this connection
        changed, and ``data_version``, which moves when another connection commits. Equal marks
        taken on one open file: nothing was saved in between."""
        version = int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        return self.conn.total_changes, version

    def close(self) -> None:
        self.conn.close()
        if self.lock is not None:
            # After the connection: the next window must find the file closed.
            self.lock.release()
            self.lock = None


def _read_header(path: Path) -> bytes:
    """The first 100 bytes of an existing file (SQLite's header), refusing what cannot be a
    database: a folder, a missing or empty file, an unreadable one, another kind of file."""
    if path.is_dir():
        raise UnreadableDatabaseError("store.is_folder", path)
    try:
        with path.open("rb") as fh:
            head = fh.read(HEADER_SIZE)
    except FileNotFoundError as exc:
        raise UnreadableDatabaseError("store.missing", path) from exc
    except PermissionError as exc:
        raise UnreadableDatabaseError("store.no_permission", path) from exc
    except OSError as exc:
        raise UnreadableDatabaseError("store.cannot_open", path,
                                      detail=exc.strerror or str(exc)) from exc
    if not head:
        # Only "New database" makes a database; an empty file is most likely one whose writing
        # was cut off, or a name made by mistake: said, never filled in silently.
        raise UnreadableDatabaseError("store.empty", path)
    if not head.startswith(SQLITE_HEADER) or len(head) < HEADER_SIZE:
        raise NotADatabaseError(path)
    return head


def connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """``path`` opened through SQLite's URI with ``mode=ro``, so that nothing is written to
    it, not even the journal-mode bookkeeping. The one read-only opener of the store.

    ``immutable``: for a file no other connection writes to (a backup copy, the database
    unpacked from a bundle, a WAL file with no ``-wal`` beside it). ``mode=ro`` alone leaves
    an empty ``-wal`` and ``-shm`` beside a file whose header says WAL (it may create them
    but not delete them); an immutable file is read without them. Never for a database that
    may be open elsewhere (the live file): an immutable reader ignores its locks and its log.
    """
    uri = Path(path).resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)


def _nothing_beside(path: Path, head: bytes) -> bool:
    # A WAL file with no -wal beside it: no other connection has it open and everything is
    # in the main file.
    return head[18] == 2 and not Path(f"{path}-wal").exists()


@contextmanager
def read_only(path: Path, *, whole: bool = False) -> Iterator[Database]:
    """The existing file ``path`` opened read-only, once it has shown to be an ITA Desktop
    database that is not damaged; refusals raise ``DatabaseFileError``. ``whole``: SQLite's
    integrity check of every page, stored content included (``ita-desktop check``); else
    the opening's (``opening_problems``).

    Nothing is written to the file, its header included: a file that is refused, here or by
    the caller's further checks on the yielded database, stays byte for byte what it was.
    """
    path = Path(path)
    head = _read_header(path)
    try:
        conn = _inspect(path, head)
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "") != "SQLITE_READONLY_ROLLBACK" or \
                int.from_bytes(head[68:72], "big") != APPLICATION_ID:
            raise _opening_error(exc, path) from exc
        # Our file, with the journal of a write cut off (a power cut): restoring its last
        # committed state is what any SQLite connection that may write does first. Refusing
        # would lock the secretary out of a sound file.
        _roll_back_cut_off_write(path)
        try:
            conn = _inspect(path, _read_header(path))
        except sqlite3.Error as again:
            raise _opening_error(again, path) from again
    try:
        db = Database(path, conn)
        with _as_store_errors(path):
            _refuse_foreign_or_damaged(db, whole=whole)
        yield db
    finally:
        conn.close()


def _inspect(path: Path, head: bytes) -> sqlite3.Connection:
    conn = connect_read_only(path, immutable=_nothing_beside(path, head))
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # The first read: it is here that SQLite finds a damaged header or a cut-off write.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _roll_back_cut_off_write(path: Path) -> None:
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise _opening_error(exc, path) from exc
    finally:
        conn.close()


def inspect_read_only(path: Path, examine: Callable[[Database], None] | None = None) -> None:
    """Refuse ``path`` unless it is a sound ITA Desktop database and ``examine`` (the
    caller's further checks, on a read-only connection) raises nothing."""
    with read_only(path) as db:
        if examine is not None:
            with _as_store_errors(path):
                examine(db)


def connect(path: Path, *, create: bool = True,
            examine: Callable[[Database], None] | None = None,
            read_only: bool = False) -> Database:
    """Open ``path`` for reading and writing, with foreign keys and a busy timeout.

    An existing file is first inspected read-only (``inspect_read_only``, with ``examine``)
    and opened for writing only once it has passed; a missing one is created when ``create``
    is true. The journal mode is left as it is: ``use_wal`` switches it once the caller has
    done what may still refuse the file (a migration). ``read_only`` opens an existing file
    without ever writing to it (store/sharing.py).
    """
    path = Path(path)
    if path.exists():
        inspect_read_only(path, examine)
    elif not create:
        raise UnreadableDatabaseError("store.missing", path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UnreadableDatabaseError("store.no_folder", path,
                                          detail=exc.strerror or str(exc)) from exc
    try:
        conn = (connect_read_only(path) if read_only else
                sqlite3.connect(str(path), isolation_level=None, check_same_thread=True))
    except sqlite3.Error as exc:
        raise UnreadableDatabaseError("store.cannot_open", path, detail=str(exc)) from exc
    conn.row_factory = sqlite3.Row
    try:
        with _as_store_errors(path):
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    db = Database(path, conn)
    db.read_only = read_only
    return db


def use_wal(db: Database) -> None:
    """Switch ``db`` to write-ahead logging (it stays so in the file's header, bytes 18-19),
    or, for a file on a network drive (``db.network_location``), to the rollback journal.

    Done after the migrations, not before: a file whose upgrade fails keeps its header.

    WAL shares an index of the log through memory that only processes on one computer can
    share: on a network drive a second PC, or a connection dropped mid-save, can damage the
    file. The rollback journal only needs the file locks the share provides; it is slower,
    as every save waits for readers and writes the changed pages twice over the network.
    """
    with _as_store_errors(db.path):
        if db.network_location is None:
            mode = db.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal" and not str(db.path).startswith(":"):
                # A read-only folder or a network share can refuse WAL; rollback journal
                # still works.
                db.conn.execute("PRAGMA journal_mode = DELETE")
            return
    try:
        db.conn.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "") != "SQLITE_BUSY":
            raise _opening_error(exc, db.path) from exc
        # A file still in WAL that another program on this computer has open (a read-only
        # window, an export): leaving WAL needs the file to itself. It goes on in WAL, which
        # works among the processes of one computer, until an opening finds it alone.


def in_wal_mode(conn: sqlite3.Connection) -> bool:
    """Whether the file of ``conn`` is in WAL mode (a copy's reading depends on it)."""
    return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"


@contextmanager
def _as_store_errors(path: Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        raise _opening_error(exc, path) from exc


def _opening_error(exc: sqlite3.Error, path: Path) -> StoreError:
    message = str(exc)
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_NOTADB") or "not a database" in message:
        return NotADatabaseError(path)
    if name.startswith("SQLITE_CORRUPT") or "malformed" in message:
        return DamagedDatabaseError(path, [message])
    # Locked by another program, read-only, a full disk: said as such, never "damaged"
    # (that message sends the user to the backups for a file that is fine).
    mapped = write_error(exc, path)
    if mapped is not None:
        return mapped
    return UnreadableDatabaseError("store.cannot_open", path, detail=message)


def _refuse_foreign_or_damaged(db: Database, *, whole: bool = False) -> None:
    # Any SQLite file without our id is another program's, an empty one included: ours get
    # the id in the same transaction as their first schema.
    if int(db.conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
        raise ForeignDatabaseError(db.path)
    problems = integrity_problems(db) if whole else opening_problems(db)
    if problems:
        raise DamagedDatabaseError(db.path, problems)


# Not checked page by page at each opening, only their key's index: ``blobs`` holds the
# photos and signed-off files, nearly all of a file's bytes (a year of 1,000 photos is about
# 1 GB), and SQLite's integrity check reads every page of it, which is seconds at each start.
# Its content is checked where it is read instead: ``BlobStore.get`` hashes what it returns
# against the SHA-256 it is filed under (SQLite's check could not tell changed bytes anyway),
# and ``ita-desktop check`` and the backups still run the whole check.
CONTENT_TABLES = frozenset({"blobs"})


def integrity_problems(db: Database, limit: int = 20) -> list[str]:
    """SQLite's whole integrity check: every page of the file, stored content included."""
    rows = db.query(f"PRAGMA integrity_check({int(limit)})")
    found = [str(r[0]) for r in rows]
    return [] if found == ["ok"] else found


def opening_problems(db: Database) -> list[str]:
    """What the opening checks: every table and its indexes page by page, except the content
    tables (``CONTENT_TABLES``), of which only the key's index is walked (a b-tree of
    SHA-256 keys that holds no content). Walking the table itself would read its leaf
    pages, which hold the first kilobytes of every item. A file holding a thousand photos
    opens as fast as one holding none."""
    found: list[str] = []
    tables = [str(r[0]) for r in db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in ["sqlite_master", *tables]:
        quoted = table.replace('"', '""')
        if table in CONTENT_TABLES:
            for index in db.query(f'PRAGMA index_list("{quoted}")'):
                name = str(index["name"]).replace('"', '""')
                db.query(f'SELECT count(*) FROM "{quoted}" INDEXED BY "{name}"')
            continue
        result = [str(r[0]) for r in db.query(f'PRAGMA integrity_check("{quoted}")')]
        if result != ["ok"]:
            found += result
    return found
