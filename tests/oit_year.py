"""An OIT year as the tests hand it to the exports and reports: the bundled immigration 2568
catalog, a few items planned, worked on, published and with files, survey figures, progress
and EIT(2) contacts; built as values, without a database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from ita_desktop.domain.framework.model import SampleKey
from ita_desktop.domain.oit import ProgressEntry
from ita_desktop.domain.oit_plan import (
    Eit2Contact,
    ItemPlan,
    OitFile,
    OitYear,
    SurveyFigures,
    Track,
    default_assignment,
)
from ita_desktop.domain.oit_workflow import Status, StatusChange
from ita_desktop.exchange.framework_file import load_bundled_catalog

PREPARER, CONTROLLER, COMMANDER = 11, 12, 1
O1_URL = "https://www.mukdahan.immigration.go.th/ita/o1?year=2568&part=1"
O2_URL = "https://www.mukdahan.immigration.go.th/ita/o2"
# A title as a user may type it: markup and an ampersand that must stay text on the page.
TRICKY_TITLE = 'ข้อมูล <b>ผู้บริหาร</b> & "โครงสร้าง" <script>alert(1)</script>'


def _published_log(url: str, published_on: date) -> tuple[StatusChange, ...]:
    steps = [(Status.NOT_STARTED, Status.IN_PREPARATION, PREPARER, datetime(2024, 11, 1, 9)),
             (Status.IN_PREPARATION, Status.SUBMITTED, PREPARER, datetime(2024, 11, 5, 10)),
             (Status.SUBMITTED, Status.CHECKED, CONTROLLER, datetime(2024, 11, 6, 11)),
             (Status.CHECKED, Status.APPROVED, COMMANDER, datetime(2024, 11, 7, 14))]
    log = [StatusChange(frm, to, who, when) for frm, to, who, when in steps]
    log.append(StatusChange(Status.APPROVED, Status.PUBLISHED, PREPARER,
                            datetime(2024, 11, 8, 9, 30), url=url,
                            published_on=published_on))
    return tuple(log)


def oit_year(*, tricky_title: bool = False) -> OitYear:
    """Immigration 2568: O1 and O2 published, O3 returned with a comment, O6 (monthly) with
    October's deliverable approved, files on O1 and O3, the rest not started."""
    catalog = load_bundled_catalog("immigration", 2568)
    if tricky_title:
        items = [replace(item, title=TRICKY_TITLE) if item.code == "O1" else item
                 for item in catalog.oit_items]
        catalog = replace(catalog, oit_items=items)
    plans = []
    for item in catalog.oit_items:
        plan = default_assignment(item, 2568)
        tracks: dict[date | None, Track] = {}
        files: tuple[OitFile, ...] = ()
        if item.code in ("O1", "O2", "O3", "O6"):
            plan = replace(plan, preparers=(PREPARER,), controllers=(CONTROLLER,))
        if item.code == "O1":
            tracks[None] = Track(None, _published_log(O1_URL, date(2024, 11, 8)))
            files = (OitFile("โครงสร้างหน่วย.pdf", "a" * 64, 1200,
                             datetime(2024, 11, 2, 8)),)
        elif item.code == "O2":
            tracks[None] = Track(None, _published_log(O2_URL, date(2024, 11, 8)))
        elif item.code == "O3":
            tracks[None] = Track(None, (
                StatusChange(Status.NOT_STARTED, Status.IN_PREPARATION, PREPARER,
                             datetime(2024, 11, 1, 9)),
                StatusChange(Status.IN_PREPARATION, Status.SUBMITTED, PREPARER,
                             datetime(2024, 11, 3, 9)),
                StatusChange(Status.SUBMITTED, Status.RETURNED, CONTROLLER,
                             datetime(2024, 11, 4, 15), comment="แก้ไขเบอร์โทรศัพท์ให้ถูกต้อง"),
            ))
            files = (OitFile("ข้อมูลติดต่อ.docx", "b" * 64, 3400, datetime(2024, 11, 3, 8)),)
        elif item.code == "O6":
            october = date(2024, 10, 1)
            tracks[october] = Track(october, _published_log(O2_URL, date(2024, 11, 8))[:4])
        plans.append(ItemPlan(item, plan, tracks, files))
    figures = SurveyFigures(iit_score=Decimal("92.5"), eit_score=Decimal("88.25"),
                            eligible_staff=40, survey_start=date(2024, 12, 1),
                            survey_deadline=date(2025, 3, 31))
    progress = {
        SampleKey.IIT: [ProgressEntry(date(2025, 1, 10), 12), ProgressEntry(date(2025, 2, 10),
                                                                              25)],
        SampleKey.EIT: [ProgressEntry(date(2025, 1, 15), 90,
                                      {"งานอำนวยการ": 3, "งานสืบสวนปราบปราม": 20})],
    }
    contacts = [
        Eit2Contact(catalog.eit2_groups[1].description, "นายสมชาย ใจดี", "บริษัท ท่าเรือ จำกัด",
                    "0812345678", "somchai@example.co.th", id=1),
        Eit2Contact(catalog.eit2_groups[0].description, "นางสาวมาลี ศรีสุข",
                    "สมาคมแรงงาน", "042-611-000", "", id=2),
        Eit2Contact(catalog.eit2_groups[0].description, "=HYPERLINK(\"http://x.example\")",
                    "", "+66 81 234 5678", "", id=3),
    ]
    return OitYear(2568, catalog, plans, commander_id=COMMANDER, figures=figures,
                   progress=progress, contacts=contacts)
