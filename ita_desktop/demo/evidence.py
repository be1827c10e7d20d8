"""The demo unit's integrity measures of the year with their results and photos.

The measures are the standard ones of the unit's kind (``start_measures``), given people of the
demo roster, a result text written the way seeds 000, 002 and 004 write them (a date, what was
done, where), and drawn photos for every measure (``evidence_photos``). The photos go the way a
real import goes: a JPEG with its EXIF date, ``media.photos.prepare_photo_bytes``, then
``services.evidence.store_import``; so the tab, the command line and the reports show the demo
exactly as they will show a unit's own photos. The first OIT measure reports on the year's first
meeting, whose own two photos are attached to the meeting in the calendar.

Every name here is invented, as in the rest of the demo.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from urllib.parse import urlsplit

from PIL.Image import Image

from ita_desktop.demo.evidence_photos import Signage, camera_jpeg, draw_scene
from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.evidence import Measure, Responsible, measure_label
from ita_desktop.domain.meetings import Meeting
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.media.photos import PreparedPhoto, prepare_photo_bytes
from ita_desktop.services import evidence
from ita_desktop.services.committee import orders_of_year
from ita_desktop.store.database import Database
from ita_desktop.store.unit import UnitRepository


@dataclass(frozen=True)
class Shot:
    """One photo: what it shows (a scene of ``evidence_photos``) and its caption."""

    scene: str
    variant: int
    caption: str


# The photos of each standard immigration measure, by its label. Every picture differs in its
# pixels: the import would rightly refuse the same picture twice.
SHOTS: dict[str, tuple[Shot, ...]] = {
    "1.1": (Shot("counter", 0, "เจ้าหน้าที่ประจำจุดประชาสัมพันธ์ ศูนย์บริการ One Stop Service"),
            Shot("counter", 1, "ป้ายชื่อและหมายเลขโทรศัพท์ผู้ปฏิบัติหน้าที่ พร้อมเครื่องกดบัตรคิว")),
    "1.2": (Shot("wayfinding", 0, "ป้ายบอกจุดบริการ ทั้งภาษาไทยและภาษาอังกฤษ บริเวณทางเข้าอาคาร"),),
    "1.3": (Shot("pledge", 0, "ป้ายพันธสัญญาและขั้นตอนการขออยู่ต่อในราชอาณาจักร"),
            Shot("pledge", 1, "ป้ายขั้นตอนการรายงานตัว ๙๐ วัน ทั้งภาษาไทยและภาษาอังกฤษ")),
    "1.4": (Shot("no_gift", 0, "ป้ายประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ณ จุดให้บริการ"),),
    "1.5": (Shot("manual_qr", 1, "ผู้มาติดต่อสแกนคิวอาร์โค้ดดาวน์โหลดคู่มือการให้บริการ"),),
    "1.6": (Shot("seats", 0, "ที่นั่งรอรับบริการ"),
            Shot("water", 0, "บริการน้ำดื่มสำหรับผู้มาติดต่อ"),
            Shot("wifi_forms", 0, "อินเทอร์เน็ตไร้สายฟรีและโต๊ะกรอกแบบฟอร์ม"),
            Shot("restroom", 0, "ห้องน้ำแยกชาย หญิง และผู้พิการ พร้อมราวจับทางลาด")),
    "2.1": (Shot("screen", 0, "หน้าแรกของเว็บไซต์หน่วยงานที่ปรับปรุงแล้ว"),),
    "2.2": (Shot("screen", 2, "หน้าบริการออนไลน์: จองคิว รายงานตัว ๙๐ วัน และแจ้งที่พัก"),),
    "2.3": (Shot("eit_standee", 0, "ป้ายคิวอาร์โค้ดเชิญชวนตอบแบบวัด EIT ณ จุดให้บริการ"),),
    "3.1": (Shot("order", 0, "คำสั่งแต่งตั้งคณะทำงานขับเคลื่อน ITA ปิดประกาศ ณ บอร์ดของหน่วย"),),
    "3.2": (Shot("screen", 1, "หัวข้อ ITA บนหน้าแรกของเว็บไซต์ (O1–O12)"),),
    "3.3": (Shot("screen", 3, "ข้อมูลสาธารณะที่เผยแพร่แล้ว (O13–O24)"),),
    "3.4": (Shot("meeting", 2, "ประชุมติดตามความคืบหน้าการเผยแพร่ข้อมูลสาธารณะ"),),
}
MEETING_SHOTS = (
    Shot("meeting", 0, "ผู้กำกับการชี้แจงแนวทางการประเมิน ITA แก่คณะทำงาน"),
    Shot("meeting", 1, "คณะทำงานร่วมวิเคราะห์กรอบการประเมินและมอบหมายผู้รับผิดชอบ"),
)

# What was done, as the seeds' results column says it: a date, the act, the place. {d} is the
# date of the measure's first photo, {unit} the unit's short name, {site} its website.
RESULTS: dict[str, str] = {
    "1.1": "วันที่ {d} {unit} จัดเจ้าหน้าที่งานบริการคนต่างด้าวประจำจุดประชาสัมพันธ์ ณ ศูนย์บริการ "
           "One Stop Service ทุกวันทำการ เวลา 08.30–16.30 น. พร้อมป้ายชื่อและหมายเลขโทรศัพท์ของ"
           "ผู้ปฏิบัติหน้าที่ ทั้งภาษาไทยและภาษาอังกฤษ และติดตั้งเครื่องกดบัตรคิว 1 เครื่อง",
    "1.2": "วันที่ {d} งานอำนวยการติดตั้งป้ายศูนย์บริการ One Stop Service และป้ายบอกทางไปยัง"
           "ช่องบริการ 4 จุด ทั้งภาษาไทยและภาษาอังกฤษ บริเวณทางเข้าอาคาร ตรวจสภาพแล้วไม่พบการชำรุด",
    "1.3": "วันที่ {d} ติดป้ายพันธสัญญาการให้บริการและขั้นตอนการขออยู่ต่อในราชอาณาจักรและการรายงานตัว "
           "90 วัน ทั้งภาษาไทยและภาษาอังกฤษ ณ ศูนย์บริการ และเผยแพร่ข้อมูลเดียวกันบนเว็บไซต์ของหน่วย",
    "1.4": "วันที่ {d} ติดป้ายประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy) "
           "ทั้งภาษาไทยและภาษาอังกฤษ ณ จุดให้บริการ และประกาศบนเว็บไซต์และเพจ facebook ของ{unit}",
    "1.5": "วันที่ {d} ติดป้ายคิวอาร์โค้ดสำหรับดาวน์โหลดคู่มือการให้บริการและรายการเอกสาร "
           "(Checklist) ทั้งภาษาไทยและภาษาอังกฤษ ณ ศูนย์บริการ ผู้มาติดต่อสแกนดาวน์โหลดได้ทันที",
    "1.6": "วันที่ {d} จัดที่นั่งรอรับบริการ 17 ที่นั่ง บริการน้ำดื่ม อินเทอร์เน็ตไร้สายฟรี "
           "โต๊ะกรอกแบบฟอร์มพร้อมตัวอย่างการกรอก และห้องน้ำแยกชาย หญิง และผู้พิการ พร้อมป้ายบอกทาง",
    "2.1": "วันที่ {d} ปรับปรุงหน้าแรกของเว็บไซต์ {site} ให้เป็นปัจจุบัน และเชื่อมโยงเพจ facebook "
           "และ LINE Official Account ของ{unit} ไปยังเว็บไซต์หลัก",
    "2.2": "วันที่ {d} เผยแพร่ขั้นตอนการจองคิวออนไลน์ การรายงานตัว 90 วัน และการแจ้งที่พักอาศัย "
           "(ตม.30) ทางเว็บไซต์ เพจ facebook และจอประชาสัมพันธ์ ณ ศูนย์บริการ",
    "2.3": "วันที่ {d} ตั้งป้ายคิวอาร์โค้ดแบบวัด EIT ณ จุดให้บริการ และเผยแพร่ทางเพจ facebook "
           "ของหน่วย เพื่อให้ผู้มาติดต่อตอบแบบวัดได้สะดวก",
    "3.1": "วันที่ {d} {unit} ประชุมคณะทำงานขับเคลื่อน ITA ครั้งที่ {meeting} ตามคำสั่งที่ {order} "
           "ผู้กำกับการชี้แจงแนวทางการประเมิน และมอบหมายผู้จัดทำและผู้ควบคุมข้อมูลสาธารณะ "
           "O1–O24 ทุกรายการ",
    "3.2": "วันที่ {d} ผู้ดูแลเว็บไซต์จัดหัวข้อ ITA บนหน้าแรกของเว็บไซต์ {site} "
           "และปรับปรุงข้อมูลให้เป็นปัจจุบัน",
    "3.3": "ถึงวันที่ {d} ผู้รับผิดชอบจัดทำข้อมูลสาธารณะตามองค์ประกอบของแบบตรวจ OIT "
           "และเผยแพร่ในหัวข้อ ITA ของเว็บไซต์ ผู้ควบคุมตรวจความถูกต้องก่อนเผยแพร่ทุกรายการ",
    "3.4": "วันที่ {d} คณะทำงานประชุมติดตามความคืบหน้าการเผยแพร่ข้อมูลสาธารณะ O1–O24 "
           "และมอบหมายให้เร่งรัดรายการที่ยังไม่แล้วเสร็จ",
}

# People responsible by area, as seed 001 names them: an inspector controls (ควบคุมการปฏิบัติ),
# officers carry it out (ผู้ปฏิบัติ); by place in ROSTER. The counter's name plate shows the
# officer at place 11, who is also the committee's ITAP administrator.
PEOPLE: dict[str, tuple[tuple[str, int], ...]] = {
    "1": (("ควบคุมการปฏิบัติ", 10), ("ผู้ปฏิบัติ", 11)),
    "2": (("ควบคุมการปฏิบัติ", 2), ("ผู้ปฏิบัติ", 4)),
    "3": (("ควบคุมและติดตามข้อมูล", 2), ("จัดทำข้อมูล", 11)),
}
WORKERS = 2  # the photos are prepared while the next is drawn; a demo needs no more


@dataclass(frozen=True)
class _Job:
    shot: Shot
    taken: datetime
    measure_label: str | None  # None: the first meeting's own photo


def add_demo_evidence(db: Database, fiscal_year: int, people_ids: Sequence[int],
                      meetings: Sequence[Meeting], *, today: date) -> str:
    """The year's standard measures with people, results and photos, and the first meeting's
    own photos; every photo dated between the first meeting and ``today``. Returns a summary
    ("13 measures, 19 photos")."""
    profile = UnitRepository(db).get()
    assert profile is not None, "the demo saves its unit profile first"
    orders = orders_of_year(db, fiscal_year)
    order = orders[0].number_text(DigitStyle.ARABIC) if orders else ""
    sign = Signage(unit_name=profile.full_name, unit_short=profile.short_name,
                   website=urlsplit(profile.website).netloc or profile.website,
                   order_number=order)
    first = meetings[0]
    measures = evidence.start_measures(db, fiscal_year)
    jobs = _jobs(measures, first, meetings, today)
    dates = {job.measure_label: job.taken.date() for job in reversed(jobs)}
    words = {"unit": profile.short_name, "site": sign.website,
             "meeting": first.number_text(DigitStyle.ARABIC), "order": order}
    prepared = _prepare(jobs, sign, first)
    with db.transaction():
        saved = {}
        for measure in measures:
            label = measure_label(measure)
            saved[label] = evidence.save_measure(db, _completed(
                measure, people_ids, first if label == "3.1" else None,
                apply_digits(RESULTS[label].format(
                    d=format_thai_date(dates[label], DateForm.ABBR_SHORT_YEAR), **words),
                    DigitStyle.THAI)))
        count = 0
        for label in [None, *saved]:
            batch = [(job, photo) for job, photo in zip(jobs, prepared, strict=True)
                     if job.measure_label == label]
            target = {"meeting_id": first.id} if label is None else \
                {"measure_id": saved[label].id}
            outcome = evidence.store_import(
                db, fiscal_year, evidence.PreparedImport(tuple(p for _, p in batch), ()),
                **target)
            for (job, _), photo in zip(batch, outcome.added, strict=True):
                assert photo.id is not None
                evidence.set_caption(db, photo.id, job.shot.caption)
            count += len(outcome.added)
    return f"{len(measures)} integrity measures with {count} photos"


def _completed(measure: Measure, people_ids: Sequence[int], meeting: Meeting | None,
               result: str) -> Measure:
    """``measure`` as the demo unit has carried it out: people of the roster before the
    sections the standard measures name, its result, the meeting it reports on."""
    people = tuple(Responsible(duty=duty, person_id=people_ids[place])
                   for duty, place in PEOPLE[measure_label(measure).split(".")[0]])
    return replace(measure, responsible=people + measure.responsible, result=result,
                   meeting_id=meeting.id if meeting is not None else None)


def _jobs(measures: Sequence[Measure], first: Meeting, meetings: Sequence[Meeting],
          today: date) -> list[_Job]:
    """Every photo with the moment it was taken: the meeting's during the meeting, the
    measures' spread over the days from the first meeting (where the work was assigned) to
    ``today``, the follow-up at the second meeting when it has been held."""
    start = datetime.combine(first.dated, first.start or time(10, 0))
    jobs = [_Job(shot, start + timedelta(minutes=20 + 35 * i), None)
            for i, shot in enumerate(MEETING_SHOTS)]
    span = (today - first.dated).days
    held = [m for m in meetings[1:] if m.dated <= today]
    for index, measure in enumerate(measures):
        label = measure_label(measure)
        if label == "3.1":
            # The order was pinned up before the meeting that it called.
            day, clock = first.dated, time(8, 45)
        elif label == "3.4" and held:
            day, clock = held[0].dated, held[0].start or time(14, 0)
        else:
            day = first.dated + timedelta(days=span * (index + 1) // (len(measures) + 1))
            clock = time(9 + index % 6, (17 * index) % 60)
        for i, shot in enumerate(SHOTS[label]):
            jobs.append(_Job(shot, datetime.combine(day, clock) + timedelta(minutes=3 * i),
                             label))
    return jobs


def _prepare(jobs: Sequence[_Job], sign: Signage, first: Meeting) -> list[PreparedPhoto]:
    """Each job drawn, saved as a camera JPEG and prepared as an import prepares a file.
    Drawing stays on this thread (PIL's text drawing shares its font faces); saving and
    preparing, which decode and encode and so let go of the interpreter, run beside it."""
    slide = {0: f"การประชุมคณะทำงาน ครั้งที่ {first.number_text(DigitStyle.ARABIC)}",
             1: f"การประชุมคณะทำงาน ครั้งที่ {first.number_text(DigitStyle.ARABIC)}",
             2: "ติดตามความคืบหน้าการเผยแพร่ข้อมูลสาธารณะ (OIT)"}
    futures: list[Future[PreparedPhoto]] = []
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for job in jobs:
            shot = job.shot
            scene_sign = replace(sign, meeting_title=slide.get(shot.variant, "")) \
                if shot.scene == "meeting" else sign
            # The drawing is handed over whole: this thread never touches it again.
            futures.append(pool.submit(_camera_file, draw_scene(shot.scene, scene_sign,
                                                                shot.variant), job.taken))
        return [future.result() for future in futures]


def _camera_file(image: Image, taken: datetime) -> PreparedPhoto:
    return prepare_photo_bytes(camera_jpeg(image, taken), f"IMG_{taken:%Y%m%d_%H%M%S}.jpg")
