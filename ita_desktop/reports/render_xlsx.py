"""XLSX rendering of a report Document, for tabular reports: one worksheet per Table.

Above each table go the document's title lines and the parts that come before the table (since
the previous one), each as a row merged across the table; parts after the last table go below
it on the last sheet. Excel cannot embed fonts, so every cell names ``doc.font_name`` (the
national font the office PCs have). Excel neither measures Thai text nor grows row heights
written by openpyxl, so widths and heights are estimated here from the count of characters
that take room (Thai marks above and below do not) and set explicitly: the default 15 pt row
clips 16 pt Thai.

openpyxl is imported inside the functions: the window must start without it.
"""

from __future__ import annotations

import functools
import io
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.thai_text import display_width
from ita_desktop.reports.model import (
    BODY_SIZE,
    Align,
    Document,
    Heading,
    ImageGrid,
    ListBlock,
    Orientation,
    Paragraph,
    Part,
    Run,
    SignatureBlock,
    Signer,
    Table,
    TitleBlock,
    Verification,
    written,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

UNITS_PER_CHAR = 1.15
"""Excel width units (Calibri 11 digit widths, 7 px) per non-mark character of TH Sarabun New
16 pt: 0.95-1.13 measured on Thai and Latin text in Sarabun and Laksaman, each scaled to TH
Sarabun New's size; rounded up so that a column never cuts its widest line."""
CELL_PADDING = 1.5
MIN_WIDTH = 4.0
MAX_WIDTH = 60.0
WIDE_UNITS = 100.0
"""Tables wider than this (about 1.15 portrait text widths) are printed landscape."""
PX_PER_UNIT = 7.0
LINE_PT = 1.5
"""Row height per line as a multiple of the font size: 24 pt for TH Sarabun New 16 pt."""
ROW_PAD_PT = 3.0
MAX_ROW_PT = 409.0
"""Excel's largest row height; longer text is split over several rows."""
WRAP_SLACK = 0.93
"""Lines break at word ends, so a line holds less than the full column width."""
FREEZE_MAX_PT = 200.0
"""Freezing more than this above the body would leave too little of a laptop screen to scroll."""
HEADER_FILL = "D9D9D9"
DOTS = "." * 36


class NotTabularError(ValueError):
    """The document has no table: XLSX is only offered for tabular reports."""


def _clean(text: str) -> str:
    """The text without the control characters openpyxl refuses (IllegalCharacterError)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _scale(size: float, bold: bool) -> float:
    return UNITS_PER_CHAR * size / BODY_SIZE * (1.04 if bold else 1.0)


def _line_count(text: str, size: float, bold: bool, width: float) -> int:
    """Lines the text wraps to in a cell ``width`` units wide: a line that fits stays one,
    a longer one loses the slack of word-end breaks on every line."""
    fits, room = width - CELL_PADDING, max(1.0, (width - CELL_PADDING) * WRAP_SLACK)
    widths = [display_width(line) * _scale(size, bold) for line in text.split("\n")]
    return sum(1 if units <= fits else math.ceil(units / room) for units in widths)


def _height(lines: int, size: float) -> float:
    return min(MAX_ROW_PT, lines * size * LINE_PT + ROW_PAD_PT)


def _cut(text: str, limit: int) -> str:
    """At most ``limit`` characters, never ending between a Thai letter and its marks."""
    end = min(len(text), limit)
    while 0 < end < len(text) and display_width(text[end]) == 0:
        end -= 1
    return text[:end]


def _hard_split(word: str, budget: int) -> list[str]:
    """A word wider than ``budget`` cut into pieces, keeping each letter with its marks."""
    pieces: list[str] = []
    while display_width(word) > budget:
        end = seen = 0
        while end < len(word) and (seen < budget or display_width(word[end]) == 0):
            seen += display_width(word[end])
            end += 1
        pieces.append(word[:end])
        word = word[end:]
    return pieces + [word] if word else pieces


def _chunks(runs: Sequence[Run], budget: int) -> list[tuple[Run, ...]]:
    """Runs split into pieces of at most ``budget`` characters, at spaces where there are
    any, so that no piece needs a row taller than Excel allows."""
    if sum(display_width(run.text) for run in runs) <= budget:
        return [tuple(runs)]
    chunks: list[tuple[Run, ...]] = []
    current: list[Run] = []
    used = 0
    for run in runs:
        for word in re.findall(r"\S+\s*|\s+", run.text):
            for piece in _hard_split(word, budget):
                width = display_width(piece)
                if current and used + width > budget:
                    chunks.append(tuple(current))
                    current, used = [], 0
                current.append(replace(run, text=piece))
                used += width
    if current:
        chunks.append(tuple(current))
    return chunks


@functools.cache
def _font(name: str, size: float, bold: bool = False, italic: bool = False,
          underline: bool = False) -> Any:
    from openpyxl.styles import Font

    return Font(name=name, size=size, bold=bold, italic=italic,
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


def _column_widths(table: Table, page_units: float) -> list[float]:
    """Each column as wide as its widest single-column cell line, capped (the rest wraps),
    and at least a share of the page proportional to ``Table.columns``, so that a column left
    blank for handwriting still gets room."""
    total = sum(table.columns)
    widths = [max(MIN_WIDTH, 0.5 * page_units * share / total) for share in table.columns]
    for index, row in enumerate(table.header_rows + table.rows):
        header = index < len(table.header_rows)
        for c, cell in enumerate(row):
            if cell is None or cell.colspan != 1:
                continue
            bold = header or cell.bold or all(run.bold for run in cell.runs)
            widest = max(display_width(line) for line in cell.text.split("\n"))
            need = widest * _scale(table.size, bold) + CELL_PADDING + 0.5
            widths[c] = max(widths[c], min(MAX_WIDTH, need))
    return [round(width, 1) for width in widths]


def _split_columns(count: int, parts: int) -> list[tuple[int, int]]:
    """``count`` columns shared out into ``parts`` groups as (first, last), left to right."""
    bounds = [round(i * count / parts) for i in range(parts + 1)]
    return [(bounds[i], bounds[i + 1] - 1) for i in range(parts)]


_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(wanted: str, taken: set[str], digits: DigitStyle) -> str:
    """Excel's rules: 1-31 characters, none of []:*?/\\, no apostrophe at either end, unique
    ignoring case, and not "History" (Excel reserves it)."""
    name = _FORBIDDEN.sub(" ", _clean(wanted)).strip().strip("'").strip()
    name = _cut(name or written(Run("ตาราง"), digits), 31).strip()
    candidate, number = name, 2
    while candidate.casefold() in taken or candidate.casefold() == "history":
        suffix = written(Run(f" ({number})"), digits)
        candidate = _cut(name, 31 - len(suffix)).rstrip() + suffix
        number += 1
    taken.add(candidate.casefold())
    return candidate


def _signer_lines(signer: Signer) -> list[str | bytes | None]:
    """The rows of one signature, aligned slot by slot with the signer beside it."""
    return [signer.above or None, signer.signature, f"(ลงชื่อ) {DOTS} {signer.role}".rstrip(),
            f"({signer.name or DOTS})", signer.position or None, signer.date_text or None]


@dataclass
class _Sheet:
    """One worksheet being filled from the top; rows are 1-based, columns 0-based."""

    ws: Worksheet
    doc: Document
    widths: list[float]
    row: int = 1
    heights: dict[int, float] = field(default_factory=dict)
    header: tuple[int, int] | None = None

    @property
    def last(self) -> int:
        return len(self.widths) - 1

    def span_units(self, first: int, last: int) -> float:
        return sum(self.widths[first:last + 1])

    def grow(self, row: int, points: float) -> None:
        self.heights[row] = min(MAX_ROW_PT, max(self.heights.get(row, 0.0), points))

    def put(self, row: int, col: int, runs: Sequence[Run], size: float, *, bold: bool = False,
            align: Align = Align.LEFT, vertical: str = "top", indent: int = 0) -> str:
        """Write ``runs`` into one cell; mixed looks become rich text. Returns the text."""
        pieces = [(_clean(written(run, self.doc.digits)), (bold or run.bold, run.italic,
                                                         run.underline)) for run in runs]
        pieces = [piece for piece in pieces if piece[0]]
        text = "".join(piece for piece, _ in pieces)
        looks = {look for _, look in pieces}
        cell = self.ws.cell(row=row, column=col + 1)
        # One look is the cell's font; mixed looks get a rich-text block per run.
        cell.font = _font(self.doc.font_name, size,
                          *(looks.pop() if len(looks) == 1 else (bold, False, False)))
        if looks:
            from openpyxl.cell.rich_text import CellRichText, TextBlock
            from openpyxl.cell.text import InlineFont

            cell.value = CellRichText([
                TextBlock(InlineFont(rFont=self.doc.font_name, sz=size, b=b or None,
                                     i=i or None, u="single" if u else None), piece)
                for piece, (b, i, u) in pieces])
        elif text:
            cell.value = text
            # openpyxl would store text starting with "=" as a formula.
            cell.data_type = "s"
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
        # An indent level is about three characters, 1.5 width units.
        lines = _line_count(text, size, bold, self.span_units(first, last) - 1.5 * indent)
        self.grow(row, _height(lines, size))

    def text_rows(self, runs: Sequence[Run], size: float, *, bold: bool = False,
                  align: Align = Align.LEFT, indent: int = 0) -> None:
        """Rows merged across the table: as many as Excel's row height limit makes needed."""
        room = (self.span_units(0, self.last) - 1.5 * indent - CELL_PADDING) * WRAP_SLACK
        per_row = (MAX_ROW_PT - ROW_PAD_PT) // (size * LINE_PT)
        budget = max(1, int(room / _scale(size, bold) * per_row * 0.9))
        for chunk in _chunks(runs, budget):
            self.block(self.row, 0, self.last, chunk, size, bold=bold, align=align,
                       indent=indent)
            self.row += 1

    def gap(self, points: float = 8.0) -> None:
        self.grow(self.row, points)
        self.row += 1

    def part(self, part: Part) -> None:
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
            for number, item in enumerate(part.items, start=part.start):
                mark = Run(f"{number}. " if part.numbered else "• ")
                self.text_rows((mark, *item), BODY_SIZE, indent=1)
        elif isinstance(part, Table):
            self.table(part)
        elif isinstance(part, ImageGrid):
            self.images(part)
        elif isinstance(part, SignatureBlock):
            self.signatures(part)
        # PageBreak and ContinuedLine are ignored: a sheet is one long page that Excel
        # paginates itself, so forced breaks and "continued" marks would land in wrong places.

    def table(self, table: Table) -> None:
        grid = table.header_rows + table.rows
        heading = len(table.header_rows)
        first = self.row
        spanned: list[tuple[int, int, float]] = []
        for index, slots in enumerate(grid):
            row = first + index
            self.grow(row, _height(1, table.size))
            for col, cell in enumerate(slots):
                if cell is None:
                    continue
                in_header = index < heading
                bold = in_header or cell.bold
                text = self.put(row, col, cell.runs, table.size, bold=bold,
                                align=Align.CENTER if in_header else cell.align,
                                vertical="center" if in_header else "top")
                target = self.ws.cell(row=row, column=col + 1)
                target.border = _thin_border()  # merge_cells copies it to the range's edges
                if in_header:
                    from openpyxl.styles import PatternFill

                    target.fill = PatternFill("solid", fgColor=HEADER_FILL)
                else:
                    target.number_format = "@"
                last_col, last_row = col + cell.colspan - 1, row + cell.rowspan - 1
                if (last_col, last_row) != (col, row):
                    self.ws.merge_cells(start_row=row, start_column=col + 1,
                                        end_row=last_row, end_column=last_col + 1)
                need = _height(_line_count(text, table.size, bold,
                                           self.span_units(col, last_col)), table.size)
                if cell.rowspan == 1:
                    self.grow(row, need)
                else:
                    spanned.append((row, last_row, need))
        # A cell spanning rows only needs the rows together to be tall enough.
        for top, bottom, need in spanned:
            short = need - sum(self.heights[row] for row in range(top, bottom + 1))
            if short > 0:
                self.grow(bottom, self.heights[bottom] + short)
        if heading:
            self.header = (first, first + heading - 1)
        self.row = first + len(grid)

    def span_px(self, first: int, last: int) -> float:
        return self.span_units(first, last) * PX_PER_UNIT

    def picture(self, data: bytes, row: int, first: int, last: int, max_w: float,
                max_h: float) -> float:
        """A picture centred over columns first..last at the top of ``row``, scaled to fit
        max_w x max_h pixels. Returns its height in pixels (0 for data that is no picture)."""
        from openpyxl.drawing.image import Image as XLImage
        from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, OneCellAnchor
        from openpyxl.drawing.xdr import XDRPositiveSize2D
        from openpyxl.utils.units import pixels_to_EMU

        try:
            picture = XLImage(io.BytesIO(data))
        except OSError:  # Pillow cannot read it; the caption or text still says what it was
            return 0.0
        ratio = min(max_w / picture.width, max_h / picture.height)
        width, height = picture.width * ratio, picture.height * ratio
        # The offset must fall inside the anchor column: walk to the column it reaches.
        x = max(0.0, (self.span_px(first, last) - width) / 2)
        col = first
        while col < last and x >= self.span_px(col, col):
            x -= self.span_px(col, col)
            col += 1
        picture.anchor = OneCellAnchor(
            _from=AnchorMarker(col=col, colOff=pixels_to_EMU(int(x)), row=row - 1,
                               rowOff=pixels_to_EMU(3)),
            ext=XDRPositiveSize2D(pixels_to_EMU(int(width)), pixels_to_EMU(int(height))))
        self.ws.add_image(picture)
        self.grow(row, height * 0.75 + 6)
        return height

    def images(self, grid: ImageGrid) -> None:
        """Pictures side by side, ``grid.columns`` to a row, each over its share of the
        table's columns, with its caption merged under it."""
        per_row = max(1, min(grid.columns, len(self.widths)))
        groups = _split_columns(len(self.widths), per_row)
        max_h = grid.image_height_cm / 2.54 * 96
        for start in range(0, len(grid.images), per_row):
            batch = grid.images[start:start + per_row]
            for (first, last), image in zip(groups, batch, strict=False):
                self.picture(image.data, self.row, first, last,
                             self.span_px(first, last) - 10, max_h)
            self.row += 1
            for (first, last), image in zip(groups, batch, strict=False):
                self.block(self.row, first, last, image.caption, BODY_SIZE, align=Align.CENTER)
            self.row += 1

    def signatures(self, block: SignatureBlock) -> None:
        """One signer over the right half of the columns, or two side by side."""
        self.gap()
        count = len(self.widths)
        half = count // 2 if count > 1 else 0
        pair = block.columns >= 2 and count >= 2
        for start in range(0, len(block.signers), 2 if pair else 1):
            group = block.signers[start:start + (2 if pair else 1)]
            slots = [(0, half - 1), (half, count - 1)] if len(group) == 2 else [(half, count - 1)]
            lines = [_signer_lines(signer) for signer in group]
            for slot in range(len(lines[0])):
                entries = [each[slot] for each in lines]
                if all(entry is None for entry in entries):
                    continue
                for (first, last), entry in zip(slots, entries, strict=True):
                    if isinstance(entry, bytes):
                        self.picture(entry, self.row, first, last,
                                     self.span_px(first, last) - 10, 1.2 / 2.54 * 96)
                    elif entry:
                        self.block(self.row, first, last, (Run(entry),), BODY_SIZE,
                                   align=Align.CENTER)
                self.row += 1
            self.gap()

    def verification(self, check: Verification) -> None:
        """The QR code and the verification line; the line is written as given (verbatim),
        because the report number and fingerprint in it must match the QR code exactly."""
        from ita_desktop.reports.qr import qr_png

        self.gap()
        self.picture(qr_png(check.qr_payload), self.row, 0, 0, 2.5 / 2.54 * 96,
                     2.5 / 2.54 * 96)
        self.row += 1
        self.text_rows((Run(check.line, verbatim=True),), BODY_SIZE - 2)

    def finish(self) -> None:
        """Row heights, frozen header, print setup, footer."""
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.page import PageMargins

        ws, page = self.ws, self.doc.page
        for index, width in enumerate(self.widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        for row, points in self.heights.items():
            ws.row_dimensions[row].height = round(points, 1)
        if self.header:
            above = sum(self.heights.get(row, 15.0) for row in range(1, self.header[1] + 1))
            # Frozen rows cannot be scrolled: a tall preamble would leave no room for the body.
            if above <= FREEZE_MAX_PT:
                ws.freeze_panes = f"A{self.header[1] + 1}"
            ws.print_title_rows = f"{self.header[0]}:{self.header[1]}"
        wide = sum(self.widths) > WIDE_UNITS or page.orientation is Orientation.LANDSCAPE
        ws.page_setup.orientation = "landscape" if wide else "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins = PageMargins(left=page.left_cm / 2.54, right=page.right_cm / 2.54,
                                      top=page.top_cm / 2.54, bottom=page.bottom_cm / 2.54,
                                      header=1 / 2.54, footer=0.8 / 2.54)
        # Excel cannot leave the number off the first page without a separate first-page
        # footer, nor write &P in Thai digits: "page / pages" on every page is the honest form.
        footer = ws.oddFooter
        numbers = footer.right if self.doc.verification else footer.center
        if self.doc.page_numbers:
            numbers.text = "&P / &N"
            numbers.font, numbers.size = f"{self.doc.font_name},Regular", 14
        if self.doc.verification:
            # Excel refuses a header or footer over 255 characters.
            footer.left.text = _clean(self.doc.verification.line)[:200].replace("&", "&&")
            footer.left.font, footer.left.size = f"{self.doc.font_name},Regular", 10


def render_xlsx(doc: Document, progress: Callable[[int, int], None] | None = None) -> bytes:
    """The document as an .xlsx workbook; ``progress(done, total)`` follows each part."""
    tables = [index for index, part in enumerate(doc.parts) if isinstance(part, Table)]
    if not tables:
        raise NotTabularError(
            f"'{doc.title}' has no table, and a spreadsheet holds only tabular reports: "
            "export it as DOCX or PDF instead.")
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = _clean(doc.title)
    workbook.properties.creator = _clean(doc.author) or "ITA Desktop"
    title = next((part for part in doc.parts if isinstance(part, TitleBlock)), None)
    page_units = doc.page.text_width_cm / 2.54 * 96 / PX_PER_UNIT
    sheets: list[_Sheet] = []
    pending: list[Part] = []
    taken: set[str] = set()
    done = 0

    def step(part: Part) -> None:
        nonlocal done
        sheets[-1].part(part)
        done += 1
        if progress is not None:
            progress(done, len(doc.parts))

    for index, part in enumerate(doc.parts):
        if index > tables[-1]:
            step(part)
        elif not isinstance(part, Table):
            pending.append(part)
        else:
            number = len(sheets) + 1
            name = _sheet_name(written(Run(part.title or f"ตาราง {number}"), doc.digits),
                               taken, doc.digits)
            sheets.append(_Sheet(workbook.create_sheet(name), doc,
                                 _column_widths(part, page_units)))
            # Every sheet opens with the document's title, so each prints on its own.
            if title is not None and not any(item is title for item in pending):
                sheets[-1].part(title)
            for item in pending:
                step(item)
            if sheets[-1].row > 1:
                sheets[-1].gap()
            step(part)
            sheets[-1].gap()
            pending = []
    if doc.verification is not None:
        sheets[-1].verification(doc.verification)
    for sheet in sheets:
        sheet.finish()
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
