"""The copies the secretary makes of a database on a network drive (kept in the rollback
journal there, not WAL): the automatic backups, File › Save a backup copy, a restore, and the
hand-over bundle, made while the window has the file open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ita_desktop.domain.roster import Person
from ita_desktop.services.backups import make_backup, restore_backup, save_backup_copy
from ita_desktop.services.bundle import export_bundle, import_bundle
from ita_desktop.store import drives
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.sharing import open_for_changes


def person(n: int) -> Person:
    return Person(rank_key="pol_capt", first_name=f"สมชาย{n}", last_name="ใจดี")


@pytest.fixture
def on_share(tmp_path, monkeypatch) -> Path:
    """A database with two people in a folder the program takes for a network share."""
    folder = tmp_path / "share"
    folder.mkdir()
    monkeypatch.setattr(drives, "network_location",
                        lambda path, **_: "nfs4 fileserver:/ita"
                        if Path(path).is_relative_to(folder) else None)
    path = folder / "unit.sqlite"
    db = open_for_changes(path)
    try:
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        PeopleRepository(db).add_many([person(1), person(2)])
    finally:
        db.close()
    return path


def people_in(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM people").fetchone()[0])
    finally:
        conn.close()


def test_backups_and_a_restore_while_the_window_has_it_open(on_share, tmp_path):
    db = open_for_changes(on_share)
    try:
        daily = make_backup(on_share, "daily")
        PeopleRepository(db).add(person(3))
        copy = save_backup_copy(db, tmp_path / "copy.sqlite")
    finally:
        db.close()
    assert people_in(daily.path) == 2
    assert people_in(copy) == 3
    result = restore_backup(on_share, daily.path)
    assert result.before_restore is not None and people_in(result.before_restore) == 3
    db = open_for_changes(on_share)
    try:
        assert PeopleRepository(db).count() == 2
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        db.close()


def test_a_hand_over_bundle_of_it_and_back(on_share, tmp_path):
    db = open_for_changes(on_share)
    try:
        made = export_bundle(on_share, tmp_path / "unit.zip")
        # The window goes on saving after the bundle is made.
        PeopleRepository(db).add(person(3))
    finally:
        db.close()
    assert made.people == 2
    got = import_bundle(made.path, tmp_path / "received.sqlite")
    assert got.people == 2
    assert people_in(got.path) == 2
