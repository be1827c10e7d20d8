"""Editing a year's OIT items: lenient about the points balance, strict about the rest."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from ita_desktop.domain.framework import (
    Catalog,
    CatalogError,
    Deadline,
    DeadlineKind,
    OitItem,
    add_oit_item,
    catalog_from_dict,
    catalog_problems,
    catalog_to_dict,
    remove_oit_item,
    update_oit_item,
)


def new_item(code: str = "O25", points: str = "2") -> OitItem:
    return OitItem(
        code=code,
        indicator="10.2",
        title="ข้อทดสอบ",
        components=["องค์ประกอบ"],
        formats=["PDF"],
        deadline=Deadline(DeadlineKind.MONTHLY, day=5, text="รายงานผลทุกวันที่ 5 ของเดือนถัดไป"),
        points=Decimal(points),
    )


def texts(problems: list) -> list[str]:  # type: ignore[type-arg]
    return [str(problem) for problem in problems]


def test_add_oit_item_tolerates_the_points_balance(imm2568: Catalog) -> None:
    added = add_oit_item(imm2568, new_item())
    assert [item.code for item in added.oit_items][-2:] == ["O24", "O25"]
    assert len(imm2568.oit_items) == 24
    problems = texts(catalog_problems(added))
    assert "oit_items: the item points add up to 42, not to the OIT weight 40" in problems
    with pytest.raises(CatalogError):
        catalog_from_dict(catalog_to_dict(added))


def test_a_deadline_kind_typed_as_text_is_made_the_enum(imm2568: Catalog) -> None:
    # The item dialog passes the kind as the text of its combo box.
    typed = dataclasses.replace(new_item(), deadline=Deadline("monthly", day=5, text=""))  # type: ignore[arg-type]
    added = add_oit_item(imm2568, typed)
    assert added.oit_items[-1].deadline.kind is DeadlineKind.MONTHLY


def test_add_oit_item_keeps_code_order(imm2568: Catalog) -> None:
    without = remove_oit_item(imm2568, "O7")
    again = add_oit_item(without, dataclasses.replace(imm2568.oit_items[6]))
    assert again == imm2568
    assert catalog_problems(again) == []


def test_add_oit_item_refuses_duplicates_and_invalid_items(imm2568: Catalog) -> None:
    with pytest.raises(CatalogError, match="already an OIT item O4 .duplicate code."):
        add_oit_item(imm2568, new_item("O4"))
    with pytest.raises(CatalogError, match="'11.1' is not a sub-indicator"):
        add_oit_item(imm2568, dataclasses.replace(new_item(), indicator="11.1"))
    with pytest.raises(CatalogError, match="must be O followed by a number"):
        add_oit_item(imm2568, new_item("25"))
    with pytest.raises(CatalogError, match="'components' must have at least one entry"):
        add_oit_item(imm2568, dataclasses.replace(new_item(), components=[]))
    with pytest.raises(CatalogError, match="must be an OitItem, not dict"):
        add_oit_item(imm2568, {"code": "O25"})  # type: ignore[arg-type]


def test_remove_oit_item(imm2568: Catalog) -> None:
    removed = remove_oit_item(imm2568, "O24")
    assert [item.code for item in removed.oit_items] == [f"O{n}" for n in range(1, 24)]
    assert any("add up to 38" in problem for problem in texts(catalog_problems(removed)))
    with pytest.raises(CatalogError, match="no OIT item 'O99'"):
        remove_oit_item(imm2568, "O99")


def test_update_oit_item(imm2568: Catalog) -> None:
    updated = update_oit_item(
        imm2568, "O4", title="ช่องทางการติดต่อ", formats=["URL", "PDF"], points=2
    )
    o4 = updated.oit_items[3]
    # A flat list of formats is read as every one of them needed.
    assert (o4.title, o4.formats, o4.points) == ("ช่องทางการติดต่อ", [["URL"], ["PDF"]], 2)
    assert isinstance(o4.points, Decimal)  # an int is normalised
    assert imm2568.oit_items[3].title != "ช่องทางการติดต่อ"
    assert any("add up to 40.5" in problem for problem in texts(catalog_problems(updated)))


def test_update_oit_item_refuses_bad_changes(imm2568: Catalog) -> None:
    with pytest.raises(CatalogError) as caught:
        update_oit_item(imm2568, "O4", formats="PDF")
    assert texts(caught.value.problems) == [
        "oit_items[3] (O4): 'formats' must be a list"
    ]
    with pytest.raises(CatalogError, match="no field 'owner'"):
        update_oit_item(imm2568, "O4", owner="x")
    with pytest.raises(CatalogError, match="already an OIT item O5"):
        update_oit_item(imm2568, "O4", code="O5")
    with pytest.raises(CatalogError, match="no OIT item 'O40'"):
        update_oit_item(imm2568, "O40", title="x")
    with pytest.raises(CatalogError, match="between 1 and 28"):
        update_oit_item(imm2568, "O6", deadline=Deadline(DeadlineKind.MONTHLY, day=31, text=""))
    with pytest.raises(CatalogError, match="ISO date"):
        update_oit_item(
            imm2568,
            "O1",
            deadline=Deadline(DeadlineKind.DATE, date="28 ก.พ. 68", text=""),  # type: ignore[arg-type]
        )
    assert imm2568.oit_items[0].deadline.date == date(2025, 2, 28)


def test_step_by_step_editing_ends_balanced(imm2568: Catalog) -> None:
    step = remove_oit_item(imm2568, "O24")
    assert catalog_problems(step)
    step = update_oit_item(step, "O23", points=Decimal("4"))
    assert catalog_problems(step) == []
    assert catalog_from_dict(catalog_to_dict(step)) == step
