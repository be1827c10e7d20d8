"""The demo unit's OIT plan of the year, built through the same services as the window: seed
001's way of assigning (an inspector controls, officers of the section prepare), a spread of
states, monthly reports, attached files, survey figures, progress and EIT(2) contacts, and
the surveys' caretakers as seed 002 appoints them.

Every name here is invented, as in the rest of the demo.
"""

from __future__ import annotations

import io
import tempfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from ita_desktop.domain.fiscal import fiscal_year_bounds
from ita_desktop.domain.framework.model import Catalog, DeadlineKind, SampleKey
from ita_desktop.domain.oit import Cadence, CadenceKind, ProgressEntry
from ita_desktop.domain.oit_plan import CaretakerRole, Eit2Contact, ItemPlan, SurveyFigures
from ita_desktop.domain.oit_workflow import Duty, Status
from ita_desktop.services import oit as oit_service
from ita_desktop.store.database import Database
from ita_desktop.store.people import PeopleRepository

# The OIT plan as seed 001 assigns it: an inspector controls (ควบคุมและติดตามข้อมูล), officers
# of the section that holds the information prepare it (จัดทำข้อมูล). By sub-indicator, the
# places in ROSTER of the controllers and of the preparers.
OIT_TEAMS: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {
    "9.1": ((2,), (4, 5)),  # information: administration
    "9.2": ((10,), (12, 13)),  # services and statistics: foreigner services
    "9.3": ((2,), (3, 5)),  # budget and procurement: administration
    "9.4": ((6,), (8,)),  # personnel: investigation
    "9.5": ((6,), (8, 9)),  # complaints
    "10.1": ((15, 2), (17, 19)),  # anti-bribery: checkpoint inspection with administration
    "10.2": ((2,), (3, 4)),  # integrity measures
}
# The surveys' caretakers as seed 002's calendar appoints them, by place in ROSTER: the
# committee's ITAP administrator (11, foreigner services) also keeps the website and collects
# the IIT answers; the inspector of administration (2) controls IIT and EIT(1); two officers
# of each section bring in the EIT(1) respondents; one officer of each section picks the
# EIT(2) contacts.
CARETAKERS: dict[CaretakerRole, tuple[int, ...]] = {
    CaretakerRole.ITAP_ADMIN: (11,),
    CaretakerRole.WEBSITE: (11,),
    CaretakerRole.IIT: (2, 11),
    CaretakerRole.EIT: (2, 3, 4, 11, 12, 7, 8, 16, 17),
    CaretakerRole.EIT2: (4, 12, 7, 17),
}
OIT_SITE = "https://immigration-demo.example.org/ita"
CONTINUOUS_MINIMUM = 5  # seed 001's O18: "ไม่น้อยกว่า 5 กิจกรรม"
# Every third item done once is published, the others at each state of the workflow.
ONCE_STATES = (Status.PUBLISHED, Status.APPROVED, Status.PUBLISHED, Status.CHECKED,
               Status.PUBLISHED, Status.IN_PREPARATION, Status.PUBLISHED, Status.NOT_STARTED)
_WALK = (Status.IN_PREPARATION, Status.SUBMITTED, Status.CHECKED, Status.APPROVED,
         Status.PUBLISHED)


def oit_plan(db: Database, ids: list[int], fiscal_year: int, today: date) -> int:
    """The year's OIT plan through the same services as the window: every item assigned, a
    spread of states (published with their addresses on the demo unit's website, one returned
    with a comment, one late, one due within the week so the start-up notice shows OIT work),
    the monthly reports published up to a week ago, a PDF and a Word file on the first item,
    survey figures, progress counts, EIT(2) contacts and the surveys' caretakers. Returns the
    number of items."""
    # One transaction: a hundred-odd small writes committed once, not each on its own.
    with db.transaction():
        return _plan(db, ids, fiscal_year, today)


def _plan(db: Database, ids: list[int], fiscal_year: int, today: date) -> int:
    start, _ = fiscal_year_bounds(fiscal_year)
    catalog = oit_service.oit_year(db, fiscal_year).catalog
    for item in catalog.oit_items:
        controllers, preparers = OIT_TEAMS.get(item.indicator, ((2,), (4,)))
        keys = [item.key]
        for place in preparers:
            oit_service.assign_many(db, fiscal_year, keys, ids[place], Duty.PREPARER)
        for place in controllers:
            oit_service.assign_many(db, fiscal_year, keys, ids[place], Duty.CONTROLLER)
    commander = ids[0]
    # The work of the last fortnight, or of the year's first days early in the year.
    worked = max(start, today - timedelta(days=14))
    plans = oit_service.oit_year(db, fiscal_year).items
    once = [plan for plan in plans if plan.item.deadline.kind is DeadlineKind.DATE]
    special = {once[1].code: "late", once[3].code: "returned", once[5].code: "soon"}
    for place, plan in enumerate(once):
        kind = special.get(plan.code)
        assignment = plan.assignment
        if kind == "late":
            due = max(start, today - timedelta(days=5))
            assignment = replace(assignment, cadence=Cadence(CadenceKind.ONCE, due=due))
        elif kind == "soon":
            assignment = replace(assignment, cadence=Cadence(CadenceKind.ONCE,
                                                             due=today + timedelta(days=3)))
        if assignment is not plan.assignment:
            oit_service.save_assignment(db, assignment)
        last = {"late": Status.IN_PREPARATION, "soon": Status.SUBMITTED,
                "returned": Status.SUBMITTED}.get(kind or "", ONCE_STATES[place % 8])
        _walk(db, plan, None, last, worked, commander)
        if kind == "returned":
            oit_service.change_status(
                db, fiscal_year, assignment.item_key, None, Status.RETURNED,
                assignment.controllers[0], when=_at(worked, 15),
                comment="แผนผังโครงสร้างยังไม่เป็นปัจจุบัน โปรดแก้ไขตามคำสั่งล่าสุด")
    for plan in plans:
        cadence = plan.assignment.cadence
        if cadence.kind is CadenceKind.MONTHLY:
            _walk(db, plan, None, Status.IN_PREPARATION, worked, commander)
            for due in plan.dues():
                if due.due < today - timedelta(days=7):
                    _walk(db, plan, due.month, Status.PUBLISHED,
                          max(start, due.due - timedelta(days=3)), commander)
                elif due.due < today:
                    _walk(db, plan, due.month, Status.SUBMITTED, due.due - timedelta(days=2),
                          commander)
        elif cadence.kind is CadenceKind.CONTINUOUS:
            oit_service.save_assignment(db, replace(
                plan.assignment, entries=3,
                cadence=Cadence(CadenceKind.CONTINUOUS, minimum=CONTINUOUS_MINIMUM)))
            _walk(db, plan, None, Status.PUBLISHED, worked, commander)
    _oit_files(db, once[0].assignment.item_key, fiscal_year)
    serving = sum(1 for person in PeopleRepository(db).all() if person.active)
    _oit_surveys(db, catalog, fiscal_year, today, serving)
    for role, places in CARETAKERS.items():
        oit_service.save_caretakers(db, fiscal_year, role, [ids[place] for place in places])
    return len(catalog.oit_items)


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour))


def _walk(db: Database, plan: ItemPlan, month: date | None, last: Status,
          day: date, commander: int) -> None:
    """Take the item (or its report of ``month``) along the workflow to ``last`` on ``day``,
    each step by whom the workflow asks for it."""
    if last is Status.NOT_STARTED:
        return
    a = plan.assignment
    doers = {Status.CHECKED: a.controllers[0], Status.APPROVED: commander}
    for hour, step in enumerate(_WALK, start=8):
        url = (f"{OIT_SITE}/{a.fiscal_year}/{plan.code.lower()}"
               + (f"-{month:%Y-%m}" if month else "")) if step is Status.PUBLISHED else ""
        oit_service.change_status(db, a.fiscal_year, a.item_key, month, step,
                                  doers.get(step, a.preparers[0]), url=url,
                                  published_on=day if url else None, when=_at(day, hour))
        if step is last:
            return


def _demo_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setTitle("Demo organisation chart")
    canvas.drawString(72, 770, "Demo unit - organisation chart (fictional)")
    canvas.rect(250, 600, 100, 40)
    canvas.drawString(262, 616, "Commander")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _demo_docx() -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph("โครงสร้างและอำนาจหน้าที่ของหน่วยงาน (ข้อมูลสมมติสำหรับการสาธิต)")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _oit_files(db: Database, item_key: str, fiscal_year: int) -> None:
    """A small PDF and a Word file on an item, attached as the window attaches them."""
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "แผนผังโครงสร้าง.pdf"
        pdf.write_bytes(_demo_pdf())
        docx = Path(folder) / "อำนาจหน้าที่.docx"
        docx.write_bytes(_demo_docx())
        oit_service.attach_files(db, fiscal_year, item_key, None, [pdf, docx])


EIT2_CONTACTS = (("สมาคมผู้ประกอบการ", "นายประยุทธ ค้าขายดี", "0820000201"),
                 ("หอการค้าจังหวัด", "นางสาวสุนิสา รุ่งเรือง", "0820000202"),
                 ("สำนักงานพัฒนาสังคมฯ จังหวัด", "นางวิไล ใจอารี", "0820000203"),
                 ("สำนักงานจัดหางานจังหวัด", "นายสมพงษ์ งานดี", "0820000204"),
                 ("ห้างหุ้นส่วนจำกัด ศรีวารินทร์พาณิชย์", "นายอดุลย์ พาณิชย์กุล", "0820000205"))


def _oit_surveys(db: Database, catalog: Catalog, fiscal_year: int, today: date,
                 staff: int) -> None:
    """The figures copied from ITAP, counts along the surveys up to today, and one EIT(2)
    contact in each of the catalog's groups."""
    start, _ = fiscal_year_bounds(fiscal_year)
    phase = next((p for p in catalog.calendar if "การเก็บข้อมูล" in p.title), None)
    first, deadline = ((phase.start, phase.end) if phase is not None
                       else (date(start.year + 1, 1, 1), date(start.year + 1, 6, 30)))
    oit_service.save_figures(db, fiscal_year, SurveyFigures(
        iit_score=Decimal("91.50"), eit_score=Decimal("88.20"), eligible_staff=staff,
        survey_start=first, survey_deadline=deadline))
    quotas = catalog.eit_quotas
    for week in range(1, 5):
        day = first + timedelta(days=7 * week)
        if day > today:
            break
        oit_service.save_progress(db, fiscal_year, SampleKey.IIT,
                                  ProgressEntry(day, min(staff, 4 * week)))
        oit_service.save_progress(db, fiscal_year, SampleKey.EIT, ProgressEntry(
            day, sum(q.minimum * week // 8 for q in quotas),
            {q.section: q.minimum * week // 8 for q in quotas}))
    listed = 0
    for group, (organisation, name, phone) in zip(catalog.eit2_groups, EIT2_CONTACTS,
                                                 strict=False):
        oit_service.save_contact(db, fiscal_year, Eit2Contact(
            group=group.description, name=name, organisation=organisation, phone=phone))
        listed += 1
    if first <= today:
        # The contacts as uploaded to ITAP on the surveys' first day.
        oit_service.save_progress(db, fiscal_year, SampleKey.EIT2, ProgressEntry(first, listed))
