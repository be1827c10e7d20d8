"""Starting next fiscal year's framework from this year's: dates and the year's own B.E. years
moved, the years of laws and codes left alone."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from ita_desktop.domain.digits import to_arabic_digits, to_thai_digits
from ita_desktop.domain.fiscal import shift_to_fiscal_year
from ita_desktop.domain.framework.model import Catalog, Deadline, DeadlineKind
from ita_desktop.domain.framework.problems import CatalogError, CatalogProblem
from ita_desktop.domain.framework.provenance import mark_provisional
from ita_desktop.domain.framework.reading import MAX_FISCAL_YEAR, MIN_FISCAL_YEAR, checked
from ita_desktop.domain.thai_dates import MONTHS_ABBR

_DIGIT = "0-9\u0e50-\u0e59"
_MONTH_ABBR = "|".join(re.escape(month) for month in MONTHS_ABBR)
# A B.E. year in running text: four digits ("๒๕๖๘", "2568"), or two digits right after an
# abbreviated month ("ก.พ.68", "มี.ค. ๖๘"), which is how deadlines and periods are written.
_YEAR_IN_TEXT = re.compile(
    rf"(?P<month>{_MONTH_ABBR})(?P<space>\s*)(?P<short>[{_DIGIT}]{{2}})(?![{_DIGIT}])"
    rf"|(?<![{_DIGIT}])(?P<long>[{_DIGIT}]{{4}})(?![{_DIGIT}])"
)
_LEAP_DAY_TEXT = re.compile(rf"(?<![{_DIGIT}])(?:29|๒๙)(?=\s*(?:ก\.พ\.|กุมภาพันธ์))")


def _digits_like(text: str, model: str) -> str:
    return to_thai_digits(text) if any("๐" <= char <= "๙" for char in model) else text


def _shift_years_in_text(text: str, fiscal_year: int, delta: int) -> str:
    # Only the fiscal year and the calendar year it starts in are moved: other years in the
    # text name laws and codes ("พ.ร.บ. ... พ.ศ. ๒๕๖๐", "ประมวลจริยธรรม ... ๒๕๖๔") that
    # stay the same from one assessment year to the next.
    moved = {fiscal_year - 1, fiscal_year}

    def replace(match: re.Match[str]) -> str:
        if match["long"] is not None:
            raw = match["long"]
            year = int(to_arabic_digits(raw))
            return _digits_like(str(year + delta), raw) if year in moved else raw
        raw = match["short"]
        year = 2500 + int(to_arabic_digits(raw))
        if year not in moved:
            return match.group(0)
        short = f"{(year + delta) % 100:02d}"
        return f"{match['month']}{match['space']}{_digits_like(short, raw)}"

    return _YEAR_IN_TEXT.sub(replace, text)


def _shift_deadline(deadline: Deadline, old_fy: int, new_fy: int) -> Deadline:
    delta = new_fy - old_fy
    text = _shift_years_in_text(deadline.text, old_fy, delta)
    due = deadline.date
    if deadline.kind == DeadlineKind.DATE and isinstance(due, date):
        new_due = shift_to_fiscal_year(due, old_fy, new_fy)
        if due.month == 2 and due.day == 29 and new_due.day == 28:
            # "๒๙ ก.พ. ๒๕๖๗" has no counterpart in a common year; the date moved to the 28th.
            text = _LEAP_DAY_TEXT.sub(lambda m: _digits_like("28", m.group(0)), text)
        due = new_due
    return dataclasses.replace(deadline, date=due, text=text)


def start_new_year(catalog: Catalog, new_fiscal_year: int) -> Catalog:
    """A copy of ``catalog`` for ``new_fiscal_year``: dates moved by whole years (29 February
    becomes 28 February), B.E. years of the old fiscal year in titles, components, deadline
    texts and calendar texts moved too, and the move recorded in the notes."""
    if isinstance(new_fiscal_year, bool) or not isinstance(new_fiscal_year, int):
        raise CatalogError(
            [CatalogProblem("framework.year_not_whole", value=repr(new_fiscal_year))]
        )
    if not MIN_FISCAL_YEAR <= new_fiscal_year <= MAX_FISCAL_YEAR:
        raise CatalogError([CatalogProblem("framework.year_not_be", value=new_fiscal_year)])
    old = catalog.fiscal_year
    if new_fiscal_year == old:
        raise CatalogError([CatalogProblem("framework.same_year", year=old)])
    delta = new_fiscal_year - old

    def shift_text(text: str) -> str:
        return _shift_years_in_text(text, old, delta)

    items = [
        dataclasses.replace(
            item,
            title=shift_text(item.title),
            components=[shift_text(component) for component in item.components],
            deadline=_shift_deadline(item.deadline, old, new_fiscal_year),
        )
        for item in catalog.oit_items
    ]
    calendar = [
        dataclasses.replace(
            phase,
            title=shift_text(phase.title),
            start=shift_to_fiscal_year(phase.start, old, new_fiscal_year),
            end=shift_to_fiscal_year(phase.end, old, new_fiscal_year),
            description=shift_text(phase.description),
        )
        for phase in catalog.calendar
    ]
    # The notes are the framework's own text, kept in the file; they are written in English
    # like the bundled notes, for whoever maintains the framework files.
    note = (
        f"Started for fiscal year {new_fiscal_year} from the {old} catalog: dates and years "
        f"moved by {delta:+d} year(s); check them against the NACC manual for "
        f"{new_fiscal_year}."
    )
    notes = f"{catalog.notes.rstrip()}\n\n{note}" if catalog.notes.strip() else note
    # No source documents the new year yet: every value waits for the unit to confirm it.
    return checked(mark_provisional(
        dataclasses.replace(
            catalog,
            fiscal_year=new_fiscal_year,
            title=shift_text(catalog.title),
            notes=notes,
            oit_items=items,
            calendar=calendar,
        )
    ))
