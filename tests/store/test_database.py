"""Opening, upgrading and refusing database files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ita_desktop.store import open_database
from ita_desktop.store.database import APPLICATION_ID, connect
from ita_desktop.store.errors import (
    DamagedDatabaseError,
    ForeignDatabaseError,
    MigrationError,
    NewerDatabaseError,
    NotADatabaseError,
    UnreadableDatabaseError,
)
from ita_desktop.store.migrations import LATEST_VERSION, MIGRATIONS, migrate


def test_new_file_gets_schema_pragmas_and_our_id(tmp_path):
    db = open_database(tmp_path / "sub" / "new.sqlite")
    try:
        assert db.user_version == LATEST_VERSION
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert db.last_backup is None
    finally:
        db.close()


def test_foreign_keys_are_enforced(db):
    with pytest.raises(sqlite3.IntegrityError):
        with db.transaction():
            db.execute("INSERT INTO unit (id, kind, commander_id, updated_at) "
                       "VALUES (1, 'provincial_immigration', 999, 'now')")


def test_transaction_rolls_back_everything_on_error(db):
    with pytest.raises(RuntimeError):
        with db.transaction():
            db.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
            raise RuntimeError("boom")
    assert db.query("SELECT * FROM settings") == []


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_text_file_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("รายงานการประชุม ครั้งที่ ๑/๒๕๖๗\n", encoding="utf-8")
    before = _bytes(path)
    with pytest.raises(NotADatabaseError) as info:
        open_database(path)
    assert str(path) in str(info.value)
    assert "not an ITA Desktop database" in str(info.value)
    assert _bytes(path) == before


def test_other_programs_sqlite_file_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices VALUES (1, 99.5)")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(ForeignDatabaseError) as info:
        open_database(path)
    assert "another program" in str(info.value)
    assert _bytes(path) == before
    assert not (tmp_path / "backups").exists()


def _damage(path: Path) -> None:
    """Overwrite the middle of a table's b-tree page so integrity_check fails."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'people'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8: start + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))


def test_damaged_file_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "damaged.sqlite"
    db = open_database(path)
    with db.transaction():
        for i in range(200):
            db.execute(
                "INSERT INTO people (rank_key, first_name, last_name, created_at, updated_at) "
                "VALUES ('pol_capt', ?, 'ทดสอบ', 'x', 'x')", (f"คน{i}",)
            )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    _damage(path)
    before = _bytes(path)
    with pytest.raises(DamagedDatabaseError) as info:
        open_database(path)
    assert "damaged" in str(info.value) and str(path) in str(info.value)
    assert "backups" in str(info.value)
    assert _bytes(path) == before


def test_newer_schema_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "newer.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    before = _bytes(path)
    with pytest.raises(NewerDatabaseError) as info:
        open_database(path)
    assert f"schema version {LATEST_VERSION + 5}" in str(info.value)
    assert "newer ITA Desktop" in str(info.value)
    assert _bytes(path) == before


def test_folder_and_missing_file_without_create(tmp_path):
    with pytest.raises(UnreadableDatabaseError):
        open_database(tmp_path)
    with pytest.raises(UnreadableDatabaseError):
        open_database(tmp_path / "missing.sqlite", create=False)


def test_upgrade_copies_the_file_aside_first(tmp_path):
    path = tmp_path / "old.sqlite"
    db = connect(path)
    migrate(db, MIGRATIONS)
    with db.transaction():
        db.execute("INSERT INTO settings (key, value) VALUES ('language', 'en')")
    ladder = (*MIGRATIONS, "CREATE TABLE extra (id INTEGER PRIMARY KEY);")
    backup = migrate(db, ladder)
    assert db.user_version == len(ladder)
    db.close()
    assert backup is not None and backup.parent == tmp_path / "backups"
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert old.execute("SELECT value FROM settings").fetchone()[0] == "en"
    assert old.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0] == 0
    old.close()


def test_failed_migration_leaves_the_previous_version(tmp_path):
    path = tmp_path / "old.sqlite"
    db = connect(path)
    migrate(db, MIGRATIONS)
    ladder = (*MIGRATIONS, "CREATE TABLE half (id INTEGER);\nTHIS IS NOT SQL;")
    with pytest.raises(MigrationError) as info:
        migrate(db, ladder)
    assert db.user_version == len(MIGRATIONS)
    assert db.query("SELECT name FROM sqlite_master WHERE name = 'half'") == []
    assert info.value.backup is not None and info.value.backup.exists()
    db.close()


def test_reopening_is_not_an_upgrade(tmp_path):
    path = tmp_path / "unit.sqlite"
    open_database(path).close()
    db = open_database(path)
    assert db.last_backup is None
    db.close()
    assert not (tmp_path / "backups").exists()


def test_saved_v1_database_opens(tmp_path):
    """A file as written by schema version 1 (made by hand here, as a released file would be)."""
    path = tmp_path / "v1.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute("PRAGMA user_version = 1")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("INSERT INTO people (rank_key, first_name, last_name, created_at, updated_at) "
                 "VALUES ('pol_maj', 'สมชาย', 'ทดสอบ', 'x', 'x')")
    conn.commit()
    conn.close()
    db = open_database(path)
    assert db.query("SELECT first_name FROM people")[0][0] == "สมชาย"
    db.close()


def test_upgrade_whose_backup_cannot_be_made_stops_with_the_file_untouched(tmp_path):
    """A file named 'backups' where the folder must go: no copy, so no upgrade, and a message
    that says what to do; the file keeps every byte."""
    import shutil

    from ita_desktop.store.errors import MigrationBackupError

    path = tmp_path / "old.sqlite"
    shutil.copy(Path(__file__).parent / "data" / "reports-v2.sqlite", path)
    (tmp_path / "backups").write_text("not a folder", encoding="utf-8")
    def state() -> tuple[int, list[str]]:
        conn = sqlite3.connect(path)
        try:
            return (conn.execute("PRAGMA user_version").fetchone()[0], list(conn.iterdump()))
        finally:
            conn.close()

    before = state()
    with pytest.raises(MigrationBackupError) as info:
        open_database(path)
    assert info.value.code == "store.migration_no_backup"
    assert "backups" in str(info.value) and "left as it is" in str(info.value)
    # Schema version and content as they were (the WAL switch of the header is issue 10's).
    assert state() == before and before[0] == 2


def test_a_copy_of_the_main_file_alone_holds_every_saved_change(tmp_path):
    """Copied with the file manager while the window is open and idle: the ``-wal`` beside
    it is not copied, yet the copy has the change."""
    from ita_desktop.domain.roster import Person
    from ita_desktop.store.people import PeopleRepository

    path = tmp_path / "unit.sqlite"
    db = open_database(path)
    try:
        PeopleRepository(db).add(Person(rank_key="pol_capt", first_name="สมชาย", last_name="ใจดี"))
        copy = tmp_path / "copy.sqlite"
        copy.write_bytes(path.read_bytes())
        assert Path(f"{path}-wal").exists()  # the window still has the file open
        names = sqlite3.connect(copy).execute("SELECT first_name FROM people").fetchall()
    finally:
        db.close()
    assert names == [("สมชาย",)]
