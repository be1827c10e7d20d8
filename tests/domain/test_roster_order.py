"""People in official order: by section, then office, then rank, as the seeds list them."""

from __future__ import annotations

import random

from ita_desktop.domain.roster import (
    NO_POSITION_LEVEL,
    UNKNOWN_POSITION_LEVEL,
    Person,
    official_order,
    position_level,
)
from ita_desktop.domain.units import UnitKind

IMMIGRATION = UnitKind.PROVINCIAL_IMMIGRATION
MUKDAHAN = "ตรวจคนเข้าเมืองจังหวัดมุกดาหาร"


def test_offices_stand_in_the_order_of_command_written_either_way():
    levels = [position_level(p) for p in (
        "ผู้กำกับการ" + MUKDAHAN, "รอง ผกก.ตม.จว.มุกดาหาร", "สวญ.สภ.กระบี่",
        "สารวัตร" + MUKDAHAN, "รอง สว.ตม.จว.มุกดาหาร", "ผบ.หมู่ ตม.จว.มุกดาหาร",
        "เจ้าหน้าที่ธุรการ", "")]
    assert levels == sorted(levels) and len(set(levels)) == len(levels)
    assert levels[-2:] == [UNKNOWN_POSITION_LEVEL, NO_POSITION_LEVEL]
    # Every kind of inspector is one office, and so is every kind of deputy inspector.
    assert {position_level(p) for p in ("สวป.สภ.กระบี่", "สว.สส.สภ.กระบี่",
                                        "สารวัตรสอบสวนสถานีตำรวจภูธรกระบี่", "สว.จร.สภ.กระบี่",
                                        "สว.ตม.จว.ตรัง")} == {position_level("สารวัตร")}
    assert position_level("รอง สวป.สภ.กระบี่") == position_level("รองสารวัตร")
    # Acting in an office stands with that office.
    assert position_level("รรท.ผกก.ตม.จว.ตรัง") == position_level("ผู้กำกับการ")


def _seed_002_committee() -> list[Person]:
    """The officers of order 222/2566 (seed 002), in the order the order lists them."""
    rows = (
        ("pol_col", False, "พัทธ์พงษ์", "ผู้กำกับการ"),
        ("pol_lt_col", False, "ธนศิลป์", "รองผู้กำกับการ"),
        ("pol_lt_col", False, "ฎการ", "รองผู้กำกับการ"),
        ("pol_lt_col", False, "ณิชกร", "สารวัตร"),
        ("pol_maj", False, "พิชิต", "สารวัตร"),
        ("pol_maj", True, "จุฑามาศ", "สารวัตร"),
    )
    return [Person(rank, first, "ทดสอบ", female=female, position=office + MUKDAHAN,
                   section_key="administration", id=n)
            for n, (rank, female, first, office) in enumerate(rows, start=1)]


def test_the_seed_order_comes_back_whatever_order_people_were_entered_in():
    seed = _seed_002_committee()
    shuffled = seed[:]
    random.Random(9).shuffle(shuffled)
    # Ids are the order of entry: entered in a shuffled order, they still come out as the
    # seed lists them (the two พ.ต.ต. สารวัตร keep their order of entry between them).
    entered = [Person(**{**p.__dict__, "id": n}) for n, p in enumerate(shuffled, start=1)]
    by_name = {p.first_name: p.id for p in entered}
    seed_ids = [by_name[p.first_name] for p in seed]
    ordered = [p.first_name for p in official_order(entered, IMMIGRATION)]
    expected = [p.first_name for p in seed]
    if by_name["พิชิต"] > by_name["จุฑามาศ"]:
        expected[4], expected[5] = expected[5], expected[4]
    assert ordered == expected
    assert seed_ids != sorted(seed_ids), "the shuffle must not be the seed's own order"


def test_office_outranks_rank_and_rank_decides_within_an_office():
    people = [
        Person("pol_lt_col", "สว", "พันโท", position="สารวัตร", id=1),
        Person("pol_lt_col", "รองผกก", "พันโท", position="รองผู้กำกับการ", id=2),
        Person("pol_maj", "สว", "พันตรี", position="สารวัตร", id=3),
        Person("pol_col", "สว", "พันเอก", position="สารวัตร", id=4),
    ]
    assert [p.id for p in official_order(people, IMMIGRATION)] == [2, 4, 1, 3]


def test_sections_follow_the_unit_kinds_order_and_the_commander_leads():
    people = [
        Person("pol_capt", "ตรวจ", "บุคคล", position="รองสารวัตร",
               section_key="person_vehicle_inspection", id=1),
        Person("pol_capt", "ไม่มี", "สายงาน", position="รองสารวัตร", id=2),
        Person("pol_lt_col", "สืบ", "สวน", position="สารวัตร",
               section_key="investigation_suppression", id=3),
        Person("pol_col", "ผู้", "กำกับ", position="ผู้กำกับการ",
               section_key="foreigner_services", id=4),
        Person("pol_maj", "อำนวย", "การ", position="สารวัตร", section_key="administration",
               id=5),
        Person("pol_lt_col", "ย้าย", "ออก", position="สารวัตร", section_key="administration",
               active=False, id=6),
    ]
    assert [p.id for p in official_order(people, IMMIGRATION, commander_id=4)] == \
        [4, 5, 3, 1, 2, 6]
    # Without a commander recorded, the superintendent stands in their own section.
    assert [p.id for p in official_order(people, IMMIGRATION)] == [5, 3, 4, 1, 2, 6]


def test_a_police_station_orders_by_its_own_sections():
    people = [
        Person("pol_lt_col", "สอบ", "สวน", position="สว.(สอบสวน)", section_key="inquiry", id=1),
        Person("pol_lt_col", "จรา", "จร", position="สว.จร.", section_key="traffic", id=2),
        Person("pol_maj", "ป้อง", "กัน", position="รอง สวป.", section_key="crime_prevention",
               id=3),
        Person("pol_lt_col", "ป้อง", "ปราบ", position="สวป.", section_key="crime_prevention",
               id=4),
    ]
    assert [p.id for p in official_order(people, UnitKind.PROVINCIAL_POLICE_STATION)] == \
        [4, 3, 2, 1]
