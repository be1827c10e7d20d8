"""Reading a framework from plain data: every problem at once, the points balance refused."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from typing import Any

import pytest
from framework_data import content, item_index

from ita_desktop.domain.framework import (
    Catalog,
    CatalogError,
    DeadlineKind,
    Framework,
    SampleKey,
    Tool,
    catalog_from_dict,
    catalog_problems,
    catalog_to_dict,
)

SHIPPED = [("immigration", 2567), ("immigration", 2568), ("police", 2568)]


def problems_of(data: Any, **options: Any) -> list[str]:
    with pytest.raises(CatalogError) as caught:
        catalog_from_dict(data, **options)
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize(("framework", "year"), SHIPPED)
def test_dict_catalog_dict_round_trip(framework: str, year: int) -> None:
    data = content(framework, year)
    catalog = catalog_from_dict(data)
    assert catalog_to_dict(catalog) == data
    assert catalog_from_dict(catalog_to_dict(catalog)) == catalog


def test_vocabularies_are_read_as_enums_and_written_as_the_same_text(police2568: Catalog) -> None:
    assert police2568.framework is Framework.POLICE
    assert [type(key) for key in police2568.weights] == [Tool, Tool, Tool]
    assert set(police2568.minimum_samples) == set(SampleKey)
    assert {i.tool for i in police2568.indicators} == set(Tool)
    assert {item.deadline.kind for item in police2568.oit_items} <= set(DeadlineKind)
    assert all(isinstance(item.deadline.kind, DeadlineKind) for item in police2568.oit_items)
    text = json.dumps(catalog_to_dict(police2568), ensure_ascii=False)
    assert '"framework": "police"' in text and '"kind": "monthly"' in text
    assert '"tool": "OIT"' in text and '"EIT2": ' in text
    # A StrEnum is its text, so code that compares with plain strings keeps working.
    assert police2568.framework == "police" and police2568.weights["OIT"] == 40


def test_to_dict_is_json_ready_and_exact(police2568: Catalog) -> None:
    data = catalog_to_dict(police2568)
    json.dumps(data)
    assert data["oit_items"][20]["points"] == "1.8125"
    assert data["calendar"][0]["start"] == "2024-10-01"
    assert catalog_from_dict(json.loads(json.dumps(data))) == police2568


def test_numbers_are_accepted_for_points_and_weights() -> None:
    data = content()
    data["weights"] = {"IIT": 30, "EIT": 30.0, "OIT": Decimal("40")}
    for item in data["oit_items"]:
        item["points"] = float(item["points"])
    catalog = catalog_from_dict(data)
    assert catalog.weights["EIT"] == 30
    assert isinstance(catalog.oit_items[0].points, Decimal)
    assert catalog.oit_items[0].points == Decimal("1.5")


def test_the_file_header_is_left_to_the_file_reader() -> None:
    data = {"format": "something else", "format_version": 99, **content()}
    assert catalog_from_dict(data) == catalog_from_dict(content())


def test_every_problem_is_reported_at_once() -> None:
    data = content()
    data["fiscal_year"] = 2025
    data["oit_items"][3]["formats"] = "PDF"
    data["oit_items"][5]["deadline"]["day"] = 31
    data["calendar"][1]["start"] = "2025-13-01"
    del data["title"]
    with pytest.raises(CatalogError) as caught:
        catalog_from_dict(data)
    problems = [str(problem) for problem in caught.value.problems]
    assert "catalog: 'title' is missing" in problems
    assert "oit_items[3] (O4): 'formats' must be a list" in problems
    assert any("Buddhist Era year" in p and "2025" in p for p in problems)
    assert any(p.startswith("oit_items[5] (O6) deadline:") and "31" in p for p in problems)
    assert any(p.startswith("calendar[1]:") and "2025-13-01" in p for p in problems)
    message = str(caught.value)
    assert message.startswith(f"The framework cannot be used ({len(problems)} problems):")
    for problem in problems:
        assert problem in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["weights"].update(OIT="45"), "must add up to 100, not 105"),
        (lambda d: d["minimum_samples"].pop("EIT2"), "minimum_samples: 'EIT2' is missing"),
        (lambda d: d.update(weights=[30, 30, 40]), "weights: must be an object"),
        (lambda d: d["oit_items"][0].update(code="O-1"), "must be O followed by a number"),
        (lambda d: d["oit_items"][0].update(indicator="9.9"), "'9.9' is not a sub-indicator"),
        (lambda d: d["oit_items"][0].update(components=[]), "'components' must have at least"),
        (lambda d: d["oit_items"][0].update(formats=["PDF", "PDF"]), "more than once"),
        (lambda d: d["oit_items"][0].update(points="-1"), "must not be negative"),
        (lambda d: d["oit_items"][0].update(title=" "), "'title' must not be empty"),
        (lambda d: d["oit_items"][0].update(extra=1), "unknown field 'extra'"),
        (lambda d: d["oit_items"][0]["deadline"].update(kind="weekly"),
         "'kind' must be one of date, monthly, none, not 'weekly'"),
        (lambda d: d["oit_items"][0]["deadline"].update(day=5), "must not have a 'day'"),
        (lambda d: d["oit_items"][0]["deadline"].update(date="2030-01-01"), "outside fiscal"),
        (lambda d: d["calendar"][0].update(start="2025-01-02", end="2025-01-01"), "after it"),
        (lambda d: d["calendar"][0].update(end="2026-06-30"), "outside fiscal year 2568"),
        (lambda d: d["calendar"][1].update(order=1), "order 1 is used by more than one"),
        (lambda d: d["eit2_groups"][0].update(section="งานอื่น"), "not one of the EIT sections"),
        (lambda d: d["indicators"][0].update(points="15"), "IIT indicators' points add up to 31"),
        (lambda d: d["indicators"][9].update(tool="XIT"),
         "'tool' must be one of IIT, EIT, OIT, not 'XIT'"),
        (lambda d: d.update(framework="army"),
         "'framework' must be one of immigration, police, not 'army'"),
    ],
)
def test_invalid_content_is_refused(change: Any, expected: str) -> None:
    data = content()
    change(data)
    with pytest.raises(CatalogError) as caught:
        catalog_from_dict(data)
    assert expected in str(caught.value)


def test_something_that_is_not_an_object_is_refused() -> None:
    assert problems_of([1, 2]) == ["catalog: must be an object"]


def test_monthly_deadline_day_must_fit_every_month() -> None:
    data = content()
    data["oit_items"][item_index(data, "O6")]["deadline"]["day"] = 29
    with pytest.raises(CatalogError, match="'day' must be between 1 and 28, not 29"):
        catalog_from_dict(data)


def test_points_mismatch_is_refused_unless_allowed() -> None:
    data = content()
    data["oit_items"][0]["points"] = "2"
    assert problems_of(data) == [
        "oit_items: the item points add up to 40.5, not to the OIT weight 40",
        "oit_items: the points of the items under sub-indicator 9.1 add up to 8, "
        "not to its 7.5 points",
    ]
    # The database keeps a framework the secretary is still balancing.
    kept = catalog_from_dict(data, allow_unbalanced=True)
    assert kept.oit_items[0].points == 2
    assert [p.code for p in catalog_problems(kept)] == [
        "framework.oit_points", "framework.sub_item_points",
    ]


def test_allow_unbalanced_does_not_let_other_problems_through() -> None:
    data = content()
    data["oit_items"][0]["points"] = "2"
    data["oit_items"][1]["title"] = ""
    assert "oit_items[1] (O2): 'title' must not be empty" in problems_of(
        data, allow_unbalanced=True
    )


@pytest.mark.parametrize(("framework", "year"), SHIPPED)
def test_shipped_frameworks_have_no_problems(framework: str, year: int) -> None:
    assert catalog_problems(catalog_from_dict(content(framework, year))) == []


def test_catalogs_are_immutable(imm2568: Catalog) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        imm2568.fiscal_year = 2569  # type: ignore[misc]
