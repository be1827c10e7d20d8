"""Seed 002's meeting ครั้งที่ 1/2567 with made-up people: fifteen present with their roles
(the chair, five members, the member and secretary, seven officers, the last of them the
assistant secretary), one officer absent with her reason, the agenda 1-5 with resolutions,
the secretary and the chair speaking, the chair's directives, and the assistant secretary
recording the minutes that the secretary checks."""

from __future__ import annotations

from datetime import date, time

from ita_desktop.domain.meetings import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Attendee,
    Meeting,
    Presence,
)
from ita_desktop.domain.roster import Person
from tests.reports.committee_fixture import UNIT, UNIT_NAME

__all__ = ["UNIT", "PEOPLE", "ROLES", "seed_meeting"]

_OFFICERS = ("ธนิดา คณาดี", "เกศินี ก้อนทอง", "สุขใจ ตรีเพชร", "จินดา นามดี", "ดวงใจ มาลัยทอง",
             "แววตา จันทร์เพ็ญ", "ตรีนุช บุญมี", "วลัยลักษณ์ รักษ์ดี")

PEOPLE = {p.id: p for p in (
    Person("pol_col", "วิชัย", "ตัวอย่าง", position="ผู้กำกับการ" + UNIT_NAME, id=1),
    Person("pol_lt_col", "ธนา", "ทดลองดี", position="รองผู้กำกับการ" + UNIT_NAME, id=2),
    Person("pol_lt_col", "กานต์", "เข้มแข็ง", position="รองผู้กำกับการ" + UNIT_NAME, id=3),
    Person("pol_lt_col", "ณัฐ", "สงวนดี", position="สารวัตร" + UNIT_NAME, id=4),
    Person("pol_maj", "พิชิต", "มั่นคง", position="สารวัตร" + UNIT_NAME, id=5),
    Person("pol_maj", "จุฑา", "ชัยศรี", female=True, position="สารวัตร" + UNIT_NAME, id=6),
    Person("pol_lt_col", "สุดา", "เรือนแก้ว", female=True, position="สารวัตร" + UNIT_NAME,
           id=7),
    *(Person("pol_capt", first, last, female=True, position="รองสารวัตร" + UNIT_NAME, id=n)
      for n, (first, last) in enumerate((name.split() for name in _OFFICERS[1:]), start=8)),
    Person("pol_capt", "ธนิดา", "คณาดี", female=True, position="รองสารวัตร" + UNIT_NAME,
           id=15),
    Person("pol_capt", "วริศรา", "วงศ์ดี", female=True, position="รองสารวัตร" + UNIT_NAME,
           id=16),
)}

ROLES = ["ประธานกรรมการ", *["กรรมการ"] * 5, "กรรมการและเลขานุการ", *["เจ้าหน้าที่"] * 7,
         "เจ้าหน้าที่/ผู้ช่วยเลขานุการ"]
ABSENCE = "ปฏิบัติหน้าที่งานบริการคนต่างด้าว"
PLACE = "ห้องประชุม ศูนย์ปฏิบัติการตรวจคนเข้าเมืองจังหวัดศรีวารินทร์"
SUBJECT = ("การขับเคลื่อนและกำกับติดตามการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ"
           "หน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) ของ ตม.จว.ศรีวารินทร์")

ANNOUNCEMENT = (
    "ตามที่ สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ ได้ร่วมกับ สำนักงานตรวจ"
    "คนเข้าเมือง ในการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำ"
    "ปีงบประมาณ พ.ศ. 2567 ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์จึงได้มีคำสั่ง ที่ 222/2566 ลงวันที่ "
    "28 ธันวาคม 2566 เพื่อให้เกิดการขับเคลื่อนและพัฒนาการประเมินฯ จึงเชิญคณะกรรมการและ"
    "เจ้าหน้าที่ผู้รับผิดชอบ เข้าร่วมประชุมเพื่อศึกษาและวิเคราะห์กรอบการประเมิน")


def _agenda() -> tuple[AgendaItem, ...]:
    secretary = {"speaker_id": 7, "speaker_text": "เลขาฯ"}
    chair = {"speaker_id": 1, "speaker_text": "ประธานฯ"}
    return (
        AgendaItem(AgendaKind.ANNOUNCEMENTS, text=ANNOUNCEMENT, resolution="รับทราบ"),
        AgendaItem(AgendaKind.INFORMATION, resolution="รับทราบ", items=(
            AgendaItem(AgendaKind.INFORMATION, **secretary,
                       text="แจ้งคำสั่ง ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ ที่ 222/2566 เรื่อง "
                            "แต่งตั้งคณะทำงานในการขับเคลื่อนและกำกับติดตามการประเมินคุณธรรม"
                            "และความโปร่งใส ลงวันที่ 28 ธันวาคม 2566"),
            AgendaItem(AgendaKind.INFORMATION, **secretary,
                       text="เสนอปฏิทินการประเมินให้ที่ประชุมทราบ"),
            AgendaItem(AgendaKind.INFORMATION, **secretary,
                       text="แจ้งคำนิยามของแบบประเมินให้ที่ประชุมทราบ\n"
                            "1) ผู้มีส่วนได้ส่วนเสียภายใน : เจ้าหน้าที่ตำรวจในหน่วยที่ปฏิบัติ"
                            "หน้าที่มาไม่น้อยกว่า 1 ปี\n"
                            "2) ผู้มีส่วนได้ส่วนเสียภายนอก : ผู้ที่เคยเข้ารับบริการหรือมาติดต่อ"
                            "ราชการตามภารกิจของหน่วยงาน"),
        )),
        AgendaItem(AgendaKind.CONSIDERATION, resolution="เห็นชอบ", items=(
            AgendaItem(AgendaKind.CONSIDERATION, **secretary,
                       text="แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ไม่น้อยกว่า 500 "
                            "คนต่อหน่วย แบ่งตามสายงานที่ให้บริการ"),
            AgendaItem(AgendaKind.CONSIDERATION, **chair,
                       text="มอบหมายหน้าที่รับผิดชอบแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)",
                       actions=(
                           ActionItem("เตรียมข้อมูล O1 โครงสร้าง อัตรากำลัง และข้อมูลผู้บริหาร",
                                      person_id=14, due=date(2024, 2, 29)),
                           ActionItem("ดูแลระบบ ITAP และบันทึกข้อมูลพื้นฐานของหน่วยงาน",
                                      person_id=15, due=date(2024, 1, 31)),
                       )),
        )),
        AgendaItem(AgendaKind.OTHER),
        AgendaItem(AgendaKind.DIRECTIVES, resolution="รับทราบ", items=(
            AgendaItem(AgendaKind.DIRECTIVES, **chair,
                       text="ให้ประชาสัมพันธ์ให้ผู้มีส่วนได้ส่วนเสียทั้งภายในและภายนอกตอบ"
                            "แบบประเมินให้ครบตามจำนวนและทันตามกรอบระยะเวลาที่กำหนด",
                       actions=(ActionItem("ประชาสัมพันธ์แบบวัด IIT และ EIT",
                                           who_text="ทุกสายงาน", due=date(2024, 3, 31)),)),
            AgendaItem(AgendaKind.DIRECTIVES, **chair,
                       text="ให้คณะทำงานช่วยกันขับเคลื่อนการประเมินให้อยู่ระดับผ่านดีเยี่ยม "
                            "โดยจะมีการประชุมติดตามการทำงานเดือนละ 1 ครั้ง"),
        )),
    )


def seed_meeting(**changes: object) -> Meeting:
    present = tuple(Attendee(Presence.PRESENT, person_id=n, role_text=role)
                    for n, role in enumerate(ROLES, start=1))
    absent = (Attendee(Presence.ABSENT, person_id=16, role_text="เจ้าหน้าที่", reason=ABSENCE),)
    values: dict[str, object] = dict(
        fiscal_year=2567, number=1, dated=date(2024, 1, 5), subject=SUBJECT, place=PLACE,
        start=time(10, 0), end=time(12, 0), chair_id=1, attendees=present + absent,
        agenda=_agenda(), recorder_id=15, checker_id=7)
    values.update(changes)
    return Meeting(**values)  # type: ignore[arg-type]
