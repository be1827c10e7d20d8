"""The assessment calendar's use cases: the year's calendar (the unit's own, or the catalog's
phases until it saves one), saving it under the rules, and going back to the catalog.

A save checks the calendar with the domain's ``calendar_problems`` inside its own write
transaction (``BEGIN IMMEDIATE``), against the roster at that moment. A signed-off calendar
table does not freeze the calendar: the table is a report about the fiscal year, and the
register keeps the signed version's files as they were signed; a changed calendar exports as
a draft of the next version, to be signed off again (as the roster and the fact sheet are),
unlike a committee order, whose number and date make it a document of its own.
"""

from __future__ import annotations

from dataclasses import replace

from ita_desktop.domain.calendar import (
    Phase,
    PhaseGroup,
    UnitCalendar,
    calendar_problems,
    from_catalog,
)
from ita_desktop.domain.framework.model import CalendarPhase, Catalog
from ita_desktop.domain.framework.problems import CatalogError
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.exchange.framework_file import latest_bundled_catalog
from ita_desktop.services.committee import person_facts, shown_date
from ita_desktop.services.frameworks import framework_name, starting_point
from ita_desktop.store.calendar import CalendarRepository
from ita_desktop.store.database import Database
from ita_desktop.store.frameworks import FrameworkRepository

register({
    "calendar.problems": QT_TRANSLATE_NOOP(
        "Errors", "The calendar was not saved:\n%findings"),
})


class CalendarProblemsError(AppError):
    """A calendar that breaks the rules; ``findings`` says each thing, nothing was written."""

    def __init__(self, findings: list[AppError]) -> None:
        self.findings = findings
        super().__init__("calendar.problems", findings=findings)


def _grouped(catalog: Catalog) -> list[CalendarPhase]:
    """The catalog's phases, each under its group. A framework stored before phases had
    groups (a database older than schema 7) reads every phase as the assessment part; its
    phases then take the group of the phase of the same title in the framework the program
    ships for that year or, for a year it does not ship, the latest earlier one. A phase no
    shipped framework names keeps the group it has."""
    phases = list(catalog.calendar)
    if any(p.group is not PhaseGroup.ASSESSMENT for p in phases):
        return phases
    try:
        shipped = latest_bundled_catalog(str(catalog.framework), catalog.fiscal_year)
    except CatalogError:
        return phases
    groups = {p.title.strip(): p.group for p in shipped.calendar}
    return [replace(p, group=groups.get(p.title.strip(), p.group)) for p in phases]


def catalog_calendar(db: Database, fiscal_year: int) -> UnitCalendar:
    """The catalog's phases of ``fiscal_year`` as a calendar: the year's framework as the
    unit keeps it, else what the year's framework would start from (nothing is saved)."""
    frameworks = FrameworkRepository(db)
    catalog = frameworks.get(fiscal_year)
    if catalog is None:
        catalog = starting_point(frameworks, framework_name(db), fiscal_year)
    return from_catalog(fiscal_year, _grouped(catalog))


def calendar_of(db: Database, fiscal_year: int) -> UnitCalendar:
    """The year's calendar: the unit's own once saved (with its version), otherwise the
    catalog's phases (version None, so that saving it is checked against a save in between)."""
    return CalendarRepository(db).get(fiscal_year) or catalog_calendar(db, fiscal_year)


def has_own_calendar(db: Database, fiscal_year: int) -> bool:
    """Whether the unit has saved a calendar of its own for the year."""
    return CalendarRepository(db).get(fiscal_year) is not None


def _tidied(phase: Phase) -> Phase:
    return replace(phase, step=phase.step.strip(), work=phase.work.strip(),
                   period_text=phase.period_text.strip())


def save_calendar(db: Database, calendar: UnitCalendar) -> UnitCalendar:
    """Save the year's calendar over the revision it was read as, in one transaction; refused
    with every finding (``CalendarProblemsError``) when it breaks a rule, and with
    ``CalendarChangedMeanwhileError`` when someone saved or reset it since it was read."""
    calendar = replace(calendar, phases=tuple(_tidied(p) for p in calendar.phases))
    repo = CalendarRepository(db)
    with db.transaction():
        # A stale copy is refused as such, before its findings (which may be theirs).
        repo.check_unchanged(calendar.fiscal_year, calendar.version)
        findings = calendar_problems(calendar, person_facts(db), shown_date)
        if findings:
            raise CalendarProblemsError(findings)
        return repo.save(calendar)


def reset_to_catalog(db: Database, fiscal_year: int, version: int | None) -> UnitCalendar:
    """Drop the unit's own calendar of the year (read as ``version``) and return the catalog's
    phases the year follows again; refused when someone saved it since."""
    CalendarRepository(db).delete(fiscal_year, version)
    return catalog_calendar(db, fiscal_year)
