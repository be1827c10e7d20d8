"""The DOCX renderer: a :class:`~ita_desktop.reports.model.Document` as an editable Word file.

Units edit the file further, so it is made of real styles, numbering, inline pictures and a
PAGE field, never text boxes or floating shapes. Thai is read from the complex-script slots
(``w:cs``, ``w:szCs``, ``w:bCs``), so every style and run sets them, and the template's theme
fonts, which would win over the defaults, are removed. Only exporting imports this module
(and python-docx with it).

LibreOffice 7.4 shows ``w:numFmt="thaiNumbers"`` as 1 2 3, ignores it as a page number format
and reads the field switch ``\\* ThaiArabic`` as Thai letters (ข for 2). So Thai list numbers
are literal text, and page numbers use the section's ``thaiNumbers`` format: ๒ in Word, 2 in
LibreOffice, never a letter.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterable
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.image import Image as DocxImage
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.section import Section
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.reports.model import (
    BODY_SIZE,
    Align,
    ContinuedLine,
    Document,
    Heading,
    ImageGrid,
    ListBlock,
    Orientation,
    PageBreak,
    Paragraph,
    Run,
    SignatureBlock,
    Signer,
    Table,
    TitleBlock,
    written,
)
from ita_desktop.reports.qr import qr_png

Progress = Callable[[int, int], None]

SMALL_SIZE = 12.0
"""The verification line: small, still readable on paper."""
HEADING_SIZES = {1: BODY_SIZE + 2, 2: BODY_SIZE}
CAPTION_SIZE = BODY_SIZE - 2
QR_WIDTH_CM = 2.2
SIGNATURE_HEIGHT_CM = 1.2
SIGNATURE_MAX_WIDTH_CM = 3.5
CELL_MARGINS_CM = 0.4
"""Word's default left and right cell margins (0.19 cm each), rounded up."""
DOTS = "............................"
LIST_INDENT_CM = 1.5
LIST_HANGING_CM = 0.75

_THEME_FONT_ATTRS = tuple(qn(a) for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme",
                                          "w:cstheme"))
_FONT_SLOTS = tuple(qn(a) for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"))
# the schema's order of the property elements _child() adds to
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
_ALIGN = {Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT, Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
          Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
          # "both", not Word's "Thai distributed": LibreOffice 7.4 shows thaiDistribute ragged
          # but justifies Thai lines set to "both" evenly.
          Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY}


def render_docx(doc: Document, progress: Progress | None = None) -> bytes:
    """The .docx bytes of ``doc``; ``progress(done, total)`` is called after each part."""
    writer = _Writer(doc)
    total = len(doc.parts)
    for done, part in enumerate(doc.parts, start=1):
        writer.part(part)
        if progress is not None:
            progress(done, total)
    return writer.finish()


# --- XML helpers ------------------------------------------------------------------------------


def _el(tag: str, **attrs: str) -> Any:
    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _child(parent: Any, tag: str, **attrs: str) -> Any:
    """The ``tag`` child of ``parent``, added where the schema wants it if missing: Word
    refuses a file whose property elements are out of order."""
    found = parent.find(qn(tag))
    if found is None:
        order = _ORDER[parent.tag]
        found = _el(tag)
        parent.insert_element_before(found, *(f"w:{t}" for t in
                                              order[order.index(tag[2:]) + 1:]))
    for name, value in attrs.items():
        found.set(qn(f"w:{name}"), value)
    return found


def _set_font(rpr: Any, font: str, size: float | None = None, *, bold: bool = False,
              italic: bool = False, underline: bool = False) -> None:
    """Give ``rpr`` the font in all four slots, both sizes and the Thai complex-script
    language; bold and italic set the complex-script flag as well."""
    fonts = _child(rpr, "w:rFonts")
    for attr in _THEME_FONT_ATTRS:
        fonts.attrib.pop(attr, None)
    for slot in _FONT_SLOTS:
        fonts.set(slot, font)
    for tag in (("w:b", "w:bCs") if bold else ()) + (("w:i", "w:iCs") if italic else ()):
        _child(rpr, tag)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            _child(rpr, tag, val=str(round(size * 2)))
    if underline:
        _child(rpr, "w:u", val="single")
    _child(rpr, "w:lang", bidi="th-TH")


def _twips(cm: float) -> str:
    return str(round(cm * 1440 / 2.54))


def _picture_size_cm(data: bytes, height_cm: float, max_width_cm: float) -> tuple[float, float]:
    """(width, height) at ``height_cm``, shrunk to ``max_width_cm`` if the picture is wider."""
    image = DocxImage.from_blob(data)
    aspect = image.px_width / image.px_height
    if height_cm * aspect > max_width_cm:
        return max_width_cm, max_width_cm / aspect
    return height_cm * aspect, height_cm


class _Writer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.font = doc.font_name
        self.out = docx.Document()
        self.text_width_cm = doc.page.text_width_cm
        self._break_pending = False
        self._set_up_styles()
        self._set_up_page()
        self._bullets = self._add_num(self._add_abstract_num("bullet", "\u2022"))
        self._decimal = self._add_abstract_num("decimal", "%1.")
        for style, num in (("List Number", self._add_num(self._decimal)),
                           ("List Bullet", self._bullets)):
            num_pr = self.out.styles[style].element.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_numId().set(qn("w:val"), str(num))
        properties = self.out.core_properties
        properties.title = doc.title
        properties.author = properties.last_modified_by = doc.author

    # --- set-up ----------------------------------------------------------------------------

    def _set_up_page(self) -> None:
        page = self.doc.page
        section = self.out.sections[0]
        section.orientation = (WD_ORIENT.LANDSCAPE if page.orientation is Orientation.LANDSCAPE
                               else WD_ORIENT.PORTRAIT)
        section.page_width, section.page_height = (Cm(x) for x in page.size_cm)
        section.left_margin, section.right_margin = Cm(page.left_cm), Cm(page.right_cm)
        section.top_margin, section.bottom_margin = Cm(page.top_cm), Cm(page.bottom_cm)
        section.header_distance = section.footer_distance = Cm(1.25)
        if self.doc.page_numbers:
            self._page_number_header(section)
        if self.doc.verification is not None:
            footers = [section.footer]
            if self.doc.page_numbers:
                footers.append(section.first_page_footer)
            for footer in footers:
                footer.is_linked_to_previous = False
                paragraph = footer.paragraphs[0]
                paragraph.alignment = _ALIGN[Align.CENTER]
                self._runs(paragraph, self._verification_runs(), SMALL_SIZE)

    def _page_number_header(self, section: Section) -> None:
        """The official "- ๒ -" centred at the top, from the second page on."""
        section.different_first_page_header_footer = True
        section.first_page_header.is_linked_to_previous = False  # an empty first-page header
        if self.doc.digits is DigitStyle.THAI:
            _child(section._sectPr, "w:pgNumType", fmt="thaiNumbers")
        paragraph = section.header.paragraphs[0]
        paragraph.alignment = _ALIGN[Align.CENTER]
        self._runs(paragraph, (Run("- "),), BODY_SIZE)
        cached = written(Run("2"), self.doc.digits)  # shown until the field is updated
        for piece in ('<w:fldChar w:fldCharType="begin"/>',
                      '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
                      '<w:fldChar w:fldCharType="separate"/>', f"<w:t>{cached}</w:t>",
                      '<w:fldChar w:fldCharType="end"/>'):
            run = parse_xml(f'<w:r {nsdecls("w")}>{piece}</w:r>')
            paragraph._p.append(run)
            _set_font(run.get_or_add_rPr(), self.font, BODY_SIZE)
        self._runs(paragraph, (Run(" -"),), BODY_SIZE)

    def _set_up_styles(self) -> None:
        styles = self.out.styles
        root = styles.element
        for fonts in list(root.iter(qn("w:rFonts"))):
            if any(fonts.get(attr) is not None for attr in _THEME_FONT_ATTRS):
                _set_font(fonts.getparent(), self.font)
        _set_font(root.xpath("w:docDefaults/w:rPrDefault/w:rPr")[0], self.font, BODY_SIZE)
        spacing = root.xpath("w:docDefaults/w:pPrDefault/w:pPr/w:spacing")[0]
        for name, value in (("after", "0"), ("line", "240"), ("lineRule", "auto")):
            spacing.set(qn(f"w:{name}"), value)

        normal = styles["Normal"]
        _set_font(normal.element.get_or_add_rPr(), self.font, BODY_SIZE)
        fmt = normal.paragraph_format
        fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), 1.0

        title_size = next((p.size for p in self.doc.parts if isinstance(p, TitleBlock)),
                          BODY_SIZE + 4)
        looks = {"Title": (title_size, 0, 0), "Heading 1": (HEADING_SIZES[1], 12, 6),
                 "Heading 2": (HEADING_SIZES[2], 6, 3)}
        for name, (size, before, after) in looks.items():
            style = styles[name]
            _plain_black(style.element)
            _set_font(style.element.get_or_add_rPr(), self.font, size, bold=True)
            fmt = style.paragraph_format
            fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(before), Pt(after), 1.0
            fmt.keep_with_next = True
            for linked in style.element.xpath("w:link/@w:val"):  # "Heading 1 Char" and so on
                _plain_black(root.get_by_id(linked))
        styles["Title"].paragraph_format.alignment = _ALIGN[Align.CENTER]

        caption = styles["Caption"]
        _plain_black(caption.element)
        for flag in caption.element.xpath("w:rPr/w:b | w:rPr/w:bCs"):
            flag.getparent().remove(flag)
        _set_font(caption.element.get_or_add_rPr(), self.font, CAPTION_SIZE)
        caption.paragraph_format.alignment = _ALIGN[Align.CENTER]
        caption.paragraph_format.space_after = Pt(6)

        for name in ("Header", "Footer", "List Number", "List Bullet", "Table Grid"):
            _set_font(styles[name].element.get_or_add_rPr(), self.font)
        for name in ("List Number", "List Bullet"):
            fmt = styles[name].paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(LIST_INDENT_CM), Cm(-LIST_HANGING_CM)

    def _add_abstract_num(self, fmt: str, text: str) -> int:
        numbering = self.out.part.numbering_part.element
        abstracts = numbering.findall(qn("w:abstractNum"))
        ident = max((int(a.get(qn("w:abstractNumId"))) for a in abstracts), default=-1) + 1
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ident}">'
            '<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{_twips(LIST_INDENT_CM)}" '
            f'w:hanging="{_twips(LIST_HANGING_CM)}"/></w:pPr><w:rPr/></w:lvl></w:abstractNum>')
        _set_font(abstract.find(qn("w:lvl")).find(qn("w:rPr")), self.font)
        # every w:abstractNum must come before the first w:num
        if abstracts:
            abstracts[-1].addnext(abstract)
        else:
            numbering.insert(0, abstract)
        return ident

    def _add_num(self, abstract_id: int, start: int | None = None) -> int:
        numbering = self.out.part.numbering_part.element
        ident = max((int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))),
                    default=0) + 1
        # a w:num of its own restarts the count; sharing one would continue the last list
        override = ("" if start is None else
                    f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>')
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{ident}"><w:abstractNumId '
                                   f'w:val="{abstract_id}"/>{override}</w:num>'))
        return ident

    # --- text --------------------------------------------------------------------------------

    def _runs(self, paragraph: DocxParagraph, runs: Iterable[Run], size: float | None,
              *, bold: bool = False) -> None:
        for run in runs:
            added = paragraph.add_run(written(run, self.doc.digits))
            _set_font(added._r.get_or_add_rPr(), self.font, size, bold=bold or run.bold,
                      italic=run.italic, underline=run.underline)

    def _paragraph(self, style: str | None = None, align: Align = Align.LEFT) -> DocxParagraph:
        paragraph = self.out.add_paragraph(style=style)
        if self._break_pending:
            # "page break before" leaves no empty line at the top of the new page, as a
            # paragraph holding only a break would
            paragraph.paragraph_format.page_break_before = True
            self._break_pending = False
        paragraph.alignment = _ALIGN[align]
        return paragraph

    @staticmethod
    def _cell_paragraph(cell: _Cell, align: Align, *, first: bool = False) -> DocxParagraph:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        paragraph.alignment = _ALIGN[align]
        return paragraph

    @staticmethod
    def _picture(paragraph: DocxParagraph, data: bytes, width_cm: float,
                 height_cm: float) -> None:
        paragraph.add_run().add_picture(io.BytesIO(data), width=Cm(width_cm),
                                        height=Cm(height_cm))

    # --- parts ---------------------------------------------------------------------------

    def part(self, part: object) -> None:
        if isinstance(part, TitleBlock):
            if part.emblem is not None:
                paragraph = self._paragraph(align=Align.CENTER)
                paragraph.paragraph_format.keep_with_next = True
                self._picture(paragraph, part.emblem, *_picture_size_cm(
                    part.emblem, part.emblem_height_cm, self.text_width_cm))
            for line in part.lines:
                self._runs(self._paragraph("Title", Align.CENTER), line, part.size)
        elif isinstance(part, Heading):
            level = min(max(part.level, 1), 2)
            paragraph = self._paragraph(f"Heading {level}", part.align)
            self._runs(paragraph, part.runs, HEADING_SIZES[level])
        elif isinstance(part, Paragraph):
            paragraph = self._paragraph(align=part.align)
            fmt = paragraph.paragraph_format
            fmt.first_line_indent = Cm(part.first_line_indent_cm) or None
            fmt.left_indent = Cm(part.left_indent_cm) or None
            fmt.space_before = Pt(part.space_before) or None
            fmt.space_after = Pt(part.space_after) or None
            self._runs(paragraph, part.runs, part.size)
        elif isinstance(part, ListBlock):
            self._list(part)
        elif isinstance(part, Table):
            self._table(part)
        elif isinstance(part, ImageGrid):
            self._image_grid(part)
        elif isinstance(part, SignatureBlock):
            self._signatures(part)
        elif isinstance(part, PageBreak):
            self._break_pending = True
        elif isinstance(part, ContinuedLine):
            self._runs(self._paragraph(align=Align.RIGHT), (Run(part.text),), BODY_SIZE)
        else:
            raise TypeError(f"unknown document part {type(part).__name__}")

    def _list(self, block: ListBlock) -> None:
        literal = block.numbered and self.doc.digits is DigitStyle.THAI
        if not block.numbered:
            num_id = self._bullets
        elif literal:
            num_id = 0  # switches the style's numbering off
        else:
            num_id = self._add_num(self._decimal, block.start)
        for index, item in enumerate(block.items):
            paragraph = self._paragraph("List Number" if block.numbered else "List Bullet")
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().set(qn("w:val"), "0")
            num_pr.get_or_add_numId().set(qn("w:val"), str(num_id))
            if literal:
                # LibreOffice shows w:numFmt="thaiNumbers" as 1 2 3, so Thai numbers are text.
                self._runs(paragraph, (Run(f"{block.start + index}.\t"),), BODY_SIZE)
                # without numbering LibreOffice also drops the style's indent
                fmt = paragraph.paragraph_format
                fmt.left_indent, fmt.first_line_indent = Cm(LIST_INDENT_CM), Cm(-LIST_HANGING_CM)
                fmt.tab_stops.add_tab_stop(Cm(LIST_INDENT_CM))
            self._runs(paragraph, item, BODY_SIZE)

    def _new_table(self, rows: int, widths_cm: list[float], style: str | None,
                   caption: str = "", header_rows: int = 0) -> list[list[_Cell]]:
        """The cells by row of a new table of fixed column widths whose rows never break
        across pages (taken before any merge: python-docx's table.cell() walks the whole
        table); without a style it is a borderless layout table."""
        if self._break_pending:
            self.out.add_page_break()
            self._break_pending = False
        table = self.out.add_table(rows=rows, cols=len(widths_cm))
        tbl_pr = table._tbl.tblPr
        if style is not None:
            table.style = self.out.styles[style]
        else:
            borders = _child(tbl_pr, "w:tblBorders")
            for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
                borders.append(_el(f"w:{side}", val="nil"))
        table.autofit = False
        if caption:  # for screen readers
            _child(tbl_pr, "w:tblCaption", val=caption)
        tbl_w = tbl_pr.find(qn("w:tblW"))
        tbl_w.set(qn("w:type"), "dxa")
        tbl_w.set(qn("w:w"), _twips(sum(widths_cm)))
        for column, width in zip(table.columns, widths_cm, strict=True):
            column.width = Cm(width)
        cells = []
        for index, tr in enumerate(table._tbl.tr_lst):
            tr.get_or_add_trPr().append(_el("w:cantSplit"))
            if index < header_rows:  # repeated at the top of every page
                tr.trPr.append(_el("w:tblHeader"))
            for tc, width in zip(tr.tc_lst, widths_cm, strict=True):
                tc.width = Cm(width)
            cells.append([_Cell(tc, table) for tc in tr.tc_lst])
        return cells

    def _table(self, part: Table) -> None:
        scale = self.text_width_cm / sum(part.columns)
        grid = part.header_rows + part.rows
        cells = self._new_table(len(grid), [w * scale for w in part.columns], "Table Grid",
                                part.title, len(part.header_rows))
        for r, row in enumerate(grid):
            header = r < len(part.header_rows)
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                target = cells[r][c]
                if cell.colspan > 1 or cell.rowspan > 1:
                    target = target.merge(cells[r + cell.rowspan - 1][c + cell.colspan - 1])
                if header or cell.rowspan > 1:
                    target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                self._runs(self._cell_paragraph(target, cell.align, first=True), cell.runs,
                           part.size, bold=header or cell.bold)

    def _image_grid(self, grid: ImageGrid) -> None:
        columns = max(grid.columns, 1)
        width = self.text_width_cm / columns
        cells = self._new_table(math.ceil(len(grid.images) / columns), [width] * columns, None)
        for index, image in enumerate(grid.images):
            cell = cells[index // columns][index % columns]
            paragraph = self._cell_paragraph(cell, Align.CENTER, first=True)
            paragraph.paragraph_format.keep_with_next = True
            self._picture(paragraph, image.data, *_picture_size_cm(
                image.data, grid.image_height_cm, width - CELL_MARGINS_CM))
            if image.caption:
                self._runs(cell.add_paragraph(style="Caption"), image.caption, CAPTION_SIZE)

    def _signatures(self, block: SignatureBlock) -> None:
        columns = max(block.columns, 1)
        # a single column of signers stands in the right half, where official documents are
        # signed
        widths = [self.text_width_cm / max(columns, 2)] * max(columns, 2)
        rows = self._new_table(math.ceil(len(block.signers) / columns), widths, None)
        cells = [cell for row in rows for cell in row[-columns:]]
        for index, (cell, signer) in enumerate(zip(cells, block.signers, strict=False)):
            row = block.signers[index - index % columns:][:columns]
            # side by side, the signature lines stay level when only some have a line above
            self._signer(cell, signer, pad_above=any(other.above for other in row))

    def _signer(self, cell: _Cell, signer: Signer, *, pad_above: bool) -> None:
        lines: list[DocxParagraph] = []

        def line(text: str) -> DocxParagraph:
            paragraph = self._cell_paragraph(cell, Align.CENTER, first=not lines)
            paragraph.paragraph_format.keep_with_next = True
            if not lines:
                paragraph.paragraph_format.space_before = Pt(BODY_SIZE * 1.5)
            lines.append(paragraph)
            self._runs(paragraph, (Run(text),), BODY_SIZE)
            return paragraph

        if signer.above or pad_above:
            line(signer.above)
        if signer.signature is not None:
            # the picture sits on the signature line, in place of the dots
            paragraph = line("(ลงชื่อ) ")
            self._picture(paragraph, signer.signature, *_picture_size_cm(
                signer.signature, SIGNATURE_HEIGHT_CM, SIGNATURE_MAX_WIDTH_CM))
            self._runs(paragraph, (Run(f" {signer.role}"),), BODY_SIZE)
        else:
            line(f"(ลงชื่อ) {DOTS} {signer.role}")
        # without a name the brackets stay open for the name written by hand
        line(f"({signer.name})" if signer.name else f"({' ' * 40})")
        for text in (signer.position, signer.date_text):
            if text:
                line(text)

    def _verification_runs(self) -> tuple[Run, ...]:
        """The verification line with the fingerprint verbatim: with converted digits it
        could not be compared with the one on record."""
        verification = self.doc.verification
        if verification is None:
            return ()
        before, found, after = verification.line.partition(verification.fingerprint)
        if not verification.fingerprint or not found:
            return (Run(verification.line),)
        return tuple(run for run in (Run(before), Run(found, verbatim=True), Run(after))
                     if run.text)

    def _verification(self) -> None:
        if self.doc.verification is None:
            return
        spacer = self._paragraph()
        spacer.paragraph_format.space_before = Pt(BODY_SIZE)
        spacer.paragraph_format.keep_with_next = True
        qr_column = QR_WIDTH_CM + CELL_MARGINS_CM
        ((qr, text),) = self._new_table(1, [qr_column, self.text_width_cm - qr_column], None)
        self._picture(self._cell_paragraph(qr, Align.LEFT, first=True),
                      qr_png(self.doc.verification.qr_payload), QR_WIDTH_CM, QR_WIDTH_CM)
        text.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        self._runs(self._cell_paragraph(text, Align.LEFT, first=True),
                   self._verification_runs(), SMALL_SIZE)

    def finish(self) -> bytes:
        self._verification()
        if self._break_pending:
            self.out.add_page_break()
        out = io.BytesIO()
        self.out.save(out)
        return out.getvalue()


def _plain_black(style_element: Any) -> None:
    """Drop the template's theme colour, border and letter spacing from a style: official
    documents are black on white."""
    for found in style_element.xpath("w:rPr/w:color | w:rPr/w:spacing | w:rPr/w:kern"
                                     " | w:pPr/w:pBdr | w:pPr/w:contextualSpacing"):
        found.getparent().remove(found)
