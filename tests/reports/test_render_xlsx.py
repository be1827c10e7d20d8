"""The XLSX renderer: the specimen and small documents written, then read back with openpyxl."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.thai_text import display_width
from ita_desktop.reports.model import (
    DRAFT_MARK,
    Align,
    Cell,
    Document,
    Heading,
    Orientation,
    PageSetup,
    Paragraph,
    Run,
    SectionBreak,
    SignatureBlock,
    Signer,
    Table,
    TitleBlock,
    written,
)
from ita_desktop.reports.render_xlsx import (
    MAX_ROW_PT,
    UNITS_PER_CHAR,
    NotTabularError,
    render_xlsx,
)
from ita_desktop.reports.specimen import LONG_THAI, specimen_document
from tests.reports import standin_font
from tests.reports.standin_font import convert

libreoffice_home = standin_font.libreoffice_home

FONT = "TH Sarabun New"
SHEETS_THAI = ["คณะทำงาน", "ผู้รับผิดชอบ", "ปฏิทินกิจกรรม", "ส่วนที่ ๔"]
SHEETS_ARABIC = ["คณะทำงาน", "ผู้รับผิดชอบ", "ปฏิทินกิจกรรม", "ส่วนที่ 4"]


def _book(data: bytes, **options):
    return load_workbook(io.BytesIO(data), **options)


def _find(ws, text: str):
    """The first cell whose value starts with ``text``."""
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith(text):
                return cell
    raise AssertionError(f"no cell starts with {text!r}")


def _merges(ws) -> set[str]:
    return {str(merged) for merged in ws.merged_cells.ranges}


def _table(rows, *, header=("ชื่อ", "หมายเหตุ"), columns=(3, 2), title="", size=14.0) -> Table:
    return Table(columns=columns, title=title, size=size,
                 header_rows=(tuple(Cell((Run(h),), bold=True) for h in header),),
                 rows=tuple(tuple(Cell((Run(t),)) for t in row) for row in rows))


def _doc(*parts, **fields) -> Document:
    return Document(title=fields.pop("title", "ทดสอบ"), parts=parts, **fields)


@pytest.fixture(scope="module")
def thai():
    return _book(render_xlsx(specimen_document(DigitStyle.THAI, signed=True)))


@pytest.fixture(scope="module")
def arabic():
    return _book(render_xlsx(specimen_document(DigitStyle.ARABIC)))


def _pages(ws) -> list[tuple[int, int]]:
    """The printed pages of a sheet as (first, last) rows: its print area cut at its breaks."""
    area = ws.print_area.split("!")[-1].replace("$", "")
    first, last = (int("".join(ch for ch in end if ch.isdigit())) for end in area.split(":"))
    cuts = sorted(brk.id for brk in ws.row_breaks.brk)
    starts = [first] + [cut + 1 for cut in cuts]
    return list(zip(starts, [cut for cut in cuts] + [last], strict=True))


def _page_of(ws, row: int) -> int:
    return next(n for n, (first, last) in enumerate(_pages(ws)) if first <= row <= last)


def _rows_with(ws, text: str) -> list[int]:
    return [cell.row for line in ws.iter_rows() for cell in line
            if isinstance(cell.value, str) and cell.value.startswith(text)]


@pytest.mark.parametrize("book", ["thai", "arabic"])
def test_specimen_sheet_title_rows_and_header(book, request):
    workbook = request.getfixturevalue(book)
    assert workbook.sheetnames == (SHEETS_THAI if book == "thai" else SHEETS_ARABIC)
    ws = workbook["ผู้รับผิดชอบ"]
    assert ws["A1"].value == "คำสั่งตรวจคนเข้าเมืองจังหวัดศรีวารินทร์"
    assert ws["A1"].font.b and ws["A1"].font.sz == 20
    assert ws["A2"].value == ("ที่ ๒๗/๒๕๖๘" if book == "thai" else "ที่ 27/2568")
    assert "A1:D1" in _merges(ws)
    heading = _find(workbook["คณะทำงาน"], "๑. หลักการ" if book == "thai" else "1. หลักการ")
    assert heading.font.b and heading.font.sz == 16
    top = _find(ws, "ลำดับ").row
    assert [ws.cell(top, c).value for c in range(1, 5)] == ["ลำดับ", "ผู้รับผิดชอบ", None,
                                                            "กำหนดส่ง"]
    assert [ws.cell(top + 1, c).value for c in (2, 3)] == ["ชื่อ", "ตำแหน่ง"]
    # The model's merges: ลำดับ and กำหนดส่ง down two rows, ผู้รับผิดชอบ over two columns.
    assert {f"A{top}:A{top + 1}", f"B{top}:C{top}", f"D{top}:D{top + 1}"} <= _merges(ws)
    total = _find(ws, "รวม")
    assert f"A{total.row}:C{total.row}" in _merges(ws)
    assert total.alignment.horizontal == "right"
    header = ws.cell(top, 2)
    assert header.font.b and header.font.sz == 14 and header.fill.fgColor.rgb.endswith("D9D9D9")
    assert header.alignment.horizontal == "center" and header.border.left.style == "thin"
    body = ws.cell(top + 2, 3)
    assert body.border.bottom.style == "thin" and body.alignment.wrap_text
    # Headers are written again where the body goes on, not repeated by print titles.
    assert not ws.print_title_rows


def test_fonts_are_the_document_font_with_model_sizes(thai):
    ws = thai["ผู้รับผิดชอบ"]
    top = _find(ws, "ลำดับ").row
    for sheet in thai.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value:
                    assert cell.font.name == FONT, (sheet.title, cell.coordinate)
    assert ws.cell(top + 2, 2).font.sz == 14 and not ws.cell(top + 2, 2).font.b
    assert _find(thai["คณะทำงาน"], "อีเมล").font.sz == 16
    assert _find(thai["ส่วนที่ ๔"], "(วิชัย ตัวอย่าง)").font.sz == 16


def test_digits_follow_the_document_and_verbatim_runs_do_not(thai, arabic):
    top = _find(thai["ผู้รับผิดชอบ"], "ลำดับ").row + 2
    assert thai["ผู้รับผิดชอบ"].cell(top, 1).value == "๑"
    assert thai["ผู้รับผิดชอบ"].cell(top, 4).value == "๑ มี.ค. ๒๕๖๘"
    assert arabic["ผู้รับผิดชอบ"].cell(top, 1).value == "1"
    assert arabic["ผู้รับผิดชอบ"].cell(top, 4).value == "1 มี.ค. 2568"
    assert _find(thai["คณะทำงาน"], "๑. จัดทำข้อมูลพื้นฐาน O๑ ถึง O๘")  # list numbers in Thai
    assert _find(arabic["คณะทำงาน"], "1. จัดทำข้อมูลพื้นฐาน O1 ถึง O8")
    assert _find(thai["คณะทำงาน"], "อีเมล").value == "อีเมล ita2568@immigration.go.th"


def test_mixed_runs_become_rich_text(thai):
    from openpyxl.cell.rich_text import CellRichText

    cell = _find(thai["คณะทำงาน"], "คำที่ยาก")
    rich = _book(render_xlsx(specimen_document()), rich_text=True)["คณะทำงาน"]
    value = rich[cell.coordinate].value
    assert isinstance(value, CellRichText)
    assert [bool(block.font.b) for block in value] == [False, True]
    assert {block.font.rFont for block in value} == {FONT}


def test_grid_less_table_has_no_borders_and_no_fill(thai):
    ws = thai["คณะทำงาน"]
    member = _find(ws, "พันตำรวจเอก วิชัย")
    for col in (1, 2, 3):
        cell = ws.cell(member.row, col)
        assert cell.border.left.style is None and cell.border.bottom.style is None
        assert cell.fill.fill_type is None
    assert ws.cell(member.row, 1).value == "๑.๑"
    assert ws.cell(member.row, 3).value == "หัวหน้าคณะทำงาน"  # the role in its own column
    # The grid-lined table of the same document keeps its lines.
    assert _find(thai["ผู้รับผิดชอบ"], "ลำดับ").border.top.style == "thin"


def test_group_rows_span_every_column(thai):
    ws = thai["ปฏิทินกิจกรรม"]
    for group in ("ช่วงเตรียมการประเมิน", "ช่วงดำเนินการประเมิน",
                  "ช่วงสรุปผลและเผยแพร่ผลการประเมิน"):
        cell = _find(ws, group)
        assert cell.column == 1 and cell.font.b
        assert f"A{cell.row}:E{cell.row}" in _merges(ws)
    # Steps run on under their group: 1 and 2 under the first, 3 under the second.
    first, second = _find(ws, "ช่วงเตรียมการประเมิน").row, _find(ws, "ช่วงดำเนินการประเมิน").row
    assert [ws.cell(first + 1, 1).value, ws.cell(first + 2, 1).value] == [1, 2]
    assert ws.cell(second + 1, 1).value == 3


@pytest.mark.parametrize(("book", "labels"), [
    ("thai", ("๑.", "๑.๑", "๑.๑.๑", "๑.๑.๒", "๑.๒", "๒.")),
    ("arabic", ("1.", "1.1", "1.1.1", "1.1.2", "1.2", "2.")),
])
def test_nested_lists_number_every_level_and_indent_by_depth(book, labels, request):
    ws = request.getfixturevalue(book)["คณะทำงาน"]
    first = _find(ws, f"{labels[0]} ระเบียบวาระที่").row
    # In reading order, skipping a page-number row that may fall between.
    cells = [cell for cell in ws["A"][first - 1:first + 7]
             if cell.alignment.indent][:6]
    assert [cell.value.split(" ")[0] for cell in cells] == list(labels)
    assert cells[1].value == f"{labels[1]} ผลการประเมินปีที่ผ่านมา"
    assert [cell.alignment.indent for cell in cells] == [1, 2, 3, 3, 2, 1]


def _anchor_cm(picture) -> tuple[float, float]:
    from openpyxl.utils.units import EMU_to_cm

    return EMU_to_cm(picture.anchor.ext.width), EMU_to_cm(picture.anchor.ext.height)


def test_pictures_are_placed_at_their_given_size(arabic):
    ws = arabic["ผู้รับผิดชอบ"]
    sizes = [_anchor_cm(picture) for picture in ws._images]
    # The 400 x 300 photo 8 cm wide keeps its proportions; the emblem is 3 x 3 cm.
    assert any(w == pytest.approx(8.0, abs=0.05) and h == pytest.approx(6.0, abs=0.05)
               for w, h in sizes)
    assert any(w == pytest.approx(3.0, abs=0.05) and h == pytest.approx(3.0, abs=0.05)
               for w, h in sizes)
    caption = _find(ws, "ภาพที่ 5 จุดบริการ")
    assert caption.alignment.horizontal == "center"


def test_a_picture_is_never_wider_than_the_sheet():
    from ita_desktop.reports.model import Picture
    from ita_desktop.reports.specimen import specimen_png

    doc = _doc(_table([["ก", "ข"]], columns=(1, 1)), Picture(specimen_png(), width_cm=40.0))
    ws = _book(render_xlsx(doc)).active
    width = sum(ws.column_dimensions[c].width * 7 + 5 for c in "AB") / 96 * 2.54
    assert _anchor_cm(ws._images[0])[0] <= width


def test_signers_side_by_side_share_their_rows(thai):
    ws = thai["ผู้รับผิดชอบ"]
    left, right = _find(ws, "(สุดา ตัวอย่าง)"), _find(ws, "(นางสาวมาลี ตัวอย่าง)")
    assert left.row == right.row and left.column < right.column
    assert f"A{left.row}:B{left.row}" in _merges(ws) and f"C{left.row}:D{left.row}" in _merges(ws)
    assert ws.cell(left.row - 1, 1).value.startswith("ร.ต.ท.หญิง ....")
    assert ws.cell(left.row - 1, 3).value.startswith("....")  # a civilian: no rank line
    assert ws.cell(left.row + 2, 1).value == "ผู้จดรายงานการประชุม"
    assert ws.cell(left.row + 2, 3).value == "ผู้ตรวจรายงานการประชุม"


def test_signature_block_as_the_seeds_print_it(thai):
    ws = thai["ส่วนที่ ๔"]
    name = _find(ws, "(สุดา ตัวอย่าง)")
    # The rank on the signing line, the bare name in brackets, position, role, date.
    assert name.column_letter == "C" and f"C{name.row}:D{name.row}" in _merges(ws)
    assert ws.cell(name.row - 1, 3).value == "ร.ต.ท.หญิง " + "." * 36
    assert ws.cell(name.row - 1, 3).alignment.vertical == "bottom"
    assert [ws.cell(name.row + n, 3).value for n in (1, 2, 3)] == [
        "รอง สว.ตม.จว.ศรีวารินทร์", "ผู้จัดทำ", "๒๑ พ.ย. ๒๕๖๙"]
    assert _find(ws, "ตรวจแล้วถูกต้อง").row + 1 == _find(ws, "พ.ต.ต. ....").row
    for row in ws.iter_rows():
        for cell in row:  # no rank inside the brackets
            if isinstance(cell.value, str) and cell.value.startswith("("):
                assert not cell.value.startswith(("(ร.", "(พ."))
    # The approver signed: the rank stands at the end of the left half, the signature
    # image starts right after it on the same row.
    approver = _find(ws, "(วิชัย ตัวอย่าง)").row
    rank = ws.cell(approver - 1, 3)
    assert rank.value == "พ.ต.อ." and rank.alignment.horizontal == "right"
    signature = [p for p in ws._images if p.anchor._from.row == approver - 2
                 and p.anchor._from.col >= 2]
    assert len(signature) == 1 and signature[0].anchor._from.col == 3
    # The signed copy's QR code stands in the free left half beside the approver, the
    # verification under it beside the approver's name, position, role and date.
    code = [p for p in ws._images if p.anchor._from.col == 0]
    assert len(code) == 1 and code[0].anchor._from.row == approver - 2
    line = _find(ws, "รายงานเลขที่")
    assert line.column == 1 and line.row == approver + 1
    hash_row = _find(ws, "ค่าแฮช").row
    assert approver + 1 < hash_row <= approver + 3
    assert f"A{line.row}:B{hash_row - 1}" in _merges(ws)


def test_blank_signers_leave_lines_for_hand_signatures():
    doc = _doc(_table([["ก", "ข"]]), SignatureBlock((Signer(role="ผู้รายงาน"),)))
    ws = _book(render_xlsx(doc)).active
    dots = "." * 36
    line = _find(ws, dots)
    assert line.value == dots and ws.cell(line.row + 1, line.column).value == f"({dots})"
    assert ws.cell(line.row + 2, line.column).value == "ผู้รายงาน"


def _long_document(rows: int, **fields) -> Document:
    table = _table([[f"ร.ต.อ.สมชาย ใจดี {n}", "รอง สว."] for n in range(1, rows + 1)])
    signers = tuple(Signer(role=role, rank="พ.ต.ท.", name=f"ผู้ลงนาม {n}", position="สว.",
                           date_text="1 ม.ค. 2568")
                    for n, role in enumerate(("ผู้จัดทำ", "ผู้ตรวจ", "ผู้อนุมัติ"), start=1))
    fields.setdefault("digits", DigitStyle.ARABIC)
    return _doc(TitleBlock(lines=((Run("บัญชีรายชื่อ"),),)), table,
                SignatureBlock(signers), **fields)


@pytest.mark.parametrize("rows", [18, 22, 26, 30, 34])
def test_signers_never_split_and_keep_rows_of_the_table(rows):
    ws = _book(render_xlsx(_long_document(rows))).active
    top = _rows_with(ws, "พ.ต.ท. ....")[0]
    bottom = _rows_with(ws, "(ผู้ลงนาม 3)")[0] + 3
    page = _page_of(ws, top)
    assert _page_of(ws, bottom) == page, "a signature block split over pages"
    first, _ = _pages(ws)[page]
    people = [cell.row for cell in ws["A"] if str(cell.value).startswith("ร.ต.อ.สมชาย")]
    # The last table rows print on the signers' page, the header over them.
    assert people[-1] in range(first, top) and people[-2] in range(first, top)
    header = _rows_with(ws, "ชื่อ")
    assert all(_page_of(ws, row + 1) == _page_of(ws, row) and
               str(ws.cell(row + 1, 1).value).startswith("ร.ต.อ.") for row in header)


def test_headers_repeat_on_every_page_the_table_goes_on_and_nowhere_else():
    ws = _book(render_xlsx(_long_document(90))).active
    pages = _pages(ws)
    assert len(pages) >= 3
    for first, last in pages:
        body = [row for row in range(first, last + 1)
                if str(ws.cell(row, 1).value).startswith("ร.ต.อ.สมชาย")]
        headers = [row for row in range(first, last + 1) if ws.cell(row, 1).value == "ชื่อ"]
        if body:
            assert len(headers) == 1 and headers[0] < body[0]
        else:
            assert not headers
    assert ws.freeze_panes == f"A{_rows_with(ws, 'ชื่อ')[0] + 1}"


def test_the_documents_page_breaks_start_pages(thai):
    ws = thai["ผู้รับผิดชอบ"]
    heading = _find(ws, "๓. ภาพกิจกรรม").row
    continued = _find(ws, "/ ๓. ภาพกิจกรรม")
    assert continued.alignment.horizontal == "right"
    assert _pages(ws)[_page_of(ws, heading)][0] == heading
    assert _page_of(ws, continued.row) == _page_of(ws, heading) - 1


@pytest.mark.parametrize(("digits", "numbers"), [
    (DigitStyle.THAI, ("๑ / ๔", "๒ / ๔", "๓ / ๔", "๔ / ๔")),
    (DigitStyle.ARABIC, ("1 / 4", "2 / 4", "3 / 4", "4 / 4")),
])
def test_page_numbers_in_the_documents_digits_at_the_foot_of_every_page(digits, numbers):
    ws = _book(render_xlsx(_long_document(60, digits=digits))).active
    feet = [ws.cell(last, 1) for _, last in _pages(ws)]
    assert [cell.value for cell in feet] == list(numbers)
    assert all(cell.alignment.horizontal == "center" for cell in feet)
    assert not ws.oddFooter.center.text  # no &P: Excel would print it in Arabic digits
    unnumbered = _book(render_xlsx(_long_document(60, page_numbers=False))).active
    assert len(_pages(unnumbered)) == 4 and not _rows_with(unnumbered, "1 / 4")


def test_draft_marked_on_screen_and_on_every_printed_page():
    from datetime import datetime

    made = datetime(2025, 3, 15, 9, 30)
    book = _book(render_xlsx(specimen_document(draft=True).__class__(
        **{**specimen_document(draft=True).__dict__, "created": made})))
    for ws in book.worksheets:
        assert ws["A1"].value == DRAFT_MARK and ws["A1"].font.color.rgb.endswith("C00000")
        assert ws.oddHeader.center.text == DRAFT_MARK
        # The banner is for the screen: the print header carries the mark on paper.
        assert ws.print_area.split("!")[-1].startswith("$A$2:")
    assert book.properties.created == made
    clean = _book(render_xlsx(specimen_document()))
    for ws in clean.worksheets:
        assert ws["A1"].value != DRAFT_MARK and not ws.oddHeader.center.text
        assert ws.print_area.split("!")[-1].startswith("$A$1:")
    assert not any(DRAFT_MARK == cell.value for ws in clean.worksheets
                   for row in ws.iter_rows() for cell in row)


def test_pictures_footer_and_verification(thai, arabic):
    signed, unsigned = thai["ผู้รับผิดชอบ"], arabic["ผู้รับผิดชอบ"]
    # Four activity pictures, the 8 cm photo and the 3 cm emblem; the signed copy's QR
    # code and the approver's signature are on the last sheet.
    assert len(unsigned._images) == 6 and len(signed._images) == 6
    assert len(thai["ส่วนที่ ๔"]._images) == 2 and len(arabic["ส่วนที่ 4"]._images) == 1
    assert _find(signed, "ภาพที่ ๑ การประชุม")
    check = specimen_document(signed=True).verification
    assert _find(thai["ส่วนที่ ๔"], "รายงานเลขที่").value == check.parts[0]
    # The whole line, on one line, in the page footer.
    assert all(ws.oddFooter.left.text == check.line for ws in thai.worksheets)
    assert not unsigned.oddFooter.left.text


def test_print_setup(thai):
    for ws in thai.worksheets:
        assert ws.page_setup.paperSize == 9
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        last = ws.print_area.split(":")[-1].replace("$", "")
        assert last == f"{chr(64 + ws.max_column)}{ws.max_row}"
    ws = thai["ผู้รับผิดชอบ"]
    assert ws.page_setup.orientation == "portrait"
    assert ws.page_margins.left == pytest.approx(3 / 2.54)
    assert ws.page_margins.right == pytest.approx(2 / 2.54)
    assert thai.properties.title == "เอกสารตัวอย่าง ITA Desktop"
    assert thai.properties.creator == "ตม.จว.ศรีวารินทร์"


def test_sections_go_to_sheets_of_their_own_with_their_orientation(thai):
    calendar = thai["ปฏิทินกิจกรรม"]
    assert calendar.page_setup.orientation == "landscape"
    assert calendar.page_margins.left == pytest.approx(2 / 2.54)
    assert _find(calendar, "ปฏิทินกิจกรรม ๑")  # the heading after the break came along
    last = thai["ส่วนที่ ๔"]
    assert last.page_setup.orientation == "portrait"
    assert _find(last, LONG_THAI[:30]) and _find(last, "(วิชัย ตัวอย่าง)")
    with pytest.raises(AssertionError):
        _find(thai["ผู้รับผิดชอบ"], "(วิชัย ตัวอย่าง)")
    doc = _doc(_table([["ก", "ข"]]), SectionBreak(PageSetup(orientation=Orientation.LANDSCAPE)),
               Paragraph((Run("ภาคผนวก"),)), digits=DigitStyle.ARABIC)
    book = _book(render_xlsx(doc))
    assert book.sheetnames == ["ตาราง 1", "ส่วนที่ 2"]
    assert book["ส่วนที่ 2"].page_setup.orientation == "landscape"


@pytest.mark.parametrize(("digits", "total_format", "step_format"), [
    (DigitStyle.THAI, '[$-D00041E]0" รายการ"', "[$-D00041E]0"),
    (DigitStyle.ARABIC, '0" รายการ"', "0"),
])
def test_numbers_are_stored_as_numbers_and_shown_as_their_text(digits, total_format,
                                                               step_format):
    book = _book(render_xlsx(specimen_document(digits)))
    total = _find(book["ผู้รับผิดชอบ"], "รวม")
    count = book["ผู้รับผิดชอบ"].cell(total.row, 4)
    assert count.value == 30 and count.data_type == "n"
    assert count.number_format == total_format
    step = book["ปฏิทินกิจกรรม"].cell(_find(book["ปฏิทินกิจกรรม"], "ช่วงเตรียม").row + 1, 1)
    assert step.value == 1 and step.number_format == step_format
    # Cells without a number stay text, so "๑" in a list column is never added up.
    assert book["ผู้รับผิดชอบ"].cell(total.row - 1, 1).data_type == "s"


def test_number_formats_keep_decimals_thousands_and_fall_back_to_general():
    from ita_desktop.reports.xlsx_text import number_format

    def fmt(text: str, number: float, digits=DigitStyle.ARABIC) -> str:
        return number_format(Cell((Run(text),), number=number), digits)

    assert fmt("คะแนน 85.50", 85.5) == '"คะแนน "0.00'
    assert fmt("1,234 นาย", 1234) == '#,##0" นาย"'
    assert fmt("๑๒ ข้อ", 12) == '0" ข้อ"'  # Thai digits in the model's text are read too
    assert fmt("ครบ", 3) == "General"
    assert fmt("ปี 2568 มี 4 ครั้ง", 4) == '"ปี ๒๕๖๘ มี "0" ครั้ง"'.replace("๒๕๖๘", "2568")
    assert fmt("ปี 2568 มี 4 ครั้ง", 4, DigitStyle.THAI) == '[$-D00041E]"ปี ๒๕๖๘ มี "0" ครั้ง"'


def test_a_paragraph_stays_on_the_sheet_of_the_table_it_follows():
    """The fact sheet's shape: the footnote under section 2's table stays on its sheet;
    the next heading goes with the next table."""
    doc = _doc(TitleBlock(lines=((Run("ข้อมูลพื้นฐานของหน่วยงาน"),),)),
               Heading((Run("๑. ข้อมูลหน่วยงาน"),)), _table([["ก", "ข"]], title="หน่วยงาน"),
               Heading((Run("๒. สายงาน"),)), _table([["ค", "ง"]], title="สายงาน"),
               Paragraph((Run("หัวหน้าสายงานคือผู้มียศสูงสุด"),), size=14),
               Heading((Run("๓. บัญชีรายชื่อ"),)), _table([["จ", "ฉ"]], title="บัญชีรายชื่อ"))
    book = _book(render_xlsx(doc))
    units, sections, roster = book.worksheets
    assert _find(sections, "หัวหน้าสายงานคือ").row > _find(sections, "ค").row
    assert _find(roster, "๓. บัญชีรายชื่อ").row < _find(roster, "จ").row
    for ws in (units, roster):
        with pytest.raises(AssertionError):
            _find(ws, "หัวหน้าสายงานคือ")
    # A lead-in marked keep-with-next goes with the table after it instead.
    doc = _doc(_table([["ก", "ข"]]), Paragraph((Run("หมายเหตุ"),)),
               Paragraph((Run("ตารางต่อไปนี้"),), keep_with_next=True), _table([["ค", "ง"]]))
    first, second = _book(render_xlsx(doc)).worksheets
    assert _find(first, "หมายเหตุ") and _find(second, "ตารางต่อไปนี้")


def test_wide_or_landscape_tables_print_landscape():
    wide = _table([["ก" * 60, "ข" * 60]])
    ws = _book(render_xlsx(_doc(wide))).active
    assert ws.page_setup.orientation == "landscape"
    narrow = _table([["ก", "ข"]])
    landscape = PageSetup(orientation=Orientation.LANDSCAPE)
    assert _book(render_xlsx(_doc(narrow))).active.page_setup.orientation == "portrait"
    ws = _book(render_xlsx(_doc(narrow, page=landscape))).active
    assert ws.page_setup.orientation == "landscape"


def test_freeze_below_the_header_unless_the_rows_above_are_too_tall(thai):
    title = TitleBlock(lines=((Run("บัญชีรายชื่อ"),),))
    ws = _book(render_xlsx(_doc(title, _table([["ก", "ข"]] * 5)))).active
    top = _find(ws, "ชื่อ").row
    assert ws.freeze_panes == f"A{top + 1}"
    # The specimen has a page of text above its table: frozen, it could not be scrolled.
    assert thai.active.freeze_panes is None


def test_column_widths_count_only_letters_that_take_room():
    word = "ผู้ที่น้ำ"
    assert (len(word), display_width(word)) == (9, 4)  # ำ takes room, the other marks none
    ws = _book(render_xlsx(_doc(_table([[word * 4, "x"]], columns=(1, 1), size=16)))).active
    width = ws.column_dimensions["A"].width
    assert width < len(word * 4) * UNITS_PER_CHAR
    assert width >= display_width(word * 4) * UNITS_PER_CHAR
    ws = _book(render_xlsx(_doc(_table([[LONG_THAI, "x"]])))).active
    assert ws.column_dimensions["A"].width == 60  # capped; the text wraps


def test_row_heights_are_set_and_grow_with_wrapping():
    ws = _book(render_xlsx(_doc(_table([["สั้น", "x"], [LONG_THAI, "x"]])))).active
    short, long = _find(ws, "สั้น").row, _find(ws, LONG_THAI[:20]).row
    for row in range(1, ws.max_row + 1):
        assert ws.row_dimensions[row].height, row
    assert ws.row_dimensions[short].height >= 21  # 14 pt Thai: 1.5 x size per line
    assert ws.row_dimensions[long].height > 4 * ws.row_dimensions[short].height


def test_long_text_is_split_over_rows_between_words():
    text = " ".join([LONG_THAI] * 6)
    ws = _book(render_xlsx(_doc(_table([["ก"]], header=("ก",), columns=(1,)),
                                Paragraph((Run(text),)), digits=DigitStyle.ARABIC))).active
    rows = [cell for cell in ws["A"] if isinstance(cell.value, str) and len(cell.value) > 20]
    assert len(rows) > 6
    assert "".join(cell.value for cell in rows) == text
    # Every row ends at a word's end: "ประเมิน" is never cut into "ประ" + "เมิน".
    assert not any(cell.value.endswith("ประ") for cell in rows)
    assert all(ws.row_dimensions[r].height <= MAX_ROW_PT for r in range(1, ws.max_row + 1))


def test_one_sheet_per_table_with_its_preamble_and_trailing_parts():
    title = TitleBlock(lines=((Run("รายงานประจำปี 2568"),),))
    doc = _doc(title, Heading((Run("ส่วนที่ 1"),)), _table([["ก", "ข"]]),
               Paragraph((Run("ก่อนตารางที่สอง"),)), _table([["ค", "ง"]], title="ตาราง: ก/ข?"),
               _table([["จ", "ฉ"]], title="ตาราง: ก/ข?"), Paragraph((Run("ท้ายเอกสาร"),)),
               SignatureBlock((Signer(role="ผู้รายงาน"),)), digits=DigitStyle.THAI)
    book = _book(render_xlsx(doc))
    assert book.sheetnames == ["ตาราง ๑", "ตาราง  ก ข", "ตาราง  ก ข (๒)"]
    first, second, third = book.worksheets
    for ws in book.worksheets:  # every sheet opens with the document's title
        assert ws["A1"].value == "รายงานประจำปี ๒๕๖๘"
    assert _find(first, "ส่วนที่ ๑")
    # A paragraph after a table stays on that table's sheet.
    assert _find(first, "ก่อนตารางที่สอง").row > _find(first, "ก").row
    numbered = _book(render_xlsx(_doc(_table([["ก", "ข"]], title="ตัวชี้วัด O1-O8"))))
    assert numbered.sheetnames == ["ตัวชี้วัด O๑-O๘"]  # sheet names take the digit style too
    assert _find(third, "ท้ายเอกสาร").row > _find(third, "จ").row
    assert _find(third, "." * 36) and _find(third, "(" + "." * 36 + ")")
    with pytest.raises(AssertionError):
        _find(first, "ท้ายเอกสาร")


def test_sheet_names_follow_excels_rules():
    long = "ผู้รับผิดชอบการเผยแพร่ข้อมูลต่อสาธารณะ[ปี]*"
    book = _book(render_xlsx(_doc(_table([["ก", "ข"]], title=long),
                                  _table([["ก", "ข"]], title=long),
                                  _table([["ก", "ข"]], title="History"),
                                  digits=DigitStyle.ARABIC)))
    first, second, third = book.sheetnames
    assert len(first) <= 31 and len(second) <= 31 and second.endswith(" (2)")
    assert not set("[]:*?/\\") & set(first + second)
    assert display_width(first[-1]) == 1  # not cut between a letter and its marks
    assert third == "History (2)"


def test_document_without_a_table_is_refused():
    with pytest.raises(NotTabularError, match="no table") as caught:
        render_xlsx(_doc(Paragraph((Run("ข้อความ"),))))
    assert isinstance(caught.value, ValueError)


def test_control_characters_are_stripped_and_formulas_stay_text():
    table = Table(columns=(1, 1), header_rows=(),
                  rows=((Cell((Run("ab\x07c\x1bd"),)), Cell((Run("=1+1"),), align=Align.RIGHT)),))
    data = render_xlsx(_doc(table, Paragraph((Run("หัว\x00เรื่อง"),)), title="ชื่อ\x01เรื่อง",
                            digits=DigitStyle.ARABIC))
    ws = _book(data).active
    assert ws["A1"].value == "abcd" and ws["B1"].value == "=1+1"
    assert ws["B1"].data_type == "s"
    assert _find(ws, "หัวเรื่อง") and ws.freeze_panes is None and not ws.print_title_rows


def test_progress_follows_every_part():
    doc = specimen_document()
    calls: list[tuple[int, int]] = []
    render_xlsx(doc, progress=lambda done, total: calls.append((done, total)))
    total = len(doc.parts)
    assert calls == [(done, total) for done in range(1, total + 1)]


def test_openpyxl_and_qt_are_not_imported_with_the_module():
    code = ("import sys, ita_desktop.reports.render_xlsx; "
            "print(any(m in sys.modules for m in ('openpyxl', 'PySide6')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def _blank(ws, row: int) -> bool:
    return all(ws.cell(row, col).value is None for col in range(1, ws.max_column + 1))


@pytest.mark.parametrize("signed", [False, True])
def test_no_page_holds_only_its_number_or_opens_with_a_blank_row(signed):
    """The spacing under a signature block once overflowed a full page onto a page of its
    own: the draft roster printed a third page with nothing but "ร่าง" and "๓ / ๓"."""
    from dataclasses import replace

    check = specimen_document(signed=True).verification if signed else None
    for rows in range(10, 56):
        doc = replace(_long_document(rows, draft=True), verification=check)
        ws = _book(render_xlsx(doc)).active
        pages = _pages(ws)
        for number, (first, last) in enumerate(pages, start=1):
            assert ws.cell(last, 1).value == f"{number} / {len(pages)}"
            assert not _blank(ws, first), (rows, number)
            assert any(not _blank(ws, row) for row in range(first, last)), (rows, number)


@pytest.mark.parametrize("rows", [14, 20, 24])
def test_the_qr_code_never_stands_alone_on_the_last_page(rows):
    from dataclasses import replace

    doc = replace(_long_document(rows), verification=specimen_document(signed=True).verification)
    ws = _book(render_xlsx(doc)).active
    code = _find(ws, "รายงานเลขที่").row
    first, _ = _pages(ws)[_page_of(ws, code)]
    assert any(str(ws.cell(row, 2).value).startswith("(ผู้ลงนาม 3)") for row in range(first, code))


def test_signers_too_tall_to_stack_on_a_landscape_page_go_side_by_side():
    landscape = PageSetup(orientation=Orientation.LANDSCAPE, left_cm=2.0, right_cm=2.0)
    table = _table([["ก", "ข", "ค", "ง", "จ", "ฉ"]] * 3, header=("1", "2", "3", "4", "5", "6"),
                   columns=(1, 1, 1, 1, 1, 1))
    signers = tuple(Signer(role=f"ผู้ลงนาม {n}", rank="พ.ต.ท.", name=f"ชื่อ {n}",
                           position="สว.", date_text="1 ม.ค. 2568", above="ตรวจแล้วถูกต้อง")
                    for n in (1, 2, 3))
    ws = _book(render_xlsx(_doc(table, SignatureBlock(signers), page=landscape,
                                digits=DigitStyle.ARABIC))).active
    names = [_find(ws, f"(ชื่อ {n})") for n in (1, 2, 3)]
    assert len({cell.row for cell in names}) == 1
    assert [cell.column for cell in names] == [1, 3, 5]
    portrait = _book(render_xlsx(_doc(_table([["ก", "ข"]]), SignatureBlock(signers),
                                      digits=DigitStyle.ARABIC))).active
    assert len({_find(portrait, f"(ชื่อ {n})").row for n in (1, 2, 3)}) == 3


def test_libreoffice_prints_the_pages_as_laid_out(libreoffice_home, tmp_path):
    """LibreOffice with a stand-in sized like TH Sarabun New: no page more than planned (it
    added no break of its own), the draft mark and the page number on every page, numbers
    in Thai digits, and each signature block on one page."""
    from ita_desktop.reports.pdf_read import pdf_pages_text

    data = render_xlsx(specimen_document(draft=True))
    source = tmp_path / "specimen.xlsx"
    source.write_bytes(data)
    pages = pdf_pages_text(convert(source, "pdf", tmp_path, libreoffice_home).read_bytes())
    planned = [(ws.title, len(_pages(ws))) for ws in _book(data).worksheets]
    assert len(pages) == sum(count for _, count in planned), planned
    numbers = [f"{n} / {count}" for _, count in planned for n in range(1, count + 1)]
    for text, number in zip(pages, numbers, strict=True):
        assert DRAFT_MARK in text
        assert written(Run(number), DigitStyle.THAI) in text.replace("\r\n", " ")
    everything = "\n".join(pages)
    assert "๓๐ รายการ" in everything and "30 รายการ" not in everything
    for names in (("(ประสิทธิ์ ตัวอย่าง)", "(วิชัย ตัวอย่าง)", "ตรวจแล้วถูกต้อง"),
                  ("(นางสาวมาลี ตัวอย่าง)", "ผู้จดรายงานการประชุม")):
        holding = {index for index, text in enumerate(pages) for name in names if name in text}
        assert len(holding) == 1, names
        # ... with the last lines of what they sign for on the same page.
        assert "(สุดา ตัวอย่าง)" in pages[holding.pop()]


def _sections_of_long_documents(**fields) -> Document:
    """Long tables on sheets of their own, portrait and landscape in turn, each ending in a
    signature block: many page ends in one workbook, for one LibreOffice run."""
    parts: list = []
    for index, rows in enumerate(range(24, 90, 11)):
        if index:
            parts.append(SectionBreak(PageSetup(orientation=Orientation.LANDSCAPE)
                                      if index % 2 else PageSetup()))
        parts += _long_document(rows).parts
    return _doc(*parts, digits=DigitStyle.THAI, **fields)


def _fit_documents() -> list[Document]:
    from dataclasses import replace

    check = specimen_document(signed=True).verification
    return [specimen_document(draft=True), specimen_document(signed=True),
            _sections_of_long_documents(draft=True),
            _sections_of_long_documents(verification=check),
            replace(_long_document(40), page=PageSetup(orientation=Orientation.LANDSCAPE))]


@pytest.mark.parametrize("index", range(5))
def test_every_planned_page_fits_its_printed_page_with_room_to_spare(index):
    """The page numbers are right only if Excel and LibreOffice never break a page of their
    own. Read back from the file alone: every printed row has its height written, in whole
    pixels; the sheet is fitted to the page width only, which both programs do by shrinking
    alone; and the rows of every planned page, at the largest scale the sheet can print at,
    fill at most 95 % of the height inside the margins."""
    book = _book(render_xlsx(_fit_documents()[index]))
    for ws in book.worksheets:
        setup = ws.page_setup
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
        landscape = setup.orientation == "landscape"
        page_w, page_h = ((29.7, 21.0) if landscape else (21.0, 29.7))
        margins = ws.page_margins
        text_w = page_w / 2.54 * 72 - (margins.left + margins.right) * 72
        text_h = page_h / 2.54 * 72 - (margins.top + margins.bottom) * 72
        # The narrowest the sheet can be drawn: 7 pixels (5.25 pt) a width unit.
        sheet_w = sum(dim.width * 5.25 for dim in ws.column_dimensions.values())
        largest_scale = min(1.0, text_w / sheet_w)
        for first, last in _pages(ws):
            heights = [ws.row_dimensions[row].height for row in range(first, last + 1)]
            assert all(height and (height / 0.75).is_integer() for height in heights), \
                (ws.title, first, heights)
            assert sum(heights) * largest_scale <= 0.95 * text_h, (ws.title, first)


def test_libreoffice_breaks_no_page_of_its_own_at_any_page_end(libreoffice_home, tmp_path):
    """Many planned page ends, portrait and landscape, drafts and signed copies: LibreOffice
    prints exactly the planned pages, each with its own number and the draft mark."""
    from ita_desktop.reports.pdf_read import pdf_pages_text

    check = specimen_document(signed=True).verification
    for name, doc in (("draft", _sections_of_long_documents(draft=True)),
                      ("signed", _sections_of_long_documents(verification=check))):
        data = render_xlsx(doc)
        source = tmp_path / f"{name}.xlsx"
        source.write_bytes(data)
        pages = pdf_pages_text(convert(source, "pdf", tmp_path, libreoffice_home).read_bytes())
        counts = [len(_pages(ws)) for ws in _book(data).worksheets]
        assert len(pages) == sum(counts), (name, counts)
        numbers = [written(Run(f"{n} / {count}"), DigitStyle.THAI)
                   for count in counts for n in range(1, count + 1)]
        for text, number in zip(pages, numbers, strict=True):
            assert number in text.replace("\r\n", " "), (name, number)
            assert (DRAFT_MARK in text) == (name == "draft")


def _verification_cells(ws, check):
    """The cell of which version it is and the cell of ค่าแฮช and the hash."""
    head, tail = _find(ws, "รายงานเลขที่"), _find(ws, "ค่าแฮช")
    merged = next((m for m in ws.merged_cells.ranges if m.min_row == head.row
                   and m.min_col == head.column), None)
    bottom = merged.max_row if merged else head.row
    return head, tail, bottom


@pytest.mark.parametrize("place", ["beside", "beside a name alone", "under"])
def test_the_hash_is_never_broken_beside_or_under_the_qr_code(place):
    """A tester saw "ค่าแฮช 6D29" / "-BAEE-…" beside the QR code. Which version it is and
    ค่าแฮช with the hash are two lines, the second one a cell that never wraps (it shrinks
    when it must), so that neither the word nor the hash breaks."""
    check = specimen_document(signed=True).verification
    if place == "beside":
        ws = _book(render_xlsx(specimen_document(signed=True)))["ส่วนที่ ๔"]
    elif place == "beside a name alone":  # one row beside the code: the hash gets the next
        ws = _book(render_xlsx(_doc(_table([["ก", "ข"]]), SignatureBlock((
            Signer(role="", rank="พ.ต.ท.", name="ชื่อ"),)), verification=check))).active
    else:  # a landscape roster's signers side by side: the code goes under them
        landscape = PageSetup(orientation=Orientation.LANDSCAPE)
        signers = tuple(Signer(role=f"ผู้ลงนาม {n}", rank="พ.ต.ท.", name=f"ชื่อ {n}",
                               position="สว.") for n in (1, 2, 3))
        table = _table([["ก"] * 6] * 3, header=tuple("123456"), columns=(1,) * 6)
        ws = _book(render_xlsx(_doc(table, SignatureBlock(signers, columns=3), page=landscape,
                                    verification=check))).active
    head, tail, bottom = _verification_cells(ws, check)
    assert head.value == check.parts[0] and check.parts[0].endswith(
        written(Run("๒๒ พ.ย. ๒๕๖๙"), DigitStyle.THAI))
    assert tail.value == check.parts[1] == f"ค่าแฮช\u00a0{check.fingerprint}"
    assert (tail.row, tail.column) == (bottom + 1, head.column)
    assert not tail.alignment.wrap_text and tail.alignment.shrink_to_fit
    assert ws.row_dimensions[tail.row].height >= 24  # one line of 14 pt
    assert _page_of(ws, tail.row) == _page_of(ws, head.row)
    assert not _rows_with(ws, check.line)  # the whole line only in the footer


def test_text_that_looks_like_a_formula_stays_text_and_numbers_stay_numbers():
    """A remark typed as ``=HYPERLINK(…)`` is shown as typed, and stays text when someone
    edits the cell in Excel; a negative count is still a number that can be added up."""
    link = '=HYPERLINK("http://example.org/x","คลิก")'
    table = Table(
        columns=(3, 2), header_rows=((Cell((Run("ชื่อ"),)), Cell((Run("หมายเหตุ"),))),),
        rows=((Cell((Run(link),)), Cell((Run("-5"),), number=-5)),
              (Cell((Run("-"),)), Cell((Run("@SUM(A1)"),))),
              (Cell((Run("+6681"),)), Cell((Run("="), Run("1+1", bold=True)))),
              (Cell((Run("สุดา"),)), Cell((Run("-"),)))))
    ws = _book(render_xlsx(_doc(table, digits=DigitStyle.ARABIC)), rich_text=True).active
    for text in (link, "-", "@SUM(A1)", "+6681"):
        cell = _find(ws, text)
        assert (cell.data_type, cell.value) == ("s", text)
        assert cell.quotePrefix, text
    rich = ws.cell(_find(ws, "+6681").row, 2)
    assert str(rich.value) == "=1+1" and rich.data_type == "s" and rich.quotePrefix
    assert not _find(ws, "สุดา").quotePrefix
    count = ws.cell(_find(ws, link).row, 2)
    assert (count.data_type, count.value) == ("n", -5)
