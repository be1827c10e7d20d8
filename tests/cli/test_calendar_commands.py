"""The calendar table from the command line: `export assessment-calendar` in each format, read
back, and signed off like the other reports about the fiscal year. The demo database (today
1 March 2025, fiscal year 2568) carries the year's calendar and order 222/2567."""

from __future__ import annotations

import io

import docx
import openpyxl
import pytest

from ita_desktop.cli import main
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
