"""The projected score: OIT from the items approved, the total, the level table at each
boundary, and what is missing to reach the next level."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ita_desktop.domain.framework.model import (
    Catalog,
    Deadline,
    DeadlineKind,
    Framework,
    OitItem,
    Tool,
)
from ita_desktop.domain.oit_score import (
    LEVEL_RULES,
    LEVEL_WORDS,
    Level,
    level_of,
    nacc_round,
    oit_score,
    project,
    rules_for,
    to_next_level,
    weighted_total,
)
from ita_desktop.domain.oit_workflow import Status
from ita_desktop.errors import AppError

D = Decimal
# Seed 002's score table: sub-indicators 9.1-9.5 hold 16 items of 1.5 points (O1-O16),
# 10.1-10.2 hold 8 items of 2 points (O17-O24); 40 points, the OIT's weight.
_INDICATORS = ["9.1"] * 5 + ["9.2"] * 5 + ["9.3"] * 4 + ["9.4", "9.5"] + ["10.1"] * 6 + [
    "10.2"] * 2
ITEMS = [OitItem(code=f"O{n}", indicator=indicator, title="", components=[], formats=[],
                 deadline=Deadline(DeadlineKind.DATE, date=date(2024, 1, 31)),
                 points=D("1.5") if indicator.startswith("9.") else D(2))
         for n, indicator in enumerate(_INDICATORS, start=1)]
WEIGHTS = {Tool.IIT: D(30), Tool.EIT: D(30), Tool.OIT: D(40)}


def _catalog(fiscal_year: int = 2567, weights: dict[Tool, Decimal] | None = None,
             items: list[OitItem] | None = None) -> Catalog:
    return Catalog(framework=Framework.IMMIGRATION, fiscal_year=fiscal_year, title="", notes="",
                   weights=weights or WEIGHTS, minimum_samples={}, eit_quotas=[],
                   eit2_groups=[], indicators=[], oit_items=ITEMS if items is None else items,
                   calendar=[])


def _approved(*codes: str, status: Status = Status.APPROVED) -> dict[str, Status]:
    return dict.fromkeys(codes, status)


ALL = [item.code for item in ITEMS]
SECTION_9 = [f"O{n}" for n in range(1, 17)]


def test_the_seed_items_carry_the_oits_forty_points():
    assert sum(item.points for item in ITEMS) == D(40) and len(ITEMS) == 24


def test_oit_counts_approved_and_published_items_only():
    statuses = {"O1": Status.APPROVED, "O2": Status.PUBLISHED, "O3": Status.CHECKED,
                "O17": Status.SUBMITTED, "O18": Status.PUBLISHED}
    # 1.5 + 1.5 + 2 of 40 points.
    assert oit_score(ITEMS, statuses) == D("12.50")
    assert oit_score(ITEMS, {}) == D("0.00")
    assert oit_score(ITEMS, _approved(*ALL, status=Status.PUBLISHED)) == D("100.00")
    with pytest.raises(AppError) as raised:
        oit_score([], {})
    assert raised.value.code == "oit.no_points"


def test_seed_001s_published_figures_give_its_total_of_95_85():
    # 2567: IIT 93.45, EIT 95.21, OIT 98.13, "คะแนนเฉลี่ยภาพรวมเท่ากับ 95.85 คะแนน".
    scores = {Tool.IIT: D("93.45"), Tool.EIT: D("95.21"), Tool.OIT: D("98.13")}
    assert weighted_total(scores, WEIGHTS) == D("95.85")
    # Total above 95, but IIT below it: ผ่านดี, not ผ่านดีเยี่ยม.
    assert level_of(D("95.85"), scores, 2567) is Level.GOOD


def _each(value: str, **low: str) -> dict[Tool, Decimal]:
    scores = dict.fromkeys(Tool, D(value))
    scores.update({Tool(tool): D(score) for tool, score in low.items()})
    return scores


@pytest.mark.parametrize(("total", "scores", "level"), [
    ("100", _each("100"), Level.EXCELLENT),
    ("95.00", _each("95"), Level.EXCELLENT),
    ("95.00", _each("95", IIT="94.99"), Level.GOOD),
    ("94.99", _each("95"), Level.GOOD),
    ("85.00", _each("85"), Level.GOOD),
    ("85.00", _each("90", OIT="84.99"), Level.PASSED),
    ("96.00", _each("100", EIT="84.99"), Level.PASSED),
    ("84.99", _each("90"), Level.IMPROVE),
    ("50.00", _each("50"), Level.IMPROVE),
    ("49.99", _each("50"), Level.URGENT),
    ("0", _each("0"), Level.URGENT),
])
def test_the_level_table_at_each_boundary(total: str, scores: dict[Tool, Decimal], level: Level):
    assert level_of(D(total), scores, 2567) is level


def test_the_rule_in_force_since_2566_applies_to_later_years_and_not_before():
    assert rules_for(2566) is rules_for(2570) is LEVEL_RULES[2566]
    with pytest.raises(AppError) as raised:
        rules_for(2565)
    assert raised.value.english() == ("The program knows the NACC's levels from fiscal year "
                                      "2566 on, not for 2565.")
    unconfirmed = [rule.level for rule in rules_for(2568) if not rule.confirmed]
    assert unconfirmed == [Level.IMPROVE]
    assert [LEVEL_WORDS[rule.level] for rule in rules_for(2568)] == [
        "ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน"]


def test_rounding_is_half_up_to_two_decimals():
    assert nacc_round(D("84.995")) == D("85.00")
    assert nacc_round(D("84.9949")) == D("84.99")
    assert nacc_round(D("62.125")) == D("62.13")  # not banker's 62.12


def test_projection_without_the_survey_figures_has_no_total():
    projection = project(_catalog(), _approved(*SECTION_9), iit=D("96"))
    assert projection.oit == D("60.00")
    assert (projection.iit, projection.eit, projection.total, projection.level) == (
        D("96.00"), None, None, None)


def test_projection_with_the_survey_figures():
    projection = project(_catalog(), _approved(*SECTION_9), D("96"), D("96"))
    assert projection.total == D("81.60") and projection.level is Level.IMPROVE


def test_bad_figures_and_weights_are_refused():
    with pytest.raises(AppError) as raised:
        project(_catalog(), {}, D("100.5"), D("90"))
    assert raised.value.english() == "100.5 cannot be the IIT score: a score is from 0 to 100."
    with pytest.raises(AppError) as raised:
        project(_catalog(weights={Tool.IIT: D(30), Tool.EIT: D(30), Tool.OIT: D(30)}), {},
                D("90"), D("90"))
    assert raised.value.code == "oit.weights_not_100"


def test_to_next_level_names_the_fewest_items_that_close_the_gap():
    statuses = _approved(*SECTION_9)  # OIT 60: total 81.60, ต้องปรับปรุง
    gap = to_next_level(_catalog(), statuses, D("96"), D("96"))
    assert gap is not None
    assert gap.level is Level.PASSED and gap.total_short == D("3.40")
    assert gap.tool_short == {}
    assert gap.oit_needed == D("68.49")
    # Two 2-point items (5 OIT points each) rather than six of 1.5, in the catalog's order.
    assert gap.items == ["O17", "O18"] and gap.reachable_by_oit and gap.confirmed
    after = project(_catalog(), {**statuses, **_approved(*gap.items)}, D("96"), D("96"))
    assert after.level is Level.PASSED
    # The needed OIT score is the least whose total rounds onto the boundary.
    at = {Tool.IIT: D(96), Tool.EIT: D(96)}
    assert weighted_total({**at, Tool.OIT: D("68.49")}, WEIGHTS) == D("85.00")
    assert weighted_total({**at, Tool.OIT: D("68.48")}, WEIGHTS) == D("84.99")


def test_to_next_level_when_a_survey_holds_the_unit_back():
    open_one = [code for code in ALL if code != "O5"]  # 38.5 of 40 points: OIT 96.25
    gap = to_next_level(_catalog(), _approved(*open_one), D("93.45"), D("95.21"))
    assert gap is not None
    assert gap.level is Level.EXCELLENT
    assert gap.tool_short == {Tool.IIT: D("1.55")}
    assert gap.total_short == D(0)
    # The OIT already does its part; only the IIT can lift the unit, so no item is named.
    assert gap.items == [] and not gap.reachable_by_oit


def test_to_next_level_from_the_bottom_is_marked_unconfirmed():
    gap = to_next_level(_catalog(), {}, D("40"), D("40"))
    assert gap is not None
    assert gap.level is Level.IMPROVE and not gap.confirmed
    assert gap.oit_needed == D("64.99")
    # Eight 2-point items (16) and seven 1.5-point items (10.5): 26.5 of 40 is 66.25.
    assert gap.items == [f"O{n}" for n in range(17, 25)] + [f"O{n}" for n in range(1, 8)]
    assert gap.reachable_by_oit


def test_to_next_level_out_of_reach_of_the_oit_alone():
    gap = to_next_level(_catalog(), {}, D("0"), D("0"))
    assert gap is not None
    assert gap.oit_needed > D(100) and not gap.reachable_by_oit
    assert sorted(gap.items) == sorted(ALL)


def test_no_next_level_above_the_best():
    assert to_next_level(_catalog(), _approved(*ALL), D("97"), D("96")) is None
