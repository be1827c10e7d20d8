"""The attendance sheet of seed 002's meeting 1/2567 (made-up people): one ruled row for
everyone invited, the signature column left empty and tall enough to sign in, read back
from the document, the DOCX, the PDF, the workbook and LibreOffice's layout."""

from __future__ import annotations

import io
from dataclasses import replace

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.meetings import Attendee, Presence
from ita_desktop.reports.attendance_sheet import (
    HEADINGS,
    SIGN_ROW_CM,
    attendance_sheet_document,
)
from ita_desktop.reports.model import Table, TitleBlock, plain_text
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.reports.render_docx import render_docx
from ita_desktop.reports.render_pdf import render_pdf
from ita_desktop.reports.render_xlsx import render_xlsx
from tests.reports.meeting_fixture import ABSENCE, PEOPLE, PLACE, SUBJECT, UNIT, seed_meeting
from tests.reports.pdf_pages import occurrences
from tests.reports.standin_font import convert, libreoffice_home  # noqa: F401 fixture

SIGN_ROW_PT = SIGN_ROW_CM / 2.54 * 72


@pytest.fixture(scope="module")
def sheet():
    return attendance_sheet_document(seed_meeting(), UNIT, PEOPLE, DigitStyle.ARABIC)


def _table(doc) -> Table:
    return next(p for p in doc.parts if isinstance(p, Table))


def _flat(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\r\n", "\n")


def test_the_title_names_the_meeting_its_number_day_and_place_as_the_seed(sheet):
    title = sheet.parts[0]
    assert isinstance(title, TitleBlock)
    assert [plain_text(line) for line in title.lines] == [
        f"บัญชีรายชื่อผู้เข้าประชุม{SUBJECT}",
        f"ครั้งที่ 1/2567 ในวันศุกร์ที่ 5 ม.ค. 2567 ณ {PLACE}"]


def test_everyone_invited_has_a_row_with_rank_name_short_position_and_remark(sheet):
    table = _table(sheet)
    assert [c.text for c in table.header_rows[0]] == list(HEADINGS)
    assert table.grid and table.min_row_height_cm == SIGN_ROW_CM
    rows = [[c.text for c in row] for row in table.rows]
    assert len(rows) == 16
    assert rows[0] == ["1", "พ.ต.อ.", "วิชัย ตัวอย่าง", "ผกก.ตม.จว.ศรีวารินทร์", "", ""]
    # In the roster's order, not the committee's: the secretary (a พ.ต.ท.หญิง สว.) before the
    # พ.ต.ต. สว., though the minutes list her after them.
    assert [row[2] for row in rows[3:7]] == ["ณัฐ สงวนดี", "สุดา เรือนแก้ว", "พิชิต มั่นคง",
                                            "จุฑา ชัยศรี"]
    assert rows[6] == ["7", "พ.ต.ต.หญิง", "จุฑา ชัยศรี", "สว.ตม.จว.ศรีวารินทร์", "", ""]
    # The absentee has her row too, with the reason as the remark.
    assert rows[15] == ["16", "ร.ต.อ.หญิง", "วริศรา วงศ์ดี", "รอง สว.ตม.จว.ศรีวารินทร์", "",
                        ABSENCE]
    assert [row[0].number for row in table.rows] == list(range(1, 17))


def test_guests_come_after_the_members_a_civilian_without_a_rank():
    meeting = seed_meeting()
    guests = (Attendee(Presence.ATTENDING, name="นางสาวสมใจ ใจดี",
                       position="นักวิชาการคอมพิวเตอร์"),
              Attendee(Presence.ATTENDING, name="คุณสมศรี", position="ผู้แทนผู้ประกอบการ"))
    doc = attendance_sheet_document(replace(meeting, attendees=guests + meeting.attendees),
                                    UNIT, PEOPLE)
    rows = [[c.text for c in row] for row in _table(doc).rows]
    assert rows[15][2] == "วริศรา วงศ์ดี"  # the members first, whatever the order entered
    # A civilian's title stays with the name; a name that cannot be read stays as typed.
    assert rows[16][:4] == ["17", "", "นางสาวสมใจ ใจดี", "นักวิชาการคอมพิวเตอร์"]
    assert rows[17][:4] == ["18", "", "คุณสมศรี", "ผู้แทนผู้ประกอบการ"]


def test_the_workbook_keeps_row_numbers_as_numbers_and_rows_tall_enough_to_sign(sheet):
    ws = openpyxl.load_workbook(io.BytesIO(render_xlsx(sheet))).active
    cells = [[c for c in row] for row in ws.iter_rows()]
    header = next(i for i, row in enumerate(cells)
                  if [c.value for c in row if c.value is not None] == list(HEADINGS))
    body = cells[header + 1:header + 17]
    assert [row[0].value for row in body] == list(range(1, 17))
    assert [c.value for c in body[15] if c.value is not None][1:] == [
        "ร.ต.อ.หญิง", "วริศรา วงศ์ดี", "รอง สว.ตม.จว.ศรีวารินทร์", ABSENCE]
    for row in body:
        assert ws.row_dimensions[row[0].row].height >= SIGN_ROW_PT - 0.5
    # The header row is as high as its words, not as a row to sign in.
    assert ws.row_dimensions[cells[header][0].row].height < SIGN_ROW_PT


def test_the_docx_rows_are_at_least_signing_height(sheet):
    opened = docx.Document(io.BytesIO(render_docx(sheet)))
    table = opened.tables[0]
    assert [c.text for c in table.rows[0].cells] == list(HEADINGS)
    assert [c.text for c in table.rows[16].cells] == [
        "16", "ร.ต.อ.หญิง", "วริศรา วงศ์ดี", "รอง สว.ตม.จว.ศรีวารินทร์", "", ABSENCE]
    heights = [row._tr.trPr.find(qn("w:trHeight")) if row._tr.trPr is not None else None
               for row in table.rows]
    assert heights[0] is None
    assert all(h is not None and h.get(qn("w:hRule")) == "atLeast"
               and abs(int(h.get(qn("w:val"))) - SIGN_ROW_CM / 2.54 * 1440) < 2
               for h in heights[1:])


def test_the_pdf_leaves_room_to_sign_between_rows_and_writes_thai_digits():
    data = render_pdf(attendance_sheet_document(seed_meeting(), UNIT, PEOPLE))
    text = _flat("\n".join(pdf_pages_text(data)))
    assert "ครั้งที่ ๑/๒๕๖๗ ในวันศุกร์ที่ ๕ ม.ค. ๒๕๖๗" in text
    assert ABSENCE in text.replace("\n", "")  # the remark wraps in its narrow column
    first = occurrences(data, "วิชัย ตัวอย่าง")[0][0]
    second = occurrences(data, "ธนา ทดลองดี")[0][0]
    assert first[1] - second[1] >= SIGN_ROW_PT - 1


def test_libreoffice_lays_the_docx_and_the_workbook_out_on_one_page(sheet, tmp_path,
                                                                    libreoffice_home):  # noqa: F811
    for name, data in (("sheet.docx", render_docx(sheet)), ("sheet.xlsx", render_xlsx(sheet))):
        source = tmp_path / name
        source.write_bytes(data)
        out = tmp_path / name.replace(".", "_")
        out.mkdir()
        pages = [_flat(p) for p in pdf_pages_text(convert(source, "pdf", out,
                                                          libreoffice_home).read_bytes())]
        assert len(pages) == 1, name
        assert "วิชัย ตัวอย่าง" in pages[0] and "วริศรา วงศ์ดี" in pages[0], name
