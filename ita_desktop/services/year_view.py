"""Every date of a fiscal year, read from the database: the unit's calendar, the meetings and
their action items, the OIT deadlines and monthly deliverables, as one list for the window's
year view, the start-up notice and the .ics file (``domain/year_view.py`` holds the rules,
``exchange/ics.py`` the file)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.fiscal import fiscal_year_bounds
from ita_desktop.domain.units import section_by_key
from ita_desktop.domain.year_view import (
    YearEntry,
    YearSummary,
    in_order,
    meeting_entries,
    oit_entries,
    phase_entries,
    within,
    year_summary,
)
from ita_desktop.exchange.ics import write_ics
from ita_desktop.services import calendar as calendar_service
from ita_desktop.services import oit as oit_service
from ita_desktop.services.roster import unit_kind
from ita_desktop.store.database import Database
from ita_desktop.store.meetings import MeetingRepository
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.unit import UnitRepository


def year_entries(db: Database, fiscal_year: int,
                 digits: DigitStyle = DigitStyle.THAI) -> list[YearEntry]:
    """The year's phases, meetings, dated action items and OIT work, in the agenda list's
    order. Only what falls in the fiscal year's days, whichever year's meeting decided it: an action
    decided in September and due in October belongs to the next year's view."""
    # Everybody, those who have left included: a phase or an action keeps whom it named.
    people = {p.id: p.display_name for p in PeopleRepository(db).all() if p.id is not None}
    kind = unit_kind(db)

    def name_of(person_id: int) -> str:
        return people.get(person_id, "")

    def section_of(key: str) -> str:
        try:
            return section_by_key(kind, key).thai
        except KeyError:
            return ""

    calendar = calendar_service.calendar_of(db, fiscal_year)
    # Every meeting, not the year's alone, and then the year's days: an action decided in
    # September is due in the next year's view, and a meeting of the next year's committee
    # may be held in this year's last quarter. Reading by fiscal year lost both from every
    # year's view. A unit holds a handful of meetings a year, so reading them all is cheap.
    meetings = MeetingRepository(db).all()
    # The year before too: its September report is due in this year's October.
    dues = [*oit_service.year_dues(db, fiscal_year - 1), *oit_service.year_dues(db, fiscal_year)]
    entries = [*phase_entries(calendar, name_of, section_of),
               *meeting_entries(meetings, name_of, digits), *oit_entries(dues)]
    return in_order(within(entries, *fiscal_year_bounds(fiscal_year)))


def summary(db: Database, fiscal_year: int, today: date,
            digits: DigitStyle = DigitStyle.THAI) -> YearSummary:
    """What the window tells on opening: the year's late work and the work due this week."""
    return year_summary(year_entries(db, fiscal_year, digits), today)


def export_ics(db: Database, fiscal_year: int, path: Path, today: date,
               digits: DigitStyle = DigitStyle.THAI) -> int:
    """Write the year to ``path`` as an .ics file for phone calendars, whole or not at all;
    return the number of events written."""
    entries = year_entries(db, fiscal_year, digits)
    unit = UnitRepository(db).get()
    unit_name = (unit.short_name or unit.full_name) if unit else ""
    write_ics(path, entries, unit_name=unit_name, fiscal_year=fiscal_year, today=today,
              digits=digits)
    return len(entries)
