"""A database on a network drive is kept in the rollback journal, and what copies, backs up
and reads it beside the window still works, and still is correct, without WAL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ita_desktop.domain.roster import Person
from ita_desktop.store import database as database_module
from ita_desktop.store import drives, open_database
from ita_desktop.store.backups import CopyState, copy_database, inspect_copy
from ita_desktop.store.handover import copy_for_handover
from ita_desktop.store.migrations import LATEST_VERSION
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.sharing import open_for_changes, open_read_only

SHARE = "cifs //nas/ita"


def person(n: int) -> Person:
    return Person(rank_key="pol_capt", first_name=f"สมชาย{n}", last_name="ใจดี")


@pytest.fixture
def share(tmp_path, monkeypatch) -> Path:
    """A folder the program takes for a network share; the rest of tmp_path is local."""
    folder = tmp_path / "share"
    folder.mkdir()

    def location(path: Path | str, **_: object) -> str | None:
        return SHARE if Path(path).is_relative_to(folder) else None

    monkeypatch.setattr(drives, "network_location", location)
    return folder


def journal_mode(path: Path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        conn.close()


def test_a_database_on_a_network_drive_uses_the_rollback_journal(share, tmp_path):
    db = open_database(share / "unit.sqlite")
    try:
        assert db.network_location == SHARE
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        PeopleRepository(db).add(person(1))
        # No -wal nor -shm: nothing that needs memory shared between processes.
        assert not Path(f"{db.path}-wal").exists()
        assert not Path(f"{db.path}-shm").exists()
    finally:
        db.close()
    local = open_database(tmp_path / "local.sqlite")
    try:
        assert local.network_location is None
        assert local.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        local.close()


def test_a_file_brought_to_the_share_in_wal_mode_leaves_it(share, tmp_path):
    local = tmp_path / "unit.sqlite"
    open_database(local).close()
    assert journal_mode(local) == "wal"
    moved = share / "unit.sqlite"
    local.rename(moved)
    db = open_for_changes(moved)
    try:
        assert db.network_location == SHARE
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        db.close()
    # And a file carried back to a local disk goes back to WAL.
    moved.rename(local)
    again = open_database(local)
    try:
        assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        again.close()


def test_a_wal_file_another_program_reads_still_opens(share, tmp_path, monkeypatch):
    """Leaving WAL needs the file to itself: with an export still reading it, the opening
    goes on in WAL rather than refusing the file."""
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 100)
    local = tmp_path / "unit.sqlite"
    open_database(local).close()
    path = share / "unit.sqlite"
    local.rename(path)
    reader = sqlite3.connect(str(path))
    try:
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
        db = open_database(path)
        try:
            assert db.network_location == SHARE
            assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            PeopleRepository(db).add(person(1))
        finally:
            db.close()
    finally:
        reader.close()
    db = open_database(path)
    try:
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert PeopleRepository(db).count() == 1
    finally:
        db.close()


def test_a_read_only_window_beside_the_window_that_writes(share):
    path = share / "unit.sqlite"
    writer = open_for_changes(path)
    try:
        PeopleRepository(writer).add(person(1))
        reader = open_read_only(path)
        try:
            assert reader.network_location == SHARE
            assert PeopleRepository(reader).count() == 1
            # The window keeps saving while the read-only one has the file open, and the
            # read-only one sees it.
            PeopleRepository(writer).add(person(2))
            assert PeopleRepository(reader).count() == 2
        finally:
            reader.close()
    finally:
        writer.close()
    assert journal_mode(path) == "delete"
    assert not Path(f"{path}-wal").exists()


def test_a_backup_copy_while_the_window_saves(share, tmp_path):
    """In the rollback journal a reader blocks writers: a copy that held one read
    transaction throughout made a save during it fail as "locked". The save goes through,
    and the copy, started over after it, holds it."""
    path = share / "unit.sqlite"
    db = open_for_changes(path)
    saved: list[str] = []
    try:
        people = PeopleRepository(db)
        for n in range(40):
            people.add(person(n))

        def progress(done: int, total: int) -> None:
            if not saved and done > 0:
                people.add(person(99))
                saved.append("saved")

        target = tmp_path / "copy.sqlite"
        copy_database(path, target, progress, pages_per_step=1)
    finally:
        db.close()
    assert saved == ["saved"]
    assert inspect_copy(target, LATEST_VERSION).state is CopyState.GOOD
    conn = sqlite3.connect(str(target))
    try:
        assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 41
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def test_the_hand_over_copy_of_a_database_on_a_share(share, tmp_path):
    path = share / "unit.sqlite"
    db = open_for_changes(path)
    try:
        PeopleRepository(db).add(person(1))
        target = tmp_path / "handover.sqlite"
        copy_for_handover(path, target)
        # The window still saves after the copy: the copy left no lock behind.
        PeopleRepository(db).add(person(2))
    finally:
        db.close()
    assert inspect_copy(target, LATEST_VERSION).state is CopyState.GOOD
    assert journal_mode(target) == "delete"
    conn = sqlite3.connect(str(target))
    try:
        assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 1
    finally:
        conn.close()
