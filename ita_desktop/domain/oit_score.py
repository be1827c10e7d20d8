"""The projected ITA score and level: the OIT score from the items already approved or
published, the total with the IIT and EIT figures the unit copies from ITAP, the level by the
NACC's rule of the fiscal year, and what is missing to reach the next level.

The OIT items' points come from the catalog and add up to the OIT's share of the total
(seed 002: 24 items worth 1.5 or 2 points, 40 in all); the OIT score on the 0-100 scale ITAP
shows is the share of those points earned. The total is the weighted sum of the three tools'
scores (IIT 30, EIT 30, OIT 40 in every catalog so far). Everything is ``Decimal`` and each
figure is rounded half up to two decimals, the way the NACC publishes them; a level is decided
on the rounded figures.

No Qt, no SQL, no files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from enum import StrEnum

from ita_desktop.domain.framework.model import Catalog, OitItem, Tool
from ita_desktop.domain.oit_workflow import Status
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

register({
    "oit.no_level_rule": QT_TRANSLATE_NOOP(
        "Errors", "The program knows the NACC's levels from fiscal year %first on, not for "
        "%year."),
    "oit.weights_not_100": QT_TRANSLATE_NOOP(
        "Errors", "The catalog's weights of IIT, EIT and OIT add up to %total, not 100: "
        "correct them in the framework tab."),
    "oit.no_points": QT_TRANSLATE_NOOP(
        "Errors", "The catalog's OIT items carry no points, so no OIT score can be projected."),
    "oit.score_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "%value cannot be the %tool score: a score is from 0 to 100."),
})

HUNDREDTH = Decimal("0.01")
HUNDRED = Decimal(100)
# A total at or above a boundary less half a hundredth rounds up onto it.
_HALF_HUNDREDTH = Decimal("0.005")

COUNTED = frozenset({Status.APPROVED, Status.PUBLISHED})
"""The states whose items count in the projection: approved by the commander, or already
published (a checked item may still be sent back)."""


def nacc_round(value: Decimal) -> Decimal:
    return value.quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


class Level(StrEnum):
    EXCELLENT = "excellent"
    GOOD = "good"
    PASSED = "passed"
    IMPROVE = "improve"
    URGENT = "urgent"


LEVEL_WORDS: Mapping[Level, str] = {
    Level.EXCELLENT: "ผ่านดีเยี่ยม",
    Level.GOOD: "ผ่านดี",
    Level.PASSED: "ผ่าน",
    Level.IMPROVE: "ต้องปรับปรุง",
    Level.URGENT: "ต้องปรับปรุงโดยด่วน",
}
"""The NACC's names of the levels, as official documents print them."""


@dataclass(frozen=True)
class LevelRule:
    """A level is reached with a total of at least ``total_min`` and, when ``each_min`` is
    set, each of IIT, EIT and OIT at least ``each_min``. ``confirmed`` is False for a boundary
    no document the program knows states."""

    level: Level
    total_min: Decimal
    each_min: Decimal | None = None
    confirmed: bool = True


LEVEL_RULES: Mapping[int, tuple[LevelRule, ...]] = {
    # In force since fiscal year 2566, best level first. The first three boundaries are the
    # NACC's as issue 15 states them. The boundary between ต้องปรับปรุง and ต้องปรับปรุงโดยด่วน
    # is not in the seed documents (they give weights, points and survey minimums, no level
    # table) and no other source was at hand: 50 is an assumption, marked unconfirmed, for
    # the unit to check against the NACC's manual of the year.
    2566: (
        LevelRule(Level.EXCELLENT, Decimal(95), each_min=Decimal(95)),
        LevelRule(Level.GOOD, Decimal(85), each_min=Decimal(85)),
        LevelRule(Level.PASSED, Decimal(85)),
        LevelRule(Level.IMPROVE, Decimal(50), confirmed=False),
        LevelRule(Level.URGENT, Decimal(0)),
    ),
}
"""The level tables, keyed by the first fiscal year each applies to; a year uses the latest
table that began on or before it, so a new NACC rule is one more entry, not a code change."""


def rules_for(fiscal_year: int) -> tuple[LevelRule, ...]:
    started = [first for first in LEVEL_RULES if first <= fiscal_year]
    if not started:
        raise AppError("oit.no_level_rule", year=fiscal_year, first=min(LEVEL_RULES))
    return LEVEL_RULES[max(started)]


def _meets(rule: LevelRule, total: Decimal, scores: Mapping[Tool, Decimal]) -> bool:
    if total < rule.total_min:
        return False
    return rule.each_min is None or all(scores[tool] >= rule.each_min for tool in Tool)


def level_of(total: Decimal, scores: Mapping[Tool, Decimal], fiscal_year: int) -> Level:
    """The best level whose rule the rounded ``total`` and tool ``scores`` meet."""
    rules = rules_for(fiscal_year)
    return next((rule.level for rule in rules if _meets(rule, total, scores)), rules[-1].level)


def oit_score(items: Iterable[OitItem], statuses: Mapping[str, Status]) -> Decimal:
    """The OIT score (0-100) if the assessors found exactly the items counted now: the share
    of the catalog's points carried by items approved or published (``statuses`` by code)."""
    listed = list(items)
    total = sum((item.points for item in listed), Decimal(0))
    if total <= 0:
        raise AppError("oit.no_points")
    earned = sum((item.points for item in listed if statuses.get(item.code) in COUNTED),
                 Decimal(0))
    return nacc_round(earned * HUNDRED / total)


def _weights(catalog: Catalog) -> dict[Tool, Decimal]:
    weights = {tool: catalog.weights.get(tool, Decimal(0)) for tool in Tool}
    total = sum(weights.values(), Decimal(0))
    if total != HUNDRED:
        raise AppError("oit.weights_not_100", total=total)
    return weights


def _entered(tool: Tool, value: Decimal) -> Decimal:
    if not Decimal(0) <= value <= HUNDRED:
        raise AppError("oit.score_out_of_range", tool=tool.value, value=value)
    return nacc_round(value)


def weighted_total(scores: Mapping[Tool, Decimal], weights: Mapping[Tool, Decimal]) -> Decimal:
    return nacc_round(sum((scores[tool] * weights[tool] for tool in Tool), Decimal(0)) / HUNDRED)


@dataclass(frozen=True)
class Projection:
    """The projected figures; without the IIT and EIT figures there is no total and no level."""

    fiscal_year: int
    oit: Decimal
    iit: Decimal | None = None
    eit: Decimal | None = None
    total: Decimal | None = None
    level: Level | None = None


def project(catalog: Catalog, statuses: Mapping[str, Status], iit: Decimal | None = None,
            eit: Decimal | None = None) -> Projection:
    """The OIT score from ``statuses`` (by item code) and, once both survey figures are
    entered, the total and the level of the catalog's fiscal year."""
    oit = oit_score(catalog.oit_items, statuses)
    if iit is None or eit is None:
        return Projection(catalog.fiscal_year, oit,
                          None if iit is None else _entered(Tool.IIT, iit),
                          None if eit is None else _entered(Tool.EIT, eit))
    scores = {Tool.IIT: _entered(Tool.IIT, iit), Tool.EIT: _entered(Tool.EIT, eit),
              Tool.OIT: oit}
    total = weighted_total(scores, _weights(catalog))
    return Projection(catalog.fiscal_year, oit, scores[Tool.IIT], scores[Tool.EIT], total,
                      level_of(total, scores, catalog.fiscal_year))


@dataclass(frozen=True)
class NextLevel:
    """What the unit lacks for ``level``, the one above its projected level.

    ``total_short``: points the total lacks. ``tool_short``: for each tool below the level's
    minimum per tool, the points it lacks. ``oit_needed``: the OIT score that reaches the level
    with the IIT and EIT figures as entered; ``items``: the codes of the fewest items not yet
    approved whose points bring the OIT score there (the largest first). ``reachable_by_oit``:
    whether approving those items alone is enough (False when IIT or EIT is below the level's
    minimum, or all the open items together fall short). ``confirmed``: False when the
    level's boundary is an assumption (see ``LEVEL_RULES``).
    """

    level: Level
    total_short: Decimal
    tool_short: dict[Tool, Decimal]
    oit_needed: Decimal
    items: list[str]
    reachable_by_oit: bool
    confirmed: bool


def to_next_level(catalog: Catalog, statuses: Mapping[str, Status], iit: Decimal,
                  eit: Decimal) -> NextLevel | None:
    """What is missing to reach the next level up; None at the best level."""
    now = project(catalog, statuses, iit, eit)
    # Both survey figures were given, so project() filled in every figure.
    assert now.total is not None and now.iit is not None and now.eit is not None
    assert now.level is not None
    rules = rules_for(catalog.fiscal_year)
    place = [rule.level for rule in rules].index(now.level)
    if place == 0:
        return None
    rule = rules[place - 1]
    scores = {Tool.IIT: now.iit, Tool.EIT: now.eit, Tool.OIT: now.oit}
    tool_short = ({tool: rule.each_min - score for tool, score in scores.items()
                   if score < rule.each_min} if rule.each_min is not None else {})
    weights = _weights(catalog)
    # The least OIT score whose total rounds onto the boundary, IIT and EIT as entered.
    for_total = ((rule.total_min - _HALF_HUNDREDTH) * HUNDRED - weights[Tool.IIT] * now.iit
                 - weights[Tool.EIT] * now.eit) / weights[Tool.OIT]
    needed = max(for_total.quantize(HUNDREDTH, rounding=ROUND_CEILING),
                 rule.each_min or Decimal(0), Decimal(0))
    items, reached = _closing_items(catalog.oit_items, statuses, needed)
    surveys_short = any(tool in tool_short for tool in (Tool.IIT, Tool.EIT))
    return NextLevel(
        level=rule.level, total_short=max(Decimal(0), rule.total_min - now.total),
        tool_short=tool_short, oit_needed=needed, items=items,
        reachable_by_oit=reached and not surveys_short, confirmed=rule.confirmed)


def _closing_items(items: list[OitItem], statuses: Mapping[str, Status],
                   needed: Decimal) -> tuple[list[str], bool]:
    # Largest points first gives the fewest items for any gap; among equal points, the
    # catalog's order (O2 before O10) so the advice does not change between runs.
    counted = {code: status for code, status in statuses.items() if status in COUNTED}
    chosen: list[str] = []
    if oit_score(items, counted) >= needed:
        return chosen, True
    open_items = sorted((item for item in items if counted.get(item.code) is None),
                        key=lambda item: (-item.points, _code_key(item.code)))
    for item in open_items:
        chosen.append(item.code)
        counted[item.code] = Status.APPROVED
        if oit_score(items, counted) >= needed:
            return chosen, True
    return chosen, False


def _code_key(code: str) -> tuple[int, str]:
    digits = re.search(r"\d+", code)
    return (int(digits.group()) if digits else 0, code)
