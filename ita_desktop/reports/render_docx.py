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
from ita_desktop.reports.docx_signers import SMALL_SIZE, Closing
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
    Figure,
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
    Table,
    TitleBlock,
    list_numbers,
    written,
)

Progress = Callable[[int, int], None]

DRAFT_SIZE = BODY_SIZE + 4
CELL_MARGINS_CM = 0.4
"""Word's default left and right cell margins (0.19 cm each), rounded up."""
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
    writer = DocxWriter(doc)
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


class DocxWriter:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.font = doc.font_name
        self.out = docx.Document()
        self.text_width_cm = doc.page.text_width_cm
        self._break_pending = False
        self.closing = Closing(self)
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
                self.runs(paragraph, self.closing.footer_runs(), SMALL_SIZE)

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
        self.runs(paragraph, (Run("\t"),), BODY_SIZE)
        if page_number:
            self.runs(paragraph, (Run("- "),), BODY_SIZE)
            cached = written(Run("2"), self.doc.digits)  # shown until the field is updated
            for piece in ('<w:fldChar w:fldCharType="begin"/>',
                          '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
                          '<w:fldChar w:fldCharType="separate"/>', f"<w:t>{cached}</w:t>",
                          '<w:fldChar w:fldCharType="end"/>'):
                run = parse_xml(f'<w:r {nsdecls("w")}>{piece}</w:r>')
                paragraph._p.append(run)
                set_font(run.get_or_add_rPr(), self.font, BODY_SIZE)
            self.runs(paragraph, (Run(" -"),), BODY_SIZE)
        if self.doc.draft:
            self.runs(paragraph, (Run("\t"),), BODY_SIZE)
            self.runs(paragraph, (Run(DRAFT_MARK, bold=True),), DRAFT_SIZE)

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

    def runs(self, paragraph: DocxParagraph, runs: Iterable[Run], size: float | None,
              *, bold: bool = False) -> None:
        for run in runs:
            added = paragraph.add_run(written(run, self.doc.digits))
            set_font(added._r.get_or_add_rPr(), self.font, size, bold=bold or run.bold,
                     italic=run.italic, underline=run.underline)

    def paragraph(self, style: str | None = None, align: Align = Align.LEFT) -> DocxParagraph:
        paragraph = self.out.add_paragraph(style=style)
        if self._break_pending:
            # "page break before" leaves no empty line at the top of the new page, as a
            # paragraph holding only a break would
            paragraph.paragraph_format.page_break_before = True
            self._break_pending = False
        paragraph.alignment = ALIGN[align]
        return paragraph

    @staticmethod
    def cell_paragraph(cell: _Cell, align: Align, *, first: bool = False) -> DocxParagraph:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        paragraph.alignment = ALIGN[align]
        return paragraph

    @staticmethod
    def picture(paragraph: DocxParagraph, data: bytes, width_cm: float,
                 height_cm: float) -> None:
        paragraph.add_run().add_picture(io.BytesIO(data), width=Cm(width_cm),
                                        height=Cm(height_cm))

    def keep_previous_with_next(self) -> None:
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
                paragraph = self.paragraph(align=Align.CENTER)
                paragraph.paragraph_format.keep_with_next = True
                self.picture(paragraph, part.emblem, *picture_size_cm(
                    part.emblem, part.emblem_height_cm, self.text_width_cm))
            for line in part.lines:
                self.runs(self.paragraph("Title", Align.CENTER), line, part.size)
        elif isinstance(part, Heading):
            level = min(max(part.level, 1), 2)
            paragraph = self.paragraph(f"Heading {level}", part.align)
            self.runs(paragraph, part.runs, HEADING_SIZES[level])
        elif isinstance(part, Paragraph):
            paragraph = self.paragraph(align=part.align)
            fmt = paragraph.paragraph_format
            fmt.first_line_indent = Cm(part.first_line_indent_cm) or None
            fmt.left_indent = Cm(part.left_indent_cm) or None
            fmt.space_before = Pt(part.space_before) or None
            fmt.space_after = Pt(part.space_after) or None
            if part.keep_with_next:
                fmt.keep_with_next = True
            self.runs(paragraph, part.runs, part.size)
        elif isinstance(part, ListBlock):
            self._list(part)
        elif isinstance(part, Table):
            self._table(part)
        elif isinstance(part, ImageGrid):
            self._image_grid(part)
        elif isinstance(part, Picture):
            self._picture_part(part)
        elif isinstance(part, Figure):
            # No rasteriser for the drawing (see ``Figure``): its caption, centred.
            if part.caption:
                self.runs(self.paragraph(align=Align.CENTER), part.caption, BODY_SIZE - 2)
        elif isinstance(part, SignatureBlock):
            self.closing.signatures(part)
        elif isinstance(part, PageBreak):
            self._break_pending = True
        elif isinstance(part, SectionBreak):
            self._break_pending = False  # the new section starts on a new page anyway
            self._set_up_section(self.out.add_section(WD_SECTION.NEW_PAGE), part.page,
                                 first=False)
        elif isinstance(part, ContinuedLine):
            self.runs(self.paragraph(align=Align.RIGHT), (Run(part.text),), BODY_SIZE)
        else:
            raise TypeError(f"unknown document part {type(part).__name__}")

    def _list(self, block: ListBlock) -> None:
        for depth, label, entry in list_numbers(block):
            paragraph = self.paragraph("List Number" if block.numbered else "List Bullet")
            text_cm, hanging_cm = list_indents_cm(depth)
            fmt = paragraph.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(text_cm), Cm(-hanging_cm)
            if block.numbered:
                num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().set(qn("w:val"), "0")
                num_pr.get_or_add_numId().set(qn("w:val"), "0")  # no numbering: a text label
                fmt.tab_stops.add_tab_stop(Cm(text_cm))
                self.runs(paragraph, (Run(f"{label}\t"),), BODY_SIZE)
            self.runs(paragraph, entry.runs, BODY_SIZE)

    def new_table(self, rows: int, widths_cm: list[float], *, grid: bool,
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
            self.keep_previous_with_next()
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
        cells = self.new_table(len(grid), [w * scale for w in part.columns], grid=part.grid,
                                caption=part.title, header_rows=headers)
        if part.min_row_height_cm:
            for row_cells in cells[headers:]:
                # After w:cantSplit, before anything else a body row's properties hold.
                row_cells[0]._tc.getparent().get_or_add_trPr().append(
                    el("w:trHeight", val=twips(part.min_row_height_cm), hRule="atLeast"))
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
                paragraph = self.cell_paragraph(target, cell.align, first=True)
                fmt = paragraph.paragraph_format
                fmt.keep_together = True
                # header rows stay with the first body row, and a group row spanning the
                # whole table ("ช่วงเตรียมการประเมิน") with the rows of its group
                fmt.keep_with_next = header or (cell.colspan == len(part.columns)
                                                and r < len(grid) - 1) \
                    or part.keep_with_next or None
                self.runs(paragraph, _cell_runs(cell), part.size, bold=header or cell.bold)

    def _image_grid(self, grid: ImageGrid) -> None:
        columns = max(grid.columns, 1)
        width = self.text_width_cm / columns
        cells = self.new_table(math.ceil(len(grid.images) / columns), [width] * columns,
                                grid=False)
        for index, image in enumerate(grid.images):
            cell = cells[index // columns][index % columns]
            paragraph = self.cell_paragraph(cell, Align.CENTER, first=True)
            paragraph.paragraph_format.keep_with_next = True
            self.picture(paragraph, image.data, *picture_size_cm(
                image.data, grid.image_height_cm, width - CELL_MARGINS_CM))
            if image.caption:
                caption = cell.add_paragraph(style="Caption")
                caption.alignment = ALIGN[Align.CENTER]  # under the centred picture
                self.runs(caption, image.caption, CAPTION_SIZE)

    def _picture_part(self, part: Picture) -> None:
        """The picture at its given size, never wider than the text, its caption below."""
        aspect = aspect_of(part.data)
        height = part.height_cm if part.height_cm is not None else part.width_cm / aspect
        shrink = min(1.0, self.text_width_cm / part.width_cm)
        paragraph = self.paragraph(align=part.align)
        self.picture(paragraph, part.data, part.width_cm * shrink, height * shrink)
        if part.caption:
            paragraph.paragraph_format.keep_with_next = True
            self.runs(self.paragraph("Caption", part.align), part.caption, CAPTION_SIZE)

    def finish(self) -> bytes:
        self.closing.finish()
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

