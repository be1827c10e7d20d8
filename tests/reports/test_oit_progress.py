"""The OIT progress workbook and report, built from a year of values as the services hand
them over: read back from the XLSX cell by cell and from the PDF's text, with the charts
placed in the PDF; the workbook also as LibreOffice lays it out."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.oit_dashboard import dashboard
from ita_desktop.domain.oit_plan import SurveyFigures
from ita_desktop.domain.roster import Person
from ita_desktop.domain.signoff import Subject
from ita_desktop.reports import signing
from ita_desktop.reports.model import Figure, Table
from ita_desktop.reports.oit_progress import build_progress
from ita_desktop.reports.oit_progress_data import progress_data
from ita_desktop.reports.oit_progress_report import build_progress_report
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.reports.render_pdf import render_pdf
from ita_desktop.reports.render_xlsx import render_xlsx
from ita_desktop.reports.signing import DataSource
from ita_desktop.reports.unit_data import NoUnitError
from tests.oit_year import CONTROLLER, O1_URL, PREPARER, oit_year
from tests.reports.committee_fixture import UNIT
from tests.reports.standin_font import convert, libreoffice_home  # noqa: F401 fixture

TODAY = date(2025, 1, 20)
PEOPLE = {
    PREPARER: Person("pol_capt", "วลัยพร", "จงรักษ์", female=True, position="รองสารวัตร",
                     id=PREPARER),
    CONTROLLER: Person("pol_lt_col", "สมศักดิ์", "มั่นคง", position="สารวัตร", id=CONTROLLER),
}


def _data(year=None, today: date = TODAY):  # type: ignore[no-untyped-def]
    year = year or oit_year()
    return progress_data(year, dashboard(year, today), UNIT, PEOPLE)


def _signers(key: str):  # type: ignore[no-untyped-def]
    return signing.blank_signers(signing.report_kind(key))


def _workbook(data) -> openpyxl.Workbook:  # type: ignore[no-untyped-def]
    doc = build_progress(data, 2568, DigitStyle.ARABIC, _signers("oit-progress"), None)
    return openpyxl.load_workbook(io.BytesIO(render_xlsx(doc)))


def _rows(sheet) -> list[list[object]]:  # type: ignore[no-untyped-def]
    """The table's header row, then its body rows, empty cells left out: the rows the
    renderer adds to lay out printed pages (the header repeated on each page, the page
    number) are left out, as a reader skips them."""
    rows = [[cell.value for cell in row if cell.value not in (None, "")]
            for row in sheet.iter_rows()]
    body = [row for row in rows if row and re.fullmatch(r"O\d+|IIT|EIT.*", str(row[0]))]
    head = next(row for row in rows if row and row[0] in ("ข้อ", "แบบสำรวจ"))
    return [head, *body]


def test_the_kinds_are_registered_with_their_formats() -> None:
    workbook = signing.report_kind("oit-progress")
    report = signing.report_kind("oit-progress-report")
    assert workbook.formats == ("xlsx",) and report.formats == ("pdf",)
    assert workbook.source is report.source is DataSource.OIT_PROGRESS


def test_the_data_freezes_as_json_and_needs_the_unit() -> None:
    data = _data()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    with pytest.raises(NoUnitError):
        progress_data(oit_year(), dashboard(oit_year(), TODAY), None, PEOPLE)


def test_the_workbook_has_a_sheet_per_table() -> None:
    book = _workbook(_data())
    assert book.sheetnames == ["รายการ OIT", "งานรายเดือน", "บันทึกการดำเนินงาน",
                               "ความคืบหน้า IIT EIT"]


def test_the_items_sheet_reads_back_item_by_item() -> None:
    rows = _rows(_workbook(_data())["รายการ OIT"])
    assert rows[0] == ["ข้อ", "ข้อมูล", "ผู้จัดทำ", "ผู้ควบคุม", "กำหนดส่ง", "สถานะ",
                       "เปลี่ยนแปลงล่าสุด", "ไฟล์แนบ", "รูปแบบที่ยังขาด", "URL",
                       "วันที่เผยแพร่"]
    by_code = {row[0]: row for row in rows[1:]}
    assert list(by_code)[:3] == ["O1", "O2", "O3"] and len(by_code) == 24
    o1 = by_code["O1"]
    assert o1[2:5] == ["ร.ต.อ.หญิง วลัยพร จงรักษ์", "พ.ต.ท.สมศักดิ์ มั่นคง",
                       "ภายใน 28 ก.พ. 2568"]
    assert o1[5:] == ["เผยแพร่แล้ว", "8 พ.ย. 2567", "โครงสร้างหน่วย.pdf", O1_URL,
                      "8 พ.ย. 2567"]
    # Returned, with a Word file: PDF and the published link still missing.
    assert by_code["O3"][5:] == ["ส่งกลับให้แก้ไข", "4 พ.ย. 2567", "ข้อมูลติดต่อ.docx",
                                 "PDF, URL"]
    assert by_code["O6"][4:] == ["ทุกวันที่ 1 ของเดือนถัดไป", "ยังไม่ดำเนินการ",
                                 "PDF, Word, URL"]


def test_the_deliverables_and_the_log_sheets() -> None:
    book = _workbook(_data())
    deliverables = _rows(book["งานรายเดือน"])
    assert deliverables[1] == ["O6", "ตุลาคม 2567", "1 พ.ย. 2567", "อนุมัติแล้ว"]
    assert deliverables[2] == ["O6", "พฤศจิกายน 2567", "1 ธ.ค. 2567", "ยังไม่ดำเนินการ"]
    # Six monthly items over the whole fiscal year.
    assert len(deliverables) - 1 == 6 * 12
    log = _rows(book["บันทึกการดำเนินงาน"])
    returned = next(row for row in log if row[0] == "O3" and "ส่งกลับให้แก้ไข" in row)
    assert returned == ["O3", "4 พ.ย. 2567 15.00 น.", "ส่งตรวจสอบแล้ว", "ส่งกลับให้แก้ไข",
                        "พ.ต.ท.สมศักดิ์ มั่นคง", "แก้ไขเบอร์โทรศัพท์ให้ถูกต้อง"]
    october = [row for row in log if row[0] == "O6"]
    assert october[0][1] == "ตุลาคม 2567" and len(october) == 4


def test_the_progress_sheet_gives_counts_against_targets() -> None:
    sheet = _workbook(_data())["ความคืบหน้า IIT EIT"]
    rows = _rows(sheet)
    # The straight line from 0 on 1 Dec 2024 to the target on 31 Mar 2025 (120 days),
    # rounded up: 40 x 40/120 = 13.3 -> 14, 40 x 71/120 = 23.7 -> 24, 300 x 45/120 = 113.
    assert rows[1] == ["IIT", "10 ม.ค. 2568", 12, 40, 14]
    assert rows[2] == ["IIT", "10 ก.พ. 2568", 25, 40, 24]
    assert rows[3] == ["EIT", "15 ม.ค. 2568", 90, 300, 113,
                       "งานอำนวยการ 3/6\nงานสืบสวนปราบปราม 20/24"]
    # Counts are numbers, so the sheet can sum and chart them.
    assert isinstance(rows[1][2], int)
    texts = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row
                     if cell.value)
    assert "IIT: ล่าสุด 12 จากเป้าหมาย 40 ภายใน 31 มี.ค. 2568 (ต่ำกว่าแผน)" in texts


def test_the_report_places_a_chart_for_each_section() -> None:
    doc = build_progress_report(_data(), 2568, DigitStyle.THAI,
                                _signers("oit-progress-report"), None)
    figures = [part for part in doc.parts if isinstance(part, Figure)]
    # Statuses, scores, workloads and the three surveys (IIT, EIT, EIT(2)).
    assert len(figures) == 6
    status = figures[0].drawing.chart
    assert status.data == [[21, 0, 0, 1, 0, 0, 2]]


def test_the_report_reads_back_with_the_dashboards_figures() -> None:
    doc = build_progress_report(_data(), 2568, DigitStyle.ARABIC,
                                _signers("oit-progress-report"), None)
    text = " ".join(" ".join(page.split()) for page in pdf_pages_text(render_pdf(doc)))
    for expected in ("รายงานความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT)", "ข้อมูล ณ วันที่ 20",
                     "ส่งกลับให้แก้ไข 1", "เผยแพร่แล้ว 2", "OIT (จากรายการที่อนุมัติหรือเผยแพร่แล้ว) 7.50",
                     "IIT 92.50", "EIT 88.25", "ระดับผลการประเมินที่คาดการณ์ ต้องปรับปรุง",
                     "สิ่งที่ยังขาดเพื่อให้ถึงระดับผ่าน", "O17, O18", "เลยกำหนด",
                     "ร.ต.อ.หญิง วลัยพร จงรักษ์", "แผนภูมิความคืบหน้า IIT", "ต่ำกว่าแผน",
                     "ผู้จัดทำ", "ผู้ตรวจ", "ผู้อนุมัติ"):
        assert expected in text, expected
    # The charts' own labels are drawn into the PDF.
    assert "ผ่านดีเยี่ยม 95" in text and "สิ้นกำหนด" in text


def test_without_survey_figures_the_report_says_what_is_missing() -> None:
    year = replace(oit_year(), figures=SurveyFigures())
    doc = build_progress_report(_data(year), 2568, DigitStyle.ARABIC, (), None)
    text = " ".join(" ".join(page.split()) for page in pdf_pages_text(render_pdf(doc)))
    assert "คะแนนรวมและระดับจะคำนวณได้เมื่อบันทึกคะแนน IIT และ EIT" in text
    assert "ยังไม่ได้บันทึกจำนวนบุคลากรที่ตอบแบบสำรวจ IIT ได้" in text
    assert "IIT ยังไม่ได้บันทึก" in text
    # No survey charts without targets; the status and score charts remain.
    assert len([p for p in doc.parts if isinstance(p, Figure)]) == 3


def test_nothing_late_or_due_is_said_in_words() -> None:
    year = oit_year()
    doc = build_progress_report(_data(year, date(2024, 10, 2)), 2568, DigitStyle.ARABIC, (),
                                None)
    headers = [[c.text for c in part.header_rows[0] if c] for part in doc.parts
               if isinstance(part, Table)]
    assert ["ข้อ", "ข้อมูล", "งวด", "กำหนดส่ง", "สถานะ"] not in headers
    text = " ".join(" ".join(page.split()) for page in pdf_pages_text(render_pdf(doc)))
    assert "ไม่มีงานที่เลยกำหนดหรือใกล้ครบกำหนด" in text


def test_a_signed_report_is_rebuilt_from_its_snapshot_alone() -> None:
    kind = signing.report_kind("oit-progress-report")
    data = _data()
    report = signing.freeze(kind, 2568, Subject.year(2568), DigitStyle.THAI, data)
    again = signing.freeze(kind, 2568, Subject.year(2568), DigitStyle.THAI,
                           json.loads(report.snapshot)["data"])
    assert again.fingerprint == report.fingerprint
    assert pdf_pages_text(signing.render(signing.draft_document(again), "pdf"))


def test_libreoffice_lays_the_workbook_on_landscape_pages(  # type: ignore[no-untyped-def]
        tmp_path: Path, libreoffice_home) -> None:  # noqa: F811 the fixture
    from tests.reports.pdf_pages import page_sizes

    doc = build_progress(_data(), 2568, DigitStyle.THAI, _signers("oit-progress"), None)
    source = tmp_path / "progress.xlsx"
    source.write_bytes(render_xlsx(doc))
    pdf = convert(source, "pdf", tmp_path, libreoffice_home).read_bytes()
    assert all(width > height for width, height in page_sizes(pdf))
    text = " ".join(" ".join(page.split()) for page in pdf_pages_text(pdf))
    # Every sheet prints: the items, the months, the log's comment, the survey counts.
    for expected in ("เผยแพร่แล้ว", "พฤศจิกายน ๒๕๖๗", "แก้ไขเบอร์โทรศัพท์ให้ถูกต้อง",
                     "งานอำนวยการ ๓/๖"):
        assert expected in text, expected
