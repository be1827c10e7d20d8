"""A refused file keeps every byte: it is inspected read-only until every check has passed,
upgraded only after a copy aside, and switched to WAL only once the upgrade has succeeded."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from ita_desktop.store import open_database
from ita_desktop.store.database import APPLICATION_ID
from ita_desktop.store.errors import (
    ForeignDatabaseError,
    MigrationBackupError,
    MigrationError,
    NewerDatabaseError,
    UnreadableDatabaseError,
)
from ita_desktop.store.migrations import LATEST_VERSION
from ita_desktop.store.soundness import HandEditedDatabaseError

V2 = Path(__file__).parent / "data" / "reports-v2.sqlite"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def journal_bytes(path: Path) -> bytes:
    """Bytes 18-19 of the header: 1, 1 for a rollback journal, 2, 2 for WAL."""
    return path.read_bytes()[18:20]


def rollback_mode_copy(source: Path, target: Path) -> Path:
    shutil.copy(source, target)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    assert journal_bytes(target) == b"\x01\x01"
    return target


def our_file(tmp_path: Path, name: str = "unit.sqlite") -> Path:
    """A current ITA Desktop file in rollback-journal mode, as a file copied from a share or
    made by a program version that could not use WAL: the mode a refusal must not switch."""
    made = tmp_path / f"made-{name}"
    open_database(made).close()
    return rollback_mode_copy(made, tmp_path / name)


def test_newer_file_keeps_its_header(tmp_path):
    path = our_file(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = sha256(path)
    with pytest.raises(NewerDatabaseError):
        open_database(path)
    assert sha256(path) == before and journal_bytes(path) == b"\x01\x01"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["made-unit.sqlite", "unit.sqlite"]


def test_refused_wal_file_gets_no_files_beside_it(tmp_path):
    """A read-only connection would leave an empty -wal and -shm next to a WAL file."""
    path = tmp_path / "unit.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    assert journal_bytes(path) == b"\x02\x02"
    before = sha256(path)
    with pytest.raises(NewerDatabaseError):
        open_database(path)
    assert sha256(path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["unit.sqlite"]


@pytest.mark.parametrize("mode", ["DELETE", "WAL"])
def test_failed_upgrade_leaves_the_file_identical(tmp_path, mode):
    """A version 2 file holding a table the version 3 step creates: the step fails."""
    path = tmp_path / "old.sqlite"
    shutil.copy(V2, path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE blobs (sha256 TEXT)")
    conn.execute(f"PRAGMA journal_mode = {mode}")
    conn.close()
    header = journal_bytes(path)
    before = sha256(path)
    with pytest.raises(MigrationError) as info:
        open_database(path)
    assert info.value.code == "store.migration_failed_backup" and "blobs" in str(info.value)
    assert sha256(path) == before and journal_bytes(path) == header
    assert info.value.backup is not None and info.value.backup.exists()


def test_successful_upgrade_then_switches_to_wal(tmp_path):
    path = rollback_mode_copy(V2, tmp_path / "old.sqlite")
    db = open_database(path)
    try:
        assert db.user_version == LATEST_VERSION and db.last_backup is not None
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.close()


def test_empty_sqlite_file_of_another_program_is_foreign(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")  # an SQLite file with no tables, id 0, version 0
    conn.close()
    assert path.stat().st_size > 0
    before = sha256(path)
    with pytest.raises(ForeignDatabaseError) as info:
        open_database(path)
    assert "another program" in str(info.value) and "newer" not in str(info.value)
    assert sha256(path) == before


def test_other_programs_file_with_a_high_version_is_foreign_not_newer(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    with pytest.raises(ForeignDatabaseError):
        open_database(path)


def test_zero_byte_file_is_never_made_a_database(tmp_path):
    path = tmp_path / "unit.sqlite"
    path.touch()
    for create in (True, False):
        with pytest.raises(UnreadableDatabaseError) as info:
            open_database(path, create=create)
        assert info.value.code == "store.empty" and "0 bytes" in str(info.value)
    assert path.stat().st_size == 0
    assert [p.name for p in tmp_path.iterdir()] == ["unit.sqlite"]


def test_a_new_database_cut_off_while_made_leaves_no_empty_file(tmp_path, monkeypatch):
    import ita_desktop.store as store

    def cut_off(db):  # type: ignore[no-untyped-def]
        raise MigrationError(db.path, 1, "disk I/O error", None)

    monkeypatch.setattr(store, "migrate", cut_off)
    path = tmp_path / "new.sqlite"
    with pytest.raises(UnreadableDatabaseError):
        open_database(path)
    assert list(tmp_path.iterdir()) == []


def test_upgrade_without_backup_folder_leaves_the_file_identical(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(V2, path)
    (tmp_path / "backups").write_text("not a folder", encoding="utf-8")
    before = sha256(path)
    with pytest.raises(MigrationBackupError) as info:
        open_database(path)
    assert info.value.code == "store.migration_no_backup"
    assert sha256(path) == before and journal_bytes(path) == b"\x01\x01"


def test_upgrade_with_a_read_only_backups_folder_leaves_the_file_identical(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(V2, path)
    if os.geteuid() == 0:
        # Root writes into a folder whatever its mode bits; procfs refuses new files to
        # everyone, so a 'backups' link to it stands for a folder nobody may write in.
        if not Path("/proc/self").is_dir():
            pytest.skip("no procfs to stand for a read-only folder")
        (tmp_path / "backups").symlink_to("/proc")
    else:
        (tmp_path / "backups").mkdir()
        (tmp_path / "backups").chmod(0o555)
    before = sha256(path)
    try:
        with pytest.raises(MigrationBackupError) as info:
            open_database(path)
    finally:
        if not (tmp_path / "backups").is_symlink():
            (tmp_path / "backups").chmod(0o755)
    assert "backups" in str(info.value) and "left as it is" in str(info.value)
    assert sha256(path) == before


def test_cut_off_write_of_our_file_is_rolled_back_not_refused(tmp_path):
    """A power cut in the middle of a write leaves a hot journal beside a rollback-mode file;
    the read-only inspection cannot roll it back, so it is restored first, then inspected."""
    path = our_file(tmp_path)
    copy = tmp_path / "cut.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")  # spill to the file before the commit
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?)",
                     [(f"k{i}", "x" * 500) for i in range(400)])
    shutil.copy(path, copy)
    shutil.copy(f"{path}-journal", f"{copy}-journal")
    conn.execute("ROLLBACK")
    conn.close()
    db = open_database(copy)
    try:
        assert db.query("SELECT count(*) FROM settings")[0][0] == 0
    finally:
        db.close()


# --- files edited by hand -----------------------------------------------------------------

def hand_edited(tmp_path: Path, demo_file: Path, *statements: str) -> Path:
    path = rollback_mode_copy(demo_file, tmp_path / "edited.sqlite")
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    # SQLite's own check finds nothing wrong with such a file:
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    check.close()
    return path


EDITS = {
    "bad left_on": (["UPDATE people SET active = 0, left_on = '2567-13-45' WHERE id = 3"],
                    "store.finding_bad_date", "left_on is '2567-13-45'"),
    "no 30 February": (["UPDATE people SET active = 0, left_on = '2025-02-30' WHERE id = 3"],
                       "store.finding_bad_date", "left_on is '2025-02-30'"),
    "word as date": (["UPDATE people SET data_changed_on = 'yesterday' WHERE id = 2"],
                     "store.finding_bad_date", "data_changed_on is 'yesterday'"),
    "no year 0": (["UPDATE unit SET data_changed_on = '0000-01-01'"],
                  "store.finding_bad_date", "'0000-01-01'"),
    "order dated 30 February": (["UPDATE committee_orders SET dated = '2024-02-30'"],
                                "store.finding_bad_date", "dated is '2024-02-30'"),
    "order effective as a word": (["UPDATE committee_orders SET effective_on = 'พรุ่งนี้'"],
                                  "store.finding_bad_date", "effective_on is 'พรุ่งนี้'"),
    "meeting at 25 o'clock": (["UPDATE meetings SET start_time = '25:00' WHERE number = 1"],
                              "store.finding_bad_time", "start_time is '25:00'"),
    "meeting ends as a word": (["UPDATE meetings SET end_time = 'เที่ยง' WHERE number = 2"],
                               "store.finding_bad_time", "end_time is 'เที่ยง'"),
    "action due as a word": (["UPDATE meeting_actions SET due = 'สิ้นเดือน'"],
                             "store.finding_bad_date", "due is 'สิ้นเดือน'"),
    "unknown kind": (["UPDATE unit SET kind = 'space_station'"],
                     "store.finding_unknown_kind", "'space_station'"),
    "unknown rank": (["UPDATE people SET rank_key = 'admiral' WHERE id = 4"],
                     "store.finding_unknown_rank", "unknown rank 'admiral'"),
    "missing column": (["ALTER TABLE people DROP COLUMN email"],
                       "store.finding_column_missing", "table people has no column email"),
    "missing table": (["DROP TABLE section_heads"],
                      "store.finding_table_missing", "table section_heads is missing"),
    "dropped trigger": (["DROP TRIGGER report_files_frozen"],
                        "store.finding_trigger_missing", "report_files_frozen"),
    "altered trigger": (["DROP TRIGGER blobs_frozen",
                         "CREATE TRIGGER blobs_frozen BEFORE UPDATE ON blobs BEGIN SELECT 1; END"],
                        "store.finding_trigger_altered", "blobs_frozen"),
}


@pytest.mark.parametrize("edit", EDITS)
def test_hand_edited_file_is_refused_with_its_findings(tmp_path, demo_file, edit):
    statements, code, words = EDITS[edit]
    path = hand_edited(tmp_path, demo_file, *statements)
    before = sha256(path)
    with pytest.raises(HandEditedDatabaseError) as info:
        open_database(path)
    assert [f.code for f in info.value.findings] == [code]
    assert words in str(info.value) and "left as it is" in str(info.value)
    assert sha256(path) == before and journal_bytes(path) == b"\x01\x01"


def test_many_findings_are_counted_not_all_listed(tmp_path, demo_file):
    path = hand_edited(tmp_path, demo_file, "UPDATE people SET rank_key = 'x' || id")
    with pytest.raises(HandEditedDatabaseError) as info:
        open_database(path)
    assert len(info.value.findings) == 20  # the first ones are enough to refuse
    assert "and 12 more" in str(info.value) and str(info.value).count("unknown rank") == 8


def test_schema_digest_matches_the_migrations():
    """A new migration changes the schema: set LATEST_DIGEST to the value this names."""
    from ita_desktop.store.soundness import LATEST_DIGEST, expected_schema

    assert expected_schema(LATEST_VERSION).digest() == LATEST_DIGEST


def test_an_extra_table_or_index_is_no_finding(tmp_path, demo_file):
    path = hand_edited(tmp_path, demo_file, "CREATE TABLE my_notes (x)",
                       "CREATE INDEX people_by_phone ON people (phone)")
    open_database(path).close()
