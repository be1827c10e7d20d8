"""A meeting of the shape of seed 002's meeting 1/2567 (fictional names): fifteen present with
their roles, one absent member with the reason, the agenda 1-5 with the secretary's and the
chair's sub-items, resolutions, a directive with an action item; recorded and checked."""

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

INSPECTOR = "สารวัตรตรวจคนเข้าเมืองจังหวัดตัวอย่าง"
DEPUTY = "รองสารวัตรตรวจคนเข้าเมืองจังหวัดตัวอย่าง"

ROSTER = [
    Person("pol_col", "ธีรวัฒน์", "แสงอรุณ", position="ผู้กำกับการตรวจคนเข้าเมืองจังหวัดตัวอย่าง",
           id=1),
    Person("pol_lt_col", "ชยพล", "ทองดี", position="รองผู้กำกับการตรวจคนเข้าเมืองจังหวัดตัวอย่าง",
           id=2),
    Person("pol_lt_col", "กฤษดา", "ใจมั่น", position="รองผู้กำกับการตรวจคนเข้าเมืองจังหวัดตัวอย่าง",
           id=3),
    Person("pol_lt_col", "ณรงค์", "ศรีสุข", position=INSPECTOR, id=4),
    Person("pol_maj", "วิชัย", "บุญเรือง", position=INSPECTOR, id=5),
    Person("pol_maj", "อรุณี", "มีสุข", female=True, position=INSPECTOR, id=6),
    Person("pol_lt_col", "สุนันทา", "ใจงาม", female=True, position=INSPECTOR, id=7),
    Person("pol_capt", "กนกพร", "ศรีทอง", female=True, position=DEPUTY, id=8),
    Person("pol_capt", "สุดารัตน์", "พรหมมา", female=True, position=DEPUTY, id=9),
    Person("pol_capt", "จันทร์เพ็ญ", "นามวงศ์", female=True, position=DEPUTY, id=10),
    Person("pol_capt", "ดารุณี", "แก้วมณี", female=True, position=DEPUTY, id=11),
    Person("pol_capt", "วรรณา", "อินทร์แก้ว", female=True, position=DEPUTY, id=12),
    Person("pol_capt", "ปิยะนุช", "บุญมี", female=True, position=DEPUTY, id=13),
    Person("pol_capt", "มาลัย", "รักดี", female=True, position=DEPUTY, id=14),
    Person("pol_capt", "ธนพร", "คำดี", female=True, position=DEPUTY, id=15),
    Person("pol_capt", "พรทิพย์", "วงศ์ใหญ่", female=True, position=DEPUTY, id=16),
    Person("pol_capt", "สมศรี", "ทองมา", female=True, position=DEPUTY, id=17),
    Person("pol_lt", "ประยุทธ", "แสนดี", position=DEPUTY, id=18),
    Person("pol_capt", "อดีต", "ย้ายไป", position=DEPUTY, active=False, id=19),
]

ROLES = ["ประธานกรรมการ", *["กรรมการ"] * 5, "กรรมการและเลขานุการ", *["เจ้าหน้าที่"] * 7,
         "เจ้าหน้าที่/ผู้ช่วยเลขานุการ"]


def seed_meeting() -> Meeting:
    present = tuple(Attendee(Presence.PRESENT, person_id=pid, role_text=role)
                    for pid, role in zip(range(1, 16), ROLES, strict=True))
    absent = Attendee(Presence.ABSENT, person_id=16, role_text="เจ้าหน้าที่",
                      reason="ปฏิบัติหน้าที่งานบริการคนต่างด้าว")
    agenda = (
        AgendaItem(AgendaKind.ANNOUNCEMENTS, text="ตามที่ สำนักงาน ป.ป.ช. ได้ร่วมกับหน่วยงาน "
                   "ในการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", resolution="รับทราบ"),
        AgendaItem(AgendaKind.INFORMATION, speaker_id=7, items=(
            AgendaItem(AgendaKind.OTHER_TOPIC, text="แจ้งคำสั่งแต่งตั้งคณะทำงาน ที่ ๒๒๒/๒๕๖๖",
                       speaker_id=7),
            AgendaItem(AgendaKind.OTHER_TOPIC, text="เสนอปฏิทินการประเมินให้ที่ประชุมทราบ",
                       speaker_id=7),
            AgendaItem(AgendaKind.OTHER_TOPIC, text="นำเสนอเครื่องมือที่ใช้ในการประเมิน",
                       speaker_id=7),
        )),
        AgendaItem(AgendaKind.CONSIDERATION, resolution="รับทราบ", oit_table=True, items=(
            AgendaItem(AgendaKind.OTHER_TOPIC, text="แบบวัด EIT (๑) ตามสายงาน",
                       speaker_text="เลขานุการฯ"),
            AgendaItem(AgendaKind.OTHER_TOPIC, text="มอบหมายหน้าที่รับผิดชอบแบบ OIT",
                       speaker_id=1),
        )),
        AgendaItem(AgendaKind.OTHER, text="(ไม่มี)"),
        AgendaItem(AgendaKind.DIRECTIVES, speaker_id=1, resolution="รับทราบ",
                   text="ให้ประชาสัมพันธ์ให้ผู้มีส่วนได้ส่วนเสียตอบแบบวัด IIT และ EIT",
                   actions=(ActionItem("ประชาสัมพันธ์แบบวัด EIT ตามสายงาน",
                                       who_text="ทุกสายงาน", due=date(2024, 1, 31), id=41),)),
    )
    return Meeting(fiscal_year=2567, number=1, dated=date(2024, 1, 5),
                   subject="การขับเคลื่อนและกำกับติดตามการประเมิน ITA",
                   place="ห้องประชุม ศูนย์ปฏิบัติการตรวจคนเข้าเมืองจังหวัดตัวอย่าง",
                   start=time(10, 0), end=time(12, 0), chair_id=1,
                   attendees=(*present, absent), agenda=agenda, recorder_id=15,
                   checker_id=7, id=9, version=3)
