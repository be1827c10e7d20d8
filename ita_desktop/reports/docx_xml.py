"""The WordprocessingML the DOCX renderer writes by hand, where python-docx has no API: the
schema's element order, fonts with their complex-script slots, borders, keep-together flags
and the styles of the template cleaned of its theme."""

from __future__ import annotations

from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.image import Image as DocxImage
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from ita_desktop.reports.model import BODY_SIZE, Align

HEADING_SIZES = {1: BODY_SIZE + 2, 2: BODY_SIZE}
CAPTION_SIZE = BODY_SIZE - 2

ALIGN = {Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT, Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
         Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
         # "both", not Word's "Thai distributed": LibreOffice 7.4 shows thaiDistribute ragged
         # but justifies Thai lines set to "both" evenly.
         Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY}

_THEME_FONT_ATTRS = tuple(qn(a) for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme",
                                          "w:cstheme"))
_FONT_SLOTS = tuple(qn(a) for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"))
# the schema's order of the property elements child() adds to
_ORDER = {qn(f"w:{parent}"): children.split() for parent, children in (
    ("rPr", "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
            "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs "
            "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout "
            "specVanish oMath"),
    ("sectPr", "footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType pgNumType "
               "cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid "
               "printerSettings sectPrChange"),
    ("tblPr", "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize "
              "tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook "
              "tblCaption tblDescription tblPrChange"))}


def el(tag: str, **attrs: str) -> Any:
    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element


def child(parent: Any, tag: str, **attrs: str) -> Any:
    """The ``tag`` child of ``parent``, added where the schema wants it if missing: Word
    refuses a file whose property elements are out of order."""
    found = parent.find(qn(tag))
    if found is None:
        order = _ORDER[parent.tag]
        found = el(tag)
        parent.insert_element_before(found, *(f"w:{t}" for t in
                                              order[order.index(tag[2:]) + 1:]))
    for name, value in attrs.items():
        found.set(qn(f"w:{name}"), value)
    return found


def set_font(rpr: Any, font: str, size: float | None = None, *, bold: bool = False,
             italic: bool = False, underline: bool = False) -> None:
    """Give ``rpr`` the font in all four slots, both sizes and the Thai complex-script
    language; bold and italic set the complex-script flag as well."""
    fonts = child(rpr, "w:rFonts")
    for attr in _THEME_FONT_ATTRS:
        fonts.attrib.pop(attr, None)
    for slot in _FONT_SLOTS:
        fonts.set(slot, font)
    for tag in (("w:b", "w:bCs") if bold else ()) + (("w:i", "w:iCs") if italic else ()):
        child(rpr, tag)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            child(rpr, tag, val=str(round(size * 2)))
    if underline:
        child(rpr, "w:u", val="single")
    child(rpr, "w:lang", bidi="th-TH")


def twips(cm: float) -> str:
    return str(round(cm * 1440 / 2.54))


def picture_size_cm(data: bytes, height_cm: float, max_width_cm: float) -> tuple[float, float]:
    """(width, height) at ``height_cm``, shrunk to ``max_width_cm`` if the picture is wider."""
    image = DocxImage.from_blob(data)
    aspect = image.px_width / image.px_height
    if height_cm * aspect > max_width_cm:
        return max_width_cm, max_width_cm / aspect
    return height_cm * aspect, height_cm


def aspect_of(data: bytes) -> float:
    image = DocxImage.from_blob(data)
    return image.px_width / image.px_height


def no_borders(tbl_pr: Any) -> None:
    borders = child(tbl_pr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(el(f"w:{side}", val="nil"))


def body_blocks(out: DocxDocument) -> list[Any]:
    """The paragraphs and tables of the body, in order (without the final section)."""
    return [block for block in out.element.body if block.tag in (qn("w:p"), qn("w:tbl"))]


def paragraphs_of_last_row(tbl: Any) -> list[Any]:
    return tbl.tr_lst[-1].xpath(".//w:p")


def set_up_styles(out: DocxDocument, font: str, title_size: float) -> None:
    """The template's styles in the document's font, black on white, single-spaced, with
    Thai complex-script fonts everywhere; headings stay with what follows them."""
    styles = out.styles
    root = styles.element
    for fonts in list(root.iter(qn("w:rFonts"))):
        if any(fonts.get(attr) is not None for attr in _THEME_FONT_ATTRS):
            set_font(fonts.getparent(), font)
    set_font(root.xpath("w:docDefaults/w:rPrDefault/w:rPr")[0], font, BODY_SIZE)
    spacing = root.xpath("w:docDefaults/w:pPrDefault/w:pPr/w:spacing")[0]
    for name, value in (("after", "0"), ("line", "240"), ("lineRule", "auto")):
        spacing.set(qn(f"w:{name}"), value)

    normal = styles["Normal"]
    set_font(normal.element.get_or_add_rPr(), font, BODY_SIZE)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), 1.0
    fmt.widow_control = True

    looks = {"Title": (title_size, 0, 0), "Heading 1": (HEADING_SIZES[1], 12, 6),
             "Heading 2": (HEADING_SIZES[2], 6, 3)}
    for name, (size, before, after) in looks.items():
        style = styles[name]
        plain_black(style.element)
        set_font(style.element.get_or_add_rPr(), font, size, bold=True)
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(before), Pt(after), 1.0
        fmt.keep_with_next = True
        for linked in style.element.xpath("w:link/@w:val"):  # "Heading 1 Char" and so on
            plain_black(root.get_by_id(linked))
    styles["Title"].paragraph_format.alignment = ALIGN[Align.CENTER]

    caption = styles["Caption"]
    plain_black(caption.element)
    for flag in caption.element.xpath("w:rPr/w:b | w:rPr/w:bCs"):
        flag.getparent().remove(flag)
    set_font(caption.element.get_or_add_rPr(), font, CAPTION_SIZE)
    caption.paragraph_format.alignment = ALIGN[Align.CENTER]
    caption.paragraph_format.space_after = Pt(6)

    for name in ("Header", "Footer", "List Number", "List Bullet", "Table Grid"):
        set_font(styles[name].element.get_or_add_rPr(), font)
    # the template's header tabs are for US Letter; each header sets its own
    for tabs in styles["Header"].element.xpath("w:pPr/w:tabs"):
        tabs.getparent().remove(tabs)
    # list labels are written as text (render_docx explains why), so the numbered style
    # carries no numbering of its own
    for num_pr in styles["List Number"].element.xpath("w:pPr/w:numPr"):
        num_pr.getparent().remove(num_pr)


def plain_black(style_element: Any) -> None:
    """Drop the template's theme colour, border and letter spacing from a style: official
    documents are black on white."""
    for found in style_element.xpath("w:rPr/w:color | w:rPr/w:spacing | w:rPr/w:kern"
                                     " | w:pPr/w:pBdr | w:pPr/w:contextualSpacing"):
        found.getparent().remove(found)
