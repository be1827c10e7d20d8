"""The calendar from the command line: `export assessment-calendar` in each format, read back,
and signed off like the other reports about the fiscal year; the year's dates as an .ics file
(`export year-calendar`); a meeting's minutes and attendance sheet, by --subject or the latest
meeting held, signed off and verified. The demo database (today 1 March 2025, fiscal year
2568) carries the year's calendar, order 222/2567 and meetings 1/2568 (5 January) and 2/2568
(5 February), the first directing an action of the ITAP administrator (roster number 12)."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import docx
import icalendar
import openpyxl
import pytest

from ita_desktop.cli import main
from ita_desktop.errors import AppError
from ita_desktop.reports.pdf_read import pdf_pages_text
from tests.cli.conftest import usage_error

YEAR = ["--year", "2568"]


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_export_writes_the_calendar_table(demo_path, tmp_path, capsys, fmt):
    out = tmp_path / f"calendar.{fmt}"
    assert main(["export", "assessment-calendar", "--db", str(demo_path), *YEAR,
                 "--format", fmt, "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert "DRAFT" in said.out and not said.err
    data = out.read_bytes()
    if fmt == "pdf":
        text = _flat(" ".join(pdf_pages_text(data)))
    elif fmt == "docx":
        document = docx.Document(io.BytesIO(data))
        text = _flat(" ".join(p.text for p in document.paragraphs) + " ".join(
            c.text for t in document.tables for r in t.rows for c in r.cells))
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
        text = _flat(" ".join(str(c.value) for r in sheet.iter_rows() for c in r
                              if c.value is not None))
    assert "ปฏิทินกิจกรรม ๑" in text and "ศรีวารินทร์" in text
    assert "ประกอบคำสั่ง ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ ที่ ๒๒๒/๒๕๖๗" in text
    assert "ช่วงสรุปผลและเผยแพร่ผลการประเมิน" in text
    # The demo splits the assessment part's responsible column as seed 002 does.
    assert "ผู้ควบคุม พ.ต.ท.หญิง อรุณี ทองประเสริฐ" in text
    assert "ผู้ดูแลระบบ ร.ต.อ.หญิง ศิริพร นาคสวัสดิ์" in text


def test_the_calendar_is_signed_off_for_the_year(demo_path, tmp_path, capsys):
    assert main(["sign-off", "assessment-calendar", "--db", str(demo_path), *YEAR,
                 "--prepared", "4", "--checked", "3", "--approved", "1",
                 "--date", "2025-03-01"]) == 0
    assert "version 1" in capsys.readouterr().out
    out = tmp_path / "signed.pdf"
    assert main(["export", "assessment-calendar", "--db", str(demo_path), *YEAR,
                 "--format", "pdf", "--out", str(out)]) == 0
    assert "signed-off file" in capsys.readouterr().out
    assert main(["verify", str(out), "--db", str(demo_path)]) == 0


def test_a_subject_is_refused_with_the_usage_not_a_traceback(demo_path, capsys):
    err = usage_error(capsys, ["export", "assessment-calendar", "--db", str(demo_path), *YEAR,
                               "--subject", "222/2567", "--format", "pdf", "--out", "x.pdf"])
    assert "is about a fiscal year and takes no --subject" in err


# --- the year's dates as an .ics file ------------------------------------------------------

def _events(path) -> list:  # type: ignore[no-untyped-def]
    return icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")


def _not_oit(events) -> list:  # type: ignore[no-untyped-def]
    """The events of the calendar and the meetings: the demo's OIT items and monthly reports
    (their titles start with the item's code, "O12 ...") join them in the year."""
    return [e for e in events if not re.match(r"O\d", str(e["SUMMARY"]))]


def test_the_year_calendar_is_written_as_an_ics_file(demo_path, tmp_path, capsys):
    out = tmp_path / "year.ics"
    assert main(["export", "year-calendar", "--db", str(demo_path), *YEAR,
                 "--out", str(out)]) == 0
    said = capsys.readouterr()
    events = _events(out)
    assert f"fiscal year 2568, {len(events)} events" in said.out and not said.err
    assert len(_not_oit(events)) == 17 and len(events) > 17
    titles = [str(e["SUMMARY"]) for e in events]
    assert "ประชุมคณะทำงาน ครั้งที่ ๒/๒๕๖๘" in titles  # the unit's Thai digits by default
    again = tmp_path / "arabic.ics"
    assert main(["export", "year-calendar", "--db", str(demo_path), *YEAR, "--digits",
                 "arabic", "--out", str(again)]) == 0
    arabic = icalendar.Calendar.from_ical(again.read_bytes())
    assert "ประชุมคณะทำงาน ครั้งที่ 2/2568" in [str(e["SUMMARY"]) for e in arabic.walk("VEVENT")]
    assert str(arabic["X-WR-CALNAME"]).endswith("ปีงบประมาณ พ.ศ. 2568")
    # The same events, under the same UIDs, whatever the digits.
    assert {str(e["UID"]) for e in events} == {str(e["UID"]) for e in arabic.walk("VEVENT")}


def test_another_year_has_its_own_calendar_and_no_meetings(demo_path, tmp_path, capsys):
    out = tmp_path / "next.ics"
    assert main(["export", "year-calendar", "--db", str(demo_path), "--year", "2569",
                 "--out", str(out)]) == 0
    assert "fiscal year 2569" in capsys.readouterr().out
    events = _events(out)
    assert events and all(str(e["SUMMARY"]).startswith("ประชุม") is False for e in events)
    assert min(e["DTSTART"].dt for e in events) >= date(2025, 10, 1)


def test_an_existing_ics_file_is_kept_unless_forced(demo_path, tmp_path, capsys):
    out = tmp_path / "year.ics"
    out.write_text("the secretary's own file")
    argv = ["export", "year-calendar", "--db", str(demo_path), *YEAR, "--out", str(out)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "already exists and was left as it is" in err and "--force" in err
    assert out.read_text() == "the secretary's own file"
    assert main([*argv, "--force"]) == 0
    assert len(_not_oit(_events(out))) == 17


@pytest.mark.parametrize(("extra", "said"), [
    (["--format", "pdf"], "--format pdf disagrees with --out"),
    (["--subject", "1/2568"], "year-calendar takes no --subject"),
])
def test_a_wrong_year_calendar_command_line_is_refused(demo_path, tmp_path, capsys, extra,
                                                       said):
    out = tmp_path / "year.ics"
    err = usage_error(capsys, ["export", "year-calendar", "--db", str(demo_path), *YEAR,
                               *extra, "--out", str(out)])
    assert said in err and not out.exists()


# --- a meeting's minutes and attendance sheet ---------------------------------------------

def _text(path) -> str:  # type: ignore[no-untyped-def]
    data = path.read_bytes()
    if path.suffix == ".pdf":
        return _flat(" ".join(pdf_pages_text(data)))
    if path.suffix == ".docx":
        document = docx.Document(io.BytesIO(data))
        return _flat(" ".join(p.text for p in document.paragraphs) + " " + " ".join(
            c.text for t in document.tables for r in t.rows for c in r.cells))
    sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    return _flat(" ".join(str(c.value) for r in sheet.iter_rows() for c in r
                          if c.value is not None))


@pytest.mark.parametrize(("report", "fmt", "subject", "meeting"), [
    ("meeting-minutes", "pdf", ["--subject", "1/2568"], "๑/๒๕๖๘"),
    ("meeting-minutes", "docx", ["--subject", "๑/๒๕๖๘"], "๑/๒๕๖๘"),
    ("meeting-minutes", "pdf", [], "๒/๒๕๖๘"),
    ("attendance-sheet", "pdf", ["--subject", "๒/๒๕๖๘"], "๒/๒๕๖๘"),
    ("attendance-sheet", "docx", ["--subject", "1/2568"], "๑/๒๕๖๘"),
    ("attendance-sheet", "xlsx", [], "๒/๒๕๖๘"),
])
def test_a_meetings_reports_are_about_the_meeting_named_or_the_latest_held(
        demo_path, tmp_path, capsys, report, fmt, subject, meeting):
    out = tmp_path / f"{report}.{fmt}"
    assert main(["export", report, "--db", str(demo_path), *YEAR, *subject,
                 "--out", str(out)]) == 0
    said = capsys.readouterr()
    arabic = meeting.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
    assert f"meeting no. {arabic}, FY 2568" in said.out and "DRAFT" in said.out
    assert not said.err
    text = _text(out)
    assert f"ครั้งที่ {meeting}" in text
    if report == "meeting-minutes":
        assert "ผู้มาประชุม" in text and "เลิกประชุมเวลา" in text
    if meeting == "๒/๒๕๖๘":
        assert "ไปราชการ" in text  # the member away on duty at the second meeting


def test_a_meetings_report_in_a_format_it_is_not_made_in_is_refused(demo_path, tmp_path,
                                                                     capsys):
    out = tmp_path / "minutes.xlsx"
    err = usage_error(capsys, ["export", "meeting-minutes", "--db", str(demo_path), *YEAR,
                               "--out", str(out)])
    assert "meeting-minutes is written as PDF, DOCX, not XLSX" in err and not out.exists()


@pytest.mark.parametrize("subject", ["9/2568", "๑/๒๕๖๙"])
def test_a_subject_naming_no_meeting_is_refused_and_nothing_written(demo_path, tmp_path,
                                                                    capsys, subject):
    out = tmp_path / "minutes.pdf"
    assert main(["export", "meeting-minutes", "--db", str(demo_path), *YEAR,
                 "--subject", subject, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and not out.exists()
    assert "has no meeting" in err and "1/2568, 2/2568" in err


def test_signed_minutes_verify_and_freeze_the_meeting_but_not_its_actions(demo_path, tmp_path,
                                                                          capsys):
    assert main(["sign-off", "meeting-minutes", "--db", str(demo_path), *YEAR,
                 "--subject", "๑/๒๕๖๘", "--recorder", "12", "--minutes-checker", "4",
                 "--chair", "1", "--date", "2025-01-10"]) == 0
    said = capsys.readouterr().out
    assert "version 1 (รายงานการประชุม, meeting no. 1/2568)" in said
    out = tmp_path / "signed.pdf"
    assert main(["export", "meeting-minutes", "--db", str(demo_path), *YEAR,
                 "--subject", "1/2568", "--out", str(out)]) == 0
    assert "the signed-off file" in capsys.readouterr().out
    assert main(["verify", str(out), "--db", str(demo_path)]) == 0
    assert "Exact copy of report 2568-001 version 1" in capsys.readouterr().out

    from ita_desktop.services.meetings import meetings_of_year, save_meeting, set_action_done
    from ita_desktop.store import open_database

    db = open_database(demo_path, create=False)
    try:
        first = meetings_of_year(db, 2568)[0]
        with pytest.raises(AppError) as refused:
            save_meeting(db, replace(first, place="ห้องอื่น"))
        assert refused.value.code == "meetings.signed_off"
        [action] = first.actions()
        done = set_action_done(db, action.id, date(2025, 1, 20))
        assert [a.done_on for a in done.actions()] == [date(2025, 1, 20)]
        assert meetings_of_year(db, 2568)[0].place == first.place
    finally:
        db.close()
    # Marking the action done changed nothing signed: the file still verifies.
    assert main(["verify", str(out), "--db", str(demo_path)]) == 0


# --- what the command line says about them ------------------------------------------------

def test_export_list_names_the_calendars_reports_and_the_ics_file(capsys):
    assert main(["export", "--list"]) == 0
    listed = {line.split("  ")[0]: line for line in capsys.readouterr().out.splitlines()}
    assert "--subject N/YYYY" in listed["meeting-minutes"]
    assert "--chair" in listed["meeting-minutes"]
    assert "PDF, DOCX, XLSX" in listed["attendance-sheet"]
    assert "the fiscal year" in listed["assessment-calendar"]
    assert "ICS" in listed["year-calendar"]


def test_the_help_names_every_file_export_and_the_meetings_reports(capsys):
    from ita_desktop.cli.files import FILE_EXPORTS

    with pytest.raises(SystemExit):
        main(["export", "--help"])
    export_help = _flat(capsys.readouterr().out)
    for name in FILE_EXPORTS:
        assert name in export_help
    assert ".ics" in export_help and "meeting-minutes" in export_help
    with pytest.raises(SystemExit):
        main(["--help"])
    main_help = _flat(capsys.readouterr().out)
    for name in ("year-calendar", "meeting-minutes", "attendance-sheet", "--minutes-checker"):
        assert name in main_help


def test_a_whole_session_of_calendar_commands_never_prints_a_traceback(demo_path, tmp_path,
                                                                       capsys):
    db = ["--db", str(demo_path)]
    session = [
        ["export", "year-calendar", *db, "--out", str(tmp_path / "y.ics")],
        ["export", "year-calendar", *db, "--out", str(tmp_path / "y.ics")],
        ["export", "year-calendar", *db, "--out", str(tmp_path / "y.ics" / "in-a-file.ics")],
        ["export", "meeting-minutes", *db, "--subject", "abc", "--out", str(tmp_path / "m.pdf")],
        ["export", "attendance-sheet", *db, "--year", "2569", "--out", str(tmp_path / "a.pdf")],
        ["sign-off", "attendance-sheet", *db, "--recorder", "12", "--date", "2025-03-01"],
        ["sign-off", "attendance-sheet", *db, "--recorder", "12", "--date", "2025-03-01"],
        ["sign-off", "meeting-minutes", *db, "--recorder", "nobody-of-that-name",
         "--minutes-checker", "4", "--chair", "1"],
        ["export", "--list"],
        ["register", *db],
    ]
    for argv in session:
        try:
            status = main(argv)
        except SystemExit as exit_:
            status = exit_.code
        said = capsys.readouterr()
        assert status in (0, 1, 2), argv
        assert "Traceback" not in said.err + said.out, argv
        assert "unexpected error" not in said.err, argv
    assert not (tmp_path / "m.pdf").exists() and not (tmp_path / "a.pdf").exists()
