"""The fiscal years' ITA frameworks as the unit keeps them."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from ita_desktop.domain.framework import (
    DeadlineKind,
    Framework,
    Tool,
    catalog_problems,
    remove_oit_item,
)
from ita_desktop.exchange.framework_file import load_bundled_catalog
from ita_desktop.store import open_database
from ita_desktop.store.frameworks import FrameworkRepository

SAVED_V1 = Path(__file__).parent / "data" / "unit-v1.sqlite"


def test_bundled_catalog_round_trips_exactly(db):
    repo = FrameworkRepository(db)
    catalog = load_bundled_catalog("police", 2568)
    repo.save(catalog)
    assert repo.years() == [2568]
    assert repo.get(2568) == catalog


def test_vocabularies_are_stored_as_the_same_text(db):
    FrameworkRepository(db).save(load_bundled_catalog("immigration", 2568))
    kinds = {row[0] for row in db.query("SELECT deadline_kind FROM framework_oit_items")}
    assert kinds == {"date", "monthly", "none"}
    assert [type(kind) for kind in kinds] == [str, str, str]
    head = db.execute("SELECT framework, weights FROM frameworks").fetchone()
    assert head[0] == "immigration"
    assert head[1] == '{"IIT": "30", "EIT": "30", "OIT": "40"}'
    back = FrameworkRepository(db).get(2568)
    assert back.framework is Framework.IMMIGRATION
    assert list(back.weights) == [Tool.IIT, Tool.EIT, Tool.OIT]
    assert back.oit_items[5].deadline.kind is DeadlineKind.MONTHLY


def test_a_saved_version_1_file_opens_and_keeps_frameworks(tmp_path):
    path = tmp_path / "unit.sqlite"
    shutil.copyfile(SAVED_V1, path)
    db = open_database(path)
    try:
        repo = FrameworkRepository(db)
        assert repo.years() == []  # version 1 had no frameworks yet
        catalog = load_bundled_catalog("immigration", 2567)
        repo.save(catalog)
        assert repo.get(2567) == catalog
    finally:
        db.close()


def test_unbalanced_catalog_being_edited_is_kept(db):
    repo = FrameworkRepository(db)
    catalog = remove_oit_item(load_bundled_catalog("immigration", 2568), "O24")
    repo.save(catalog)
    back = repo.get(2568)
    assert [i.code for i in back.oit_items] == [f"O{n}" for n in range(1, 24)]
    assert any("40" in str(p) for p in catalog_problems(back))


def test_removed_items_are_removed_and_order_kept(db):
    repo = FrameworkRepository(db)
    catalog = load_bundled_catalog("immigration", 2568)
    repo.save(catalog)
    reordered = replace(catalog, oit_items=list(reversed(catalog.oit_items[2:])))
    repo.save(reordered)
    assert [i.code for i in repo.get(2568).oit_items] == [i.code for i in reordered.oit_items]
