"""XLSX rendering of a report Document, for tabular reports: one worksheet per Table.

Which part goes on which sheet: every table has a sheet of its own, with the document's title
lines on top so that each sheet prints on its own. The parts before the first table go above
it; a part after a table stays on that table's sheet (a footnote belongs under the table it
explains), except the lead-in of the next table: from the first heading after the table, or
the paragraphs marked keep-with-next right before the next table. A SectionBreak starts a new
sheet printed with its page setup; a section without a table is a sheet of its own.

Excel cannot embed fonts, so every cell names ``doc.font_name`` (the national font the office
PCs have). ``xlsx_text`` measures, ``xlsx_sheet`` writes the parts (``xlsx_signers`` the
signature blocks), ``xlsx_pages`` lays the rows out on printed pages. openpyxl is imported
inside the functions: the window must start without it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from ita_desktop.domain.thai_text import display_width
from ita_desktop.reports.model import (
    Document,
    Heading,
    PageSetup,
    Paragraph,
    Part,
    Run,
    SectionBreak,
    Table,
    TitleBlock,
    plain_text,
    written,
)
from ita_desktop.reports.xlsx_pages import lay_out
from ita_desktop.reports.xlsx_sheet import SheetWriter
from ita_desktop.reports.xlsx_text import (
    CELL_PADDING,
    MAX_ROW_PT,
    PX_PER_UNIT,
    UNITS_PER_CHAR,
    clean,
    scale,
    sheet_name,
)

__all__ = ["MAX_ROW_PT", "UNITS_PER_CHAR", "NotTabularError", "render_xlsx"]

MIN_WIDTH = 4.0
MAX_WIDTH = 60.0
PLAIN_COLUMNS = 4
"""Columns of a sheet without a table: enough to set one signer over the right half."""


class NotTabularError(ValueError):
    """The document has no table: XLSX is only offered for tabular reports."""


@dataclass
class _Plan:
    """The parts of one sheet, in order, and the page setup it prints with."""

    page: PageSetup
    parts: list[Part] = field(default_factory=list)
    table: Table | None = None
    breaks: int = 0
    """Section breaks just before this sheet (counted for progress)."""


def _lead_in(gap: list[Part]) -> int:
    """Where the lead-in of the next table starts within the parts between two tables."""
    for index, part in enumerate(gap):
        if isinstance(part, Heading | TitleBlock):
            return index
    index = len(gap)
    while index and isinstance(gap[index - 1], Paragraph) and gap[index - 1].keep_with_next:
        index -= 1
    return index


def _section_plans(parts: list[Part], page: PageSetup) -> list[_Plan]:
    tables = [index for index, part in enumerate(parts) if isinstance(part, Table)]
    if not tables:
        return [_Plan(page, parts)] if parts else []
    plans: list[_Plan] = []
    start = 0
    for number, at in enumerate(tables):
        table = parts[at]
        assert isinstance(table, Table)
        following = parts[at + 1:tables[number + 1]] if number + 1 < len(tables) \
            else parts[at + 1:]
        keep = _lead_in(following) if number + 1 < len(tables) else len(following)
        plans.append(_Plan(page, [*parts[start:at + 1], *following[:keep]], table))
        start = at + 1 + keep
    return plans


def plan_sheets(doc: Document) -> list[_Plan]:
    """The sheets the document is written on: the section breaks, then the tables decide."""
    plans: list[_Plan] = []
    section: list[Part] = []
    page, breaks = doc.page, 0
    for part in [*doc.parts, None]:
        if part is None or isinstance(part, SectionBreak):
            found = _section_plans(section, page)
            if found:
                found[0].breaks, breaks = breaks, 0
            plans += found
            if part is not None:
                section, page, breaks = [], part.page, breaks + 1
        else:
            section.append(part)
    return plans


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
            need = widest * scale(table.size, bold) + CELL_PADDING + 0.5
            widths[c] = max(widths[c], min(MAX_WIDTH, need))
    return [round(width, 1) for width in widths]


def _page_units(page: PageSetup) -> float:
    return page.text_width_cm / 2.54 * 96 / PX_PER_UNIT


def _name(plan: _Plan, number: int) -> str:
    if plan.table is not None and plan.table.title:
        return plan.table.title
    heading = next((part for part in plan.parts if isinstance(part, Heading)), None)
    if plan.table is None and heading is not None:
        return plain_text(heading.runs)
    return f"{'ตาราง' if plan.table is not None else 'ส่วนที่'} {number}"


def render_xlsx(doc: Document, progress: Callable[[int, int], None] | None = None) -> bytes:
    """The document as an .xlsx workbook; ``progress(done, total)`` follows each part."""
    if not doc.tables():
        raise NotTabularError(
            f"'{doc.title}' has no table, and a spreadsheet holds only tabular reports: "
            "export it as DOCX or PDF instead.")
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    properties = workbook.properties
    properties.title = clean(doc.title)
    properties.creator = clean(doc.author) or "ITA Desktop"
    properties.created = doc.created or datetime.now()
    title = next((part for part in doc.parts if isinstance(part, TitleBlock)), None)
    taken: set[str] = set()
    done, total = 0, len(doc.parts)

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    plans = plan_sheets(doc)
    for number, plan in enumerate(plans, start=1):
        name = sheet_name(written(Run(_name(plan, number)), doc.digits), taken, doc.digits)
        widths = (_column_widths(plan.table, _page_units(plan.page)) if plan.table
                  else [round(_page_units(plan.page) / PLAIN_COLUMNS, 1)] * PLAIN_COLUMNS)
        sheet = SheetWriter(workbook.create_sheet(f"scratch {number}"), doc, widths, plan.page)
        if doc.draft:
            sheet.draft_banner()
        # Every sheet opens with the document's title, so each prints on its own.
        if title is not None and not any(part is title for part in plan.parts):
            sheet.part(title)
        for _ in range(plan.breaks):
            tick()
        for part in plan.parts:
            if part is plan.table and sheet.row > 1 + (sheet.banner or 0):
                sheet.gap()
            sheet.part(part)
            if part is plan.table:
                sheet.gap()
            tick()
        if doc.verification is not None and number == len(plans):
            sheet.verification(doc.verification)
        lay_out(sheet, workbook.create_sheet(name))
        workbook.remove(sheet.ws)
    # Section breaks count as parts done too: they are written as the sheets between.
    while done < total:
        tick()
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
