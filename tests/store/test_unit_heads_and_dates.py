"""Schema 4: the section heads the unit records, and the date the unit reports' data is as of,
which moves only when something they print changes."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from ita_desktop.domain.roster import Person
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.domain.units import UnitKind
from ita_desktop.store import open_database
from ita_desktop.store.database import connect
from ita_desktop.store.errors import StoreError
from ita_desktop.store.migrations import LATEST_VERSION, MIGRATIONS, migrate
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.unit import UnitRepository

KIND = UnitKind.PROVINCIAL_IMMIGRATION
LONG_AGO = date(2024, 5, 1)


def _officer(first: str, section: str = "administration", **changes) -> Person:
    return replace(Person("pol_maj", first, "ทดสอบ", position="สารวัตร",
                          section_key=section), **changes)


@pytest.fixture
def unit(db):
    """A unit with three officers, everything last changed long ago."""
    people = PeopleRepository(db)
    boss = people.add(_officer("ผู้กำกับ", rank_key="pol_col", position="ผู้กำกับการ"), KIND)
    admin = people.add(_officer("อำนวย"), KIND)
    other = people.add(_officer("สืบสวน", "investigation_suppression"), KIND)
    units = UnitRepository(db)
    units.save(UnitProfile(kind=KIND, full_name="ตรวจคนเข้าเมืองจังหวัดทดสอบ",
                           commander_id=boss.id))
    _back_date(db)
    return units, people, boss, admin, other


def _back_date(db) -> None:
    with db.transaction():
        db.execute("UPDATE unit SET data_changed_on = ?", (LONG_AGO.isoformat(),))
        db.execute("UPDATE people SET data_changed_on = ?", (LONG_AGO.isoformat(),))


def test_saving_what_is_already_saved_keeps_the_date(unit):
    units, people, boss, admin, _ = unit
    assert units.get().data_as_of == LONG_AGO
    units.save(units.get())
    people.update(people.get(admin.id), KIND)
    # Neither the note nor the signature is printed in a unit report.
    people.update(replace(people.get(admin.id), note="ย้ายโต๊ะ"), KIND)
    people.set_signature(admin.id, b"\x89PNG signature")
    units.set_emblem(None)
    assert units.get().data_as_of == LONG_AGO


@pytest.mark.parametrize("change", ["profile", "person", "left", "emblem", "head"])
def test_a_printed_change_dates_the_data_today(unit, change):
    units, people, boss, admin, _ = unit
    if change == "profile":
        units.save(replace(units.get(), phone="0 4200 0000"))
    elif change == "person":
        people.update(replace(people.get(admin.id), phone="0810000000"), KIND)
    elif change == "left":
        people.set_active(admin.id, False, on=date(2024, 12, 31))
    elif change == "emblem":
        units.set_emblem(b"\x89PNG emblem")
    else:
        units.save(replace(units.get(), section_heads=(("administration", admin.id),)))
    assert units.get().data_as_of == date.today()


def test_heads_are_saved_with_the_profile_and_read_back(unit):
    units, _, _, admin, other = unit
    heads = (("administration", admin.id), ("investigation_suppression", other.id))
    saved = units.save(replace(units.get(), section_heads=heads))
    assert saved.heads == {"administration": admin.id, "investigation_suppression": other.id}
    # Saving fewer heads removes the others: the profile's heads replace the recorded ones.
    assert units.save(replace(saved, section_heads=heads[:1])).heads == \
        {"administration": admin.id}


@pytest.mark.parametrize(("section", "who", "code"), [
    ("administration", "other", "store.head_other_section"),
    ("administration", "left", "store.head_not_serving"),
    ("traffic", "admin", "store.head_unknown_section"),
])
def test_a_head_who_does_not_serve_in_the_section_is_refused(unit, section, who, code):
    units, people, _, admin, other = unit
    if who == "left":
        people.set_active(admin.id, False)
    person = other if who == "other" else admin
    before = units.get()
    with pytest.raises(StoreError) as info:
        units.save(replace(before, phone="changed", section_heads=((section, person.id),)))
    assert info.value.code == code
    after = units.get()
    assert after.heads == {} and after.phone == before.phone


def test_a_recorded_head_who_has_left_stays_recorded_until_another_is_chosen(unit):
    units, people, _, admin, _ = unit
    units.save(replace(units.get(), section_heads=(("administration", admin.id),)))
    people.set_active(admin.id, False)
    # Another change of the profile keeps the stale record, so the window goes on saying so.
    kept = units.save(replace(units.get(), phone="0 4200 0001"))
    assert kept.heads == {"administration": admin.id} and kept.phone == "0 4200 0001"


def test_a_schema_3_file_is_copied_aside_then_upgraded_with_its_dates(tmp_path):
    path = tmp_path / "unit.sqlite"
    db = connect(path)
    migrate(db, MIGRATIONS[:3])
    with db.transaction():
        db.execute("INSERT INTO people (rank_key, first_name, last_name, created_at, "
                   "updated_at) VALUES ('pol_col', 'เก่า', 'ข้อมูล', '2025-01-02T08:00:00', "
                   "'2025-02-03T09:30:00')")
        db.execute("INSERT INTO unit (id, full_name, kind, commander_id, updated_at) VALUES "
                   "(1, 'หน่วยเดิม', 'provincial_immigration', 1, '2025-01-20T10:00:00')")
    db.close()

    upgraded = open_database(path)
    try:
        assert upgraded.user_version == LATEST_VERSION
        backup = sqlite3.connect(upgraded.last_backup)
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 3
        backup.close()
        unit = UnitRepository(upgraded).get()
        # The later of the profile's and the roster's last writes, the best the file knows.
        assert unit.data_as_of == date(2025, 2, 3) and unit.heads == {}
        assert upgraded.query("PRAGMA foreign_key_check") == []
    finally:
        upgraded.close()
