"""Database files the commands refuse, each left byte for byte as it was, with a message and
the exit status of the epilog; and ``check`` finding what a hand edit did, without a crash."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from ita_desktop.cli import main
from ita_desktop.store.migrations import LATEST_VERSION

V2 = Path(__file__).parents[1] / "store" / "data" / "reports-v2.sqlite"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def commands(db: Path, tmp_path: Path) -> dict[str, list[str]]:
    """Every command that opens an existing database, with what it needs besides."""
    pdf = tmp_path / "some.pdf"
    pdf.write_bytes(b"%PDF-1.4 not signed")
    image = tmp_path / "emblem.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    return {
        "check": ["check", "--db", str(db)],
        "verify": ["verify", str(pdf), "--db", str(db)],
        "export": ["export", "roster", "--db", str(db), "--format", "pdf",
                   "--out", str(tmp_path / "roster.pdf")],
        "import": ["import", "emblem", str(image), "--db", str(db)],
        "sign-off": ["sign-off", "roster", "--db", str(db), "--prepared", "1",
                     "--checked", "2", "--approved", "3", "--date", "2025-03-01"],
        "register": ["register", "--db", str(db)],
        "backup": ["backup", "--db", str(db), "--out", str(tmp_path / "copy.sqlite")],
    }


@pytest.mark.parametrize("command", ["check", "verify", "export", "import", "sign-off",
                                     "register", "backup"])
def test_zero_byte_database_is_refused_by_every_command(tmp_path, capsys, command):
    path = tmp_path / "unit.sqlite"
    path.touch()
    assert main(commands(path, tmp_path)[command]) == 2
    err = capsys.readouterr().err
    assert "empty (0 bytes)" in err and "Traceback" not in err
    assert path.stat().st_size == 0
    assert not (tmp_path / "copy.sqlite").exists() and not (tmp_path / "roster.pdf").exists()


def rollback_mode(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def test_check_of_a_newer_file_changes_not_a_byte(demo_path, capsys):
    rollback_mode(demo_path)
    conn = sqlite3.connect(demo_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = sha256(demo_path)
    assert main(["check", "--db", str(demo_path)]) == 2
    assert "newer ITA Desktop" in capsys.readouterr().err
    assert sha256(demo_path) == before and demo_path.read_bytes()[18:20] == b"\x01\x01"


def test_check_of_an_older_file_does_not_upgrade_it(tmp_path, capsys):
    path = tmp_path / "unit.sqlite"
    shutil.copy(V2, path)
    before = sha256(path)
    assert main(["check", "--db", str(path)]) == 1
    assert f"schema version is 2, this program expects {LATEST_VERSION}" in \
        capsys.readouterr().out
    assert sha256(path) == before and not (tmp_path / "backups").exists()


def test_check_of_an_empty_sqlite_file_of_another_program(tmp_path, capsys):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.close()
    assert main(["check", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "another program" in err and "newer" not in err


@pytest.mark.parametrize("blocker", ["file", "folder link"])
def test_upgrade_without_a_backup_stops_with_a_message(tmp_path, capsys, blocker):
    path = tmp_path / "unit.sqlite"
    shutil.copy(V2, path)
    if blocker == "file":
        (tmp_path / "backups").write_text("not a folder", encoding="utf-8")
    else:
        # Root may write in any folder whatever its mode; procfs takes no new file from anyone,
        # so a 'backups' link to it is a backups folder that cannot be written.
        if not Path("/proc/self").is_dir():
            pytest.skip("no procfs")
        (tmp_path / "backups").symlink_to("/proc")
    before = sha256(path)
    assert main(["register", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "copy could not be made" in err and "Traceback" not in err
    assert sha256(path) == before


def test_check_finds_every_hand_edit_without_crashing(demo_path, capsys):
    conn = sqlite3.connect(demo_path)
    for statement in (
        "UPDATE people SET active = 0, left_on = '2567-13-45' WHERE id = 3",
        "UPDATE people SET data_changed_on = 'yesterday' WHERE id = 2",
        "UPDATE people SET updated_at = 'soon' WHERE id = 5",
        "UPDATE unit SET kind = 'space_station'",
        "UPDATE people SET rank_key = 'admiral' WHERE id = 4",
        "DROP TRIGGER report_files_frozen",
    ):
        conn.execute(statement)
    conn.commit()
    conn.close()
    before = sha256(demo_path)
    assert main(["check", "--db", str(demo_path)]) == 1
    captured = capsys.readouterr()
    out = captured.out
    assert "Traceback" not in captured.err and captured.err == ""
    assert "people row 3: left_on is '2567-13-45', not a date" in out
    assert "people row 2: data_changed_on is 'yesterday'" in out
    assert "people row 5: updated_at is 'soon', not a date and time" in out
    assert "unknown kind of unit 'space_station'" in out
    assert "unknown rank 'admiral'" in out
    assert "report_files_frozen" in out and "missing" in out
    assert sha256(demo_path) == before


def test_check_finds_a_bad_signed_date_in_the_register(tmp_path, capsys):
    path = tmp_path / "unit.sqlite"
    shutil.copy(V2, path)
    assert main(["register", "--db", str(path)]) == 0  # upgraded to the current version
    conn = sqlite3.connect(path)
    # The freeze trigger would refuse the edit: the hand editor drops it, and then restores it.
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'report_signoffs_frozen'"
                       ).fetchone()[0]
    conn.execute("DROP TRIGGER report_signoffs_frozen")
    conn.execute("UPDATE report_signoffs SET signed_on = '2025-02-30' WHERE rowid = 1")
    conn.execute(sql)
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["check", "--db", str(path)]) == 1
    assert "report_signoffs row 1: signed_on is '2025-02-30', not a date" in \
        capsys.readouterr().out
    assert main(["register", "--db", str(path)]) == 2
    assert "changed outside ITA Desktop" in capsys.readouterr().err
