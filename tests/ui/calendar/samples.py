"""Seed 002's calendar of fiscal year 2567 (ตม.จว.มุกดาหาร, ปฏิทินกิจกรรม ๑) as the unit's
calendar holds it, the people its responsible column names, and a year of dated entries for
the year view."""

from __future__ import annotations

from datetime import date, time

from ita_desktop.domain.calendar import Duty, Phase, PhaseGroup, Responsible, UnitCalendar, WhoKind
from ita_desktop.domain.roster import Person
from ita_desktop.domain.year_view import EntryKind, YearEntry

SUPRANEE, THANITTHA, WALAIPORN = 1, 2, 3

PEOPLE = [
    Person(rank_key="pol_lt_col", female=True, first_name="สุปราณี", last_name="เรือนใสแก้ว",
           section_key="administration", id=SUPRANEE),
    Person(rank_key="pol_capt", female=True, first_name="ธนิษฐา", last_name="คณานันท์",
           section_key="administration", id=THANITTHA),
    Person(rank_key="pol_capt", female=True, first_name="วลัยพร", last_name="จงรักษ์",
           section_key="administration", id=WALAIPORN),
]

SECTIONS = [
    ("administration", "งานอำนวยการ"),
    ("investigation_suppression", "งานสืบสวนปราบปราม"),
    ("foreigner_services", "งานบริการคนต่างด้าว"),
    ("person_vehicle_inspection", "งานตรวจบุคคลและพาหนะ"),
    ("exclusion_deportation", "งานควบคุมคนต้องห้ามและส่งกลับ"),
]

_CONTROLLER = Responsible(Duty.CONTROLLER, WhoKind.PERSON, person_id=SUPRANEE)
_COLLECTOR = Responsible(Duty.COLLECTOR, WhoKind.PERSON, person_id=THANITTHA)

SEED_002 = UnitCalendar(2567, (
    Phase(PhaseGroup.PREPARATION, date(2023, 10, 1), date(2023, 12, 31), "เตรียมความพร้อม",
          "หน่วยงานทำความเข้าใจแนวทางการประเมิน แต่งตั้งคณะทำงาน",
          (Responsible(Duty.UNLABELLED, WhoKind.WORDS, text="ประธาน, รองประธาน และคณะทำงาน"),)),
    Phase(PhaseGroup.ASSESSMENT, date(2024, 1, 1), date(2024, 1, 31),
          "การลงทะเบียนเข้าสู่ระบบและการบันทึกข้อมูลพื้นฐานของหน่วย",
          "ผู้ดูแลระบบดำเนินการลงทะเบียน", (_CONTROLLER, _COLLECTOR)),
    Phase(PhaseGroup.ASSESSMENT, date(2024, 1, 1), date(2024, 1, 31),
          "การนำเข้าข้อมูลผู้มีส่วนได้ส่วนเสียภายนอก (EIT(๒)) ของหน่วยงาน", "",
          (_CONTROLLER, _COLLECTOR)),
    Phase(PhaseGroup.ASSESSMENT, date(2024, 1, 1), date(2024, 7, 1),
          "การเก็บข้อมูลแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "",
          (_CONTROLLER, _COLLECTOR,
           Responsible(Duty.PRACTITIONER, WhoKind.WORDS, text="ข้าราชการตำรวจในสังกัด"))),
    Phase(PhaseGroup.ASSESSMENT, date(2024, 1, 1), date(2024, 7, 1),
          "การเก็บข้อมูลแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT(๑))", "",
          (_CONTROLLER,
           Responsible(Duty.PRACTITIONER, WhoKind.SECTION, section_key="administration"),
           Responsible(Duty.PRACTITIONER, WhoKind.SECTION, section_key="foreigner_services"))),
    Phase(PhaseGroup.ASSESSMENT, date(2024, 1, 1), date(2024, 4, 30),
          "การตอบข้อมูลแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "",
          (_CONTROLLER, Responsible(Duty.COLLECTOR, WhoKind.PERSON, person_id=THANITTHA,
                                    label="ผู้ดูแลระบบ"))),
    Phase(PhaseGroup.OIT_CHECK, date(2024, 5, 1), date(2024, 6, 15),
          "การตรวจ OIT และการให้ข้อสังเกต", "",
          (Responsible(Duty.UNLABELLED, WhoKind.WORDS, text="หน่วยประเมิน"),)),
    Phase(PhaseGroup.OIT_CHECK, date(2024, 6, 17), date(2024, 6, 26), "กระบวนการอุทธรณ์"),
    Phase(PhaseGroup.RESULTS, date(2024, 7, 16), date(2024, 7, 31),
          "การประมวลผลการประเมินและจัดทำรายงานผลการประเมิน"),
    Phase(PhaseGroup.RESULTS, date(2024, 8, 1), date(2024, 8, 31),
          "การกลั่นกรองและนำเสนอผลการประเมิน", period_text="เดือน ส.ค. ๒๕๖๗"),
), version=4)

TODAY = date(2024, 3, 12)

ENTRIES = [
    YearEntry(EntryKind.PHASE, "การตอบข้อมูลแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)",
              date(2024, 1, 1), date(2024, 4, 30), "phase:2567:6"),
    YearEntry(EntryKind.MEETING, "ประชุมคณะทำงาน ครั้งที่ 1/2567", date(2024, 1, 15),
              date(2024, 1, 15), "meeting:1", at=time(9, 30), until=time(12, 0),
              who="ประธานคณะทำงาน"),
    YearEntry(EntryKind.ACTION, "จัดทำข้อมูล O1 โครงสร้างหน่วยงาน", date(2024, 2, 29),
              date(2024, 2, 29), "action:1", who="ร.ต.อ.หญิง ธนิษฐา คณานันท์"),
    YearEntry(EntryKind.ACTION, "ประชาสัมพันธ์ QR Code ตอบแบบวัด EIT", date(2024, 2, 20),
              date(2024, 2, 20), "action:2", who="งานบริการคนต่างด้าว", done=True),
    YearEntry(EntryKind.MEETING, "ประชุมคณะทำงาน ครั้งที่ 2/2567", date(2024, 3, 12),
              date(2024, 3, 12), "meeting:2", at=time(13, 30)),
    YearEntry(EntryKind.ACTION, "รายงานผลการตอบแบบวัด IIT", date(2024, 3, 15),
              date(2024, 3, 15), "action:3", who="ร.ต.อ.หญิง วลัยพร จงรักษ์"),
    YearEntry(EntryKind.ACTION, "สรุปผลการตอบแบบวัด EIT", date(2024, 4, 30),
              date(2024, 4, 30), "action:4"),
]
"""As of ``TODAY`` (12 March 2567): action 1 is late, action 2 done, action 3 due this week."""
