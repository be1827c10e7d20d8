"""The unit's calendar as stored: what is saved comes back whole and in its order, a save over
someone else's change is refused, and the catalog's phases keep their groups."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from ita_desktop.domain.calendar import (
    Duty,
    Phase,
    PhaseGroup,
    Responsible,
    UnitCalendar,
    WhoKind,
)
from ita_desktop.domain.roster import Person
from ita_desktop.domain.units import UnitKind
from ita_desktop.exchange.framework_file import load_bundled_catalog
from ita_desktop.store.calendar import CalendarChangedMeanwhileError, CalendarRepository
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.store.people import PeopleRepository


def _person(db) -> int:  # type: ignore[no-untyped-def]
    person = PeopleRepository(db).add(
        Person(rank_key="pol_capt", first_name="มาลี", last_name="ศรีสุข", female=True),
        UnitKind.PROVINCIAL_IMMIGRATION)
    assert person.id is not None
    return person.id


def _calendar(person_id: int) -> UnitCalendar:
    return UnitCalendar(2567, (
        Phase(PhaseGroup.ASSESSMENT, date(2024, 1, 1), date(2024, 7, 1), "เก็บข้อมูล IIT",
              "ผู้ดูแลระบบเผยแพร่", (
                  Responsible(Duty.CONTROLLER, WhoKind.PERSON, person_id=person_id),
                  Responsible(Duty.COLLECTOR, WhoKind.SECTION, section_key="admin",
                              label="ผู้ดูแลระบบ"),
                  Responsible(Duty.PRACTITIONER, WhoKind.WORDS, text="ข้าราชการตำรวจในสังกัด"),
              )),
        Phase(PhaseGroup.PREPARATION, date(2023, 10, 1), date(2023, 12, 31), "เตรียมความพร้อม"),
        Phase(PhaseGroup.RESULTS, date(2024, 8, 1), date(2024, 8, 31), "กลั่นกรอง",
              period_text="เดือน ส.ค. ๒๕๖๗"),
    ))


def test_a_year_without_its_own_calendar_has_none(db) -> None:  # type: ignore[no-untyped-def]
    assert CalendarRepository(db).get(2567) is None
    assert CalendarRepository(db).years() == []


def test_a_saved_calendar_comes_back_whole_in_its_order(db) -> None:  # type: ignore[no-untyped-def]
    repo = CalendarRepository(db)
    calendar = _calendar(_person(db))
    saved = repo.save(calendar)
    assert saved.version == 1
    assert repo.get(2567) == saved
    assert repo.years() == [2567]

    shorter = replace(saved, phases=saved.phases[1:])
    again = repo.save(shorter)
    assert again.version == 2
    assert repo.get(2567) == again


def test_a_save_over_someone_elses_change_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    repo = CalendarRepository(db)
    first = repo.save(_calendar(_person(db)))
    repo.save(replace(first, phases=first.phases[:1]))
    with pytest.raises(CalendarChangedMeanwhileError) as caught:
        repo.save(first)
    assert caught.value.values["year"] == 2567
    assert len(repo.get(2567).phases) == 1  # type: ignore[union-attr]
    # Two windows that both started from the catalog: the second save is refused too.
    with pytest.raises(CalendarChangedMeanwhileError):
        repo.save(replace(first, version=None))


def test_deleting_returns_the_year_to_the_catalog(db) -> None:  # type: ignore[no-untyped-def]
    repo = CalendarRepository(db)
    saved = repo.save(_calendar(_person(db)))
    with pytest.raises(CalendarChangedMeanwhileError):
        repo.delete(2567, version=7)
    repo.delete(2567, saved.version)
    assert repo.get(2567) is None
    left = db.query("SELECT count(*) FROM calendar_responsible")[0][0]
    assert left == 0


def test_a_responsible_person_must_be_in_the_roster(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(sqlite3.IntegrityError):
        CalendarRepository(db).save(_calendar(person_id=999))
    assert CalendarRepository(db).get(2567) is None


def test_the_catalogs_phases_keep_their_groups_in_the_database(db) -> None:  # type: ignore[no-untyped-def]
    catalog = load_bundled_catalog("immigration", 2568)
    repo = FrameworkRepository(db)
    repo.save(catalog)
    stored = repo.get(2568)
    assert stored is not None
    assert [p.group for p in stored.calendar] == [p.group for p in catalog.calendar]
    assert stored.calendar[0].group is PhaseGroup.PREPARATION
