"""Writing the parts of a Document into one worksheet, top to bottom.

A :class:`SheetWriter` writes cells, merges, pictures and row heights, and records what the
printed pages must respect: rows that stay on one page (a signature block with the last lines
before it, a heading with what follows, a picture with its caption), the forced page breaks
and the table headers to repeat. ``xlsx_pages`` then lays the rows out on pages.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.thai_text import display_width
from ita_desktop.files import FORMULA_STARTS, put_text
from ita_desktop.reports.model import (
    BODY_SIZE,
    DRAFT_MARK,
    Align,
    ContinuedLine,
    Document,
    Figure,
    Heading,
    ImageGrid,
    ListBlock,
    PageBreak,
    PageSetup,
    Paragraph,
    Part,
    Picture,
    Run,
    SignatureBlock,
    Table,
    TitleBlock,
    list_numbers,
    written,
)
from ita_desktop.reports.xlsx_signers import ALWAYS, LEAD_LINES, SignerWriter
from ita_desktop.reports.xlsx_text import (
    CELL_PADDING,
    DEFAULT_ROW_PT,
    INDENT_UNITS,
    MAX_ROW_PT,
    PX_PER_UNIT,
    WRAP_SLACK,
    clean,
    cm_px,
    height,
    line_count,
    number_format,
    printed,
    scale,
    split_columns,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

HEADER_FILL = "D9D9D9"
DRAFT_COLOR = "C00000"
LINES_PER_ROW = 2
"""Lines of a paragraph written into one row: the unit a page can end after."""


@functools.cache
def font(name: str, size: float, bold: bool = False, italic: bool = False,
         underline: bool = False, color: str | None = None) -> Any:
    from openpyxl.styles import Font

    return Font(name=name, size=size, bold=bold, italic=italic, color=color,
                underline="single" if underline else None)


@functools.cache
def _alignment(horizontal: str, vertical: str, indent: int = 0) -> Any:
    from openpyxl.styles import Alignment

    return Alignment(horizontal=horizontal, vertical=vertical, wrap_text=True, indent=indent)


@functools.cache
def _thin_border() -> Any:
    from openpyxl.styles import Border, Side

    thin = Side(style="thin", color="000000")
    return Border(left=thin, right=thin, top=thin, bottom=thin)


@dataclass(frozen=True)
class Repeat:
    """A table's header rows, printed again on every page its body continues on."""

    first: int
    last: int
    body_last: int


@dataclass
class SheetWriter(SignerWriter):
    """One worksheet being filled from the top; rows are 1-based, columns 0-based."""

    ws: Worksheet
    doc: Document
    widths: list[float]
    page: PageSetup
    row: int = 1
    heights: dict[int, float] = field(default_factory=dict)
    keeps: list[tuple[int, int, int]] = field(default_factory=list)
    """Row ranges (first, last, firmness) that must print on one page."""
    breaks: set[int] = field(default_factory=set)
    """Rows a new page must start at (the document's page breaks)."""
    repeats: list[Repeat] = field(default_factory=list)
    content: list[int] = field(default_factory=list)
    """Rows holding something, in order (gaps left out)."""
    banner: int | None = None
    keep_from: int | None = None
    beside_until: int = 0
    beside: tuple[int, int, int] | None = None
    """Free room left of a lone last signer: (signing row, last row, last free column), while
    nothing has been written after the block."""

    @property
    def last(self) -> int:
        return len(self.widths) - 1

    @property
    def digits(self) -> DigitStyle:
        return self.doc.digits

    def span_units(self, first: int, last: int) -> float:
        return sum(self.widths[first:last + 1])

    def span_px(self, first: int, last: int) -> float:
        return self.span_units(first, last) * PX_PER_UNIT

    def row_height(self, row: int) -> float:
        """The height the row is written with and planned at: every row of the sheet gets one,
        so that neither Excel nor LibreOffice sizes a row its own way and moves the page end."""
        return printed(self.heights.get(row, DEFAULT_ROW_PT))

    def grow(self, row: int, points: float) -> None:
        self.heights[row] = min(MAX_ROW_PT, max(self.heights.get(row, 0.0), points))
        if not self.content or self.content[-1] < row:
            self.content.append(row)

    def put(self, row: int, col: int, runs: Sequence[Run], size: float, *, bold: bool = False,
            align: Align = Align.LEFT, vertical: str = "top", indent: int = 0) -> str:
        """Write ``runs`` into one cell; mixed looks become rich text. Returns the text."""
        pieces = [(clean(written(run, self.digits)), (bold or run.bold, run.italic,
                                                      run.underline)) for run in runs]
        pieces = [piece for piece in pieces if piece[0]]
        text = "".join(piece for piece, _ in pieces)
        looks = {look for _, look in pieces}
        cell = self.ws.cell(row=row, column=col + 1)
        # One look is the cell's font; mixed looks get a rich-text block per run.
        cell.font = font(self.doc.font_name, size,
                         *(looks.pop() if len(looks) == 1 else (bold, False, False)))
        if looks:
            from openpyxl.cell.rich_text import CellRichText, TextBlock
            from openpyxl.cell.text import InlineFont

            cell.value = CellRichText([
                TextBlock(InlineFont(rFont=self.doc.font_name, sz=size, b=b or None,
                                     i=i or None, u="single" if u else None), piece)
                for piece, (b, i, u) in pieces])
            if text.startswith(FORMULA_STARTS):
                # Rich text is always stored as text; the prefix keeps it so on editing.
                cell.quotePrefix = True
        elif text:
            # Never a formula: a name or remark typed as =HYPERLINK(…) stays its letters.
            put_text(cell, text)
        # Excel and LibreOffice justify only at spaces, which Thai lines hardly have: one gap
        # would swallow the line's slack, so justified text is set flush left.
        horizontal = Align.LEFT if align is Align.JUSTIFY else align
        cell.alignment = _alignment(horizontal.value, vertical, indent)
        return text

    def block(self, row: int, first: int, last: int, runs: Sequence[Run], size: float, *,
              bold: bool = False, align: Align = Align.LEFT, indent: int = 0) -> None:
        """Write ``runs`` merged over columns first..last of one row, tall enough to show."""
        text = self.put(row, first, runs, size, bold=bold, align=align, indent=indent)
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first + 1, end_row=row,
                                end_column=last + 1)
        lines = line_count(text, size, bold, self.span_units(first, last) - INDENT_UNITS * indent)
        self.grow(row, height(lines, size))

    def text_rows(self, runs: Sequence[Run], size: float, *, bold: bool = False,
                  align: Align = Align.LEFT, indent: int = 0) -> None:
        """Rows merged across the sheet, a few lines to a row, broken between words: a page
        can then end inside a long paragraph, and a signature block can take its last lines
        along to the next page."""
        from ita_desktop.reports.linebreak import break_lines

        room = (self.span_units(0, self.last) - INDENT_UNITS * indent - CELL_PADDING) * WRAP_SLACK

        def measure(text: str, run: Run) -> float:
            return display_width(text) * scale(size, bold or run.bold)

        lines = break_lines(runs, room, room, measure, self.doc.keep_whole)
        for start in range(0, len(lines), LINES_PER_ROW):
            pieces: list[Run] = []
            for line in lines[start:start + LINES_PER_ROW]:
                pieces += [replace(piece.run, text=piece.text) for piece in line.pieces]
                if line.tail and pieces:
                    pieces[-1] = replace(pieces[-1], text=pieces[-1].text + line.tail)
            self.block(self.row, 0, self.last, pieces, size, bold=bold, align=align,
                       indent=indent)
            self.row += 1

    def gap(self, points: float = 8.0) -> None:
        self.heights[self.row] = max(self.heights.get(self.row, 0.0), points)
        self.row += 1

    def draft_banner(self) -> None:
        """The draft mark over the top row, for the screen: the print header carries it on
        paper, so this row is left out of the print area."""
        self.put(self.row, 0, (Run(DRAFT_MARK),), BODY_SIZE + 4, bold=True,
                 align=Align.CENTER, vertical="center")
        self.ws.cell(self.row, 1).font = font(self.doc.font_name, BODY_SIZE + 4, True,
                                              color=DRAFT_COLOR)
        if self.last:
            self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row,
                                end_column=self.last + 1)
        self.heights[self.row] = height(1, BODY_SIZE + 4)
        self.banner = self.row
        self.row += 1

    def lead(self) -> list[int]:
        """The last content rows that hold about :data:`LEAD_LINES` lines: one tall row of a
        paragraph, or two table rows."""
        rows: list[int] = []
        for row in reversed(self.content):
            rows.insert(0, row)
            if sum(self.heights[each] for each in rows) >= LEAD_LINES * height(1, BODY_SIZE - 2):
                break
        return rows

    def part(self, part: Part) -> None:
        start = self.row
        seen = len(self.content)
        if isinstance(part, TitleBlock):
            # The emblem is left out: tabular reports in Excel do not carry it, and a 3 cm
            # picture would push the table off the first screen.
            for line in part.lines:
                self.text_rows(line, part.size, bold=True, align=Align.CENTER)
        elif isinstance(part, Heading):
            self.text_rows(part.runs, BODY_SIZE, bold=True, align=part.align)
        elif isinstance(part, Paragraph):
            # Excel has no first-line indent; a cell indent would shift every line.
            self.text_rows(part.runs, part.size, align=part.align)
        elif isinstance(part, ListBlock):
            for depth, label, entry in list_numbers(part):
                mark = Run(f"{label} " if part.numbered else "• ")
                self.text_rows((mark, *entry.runs), BODY_SIZE, indent=1 + depth)
        elif isinstance(part, Table):
            self.table(part)
        elif isinstance(part, ImageGrid):
            self.images(part)
        elif isinstance(part, Picture):
            self.placed(part)
        elif isinstance(part, Figure):
            # No rasteriser for the drawing (see ``Figure``): its caption, centred.
            if part.caption:
                self.text_rows(part.caption, BODY_SIZE - 2, align=Align.CENTER)
        elif isinstance(part, SignatureBlock):
            self.signatures(part)
        elif isinstance(part, ContinuedLine):
            self.text_rows((Run(part.text),), BODY_SIZE, align=Align.RIGHT)
        elif isinstance(part, PageBreak):
            self.breaks.add(self.row)
        if self.keep_from is not None and len(self.content) > seen:
            self.keeps.append((self.keep_from, self.content[seen], ALWAYS))
            self.keep_from = None
        # A title or heading never ends a page: it stays with the first row after it.
        keep = (isinstance(part, TitleBlock | Heading)
                or (isinstance(part, Paragraph) and part.keep_with_next))
        if keep and self.row > start:
            self.keeps.append((start, self.row - 1, ALWAYS))
            self.keep_from = start

    def table(self, table: Table) -> None:
        grid = table.header_rows + table.rows
        heading = len(table.header_rows)
        first = self.row
        spanned: list[tuple[int, int, float]] = []
        for index, slots in enumerate(grid):
            row = first + index
            self.grow(row, height(1, table.size))
            if index >= heading and table.min_row_height_cm:
                self.grow(row, table.min_row_height_cm / 2.54 * 72)
            for col, cell in enumerate(slots):
                if cell is None:
                    continue
                in_header = index < heading
                bold = in_header or cell.bold
                text = self.put(row, col, cell.runs, table.size, bold=bold,
                                align=Align.CENTER if in_header else cell.align,
                                vertical="center" if in_header else "top")
                target = self.ws.cell(row=row, column=col + 1)
                if table.grid:
                    target.border = _thin_border()  # merge_cells copies it to the edges
                if in_header and table.grid:
                    from openpyxl.styles import PatternFill

                    target.fill = PatternFill("solid", fgColor=HEADER_FILL)
                if not in_header and cell.number is not None:
                    # The value a formula can add up; the format shows it as the runs read.
                    target.value = cell.number
                    target.number_format = number_format(cell, self.digits)
                elif not in_header:
                    target.number_format = "@"
                last_col, last_row = col + cell.colspan - 1, row + cell.rowspan - 1
                if (last_col, last_row) != (col, row):
                    self.ws.merge_cells(start_row=row, start_column=col + 1,
                                        end_row=last_row, end_column=last_col + 1)
                need = height(line_count(text, table.size, bold,
                                         self.span_units(col, last_col)), table.size)
                if cell.colspan == len(table.columns) and not in_header and index < len(grid) - 1:
                    # A group row spanning the table stays on the page of its first row.
                    self.keeps.append((row, row + 1, ALWAYS))
                if cell.rowspan == 1:
                    self.grow(row, need)
                else:
                    spanned.append((row, last_row, need))
                    self.keeps.append((row, last_row, ALWAYS))
        # A cell spanning rows only needs the rows together to be tall enough.
        for top, bottom, need in spanned:
            short = need - sum(self.heights[row] for row in range(top, bottom + 1))
            if short > 0:
                self.grow(bottom, self.heights[bottom] + short)
        end = first + len(grid) - 1
        if heading:
            # The header never ends a page without the first body row under it.
            self.keeps.append((first, min(end, first + heading), ALWAYS))
            if end >= first + heading:
                self.repeats.append(Repeat(first, first + heading - 1, end))
        self.row = end + 1

    def picture(self, data: bytes, row: int, first: int, last: int, max_w: float,
                max_h: float, *, align: Align = Align.CENTER, offset: float = 0.0) -> float:
        """A picture over columns first..last at the top of ``row``, scaled to fit
        max_w x max_h pixels and placed by ``align`` (``offset`` pixels in from the left for
        LEFT). Returns its height in pixels (0 for data that is no picture)."""
        from openpyxl.drawing.image import Image as XLImage
        from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, OneCellAnchor
        from openpyxl.drawing.xdr import XDRPositiveSize2D
        from openpyxl.utils.units import pixels_to_EMU

        try:
            picture = XLImage(io.BytesIO(data))
        except OSError:  # Pillow cannot read it; the caption or text still says what it was
            return 0.0
        ratio = min(max_w / picture.width, max_h / picture.height)
        width, tall = picture.width * ratio, picture.height * ratio
        room = max(0.0, self.span_px(first, last) - width)
        x = {Align.LEFT: min(offset, room), Align.RIGHT: room}.get(align, room / 2)
        # The offset must fall inside the anchor column: walk to the column it reaches.
        col = first
        while col < last and x >= self.span_px(col, col):
            x -= self.span_px(col, col)
            col += 1
        picture.anchor = OneCellAnchor(
            _from=AnchorMarker(col=col, colOff=pixels_to_EMU(int(x)), row=row - 1,
                               rowOff=pixels_to_EMU(3)),
            ext=XDRPositiveSize2D(pixels_to_EMU(int(width)), pixels_to_EMU(int(tall))))
        self.ws.add_image(picture)
        self.grow(row, tall * 0.75 + 6)
        return tall

    def images(self, grid: ImageGrid) -> None:
        """Pictures side by side, ``grid.columns`` to a row, each over its share of the
        sheet's columns, with its caption merged under it."""
        per_row = max(1, min(grid.columns, len(self.widths)))
        groups = split_columns(len(self.widths), per_row)
        for start in range(0, len(grid.images), per_row):
            batch = grid.images[start:start + per_row]
            for (first, last), image in zip(groups, batch, strict=False):
                self.picture(image.data, self.row, first, last,
                             self.span_px(first, last) - 10, cm_px(grid.image_height_cm))
            self.row += 1
            for (first, last), image in zip(groups, batch, strict=False):
                self.block(self.row, first, last, image.caption, BODY_SIZE, align=Align.CENTER)
            self.keeps.append((self.row - 1, self.row, ALWAYS))
            self.row += 1

    def placed(self, picture: Picture) -> None:
        """A picture at its given size, never wider than the sheet, caption under it."""
        full = self.span_px(0, self.last)
        width = min(cm_px(picture.width_cm), full)
        tall = cm_px(picture.height_cm) * width / cm_px(picture.width_cm) \
            if picture.height_cm else 10_000.0
        self.picture(picture.data, self.row, 0, self.last, width, tall, align=picture.align)
        self.row += 1
        if picture.caption:
            self.text_rows(picture.caption, BODY_SIZE, align=Align.CENTER)
            self.keeps.append((self.row - 2, self.row - 1, ALWAYS))
