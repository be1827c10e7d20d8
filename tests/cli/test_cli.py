"""The command line: help, demo, check, and the window refusing a bad file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from ita_desktop.cli import main
from ita_desktop.demo import create_demo_database
from ita_desktop.store import open_database
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.unit import UnitRepository


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for word in ("demo", "check", "--db", "--lang", "ITA_DESKTOP_DATA_DIR"):
        assert word in out


def test_demo_creates_a_filled_in_unit(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    assert "Created the demo database" in capsys.readouterr().out
    db = open_database(path)
    try:
        people = PeopleRepository(db).all()
        unit = UnitRepository(db).get()
        assert 18 <= len(people) <= 25
        assert unit is not None and unit.has_emblem and unit.commander_id == people[0].id
        assert len({p.section_key for p in people}) >= 4
        assert any(not p.active for p in people)
    finally:
        db.close()


def test_demo_never_overwrites_without_replace(tmp_path, capsys):
    path = tmp_path / "unit.sqlite"
    path.write_bytes(b"precious work")
    assert main(["demo", "--db", str(path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == b"precious work"
    assert main(["demo", "--db", str(path), "--replace"]) == 0
    saved = list((tmp_path / "backups").glob("unit.replaced.*"))
    assert len(saved) == 1 and saved[0].read_bytes() == b"precious work"


def test_check_passes_on_the_demo(demo_file, capsys):
    assert main(["check", "--db", str(demo_file)]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_check_reports_inconsistencies(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    create_demo_database(path, today=date(2025, 3, 1))
    conn = sqlite3.connect(path)
    conn.execute("UPDATE people SET rank_key = 'captain' WHERE id = 2")
    conn.execute("UPDATE people SET section_key = 'traffic' WHERE id = 3")
    conn.execute("UPDATE people SET active = 0, left_on = '2025-01-01' WHERE id = 1")
    conn.execute("DELETE FROM framework_oit_items WHERE fiscal_year = 2568 AND code = 'O24'")
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "unknown rank 'captain'" in out
    assert "section 'traffic'" in out
    assert "commander" in out and "left the unit" in out
    assert "framework 2568" in out


def test_check_finds_tables_and_columns_missing(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    create_demo_database(path, today=date(2025, 3, 1))
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE framework_phases")
    conn.execute("ALTER TABLE people DROP COLUMN note")
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "table framework_phases is missing" in out
    assert "table people has no column note" in out


def test_check_refuses_a_file_that_is_not_a_database(tmp_path, capsys):
    path = tmp_path / "notes.sqlite"
    path.write_text("hello", encoding="utf-8")
    assert main(["check", "--db", str(path)]) == 2
    assert "not an ITA Desktop database" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "hello"


def test_check_of_missing_file_does_not_create_it(tmp_path, capsys):
    path = tmp_path / "nothing.sqlite"
    assert main(["check", "--db", str(path)]) == 2
    assert not path.exists()


def test_module_entry_point_runs(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "ita_desktop", "--version"], capture_output=True, text=True,
        check=False,
    )
    assert result.returncode == 0 and "ITA Desktop" in result.stdout
