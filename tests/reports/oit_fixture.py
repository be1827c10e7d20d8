"""Seed 001's OIT assignments of fiscal year 2568 (immigration O1-O24) with made-up people:
one controller and two preparers on O1, the monthly O6 prepared by officers of four sections
(grouped by section as seed 002's O6) under three controllers, O3's deadline moved by the
unit, O18 kept up with at least five entries, and O24 not assigned yet."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ita_desktop.domain.oit import Cadence, CadenceKind
from ita_desktop.domain.oit_plan import ItemPlan, OitYear, default_assignment
from ita_desktop.domain.roster import Person
from ita_desktop.exchange.framework_file import load_bundled_catalog
from tests.reports.committee_fixture import PEOPLE as COMMITTEE
from tests.reports.committee_fixture import UNIT, UNIT_NAME, seed_order

__all__ = ["UNIT", "PEOPLE", "ORDER", "oit_year"]

_DEPUTY = "รองสารวัตร" + UNIT_NAME
PEOPLE = {**COMMITTEE, **{p.id: p for p in (
    Person("pol_capt", "อังศุมา", "เชาวน์ดี", female=True, position=_DEPUTY,
           section_key="administration", id=11),
    Person("pol_snr_sgt_maj", "รักชนก", "กฤตานนท์", female=True, position="ผบ.หมู่",
           section_key="administration", id=12),
    Person("pol_capt", "แววดา", "อินทร์แก้ว", female=True, position=_DEPUTY,
           section_key="foreigner_services", id=13),
    Person("pol_capt", "ดวงพร", "มาลัยทอง", female=True, position=_DEPUTY,
           section_key="investigation_suppression", id=14),
    Person("pol_capt", "จินดา", "นามบุญ", female=True, position=_DEPUTY,
           section_key="person_vehicle_inspection", id=15),
    Person("pol_lt_col", "จุฑามาศ", "ชัยทรัพย์", female=True, acting=True, position="สารวัตร",
           section_key="administration", id=16),
)}}
ORDER = seed_order(fiscal_year=2568, number=15, dated=date(2024, 11, 20))

ASSIGNED: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {
    "O1": ((11, 12), (7,)),
    "O2": ((11,), (7,)),
    "O3": ((11, 8), (2, 3)),
    "O6": ((11, 12, 13, 14, 15), (7, 16, 5)),
    "O10": ((14,), (5,)),
    "O18": ((12,), (7,)),
}


def oit_year(fiscal_year: int = 2568) -> OitYear:
    catalog = load_bundled_catalog("immigration", fiscal_year)
    plans = []
    for item in catalog.oit_items:
        assignment = default_assignment(item, fiscal_year)
        preparers, controllers = ASSIGNED.get(item.code, ((), ()))
        assignment = replace(assignment, preparers=preparers, controllers=controllers)
        if item.code == "O3":
            assignment = replace(assignment, cadence=Cadence(CadenceKind.ONCE,
                                                             due=date(fiscal_year - 543, 3, 15)))
        if item.code == "O18":
            assignment = replace(assignment, cadence=Cadence(CadenceKind.CONTINUOUS, minimum=5))
        plans.append(ItemPlan(item, assignment))
    return OitYear(fiscal_year, catalog, plans, commander_id=1)
