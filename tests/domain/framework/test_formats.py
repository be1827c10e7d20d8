"""The any/all rule of an item's file formats: every group needed, any one format of a group."""

from __future__ import annotations

from typing import Any

import pytest
from framework_data import content, item_index

from ita_desktop.domain.framework import (
    CatalogError,
    catalog_from_dict,
    catalog_to_dict,
    formats_text,
    missing_formats,
    parse_formats_text,
)

# Seed 002, O10-O14: "PDF และ ... ไฟล์ Excel หรือไฟล์ Word", published on the unit's website.
PDF_AND_EXCEL_OR_WORD = [["PDF"], ["Excel", "Word"], ["URL"]]


def with_formats(formats: Any, code: str = "O11") -> dict[str, Any]:
    data = content()
    data["oit_items"][item_index(data, code)]["formats"] = formats
    return data


def problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(CatalogError) as caught:
        catalog_from_dict(data)
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize(("at_hand", "missing"), [
    ([], PDF_AND_EXCEL_OR_WORD),
    (["PDF", "Excel", "URL"], []),
    (["PDF", "Word", "URL"], []),
    (["PDF", "Excel", "Word", "URL"], []),
    (["pdf", "word"], [["URL"]]),  # a file type named in lower case still counts
    (["PDF", "URL"], [["Excel", "Word"]]),
    (["Excel", "Word", "URL"], [["PDF"]]),
])
def test_missing_formats_needs_every_group_and_any_one_of_a_group(
    at_hand: list[str], missing: list[list[str]]
) -> None:
    assert missing_formats(PDF_AND_EXCEL_OR_WORD, at_hand) == missing


def test_a_flat_list_as_old_files_hold_it_means_every_format() -> None:
    catalog = catalog_from_dict(with_formats(["PDF", "Word", "Excel", "URL"]))
    item = next(entry for entry in catalog.oit_items if entry.code == "O11")
    assert item.formats == [["PDF"], ["Word"], ["Excel"], ["URL"]]
    assert missing_formats(item.formats, ["PDF", "Word", "URL"]) == [["Excel"]]


def test_a_choice_is_read_and_written_as_a_list_and_a_single_format_as_its_name() -> None:
    catalog = catalog_from_dict(with_formats(["PDF", ["Excel", "Word"], "URL"]))
    item = next(entry for entry in catalog.oit_items if entry.code == "O11")
    assert item.formats == PDF_AND_EXCEL_OR_WORD
    written = catalog_to_dict(catalog)["oit_items"][item_index(content(), "O11")]["formats"]
    assert written == ["PDF", ["Excel", "Word"], "URL"]
    assert catalog_from_dict(catalog_to_dict(catalog)) == catalog


@pytest.mark.parametrize(("formats", "message"), [
    ("PDF", "'formats' must be a list"),
    ([], "'formats' must have at least one entry"),
    (["PDF", 3], "must be a format such as \"PDF\" or a list of formats"),
    (["PDF", ["Excel", 3]], "must be a format such as \"PDF\" or a list of formats"),
    (["PDF", {"any": ["Excel"]}], "must be a format such as \"PDF\" or a list of formats"),
    (["PDF", []], "must not contain an empty format or an empty choice"),
    (["PDF", ["Excel", " "]], "must not contain an empty format or an empty choice"),
    (["PDF", ["Excel", "pdf"]], "lists a format more than once"),
    (["PDF", "PDF"], "lists a format more than once"),
])
def test_bad_formats_are_refused_with_where_and_why(formats: Any, message: str) -> None:
    found = problems(with_formats(formats))
    assert len(found) == 1
    assert found[0].startswith("oit_items[10] (O11): ")
    assert message in found[0]


def test_a_sample_target_is_read_and_may_not_be_below_the_minimum() -> None:
    data = content()
    data["sample_targets"] = {"EIT": 350}
    catalog = catalog_from_dict(data)
    assert catalog.sample_targets == {"EIT": 350}
    assert catalog_to_dict(catalog)["sample_targets"] == {"EIT": 350}
    data["sample_targets"] = {"EIT": 250, "XYZ": 1}
    found = problems(data)
    assert "sample_targets: the EIT target 250 is below the minimum of 300" in found
    assert "sample_targets: unknown field 'XYZ'" in found


@pytest.mark.parametrize(("text", "groups"), [
    ("PDF, Excel/Word, URL", PDF_AND_EXCEL_OR_WORD),
    ("PDF+Excel / Word+URL", PDF_AND_EXCEL_OR_WORD),  # as the seeds' notes write it
    (" PDF ,, Word ", [["PDF"], ["Word"]]),
    ("", []),
])
def test_the_text_form_reads_commas_as_needed_and_slashes_as_a_choice(
    text: str, groups: list[list[str]]
) -> None:
    assert parse_formats_text(text) == groups


def test_the_text_form_reads_back_as_it_was_shown() -> None:
    assert formats_text(PDF_AND_EXCEL_OR_WORD) == "PDF, Excel/Word, URL"
    assert parse_formats_text(formats_text(PDF_AND_EXCEL_OR_WORD)) == PDF_AND_EXCEL_OR_WORD
