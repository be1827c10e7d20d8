"""The DOCX renderer, read back with python-docx: what a user opening the file would notice."""

from __future__ import annotations

import io
import re
import zipfile
from functools import cache

import docx
import pytest
from docx.oxml.ns import qn

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.reports.model import (
    Document,
    Heading,
    ListBlock,
    Orientation,
    PageSetup,
    Paragraph,
    Run,
    SignatureBlock,
    Signer,
)
from ita_desktop.reports.render_docx import render_docx
from ita_desktop.reports.specimen import specimen_document

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


def data_table(document):
    tables = [t for t in document.tables if t.style is not None and t.style.name == "Table Grid"]
    assert len(tables) == 1
    return tables[0]


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
    assert styled(document, "Heading 1") == ["๑. หลักการและเหตุผล", "๓. ภาพกิจกรรม"]
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
    assert len(document.tables) == 3  # data, photos, signatures
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
    expected = "- ๒ -" if digits is DigitStyle.THAI else "- 2 -"
    assert section.header.paragraphs[0].text == expected
    assert section.first_page_header.is_linked_to_previous is False
    assert section.first_page_header._element.xpath(".//w:instrText") == []
    number_format = section._sectPr.xpath("w:pgNumType/@w:fmt")
    assert number_format == (["thaiNumbers"] if digits is DigitStyle.THAI else [])


@pytest.mark.parametrize("signed, count", [(False, 6), (True, 7)])
def test_pictures_are_inline(signed, count):
    data = rendered(DigitStyle.THAI, signed)
    document = opened(data)
    # emblem, four photos, the approver's signature, and the QR code when signed off
    assert len(document.inline_shapes) == count
    assert "wp:anchor" not in part_xml(data, "word/document.xml")
    assert "txbx" not in part_xml(data, "word/document.xml")
    if signed:
        assert round(document.inline_shapes[-1].width.cm, 2) == 2.2


def test_image_grid_is_a_borderless_table_with_captions():
    document = opened(rendered())
    grid = document.tables[1]
    assert (len(grid.rows), len(grid.columns)) == (2, 2)
    assert grid._tbl.xpath("w:tblPr/w:tblBorders/w:insideV/@w:val") == ["nil"]
    for index in range(4):
        cell = grid.cell(index // 2, index % 2)
        assert len(cell._tc.xpath(".//wp:inline")) == 1
        assert round(document.inline_shapes[1 + index].height.cm, 2) == 5.0
        caption = cell.paragraphs[-1]
        assert caption.style.name == "Caption"
        assert caption.text == f"ภาพที่ {'๑๒๓๔'[index]} การประชุมชี้แจงผู้รับผิดชอบ"


def test_signers_in_the_right_half():
    document = opened(rendered())
    table = document.tables[2]
    assert len(table.columns) == 2
    assert all(row.cells[0].text == "" for row in table.rows)
    preparer, checker, approver = ([p.text for p in row.cells[1].paragraphs]
                                   for row in table.rows)
    assert preparer == ["(ลงชื่อ) ............................ ผู้จัดทำ",
                        "(ร.ต.ท.หญิง สุดา ตัวอย่าง)", "รอง สว.ตม.จว.ศรีวารินทร์",
                        "๒๑ พ.ย. ๒๕๖๙"]
    assert checker[:2] == ["ตรวจแล้วถูกต้อง", "(ลงชื่อ) ............................ ผู้ตรวจ"]
    # the approver's signature picture sits on the signature line
    assert approver[0] == "(ลงชื่อ)  ผู้อนุมัติ"
    assert len(table.rows[2].cells[1].paragraphs[0]._p.xpath(".//wp:inline")) == 1
    assert all(p.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
               for p in table.rows[0].cells[1].paragraphs)


def test_blank_signers_side_by_side():
    block = SignatureBlock((Signer(role="ผู้จัดทำ"),
                            Signer(role="ผู้ตรวจ", above="ตรวจแล้วถูกต้อง", position="สว.")),
                           columns=2)
    document = opened(render_docx(Document("ลงชื่อ", (block,))))
    (table,) = document.tables
    assert (len(table.rows), len(table.columns)) == (1, 2)
    left, right = ([p.text for p in cell.paragraphs] for cell in table.rows[0].cells)
    # an empty line above keeps both signature lines level
    assert left[:2] == ["", "(ลงชื่อ) ............................ ผู้จัดทำ"]
    assert re.fullmatch(r"\( +\)", left[2])
    assert right == ["ตรวจแล้วถูกต้อง", "(ลงชื่อ) ............................ ผู้ตรวจ",
                     f"({' ' * 40})", "สว."]


def test_verification_in_the_footer_and_a_final_block_when_signed():
    document = opened(rendered(DigitStyle.THAI, True))
    section = document.sections[0]
    for footer in (section.footer, section.first_page_footer):
        text = footer.paragraphs[0].text
        assert text.startswith("รายงานเลขที่ ๒๕๖๙-๐๐๑ ฉบับที่ ๒")
        assert text.endswith(FINGERPRINT)  # verbatim, or it could not be compared
        assert footer.paragraphs[0].runs[0]._r.xpath("w:rPr/w:szCs/@w:val") == ["24"]
    final = document.tables[-1]
    assert FINGERPRINT in final.cell(0, 1).text
    assert len(final.cell(0, 0)._tc.xpath(".//wp:inline")) == 1


def test_no_verification_when_unsigned():
    data = rendered(DigitStyle.THAI, False)
    section = opened(data).sections[0]
    assert section.footer.is_linked_to_previous is True
    assert FINGERPRINT not in all_text(opened(data))


def test_numbered_lists():
    thai = opened(rendered(DigitStyle.THAI))
    items = [p for p in thai.paragraphs if p.style.name == "List Number"]
    # LibreOffice cannot show Thai list numbers, so they are text
    assert [p.text[:3] for p in items] == ["๑.\t", "๒.\t", "๓.\t"]
    assert {p._p.xpath("string(w:pPr/w:numPr/w:numId/@w:val)") for p in items} == {"0"}
    bullets = [p for p in thai.paragraphs if p.style.name == "List Bullet"]
    assert [p.text for p in bullets] == ["เว็บไซต์หน่วยงาน", "สื่อสังคมออนไลน์"]

    arabic = opened(rendered(DigitStyle.ARABIC))
    items = [p for p in arabic.paragraphs if p.style.name == "List Number"]
    assert items[0].text == "จัดทำข้อมูลพื้นฐาน O1 ถึง O8"
    num_id = items[0]._p.xpath("string(w:pPr/w:numPr/w:numId/@w:val)")
    numbering = arabic.part.numbering_part.element
    (num,) = numbering.xpath(f"w:num[@w:numId='{num_id}']")
    abstract_id = num.xpath("string(w:abstractNumId/@w:val)")
    level = f"w:abstractNum[@w:abstractNumId='{abstract_id}']/w:lvl"
    assert numbering.xpath(f"{level}/w:numFmt/@w:val") == ["decimal"]
    assert numbering.xpath(f"{level}/w:lvlText/@w:val") == ["%1."]
    assert num.xpath("w:lvlOverride/w:startOverride/@w:val") == ["1"]


def test_core_properties():
    properties = opened(rendered()).core_properties
    assert properties.title == "เอกสารตัวอย่าง ITA Desktop"
    assert properties.author == "ตม.จว.ศรีวารินทร์"


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
