"""``ita-desktop check`` on names stored before they were normalised and checked on input
(or edited by hand): each is reported, naming the person and what is wrong."""

from __future__ import annotations

import shutil
import sqlite3

from ita_desktop.cli import main
from ita_desktop.store import open_database
from ita_desktop.store.checks import run_checks


def _hand_edited(demo_file, tmp_path, *statements: tuple[str, tuple[object, ...]]):
    path = tmp_path / "edited.sqlite"
    shutil.copy(demo_file, path)
    conn = sqlite3.connect(path)
    for sql, values in statements:
        conn.execute(sql, values)
    conn.commit()
    conn.close()
    return path


def _findings(path) -> list[str]:
    db = open_database(path, create=False)
    try:
        return run_checks(db)
    finally:
        db.close()


def test_a_zero_width_name_is_reported(demo_file, tmp_path):
    path = _hand_edited(demo_file, tmp_path, (
        "UPDATE people SET first_name = ? WHERE id = 4", ("\u200b\u200b",)))
    [finding] = _findings(path)
    assert finding.startswith("person 4 (<U+200B><U+200B> ")
    assert "first name' holds only invisible characters" in finding


def test_names_that_cannot_be_names_are_reported(demo_file, tmp_path):
    path = _hand_edited(
        demo_file, tmp_path,
        ("UPDATE people SET last_name = ? WHERE id = 5", ("\u0e34\u0e48",)),
        ("UPDATE people SET first_name = ? WHERE id = 6", ("😀",)),
        ("UPDATE people SET first_name = ? WHERE id = 7", ("12/05/2567",)),
        ("UPDATE people SET position = ? WHERE id = 8", ("สารวัตร🚓",)),
    )
    findings = _findings(path)
    assert len(findings) == 4
    assert findings[0].startswith("person 5 ") and "no letter under it" in findings[0]
    assert findings[1].startswith("person 6 ") and "no name has (😀 U+1F600)" in findings[1]
    assert findings[2].startswith("person 7 ") and "a date, not a name" in findings[2]
    assert findings[3].startswith("person 8 ") and "cannot print" in findings[3]


def test_a_look_alike_stored_name_is_reported_with_its_twin(demo_file, tmp_path):
    """Person 9 stored as person 3's name with ํ + า for ำ and a zero-width space: the name
    not in normal form, and the duplicate it was hiding."""
    path = _hand_edited(
        demo_file, tmp_path,
        ("UPDATE people SET first_name = ?, last_name = ? WHERE id = 3", ("ลำดวน", "ใจดี")),
        ("UPDATE people SET first_name = ?, last_name = ? WHERE id = 9",
         ("ล\u0e4d\u0e32ดวน", "ใจ\u200bดี")),
    )
    findings = [f for f in _findings(path) if f.startswith("person 9 ")]
    assert len(findings) == 3, findings
    assert "the same name as person 3" in findings[0]
    assert "the first name has Thai vowels or tone marks typed in another order" in findings[1]
    assert "the last name has invisible characters" in findings[2]
    assert all("save" in f for f in findings[1:])


def test_unit_profile_texts_not_in_normal_form_are_reported(demo_file, tmp_path, capsys):
    path = _hand_edited(demo_file, tmp_path, (
        "UPDATE unit SET full_name = full_name || ? WHERE id = 1", ("\u200b",)))
    assert main(["check", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "unit profile: the full name has invisible characters" in out
