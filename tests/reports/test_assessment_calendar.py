"""The calendar table (ปฏิทินกิจกรรม ๑) built from seed 002's 2567 calendar: the title, the
citation of the order, the group rows with numbers restarting in each group, the periods and
the responsible column as the seed prints them, read back from the PDF, DOCX and XLSX; landscape
A4 in every format, also as LibreOffice lays out the DOCX and XLSX."""

from __future__ import annotations

import io
from dataclasses import replace

import docx
import openpyxl
import pytest

from ita_desktop.domain.calendar import Duty, Responsible, WhoKind, from_catalog
from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.signoff import REPORT_SIGNERS
from ita_desktop.errors import AppError
from ita_desktop.exchange.framework_file import load_bundled_catalog
from ita_desktop.reports import signing
from ita_desktop.reports.assessment_calendar import build_calendar, calendar_data
from ita_desktop.reports.model import Orientation, Table, TitleBlock, plain_text
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.reports.render_docx import render_docx
from ita_desktop.reports.render_pdf import render_pdf
from ita_desktop.reports.render_xlsx import render_xlsx
from ita_desktop.reports.signing import DataSource
from tests.reports.committee_fixture import PEOPLE, UNIT, seed_order
from tests.reports.pdf_pages import page_sizes
from tests.reports.standin_font import convert, libreoffice_home  # noqa: F401 fixture

GROUPS = ["ช่วงเตรียมการประเมิน", "ช่วงดำเนินการประเมิน",
          "ช่วงดำเนินการตรวจ OIT และกระบวนการอุทธรณ์", "ช่วงสรุปผลและเผยแพร่ผลการประเมิน"]


def _calendar():  # type: ignore[no-untyped-def]
    calendar = from_catalog(2567, load_bundled_catalog("immigration", 2567).calendar)
    # Seed 002's IIT row: an inspector controls, the ITAP administrator gathers the data,
    # the officers of the unit answer.
    iit = replace(calendar.phases[3], responsible=(
        Responsible(Duty.CONTROLLER, WhoKind.PERSON, person_id=7),
        Responsible(Duty.COLLECTOR, WhoKind.PERSON, person_id=8),
        Responsible(Duty.PRACTITIONER, WhoKind.WORDS, text="ข้าราชการตำรวจในสังกัด")))
    august = replace(calendar.phases[9], period_text="เดือน ส.ค. 2567")
    phases = list(calendar.phases)
    phases[3], phases[9] = iit, august
    return replace(calendar, phases=tuple(phases))


@pytest.fixture
def data():  # type: ignore[no-untyped-def]
    return calendar_data(_calendar(), UNIT, PEOPLE, seed_order())


def _doc(data, digits=DigitStyle.THAI):  # type: ignore[no-untyped-def]
    return build_calendar(data, 2567, digits, signing.blank_signers(
        signing.report_kind("assessment-calendar")), None)


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_the_table_is_seed_002s(data) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(data)
    assert doc.page.orientation is Orientation.LANDSCAPE
    title = next(p for p in doc.parts if isinstance(p, TitleBlock))
    assert plain_text(title.lines[0]) == (
        "ปฏิทินกิจกรรม ๑ : การประเมินคุณธรรมและความโปร่งใส ในการดำเนินงานของหน่วยงานภาครัฐ")
    assert plain_text(title.lines[1]) == (
        "(Integrity and Transparency Assessment: ITA) ของตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ "
        "ประจำปีงบประมาณ พ.ศ. 2567")
    table = next(p for p in doc.parts if isinstance(p, Table))
    assert [c.text for c in table.header_rows[0] if c] == [
        "ที่", "ช่วงระยะเวลา", "ขั้นตอน", "การดำเนินงาน", "ผู้รับผิดชอบ"]
    rows = [[c.text if c else None for c in row] for row in table.rows]
    groups = [row[0] for row in rows if row[1] is None]
    assert groups == GROUPS
    numbers = [row[0] for row in rows if row[1] is not None]
    assert numbers == ["1", "1", "2", "3", "4", "5", "1", "2", "1", "2"]
    periods = [_flat(row[1]) for row in rows if row[1] is not None]
    assert periods[:3] == ["1 ต.ค. 2566 ถึง 31 ธ.ค. 2566", "1 - 31 ม.ค. 2567",
                           "1 - 31 ม.ค. 2567"]
    assert periods[-1] == "เดือน ส.ค. 2567"
    iit = [row for row in rows if row[1] is not None][3]
    assert iit[4] == ("ผู้ควบคุม พ.ต.ท.หญิง สุดา เรือนแก้ว\n"
                      "ผู้รวบรวมข้อมูล ร.ต.อ.หญิง ธนิดา คณาดี\n"
                      "ผู้ปฏิบัติ ข้าราชการตำรวจในสังกัด")


def test_the_citation_names_the_order_and_is_left_out_without_one(data) -> None:  # type: ignore[no-untyped-def]
    text = _flat(" ".join(pdf_pages_text(render_pdf(_doc(data)))))
    assert ("ประกอบคำสั่ง ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ ที่ ๒๒๒/๒๕๖๖ "
            "ลงวันที่ ๒๘ ธันวาคม ๒๕๖๖") in text
    without = calendar_data(_calendar(), UNIT, PEOPLE, None)
    assert "ประกอบคำสั่ง" not in _flat(" ".join(pdf_pages_text(render_pdf(_doc(without)))))


def test_the_pdf_is_landscape_a4_with_every_row(data) -> None:  # type: ignore[no-untyped-def]
    pdf = render_pdf(_doc(data))
    assert all(abs(w - 842) < 2 and abs(h - 595) < 2 for w, h in page_sizes(pdf))
    text = _flat(" ".join(pdf_pages_text(pdf)))
    for group in GROUPS:
        assert group in text
    assert "๑ ต.ค. ๒๕๖๖ ถึง ๓๑ ธ.ค. ๒๕๖๖" in text
    assert "ผู้ควบคุม พ.ต.ท.หญิง สุดา เรือนแก้ว" in text
    assert "ผู้จัดทำ" in text and "ผู้อนุมัติ" in text


def test_the_docx_reads_back_landscape_with_the_groups(data) -> None:  # type: ignore[no-untyped-def]
    document = docx.Document(io.BytesIO(render_docx(_doc(data, DigitStyle.ARABIC))))
    section = document.sections[0]
    assert section.page_width > section.page_height
    [table] = document.tables[:1]
    cells = [[c.text for c in row.cells] for row in table.rows]
    assert cells[0][:5] == ["ที่", "ช่วงระยะเวลา", "ขั้นตอน", "การดำเนินงาน", "ผู้รับผิดชอบ"]
    assert [row[0] for row in cells if len(set(row)) == 1] == GROUPS
    assert any("ผู้รวบรวมข้อมูล ร.ต.อ.หญิง ธนิดา คณาดี" in row[4] for row in cells)


def test_the_xlsx_reads_back_landscape_with_numbers(data) -> None:  # type: ignore[no-untyped-def]
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(_doc(data))))
    sheet = book.worksheets[0]
    assert sheet.page_setup.orientation == "landscape"
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    firsts = [row[0] for row in values if row and row[0] is not None]
    for group in GROUPS:
        assert group in firsts
    assert firsts.count(1) == 4  # each group numbers from 1, stored as numbers


def test_the_report_kind_is_registered_for_the_fiscal_year() -> None:
    kind = signing.report_kind("assessment-calendar")
    assert kind.formats == ("pdf", "docx", "xlsx")
    assert kind.source is DataSource.CALENDAR and kind.roles == REPORT_SIGNERS
    assert kind.title == "ปฏิทินกิจกรรม ๑"


def test_no_unit_profile_no_table() -> None:
    with pytest.raises(AppError) as caught:
        calendar_data(_calendar(), None, PEOPLE, None)
    assert caught.value.code == "report.no_unit"


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_libreoffice_lays_the_table_on_landscape_pages(  # type: ignore[no-untyped-def]
        data, fmt, tmp_path, libreoffice_home):  # noqa: F811
    render = render_docx if fmt == "docx" else render_xlsx
    source = tmp_path / f"calendar.{fmt}"
    source.write_bytes(render(_doc(data)))
    pdf = convert(source, "pdf", tmp_path, libreoffice_home).read_bytes()
    assert all(w > h for w, h in page_sizes(pdf))
    text = _flat(" ".join(pdf_pages_text(pdf)))
    for group in GROUPS:
        assert group in text
    assert "ผู้ปฏิบัติ ข้าราชการตำรวจในสังกัด" in text


def test_the_people_named_in_the_responsible_column_are_kept_whole(data) -> None:  # type: ignore[no-untyped-def]
    keep = _doc(data).keep_whole
    # People 7 and 8 of the IIT row, and the unit's place name of its short name.
    assert {"สุดา", "เรือนแก้ว", "ธนิดา", "คณาดี", "ศรีวารินทร์"} <= keep
    # The labels and the words naming no one are left to the dictionary.
    assert not keep & {"ผู้ควบคุม", "ผู้รวบรวมข้อมูล", "ข้าราชการตำรวจในสังกัด"}
