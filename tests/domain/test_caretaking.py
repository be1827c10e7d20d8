"""The surveys' caretakers: each person's roles in the year, apart from the items' workload."""

from __future__ import annotations

from dataclasses import replace

from ita_desktop.domain.oit_plan import (
    CaretakerRole,
    ItemPlan,
    OitYear,
    caretaking,
    default_assignment,
    workloads,
)
from tests.oit_samples import FISCAL_YEAR, catalog

ADMIN, CONTROLLER, OFFICER = 11, 2, 7


def _year(caretakers) -> OitYear:
    cat = catalog()
    plans = [ItemPlan(item, replace(default_assignment(item, FISCAL_YEAR), preparers=(OFFICER,),
                                    controllers=(CONTROLLER,))) for item in cat.oit_items]
    return OitYear(FISCAL_YEAR, cat, plans, caretakers=caretakers)


def test_each_person_gets_their_roles_in_the_roles_order():
    year = _year({CaretakerRole.EIT: (CONTROLLER, OFFICER, ADMIN),
                  CaretakerRole.IIT: (CONTROLLER, ADMIN),
                  CaretakerRole.WEBSITE: (ADMIN,),
                  CaretakerRole.ITAP_ADMIN: (ADMIN,)})
    assert caretaking(year) == {
        ADMIN: [CaretakerRole.ITAP_ADMIN, CaretakerRole.WEBSITE, CaretakerRole.IIT,
                CaretakerRole.EIT],
        CONTROLLER: [CaretakerRole.IIT, CaretakerRole.EIT],
        OFFICER: [CaretakerRole.EIT],
    }


def test_a_year_without_caretakers_gives_nobody_and_workloads_count_items_only():
    empty = _year({})
    assert empty.caretakers == {} and caretaking(empty) == {}
    cared = _year({CaretakerRole.EIT2: (ADMIN, OFFICER)})
    # Taking care of a survey is not an item to prepare: the workload stays the items'.
    assert workloads(cared.items) == workloads(empty.items)
    assert ADMIN not in {load.person_id for load in workloads(cared.items)}
    assert caretaking(cared) == {ADMIN: [CaretakerRole.EIT2], OFFICER: [CaretakerRole.EIT2]}
