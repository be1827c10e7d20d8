"""Framework use cases without a window: start a year, import, export, edit OIT items."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest

from ita_desktop.domain.framework import CatalogError
from ita_desktop.errors import AppError
from ita_desktop.exchange.framework_file import load_bundled_catalog
from ita_desktop.services import frameworks
from ita_desktop.store.errors import WriteError
from ita_desktop.store.frameworks import FrameworkRepository


def test_demo_unit_follows_the_immigration_framework(demo_db):
    assert frameworks.framework_name(demo_db) == "immigration"


def test_start_year_carries_the_units_edits_forward_once(demo_db):
    repo = FrameworkRepository(demo_db)
    latest = max(repo.years())
    catalog = frameworks.start_year(demo_db, latest + 1)
    assert catalog.fiscal_year == latest + 1 and repo.get(latest + 1) == catalog
    with pytest.raises(AppError) as info:
        frameworks.start_year(demo_db, latest + 1)
    assert info.value.code == "services.year_has_framework"
    assert info.value.values == {"year": latest + 1}


@pytest.mark.parametrize("how", ["locked", "read_only"])
def test_start_year_on_a_blocked_database_changes_nothing(demo_db, write_blocked, content,
                                                         how):
    year = max(FrameworkRepository(demo_db).years()) + 1
    before = content(demo_db.path)
    with write_blocked(demo_db, how), pytest.raises(WriteError) as info:
        frameworks.start_year(demo_db, year)
    assert info.value.code == f"store.{how}"
    assert content(demo_db.path) == before


def test_export_then_import_a_framework_file(demo_db, tmp_path):
    repo = FrameworkRepository(demo_db)
    out = tmp_path / "framework.json"
    exported = frameworks.export_framework(demo_db, 2568, out)
    assert json.loads(out.read_text(encoding="utf-8"))["fiscal_year"] == 2568
    with pytest.raises(AppError) as info:
        frameworks.import_framework_file(demo_db, out)
    assert info.value.code == "services.framework_replaces"
    repo.delete(2568)
    assert frameworks.import_framework_file(demo_db, out) == exported
    assert repo.get(2568) == exported


def test_framework_of_the_other_kind_needs_consent(demo_db):
    police = load_bundled_catalog("police", 2568)
    before = FrameworkRepository(demo_db).get(2568)
    with pytest.raises(AppError) as info:
        frameworks.import_framework(demo_db, police, replace=True)
    assert info.value.code == "services.framework_other_kind"
    assert info.value.values == {"found": "police", "expected": "immigration"}
    assert FrameworkRepository(demo_db).get(2568) == before
    frameworks.import_framework(demo_db, police, replace=True, other_kind=True)
    assert FrameworkRepository(demo_db).get(2568).framework == "police"


def test_bad_and_missing_files_import_nothing(demo_db, tmp_path, content):
    before = content(demo_db.path)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(CatalogError, match="not valid JSON"):
        frameworks.import_framework_file(demo_db, bad)
    with pytest.raises(AppError) as info:
        frameworks.import_framework_file(demo_db, tmp_path / "missing.json")
    assert info.value.code == "framework.file_refused_one"
    assert content(demo_db.path) == before


@pytest.mark.parametrize("how", ["locked", "read_only"])
def test_import_into_a_blocked_database_changes_nothing(demo_db, tmp_path, write_blocked,
                                                       content, how):
    out = tmp_path / "framework.json"
    frameworks.export_framework(demo_db, 2568, out)
    before = content(demo_db.path)
    with write_blocked(demo_db, how), pytest.raises(WriteError):
        frameworks.import_framework_file(demo_db, out, replace=True)
    assert content(demo_db.path) == before


def test_export_refuses_a_year_without_framework_and_an_unwritable_place(demo_db, tmp_path):
    with pytest.raises(AppError) as info:
        frameworks.export_framework(demo_db, 2600, tmp_path / "f.json")
    assert info.value.code == "services.no_framework"
    with pytest.raises(AppError) as info:
        frameworks.export_framework(demo_db, 2568, tmp_path / "no-folder" / "f.json")
    assert info.value.code == "framework.not_saved_one"


def test_oit_items_are_added_changed_and_removed_in_the_stored_framework(demo_db):
    repo = FrameworkRepository(demo_db)
    first = repo.get(2568).oit_items[0]
    changed = frameworks.update_item(demo_db, 2568, first.code,
                                     replace(first, title="ชื่อใหม่", points=Decimal("2")))
    assert repo.get(2568) == changed and changed.oit_items[0].title == "ชื่อใหม่"
    removed = frameworks.remove_item(demo_db, 2568, first.code)
    assert first.code not in [i.code for i in repo.get(2568).oit_items] == [
        i.code for i in removed.oit_items]
    added = frameworks.add_item(demo_db, 2568, replace(first, code="O99"))
    assert "O99" in [i.code for i in repo.get(2568).oit_items] == [
        i.code for i in added.oit_items]
    with pytest.raises(CatalogError):
        frameworks.add_item(demo_db, 2568, replace(first, code="O99"))


@pytest.mark.parametrize("how", ["locked", "read_only"])
def test_item_edits_on_a_blocked_database_change_nothing(demo_db, write_blocked, content, how):
    first = FrameworkRepository(demo_db).get(2568).oit_items[0]
    before = content(demo_db.path)
    with write_blocked(demo_db, how):
        for edit in (lambda: frameworks.remove_item(demo_db, 2568, first.code),
                     lambda: frameworks.update_item(demo_db, 2568, first.code,
                                                    replace(first, title="x")),
                     lambda: frameworks.add_item(demo_db, 2568, replace(first, code="O98"))):
            with pytest.raises(WriteError):
                edit()
    assert content(demo_db.path) == before


@pytest.mark.parametrize("year", [2450, 2999])
def test_a_framework_of_a_year_nobody_works_with_is_not_imported(demo_db, content, year):
    catalog = replace(load_bundled_catalog("immigration", 2568), fiscal_year=year)
    before = content(demo_db.path)
    with pytest.raises(AppError) as info:
        frameworks.import_framework(demo_db, catalog)
    assert info.value.code == "fiscal.out_of_range"
    assert content(demo_db.path) == before


def test_a_started_year_is_provisional_and_keeps_keys_through_a_renumbering(demo_db):
    repo = FrameworkRepository(demo_db)
    latest = max(repo.years())
    started = frameworks.start_year(demo_db, latest + 1)
    last = started.oit_items[-1]
    assert set(last.unconfirmed.values()) == {"provisional"}
    renumbered = frameworks.update_item(demo_db, latest + 1, last.code,
                                        replace(last, code=f"O{len(started.oit_items) + 1}"))
    stored = repo.get(latest + 1)
    assert stored == renumbered
    assert stored.oit_items[-1].key == last.key == repo.get(latest).oit_items[-1].key
    # Changing the code is the unit's own value; the rest still waits for confirmation.
    assert "title" in stored.oit_items[-1].unconfirmed
    confirmed = frameworks.confirm_item_values(demo_db, latest + 1, stored.oit_items[-1].code)
    assert repo.get(latest + 1) == confirmed and confirmed.oit_items[-1].unconfirmed == {}
    assert confirmed.oit_items[0].unconfirmed != {}
    assert frameworks.confirm_framework_values(demo_db, latest + 1).unconfirmed == {}
    assert repo.get(latest + 1).unconfirmed == {}
