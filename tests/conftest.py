"""Shared fixtures: headless Qt, a private data folder, a fresh migrated database per test."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Set before anything imports Qt: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _compile_translations() -> None:
    """`make test` builds the .qm files; a bare `pytest` run builds missing or stale ones."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    for ts in (ROOT / "translations").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if lrelease and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


_compile_translations()


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch) -> Path:
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("ITA_DESKTOP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db(tmp_path):
    from ita_desktop.store import open_database

    database = open_database(tmp_path / "unit.sqlite")
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    from datetime import date

    from ita_desktop.demo import create_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo_database(path, today=date(2025, 3, 1))
    return path


@pytest.fixture
def demo_db(demo_file, tmp_path):
    """A private copy of the demo database, so a test may change it."""
    from ita_desktop.store import open_database

    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    database = open_database(copy)
    yield database
    database.close()


@contextmanager
def _write_blocked(db, how: str) -> Iterator[None]:
    """``db`` as another program holding a write lock (``locked``), as a write-protected
    file (``read_only``) or on a full disk (``full``). Tests run as root, who may write to
    read-only files, so the second is SQLite's own read-only switch, which fails writes with
    the same error; the third caps the file at the pages it has."""
    from ita_desktop.store.database import BUSY_TIMEOUT_MS

    if how == "locked":
        db.execute("PRAGMA busy_timeout = 50")  # the other program never lets go
        other = sqlite3.connect(db.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            other.execute("ROLLBACK")
            other.close()
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    elif how == "read_only":
        db.execute("PRAGMA query_only = ON")
        try:
            yield
        finally:
            db.execute("PRAGMA query_only = OFF")
    elif how == "full":
        # The file may not grow by one page: SQLite fails the write as on a full disk.
        limit = db.execute("PRAGMA max_page_count").fetchone()[0]
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")
        try:
            yield
        finally:
            db.execute(f"PRAGMA max_page_count = {limit}")
    else:
        raise ValueError(how)


@pytest.fixture
def write_blocked():
    """``with write_blocked(db, "locked" | "read_only" | "full"): ...``"""
    return _write_blocked


def dump(path: Path) -> str:
    """Everything a database file holds, as SQL text: equal dumps, equal content."""
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def content():
    """``content(path)``: the database's whole content, to show that nothing changed."""
    return dump


@pytest.fixture
def small_disk(tmp_path) -> Iterator[Path]:
    """An 8 MB tmpfs of its own (skipped where it cannot be mounted: it needs root)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount_point)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("a small tmpfs cannot be mounted here (needs root)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)



@pytest.fixture
def fill_disk():
    """``fill_disk(folder)``: take every free byte of the folder's file system."""
    return _fill


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        size = 1 << 20
        while size:
            try:
                os.write(fd, b"\0" * size)
            except OSError:
                size //= 2
    finally:
        os.close(fd)


