"""Two windows (or two PCs) editing the same entry of one file: the later save is refused
instead of silently undoing the earlier one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ita_desktop.domain.roster import Person
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.domain.units import UnitKind
from ita_desktop.services.roster import save_person, set_left
from ita_desktop.store import open_database
from ita_desktop.store.errors import ChangedMeanwhileError
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.unit import UnitRepository

KIND = UnitKind.PROVINCIAL_IMMIGRATION


@pytest.fixture
def two(tmp_path):
    """Two connections to one file, as two windows have."""
    path = tmp_path / "unit.sqlite"
    first = open_database(path)
    second = open_database(path)
    yield first, second
    second.close()
    first.close()


def _someone(db) -> Person:  # type: ignore[no-untyped-def]
    return PeopleRepository(db).add(Person(rank_key="pol_capt", first_name="สมชาย",
                                           last_name="ใจดี", phone="0810000001"), KIND)


def test_the_later_of_two_edits_of_one_person_is_refused_and_names_them(two):
    first, second = two
    person_id = _someone(first).id
    assert person_id is not None
    mine = PeopleRepository(first).get(person_id)
    theirs = PeopleRepository(second).get(person_id)
    save_person(second, replace(theirs, phone="0819999999"))
    with pytest.raises(ChangedMeanwhileError) as info:
        save_person(first, replace(mine, note="ย้ายโต๊ะ"))
    assert "ร.ต.อ.สมชาย ใจดี was changed in another window" in str(info.value)
    assert info.value.person_id == person_id
    saved = PeopleRepository(first).get(person_id)
    assert (saved.phone, saved.note) == ("0819999999", "")
    # Read again, the same change saves.
    save_person(first, replace(saved, note="ย้ายโต๊ะ"))
    assert PeopleRepository(second).get(person_id).note == "ย้ายโต๊ะ"


def test_saves_within_one_second_are_still_told_apart(two):
    """``updated_at`` counts seconds: the revision number does not miss a quick second save."""
    first, second = two
    person = _someone(first)
    stale = PeopleRepository(second).get(person.id)  # type: ignore[arg-type]
    for n in range(3):
        person = save_person(first, replace(person, phone=f"081000000{n}"))
    with pytest.raises(ChangedMeanwhileError):
        save_person(second, replace(stale, phone="0812222222"))
    assert PeopleRepository(second).get(person.id).phone == "0810000002"  # type: ignore[arg-type]


def test_own_saves_one_after_another_are_not_refused(db):
    person = _someone(db)
    for phone in ("0811111111", "0812222222"):
        person = save_person(db, replace(person, phone=phone), signature=b"png")
    assert PeopleRepository(db).get(person.id).phone == "0812222222"  # type: ignore[arg-type]


def test_marking_as_left_a_person_changed_meanwhile_is_refused(two):
    first, second = two
    seen = _someone(first)
    save_person(second, replace(PeopleRepository(second).get(seen.id), position="สารวัตร"))
    with pytest.raises(ChangedMeanwhileError):
        set_left(first, seen.id, True, date(2025, 1, 15), version=seen.version)  # type: ignore[arg-type]
    assert PeopleRepository(first).get(seen.id).active  # type: ignore[arg-type]
    # And editing a person someone else marked as left meanwhile.
    now = PeopleRepository(first).get(seen.id)  # type: ignore[arg-type]
    set_left(second, now.id, True, version=now.version)  # type: ignore[arg-type]
    with pytest.raises(ChangedMeanwhileError):
        save_person(first, replace(now, phone="0813333333"))


def test_a_new_signature_from_elsewhere_is_a_change_of_the_person(two):
    first, second = two
    seen = _someone(first)
    PeopleRepository(second).set_signature(seen.id, b"their signature")  # type: ignore[arg-type]
    with pytest.raises(ChangedMeanwhileError):
        save_person(first, replace(seen, phone="0814444444"), signature=b"mine")
    assert PeopleRepository(first).signature(seen.id) == b"their signature"  # type: ignore[arg-type]


def test_the_later_of_two_unit_profile_saves_is_refused(two):
    first, second = two
    UnitRepository(first).save(UnitProfile(kind=KIND, full_name="หน่วยทดสอบ"))
    mine = UnitRepository(first).get()
    theirs = UnitRepository(second).get()
    assert mine is not None and theirs is not None
    UnitRepository(second).save(replace(theirs, phone="0 4200 0000"))
    with pytest.raises(ChangedMeanwhileError) as info:
        UnitRepository(first).save(replace(mine, email="unit@example.org"))
    assert "The unit profile was changed in another window" in str(info.value)
    saved = UnitRepository(first).get()
    assert saved is not None and (saved.phone, saved.email) == ("0 4200 0000", "")


def test_two_first_saves_of_the_profile_the_later_is_refused(two):
    """Both windows started on a file without a profile (version 0: none read)."""
    first, second = two
    UnitRepository(second).save(UnitProfile(kind=KIND, full_name="หน่วยของเขา", version=0))
    with pytest.raises(ChangedMeanwhileError):
        UnitRepository(first).save(UnitProfile(kind=KIND, full_name="หน่วยของฉัน", version=0))
    saved = UnitRepository(first).get()
    assert saved is not None and saved.full_name == "หน่วยของเขา"


def test_section_heads_changed_meanwhile_are_not_undone(two):
    first, second = two
    head = PeopleRepository(first).add(Person(rank_key="pol_maj", first_name="ชัยวัฒน์",
                                              last_name="บุญเรือง", section_key="administration"),
                                       KIND)
    UnitRepository(first).save(UnitProfile(kind=KIND, full_name="หน่วยทดสอบ"))
    mine = UnitRepository(first).get()
    theirs = UnitRepository(second).get()
    assert mine is not None and theirs is not None
    UnitRepository(second).save(replace(theirs, section_heads=(("administration", head.id),)))
    with pytest.raises(ChangedMeanwhileError):
        UnitRepository(first).save(replace(mine, section_heads=()))
    saved = UnitRepository(first).get()
    assert saved is not None and saved.heads == {"administration": head.id}
