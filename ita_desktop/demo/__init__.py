"""A fictional demo unit, so a newcomer sees the program filled in.

Every name here is invented; the province "ศรีวารินทร์" does not exist.
"""

from __future__ import annotations

import io
import math
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

from ita_desktop.demo.evidence import add_demo_evidence
from ita_desktop.demo.oit import oit_plan
from ita_desktop.domain.calendar import Duty, PhaseGroup, Responsible, WhoKind
from ita_desktop.domain.committee import ItapAdmin, Member, Role
from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.fiscal import current_fiscal_year, fiscal_year_bounds
from ita_desktop.domain.meetings import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Attendee,
    Meeting,
    Presence,
)
from ita_desktop.domain.positions import abbreviate_position
from ita_desktop.domain.ranks import parse_title
from ita_desktop.domain.roster import Person
from ita_desktop.domain.section_heads import resolve_section_heads
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.domain.units import UnitKind, unit_kind_info
from ita_desktop.services.calendar import calendar_of, save_calendar
from ita_desktop.services.committee import new_order, orders_of_year, save_order
from ita_desktop.services.frameworks import ensure_year
from ita_desktop.services.meetings import (
    meetings_of_year,
    new_meeting,
    next_meeting,
    save_meeting,
)
from ita_desktop.store import open_database
from ita_desktop.store.database import Database
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.replacing import replace_database
from ita_desktop.store.settings import Settings, SettingsRepository
from ita_desktop.store.unit import UnitRepository

PLACE = "ศรีวารินทร์"
UNIT = "ตรวจคนเข้าเมืองจังหวัด" + PLACE

# (title, first, last, position, section key, phone)
ROSTER: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("พ.ต.อ.", "ธีรวัฒน์", "แสงอรุณ", "ผู้กำกับการ" + UNIT, "administration", "0810000101"),
    ("พ.ต.ท.", "กิตติพงษ์", "ศรีสว่าง", "รองผู้กำกับการ" + UNIT, "administration", "0810000102"),
    ("พ.ต.ท.หญิง", "อรุณี", "ทองประเสริฐ", "สารวัตร" + UNIT, "administration", "0810000103"),
    ("ร.ต.อ.หญิง", "พิมพ์ชนก", "วงศ์ใหญ่", "รองสารวัตร" + UNIT, "administration",
     "0810000104"),
    ("ด.ต.หญิง", "สุภาพร", "มีสุข", "ผู้บังคับหมู่" + UNIT, "administration", "0810000105"),
    ("นางสาว", "กนกวรรณ", "ใจงาม", "เจ้าหน้าที่ธุรการ", "administration", "0810000106"),
    ("พ.ต.ต.", "ชัยวัฒน์", "บุญเรือง", "สารวัตร" + UNIT, "investigation_suppression",
     "0810000107"),
    ("ร.ต.อ.", "ณัฐพล", "แก้วมณี", "รองสารวัตร" + UNIT, "investigation_suppression",
     "0810000108"),
    ("จ.ส.ต.", "ประเสริฐ", "ดวงดี", "ผู้บังคับหมู่" + UNIT, "investigation_suppression",
     "0810000109"),
    ("ส.ต.อ.", "วีระพงษ์", "สุขใจ", "ผู้บังคับหมู่" + UNIT, "investigation_suppression",
     "0810000110"),
    ("พ.ต.ท.หญิง", "วรรณา", "รัตนพันธ์", "สารวัตร" + UNIT, "foreigner_services",
     "0810000111"),
    ("ร.ต.อ.หญิง", "ศิริพร", "นาคสวัสดิ์", "รองสารวัตร" + UNIT, "foreigner_services",
     "0810000112"),
    ("ว่าที่ ร.ต.ต.", "สมศักดิ์", "ปัญญาดี", "รองสารวัตร" + UNIT, "foreigner_services",
     "0810000113"),
    ("ด.ต.", "อนุชา", "พรหมมา", "ผู้บังคับหมู่" + UNIT, "foreigner_services", "0810000114"),
    ("นาง", "มาลัย", "เพ็ชรรัตน์", "พนักงานราชการ", "foreigner_services", "0810000115"),
    ("พ.ต.ต.", "ปิยะ", "ชื่นบาน", "สารวัตร" + UNIT, "person_vehicle_inspection",
     "0810000116"),
    ("ร.ต.อ.", "ธนากร", "ศรีทอง", "รองสารวัตร" + UNIT, "person_vehicle_inspection",
     "0810000117"),
    ("ร.ต.ท.หญิง", "จิราพร", "บุญมี", "รองสารวัตร" + UNIT, "person_vehicle_inspection",
     "0810000118"),
    ("จ.ส.ต.", "สุรชัย", "คำแสง", "ผู้บังคับหมู่" + UNIT, "person_vehicle_inspection",
     "0810000119"),
    ("ส.ต.ท.", "เอกชัย", "ทองดี", "ผู้บังคับหมู่" + UNIT, "person_vehicle_inspection",
     "0810000120"),
    ("ด.ต.", "บุญชู", "ใจซื่อ", "ผู้บังคับหมู่" + UNIT, "person_vehicle_inspection",
     "0810000121"),
)
# One officer transferred out during the year, so the roster shows how history is kept.
LEFT = ("ด.ต.", "บุญชู")
FIRST_DEMO_YEAR = 2568

# The committee as seed 002 appoints it, by place in ROSTER: the commander heads it, five
# officers of the sections are members, an inspector of administration is member and
# secretary; an officer of foreigner services administers ITAP.
COMMITTEE_MEMBERS = (1, 2, 6, 10, 15)
COMMITTEE_SECRETARY = 3
ITAP_ADMIN = 11
ORDER_NUMBER = 222
# Seed 002's calendar names an inspector (สว.) as controller: the inspector of administration.
CALENDAR_CONTROLLER = 2


def itap_duty(fiscal_year: int) -> str:
    """Seed 002's ITAP administrator duty, for the demo's year."""
    return apply_digits(
        "ผู้ดูแลระบบและใช้งานระบบ ITAP ดำเนินการตามเอกสารประกอบการชี้แจงการใช้งานระบบ"
        "เทคโนโลยีสารสนเทศรองรับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน"
        "ภาครัฐระดับต่ำกว่ากรม (Integrity & Transparency Assessment of Public Service : ITAP) "
        f"ประจำปีงบประมาณ พ.ศ. {fiscal_year} ทำหน้าที่บันทึกข้อมูลพื้นฐานของหน่วยงาน "
        "ดำเนินการต่าง ๆ ที่เกี่ยวข้องกับแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) "
        "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) และการเปิดเผยข้อมูลสาธารณะ (OIT)",
        DigitStyle.THAI)


class DemoExistsError(Exception):
    pass


def demo_people() -> list[Person]:
    people = []
    for title_text, first, last, position, section, phone in ROSTER:
        title = parse_title(title_text)
        people.append(Person(
            rank_key=title.rank.key, female=title.female, acting=title.acting,
            first_name=first, last_name=last, position=position,
            position_abbr=abbreviate_position(position), section_key=section, phone=phone,
            email=f"officer{phone[-3:]}@example.org",
        ))
    return people


def demo_emblem() -> bytes:
    """A made-up round badge: the demo must never carry an official emblem."""
    from PIL import Image, ImageDraw

    size = 512
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, size - 8, size - 8), fill=(176, 141, 46), outline=(120, 20, 20), width=18)
    draw.ellipse((70, 70, size - 70, size - 70), fill=(250, 244, 222))
    centre, outer, inner = size / 2, 170, 70
    points = []
    for i in range(16):
        radius = outer if i % 2 == 0 else inner
        angle = math.pi / 2 + i * math.pi / 8
        points.append((centre + radius * math.cos(angle), centre - radius * math.sin(angle)))
    draw.polygon(points, fill=(120, 20, 20))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _fill(path: Path, today: date) -> str:
    db = open_database(path)
    try:
        people_repo = PeopleRepository(db)
        units = UnitRepository(db)
        frameworks = FrameworkRepository(db)
        kind = UnitKind.PROVINCIAL_IMMIGRATION
        people_repo.add_many(demo_people(), kind)
        everyone = people_repo.all()
        commander = everyone[0]
        units.save(UnitProfile(
            kind=kind,
            full_name=UNIT,
            short_name="ตม.จว." + PLACE,
            parent_bureau="กองบังคับการตรวจคนเข้าเมือง ๔",
            address="๙๙ หมู่ ๙ ถนนริมโขง ตำบลท่าน้ำ อำเภอเมือง จังหวัด" + PLACE + " ๔๙๙๙๙",
            phone="๐ ๔๒๐๐ ๐๐๐๐",
            email="demo-immigration@example.org",
            website="https://immigration-demo.example.org",
            commander_id=commander.id,
        ))
        units.set_emblem(demo_emblem())
        # The demo unit has confirmed its section heads (the suggestion in each section), so
        # the fact sheet shows recorded heads, as a unit that has set up its profile would.
        profile = units.get()
        assert profile is not None
        heads = tuple((head.section.key, head.head.id)
                      for head in resolve_section_heads(kind, everyone, {}, commander.id)
                      if head.head is not None and head.head.id is not None)
        units.save(replace(profile, section_heads=heads))
        for person in everyone:
            if (person.title_text, person.first_name) == LEFT and person.id is not None:
                people_repo.set_active(person.id, False, on=date(today.year, 1, 15))
        units.date_data(today)
        framework = unit_kind_info(kind).framework
        year = current_fiscal_year(today)
        for fiscal_year in range(FIRST_DEMO_YEAR, max(year, FIRST_DEMO_YEAR) + 1):
            ensure_year(frameworks, framework, fiscal_year)
        SettingsRepository(db).save(Settings(digit_style=DigitStyle.THAI, fiscal_year=year))
        ids = [p.id for p in everyone if p.id is not None]
        order = _committee_order(db, ids, year, today)
        phases = _calendar(db, ids, year)
        meetings = _meetings(db, ids, year, today)
        items = oit_plan(db, ids, year, today)
        evidence = add_demo_evidence(db, year, ids, meetings_of_year(db, year), today=today)
        return (f"{len(everyone)} officers in {len(unit_kind_info(kind).sections)} sections, "
                f"ITA frameworks for fiscal years {FIRST_DEMO_YEAR}–{max(year, FIRST_DEMO_YEAR)}, "
                f"committee order {order}, an assessment calendar of {phases} phases, "
                f"meetings {meetings}, an OIT plan of {items} items, {evidence}")
    finally:
        db.close()


def _committee_order(db: Database, ids: list[int], fiscal_year: int, today: date) -> str:
    """The year's committee order, through the same checks as the window's save. Dated 28
    December as seed 002 (222/2566 for fiscal year 2567), or today while that is ahead."""
    dated = min(date(fiscal_year_bounds(fiscal_year)[0].year, 12, 28), today)
    draft = new_order(db, fiscal_year, dated)
    order = replace(
        draft, number=ORDER_NUMBER,
        members=(*draft.members, *(Member(ids[i], Role.MEMBER) for i in COMMITTEE_MEMBERS),
                 Member(ids[COMMITTEE_SECRETARY], Role.SECRETARY)),
        itap_admins=(ItapAdmin(ids[ITAP_ADMIN], itap_duty(fiscal_year)),))
    return save_order(db, order).number_text(DigitStyle.ARABIC)


def _calendar(db: Database, ids: list[int], fiscal_year: int) -> int:
    """The year's calendar saved with the responsible side split as seed 002 splits it: in
    the assessment part an inspector of administration controls, the ITAP administrator
    gathers the data (as ผู้ดูแลระบบ), and the officers of the unit answer the surveys; the
    other parts keep the catalog's roles. Returns the number of phases."""
    calendar = calendar_of(db, fiscal_year)
    split = (Responsible(Duty.CONTROLLER, WhoKind.PERSON, person_id=ids[CALENDAR_CONTROLLER]),
             Responsible(Duty.COLLECTOR, WhoKind.PERSON, person_id=ids[ITAP_ADMIN],
                         label="ผู้ดูแลระบบ"))
    surveys = (Responsible(Duty.PRACTITIONER, WhoKind.WORDS, text="ข้าราชการตำรวจในสังกัด"),)
    phases = tuple(
        replace(phase, responsible=split + (surveys if "การเก็บข้อมูล" in phase.step else ()))
        if phase.group is PhaseGroup.ASSESSMENT else phase
        for phase in calendar.phases)
    return len(save_calendar(db, replace(calendar, phases=phases)).phases)


# The meetings as seed 002 holds them: the ITAP administrator attends as staff and records the
# minutes, a guest from outside comes to the first, a member is away on duty at the second.
MEETING_PLACE = "ห้องประชุม ศูนย์ปฏิบัติการ" + UNIT
GUEST = ("นางสาวปรียา ดาวเรือง", "นักวิชาการยุติธรรม สำนักงานยุติธรรมจังหวัด" + PLACE)
AWAY = 6  # a member, by place in ROSTER


def _meetings(db: Database, ids: list[int], fiscal_year: int, today: date) -> str:
    """Meetings 1 and 2 of the year after the committee order, through the same service as
    the window: the first a week after the order (seed 002: 28 Dec, 5 Jan) or today while
    that is ahead, the second a month later (a planned meeting while it is ahead); the first
    directs a publicity action due five days on, carried into the second's matters
    arising."""
    order_day = orders_of_year(db, fiscal_year)[0].dated
    first_day = min(order_day + timedelta(days=8), today)
    staff = Attendee(Presence.ATTENDING, ids[ITAP_ADMIN],
                     role_text="เจ้าหน้าที่/ผู้ช่วยเลขานุการ")
    draft = new_meeting(db, fiscal_year, first_day)
    texts = {
        AgendaKind.ANNOUNCEMENTS: (apply_digits(
            "ตามที่ สำนักงาน ป.ป.ช. ได้ร่วมกับสำนักงานตรวจคนเข้าเมือง ในการประเมินคุณธรรมและ"
            f"ความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. {fiscal_year} "
            "จึงเชิญคณะทำงานและเจ้าหน้าที่ผู้รับผิดชอบ เข้าร่วมประชุมเพื่อศึกษาและวิเคราะห์"
            "กรอบการประเมิน", DigitStyle.THAI), "รับทราบ"),
        AgendaKind.INFORMATION: ("แจ้งคำสั่งแต่งตั้งคณะทำงาน เสนอปฏิทินการประเมิน และ"
                                 "เครื่องมือที่ใช้ในการประเมิน (IIT, EIT และ OIT)", "รับทราบ"),
        AgendaKind.CONSIDERATION: ("มอบหมายผู้รับผิดชอบเตรียมข้อมูลการเปิดเผยข้อมูลสาธารณะ "
                                   "(OIT) และผู้ดูแลการเก็บข้อมูลกลุ่มตัวอย่าง", "เห็นชอบ"),
        AgendaKind.OTHER: ("(ไม่มี)", ""),
    }
    directive = AgendaItem(
        AgendaKind.OTHER_TOPIC, speaker_id=ids[0],
        text="ให้ประชาสัมพันธ์ให้ผู้มีส่วนได้ส่วนเสียทั้งภายในและภายนอกรับทราบ และตอบแบบวัด "
             "IIT และ EIT ให้ครบตามจำนวนที่กำหนด",
        actions=(ActionItem("ประชาสัมพันธ์แบบวัด IIT และ EIT ทุกช่องทางของหน่วย",
                            person_id=ids[ITAP_ADMIN],
                            # Within the week of a demo made on the meeting's day, late for
                            # one made later: either way the window opens on the notice of it.
                            due=first_day + timedelta(days=5)),))
    agenda = tuple(
        replace(item, text=texts[item.kind][0], resolution=texts[item.kind][1])
        if item.kind in texts else
        replace(item, items=(directive,), resolution="รับทราบ")
        if item.kind is AgendaKind.DIRECTIVES else item
        for item in draft.agenda)
    first = save_meeting(db, replace(
        draft, place=MEETING_PLACE, start=time(10, 0), end=time(12, 0), agenda=agenda,
        attendees=(*draft.attendees, staff,
                   Attendee(Presence.ATTENDING, name=GUEST[0], position=GUEST[1])),
        recorder_id=ids[ITAP_ADMIN]))
    second = _second_meeting(db, first, ids, first_day + timedelta(days=31))
    return ", ".join(m.number_text(DigitStyle.ARABIC) for m in (first, second))


def _second_meeting(db: Database, first: Meeting, ids: list[int], day: date) -> Meeting:
    draft = next_meeting(db, first.id or 0, day)
    reports = {AgendaKind.PREVIOUS_MINUTES: "รับรอง", AgendaKind.INFORMATION: "รับทราบ",
               AgendaKind.CONSIDERATION: "เห็นชอบ", AgendaKind.DIRECTIVES: "รับทราบ",
               AgendaKind.MATTERS_ARISING: "รับทราบ"}
    agenda = tuple(replace(
        item, resolution=reports.get(item.kind, ""),
        text={AgendaKind.INFORMATION: "เสนอผลการเก็บข้อมูลแบบวัด IIT และ EIT ให้ที่ประชุมทราบ",
              AgendaKind.CONSIDERATION: "ประเด็นที่ต้องปรับปรุงและยกระดับพัฒนาตามตัวชี้วัด",
              AgendaKind.OTHER: "(ไม่มี)"}.get(item.kind, item.text),
        items=tuple(replace(sub, text="ประชาสัมพันธ์แล้วทางเว็บไซต์และเพจของหน่วย "
                                      "อยู่ระหว่างติดตามจำนวนผู้ตอบ")
                    for sub in item.items) if item.kind is AgendaKind.MATTERS_ARISING
        else item.items)
        for item in draft.agenda)
    away = Attendee(Presence.ABSENT, ids[AWAY], reason="ไปราชการ")
    attendees = tuple(replace(away, role_text=a.role_text) if a.person_id == ids[AWAY] else a
                      for a in draft.attendees)
    return save_meeting(db, replace(draft, start=time(14, 0), end=time(15, 0),
                                    attendees=attendees, agenda=agenda))


def create_demo_database(path: Path, *, replace: bool = False, today: date | None = None) -> str:
    """Build the demo in a temporary file beside ``path``, then move it into place.

    An existing file is never touched unless ``replace``; then it is first backed up to the
    ``backups`` folder next to it, and a file open in a window or another program is refused
    (``store/replacing.py``).
    """
    path = Path(path)
    if path.exists() and not replace:
        raise _exists(path)

    def build(temp: Path) -> str:
        # Checked again holding the lock: another demo may have made it meanwhile.
        if path.exists() and not replace:
            raise _exists(path)
        return _fill(temp, today or date.today())

    summary, _backup = replace_database(path, build)
    return summary


def _exists(path: Path) -> DemoExistsError:
    return DemoExistsError(
        f"'{path}' already exists and was left as it is. Give a new file name, or add "
        "--replace to replace it (a copy goes to the backups folder first)."
    )
