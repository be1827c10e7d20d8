"""The OIT assignment table (ปฏิทินกิจกรรม ๒) of seed 001's 2568 assignments with made-up
people: grouped by indicator and sub-indicator as seed 002 prints it, deadlines in words from
the catalog or the unit's own cadence, preparers grouped by section, the citation of the order,
read back from the PDF, DOCX and XLSX (also as LibreOffice lays them out); and the same
assignments inside the minutes of the meeting whose agenda item holds them."""

from __future__ import annotations

import io
from dataclasses import replace

import docx
import openpyxl
import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.signoff import REPORT_SIGNERS
from ita_desktop.errors import AppError
from ita_desktop.reports import signing
from ita_desktop.reports.meeting_data import meeting_data
from ita_desktop.reports.meeting_minutes import minutes_document
from ita_desktop.reports.model import Orientation, Table, TitleBlock, Verification, plain_text
from ita_desktop.reports.oit_assignments import build_oit_assignments
from ita_desktop.reports.oit_data import oit_data, oit_table_data
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.reports.render_docx import render_docx
from ita_desktop.reports.render_pdf import render_pdf
from ita_desktop.reports.render_xlsx import render_xlsx
from ita_desktop.reports.signing import DataSource
from tests.reports import meeting_fixture
from tests.reports.oit_fixture import ORDER, PEOPLE, UNIT, oit_year
from tests.reports.pdf_pages import page_sizes
from tests.reports.standin_font import convert, libreoffice_home  # noqa: F401 fixture

SUBS = ["ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", "ตัวชี้วัดย่อยที่ 9.2 การบริหารงาน",
        "ตัวชี้วัดย่อยที่ 9.3 การบริหารเงินงบประมาณ",
        "ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล",
        "ตัวชี้วัดย่อยที่ 9.5 การจัดการเรื่องร้องเรียนการทุจริต",
        "ตัวชี้วัดย่อยที่ 10.1 การดำเนินการเพื่อป้องกันการทุจริต",
        "ตัวชี้วัดย่อยที่ 10.2 มาตรการภายในเพื่อส่งเสริมคุณธรรมและความโปร่งใส"]
INDICATORS = ["ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "ตัวชี้วัดที่ 10 การป้องกันการทุจริต"]
HEADER = ["ข้อ", "ขั้นตอน", "องค์ประกอบ", "ผู้รับผิดชอบ", "ผู้ควบคุม"]
O6_PREPARERS = ("งานอำนวยการ\nร.ต.อ.หญิง อังศุมา เชาวน์ดี\nด.ต.หญิง รักชนก กฤตานนท์\n"
                "งานบริการคนต่างด้าว\nร.ต.อ.หญิง แววดา อินทร์แก้ว\n"
                "งานสืบสวนปราบปราม\nร.ต.อ.หญิง ดวงพร มาลัยทอง\n"
                "งานตรวจบุคคลและพาหนะ\nร.ต.อ.หญิง จินดา นามบุญ")
O6_CONTROLLERS = ("พ.ต.ท.หญิง สุดา เรือนแก้ว\nว่าที่ พ.ต.ท.หญิง จุฑามาศ ชัยทรัพย์\n"
                  "พ.ต.ต.พิชิต มั่นคง")


@pytest.fixture(scope="module")
def data():  # type: ignore[no-untyped-def]
    return oit_data(oit_year(), UNIT, PEOPLE, ORDER)


def _doc(data, digits=DigitStyle.THAI):  # type: ignore[no-untyped-def]
    return build_oit_assignments(data, 2568, digits, signing.blank_signers(
        signing.report_kind("oit-assignments")), None)


def to_thai(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _items(data) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return {item["code"]: item for indicator in data["indicators"]
            for sub in indicator["subs"] for item in sub["items"]}


def _rows(data) -> list[list[str | None]]:  # type: ignore[no-untyped-def]
    table = next(p for p in _doc(data, DigitStyle.ARABIC).parts if isinstance(p, Table))
    return [[c.text.replace("\u00a0", " ") if c else None for c in row] for row in table.rows]


def test_the_items_stand_under_their_indicator_and_sub_indicator(data) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(data)
    groups = [row[0] for row in rows if row[1] is None]
    assert groups == [INDICATORS[0], *SUBS[:5], INDICATORS[1], *SUBS[5:]]
    codes = [row[0] for row in rows if row[1] is not None]
    assert codes == [f"O{n}" for n in range(1, 25)]
    # Each sub-indicator's row stands right above its first item.
    assert rows[rows.index([SUBS[1], None, None, None, None]) + 1][0] == "O6"
    assert rows[rows.index([SUBS[6], None, None, None, None]) + 1][0] == "O23"


def test_the_step_carries_the_deadline_in_words(data) -> None:  # type: ignore[no-untyped-def]
    steps = {row[0]: row[1] for row in _rows(data) if row[1] is not None}
    # The catalog's own words while the unit keeps its cadence (seed 001).
    assert steps["O1"] == "โครงสร้างและอำนาจหน้าที่\n(ดำเนินการเสร็จสิ้น ภายใน ก.พ.68)"
    assert steps["O6"] == "ผลการปฏิบัติงานของแต่ละสายงาน\n(รายงานผลทุกวันที่ 1 ของเดือนถัดไป)"
    assert steps["O5"].endswith("(อัปเดตข้อมูลอย่างต่อเนื่อง)")
    # Words built from what the unit set: O3's date moved, O18's least count.
    assert steps["O3"] == "กฎหมายที่เกี่ยวข้อง\n(ดำเนินการให้แล้วเสร็จภายใน 15 มี.ค. 2568)"
    assert steps["O18"].endswith("(อัปเดตข้อมูลอย่างต่อเนื่อง ไม่น้อยกว่า 5 รายการ)")


def test_components_list_the_requirements_and_the_formats_in_words(data) -> None:  # type: ignore[no-untyped-def]
    rows = {row[0]: row for row in _rows(data) if row[1] is not None}
    o4 = rows["O4"][2].split("\n")
    # Components sharing a label print under it once, as seed 002's O4.
    assert o4[:3] == ["ข้อมูลการติดต่อที่เป็นปัจจุบัน", "- ชื่อหน่วยงาน", "- ที่อยู่"]
    assert o4[-1] == "- เผยแพร่ทางเว็บไซต์ของหน่วยงาน (URL)"
    assert rows["O6"][2].split("\n")[-1] == (
        "- เปิดเผยข้อมูลในรูปแบบไฟล์ PDF และไฟล์ Word และเผยแพร่ทางเว็บไซต์ของหน่วยงาน (URL)")
    assert rows["O1"][2].startswith("- แสดงแผนผังโครงสร้างของหน่วยงาน")


def test_people_carry_their_rank_and_several_sections_are_grouped(data) -> None:  # type: ignore[no-untyped-def]
    rows = {row[0]: row for row in _rows(data) if row[1] is not None}
    assert rows["O1"][3] == "ร.ต.อ.หญิง อังศุมา เชาวน์ดี\nด.ต.หญิง รักชนก กฤตานนท์"
    assert rows["O1"][4] == "พ.ต.ท.หญิง สุดา เรือนแก้ว"
    assert rows["O6"][3] == O6_PREPARERS
    assert rows["O6"][4] == O6_CONTROLLERS
    # One named section and someone not placed in one: no heading says more than the roster.
    assert rows["O3"][3] == "ร.ต.อ.หญิง ธนิดา คณาดี\nร.ต.อ.หญิง อังศุมา เชาวน์ดี"
    # Nobody assigned yet: empty cells, not a dash the unit never wrote.
    assert rows["O24"][3] == "" and rows["O24"][4] == ""
    assert _items(data)["O24"]["preparers"] == [] and _items(data)["O24"]["controllers"] == []


def test_the_title_unit_year_and_landscape_page(data) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(data)
    assert doc.page.orientation is Orientation.LANDSCAPE
    title = next(p for p in doc.parts if isinstance(p, TitleBlock))
    assert plain_text(title.lines[0]) == (
        "ปฏิทินกิจกรรม ๒ : มอบหมายผู้รับผิดชอบการเปิดเผยข้อมูลสาธารณะ "
        "(Open Data Integrity & Transparency Assessment : OIT)")
    assert plain_text(title.lines[1]) == (
        "ของตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ ประจำปีงบประมาณ พ.ศ. 2568")
    table = next(p for p in doc.parts if isinstance(p, Table))
    assert [c.text for c in table.header_rows[0] if c] == HEADER


def test_the_pdf_writes_thai_digits_cites_the_order_and_repeats_the_header(data) -> None:  # type: ignore[no-untyped-def]
    pdf = render_pdf(_doc(data))
    assert all(abs(w - 842) < 2 and abs(h - 595) < 2 for w, h in page_sizes(pdf))
    pages = [_flat(page) for page in pdf_pages_text(pdf)]
    text = " ".join(pages)
    assert ("ประกอบคำสั่ง ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ ที่ ๑๕/๒๕๖๗ "
            "ลงวันที่ ๒๐ พฤศจิกายน ๒๕๖๗") in text
    assert "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล" in text
    assert "ตัวชี้วัดย่อยที่ ๑๐.๒ มาตรการภายในเพื่อส่งเสริมคุณธรรมและความโปร่งใส" in text
    assert "O๖ ผลการปฏิบัติงาน" in text and "(รายงานผลทุกวันที่ ๑ ของเดือน" in text
    # Names stay whole on their lines, the longest included.
    assert "ว่าที่ พ.ต.ท.หญิง จุฑามาศ ชัยทรัพย์" in text
    assert "ดำเนินการให้แล้วเสร็จภายใน ๑๕ มี.ค. ๒๕๖๘" in text
    assert not any(digit in text for digit in "0123456789")
    # The table starts under the title, and every page carries the header row.
    assert "O๑ โครงสร้างและอำนาจหน้าที่" in pages[0]
    assert len(pages) > 2
    for page in pages:
        assert "ข้อ ขั้นตอน องค์ประกอบ ผู้รับผิดชอบ ผู้ควบคุม" in page
    assert "ผู้จัดทำ" in pages[-1] and "ผู้อนุมัติ" in pages[-1]


def test_no_order_in_force_no_citation_line() -> None:
    data = oit_data(oit_year(), UNIT, PEOPLE, None)
    text = _flat(" ".join(pdf_pages_text(render_pdf(_doc(data)))))
    assert "ประกอบคำสั่ง" not in text and "O๒๔" in text


def test_the_docx_reads_back_the_table_with_its_groups(data) -> None:  # type: ignore[no-untyped-def]
    document = docx.Document(io.BytesIO(render_docx(_doc(data, DigitStyle.ARABIC))))
    section = document.sections[0]
    assert section.page_width > section.page_height
    [table] = document.tables[:1]
    cells = [[c.text.replace("\u00a0", " ") for c in row.cells] for row in table.rows]
    assert cells[0] == HEADER
    assert [row[0] for row in cells if len(set(row)) == 1] == [
        INDICATORS[0], *SUBS[:5], INDICATORS[1], *SUBS[5:]]
    o6 = next(row for row in cells if row[0] == "O6")
    assert o6[3] == O6_PREPARERS and o6[4] == O6_CONTROLLERS
    text = " ".join(p.text for p in document.paragraphs)
    assert "ที่ 15/2567 ลงวันที่ 20 พฤศจิกายน 2567" in text


def test_the_xlsx_reads_back_landscape_with_every_item(data) -> None:  # type: ignore[no-untyped-def]
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(_doc(data))))
    sheet = book.worksheets[0]
    assert sheet.page_setup.orientation == "landscape"
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    firsts = [row[0] for row in values if row and row[0] is not None]
    assert [v for v in firsts if isinstance(v, str) and v.startswith("O")] == [
        f"O{to_thai(n)}" for n in range(1, 25)]
    assert "ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน" in firsts
    o6 = next(row for row in values if row[0] == "O๖")
    assert "งานบริการคนต่างด้าว" in o6[3] and "ร.ต.อ.หญิง แววดา อินทร์แก้ว" in _flat(o6[3])


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_libreoffice_lays_the_table_on_landscape_pages(  # type: ignore[no-untyped-def]
        data, fmt, tmp_path, libreoffice_home):  # noqa: F811
    render = render_docx if fmt == "docx" else render_xlsx
    source = tmp_path / f"oit.{fmt}"
    source.write_bytes(render(_doc(data)))
    pdf = convert(source, "pdf", tmp_path, libreoffice_home).read_bytes()
    assert all(w > h for w, h in page_sizes(pdf))
    raw = pdf_pages_text(pdf)
    pages = [_flat(page) for page in raw]
    text = " ".join(pages)
    for words in ("ตัวชี้วัดย่อยที่ ๙.๒ การบริหารงาน", "งานตรวจบุคคลและพาหนะ"):
        assert words in text
    # The Latin letter and the Thai digits of a code are runs of two scripts, which the
    # extracted text of Word's layout may part with a space.
    assert "O๑" in text.replace(" ", "") and "O๒๔" in text.replace(" ", "")
    # The longest name stands whole on one line (the extracted text may drop the no-break
    # space LibreOffice draws after the rank).
    lines = [line.replace("\u00a0", "").replace(" ", "") for page in raw
             for line in page.splitlines()]
    assert "ว่าที่พ.ต.ท.หญิงจุฑามาศชัยทรัพย์" in lines
    assert len(pages) > 2 and all("ผู้ควบคุม" in page for page in pages[1:-1])


def test_the_report_kind_is_registered_for_the_fiscal_year() -> None:
    kind = signing.report_kind("oit-assignments")
    assert kind.formats == ("pdf", "docx", "xlsx")
    assert kind.source is DataSource.OIT and kind.roles == REPORT_SIGNERS
    assert kind.title == "ปฏิทินกิจกรรม ๒"


def test_no_unit_profile_no_table() -> None:
    with pytest.raises(AppError) as caught:
        oit_data(oit_year(), None, PEOPLE, ORDER)
    assert caught.value.code == "report.no_unit"


def test_the_people_of_the_table_are_kept_whole(data) -> None:  # type: ignore[no-untyped-def]
    keep = _doc(data).keep_whole
    assert {"อังศุมา", "เชาวน์ดี", "จุฑามาศ", "ชัยทรัพย์", "ศรีวารินทร์"} <= keep
    assert not keep & {"งานอำนวยการ", "ผู้รับผิดชอบ"}


# --- the table inside the minutes ------------------------------------------------------------

def _meeting_with_table():  # type: ignore[no-untyped-def]
    meeting = meeting_fixture.seed_meeting()
    agenda = list(meeting.agenda)
    consideration = agenda[2]
    subs = list(consideration.items)
    subs[1] = replace(subs[1], oit_table=True)
    agenda[2] = replace(consideration, items=tuple(subs))
    return replace(meeting, agenda=tuple(agenda))


@pytest.fixture(scope="module")
def table_2567():  # type: ignore[no-untyped-def]
    return oit_table_data(oit_year(2567), str(UNIT.kind), {**meeting_fixture.PEOPLE, **{
        k: v for k, v in PEOPLE.items() if k > 10}})


def test_the_minutes_print_the_table_right_after_the_item_s_text(table_2567) -> None:  # type: ignore[no-untyped-def]
    doc = minutes_document(_meeting_with_table(), UNIT, meeting_fixture.PEOPLE,
                           oit=table_2567)
    pages = [_flat(page) for page in pdf_pages_text(render_pdf(doc))]
    text = " ".join(pages)
    said = text.index("มอบหมายหน้าที่รับผิดชอบแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)")
    first = text.index("ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน")
    actions = text.index("การดำเนินการที่มอบหมาย")
    # The text, then the whole table, then the item's action items (seed 002's order).
    assert said < first < text.index("ตัวชี้วัดย่อยที่ ๑๐.๒") < actions
    assert "หัวข้อ ผู้รับผิดชอบเตรียมข้อมูล ผู้ควบคุม" in text
    assert "O๑ โครงสร้าง อัตรากำลัง และข้อมูลผู้บริหาร" in text
    assert "ร.ต.อ.หญิง อังศุมา เชาวน์ดี" in text

    document = docx.Document(io.BytesIO(render_docx(doc)))
    headed = [t for t in document.tables
              if [c.text for c in t.rows[0].cells] == ["หัวข้อ", "ผู้รับผิดชอบเตรียมข้อมูล",
                                                     "ผู้ควบคุม"]]
    assert len(headed) == len(SUBS)
    rows = [[c.text.replace("\u00a0", " ") for c in row.cells] for t in headed
            for row in t.rows[1:]]
    assert [row[0].split()[0] for row in rows] == [f"O{to_thai(n)}" for n in range(1, 25)]
    o6 = next(row for row in rows if row[0].startswith("O๖"))
    assert o6[1] == O6_PREPARERS and o6[2] == O6_CONTROLLERS


def test_the_table_is_in_the_minutes_data_only_when_an_item_holds_it(table_2567) -> None:  # type: ignore[no-untyped-def]
    plain = meeting_data(meeting_fixture.seed_meeting(), UNIT, meeting_fixture.PEOPLE,
                         oit=table_2567)
    # Minutes signed off before items could hold the table keep their data and its hash.
    assert plain == meeting_data(meeting_fixture.seed_meeting(), UNIT, meeting_fixture.PEOPLE)
    assert "oit" not in plain and "oit_table" not in str(plain)
    held = meeting_data(_meeting_with_table(), UNIT, meeting_fixture.PEOPLE, oit=table_2567)
    assert held["oit"] == table_2567
    assert held["agenda"][2]["items"][1]["oit_table"] is True


def test_a_last_item_taller_than_the_room_above_the_signers_keeps_its_end_with_them() -> None:
    """O24's list of components runs longer than what a page holds above the signature
    blocks and the verification: its last lines still stand above them, and the first page
    still starts the table."""
    year = oit_year()
    last = year.items[-1]
    long = [f"ภาพกิจกรรมการดำเนินการตามมาตรการ ข้อที่ {n} ของหน่วยงาน พร้อมคำอธิบายประกอบภาพ"
            f"ที่ระบุวัน เดือน ปี และสถานที่ดำเนินการให้ชัดเจน" for n in range(1, 19)]
    items = [*year.items[:-1], replace(last, item=replace(last.item, components=long))]
    data = oit_data(replace(year, items=items), UNIT, PEOPLE, ORDER)
    verification = Verification("2568-004", 1, "2025-03-01", "3F9A21C077B4E615",
                                "รายงานเลขที่ 2568-004 ฉบับที่ 1 ลงนาม 1 มี.ค. 2568 "
                                "ค่าแฮช 3F9A-21C0-77B4-E615", "ITA-DESKTOP|2568-004|1")
    doc = build_oit_assignments(data, 2568, DigitStyle.THAI, signing.blank_signers(
        signing.report_kind("oit-assignments")), verification)
    pages = [_flat(page) for page in pdf_pages_text(render_pdf(doc))]
    assert "O๑ โครงสร้างและอำนาจหน้าที่" in pages[0]
    assert "ผู้อนุมัติ" in pages[-1] and "ข้อที่ ๑๘ ของ" in pages[-1]
    assert "ข้อที่ ๑ ของ" not in pages[-1], "the row is cut, not moved whole"
