"""The DOCX renderer, read back with python-docx: what a user opening the file would notice."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
import zipfile
from datetime import UTC, date, datetime, timedelta
from functools import cache

import docx
import pytest
from docx.oxml.ns import qn

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.reports import signing
from ita_desktop.reports.model import (
    DRAFT_MARK,
    Cell,
    Document,
    Heading,
    ListBlock,
    Orientation,
    PageSetup,
    Paragraph,
    Picture,
    Run,
    SignatureBlock,
    Signer,
    Table,
)
from ita_desktop.reports.render_docx import list_indents_cm, render_docx
from ita_desktop.reports.specimen import specimen_document, specimen_png
from ita_desktop.services import reports
from tests.reports.standin_font import convert, libreoffice_home  # noqa: F401 fixture

FONT = "TH Sarabun New"
FINGERPRINT = "3F9A-21C0-77B4-E615"
THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


@cache
def rendered(digits: DigitStyle = DigitStyle.THAI, signed: bool = False) -> bytes:
    return render_docx(specimen_document(digits, signed=signed))


def opened(data: bytes):
    return docx.Document(io.BytesIO(data))


def part_xml(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


def all_text(document) -> str:
    """Every paragraph of the body, tables included, in document order."""
    return "\n".join(t.text or "" for t in document.element.body.iter(qn("w:t")))


def titled(document, title: str):
    (table,) = [t for t in document.tables
                if t._tbl.xpath("string(w:tblPr/w:tblCaption/@w:val)") == title]
    return table


def data_table(document):
    return titled(document, "ผู้รับผิดชอบ")


def texts(cell) -> list[str]:
    return [p.text for p in cell.paragraphs]


def keeps_with_next(paragraph) -> bool:
    return bool(paragraph._p.xpath("w:pPr/w:keepNext"))


def styled(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_title_lines_in_order_below_the_centred_emblem():
    document = opened(rendered())
    assert styled(document, "Title") == [
        "คำสั่งตรวจคนเข้าเมืองจังหวัดศรีวารินทร์",
        "ที่ ๒๗/๒๕๖๘",
        "เรื่อง แต่งตั้งคณะทำงานการประเมินคุณธรรมและความโปร่งใส",
    ]
    emblem = document.paragraphs[0]
    assert emblem.text == ""
    assert emblem.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    assert len(emblem._p.xpath(".//wp:inline")) == 1
    assert round(document.inline_shapes[0].height.cm, 2) == 3.0
    title = document.paragraphs[1]
    assert title.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    assert all(run.bold for run in title.runs) or title.style.font.bold


def test_headings_use_black_bold_heading_styles():
    document = opened(rendered())
    assert styled(document, "Heading 1") == ["๑. หลักการและเหตุผล", "๓. ภาพกิจกรรม",
                                             "ปฏิทินกิจกรรม ๑ การประเมินคุณธรรมและความโปร่งใส"]
    assert styled(document, "Heading 2") == ["๒. รายการและผู้รับผิดชอบ"]
    for name in ("Heading 1", "Heading 2", "Title"):
        style = document.styles[name].element
        assert style.xpath("w:rPr/w:color") == [], name
        assert style.xpath("w:rPr/w:b") and style.xpath("w:rPr/w:bCs"), name
        assert style.xpath("w:rPr/w:rFonts/@w:cs") == [FONT], name


def test_page_break_starts_the_photo_section_on_a_new_page():
    document = opened(rendered())
    heading = next(p for p in document.paragraphs if p.text == "๓. ภาพกิจกรรม")
    assert heading.paragraph_format.page_break_before is True
    continued = next(p for p in document.paragraphs if p.text.startswith("/ ๓."))
    assert continued.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT


def test_table_headers_repeat_and_merged_cells_are_real_merges():
    document = opened(rendered())
    # members, data, photos, side-by-side signers, calendar, signers
    assert len(document.tables) == 6
    table = data_table(document)
    rows = table._tbl.tr_lst
    assert len(rows) == 2 + 30 + 1
    assert [bool(row.xpath("w:trPr/w:tblHeader")) for row in rows[:3]] == [True, True, False]
    first, second, total = rows[0], rows[1], rows[-1]
    # ลำดับ spans two rows, ผู้รับผิดชอบ two columns
    assert first.tc_lst[0].xpath("w:tcPr/w:vMerge/@w:val") == ["restart"]
    assert second.tc_lst[0].xpath("w:tcPr/w:vMerge") != []
    assert first.tc_lst[1].xpath("w:tcPr/w:gridSpan/@w:val") == ["2"]
    assert len(first.tc_lst) == 3
    assert total.tc_lst[0].xpath("w:tcPr/w:gridSpan/@w:val") == ["3"]
    assert table.cell(0, 1).text == "ผู้รับผิดชอบ"
    assert table.cell(1, 2).text == "ตำแหน่ง"
    assert table.cell(2, 1).text == "ร.ต.อ.สมชาย ใจดี ๑"
    assert table.cell(31, 3).text == "๓๐ มี.ค. ๒๕๖๘"
    assert table.cell(32, 3).text == "๓๐ รายการ"
    assert table.cell(2, 0).paragraphs[0].alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    assert table.cell(32, 0).paragraphs[0].alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT
    header_run = table.cell(0, 1).paragraphs[0].runs[0]._r
    assert header_run.xpath("w:rPr/w:b") and header_run.xpath("w:rPr/w:bCs")
    body_run = table.cell(2, 1).paragraphs[0].runs[0]._r
    assert body_run.xpath("w:rPr/w:b") == []
    assert body_run.xpath("w:rPr/w:szCs/@w:val") == ["28"]  # Table.size 14 pt


def test_table_columns_are_proportional_over_the_text_width():
    table = data_table(opened(rendered()))
    widths = [int(w) for w in table._tbl.xpath("w:tblGrid/w:gridCol/@w:w")]
    assert sum(widths) == pytest.approx(16 / 2.54 * 1440, abs=4)  # 21 - 3 - 2 cm
    assert widths[1] / widths[0] == pytest.approx(4, rel=0.01)
    assert widths[2] / widths[0] == pytest.approx(5, rel=0.01)
    assert table._tbl.xpath("w:tblPr/w:tblLayout/@w:type") == ["fixed"]


@pytest.mark.parametrize("digits", [DigitStyle.THAI, DigitStyle.ARABIC])
def test_digits_follow_the_document_but_the_email_is_verbatim(digits):
    text = all_text(opened(rendered(digits)))
    assert "ita2568@immigration.go.th" in text
    without_email = text.replace("ita2568@immigration.go.th", "")
    if digits is DigitStyle.THAI:
        assert "ปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๒๔ รายการ" in text
        assert re.search("[0-9]", without_email) is None
    else:
        assert "ปีงบประมาณ พ.ศ. 2568 จำนวน 24 รายการ" in text
        assert "1. หลักการและเหตุผล" in text
        assert re.search("[๐-๙]", text) is None


def test_thai_font_in_defaults_and_styles_without_theme_fonts():
    data = rendered()
    styles_xml = part_xml(data, "word/styles.xml")
    for attr in THEME_ATTRS:
        assert attr not in styles_xml
    styles = opened(data).styles
    defaults = styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr")[0]
    normal = styles["Normal"].element.xpath("w:rPr")[0]
    for rpr in (defaults, normal):
        fonts = rpr.xpath("w:rFonts")[0]
        for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
            assert fonts.get(qn(f"w:{slot}")) == FONT
        assert rpr.xpath("w:sz/@w:val") == ["32"]
        assert rpr.xpath("w:szCs/@w:val") == ["32"]
        assert rpr.xpath("w:lang/@w:bidi") == ["th-TH"]
    spacing = styles.element.xpath("w:docDefaults/w:pPrDefault/w:pPr/w:spacing")[0]
    assert (spacing.get(qn("w:line")), spacing.get(qn("w:after"))) == ("240", "0")


def test_every_run_has_the_complex_script_font_and_bold_runs_bcs():
    document = opened(rendered())
    runs = document.element.body.xpath(".//w:r[w:t]")
    assert len(runs) > 100
    for run in runs:
        assert run.xpath("w:rPr/w:rFonts/@w:cs") == [FONT]
        assert run.xpath("w:rPr/w:szCs")
    bold = [run for run in runs if run.xpath("w:rPr/w:b")]
    assert bold and all(run.xpath("w:rPr/w:bCs") for run in bold)
    hard = next(r for r in runs if r.xpath("string(w:t)").startswith("เพื่อ ผู้"))
    assert hard.xpath("w:rPr/w:b") and hard.xpath("w:rPr/w:bCs")
    underlined = next(r for r in runs if r.xpath("string(w:t)") == " ขีดเส้นใต้")
    assert underlined.xpath("w:rPr/w:u/@w:val") == ["single"]


def test_a4_page_with_official_margins():
    section = opened(rendered()).sections[0]
    assert (round(section.page_width.cm, 2), round(section.page_height.cm, 2)) == (21.0, 29.7)
    assert round(section.left_margin.cm, 2) == 3.0
    assert round(section.right_margin.cm, 2) == 2.0
    assert round(section.top_margin.cm, 2) == 2.5
    assert round(section.bottom_margin.cm, 2) == 2.0


def test_landscape_page():
    doc = Document("แนวนอน", (Paragraph((Run("ข้อความ"),)),),
                   page=PageSetup(orientation=Orientation.LANDSCAPE))
    section = opened(render_docx(doc)).sections[0]
    assert (round(section.page_width.cm, 2), round(section.page_height.cm, 2)) == (29.7, 21.0)
    assert section.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE


@pytest.mark.parametrize("digits", [DigitStyle.THAI, DigitStyle.ARABIC])
def test_page_number_header_from_the_second_page(digits):
    section = opened(rendered(digits)).sections[0]
    assert section.different_first_page_header_footer is True
    header = section.header._element
    assert [t.strip() for t in header.xpath(".//w:instrText/text()")] == ["PAGE"]
    assert header.xpath(".//w:fldChar/@w:fldCharType") == ["begin", "separate", "end"]
    expected = "\t- ๒ -" if digits is DigitStyle.THAI else "\t- 2 -"
    assert section.header.paragraphs[0].text == expected
    # centred by a tab stop in the middle of the text width (16 cm)
    stops = section.header.paragraphs[0].paragraph_format.tab_stops
    assert [round(stop.position.cm, 2) for stop in stops] == [8.0, 16.0]
    assert section.first_page_header.is_linked_to_previous is False
    assert section.first_page_header._element.xpath(".//w:instrText") == []
    number_format = section._sectPr.xpath("w:pgNumType/@w:fmt")
    assert number_format == (["thaiNumbers"] if digits is DigitStyle.THAI else [])


@pytest.mark.parametrize("signed, count", [(False, 8), (True, 9)])
def test_pictures_are_inline(signed, count):
    data = rendered(DigitStyle.THAI, signed)
    document = opened(data)
    # emblem, four photos, two pictures, the approver's signature, and the QR code when
    # signed off
    assert len(document.inline_shapes) == count
    assert "wp:anchor" not in part_xml(data, "word/document.xml")
    assert "txbx" not in part_xml(data, "word/document.xml")
    if signed:
        (qr,) = [shape for shape in document.inline_shapes if round(shape.width.cm, 2) == 2.2]
        assert round(qr.height.cm, 2) == 2.2


def test_image_grid_is_a_borderless_table_with_captions():
    document = opened(rendered())
    grid = document.tables[2]
    assert (len(grid.rows), len(grid.columns)) == (2, 2)
    assert grid._tbl.xpath("w:tblPr/w:tblBorders/w:insideV/@w:val") == ["nil"]
    for index in range(4):
        cell = grid.cell(index // 2, index % 2)
        assert len(cell._tc.xpath(".//wp:inline")) == 1
        (shape,) = cell._tc.xpath(".//wp:inline/wp:extent/@cy")
        assert round(int(shape) / 360000, 2) == 5.0
        caption = cell.paragraphs[-1]
        assert caption.style.name == "Caption"
        assert caption.text == f"ภาพที่ {'๑๒๓๔'[index]} การประชุมชี้แจงผู้รับผิดชอบ"


SEED_SIGNERS = [
    "ร.ต.ท.หญิง ............................", "(สุดา ตัวอย่าง)", "รอง สว.ตม.จว.ศรีวารินทร์",
    "ผู้จัดทำ", "๒๑ พ.ย. ๒๕๖๙",
    "ตรวจแล้วถูกต้อง", "พ.ต.ต. ............................", "(ประสิทธิ์ ตัวอย่าง)",
    "สว.ตม.จว.ศรีวารินทร์", "ผู้ตรวจ", "๒๑ พ.ย. ๒๕๖๙",
    "พ.ต.อ. ", "(วิชัย ตัวอย่าง)", "ผกก.ตม.จว.ศรีวารินทร์", "ผู้อนุมัติ", "๒๒ พ.ย. ๒๕๖๙",
]


def test_signers_as_the_seeds_print_them_in_the_right_half():
    document = opened(rendered())
    table = document.tables[-1]
    assert (len(table.rows), len(table.columns)) == (1, 2)
    left, right = table.rows[0].cells
    assert texts(left) == [""]
    # the rank on the signing line, the bare name in brackets, position, role, date
    assert texts(right) == SEED_SIGNERS
    assert not any(line.startswith(("(ร.", "(พ.")) for line in texts(right))
    # the approver's signature picture sits on the signing line after the rank, no dots
    signing = right.paragraphs[SEED_SIGNERS.index("พ.ต.อ. ")]
    assert len(signing._p.xpath(".//wp:inline")) == 1
    assert all(p.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER for p in right.paragraphs)


def test_civilian_signs_without_a_rank_side_by_side_with_an_officer():
    document = opened(rendered())
    (table,) = [t for t in document.tables if "ผู้จดรายงานการประชุม" in t._tbl.xpath("string()")]
    assert (len(table.rows), len(table.columns)) == (1, 2)
    recorder, checker = table.rows[0].cells
    assert texts(recorder) == ["ร.ต.ท.หญิง ............................", "(สุดา ตัวอย่าง)",
                               "รอง สว.ตม.จว.ศรีวารินทร์", "ผู้จดรายงานการประชุม"]
    assert texts(checker) == ["............................", "(นางสาวมาลี ตัวอย่าง)",
                              "เจ้าหน้าที่ธุรการ", "ผู้ตรวจรายงานการประชุม"]
    widths = [int(w) for w in table._tbl.xpath("w:tblGrid/w:gridCol/@w:w")]
    assert widths[0] == widths[1]


def test_blank_signers_side_by_side_stay_level():
    block = SignatureBlock((Signer(role="ผู้จัดทำ"),
                            Signer(role="ผู้ตรวจ", above="ตรวจแล้วถูกต้อง", position="สว.")),
                           columns=2)
    document = opened(render_docx(Document("ลงชื่อ", (block,))))
    (table,) = document.tables
    assert (len(table.rows), len(table.columns)) == (1, 2)
    left, right = (texts(cell) for cell in table.rows[0].cells)
    # an empty line above keeps both signing lines level
    assert left[:2] == ["", "............................"]
    assert re.fullmatch(r"\( +\)", left[2])
    assert left[3] == "ผู้จัดทำ"
    assert right == ["ตรวจแล้วถูกต้อง", "............................", f"({' ' * 40})",
                     "สว.", "ผู้ตรวจ"]


def test_signers_are_never_split_and_keep_the_last_lines_of_the_text():
    document = opened(rendered())
    table = document.tables[-1]
    assert table._tbl.xpath("w:tr/w:trPr/w:cantSplit")
    lines = table.rows[0].cells[1].paragraphs
    assert all(keeps_with_next(p) for p in lines[:-1])
    assert not keeps_with_next(lines[-1])
    before = table._tbl.getprevious()
    assert before.tag == qn("w:p")
    assert before.xpath("string(.)").startswith("การประเมินคุณธรรม")
    assert before.xpath("w:pPr/w:keepNext")


def test_signers_after_a_table_keep_its_last_row_and_a_paragraph_between():
    table = Table(columns=(1, 3), header_rows=(), rows=tuple(
        (Cell((Run(str(n)),)), Cell((Run(f"ชื่อ {n}"),))) for n in range(1, 4)))
    block = SignatureBlock((Signer(role="ผู้จัดทำ", rank="ร.ต.อ.", name="สมชาย ใจดี"),))
    document = opened(render_docx(Document("ตาราง", (table, block))))
    data, signers = document.tables
    spacer = data._tbl.getnext()
    assert spacer.tag == qn("w:p") and spacer.getnext() is signers._tbl  # never table, table
    assert spacer.xpath("w:pPr/w:keepNext")
    assert all(keeps_with_next(cell.paragraphs[0]) for cell in data.rows[-1].cells)
    assert not any(keeps_with_next(cell.paragraphs[0]) for cell in data.rows[0].cells)


def test_a_table_is_never_directly_followed_by_another():
    body = opened(rendered(DigitStyle.THAI, True)).element.body
    for table in body.iter(qn("w:tbl")):
        following = table.getnext()
        assert following is None or following.tag != qn("w:tbl")


def test_grid_rows_show_in_libreoffice_and_stay_whole_in_word():
    # "can't split" rows under grid lines make LibreOffice drop rows; paragraphs kept whole
    # keep the rows whole in Word instead, and header rows stay with the first body row
    table = data_table(opened(rendered()))
    rows = table._tbl.tr_lst
    assert table._tbl.xpath("w:tr/w:trPr/w:cantSplit") == []
    assert all(p.xpath("w:pPr/w:keepLines") for p in table._tbl.xpath(".//w:p[w:r]"))
    assert all(p.xpath("w:pPr/w:keepNext") for row in rows[:2] for p in row.xpath(".//w:p[w:r]"))
    assert not any(p.xpath("w:pPr/w:keepNext") for p in rows[5].xpath(".//w:p"))


def test_grid_less_table_has_no_lines():
    members = titled(opened(rendered()), "คณะทำงาน")
    tbl_pr = members._tbl.tblPr
    assert tbl_pr.xpath("w:tblStyle") == []
    assert tbl_pr.xpath("w:tblBorders/*/@w:val") == ["nil"] * 6
    assert members.cell(0, 2).text == "หัวหน้าคณะทำงาน"
    assert members.cell(2, 2).text == "คณะทำงานและเลขานุการ"
    lead_in = members._tbl.getprevious()
    assert lead_in.xpath("string(.)") == "คณะทำงานประกอบด้วย"
    assert lead_in.xpath("w:pPr/w:keepNext")  # Paragraph.keep_with_next


def test_group_rows_span_all_columns_and_keep_with_their_rows():
    calendar = titled(opened(rendered()), "ปฏิทินกิจกรรม")
    rows = calendar._tbl.tr_lst
    spanning = [row for row in rows if row.xpath("w:tc/w:tcPr/w:gridSpan[@w:val='5']")]
    assert [row.xpath("string(.)") for row in spanning] == [
        "ช่วงเตรียมการประเมิน", "ช่วงดำเนินการประเมิน", "ช่วงสรุปผลและเผยแพร่ผลการประเมิน"]
    for row in spanning:
        assert len(row.tc_lst) == 1
        assert row.xpath(".//w:pPr/w:keepNext") and row.xpath(".//w:r/w:rPr/w:b")


@pytest.mark.parametrize("digits", [DigitStyle.THAI, DigitStyle.ARABIC])
def test_nested_lists_are_numbered_as_the_seeds_and_indented_per_depth(digits):
    document = opened(rendered(digits))
    items = [p for p in document.paragraphs if p.style.name == "List Number"]
    labels = [p.text.split("\t")[0] for p in items]
    expected = ["1.", "2.", "3.", "1.", "1.1", "1.1.1", "1.1.2", "1.2", "2."]
    if digits is DigitStyle.THAI:
        expected = [apply_digits(label, DigitStyle.THAI) for label in expected]
    assert labels == expected
    assert items[4].text.endswith("ผลการประเมินปีที่ผ่านมา")
    indents = [round(p.paragraph_format.left_indent.cm, 2) for p in items[3:]]
    assert indents[:3] == sorted(set(indents[:3]))  # deeper, further in
    assert indents[1] == indents[4] and indents[0] == indents[5]
    for depth in range(3):
        text_cm, hanging_cm = list_indents_cm(depth)
        # a label stands where the text of the entry above it starts
        assert text_cm - hanging_cm == pytest.approx(list_indents_cm(depth - 1)[0]
                                                     if depth else 0.75)
    # labels are text: no Word numbering that LibreOffice would show in Arabic digits
    assert {p._p.xpath("string(w:pPr/w:numPr/w:numId/@w:val)") for p in items} == {"0"}
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert [p.text for p in bullets] == ["เว็บไซต์หน่วยงาน", "สื่อสังคมออนไลน์"]


def test_pictures_at_their_size_with_captions():
    document = opened(rendered())
    sizes = [(round(s.width.cm, 2), round(s.height.cm, 2)) for s in document.inline_shapes]
    assert (8.0, 6.0) in sizes  # 400 x 300 at 8 cm wide
    assert (3.0, 3.0) in sizes
    caption = next(p for p in document.paragraphs if p.text.startswith("ภาพที่ ๕"))
    assert caption.style.name == "Caption"
    assert caption.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    assert caption._p.getprevious().xpath("w:pPr/w:keepNext")  # the picture above it
    wide = Document("ภาพ", (Picture(specimen_png(400, 200), width_cm=30.0),))
    (shape,) = opened(render_docx(wide)).inline_shapes
    assert (round(shape.width.cm, 2), round(shape.height.cm, 2)) == (16.0, 8.0)


def test_landscape_section_inside_a_portrait_document_keeps_page_numbers():
    document = opened(rendered())
    portrait, landscape, back = document.sections
    assert (round(landscape.page_width.cm, 2), round(landscape.page_height.cm, 2)) == (29.7, 21.0)
    assert landscape.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE
    assert round(landscape.left_margin.cm, 2) == 2.0
    assert (round(back.page_width.cm, 2), back.orientation) == (21.0,
                                                              docx.enum.section.WD_ORIENT.PORTRAIT)
    calendar = titled(document, "ปฏิทินกิจกรรม")
    width = sum(int(w) for w in calendar._tbl.xpath("w:tblGrid/w:gridCol/@w:w"))
    assert width == pytest.approx(25.7 / 2.54 * 1440, abs=6)  # the landscape text width
    assert portrait.different_first_page_header_footer is True
    for section in (landscape, back):
        # numbered from their first page on, counting on, in Thai digits
        assert section.different_first_page_header_footer is False
        assert section._sectPr.xpath("w:pgNumType/@w:fmt") == ["thaiNumbers"]
        assert section._sectPr.xpath("w:pgNumType/@w:start") == []
        assert [t.strip() for t in section.header._element.xpath(".//w:instrText/text()")] == [
            "PAGE"]
    stops = landscape.header.paragraphs[0].paragraph_format.tab_stops
    assert [round(stop.position.cm, 2) for stop in stops] == [12.85, 25.7]


def test_a_number_without_text_is_shown_in_the_document_digits():
    table = Table(columns=(1, 1), header_rows=(), rows=((Cell((Run("รวม"),)), Cell(number=27)),
                                                        (Cell((Run("เฉลี่ย"),)), Cell(number=2.5))))
    document = opened(render_docx(Document("ตัวเลข", (table,))))
    assert document.tables[0].cell(0, 1).text == "๒๗"
    assert document.tables[0].cell(1, 1).text == "๒.๕"
    assert data_table(opened(rendered())).cell(32, 3).text == "๓๐ รายการ"  # runs win


def test_verification_in_the_footer_and_the_qr_beside_the_last_signers():
    document = opened(rendered(DigitStyle.THAI, True))
    for section in document.sections:
        footers = [section.footer] + ([section.first_page_footer]
                                      if section.different_first_page_header_footer else [])
        for footer in footers:
            text = footer.paragraphs[0].text
            assert text.startswith("รายงานเลขที่ ๒๕๖๙-๐๐๑ ฉบับที่ ๒")
            assert text.endswith(FINGERPRINT)  # verbatim, or it could not be compared
            assert footer.paragraphs[0].runs[0]._r.xpath("w:rPr/w:szCs/@w:val") == ["24"]
    signers = document.tables[-1]
    qr, right = signers.rows[0].cells
    assert FINGERPRINT in qr.text
    assert len(qr._tc.xpath(".//wp:inline")) == 1
    assert texts(right) == SEED_SIGNERS


def test_no_verification_when_unsigned():
    data = rendered(DigitStyle.THAI, False)
    section = opened(data).sections[0]
    assert section.footer.is_linked_to_previous is True
    assert FINGERPRINT not in all_text(opened(data))


def test_draft_mark_on_every_page_and_none_when_signed():
    draft = opened(render_docx(specimen_document(draft=True)))
    for index, section in enumerate(draft.sections):
        headers = [section.header] + ([section.first_page_header] if index == 0 else [])
        for header in headers:
            assert header.is_linked_to_previous is False
            assert header.paragraphs[0].text.endswith("\t" + DRAFT_MARK)
    assert draft.sections[0].first_page_header._element.xpath(".//w:instrText") == []
    for data in (rendered(), rendered(DigitStyle.THAI, True)):
        for section in opened(data).sections:
            for header in (section.header, section.first_page_header):
                assert DRAFT_MARK not in header._element.xpath("string()")
    no_numbers = opened(render_docx(Document("ร่างไม่มีเลขหน้า", (Paragraph((Run("ก"),)),),
                                             page_numbers=False, draft=True)))
    assert no_numbers.sections[0].header.paragraphs[0].text == f"\t\t{DRAFT_MARK}"


def test_core_properties_say_who_and_when():
    made = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)
    doc = dataclasses.replace(specimen_document(long_rows=2), created=made)
    data = render_docx(doc)
    properties = opened(data).core_properties
    assert properties.title == "เอกสารตัวอย่าง ITA Desktop"
    assert properties.author == properties.last_modified_by == "ตม.จว.ศรีวารินทร์"
    assert properties.created == properties.modified == made
    assert properties.comments == ""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            content = archive.read(name)
            assert b"python-docx" not in content, name
            assert b"2013-" not in content, name
    now = opened(rendered()).core_properties.created
    assert abs(now - datetime.now(UTC)) < timedelta(hours=1)


def test_fact_sheet_rows_and_signers_in_libreoffice(demo_db, tmp_path,
                                                    libreoffice_home):  # noqa: F811
    """Every roster name shows when LibreOffice lays the fact sheet out with the official
    font's metrics, and the signers stand on the page of the last rows."""
    prepared = reports.prepare(demo_db, "fact-sheet", 2568, DigitStyle.THAI)
    doc = signing.draft_document(prepared)
    source = tmp_path / "fact-sheet.docx"
    source.write_bytes(render_docx(doc))
    pdf = convert(source, "pdf", tmp_path, libreoffice_home)
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")
    roster = doc.tables()[-1]
    names = [row[1].text for row in roster.rows]
    assert len(names) >= 20
    flat = [squashed(page) for page in pages]
    missing = [name for name in names if not any(squashed(name) in page for page in flat)]
    assert missing == []
    last_row = next(i for i, page in enumerate(flat) if squashed(names[-1]) in page)
    signer_pages = {i for i, page in enumerate(flat)
                    for role in ("ผู้จัดทำ", "ผู้ตรวจ", "ผู้อนุมัติ") if squashed(role) in page}
    assert signer_pages == {last_row}


def squashed(text: str) -> str:
    """Text without spaces and Thai marks above and below: pdftotext puts marks of stacked
    Thai in its own order."""
    return re.sub("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\\s]", "", text)


def test_progress_after_each_part():
    doc = specimen_document(long_rows=3)
    calls: list[tuple[int, int]] = []
    render_docx(doc, progress=lambda done, total: calls.append((done, total)))
    n = len(doc.parts)
    assert calls == [(i, n) for i in range(1, n + 1)]


def test_without_page_numbers_there_is_no_header():
    doc = Document("ไม่มีเลขหน้า", (Heading((Run("หัวข้อ"),)), ListBlock(((Run("ก"),),))),
                   page_numbers=False)
    section = opened(render_docx(doc)).sections[0]
    assert section.different_first_page_header_footer is False
    assert section.header.is_linked_to_previous is True


def qr_cell_texts(document) -> list[str]:
    """The paragraphs of the cell that holds the QR code, the code's own (empty) first."""
    cell = next(cell for table in document.tables for row in table.rows for cell in row.cells
                if cell._tc.xpath(".//wp:inline") and FINGERPRINT in cell.text)
    assert len(cell._tc.xpath(".//wp:inline")) == 1
    return [paragraph.text for paragraph in cell.paragraphs]


@pytest.mark.parametrize("digits", list(DigitStyle))
def test_beside_the_qr_code_the_version_and_the_hash_are_paragraphs_of_their_own(digits):
    version = f"รายงานเลขที่ {apply_digits('2569-001', digits)} ฉบับที่ {apply_digits('2', digits)}"
    texts_ = qr_cell_texts(opened(rendered(digits, True)))
    assert texts_[0] == ""
    assert texts_[1].startswith(version) and "ค่าแฮช" not in texts_[1]
    # ค่าแฮช glued to the verbatim hash by a no-break space, neither split nor converted
    assert texts_[2:] == [f"ค่าแฮช\u00a0{FINGERPRINT}"]


def test_without_signers_to_stand_beside_the_qr_code_still_has_the_two_parts():
    signed = specimen_document(signed=True)
    doc = dataclasses.replace(signed, parts=(Paragraph((Run("ข้อความสุดท้าย"),)),))
    assert qr_cell_texts(opened(render_docx(doc)))[2:] == [f"ค่าแฮช\u00a0{FINGERPRINT}"]


def test_fact_sheet_verification_stays_whole_in_libreoffice(demo_db, tmp_path,
                                                            libreoffice_home):  # noqa: F811
    """As LibreOffice lays out a signed fact sheet with the official font's metrics, the
    hash line beside the QR code and the page footer each hold "ค่าแฮช" and the whole hash
    on one line: the footer on every page, the QR code's text on the last."""
    prepared = reports.prepare(demo_db, "fact-sheet", 2568, DigitStyle.THAI)
    verification = signing.verification_for(prepared, "2568-001", 1, date(2025, 11, 20))
    doc = dataclasses.replace(signing.draft_document(prepared), draft=False,
                              verification=verification)
    source = tmp_path / "signed.docx"
    source.write_bytes(render_docx(doc))
    pdf = convert(source, "pdf", tmp_path, libreoffice_home)
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout.rstrip("\f").split("\f")
    whole = squashed(f"ค่าแฮช{verification.fingerprint}")
    version = squashed(verification.parts[0])
    counts = [sum(whole in squashed(line) for line in page.splitlines()) for page in pages]
    assert counts == [1] * (len(pages) - 1) + [2], counts
    assert squashed(pages[-1]).count(version) == 2  # in the footer and beside the code
