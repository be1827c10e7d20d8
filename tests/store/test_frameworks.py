"""The fiscal years' ITA frameworks as the unit keeps them."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

from ita_desktop.domain.framework import (
    DeadlineKind,
    Framework,
    Tool,
    catalog_problems,
    catalog_to_dict,
    missing_formats,
    remove_oit_item,
    update_oit_item,
)
from ita_desktop.exchange.framework_file import load_bundled_catalog
from ita_desktop.store import open_database
from ita_desktop.store.database import connect
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.store.migrations import LATEST_VERSION, MIGRATIONS, migrate

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


def _store_as_schema_8(db, catalog) -> None:
    """``catalog`` written as a schema-8 program wrote it: formats as a flat list, no targets."""
    data = catalog_to_dict(catalog)
    with db.transaction():
        db.execute(
            "INSERT INTO frameworks (fiscal_year, framework, title, notes, weights, "
            "minimum_samples, eit_quotas, eit2_groups, indicators, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2024-01-05T09:00:00')",
            (catalog.fiscal_year, data["framework"], data["title"], data["notes"],
             *(json.dumps(data[part], ensure_ascii=False) for part in (
                 "weights", "minimum_samples", "eit_quotas", "eit2_groups", "indicators"))),
        )
        for position, item in enumerate(data["oit_items"], start=1):
            flat = [name for entry in item["formats"]
                    for name in ([entry] if isinstance(entry, str) else entry)]
            deadline = item["deadline"]
            db.execute(
                "INSERT INTO framework_oit_items (fiscal_year, code, position, indicator, "
                "title, components, formats, deadline_kind, deadline_date, deadline_day, "
                "deadline_text, points) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (catalog.fiscal_year, item["code"], position, item["indicator"], item["title"],
                 json.dumps(item["components"], ensure_ascii=False), json.dumps(flat),
                 deadline["kind"], deadline["date"], deadline["day"], deadline["text"],
                 item["points"]),
            )


def test_a_schema_8_file_is_copied_aside_and_its_flat_formats_read_as_all_needed(tmp_path):
    path = tmp_path / "unit.sqlite"
    old = connect(path)
    migrate(old, MIGRATIONS[:8])
    _store_as_schema_8(old, load_bundled_catalog("immigration", 2568))
    old.close()

    upgraded = open_database(path)
    try:
        assert upgraded.user_version == LATEST_VERSION
        backup = sqlite3.connect(upgraded.last_backup)
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 8
        backup.close()
        repo = FrameworkRepository(upgraded)
        catalog = repo.get(2568)
        o6 = next(item for item in catalog.oit_items if item.code == "O6")
        assert o6.formats == [["PDF"], ["Word"], ["URL"]]
        assert o6.key == "o6" and o6.unconfirmed == {}  # items before keys: their code
        assert missing_formats(o6.formats, ["PDF", "URL"]) == [["Word"]]
        assert catalog.sample_targets == {}
        # The upgraded file takes a choice of formats and a target from now on.
        with_choice = load_bundled_catalog("immigration", 2567)
        repo.save(with_choice)
        assert repo.get(2567) == with_choice
    finally:
        upgraded.close()


def test_two_items_swapping_codes_keep_their_keys(db):
    repo = FrameworkRepository(db)
    catalog = load_bundled_catalog("police", 2568)
    repo.save(catalog)
    swapped = update_oit_item(update_oit_item(update_oit_item(
        catalog, "O1", code="O99"), "O2", code="O1"), "O99", code="O2")
    repo.save(swapped)
    back = repo.get(2568)
    assert back == swapped
    keys = {item.code: item.key for item in back.oit_items}
    assert (keys["O1"], keys["O2"]) == ("authority", "structure")
    assert back.oit_items[0].unconfirmed == {"deadline": "not_from_nacc"}
