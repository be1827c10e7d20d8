"""Framework files: written exactly, read strictly, every refusal naming the file and coded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ita_desktop.domain.framework import Catalog, CatalogError, remove_oit_item, update_oit_item
from ita_desktop.exchange.framework_file import (
    FORMAT_TAG,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    load_bundled_catalog,
    load_catalog_file,
    save_catalog_file,
)
from ita_desktop.resources import resource_path


def content(framework: str = "immigration", year: int = 2568) -> dict[str, Any]:
    path = resource_path("catalogs", f"{framework}-{year}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["format"], data["format_version"]
    return data


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def file_document(data: dict[str, Any]) -> dict[str, Any]:
    return {"format": FORMAT_TAG, "format_version": FORMAT_VERSION, **data}


@pytest.fixture
def imm2568() -> Catalog:
    return load_bundled_catalog("immigration", 2568)


@pytest.fixture
def police2568() -> Catalog:
    return load_bundled_catalog("police", 2568)


def refusal(path: Path) -> CatalogError:
    with pytest.raises(CatalogError) as caught:
        load_catalog_file(path)
    assert str(path) in str(caught.value)
    assert caught.value.source == str(path)
    return caught.value


def refused(path: Path) -> str:
    return str(refusal(path))


def test_save_and_load_round_trip(tmp_path: Path, police2568: Catalog) -> None:
    path = tmp_path / "police.json"
    save_catalog_file(police2568, path)
    assert load_catalog_file(path) == police2568
    text = path.read_text(encoding="utf-8")
    assert json.loads(text)["format"] == FORMAT_TAG
    assert "กต.ตร." in text
    assert text.endswith("}\n")
    assert [p.name for p in tmp_path.iterdir()] == ["police.json"]


def test_a_saved_file_is_byte_for_byte_the_shipped_format(tmp_path: Path) -> None:
    shipped = resource_path("catalogs", "police-2568.json")
    path = tmp_path / "police.json"
    save_catalog_file(load_catalog_file(shipped), path)
    assert path.read_bytes() == shipped.read_bytes()


def test_save_replaces_an_existing_file(tmp_path: Path, imm2568: Catalog) -> None:
    path = tmp_path / "catalog.json"
    path.write_text("old", encoding="utf-8")
    save_catalog_file(imm2568, path)
    assert load_catalog_file(path) == imm2568


def test_save_refuses_a_catalog_that_would_not_load(tmp_path: Path, imm2568: Catalog) -> None:
    path = tmp_path / "catalog.json"
    path.write_text("previous", encoding="utf-8")
    unbalanced = remove_oit_item(imm2568, "O24")
    with pytest.raises(CatalogError, match="add up to 38, not to the OIT weight 40") as caught:
        save_catalog_file(unbalanced, path)
    assert caught.value.code == "framework.not_saved" and caught.value.saving
    assert path.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["catalog.json"]


def test_save_where_no_file_can_be_written_is_a_coded_refusal(
    tmp_path: Path, imm2568: Catalog
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("", encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        save_catalog_file(imm2568, not_a_folder / "catalog.json")
    assert caught.value.problems[0].code == "framework_file.unwritable"
    assert "cannot be written" in str(caught.value)


def test_a_file_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    text = json.dumps(file_document(content()), ensure_ascii=False)
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert load_catalog_file(path).fiscal_year == 2568


def test_a_missing_file_is_a_coded_refusal(tmp_path: Path) -> None:
    error = refusal(tmp_path / "gone.json")
    assert error.code == "framework.file_refused_one"
    assert error.problems[0].code == "framework_file.unreadable"
    assert "cannot be read" in str(error)


def test_refuses_a_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "ita-desktop-catalog", ', encoding="utf-8")
    message = refused(path)
    assert "not valid JSON" in message and "line 1, column 35" in message


def test_refuses_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "tis620.json"
    path.write_bytes('{"title": "กรอบการประเมิน"}'.encode("tis-620"))
    assert "not UTF-8" in refused(path)


def test_refuses_a_json_file_that_is_not_a_catalog(tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "other.json", {"format": "ita-desktop-roster", "format_version": 1}
    )
    message = refused(path)
    assert "not an ITA Desktop framework" in message and "'ita-desktop-roster'" in message
    assert "no 'format' field" in refused(write_json(tmp_path / "plain.json", content()))
    assert "not an object" in refused(write_json(tmp_path / "list.json", [1, 2]))


def test_refuses_a_missing_or_odd_format_version(tmp_path: Path) -> None:
    document = file_document(content())
    del document["format_version"]
    assert "whole number from 1, not nothing" in refused(write_json(tmp_path / "v.json", document))
    document["format_version"] = "1"
    assert "whole number from 1, not '1'" in refused(write_json(tmp_path / "v.json", document))


def test_refuses_a_newer_format_version(tmp_path: Path) -> None:
    document = file_document(content())
    document["format_version"] = FORMAT_VERSION + 1
    error = refusal(write_json(tmp_path / "future.json", document))
    assert error.problems[0].code == "framework_file.newer_version"
    assert "newer version of ITA Desktop" in str(error)
    assert f"format_version {FORMAT_VERSION + 1}" in str(error)


def test_refuses_a_missing_field(tmp_path: Path) -> None:
    document = file_document(content())
    del document["calendar"]
    assert "catalog: 'calendar' is missing" in refused(write_json(tmp_path / "c.json", document))


def test_refuses_a_duplicate_code(tmp_path: Path) -> None:
    document = file_document(content())
    document["oit_items"][1]["code"] = "O1"
    message = refused(write_json(tmp_path / "dup.json", document))
    assert "oit_items[1] (O1): code O1 is used by more than one item (duplicate code)" in message


def test_refuses_points_that_do_not_add_up(tmp_path: Path) -> None:
    document = file_document(content())
    document["oit_items"].pop()
    message = refused(write_json(tmp_path / "points.json", document))
    assert "the item points add up to 38, not to the OIT weight 40" in message


@pytest.mark.parametrize("bad", ["2025-02-30", "28/02/2568", "2025-2-28", 20250228])
def test_refuses_a_bad_date(tmp_path: Path, bad: Any) -> None:
    document = file_document(content())
    document["calendar"][0]["start"] = bad
    message = refused(write_json(tmp_path / "date.json", document))
    assert "calendar[0]: 'start'" in message
    assert "date" in message


def test_refuses_a_file_over_5_mb(tmp_path: Path) -> None:
    document = file_document(content())
    document["notes"] = "ก" * (MAX_FILE_BYTES // 3 + 10)  # 3 bytes per Thai letter in UTF-8
    path = write_json(tmp_path / "huge.json", document)
    assert path.stat().st_size > MAX_FILE_BYTES
    message = refused(path)
    assert "too big" in message and "5 MB" in message


def test_refuses_nan_points(tmp_path: Path) -> None:
    path = tmp_path / "nan.json"
    text = json.dumps(file_document(content()), ensure_ascii=False)
    path.write_text(text.replace('"points": "1.5"', '"points": NaN', 1), encoding="utf-8")
    assert "not valid JSON" in refused(path)


def test_a_file_with_very_many_problems_gives_a_bounded_message(tmp_path: Path) -> None:
    document = file_document(content())
    for item in document["oit_items"]:
        item["title"] = ""
        item["formats"] = []
    error = refusal(write_json(tmp_path / "many.json", document))
    assert len(error.problems) == 48
    lines = str(error).splitlines()
    assert lines[0].endswith("cannot be used (48 problems):")
    assert len(lines) == 1 + 20 + 1 and lines[-1] == "  - … and 28 more"


def _with_points(path: Path, points: str) -> Path:
    """The shipped framework with the first "1.5" points written as ``points`` (raw JSON)."""
    text = json.dumps(file_document(content()), ensure_ascii=False)
    path.write_text(text.replace('"points": "1.5"', f'"points": {points}', 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("points", ["1e999999999", "1e999999", "1e-999999", "9" * 5000,
                                    "0." + "0" * 40 + "1", '"' + "9" * 3000 + '"'])
def test_refuses_a_number_too_large_or_too_long_with_a_short_message(
    tmp_path: Path, points: str
) -> None:
    """Once, 1e999999999 overflowed the decimal context into the crash dialog, and 1e999999
    was refused with a two-million-character message."""
    error = refusal(_with_points(tmp_path / "huge.json", points))
    assert [p.code for p in error.problems] in (
        ["framework_file.number_out_of_range"], ["framework.number_out_of_range"])
    message = str(error)
    assert "indicators[8]" in message and "sub_indicators[3]" in message
    assert "at most 15 digits" in message or "more than 15 digits" in message
    assert len(message) < 400


@pytest.mark.parametrize("character", ["\ud800", "\udfff", "\x00", "\x1b", "\uffff"])
def test_refuses_a_character_that_cannot_be_stored_and_says_where(
    tmp_path: Path, character: str
) -> None:
    """Once, a lone surrogate ("\\ud800") loaded and then crashed the save."""
    document = file_document(content())
    document["oit_items"][2]["components"][0] += character
    path = tmp_path / "odd.json"
    # ensure_ascii writes the surrogate as the \ud800 escape, as a hand-edited file has it.
    path.write_text(json.dumps(document), encoding="utf-8")
    error = refusal(path)
    assert [p.code for p in error.problems] == ["framework_file.bad_character"]
    assert str(error).endswith(
        f"oit_items[2].components[0]: the text holds the character U+{ord(character):04X}, "
        "which cannot be stored or printed (a damaged or hand-edited file?)")


def test_refuses_over_long_text_and_odd_field_names(tmp_path: Path) -> None:
    document = file_document(content())
    document["title"] = "ก" * 6000
    document["weights"]["\ud800"] = "1"
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    message = refused(path)
    assert "title: the text is 6,000 characters long; at most 5,000 are allowed" in message
    assert "weights (field name): the text holds the character U+D800" in message


def test_save_refuses_a_character_that_cannot_be_stored(
    tmp_path: Path, imm2568: Catalog
) -> None:
    """A framework stored before files were checked may hold one; the save says so."""
    from dataclasses import replace

    path = tmp_path / "catalog.json"
    path.write_text("previous", encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        save_catalog_file(replace(imm2568, notes="x\ud800"), path)
    assert caught.value.saving and "notes: the text holds the character U+D800" in str(
        caught.value)
    assert path.read_text(encoding="utf-8") == "previous"


def test_a_quoted_value_is_cut_to_80_characters(tmp_path: Path) -> None:
    document = file_document(content())
    document["framework"] = "x" * 1000
    message = refused(write_json(tmp_path / "long.json", document))
    assert "'" + "x" * 78 + "…" in message and "x" * 81 not in message


def test_a_version_1_file_with_flat_formats_still_reads_as_every_format_needed(
    tmp_path: Path,
) -> None:
    data = content()
    for item in data["oit_items"]:
        item["formats"] = [name for entry in item["formats"]
                           for name in ([entry] if isinstance(entry, str) else entry)]
    old = write_json(tmp_path / "old.json",
                     {"format": FORMAT_TAG, "format_version": 1, **data})
    o6 = next(item for item in load_catalog_file(old).oit_items if item.code == "O6")
    assert o6.formats == [["PDF"], ["Word"], ["URL"]]


def test_a_choice_of_formats_is_written_as_a_list_and_read_back(
    tmp_path: Path, imm2568: Catalog
) -> None:
    changed = update_oit_item(imm2568, "O11", formats=["PDF", ["Excel", "Word"], "URL"])
    path = tmp_path / "choice.json"
    save_catalog_file(changed, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format_version"] == FORMAT_VERSION == 2
    o11 = next(item for item in document["oit_items"] if item["code"] == "O11")
    assert o11["formats"] == ["PDF", ["Excel", "Word"], "URL"]
    assert load_catalog_file(path) == changed
