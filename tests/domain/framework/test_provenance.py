"""Values waiting for the unit's confirmation, field by field, and the items' stable keys."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from framework_data import content, item_index

from ita_desktop.domain.framework import (
    Catalog,
    CatalogError,
    OitItem,
    Provenance,
    add_oit_item,
    catalog_from_dict,
    catalog_to_dict,
    confirm_item,
    confirm_parts,
    start_new_year,
    update_oit_item,
)

NOT_FROM_NACC = Provenance.NOT_FROM_NACC
PROVISIONAL = Provenance.PROVISIONAL


def item(catalog: Catalog, code: str) -> OitItem:
    return next(entry for entry in catalog.oit_items if entry.code == code)


def problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(CatalogError) as caught:
        catalog_from_dict(data)
    return [str(problem) for problem in caught.value.problems]


def test_police_2568_marks_the_values_seed_003_does_not_give(police2568: Catalog) -> None:
    assert all(entry.unconfirmed["deadline"] is NOT_FROM_NACC for entry in police2568.oit_items)
    assert item(police2568, "O18").unconfirmed == {"deadline": NOT_FROM_NACC,
                                                   "points": NOT_FROM_NACC}
    assert item(police2568, "O18").points == Decimal("1.8125")
    assert "points" not in item(police2568, "O1").unconfirmed  # 1.5: seeds 002 and 004
    assert police2568.unconfirmed == {"eit_quotas": NOT_FROM_NACC}


def test_the_immigration_catalogs_are_the_seeds_and_wait_for_nothing(
    imm2567: Catalog, imm2568: Catalog
) -> None:
    for catalog in (imm2567, imm2568):
        assert catalog.unconfirmed == {}
        assert all(entry.unconfirmed == {} for entry in catalog.oit_items)


def test_editing_a_value_confirms_that_value_only(police2568: Catalog) -> None:
    o18 = item(police2568, "O18")
    retitled = update_oit_item(police2568, "O18", title=o18.title + " (แก้ไข)")
    assert item(retitled, "O18").unconfirmed == o18.unconfirmed
    repointed = update_oit_item(police2568, "O18", points=Decimal("2"))
    assert item(repointed, "O18").unconfirmed == {"deadline": NOT_FROM_NACC}
    # The same value typed again is an edit that changed nothing: still to be confirmed.
    same = update_oit_item(police2568, "O18", points=Decimal("1.8125"))
    assert item(same, "O18").unconfirmed == o18.unconfirmed


def test_confirming_an_item_or_the_parts_clears_their_marks_only(police2568: Catalog) -> None:
    confirmed = confirm_item(police2568, "O18")
    assert item(confirmed, "O18").unconfirmed == {}
    assert item(confirmed, "O19").unconfirmed == item(police2568, "O19").unconfirmed
    assert confirmed.unconfirmed == {"eit_quotas": NOT_FROM_NACC}
    assert confirm_parts(confirmed).unconfirmed == {}
    with pytest.raises(CatalogError, match="no OIT item 'O40'"):
        confirm_item(police2568, "O40")


def test_a_year_copied_forward_waits_for_confirmation_field_by_field(
    imm2568: Catalog, police2568: Catalog
) -> None:
    copied = start_new_year(imm2568, 2569)
    for entry in copied.oit_items:
        assert set(entry.unconfirmed) == {"indicator", "title", "components", "formats",
                                          "deadline", "points"}
        assert set(entry.unconfirmed.values()) == {PROVISIONAL}
    assert copied.unconfirmed["eit_quotas"] is PROVISIONAL
    assert copied.unconfirmed["calendar"] is PROVISIONAL
    # A value already known not to come from the NACC says so still in the next year.
    police = start_new_year(police2568, 2569)
    assert item(police, "O18").unconfirmed["points"] is NOT_FROM_NACC
    assert item(police, "O18").unconfirmed["title"] is PROVISIONAL
    assert police.unconfirmed["eit_quotas"] is NOT_FROM_NACC


def test_marks_are_written_and_read_back_and_checked(police2568: Catalog) -> None:
    assert catalog_from_dict(catalog_to_dict(police2568)) == police2568
    data = content("police", 2568)
    index = item_index(data, "O1")
    data["oit_items"][index]["unconfirmed"] = {"owner": "not_from_nacc", "points": "maybe"}
    data["unconfirmed"] = {"eit_quotas": "guess"}
    found = problems(data)
    assert "oit_items[0] (O1) unconfirmed: unknown field 'owner'" in found
    assert any("'points' must be one of not_from_nacc, provisional" in p for p in found)
    assert any(p.startswith("catalog unconfirmed: 'eit_quotas' must be one of") for p in found)


def test_a_renumbered_item_of_a_copied_year_keeps_its_key(imm2568: Catalog) -> None:
    copied = start_new_year(imm2568, 2569)
    assert item(copied, "O24").key == item(imm2568, "O24").key == "integrity-report"
    # Say the 2569 list puts a new item before the last one: O24 becomes O25.
    renumbered = update_oit_item(copied, "O24", code="O25")
    assert item(renumbered, "O25").key == "integrity-report"
    new = add_oit_item(renumbered, OitItem(
        code="O24", indicator="10.2", title="รายการใหม่", components=["ข้อมูล"],
        formats=[["PDF"]], deadline=item(copied, "O1").deadline, points=Decimal(0)))
    assert item(new, "O24").key == "o24" and item(new, "O25").key == "integrity-report"
    assert catalog_from_dict(catalog_to_dict(new)) == new


def test_keys_are_read_from_files_or_taken_from_codes_and_checked() -> None:
    data = content()
    for entry in data["oit_items"]:
        del entry["key"]
    assert item(catalog_from_dict(data), "O7").key == "o7"
    data = content()
    data["oit_items"][1]["key"] = data["oit_items"][0]["key"]
    data["oit_items"][2]["key"] = "Laws!"
    found = problems(data)
    assert "oit_items[1] (O2): key 'structure' is used by more than one item" in found
    assert any(p.startswith("oit_items[2] (O3): 'key' must be lower-case letters") for p in found)
