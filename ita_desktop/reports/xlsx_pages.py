"""Laying the rows of a written sheet out on printed pages, and the sheet's print setup.

Excel and LibreOffice would break pages wherever the rows fill them: through a signature
block, or with a repeated table header over nothing but signers. Instead the rows are laid out
here, from the row heights the writer set, and every page ends with a manual break: blocks that
must stay together do, the document's page breaks are kept, a table's header is written again
at the top of each page its body continues on (only there, unlike Excel's print titles), and
the page number stands at the foot of each page in the document's digits, which a footer's &P
cannot give (Excel and LibreOffice print it in Arabic digits only).

The page numbers are right only while Excel and LibreOffice break no page of their own inside
a planned one. What holds them to the plan: every printed row has its height written, in whole
pixels as Excel draws it (``SheetWriter.row_height``), so no program sizes a row its own way;
the sheet is fitted to the page width only, which both programs do by shrinking alone, and a
page is planned at the largest scale the sheet can print at (``xlsx_text.print_scale``); a page
is planned to fill at most ``xlsx_text.FILL`` of the height inside the margins, where Excel
and LibreOffice keep the body while printing the header and footer in the margins.

The written sheet is a scratch sheet; the pages are copied into the sheet that is kept.
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ita_desktop.reports.model import BODY_SIZE, DRAFT_MARK, Align, Run, written
from ita_desktop.reports.xlsx_sheet import Repeat, SheetWriter, font
from ita_desktop.reports.xlsx_text import capacity, clean, height, is_wide, printed

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

NUMBER_SIZE = BODY_SIZE - 2
FREEZE_MAX_PT = 200.0
"""Freezing more than this above the body would leave too little of a laptop screen to scroll."""


@dataclass(frozen=True)
class Page:
    first: int
    last: int
    repeat: Repeat | None = None


def _units(first: int, last: int, keeps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rows first..last grouped so that every kept range lies inside one group."""
    reach = {row: row for row in range(first, last + 1)}
    for top, bottom in keeps:
        if first <= top <= last:
            reach[top] = max(reach[top], min(bottom, last))
    units, row = [], first
    while row <= last:
        end, scan = reach[row], row
        while scan <= end:
            end = max(end, reach[scan])
            scan += 1
        units.append((row, end))
        row = end + 1
    return units


def paginate(sheet: SheetWriter, first: int, capacity: float, number_pt: float) -> list[Page]:
    """The rows from ``first`` to the last written one, page by page.

    Rows are placed in groups that must share a page; a group taller than a page is placed
    by the finer groups inside it (a signature block without the rows before it, then signer
    by signer), and at last row by row."""
    last = sheet.row - 1
    written = set(sheet.content)
    pages: list[Page] = []
    start, used, repeat = first, 0.0, None

    def tall(top: int, bottom: int) -> float:
        return sum(sheet.row_height(row) for row in range(top, bottom + 1))

    def room() -> float:
        extra = tall(repeat.first, repeat.last) if repeat else 0.0
        return capacity - number_pt - extra

    def new_page(at: int) -> None:
        nonlocal start, used, repeat
        pages.append(Page(start, at - 1, repeat))
        start, used = at, 0.0
        repeat = next((each for each in sheet.repeats
                       if each.last < at <= each.body_last), None)

    def place(top: int, bottom: int, level: int) -> None:
        nonlocal used, start
        keeps = [(a, b) for a, b, at in sheet.keeps if at >= level]
        for low, high in _units(top, bottom, keeps):
            if used and (low in sheet.breaks or used + tall(low, high) > room()):
                new_page(low)
            # A page never opens with a blank row: the spacing after a signature block or
            # before a table that falls at a page end is left out, rather than printed at the
            # top of the next page, or as a page of its own holding nothing but its number.
            while not used and low <= high and low not in written:
                low += 1
                start = low
            if low > high:
                continue
            need = tall(low, high)
            if need <= room() or low == high:
                used += need
            else:
                place(low, high, level + 1)

    place(first, last, 0)
    if start <= last:
        pages.append(Page(start, last, repeat))
    return pages


def _copy_row(source: Worksheet, target: Worksheet, row: int, to: int, columns: int) -> None:
    for col in range(1, columns + 1):
        cell = source.cell(row, col)
        if not cell.has_style and cell.value is None:
            continue
        out = target.cell(to, col)
        out._style = copy(cell._style)
        if cell.value is not None:
            out.value = cell.value
            if cell.data_type == "s":
                out.data_type = "s"


def lay_out(sheet: SheetWriter, target: Worksheet) -> dict[int, int]:
    """Copy the written sheet into ``target`` page by page; returns where each row went."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.pagebreak import Break

    source, columns = sheet.ws, len(sheet.widths)
    wide = is_wide(sheet.widths, sheet.page)
    first = (sheet.banner or 0) + 1
    numbers = sheet.doc.page_numbers
    number_pt = printed(height(1, NUMBER_SIZE)) if numbers else 0.0
    pages = paginate(sheet, first, capacity(sheet.widths, sheet.page), number_pt)
    where: dict[int, int] = {}
    copies: list[tuple[int, int]] = []  # (source row, target row) of repeated header rows
    to = 1
    for row in range(1, first):
        where[row] = to
        to += 1
    for index, page in enumerate(pages, start=1):
        if page.repeat:
            for row in range(page.repeat.first, page.repeat.last + 1):
                copies.append((row, to))
                to += 1
        for row in range(page.first, page.last + 1):
            where[row] = to
            to += 1
        if numbers:
            _page_number(sheet, target, to, index, len(pages))
            to += 1
        if index < len(pages):
            target.row_breaks.append(Break(id=to - 1))
    for row, at in [*where.items(), *copies]:
        _copy_row(source, target, row, at, columns)
        # The heights the pages were planned with, on every row, blank ones too.
        target.row_dimensions[at].height = sheet.row_height(row)
    for merged in source.merged_cells.ranges:
        top, bottom = merged.min_row, merged.max_row
        spots = [where[top]] + [at for row, at in copies if row == top]
        for at in spots:
            target.merge_cells(start_row=at, start_column=merged.min_col,
                               end_row=at + bottom - top, end_column=merged.max_col)
    for picture in source._images:
        picture.anchor._from.row = where[picture.anchor._from.row + 1] - 1
        target.add_image(picture)
    for index, width in enumerate(sheet.widths, start=1):
        target.column_dimensions[get_column_letter(index)].width = width
    _print_setup(sheet, target, wide, where, to - 1)
    return where


def _page_number(sheet: SheetWriter, target: Worksheet, row: int, number: int,
                 total: int) -> None:
    from openpyxl.styles import Alignment

    cell = target.cell(row, 1)
    cell.value = written(Run(f"{number} / {total}"), sheet.digits)
    cell.data_type = "s"
    cell.font = font(sheet.doc.font_name, NUMBER_SIZE)
    cell.alignment = Alignment(horizontal=Align.CENTER.value, vertical="bottom")
    if len(sheet.widths) > 1:
        target.merge_cells(start_row=row, start_column=1, end_row=row,
                           end_column=len(sheet.widths))
    target.row_dimensions[row].height = printed(height(1, NUMBER_SIZE))


def _print_setup(sheet: SheetWriter, ws: Worksheet, wide: bool, where: dict[int, int],
                 last_row: int) -> None:
    """Frozen header, print area, paper, margins, the draft mark and the footer."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.page import PageMargins

    page, doc = sheet.page, sheet.doc
    if sheet.repeats:
        header_end = where[sheet.repeats[0].last]
        above = sum(ws.row_dimensions[row].height or 15.0 for row in range(1, header_end + 1))
        # Frozen rows cannot be scrolled: a tall preamble would leave no room for the body.
        if above <= FREEZE_MAX_PT:
            ws.freeze_panes = f"A{header_end + 1}"
    first = (sheet.banner or 0) + 1
    ws.print_area = f"A{first}:{get_column_letter(len(sheet.widths))}{last_row}"
    ws.page_setup.orientation = "landscape" if wide else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=page.left_cm / 2.54, right=page.right_cm / 2.54,
                                  top=page.top_cm / 2.54, bottom=page.bottom_cm / 2.54,
                                  header=1 / 2.54, footer=0.8 / 2.54)
    if doc.draft:
        header = ws.oddHeader.center
        header.text = DRAFT_MARK
        header.font, header.size, header.color = f"{doc.font_name},Bold", 20, "C00000"
        ws.sheet_properties.tabColor = "C00000"
    if doc.verification:
        # Excel refuses a header or footer over 255 characters.
        footer = ws.oddFooter.left
        footer.text = clean(doc.verification.line)[:200].replace("&", "&&")
        footer.font, footer.size = f"{doc.font_name},Regular", 10
