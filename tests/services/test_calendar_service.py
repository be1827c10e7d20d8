"""The calendar's use cases without Qt: a year follows the catalog until the unit saves its
own, a save keeps every rule or nothing is written, a stale save is refused, and a reset goes
back to the catalog."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ita_desktop.domain.calendar import Duty, PhaseGroup, Responsible, WhoKind
from ita_desktop.domain.roster import Person
from ita_desktop.domain.units import UnitKind
from ita_desktop.services.calendar import (
    CalendarProblemsError,
    calendar_of,
    has_own_calendar,
    reset_to_catalog,
    save_calendar,
)
from ita_desktop.store.calendar import CalendarChangedMeanwhileError
from ita_desktop.store.people import PeopleRepository


def _officer(db, first: str = "มาลี") -> int:  # type: ignore[no-untyped-def]
    person = PeopleRepository(db).add(
        Person(rank_key="pol_capt", first_name=first, last_name="ศรีสุข", female=True),
        UnitKind.PROVINCIAL_IMMIGRATION)
    assert person.id is not None
    return person.id


def test_a_year_without_its_own_calendar_follows_the_catalog(db) -> None:  # type: ignore[no-untyped-def]
    calendar = calendar_of(db, 2568)
    assert calendar.version is None and not has_own_calendar(db, 2568)
    assert len(calendar.phases) == 14
    assert calendar.phases[0].group is PhaseGroup.PREPARATION
    assert calendar.phases[-1].responsible[0].text == "สำนักงาน ป.ป.ช."


def test_a_saved_calendar_is_the_years_from_then_on(db) -> None:  # type: ignore[no-untyped-def]
    who = _officer(db)
    calendar = calendar_of(db, 2568)
    first = replace(calendar.phases[0], step="  การเตรียมความพร้อม  ", responsible=(
        Responsible(Duty.CONTROLLER, WhoKind.PERSON, person_id=who),
        Responsible(Duty.PRACTITIONER, WhoKind.WORDS, text="คณะทำงาน")))
    saved = save_calendar(db, replace(calendar, phases=(first, *calendar.phases[1:])))
    assert saved.version == 1 and has_own_calendar(db, 2568)
    again = calendar_of(db, 2568)
    assert again == saved
    assert again.phases[0].step == "การเตรียมความพร้อม"
    assert again.phases[0].responsible[0].person_id == who


def test_a_calendar_breaking_the_rules_is_refused_whole(db) -> None:  # type: ignore[no-untyped-def]
    calendar = calendar_of(db, 2568)
    broken = replace(calendar.phases[1], start=date(2025, 2, 1), end=date(2025, 1, 1))
    gone = replace(calendar.phases[2], responsible=(
        Responsible(Duty.COLLECTOR, WhoKind.PERSON, person_id=4242),))
    with pytest.raises(CalendarProblemsError) as caught:
        save_calendar(db, replace(calendar, phases=(calendar.phases[0], broken, gone)))
    assert [f.code for f in caught.value.findings] == [
        "calendar.end_before_start", "calendar.not_in_roster"]
    assert not has_own_calendar(db, 2568)


def test_someone_who_left_before_the_phase_ends_cannot_be_named(db) -> None:  # type: ignore[no-untyped-def]
    who = _officer(db)
    PeopleRepository(db).set_active(who, False, on=date(2025, 3, 1))
    calendar = calendar_of(db, 2568)
    named = replace(calendar.phases[5], responsible=(
        Responsible(Duty.CONTROLLER, WhoKind.PERSON, person_id=who),))
    with pytest.raises(CalendarProblemsError) as caught:
        save_calendar(db, replace(calendar, phases=(named,)))
    [finding] = caught.value.findings
    assert finding.code == "calendar.has_left"
    assert finding.values["left_on"] == "1 มี.ค. 2568"


def test_two_windows_cannot_both_save_what_they_read(db) -> None:  # type: ignore[no-untyped-def]
    mine = calendar_of(db, 2568)
    theirs = calendar_of(db, 2568)
    save_calendar(db, replace(theirs, phases=theirs.phases[:3]))
    with pytest.raises(CalendarChangedMeanwhileError):
        save_calendar(db, mine)
    assert len(calendar_of(db, 2568).phases) == 3


def test_a_reset_goes_back_to_the_catalog_unless_someone_saved_since(db) -> None:  # type: ignore[no-untyped-def]
    saved = save_calendar(db, replace(calendar_of(db, 2568),
                                      phases=calendar_of(db, 2568).phases[:2]))
    newer = save_calendar(db, saved)
    with pytest.raises(CalendarChangedMeanwhileError):
        reset_to_catalog(db, 2568, saved.version)
    back = reset_to_catalog(db, 2568, newer.version)
    assert len(back.phases) == 14 and back.version is None
    assert not has_own_calendar(db, 2568)


def test_a_framework_stored_before_phases_had_groups_takes_the_shipped_groups(db) -> None:  # type: ignore[no-untyped-def]
    """A database older than schema 7 read every phase as the assessment part: its
    calendar would print one group. The phases take the shipped framework's groups by
    title, also in a year copied forward that the program does not ship."""
    from ita_desktop.services.frameworks import start_year
    from ita_desktop.store.frameworks import FrameworkRepository

    frameworks = FrameworkRepository(db)
    shipped = [p.group for p in calendar_of(db, 2568).phases]
    assert len(set(shipped)) == 4
    for year in (2568, 2569):
        if year not in frameworks.years():
            start_year(db, year)
        catalog = frameworks.get(year)
        assert catalog is not None
        frameworks.save(replace(catalog, calendar=[
            replace(p, group=PhaseGroup.ASSESSMENT) for p in catalog.calendar]))
        assert [p.group for p in calendar_of(db, year).phases] == shipped
