"""Where a fiscal year's framework starts from: the unit's own edits, else the shipped one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from ita_desktop.domain.framework import CatalogError
from ita_desktop.exchange.framework_file import load_bundled_catalog
from ita_desktop.services.frameworks import ensure_year, starting_point
from ita_desktop.store.frameworks import FrameworkRepository


def test_new_year_starts_from_the_units_own_edits(db):
    repo = FrameworkRepository(db)
    base = load_bundled_catalog("immigration", 2568)
    first = base.oit_items[0]
    edited = replace(base, oit_items=[replace(first, title="ชื่อที่หน่วยแก้เอง"),
                                      *base.oit_items[1:]])
    repo.save(edited)
    created = ensure_year(repo, "immigration", 2569)
    assert created.fiscal_year == 2569
    assert created.oit_items[0].title == "ชื่อที่หน่วยแก้เอง"
    assert created.oit_items[0].deadline.date == date(2026, 2, 28)
    assert repo.years() == [2568, 2569]
    assert ensure_year(repo, "immigration", 2569) == created


def test_another_frameworks_year_is_not_carried_forward(db):
    repo = FrameworkRepository(db)
    repo.save(load_bundled_catalog("police", 2568))
    assert starting_point(repo, "immigration", 2569).framework == "immigration"


def test_year_without_earlier_data_starts_from_the_bundled_catalog(db):
    repo = FrameworkRepository(db)
    assert ensure_year(repo, "immigration", 2567) == load_bundled_catalog("immigration", 2567)
    later = ensure_year(repo, "police", 2571)
    assert later.framework == "police" and later.fiscal_year == 2571
    assert sum((i.points for i in later.oit_items), Decimal(0)) == later.weights["OIT"]


def test_starting_point_saves_nothing(db):
    repo = FrameworkRepository(db)
    starting_point(repo, "police", 2569)
    assert repo.years() == []


def test_an_unknown_framework_has_no_starting_point(db):
    with pytest.raises(CatalogError, match="no bundled army framework"):
        starting_point(FrameworkRepository(db), "army", 2568)
