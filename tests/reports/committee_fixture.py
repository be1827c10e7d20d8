"""Seed 002's committee (order ที่ 222/2566 of fiscal year 2567) with made-up people: seven
members, a head, five members and the member and secretary, as the seed lists them."""

from __future__ import annotations

from datetime import date

from ita_desktop.domain.committee import (
    CommitteeOrder,
    ItapAdmin,
    Member,
    Role,
    default_duties,
    default_preamble,
    default_subject,
)
from ita_desktop.domain.roster import Person
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.domain.units import UnitKind
from ita_desktop.reports.specimen import specimen_png

UNIT_NAME = "ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์"
UNIT = UnitProfile(kind=UnitKind.PROVINCIAL_IMMIGRATION, full_name=UNIT_NAME,
                   short_name="ตม.จว.ศรีวารินทร์", parent_bureau="กองบังคับการตรวจคนเข้าเมือง ๔",
                   commander_id=1, has_emblem=True)
EMBLEM = specimen_png(300, 300, 60)

PEOPLE = {p.id: p for p in (
    Person("pol_col", "วิชัย", "ตัวอย่าง", position="ผู้กำกับการ" + UNIT_NAME, id=1),
    Person("pol_lt_col", "ธนา", "ทดลองดี", position="รองผู้กำกับการ" + UNIT_NAME, id=2),
    Person("pol_lt_col", "กานต์", "เข้มแข็ง", position="รองผู้กำกับการ" + UNIT_NAME, id=3),
    Person("pol_lt_col", "ณิชา", "สงวนดี", female=True, position="สารวัตร" + UNIT_NAME, id=4),
    Person("pol_maj", "พิชิต", "มั่นคง", position="สารวัตร" + UNIT_NAME, id=5),
    Person("pol_maj", "จุฑา", "ชัยศรี", female=True, position="สารวัตร" + UNIT_NAME, id=6),
    Person("pol_lt_col", "สุดา", "เรือนแก้ว", female=True, position="สารวัตร" + UNIT_NAME,
           id=7),
    Person("pol_capt", "ธนิดา", "คณาดี", female=True, position_abbr="รอง สว.ตม.จว.ศรีวารินทร์",
           id=8),
)}

# Entered out of order: the secretary first, a member before the head.
MEMBERS = (
    Member(7, Role.SECRETARY), Member(2, Role.MEMBER), Member(1, Role.HEAD),
    Member(3, Role.MEMBER), Member(4, Role.MEMBER), Member(5, Role.MEMBER, "คณะทำงาน"),
    Member(6, Role.MEMBER, "คณะทำงาน"),
)
IN_ORDER = [1, 2, 3, 4, 5, 6, 7]


def seed_order(**changes: object) -> CommitteeOrder:
    values: dict[str, object] = dict(
        fiscal_year=2567, number=222, dated=date(2023, 12, 28),
        subject=default_subject(UNIT.short_name, 2567), body="คณะกรรมการ",
        preamble=default_preamble(UNIT_NAME, 2567), members=MEMBERS,
        duties=default_duties(UNIT_NAME, 2567), signer_id=1)
    values.update(changes)
    return CommitteeOrder(**values)  # type: ignore[arg-type]


ITAP = (ItapAdmin(8, "ทำหน้าที่บันทึกข้อมูลพื้นฐานของหน่วยงาน และดำเนินการต่าง ๆ ที่เกี่ยวข้องกับ"
                     "แบบวัด IIT EIT และแบบตรวจ OIT"),)
