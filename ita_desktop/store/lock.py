"""Who has a database open for writing: a lock file beside it, held with an OS lock.

While a window (or a command that writes) has ``unit.sqlite`` open, it holds an OS-level lock
on ``unit.sqlite.lock`` (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) and writes
into that file who it is: user, computer, process and since when. A second window finds the
lock taken and can say by whom; it may then open the file read-only.

The OS lock, not the file, is what counts: it dies with the process, so a program killed or a
PC switched off at the wall never leaves the database "in use". A lock file left behind
without a held lock is simply taken over. Where the folder cannot hold a lock file (a
write-protected USB stick) or the file system has no locks, the file is opened without one:
SQLite's own locking still keeps every write whole; only the "in use by" notice is lost.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ita_desktop.errors import QT_TRANSLATE_NOOP, register
from ita_desktop.store.errors import StoreError

register({
    "store.in_use": QT_TRANSLATE_NOOP(
        "Errors", "The database '%path' is in use by %user on computer %host (since %since), "
        "so it was not opened for changes and nothing was changed. Close ITA Desktop there "
        "first, then try again."),
    "store.in_use_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The database '%path' is in use by another ITA Desktop window or command, "
        "so it was not opened for changes and nothing was changed. Close the other window "
        "first, then try again."),
})

SUFFIX = ".lock"
# Windows locks byte ranges, and a locked range cannot be read by anyone else: the lock sits
# far past the text that says who holds it, so that a second window can still read it.
_WINDOWS_LOCK_OFFSET = 1 << 30
# The holder's note is small; anything longer is not ours.
_MAX_NOTE = 4096
_BUSY_ERRNOS = {errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, getattr(errno, "EDEADLOCK", -1)}


@dataclass(frozen=True)
class Holder:
    """Who holds a database: as the holding program wrote it down."""

    user: str
    host: str
    pid: int
    since: datetime

    def since_text(self) -> str:
        return self.since.strftime("%Y-%m-%d %H:%M")


class DatabaseInUseError(StoreError):
    """Another program holds the database for writing; nothing was opened or changed."""

    def __init__(self, path: Path, holder: Holder | None) -> None:
        self.path = Path(path)
        self.holder = holder
        if holder is None:
            super().__init__("store.in_use_unknown", path=self.path)
        else:
            super().__init__("store.in_use", path=self.path, user=holder.user or "?",
                             host=holder.host or "?", since=holder.since_text())


def lock_path(db_path: Path) -> Path:
    return Path(f"{db_path}{SUFFIX}")


def _me() -> dict[str, object]:
    # Imported here, not with the module: only a window or command that takes the lock needs
    # it, once.
    import getpass

    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        # No login name in the environment nor the password database (a service account).
        user = ""
    return {"user": user, "host": _host_name(), "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="seconds")}


def _host_name() -> str:
    """The computer's name, as ``socket.gethostname`` gives it. Every window takes the lock
    while it starts, and importing socket cost about 4 ms of that start: where the system has
    ``uname`` its node name is the same name, read without it."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _try_lock(fd: int) -> None:
    """Take the OS lock without waiting; ``BlockingIOError`` (or an ``OSError`` with a busy
    errno) when another process has it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``fd`` is still the file at ``path``: a holder that released the lock removed
    the file, and a lock taken on the removed file would guard nothing."""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def read_holder(path: Path) -> Holder | None:
    """What the holder of ``path``'s lock wrote about itself; None when it cannot be read
    (being written this moment, or not ours)."""
    try:
        with lock_path(path).open("rb") as fh:
            data = json.loads(fh.read(_MAX_NOTE).decode("utf-8"))
        return Holder(str(data["user"]), str(data["host"]), int(data["pid"]),
                      datetime.fromisoformat(str(data["since"])))
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


class DatabaseLock:
    """The held lock of one database; ``release`` (or the end of the process) frees it."""

    def __init__(self, db_path: Path, fd: int) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(db_path)
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, db_path: Path) -> DatabaseLock | None:
        """Hold ``db_path``'s lock; ``DatabaseInUseError`` naming the holder when another
        program holds it; None when no lock can be held there (see the module's note)."""
        path = lock_path(db_path)
        for _ in range(10):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
            except OSError:
                return None
            try:
                _try_lock(fd)
            except OSError as exc:
                os.close(fd)
                if isinstance(exc, BlockingIOError) or exc.errno in _BUSY_ERRNOS:
                    raise DatabaseInUseError(db_path, read_holder(db_path)) from None
                # A file system without locks: the note would only mislead.
                with contextlib.suppress(OSError):
                    path.unlink()
                return None
            if not _same_file(fd, path):
                # Taken on a file its holder removed on release: try the new one.
                os.close(fd)
                continue
            lock = cls(db_path, fd)
            lock._write_note()
            return lock
        return None

    def _write_note(self) -> None:
        assert self._fd is not None
        note = json.dumps(_me(), ensure_ascii=False).encode("utf-8")
        try:
            os.ftruncate(self._fd, 0)
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, note)
        except OSError:
            # The lock is held all the same; the second window then says "another window".
            pass

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            # Removed while still held: whoever opened the old file finds it gone (see
            # ``_same_file``) instead of holding a lock nobody else sees.
            with contextlib.suppress(OSError):
                self.path.unlink()
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)
        if sys.platform == "win32":
            # Windows removes no file another process has open; then it stays, unheld.
            with contextlib.suppress(OSError):
                self.path.unlink()



@contextlib.contextmanager
def held_for_replacing(db_path: Path) -> Iterator[None]:
    """Hold ``db_path``'s lock while the file is replaced (a restore, a bundle imported over
    it): a window that has it open keeps it (``DatabaseInUseError`` naming who), and no window
    opens it half way through."""
    lock = DatabaseLock.acquire(db_path)
    try:
        yield
    finally:
        if lock is not None:
            lock.release()
