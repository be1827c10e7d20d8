"""A locked, read-only or full database: the store says so, and nothing changes."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from ita_desktop.store import open_database
from ita_desktop.store.errors import WriteError
from ita_desktop.store.settings import SettingsRepository


def _count(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM settings").fetchone()[0]
    finally:
        conn.close()


def _write(db) -> None:
    with db.transaction():
        db.execute("INSERT INTO settings (key, value) VALUES ('probe', 'x')")


def test_locked_by_another_program(tmp_path):
    path = tmp_path / "unit.sqlite"
    db = open_database(path)
    db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(WriteError) as info:
            _write(db)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert info.value.code == "store.locked"
    assert str(path) in str(info.value) and "nothing was changed" in str(info.value)
    assert not db.conn.in_transaction
    _write(db)  # usable again once the other program lets go
    db.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_read_only_file_as_user(tmp_path):
    path = tmp_path / "unit.sqlite"
    open_database(path).close()
    path.chmod(stat.S_IRUSR)
    db = open_database(path)
    with pytest.raises(WriteError) as info:
        _write(db)
    assert info.value.code == "store.read_only"
    db.close()


def test_read_only_connection(tmp_path):
    """The same SQLite error a write-protected file gives, also when running as root."""
    path = tmp_path / "unit.sqlite"
    open_database(path).close()
    db = open_database(path)
    db.execute("PRAGMA query_only = ON")
    with pytest.raises(WriteError) as info:
        _write(db)
    assert info.value.code == "store.read_only"
    db.close()
    assert _count(path) == 0


def test_full_disk_rolls_the_action_back(tmp_path):
    path = tmp_path / "unit.sqlite"
    db = open_database(path)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    repo = SettingsRepository(db)
    with pytest.raises(WriteError) as info, db.transaction():
        for i in range(2000):
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{i}", "x" * 500))
    assert info.value.code == "store.disk_full"
    assert not db.conn.in_transaction
    assert repo.load() is not None
    db.close()
    assert _count(path) == 0


def test_constraint_errors_are_not_disguised_as_disk_errors(tmp_path):
    db = open_database(tmp_path / "unit.sqlite")
    with pytest.raises(sqlite3.IntegrityError), db.transaction():
        db.execute("INSERT INTO people (rank_key, first_name, created_at, updated_at) "
                   "VALUES ('x', '', 'x', 'x')")
    db.close()


def test_a_locked_file_is_never_called_damaged_when_opened(tmp_path):
    """A rollback-journal file another program is writing: opening it says it is in use (the
    'damaged' message would send the user to restore a backup of a file that is fine)."""
    from ita_desktop.store import database

    path = tmp_path / "unit.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        old = database.BUSY_TIMEOUT_MS
        database.BUSY_TIMEOUT_MS = 50
        try:
            with pytest.raises(WriteError) as info:
                open_database(path)
        finally:
            database.BUSY_TIMEOUT_MS = old
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert info.value.code == "store.locked"


def test_same_connection_table_lock_is_a_bug_not_another_program():
    from ita_desktop.store.errors import write_error

    exc = sqlite3.OperationalError("database table is locked")
    exc.sqlite_errorname = "SQLITE_LOCKED"  # type: ignore[attr-defined]
    assert write_error(exc, Path("x.sqlite")) is None
    moved = sqlite3.OperationalError("attempt to write a readonly database")
    moved.sqlite_errorname = "SQLITE_READONLY_DBMOVED"  # type: ignore[attr-defined]
    assert write_error(moved, Path("x.sqlite")).code == "store.io_error"
