"""The files the window saves besides reports, written from the command line too."""

from __future__ import annotations

import json
import sqlite3

import pytest
from openpyxl import load_workbook

from ita_desktop.cli import main
from tests.cli.conftest import usage_error


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_list_names_the_files_after_the_reports(capsys):
    code, out, _ = run(capsys, "export", "--list")
    keys = [line.split()[0] for line in out.splitlines()]
    assert code == 0 and keys == ["fact-sheet", "roster", "committee-order",
                                  "committee-members", "assessment-calendar",
                                  "oit-assignments", "meeting-minutes", "attendance-sheet",
                                  "oit-progress",
                                  "oit-progress-report", "integrity-measures",
                                  "integrity-results", "roster-workbook",
                                  "roster-template", "framework", "year-calendar",
                                  "oit-web-page", "eit2-contacts"]


def test_roster_workbook_reads_back_as_the_roster(capsys, demo_file, tmp_path):
    from ita_desktop.services.roster import read_roster_file

    out_file = tmp_path / "roster.xlsx"
    code, out, err = run(capsys, "export", "roster-workbook", "--db", str(demo_file),
                         "--out", str(out_file))
    assert code == 0 and "21 people" in out and not err
    sheet = read_roster_file(out_file)
    assert len(sheet.rows) == 21


def test_template_and_framework(capsys, demo_file, tmp_path):
    template = tmp_path / "template.xlsx"
    assert run(capsys, "export", "roster-template", "--db", str(demo_file),
               "--out", str(template))[0] == 0
    assert load_workbook(template).active.max_row >= 1
    framework = tmp_path / "framework.json"
    code, out, _ = run(capsys, "export", "framework", "--db", str(demo_file), "--year", "2568",
                       "--out", str(framework))
    assert code == 0 and "2568" in out
    assert json.loads(framework.read_text(encoding="utf-8"))["fiscal_year"] == 2568


@pytest.mark.parametrize("what", ["roster-workbook", "roster-template", "framework"])
def test_a_place_that_cannot_be_written_is_refused_in_one_line(capsys, demo_file, tmp_path,
                                                               what):
    out_file = tmp_path / "missing-folder" / "file"
    code, out, err = run(capsys, "export", what, "--db", str(demo_file), "--year", "2568",
                         "--out", str(out_file))
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert str(out_file) in err and not out_file.exists()


def test_framework_of_a_year_without_one(capsys, demo_file, tmp_path):
    code, _, err = run(capsys, "export", "framework", "--db", str(demo_file), "--year", "2560",
                       "--out", str(tmp_path / "f.json"))
    assert code == 1 and "2560" in err and not (tmp_path / "f.json").exists()


def test_backup_is_a_full_copy_and_never_the_database_itself(capsys, demo_file, tmp_path):
    copy = tmp_path / "copy.sqlite"
    code, out, _ = run(capsys, "backup", "--db", str(demo_file), "--out", str(copy))
    assert code == 0 and str(copy) in out
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 21
    conn.close()
    before = demo_file.read_bytes()
    code, _, err = run(capsys, "backup", "--db", str(demo_file), "--out", str(demo_file))
    assert code == 1 and "open database itself" in err
    assert demo_file.read_bytes() == before


def test_the_oit_web_page_and_the_eit2_contacts(capsys, demo_file, tmp_path):
    page = tmp_path / "oit.html"
    code, out, err = run(capsys, "export", "oit-web-page", "--db", str(demo_file), "--year",
                         "2568", "--out", str(page))
    assert code == 0 and not err and "24 items" in out
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    contacts = tmp_path / "eit2.xlsx"
    code, out, err = run(capsys, "export", "eit2-contacts", "--db", str(demo_file), "--year",
                         "2568", "--out", str(contacts))
    assert code == 0 and not err and "contacts" in out
    assert next(load_workbook(contacts).active.values)[:3] == (
        "ลำดับ", "กลุ่มผู้มีส่วนได้ส่วนเสีย", "ชื่อ-สกุล")


@pytest.mark.parametrize(("what", "name"), [("oit-web-page", "oit.html"),
                                            ("eit2-contacts", "eit2.xlsx")])
def test_the_oit_files_are_refused_in_one_line_where_they_cannot_go(capsys, demo_file,
                                                                     tmp_path, what, name):
    out_file = tmp_path / "missing-folder"
    out_file.write_text("a file where the folder should be", encoding="utf-8")
    code, out, err = run(capsys, "export", what, "--db", str(demo_file), "--year", "2568",
                         "--out", str(out_file / name))
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert str(out_file / name) in err


def test_the_web_page_is_written_as_html_only(capsys, demo_file, tmp_path):
    err = usage_error(capsys, ["export", "oit-web-page", "--db", str(demo_file), "--out",
                               str(tmp_path / "oit.html"), "--format", "xlsx"])
    assert "a .html file is HTML" in err and not (tmp_path / "oit.html").exists()
