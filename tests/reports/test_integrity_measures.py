"""The integrity measures document (O23) of ``evidence_fixture``, as seeds 001 and 003 lay it
out: per area its heading with the unit's name, then the table ด้าน | ประเด็นที่ต้องปรับปรุง/
ยกระดับการพัฒนา | ผู้รับผิดชอบ with its header on every page, the people responsible as
"- duty name" with the rank kept, and the sign-off; read back from the PDF, DOCX and XLSX."""

from __future__ import annotations

import io
from dataclasses import replace

import docx
import openpyxl
import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.evidence import Area, EvidenceYear, Measure
from ita_desktop.domain.signoff import REPORT_SIGNERS
from ita_desktop.errors import AppError
from ita_desktop.reports import signing
from ita_desktop.reports.evidence_data import PICTURES, evidence_data
from ita_desktop.reports.model import Document
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.reports.render_docx import render_docx
from ita_desktop.reports.render_pdf import render_pdf
from ita_desktop.reports.render_xlsx import render_xlsx
from ita_desktop.reports.signing import DataSource
from tests.reports import evidence_fixture as fx

KIND = "integrity-measures"
HEADER = ["ด้าน", "ประเด็นที่ต้องปรับปรุง/ยกระดับการพัฒนา", "ผู้รับผิดชอบ"]
SERVICE_PEOPLE = ("- ควบคุมการปฏิบัติ ว่าที่ พ.ต.ท.หญิง จุฑามาศ ชัยทรัพย์\n"
                  "- ผู้ปฏิบัติ ร.ต.อ.หญิง แววดา อินทร์แก้ว\n"
                  "- จัดทำป้าย งานส่งกำลังบำรุง")


@pytest.fixture(scope="module")
def data():  # type: ignore[no-untyped-def]
    return evidence_data(fx.evidence_year(), fx.UNIT, fx.PEOPLE, code="O23")


def _doc(data, digits=DigitStyle.THAI) -> Document:  # type: ignore[no-untyped-def]
    kind = signing.report_kind(KIND)
    return kind.build(data, 2568, digits, signing.blank_signers(kind), None)


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_the_measures_document_carries_no_results_and_no_pictures(data) -> None:  # type: ignore[no-untyped-def]
    assert PICTURES not in data
    assert [[m["label"] for m in area["measures"]] for area in data["areas"]] == [
        ["1.1", "1.2", "1.3", "1.4"], ["2.1"], ["3.1"]]
    assert all("result" not in m and "photos" not in m
               for area in data["areas"] for m in area["measures"])


def test_the_docx_tables_per_area_with_issue_plan_and_people_with_rank(data) -> None:  # type: ignore[no-untyped-def]
    document = docx.Document(io.BytesIO(render_docx(_doc(data, DigitStyle.ARABIC))))
    tables = [t for t in document.tables if t.rows[0].cells[0].text == HEADER[0]]
    assert len(tables) == 3
    cells = [[[c.text.replace("\u00a0", " ") for c in row.cells] for row in t.rows]
             for t in tables]
    assert all(rows[0] == HEADER for rows in cells)
    assert [[row[0] for row in rows[1:]] for rows in cells] == [
        ["1.1 " + fx.SERVICE_POINT, "1.2 " + fx.SIGNS, "1.3 " + fx.NO_GIFT,
         "1.4 " + fx.FACILITIES], ["2.1 " + fx.COMMUNICATION], ["3.1 " + fx.OIT_MEETING]]
    first = cells[0][1]
    assert first[1] == (f"ประเด็นที่ต้องปรับปรุงของ{fx.SERVICE_POINT}\n"
                        f"- แผนการดำเนินการ{fx.SERVICE_POINT}")
    assert first[2] == SERVICE_PEOPLE
    # A line without a duty is the bare "- name"; a measure without people an empty cell.
    assert cells[1][1][2] == "- ด.ต.หญิง รักชนก กฤตานนท์"
    assert cells[0][3][2] == ""
    # The header row repeats on every page.
    assert all(t.rows[0]._tr.trPr.xpath("./w:tblHeader") for t in tables)
    headings = [p.text for p in document.paragraphs if p.text[:2] in ("1.", "2.", "3.")]
    assert headings == [
        "1. การพัฒนาการยกระดับการให้บริการ (One Stop Service) เพื่ออำนวยความสะดวกประชาชน"
        "ที่มารับบริการ โดยตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ดำเนินการปรับปรุงพัฒนาหน่วยงาน "
        "ดังต่อไปนี้",
        "2. การสื่อสารบทบาทภารกิจและผลการปฏิบัติงานของตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ "
        "ให้กับผู้มารับบริการได้รับทราบ",
        "3. การยกระดับการเผยแพร่ข้อมูลสาธารณะ (OIT) ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ"]


def test_the_pdf_title_headings_names_and_sign_off(data) -> None:  # type: ignore[no-untyped-def]
    pages = pdf_pages_text(render_pdf(_doc(data)))
    text = _flat(" ".join(pages))
    assert text.startswith("มาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน "
                           "ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    squashed = text.replace(" ", "")
    places = [squashed.index(words.replace(" ", "")) for words in (
        "๑. การพัฒนาการยกระดับการให้บริการ", "๑.๑ จุดบริการ", "๑.๔ การจัดสิ่งอำนวยความสะดวก",
        "๒. การสื่อสารบทบาทภารกิจ", "๒.๑ การประชาสัมพันธ์", "๓. การยกระดับการเผยแพร่",
        "๓.๑ การกำกับติดตาม", "ตรวจแล้วถูกต้อง", "ผู้อนุมัติ")]
    assert places == sorted(places)
    # The rank stays on the name, and the name on one line.
    lines = [_flat(line) for page in pages for line in page.splitlines()]
    assert "ว่าที่ พ.ต.ท.หญิง จุฑามาศ ชัยทรัพย์" in lines
    assert "- ผู้ปฏิบัติ ร.ต.อ.หญิง แววดา อินทร์แก้ว" in lines
    assert text.count(" ".join(HEADER)) == 3


def test_a_long_year_repeats_the_header_on_every_page() -> None:
    year = fx.evidence_year()
    many = tuple(replace(year.measures[0], position=k, id=100 + k,
                         title=f"{fx.SERVICE_POINT} {k + 1}") for k in range(14))
    data = evidence_data(EvidenceYear(2568, many, ()), fx.UNIT, fx.PEOPLE, code="O23")
    pages = [_flat(page) for page in pdf_pages_text(render_pdf(_doc(data)))]
    assert len(pages) >= 3
    assert all(" ".join(HEADER) in page for page in pages[:-1])


def test_the_xlsx_has_a_sheet_per_area_with_every_measure_and_its_people(data) -> None:  # type: ignore[no-untyped-def]
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(_doc(data, DigitStyle.ARABIC))))
    assert len(book.worksheets) == 3
    titles = []
    for sheet in book.worksheets:
        values = [[c.value for c in row] for row in sheet.iter_rows()]
        assert HEADER in [row[:3] for row in values]
        titles.append([row[0] for row in values if isinstance(row[0], str)
                       and row[0][:3] in ("1.1", "1.2", "1.3", "1.4", "2.1", "3.1")])
    assert titles == [["1.1 " + fx.SERVICE_POINT, "1.2 " + fx.SIGNS, "1.3 " + fx.NO_GIFT,
                       "1.4 " + fx.FACILITIES], ["2.1 " + fx.COMMUNICATION],
                      ["3.1 " + fx.OIT_MEETING]]
    first = [[c.value for c in row] for row in book.worksheets[0].iter_rows()]
    service = next(row for row in first if row[0] == "1.1 " + fx.SERVICE_POINT)
    assert _flat(service[2]) == _flat(SERVICE_PEOPLE)


def test_a_year_without_measures_is_refused_with_a_reason() -> None:
    with pytest.raises(AppError) as caught:
        evidence_data(EvidenceYear(2569, (), ()), fx.UNIT, fx.PEOPLE, code="O23")
    assert caught.value.code == "evidence.no_measures"
    assert caught.value.values["year"] == 2569


def test_no_unit_profile_no_document() -> None:
    with pytest.raises(AppError) as caught:
        evidence_data(fx.evidence_year(), None, fx.PEOPLE, code="O23")
    assert caught.value.code == "report.no_unit"


def test_a_person_who_left_the_roster_shows_as_a_gap_not_a_blank() -> None:
    year = fx.evidence_year()
    people = {k: v for k, v in fx.PEOPLE.items() if k != 12}
    data = evidence_data(year, fx.UNIT, people, code="O23")
    [communication] = data["areas"][1]["measures"]
    assert communication["responsible"] == [{"duty": "", "who": "#12", "person": True}]


def test_only_the_areas_with_measures_are_printed() -> None:
    year = fx.evidence_year()
    only = EvidenceYear(2568, tuple(m for m in year.measures if m.area is not Area.OIT), ())
    data = evidence_data(only, fx.UNIT, fx.PEOPLE, code="O23")
    assert [area["area"] for area in data["areas"]] == ["service", "communication"]
    assert "การยกระดับการเผยแพร่ข้อมูลสาธารณะ" not in _flat(
        " ".join(pdf_pages_text(render_pdf(_doc(data)))))


def test_the_names_of_the_people_responsible_are_kept_whole(data) -> None:  # type: ignore[no-untyped-def]
    keep = _doc(data).keep_whole
    assert {"จุฑามาศ", "ชัยทรัพย์", "แววดา", "อินทร์แก้ว", "ศรีวารินทร์"} <= keep
    assert "งานส่งกำลังบำรุง" not in keep


def test_the_report_kind_is_registered_in_three_formats() -> None:
    kind = signing.report_kind(KIND)
    assert kind.formats == ("pdf", "docx", "xlsx")
    assert kind.source is DataSource.EVIDENCE and kind.roles == REPORT_SIGNERS
    assert isinstance(fx.evidence_year().measures[0], Measure)
