"""The DOCX renderer: a :class:`~ita_desktop.reports.model.Document` as an editable Word file.

Units edit the file further, so it is made of real styles, inline pictures, sections and a
PAGE field, never text boxes or floating shapes. Thai is read from the complex-script slots
(``w:cs``, ``w:szCs``, ``w:bCs``), so every style and run sets them, and the template's theme
fonts, which would win over the defaults, are removed (``docx_xml``). Only exporting imports
this module (and python-docx with it).

LibreOffice stands in for Word: a DOCX is right only when LibreOffice 7.4 lays it out right
too. What that costs:

- LibreOffice shows ``w:numFmt="thaiNumbers"`` as 1 2 3, ignores it as a page number format
  and reads the field switch ``\\* ThaiArabic`` as Thai letters (ข for 2). So list labels
  ("๑." "๑.๑" "๑.๑.๑", as ``model.list_numbers`` gives them) are text in both digit styles,
  one way that looks the same in both programs, and page numbers use the section's
  ``thaiNumbers`` format: ๒ in Word, 2 in LibreOffice, never a letter.
- Rows of a table with grid lines are not marked "can't split": with horizontal borders,
  LibreOffice drops every row after the first that does not fit on the page (the header
  row repeating or not) when the rows are. Their paragraphs are kept whole instead ("keep
  lines together", which Word also honours in a cell), and the header rows are kept with the
  first body row. Tables without borders keep "can't split".
- The draft mark is header text, not a watermark shape: both programs show header text the
  same way on every page, and a unit editing the draft can delete it like any text.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.section import Section
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.reports.docx_xml import (
    ALIGN,
    CAPTION_SIZE,
    HEADING_SIZES,
    aspect_of,
    body_blocks,
    child,
    el,
    no_borders,
    paragraphs_of_last_row,
    picture_size_cm,
    set_font,
    set_up_styles,
    twips,
)
from ita_desktop.reports.model import (
    BODY_SIZE,
    DRAFT_MARK,
    Align,
    Cell,
    ContinuedLine,
    Document,
    Heading,
    ImageGrid,
    ListBlock,
    Orientation,
    PageBreak,
    PageSetup,
    Paragraph,
    Picture,
    Run,
    SectionBreak,
    SignatureBlock,
    Signer,
    Table,
    TitleBlock,
    list_numbers,
    written,
)
from ita_desktop.reports.qr import qr_png

Progress = Callable[[int, int], None]

SMALL_SIZE = 12.0
"""The verification line: small, still readable on paper."""
DRAFT_SIZE = BODY_SIZE + 4
QR_WIDTH_CM = 2.2
SIGNATURE_HEIGHT_CM = 1.2
SIGNATURE_MAX_WIDTH_CM = 3.5
CELL_MARGINS_CM = 0.4
"""Word's default left and right cell margins (0.19 cm each), rounded up."""
DOTS = "............................"
LIST_INDENT_CM = 1.5
"""Where the text of a top-level list entry starts."""
LIST_HANGING_CM = 0.75
"""Room for a top-level label ("๑."); each level down needs LIST_LABEL_GROWTH_CM more
("๑.๑", "๑.๑.๑")."""
LIST_LABEL_GROWTH_CM = 0.5
SPACER_SIZE = 8.0
"""The empty paragraph between two tables (Word would merge them into one)."""


def render_docx(doc: Document, progress: Progress | None = None) -> bytes:
    """The .docx bytes of ``doc``; ``progress(done, total)`` is called after each part."""
    writer = _Writer(doc)
    total = len(doc.parts)
    for done, part in enumerate(doc.parts, start=1):
        writer.part(part)
        if progress is not None:
            progress(done, total)
    return writer.finish()


def list_indents_cm(depth: int) -> tuple[float, float]:
    """(where the text starts, the hanging label's width) of a list entry at ``depth``: a
    label stands where the text of the entry above it starts."""
    text = LIST_INDENT_CM + sum(LIST_HANGING_CM + LIST_LABEL_GROWTH_CM * level
                                for level in range(1, depth + 1))
    return text, LIST_HANGING_CM + LIST_LABEL_GROWTH_CM * depth


def _number_text(number: float) -> str:
    return str(number) if isinstance(number, int) else f"{number:g}"


class _Writer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.font = doc.font_name
        self.out = docx.Document()
        self.text_width_cm = doc.page.text_width_cm
        self._break_pending = False
        self._verification_placed = False
        title_size = next((p.size for p in doc.parts if isinstance(p, TitleBlock)),
                          BODY_SIZE + 4)
        set_up_styles(self.out, self.font, title_size)
        self._set_up_section(self.out.sections[0], doc.page, first=True)
        self._bullets = self._add_bullets()
        self._set_properties()

    # --- set-up ----------------------------------------------------------------------------

    def _set_properties(self) -> None:
        """Title, the unit as author and the real dates, instead of the template's."""
        properties = self.out.core_properties
        made = self.doc.created or datetime.now(UTC)
        # python-docx writes the time as UTC whatever its zone; a naive time is local
        made = made.astimezone(UTC).replace(tzinfo=None)
        properties.title = self.doc.title
        properties.author = properties.last_modified_by = self.doc.author or "ITA Desktop"
        properties.comments = ""
        properties.created = properties.modified = made
        properties.revision = 1

    def _set_up_section(self, section: Section, page: PageSetup, *, first: bool) -> None:
        section.orientation = (WD_ORIENT.LANDSCAPE if page.orientation is Orientation.LANDSCAPE
                               else WD_ORIENT.PORTRAIT)
        section.page_width, section.page_height = (Cm(x) for x in page.size_cm)
        section.left_margin, section.right_margin = Cm(page.left_cm), Cm(page.right_cm)
        section.top_margin, section.bottom_margin = Cm(page.top_cm), Cm(page.bottom_cm)
        section.header_distance = section.footer_distance = Cm(1.25)
        self.text_width_cm = page.text_width_cm
        # only the document's first page goes without a number; a later section numbers
        # its first page as well
        section.different_first_page_header_footer = first and self.doc.page_numbers
        if self.doc.page_numbers or self.doc.draft:
            self._headers(section, page.text_width_cm, first=first)
        if first and self.doc.verification is not None:
            # later sections inherit these footers
            footers = [section.footer]
            if self.doc.page_numbers:
                footers.append(section.first_page_footer)
            for footer in footers:
                footer.is_linked_to_previous = False
                paragraph = footer.paragraphs[0]
                paragraph.alignment = ALIGN[Align.CENTER]
                self._runs(paragraph, self._verification_runs(), SMALL_SIZE)

    def _headers(self, section: Section, width_cm: float, *, first: bool) -> None:
        """The official "- ๒ -" centred at the top from the second page on, and on a draft
        the draft mark at the right of every page. Each section writes its own, since its
        tab stops follow its text width."""
        if self.doc.page_numbers and self.doc.digits is DigitStyle.THAI:
            child(section._sectPr, "w:pgNumType", fmt="thaiNumbers")
        if first and self.doc.page_numbers:
            header = section.first_page_header
            header.is_linked_to_previous = False  # the first page has no number
            if self.doc.draft:
                self._header_line(header.paragraphs[0], width_cm, page_number=False)
        header = section.header
        header.is_linked_to_previous = False
        self._header_line(header.paragraphs[0], width_cm, page_number=self.doc.page_numbers)

    def _header_line(self, paragraph: DocxParagraph, width_cm: float, *,
                     page_number: bool) -> None:
        stops = paragraph.paragraph_format.tab_stops
        stops.add_tab_stop(Cm(width_cm / 2), WD_TAB_ALIGNMENT.CENTER)
        stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)
        self._runs(paragraph, (Run("\t"),), BODY_SIZE)
        if page_number:
            self._runs(paragraph, (Run("- "),), BODY_SIZE)
            cached = written(Run("2"), self.doc.digits)  # shown until the field is updated
            for piece in ('<w:fldChar w:fldCharType="begin"/>',
                          '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
                          '<w:fldChar w:fldCharType="separate"/>', f"<w:t>{cached}</w:t>",
                          '<w:fldChar w:fldCharType="end"/>'):
                run = parse_xml(f'<w:r {nsdecls("w")}>{piece}</w:r>')
                paragraph._p.append(run)
                set_font(run.get_or_add_rPr(), self.font, BODY_SIZE)
            self._runs(paragraph, (Run(" -"),), BODY_SIZE)
        if self.doc.draft:
            self._runs(paragraph, (Run("\t"),), BODY_SIZE)
            self._runs(paragraph, (Run(DRAFT_MARK, bold=True),), DRAFT_SIZE)

    def _add_bullets(self) -> int:
        numbering = self.out.part.numbering_part.element
        abstracts = numbering.findall(qn("w:abstractNum"))
        abstract_id = max((int(a.get(qn("w:abstractNumId"))) for a in abstracts),
                          default=-1) + 1
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            '<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{twips(LIST_INDENT_CM)}" '
            f'w:hanging="{twips(LIST_HANGING_CM)}"/></w:pPr><w:rPr/></w:lvl></w:abstractNum>')
        set_font(abstract.find(qn("w:lvl")).find(qn("w:rPr")), self.font)
        # every w:abstractNum must come before the first w:num
        if abstracts:
            abstracts[-1].addnext(abstract)
        else:
            numbering.insert(0, abstract)
        ident = max((int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))),
                    default=0) + 1
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{ident}"><w:abstractNumId '
                                   f'w:val="{abstract_id}"/></w:num>'))
        style = self.out.styles["List Bullet"].element.get_or_add_pPr().get_or_add_numPr()
        style.get_or_add_numId().set(qn("w:val"), str(ident))
        return ident

    # --- text --------------------------------------------------------------------------------

    def _runs(self, paragraph: DocxParagraph, runs: Iterable[Run], size: float | None,
              *, bold: bool = False) -> None:
        for run in runs:
            added = paragraph.add_run(written(run, self.doc.digits))
            set_font(added._r.get_or_add_rPr(), self.font, size, bold=bold or run.bold,
                     italic=run.italic, underline=run.underline)

    def _paragraph(self, style: str | None = None, align: Align = Align.LEFT) -> DocxParagraph:
        paragraph = self.out.add_paragraph(style=style)
        if self._break_pending:
            # "page break before" leaves no empty line at the top of the new page, as a
            # paragraph holding only a break would
            paragraph.paragraph_format.page_break_before = True
            self._break_pending = False
        paragraph.alignment = ALIGN[align]
        return paragraph

    @staticmethod
    def _cell_paragraph(cell: _Cell, align: Align, *, first: bool = False) -> DocxParagraph:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        paragraph.alignment = ALIGN[align]
        return paragraph

    @staticmethod
    def _picture(paragraph: DocxParagraph, data: bytes, width_cm: float,
                 height_cm: float) -> None:
        paragraph.add_run().add_picture(io.BytesIO(data), width=Cm(width_cm),
                                        height=Cm(height_cm))

    def _keep_previous_with_next(self) -> None:
        """Keep the last lines of the content with what comes next (a signature block, the
        verification): the last paragraph, or the last row of a table. With widow control,
        at least two lines of a paragraph go along."""
        blocks = body_blocks(self.out)
        if not blocks:
            return
        last = blocks[-1]
        for p in paragraphs_of_last_row(last) if last.tag == qn("w:tbl") else [last]:
            DocxParagraph(p, self.out.part).paragraph_format.keep_with_next = True

    # --- parts ---------------------------------------------------------------------------

    def part(self, part: object) -> None:
        if isinstance(part, TitleBlock):
            if part.emblem is not None:
                paragraph = self._paragraph(align=Align.CENTER)
                paragraph.paragraph_format.keep_with_next = True
                self._picture(paragraph, part.emblem, *picture_size_cm(
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
            if part.keep_with_next:
                fmt.keep_with_next = True
            self._runs(paragraph, part.runs, part.size)
        elif isinstance(part, ListBlock):
            self._list(part)
        elif isinstance(part, Table):
            self._table(part)
        elif isinstance(part, ImageGrid):
            self._image_grid(part)
        elif isinstance(part, Picture):
            self._picture_part(part)
        elif isinstance(part, SignatureBlock):
            self._signatures(part)
        elif isinstance(part, PageBreak):
            self._break_pending = True
        elif isinstance(part, SectionBreak):
            self._break_pending = False  # the new section starts on a new page anyway
            self._set_up_section(self.out.add_section(WD_SECTION.NEW_PAGE), part.page,
                                 first=False)
        elif isinstance(part, ContinuedLine):
            self._runs(self._paragraph(align=Align.RIGHT), (Run(part.text),), BODY_SIZE)
        else:
            raise TypeError(f"unknown document part {type(part).__name__}")

    def _list(self, block: ListBlock) -> None:
        for depth, label, entry in list_numbers(block):
            paragraph = self._paragraph("List Number" if block.numbered else "List Bullet")
            text_cm, hanging_cm = list_indents_cm(depth)
            fmt = paragraph.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(text_cm), Cm(-hanging_cm)
            if block.numbered:
                num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().set(qn("w:val"), "0")
                num_pr.get_or_add_numId().set(qn("w:val"), "0")  # no numbering: a text label
                fmt.tab_stops.add_tab_stop(Cm(text_cm))
                self._runs(paragraph, (Run(f"{label}\t"),), BODY_SIZE)
            self._runs(paragraph, entry.runs, BODY_SIZE)

    def _new_table(self, rows: int, widths_cm: list[float], *, grid: bool,
                   caption: str = "", header_rows: int = 0,
                   kept: bool = False) -> list[list[_Cell]]:
        """The cells by row of a new table of fixed column widths (taken before any merge:
        python-docx's table.cell() walks the whole table), with grid lines or without.
        Rows of a table without grid lines never break across pages; a grid table keeps its
        cells' paragraphs whole instead (see the module's note on LibreOffice). A ``kept``
        table stays on the page of the content before it."""
        if self._break_pending:
            self.out.add_page_break()
            self._break_pending = False
        if kept:
            self._keep_previous_with_next()
        blocks = body_blocks(self.out)
        if blocks and blocks[-1].tag == qn("w:tbl"):
            spacer = self.out.add_paragraph()
            spacer.paragraph_format.keep_with_next = kept or None
            mark = el("w:rPr")  # the empty paragraph is as high as its mark
            spacer._p.get_or_add_pPr().append(mark)
            set_font(mark, self.font, SPACER_SIZE)
        table = self.out.add_table(rows=rows, cols=len(widths_cm))
        tbl_pr = table._tbl.tblPr
        if grid:
            table.style = self.out.styles["Table Grid"]
        else:
            no_borders(tbl_pr)
        table.autofit = False
        if caption:  # for screen readers
            child(tbl_pr, "w:tblCaption", val=caption)
        tbl_w = tbl_pr.find(qn("w:tblW"))
        tbl_w.set(qn("w:type"), "dxa")
        tbl_w.set(qn("w:w"), twips(sum(widths_cm)))
        for column, width in zip(table.columns, widths_cm, strict=True):
            column.width = Cm(width)
        cells = []
        for index, tr in enumerate(table._tbl.tr_lst):
            tr_pr = tr.get_or_add_trPr()
            if not grid:
                tr_pr.append(el("w:cantSplit"))
            if index < header_rows:  # repeated at the top of every page
                tr_pr.append(el("w:tblHeader"))
            for tc, width in zip(tr.tc_lst, widths_cm, strict=True):
                tc.width = Cm(width)
            cells.append([_Cell(tc, table) for tc in tr.tc_lst])
        return cells

    def _table(self, part: Table) -> None:
        scale = self.text_width_cm / sum(part.columns)
        grid = part.header_rows + part.rows
        headers = len(part.header_rows)
        cells = self._new_table(len(grid), [w * scale for w in part.columns], grid=part.grid,
                                caption=part.title, header_rows=headers)
        for r, row in enumerate(grid):
            header = r < headers
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                target = cells[r][c]
                if cell.colspan > 1 or cell.rowspan > 1:
                    target = target.merge(cells[r + cell.rowspan - 1][c + cell.colspan - 1])
                if header or cell.rowspan > 1:
                    target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                paragraph = self._cell_paragraph(target, cell.align, first=True)
                fmt = paragraph.paragraph_format
                fmt.keep_together = True
                # header rows stay with the first body row, and a group row spanning the
                # whole table ("ช่วงเตรียมการประเมิน") with the rows of its group
                fmt.keep_with_next = header or (cell.colspan == len(part.columns)
                                                and r < len(grid) - 1) or None
                self._runs(paragraph, _cell_runs(cell), part.size, bold=header or cell.bold)

    def _image_grid(self, grid: ImageGrid) -> None:
        columns = max(grid.columns, 1)
        width = self.text_width_cm / columns
        cells = self._new_table(math.ceil(len(grid.images) / columns), [width] * columns,
                                grid=False)
        for index, image in enumerate(grid.images):
            cell = cells[index // columns][index % columns]
            paragraph = self._cell_paragraph(cell, Align.CENTER, first=True)
            paragraph.paragraph_format.keep_with_next = True
            self._picture(paragraph, image.data, *picture_size_cm(
                image.data, grid.image_height_cm, width - CELL_MARGINS_CM))
            if image.caption:
                self._runs(cell.add_paragraph(style="Caption"), image.caption, CAPTION_SIZE)

    def _picture_part(self, part: Picture) -> None:
        """The picture at its given size, never wider than the text, its caption below."""
        aspect = aspect_of(part.data)
        height = part.height_cm if part.height_cm is not None else part.width_cm / aspect
        shrink = min(1.0, self.text_width_cm / part.width_cm)
        paragraph = self._paragraph(align=part.align)
        self._picture(paragraph, part.data, part.width_cm * shrink, height * shrink)
        if part.caption:
            paragraph.paragraph_format.keep_with_next = True
            self._runs(self._paragraph("Caption", part.align), part.caption, CAPTION_SIZE)

    def _signatures(self, block: SignatureBlock) -> None:
        """Signers, never split over pages and never alone on one. A single column of
        signers is one row that cannot split (LibreOffice breaks a chain of rows kept with
        the next when it is longer than the room left); side by side, one row per line of
        signers keeps their signing lines level. Every line keeps with the next, and the
        last lines of the content keep with the block."""
        columns = max(block.columns, 1)
        per_row = columns if columns > 1 else len(block.signers)
        # a single column of signers stands in the right half, where official documents are
        # signed
        widths = [self.text_width_cm / max(columns, 2)] * max(columns, 2)
        rows = self._new_table(math.ceil(len(block.signers) / per_row), widths, grid=False,
                               kept=True)
        if columns == 1 and self.doc.verification is not None and block is self.doc.parts[-1]:
            # the QR code beside the last signers, so it never stands alone on a page
            self._verification_cell(rows[-1][0], QR_WIDTH_CM)
            self._verification_placed = True
        for r, row in enumerate(rows):
            signers = block.signers[r * per_row:(r + 1) * per_row]
            if columns == 1:
                for signer in signers:
                    self._signer(row[-1], signer, pad_above=False)
                continue
            for cell, signer in zip(row, signers, strict=False):
                # the signing lines stay level when only some have a line above
                self._signer(cell, signer, pad_above=any(other.above for other in signers))
        for cell in rows[-1]:
            cell.paragraphs[-1].paragraph_format.keep_with_next = None

    def _signer(self, cell: _Cell, signer: Signer, *, pad_above: bool) -> None:
        """One block as the seeds print it (see ``model.Signer``): the rank and the
        signature on the signing line, the bare name in brackets, position, role, date."""
        lines: list[DocxParagraph] = []
        first_in_cell = not any(p.runs for p in cell.paragraphs)

        def line(text: str) -> DocxParagraph:
            paragraph = self._cell_paragraph(cell, Align.CENTER,
                                             first=first_in_cell and not lines)
            paragraph.paragraph_format.keep_with_next = True
            if not lines:
                paragraph.paragraph_format.space_before = Pt(BODY_SIZE * 1.5)
            lines.append(paragraph)
            if text:
                self._runs(paragraph, (Run(text),), BODY_SIZE)
            return paragraph

        if signer.above or pad_above:
            line(signer.above)
        signing = line(f"{signer.rank} " if signer.rank else "")
        if signer.signature is not None:
            self._picture(signing, signer.signature, *picture_size_cm(
                signer.signature, SIGNATURE_HEIGHT_CM, SIGNATURE_MAX_WIDTH_CM))
        else:
            self._runs(signing, (Run(DOTS),), BODY_SIZE)
        # without a name the brackets stay open for the name written by hand
        line(f"({signer.name})" if signer.name else f"({' ' * 40})")
        for text in (signer.position, signer.role, signer.date_text):
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

    def _verification_cell(self, cell: _Cell, qr_cm: float) -> None:
        """The QR code of the verification, and its line beside or below it."""
        verification = self.doc.verification
        assert verification is not None
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
        paragraph = self._cell_paragraph(cell, Align.LEFT, first=True)
        paragraph.paragraph_format.keep_with_next = True
        self._picture(paragraph, qr_png(verification.qr_payload), qr_cm, qr_cm)
        self._runs(self._cell_paragraph(cell, Align.LEFT), self._verification_runs(),
                   SMALL_SIZE)

    def _verification(self) -> None:
        """Without a signature block to stand beside, the QR code stands at the end, kept
        with the last lines of the content."""
        if self.doc.verification is None or self._verification_placed:
            return
        self._keep_previous_with_next()
        spacer = self._paragraph()
        spacer.paragraph_format.space_before = Pt(BODY_SIZE)
        spacer.paragraph_format.keep_with_next = True
        (cells,) = self._new_table(1, [self.text_width_cm], grid=False)
        self._verification_cell(cells[0], QR_WIDTH_CM)

    def finish(self) -> bytes:
        self._verification()
        if self._break_pending:
            self.out.add_page_break()
        out = io.BytesIO()
        self.out.save(out)
        return out.getvalue()


def _cell_runs(cell: Cell) -> tuple[Run, ...]:
    """The cell's runs; a number given without them is shown as it is."""
    if not cell.runs and cell.number is not None:
        return (Run(_number_text(cell.number)),)
    return cell.runs

