"""A small OIT catalog and year for the domain and services tests: a once item, a monthly
item with the any/all format rule, and a continuous item published by its URL."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from ita_desktop.domain.framework.model import (
    Catalog,
    Deadline,
    DeadlineKind,
    EitQuota,
    Framework,
    OitItem,
    SampleKey,
    Tool,
)
from ita_desktop.domain.oit_workflow import Status, StatusChange

FISCAL_YEAR = 2568  # 1 October 2024 .. 30 September 2025

ONCE = OitItem(code="O1", indicator="9.1", title="โครงสร้าง", components=["แผนผัง", "อัตรากำลัง"],
               formats=[["PDF"]], deadline=Deadline(DeadlineKind.DATE, date=date(2025, 1, 31)),
               points=Decimal("1.5"), key="o1")
MONTHLY = OitItem(code="O2", indicator="9.1", title="รายงานผลการใช้จ่ายงบประมาณ", components=[],
                  formats=[["PDF"], ["Excel", "Word"]],
                  deadline=Deadline(DeadlineKind.MONTHLY, day=1), points=Decimal("1.5"),
                  key="o2")
CONTINUOUS = OitItem(code="O3", indicator="10.1", title="การประชาสัมพันธ์", components=[],
                     formats=[["URL"]], deadline=Deadline(DeadlineKind.NONE),
                     points=Decimal(2), key="o3")


def catalog(items: list[OitItem] | None = None, fiscal_year: int = FISCAL_YEAR) -> Catalog:
    return Catalog(framework=Framework.IMMIGRATION, fiscal_year=fiscal_year, title="", notes="",
                   weights={Tool.IIT: Decimal(30), Tool.EIT: Decimal(30),
                            Tool.OIT: Decimal(40)},
                   minimum_samples={SampleKey.IIT: 20, SampleKey.EIT: 100, SampleKey.EIT2: 10},
                   eit_quotas=[EitQuota("งานบริการ", 60), EitQuota("งานสืบสวน", 40)],
                   eit2_groups=[], indicators=[],
                   oit_items=[ONCE, MONTHLY, CONTINUOUS] if items is None else items,
                   calendar=[])


def change(frm: Status, to: Status, person: int, day: date, **extra: object) -> StatusChange:
    return StatusChange(frm, to, person, datetime.combine(day, datetime.min.time()).replace(
        hour=9), **extra)  # type: ignore[arg-type]


def walk_to(last: Status, preparer: int, controller: int, commander: int, day: date,
            url: str = "https://www.example.go.th/oit/o1") -> tuple[StatusChange, ...]:
    """The log of an item taken straight along the workflow to ``last``, all on ``day``."""
    path = [(Status.NOT_STARTED, Status.IN_PREPARATION, preparer),
            (Status.IN_PREPARATION, Status.SUBMITTED, preparer),
            (Status.SUBMITTED, Status.CHECKED, controller),
            (Status.CHECKED, Status.APPROVED, commander),
            (Status.APPROVED, Status.PUBLISHED, preparer)]
    log: list[StatusChange] = []
    for frm, to, person in path:
        extra: dict[str, object] = ({"url": url, "published_on": day}
                                    if to is Status.PUBLISHED else {})
        log.append(change(frm, to, person, day, **extra))
        if to is last:
            break
    return tuple(log)
