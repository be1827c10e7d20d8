"""What the command line says when it refuses: in its own terms (options, roster numbers),
naming what is missing or wrong, and each thing once."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from ita_desktop.cli import main
from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from tests.cli.conftest import usage_error

EVERY_EXPORT = ("fact-sheet, roster, committee-order, committee-members, "
                "assessment-calendar, oit-assignments, meeting-minutes, attendance-sheet, "
                "oit-progress, oit-progress-report, integrity-measures, integrity-results, "
                "roster-workbook, roster-template, "
                "framework, year-calendar, oit-web-page, eit2-contacts")



def _usage_error(capsys, argv: list[str]) -> str:
    return " ".join(usage_error(capsys, argv).split())


def _nothing_registered(capsys, demo_path) -> None:
    assert main(["register", "--db", str(demo_path)]) == 0
    assert "No report has been signed off yet." in capsys.readouterr().out


def test_a_missing_signer_is_named_by_its_option(demo_path, capsys):
    err = _usage_error(capsys, ["sign-off", "fact-sheet", "--db", str(demo_path), "--year",
                                "2568", "--prepared", "5", "--checked", "3"])
    assert "missing: --approved (approved by / ผู้อนุมัติ)." in err
    assert "the sign-off names" not in err
    _nothing_registered(capsys, demo_path)


def test_a_signer_who_left_is_said_to_have_left(demo_path, capsys):
    with sqlite3.connect(demo_path) as conn:
        person, left_on = conn.execute(
            "SELECT id, left_on FROM people WHERE active = 0").fetchone()
    when = format_thai_date(date.fromisoformat(left_on), DateForm.ABBR, DigitStyle.ARABIC)
    for named in (str(person), "บุญชู"):
        code = main(["sign-off", "fact-sheet", "--db", str(demo_path), "--year", "2568",
                     "--prepared", named, "--checked", "3", "--approved", "1"])
        err = capsys.readouterr().err
        assert code == 1 and "matches 0 active people" not in err
        assert f"(roster number {person}) left the unit on {when} and cannot sign" in err
    _nothing_registered(capsys, demo_path)


def test_a_name_matching_no_one_still_asks_for_the_roster_number(demo_path, capsys):
    assert main(["sign-off", "fact-sheet", "--db", str(demo_path), "--year", "2568",
                 "--prepared", "ไม่มีผู้นี้", "--checked", "3", "--approved", "1"]) == 1
    assert "matches 0 active people" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["sign-off", "export"])
def test_a_report_about_the_fiscal_year_takes_no_subject(demo_path, tmp_path, capsys, command):
    argv = [command, "fact-sheet", "--db", str(demo_path), "--year", "2568", "--subject",
            "1/2568"]
    out = tmp_path / "fact.pdf"
    argv += (["--prepared", "5", "--checked", "3", "--approved", "1"] if command == "sign-off"
             else ["--out", str(out)])
    err = _usage_error(capsys, argv)
    assert "fact-sheet (Unit fact sheet) is about a fiscal year and takes no --subject; give " \
        "the year with --year YYYY." in err
    assert "not fiscal year 1/2568" not in err and not out.exists()
    _nothing_registered(capsys, demo_path)


@pytest.mark.parametrize("extra", [[], ["--format", "pdf", "--out", "x.pdf"]])
def test_an_unknown_export_names_everything_export_writes(demo_path, tmp_path, capsys, extra):
    err = _usage_error(capsys, ["export", "foo", "--db", str(demo_path), *extra])
    assert f"'foo' is nothing export writes; it writes {EVERY_EXPORT}" in err


def test_export_without_a_name_names_everything_export_writes(demo_path, capsys):
    err = _usage_error(capsys, ["export", "--db", str(demo_path)])
    assert f"say what to export: {EVERY_EXPORT}" in err and "--list" in err


def test_the_register_names_the_fiscal_year_once(demo_path, capsys):
    assert main(["sign-off", "fact-sheet", "--db", str(demo_path), "--year", "2568",
                 "--prepared", "5", "--checked", "3", "--approved", "1",
                 "--date", "2025-03-01"]) == 0
    capsys.readouterr()
    assert main(["register", "--db", str(demo_path)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "fiscal year 2568  signed 2025-03-01" in first
    assert first.count("2568 ") == 1 and "FY" not in first
