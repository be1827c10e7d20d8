"""The fiscal years' ITA frameworks as the unit keeps them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from ita_desktop.domain.catalog import catalog_problems, load_bundled_catalog, remove_oit_item
from ita_desktop.store.frameworks import FrameworkRepository


def test_bundled_catalog_round_trips_exactly(db):
    repo = FrameworkRepository(db)
    catalog = load_bundled_catalog("police", 2568)
    repo.save(catalog)
    assert repo.years() == [2568]
    assert repo.get(2568) == catalog


def test_unbalanced_catalog_being_edited_is_kept(db):
    repo = FrameworkRepository(db)
    catalog = remove_oit_item(load_bundled_catalog("immigration", 2568), "O24")
    repo.save(catalog)
    back = repo.get(2568)
    assert [i.code for i in back.oit_items] == [f"O{n}" for n in range(1, 24)]
    assert any("40" in p for p in catalog_problems(back))


def test_new_year_starts_from_the_units_own_edits(db):
    repo = FrameworkRepository(db)
    base = load_bundled_catalog("immigration", 2568)
    first = base.oit_items[0]
    edited = replace(base, oit_items=[replace(first, title="ชื่อที่หน่วยแก้เอง"),
                                      *base.oit_items[1:]])
    repo.save(edited)
    created = repo.ensure_year("immigration", 2569)
    assert created.fiscal_year == 2569
    assert created.oit_items[0].title == "ชื่อที่หน่วยแก้เอง"
    assert created.oit_items[0].deadline.date == date(2026, 2, 28)
    assert repo.years() == [2568, 2569]
    assert repo.ensure_year("immigration", 2569) == created


def test_year_without_earlier_data_starts_from_the_bundled_catalog(db):
    repo = FrameworkRepository(db)
    assert repo.ensure_year("immigration", 2567) == load_bundled_catalog("immigration", 2567)
    later = repo.ensure_year("police", 2571)
    assert later.framework == "police" and later.fiscal_year == 2571
    assert sum((i.points for i in later.oit_items), Decimal(0)) == later.weights["OIT"]


def test_removed_items_are_removed_and_order_kept(db):
    repo = FrameworkRepository(db)
    catalog = load_bundled_catalog("immigration", 2568)
    repo.save(catalog)
    reordered = replace(catalog, oit_items=list(reversed(catalog.oit_items[2:])))
    repo.save(reordered)
    assert [i.code for i in repo.get(2568).oit_items] == [i.code for i in reordered.oit_items]
