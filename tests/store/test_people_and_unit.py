"""The roster and unit profile tables: what is saved, what is refused, nothing half-saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ita_desktop.domain.roster import Person
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.domain.units import UnitKind
from ita_desktop.store.errors import ProblemsError, StoreError
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.settings import Settings, SettingsRepository
from ita_desktop.store.unit import UnitRepository

KIND = UnitKind.PROVINCIAL_IMMIGRATION


def officer(first: str = "สุดา", last: str = "ใจดี", **changes) -> Person:
    return replace(Person(rank_key="pol_lt_col", female=True, first_name=first, last_name=last,
                          position="สารวัตร", section_key="administration"), **changes)


def test_add_update_and_read_back(db):
    repo = PeopleRepository(db)
    saved = repo.add(officer(), KIND)
    assert saved.id is not None
    assert repo.get(saved.id).display_name == "พ.ต.ท.หญิง สุดา ใจดี"
    repo.update(replace(saved, rank_key="pol_col", phone="0812345678"), KIND)
    again = repo.get(saved.id)
    assert again.display_name == "พ.ต.อ.หญิง สุดา ใจดี" and again.phone == "0812345678"


def test_deactivated_people_stay_in_history(db):
    repo = PeopleRepository(db)
    saved = repo.add(officer(), KIND)
    left = repo.set_active(saved.id, False, on=date(2025, 1, 15))
    assert not left.active and left.left_on == date(2025, 1, 15)
    assert repo.all(include_inactive=False) == []
    assert [p.id for p in repo.all()] == [saved.id]
    back = repo.set_active(saved.id, True)
    assert back.active and back.left_on is None


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"first_name": "  "}, "empty_name"),
        ({"last_name": ""}, "missing_value"),
        ({"rank_key": "captain"}, "unknown_rank"),
        ({"rank_key": "mr", "female": True}, "female_civilian"),
        ({"email": "not-an-address"}, "bad_email"),
        ({"section_key": "traffic"}, "unknown_section"),
    ],
)
def test_bad_person_is_refused_and_nothing_saved(db, changes, code):
    repo = PeopleRepository(db)
    with pytest.raises(ProblemsError) as info:
        repo.add(officer(**changes), KIND)
    assert code in [p.code for p in info.value.problems]
    assert repo.count() == 0


def test_add_many_is_all_or_nothing(db):
    repo = PeopleRepository(db)
    batch = [officer(f"คนที่{i}") for i in range(5)] + [officer("", "ไม่มีชื่อ")]
    with pytest.raises(ProblemsError):
        repo.add_many(batch, KIND)
    assert repo.count() == 0
    assert repo.add_many(batch[:5], KIND) == 5
    assert repo.count() == 5


def test_same_name_is_found_whatever_the_rank(db):
    repo = PeopleRepository(db)
    repo.add(officer(), KIND)
    twin = repo.find_same_name(officer(rank_key="pol_maj"))
    assert twin is not None and twin.first_name == "สุดา"
    assert repo.find_same_name(officer("สมศรี")) is None


def test_unit_profile_save_and_emblem(db):
    units = UnitRepository(db)
    assert units.get() is None
    with pytest.raises(StoreError):
        units.set_emblem(b"png")
    people = PeopleRepository(db)
    boss = people.add(officer("ธีระ", "ทดสอบ", female=False, rank_key="pol_col"), KIND)
    saved = units.save(UnitProfile(kind=KIND, full_name="ตรวจคนเข้าเมืองจังหวัดทดสอบ",
                                   short_name="ตม.จว.ทดสอบ", commander_id=boss.id,
                                   email="unit@example.org", website="www.example.org"))
    assert saved.full_name == "ตรวจคนเข้าเมืองจังหวัดทดสอบ" and saved.commander_id == boss.id
    units.set_emblem(b"\x89PNG fake")
    assert units.get().has_emblem and units.emblem() == b"\x89PNG fake"
    units.set_emblem(None)
    assert units.emblem() is None


@pytest.mark.parametrize(
    "changes", [{"full_name": " "}, {"email": "x@"}, {"website": "not a site"}]
)
def test_bad_unit_profile_is_refused(db, changes):
    units = UnitRepository(db)
    with pytest.raises(ProblemsError):
        units.save(replace(UnitProfile(kind=KIND, full_name="หน่วยทดสอบ"), **changes))
    assert units.get() is None


def test_commander_must_be_in_the_roster(db):
    with pytest.raises(StoreError):
        UnitRepository(db).save(UnitProfile(kind=KIND, full_name="หน่วย", commander_id=42))


def test_settings_round_trip_and_bad_values_fall_back(db):
    repo = SettingsRepository(db)
    assert repo.load() == Settings()
    from ita_desktop.domain.digits import DigitStyle

    repo.save(Settings(language="en", digit_style=DigitStyle.ARABIC, export_folder="/tmp",
                       fiscal_year=2568))
    assert repo.load() == Settings("en", DigitStyle.ARABIC, "/tmp", 2568)
    with db.transaction():
        db.execute("UPDATE settings SET value = 'klingon' WHERE key = 'language'")
    assert repo.load().language == "th"
