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
    Align,
    Cell,
    Document,
    Heading,
    Orientation,
    PageSetup,
    Paragraph,
    Run,
    SignatureBlock,
    Signer,
    Table,
    TitleBlock,
)
from ita_desktop.reports.render_xlsx import (
    MAX_ROW_PT,
    UNITS_PER_CHAR,
    NotTabularError,
    render_xlsx,
)
from ita_desktop.reports.specimen import LONG_THAI, specimen_document

FONT = "TH Sarabun New"


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


@pytest.mark.parametrize("book", ["thai", "arabic"])
def test_specimen_sheet_title_rows_and_header(book, request):
    workbook = request.getfixturevalue(book)
    assert workbook.sheetnames == ["ผู้รับผิดชอบ"]
    ws = workbook.active
    assert ws["A1"].value == "คำสั่งตรวจคนเข้าเมืองจังหวัดศรีวารินทร์"
    assert ws["A1"].font.b and ws["A1"].font.sz == 20
    assert ws["A2"].value == ("ที่ ๒๗/๒๕๖๘" if book == "thai" else "ที่ 27/2568")
    assert "A1:D1" in _merges(ws)
    heading = _find(ws, "๑. หลักการ" if book == "thai" else "1. หลักการ")
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
    assert ws.print_title_rows.replace("$", "") == f"{top}:{top + 1}"


def test_fonts_are_the_document_font_with_model_sizes(thai):
    ws = thai.active
    top = _find(ws, "ลำดับ").row
    for row in ws.iter_rows():
        for cell in row:
            if cell.value:
                assert cell.font.name == FONT, cell.coordinate
    assert ws.cell(top + 2, 2).font.sz == 14 and not ws.cell(top + 2, 2).font.b
    assert _find(ws, "อีเมล").font.sz == 16
    assert _find(ws, "(ลงชื่อ)").font.sz == 16


def test_digits_follow_the_document_and_verbatim_runs_do_not(thai, arabic):
    top = _find(thai.active, "ลำดับ").row + 2
    assert thai.active.cell(top, 1).value == "๑"
    assert thai.active.cell(top, 4).value == "๑ มี.ค. ๒๕๖๘"
    assert arabic.active.cell(top, 1).value == "1"
    assert arabic.active.cell(top, 4).value == "1 มี.ค. 2568"
    assert _find(thai.active, "๑. จัดทำข้อมูลพื้นฐาน O๑ ถึง O๘")  # list numbers in Thai
    assert _find(arabic.active, "1. จัดทำข้อมูลพื้นฐาน O1 ถึง O8")
    assert _find(thai.active, "อีเมล").value == "อีเมล ita2568@immigration.go.th"


def test_mixed_runs_become_rich_text(thai):
    from openpyxl.cell.rich_text import CellRichText

    cell = _find(thai.active, "คำที่ยาก")
    rich = _book(render_xlsx(specimen_document()), rich_text=True).active[cell.coordinate].value
    assert isinstance(rich, CellRichText)
    assert [bool(block.font.b) for block in rich] == [False, True]
    assert {block.font.rFont for block in rich} == {FONT}


def test_signature_block_sits_over_the_right_half(thai):
    ws = thai.active
    sign = _find(ws, "(ลงชื่อ)")
    assert sign.column_letter == "C" and f"C{sign.row}:D{sign.row}" in _merges(ws)
    assert sign.value.endswith("ผู้จัดทำ")
    assert ws.cell(sign.row + 1, 3).value == "(ร.ต.ท.หญิง สุดา ตัวอย่าง)"
    assert ws.cell(sign.row + 2, 3).value == "รอง สว.ตม.จว.ศรีวารินทร์"
    assert ws.cell(sign.row + 3, 3).value == "๒๑ พ.ย. ๒๕๖๙"
    assert _find(ws, "ตรวจแล้วถูกต้อง").row + 1 == _find(ws, "(ลงชื่อ) " + "." * 36 + " ผู้ตรวจ").row


def test_pictures_footer_and_verification(thai, arabic):
    signed, unsigned = thai.active, arabic.active
    # Four activity pictures and one hand signature; the signed copy adds its QR code.
    assert len(unsigned._images) == 5 and len(signed._images) == 6
    assert _find(signed, "ภาพที่ ๑ การประชุม")
    line = specimen_document(signed=True).verification.line
    assert _find(signed, "รายงานเลขที่").value == line
    assert signed.oddFooter.left.text == line
    assert signed.oddFooter.right.text == "&P / &N"
    assert unsigned.oddFooter.center.text == "&P / &N" and not unsigned.oddFooter.left.text


def test_print_setup(thai):
    ws = thai.active
    assert ws.page_setup.paperSize == 9
    assert ws.page_setup.orientation == "portrait"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_margins.left == pytest.approx(3 / 2.54)
    assert ws.page_margins.right == pytest.approx(2 / 2.54)
    assert thai.properties.title == "เอกสารตัวอย่าง ITA Desktop"
    assert thai.properties.creator == "ตม.จว.ศรีวารินทร์"


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


def test_text_too_long_for_one_row_is_split_over_rows():
    text = " ".join([LONG_THAI] * 6)
    ws = _book(render_xlsx(_doc(_table([["ก"]], header=("ก",), columns=(1,)),
                                Paragraph((Run(text),))))).active
    rows = [row for row in ws.iter_rows(values_only=True) if row[0] and len(row[0]) > 100]
    assert len(rows) > 1
    assert "".join(row[0] for row in rows) == text
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
    numbered = _book(render_xlsx(_doc(_table([["ก", "ข"]], title="ตัวชี้วัด O1-O8"))))
    assert numbered.sheetnames == ["ตัวชี้วัด O๑-O๘"]  # sheet names take the digit style too
    assert _find(second, "ก่อนตารางที่สอง").row < _find(second, "ชื่อ").row
    assert _find(third, "ท้ายเอกสาร").row > _find(third, "จ").row
    assert _find(third, "(ลงชื่อ)") and _find(third, "(" + "." * 36 + ")")
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
