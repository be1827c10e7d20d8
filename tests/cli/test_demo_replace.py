"""``demo --replace`` on a file that is open elsewhere, twice at once, or after a power cut."""

from __future__ import annotations

import getpass
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from ita_desktop.cli import main
from ita_desktop.store import open_database
from ita_desktop.store.database import integrity_problems
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.sharing import open_for_changes

ROOT = Path(__file__).resolve().parents[2]


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT first_name FROM people ORDER BY id")]
    finally:
        conn.close()


def _mark(path: Path, name: str) -> None:
    """A change of the secretary's own, so a replaced file can be told from the demo."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE people SET first_name = ? WHERE id = 1", (name,))
    conn.close()


def test_replace_is_refused_while_a_window_has_the_file(demo_path, capsys):
    _mark(demo_path, "งานของฉัน")
    window = open_for_changes(demo_path)
    try:
        assert main(["demo", "--db", str(demo_path), "--replace"]) == 1
        err = capsys.readouterr().err
        assert f"in use by {getpass.getuser()}" in err and "Traceback" not in err
        # The window goes on working on the very same file.
        PeopleRepository(window).update(PeopleRepository(window).get(2))
    finally:
        window.close()
    assert _names(demo_path)[0] == "งานของฉัน"
    assert not (demo_path.parent / "backups").exists()


def test_replace_is_refused_while_another_program_has_the_file_open(demo_path, capsys):
    _mark(demo_path, "งานของฉัน")
    other = sqlite3.connect(demo_path)
    try:
        other.execute("SELECT count(*) FROM people").fetchone()
        assert main(["demo", "--db", str(demo_path), "--replace"]) == 1
        err = capsys.readouterr().err
        assert "in use by another program" in err and "Traceback" not in err
    finally:
        other.close()
    assert _names(demo_path)[0] == "งานของฉัน"


def test_the_backup_holds_a_change_that_was_only_in_the_wal(demo_path, capsys):
    """Power cut just after a save: the change is in ``-wal``, not yet in the main file."""
    subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(demo_path)!r}, isolation_level=None)
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("UPDATE people SET first_name = 'บันทึกล่าสุด' WHERE id = 1")
        os._exit(0)  # no close, no checkpoint
    """)], check=True, cwd=ROOT)
    assert Path(f"{demo_path}-wal").stat().st_size > 0
    assert main(["demo", "--db", str(demo_path), "--replace"]) == 0
    capsys.readouterr()
    [backup] = (demo_path.parent / "backups").glob("unit.replaced.*")
    assert _names(backup)[0] == "บันทึกล่าสุด"
    # The old -wal is gone: the new file is read as built, not with the old file's pages.
    assert not Path(f"{demo_path}-wal").exists()
    db = open_database(demo_path)
    try:
        assert integrity_problems(db) == []
        assert PeopleRepository(db).get(1).first_name != "บันทึกล่าสุด"
    finally:
        db.close()


def test_two_replacements_at_once_never_leave_an_empty_or_broken_file(demo_path, tmp_path):
    command = [sys.executable, "-m", "ita_desktop", "demo", "--db", str(demo_path),
               "--replace"]
    for _ in range(3):
        runs = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for _ in range(2)]
        results = [(run.wait(120), run.stderr.read()) for run in runs if run.stderr]
        for code, err in results:
            assert code in (0, 1) and "Traceback" not in err
            if code == 1:
                assert "in use" in err
        assert 0 in [code for code, _ in results]
        db = open_database(demo_path)
        try:
            assert integrity_problems(db) == []
            assert 18 <= PeopleRepository(db).count() <= 25
        finally:
            db.close()
    for backup in (demo_path.parent / "backups").glob("unit.replaced.*"):
        copy = tmp_path / "check.sqlite"
        shutil.copy(backup, copy)
        assert len(_names(copy)) >= 18
        copy.unlink()


def test_commands_that_only_read_work_beside_a_window_and_sign_off_is_refused(
        demo_path, tmp_path, capsys):
    window = open_for_changes(demo_path)
    try:
        assert main(["check", "--db", str(demo_path)]) == 0
        assert main(["register", "--db", str(demo_path)]) == 0
        assert main(["export", "roster", "--db", str(demo_path), "--year", "2568",
                     "--out", str(tmp_path / "roster.xlsx")]) == 0
        assert main(["backup", "--db", str(demo_path), "--out", str(tmp_path / "b.sqlite")]) == 0
        capsys.readouterr()
        assert main(["sign-off", "roster", "--db", str(demo_path), "--year", "2568",
                     "--prepared", "6", "--checked", "3", "--approved", "1"]) == 1
        err = capsys.readouterr().err
        assert "in use by" in err and "Traceback" not in err
    finally:
        window.close()
    assert main(["sign-off", "roster", "--db", str(demo_path), "--year", "2568",
                 "--prepared", "6", "--checked", "3", "--approved", "1"]) == 0
