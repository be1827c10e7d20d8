"""Tests for the ITA framework catalogs: the bundled data, validation, files and editing."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ita_desktop.domain.catalog import (
    FORMAT_TAG,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    Catalog,
    CatalogError,
    Deadline,
    OitItem,
    add_oit_item,
    bundled_catalogs,
    catalog_from_dict,
    catalog_problems,
    catalog_to_dict,
    latest_bundled_catalog,
    load_bundled_catalog,
    load_catalog_file,
    remove_oit_item,
    save_catalog_file,
    start_new_year,
    update_oit_item,
)
from ita_desktop.domain.fiscal import fiscal_year_bounds
from ita_desktop.resources import resource_path

BUNDLED = [("immigration", 2567), ("immigration", 2568), ("police", 2568)]
OIT_SUBS = ["9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2"]


def raw_bundled(framework: str, year: int) -> dict[str, Any]:
    path = resource_path("catalogs", f"{framework}-{year}.json")
    return json.loads(path.read_text(encoding="utf-8"))


def content(framework: str = "immigration", year: int = 2568) -> dict[str, Any]:
    """The catalog fields of a bundled file, without the file header."""
    data = raw_bundled(framework, year)
    del data["format"], data["format_version"]
    return data


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def file_document(data: dict[str, Any]) -> dict[str, Any]:
    return {"format": FORMAT_TAG, "format_version": FORMAT_VERSION, **data}


def item_index(data: dict[str, Any], code: str) -> int:
    return next(i for i, item in enumerate(data["oit_items"]) if item["code"] == code)


@pytest.fixture
def imm2568() -> Catalog:
    return load_bundled_catalog("immigration", 2568)


@pytest.fixture
def police2568() -> Catalog:
    return load_bundled_catalog("police", 2568)


# --- the bundled catalogs -----------------------------------------------------------------


def test_bundled_catalogs_lists_every_file() -> None:
    assert bundled_catalogs() == BUNDLED


@pytest.mark.parametrize(("framework", "year"), BUNDLED)
def test_every_bundled_catalog_loads_without_problems(framework: str, year: int) -> None:
    catalog = load_bundled_catalog(framework, year)
    assert (catalog.framework, catalog.fiscal_year) == (framework, year)
    assert catalog_problems(catalog) == []
    assert catalog.title.strip() and catalog.notes.strip()


@pytest.mark.parametrize(("framework", "year"), BUNDLED)
def test_every_oit_item_is_complete(framework: str, year: int) -> None:
    catalog = load_bundled_catalog(framework, year)
    for item in catalog.oit_items:
        assert item.title.strip(), item.code
        assert item.components and all(c.strip() for c in item.components), item.code
        assert item.formats and set(item.formats) <= {"PDF", "Word", "Excel", "URL"}, item.code
        assert item.deadline.kind in ("date", "monthly", "none"), item.code
        assert item.deadline.text.strip(), item.code
        if item.deadline.kind == "date":
            assert item.deadline.date is not None
        if item.deadline.kind == "monthly":
            assert item.deadline.day is not None and 1 <= item.deadline.day <= 28
        assert item.points > 0, item.code


def test_immigration_2568_has_exactly_o1_to_o24_adding_up_to_the_oit_weight(
    imm2568: Catalog,
) -> None:
    assert [item.code for item in imm2568.oit_items] == [f"O{n}" for n in range(1, 25)]
    total = sum((item.points for item in imm2568.oit_items), Decimal(0))
    assert total == imm2568.weights["OIT"] == 40


def test_immigration_2568_deadlines_follow_the_seed(imm2568: Catalog) -> None:
    by_code = {item.code: item for item in imm2568.oit_items}
    assert by_code["O1"].deadline == Deadline(
        "date", date(2025, 2, 28), None, "ดำเนินการเสร็จสิ้น ภายใน ก.พ.68"
    )
    assert by_code["O6"].deadline == Deadline("monthly", None, 1, "รายงานผลทุกวันที่ 1 ของเดือนถัดไป")
    assert by_code["O9"].deadline.date == date(2025, 1, 31)
    assert by_code["O6"].formats == ["PDF", "Word", "URL"]
    assert by_code["O11"].formats == ["PDF", "Excel", "URL"]


def test_immigration_2567_points_are_the_seed_table(
    imm2568: Catalog,
) -> None:
    catalog = load_bundled_catalog("immigration", 2567)
    assert [item.code for item in catalog.oit_items] == [f"O{n}" for n in range(1, 25)]
    for item in catalog.oit_items:
        expected = Decimal("1.5") if item.indicator.startswith("9.") else Decimal(2)
        assert item.points == expected, item.code
    assert catalog.minimum_samples["EIT"] == 500
    assert sum(quota.minimum for quota in catalog.eit_quotas) == 500
    leap = next(item for item in catalog.oit_items if item.code == "O1")
    assert leap.deadline.date == date(2024, 2, 29)


def test_police_2568_has_o1_to_o25_and_o4_is_the_oversight_committee(
    police2568: Catalog,
) -> None:
    codes = [item.code for item in police2568.oit_items]
    assert codes == [f"O{n}" for n in range(1, 26)]
    o4 = police2568.oit_items[3]
    assert "กต.ตร." in o4.title
    assert o4.indicator == "9.1"
    total = sum((item.points for item in police2568.oit_items), Decimal(0))
    assert total == police2568.weights["OIT"] == 40
    sections = [quota.section for quota in police2568.eit_quotas]
    assert sections == ["งานอำนวยการ", "งานป้องกันปราบปราม", "งานจราจร", "งานสืบสวน", "งานสอบสวน"]


@pytest.mark.parametrize(("framework", "year"), BUNDLED)
def test_weights_add_up_to_100(framework: str, year: int) -> None:
    catalog = load_bundled_catalog(framework, year)
    assert catalog.weights == {"IIT": 30, "EIT": 30, "OIT": 40}
    assert sum(catalog.weights.values()) == 100


@pytest.mark.parametrize(("framework", "year"), BUNDLED)
def test_indicators_one_to_ten_with_the_oit_sub_indicators(framework: str, year: int) -> None:
    catalog = load_bundled_catalog(framework, year)
    assert [i.number for i in catalog.indicators] == list(range(1, 11))
    assert [i.tool for i in catalog.indicators] == ["IIT"] * 5 + ["EIT"] * 3 + ["OIT"] * 2
    subs = [s.code for i in catalog.indicators for s in i.sub_indicators]
    assert subs == OIT_SUBS
    for indicator in catalog.indicators[:8]:
        assert indicator.sub_indicators == []
    for tool in ("IIT", "EIT", "OIT"):
        points = sum(i.points for i in catalog.indicators if i.tool == tool)
        assert points == catalog.weights[tool]
    assert {item.indicator for item in catalog.oit_items} == set(OIT_SUBS)
    oit_questions = sum(i.questions for i in catalog.indicators if i.tool == "OIT")
    assert oit_questions == len(catalog.oit_items)


@pytest.mark.parametrize(("framework", "year"), BUNDLED)
def test_calendars_lie_within_the_fiscal_year(framework: str, year: int) -> None:
    catalog = load_bundled_catalog(framework, year)
    first, last = fiscal_year_bounds(year)
    assert catalog.calendar
    assert [phase.order for phase in catalog.calendar] == list(range(1, len(catalog.calendar) + 1))
    for phase in catalog.calendar:
        assert first <= phase.start <= phase.end <= last, phase.title
        assert phase.responsible.strip()


@pytest.mark.parametrize(("framework", "year"), BUNDLED)
def test_bundled_files_name_roles_not_officers(framework: str, year: int) -> None:
    text = resource_path("catalogs", f"{framework}-{year}.json").read_text(encoding="utf-8")
    for rank in ("ร.ต.อ.", "พ.ต.ท.", "พ.ต.อ.", "ด.ต.", "พันตำรวจ", "ร้อยตำรวจ"):
        assert rank not in text
    for unit in ("มุกดาหาร", "ประจวบคีรีขันธ์", "กระบี่", "ตรัง", "ระนอง"):
        assert unit not in text


@pytest.mark.parametrize(("framework", "year"), BUNDLED)
def test_bundled_files_are_pretty_printed_utf8(framework: str, year: int) -> None:
    text = resource_path("catalogs", f"{framework}-{year}.json").read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": "ita-desktop-catalog",\n  "format_version": 1,')
    assert "\\u0e" not in text  # Thai written as is, not escaped


def test_latest_bundled_catalog() -> None:
    assert latest_bundled_catalog("immigration").fiscal_year == 2568
    assert latest_bundled_catalog("immigration", up_to_year=2567).fiscal_year == 2567
    assert latest_bundled_catalog("police", up_to_year=2570).fiscal_year == 2568
    with pytest.raises(CatalogError, match="no bundled police catalog up to fiscal year 2567"):
        latest_bundled_catalog("police", up_to_year=2567)


def test_load_bundled_catalog_refuses_unknown_ones() -> None:
    with pytest.raises(CatalogError, match="no bundled police catalog for fiscal year 2560"):
        load_bundled_catalog("police", 2560)
    with pytest.raises(CatalogError, match="unknown framework"):
        load_bundled_catalog("../immigration", 2568)


# --- dictionaries -------------------------------------------------------------------------


@pytest.mark.parametrize(("framework", "year"), BUNDLED)
def test_dict_catalog_dict_round_trip(framework: str, year: int) -> None:
    data = content(framework, year)
    catalog = catalog_from_dict(data)
    assert catalog_to_dict(catalog) == data
    assert catalog_from_dict(catalog_to_dict(catalog)) == catalog


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


def test_every_problem_is_reported_at_once() -> None:
    data = content()
    data["fiscal_year"] = 2025
    data["oit_items"][3]["formats"] = "PDF"
    data["oit_items"][5]["deadline"]["day"] = 31
    data["calendar"][1]["start"] = "2025-13-01"
    del data["title"]
    with pytest.raises(CatalogError) as caught:
        catalog_from_dict(data)
    problems = caught.value.problems
    assert "catalog: 'title' is missing" in problems
    assert "oit_items[3] (O4): 'formats' must be a list of strings" in problems
    assert any("Buddhist Era year" in p and "2025" in p for p in problems)
    assert any(p.startswith("oit_items[5] (O6) deadline:") and "31" in p for p in problems)
    assert any(p.startswith("calendar[1]:") and "2025-13-01" in p for p in problems)
    message = str(caught.value)
    assert message.startswith(f"Catalog error ({len(problems)} problems):")
    for problem in problems:
        assert problem in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["weights"].update(OIT="45"), "must add up to 100, not 105"),
        (lambda d: d["minimum_samples"].pop("EIT2"), "minimum_samples: 'EIT2' is missing"),
        (lambda d: d["oit_items"][0].update(code="O-1"), "must be O followed by a number"),
        (lambda d: d["oit_items"][0].update(indicator="9.9"), "'9.9' is not a sub-indicator"),
        (lambda d: d["oit_items"][0].update(components=[]), "'components' must have at least"),
        (lambda d: d["oit_items"][0].update(formats=["PDF", "PDF"]), "more than once"),
        (lambda d: d["oit_items"][0].update(points="-1"), "must not be negative"),
        (lambda d: d["oit_items"][0].update(title=" "), "'title' must not be empty"),
        (lambda d: d["oit_items"][0].update(extra=1), "unknown field 'extra'"),
        (lambda d: d["oit_items"][0]["deadline"].update(kind="weekly"), "'kind' must be one of"),
        (lambda d: d["oit_items"][0]["deadline"].update(day=5), "must not have a 'day'"),
        (lambda d: d["oit_items"][0]["deadline"].update(date="2030-01-01"), "outside fiscal"),
        (lambda d: d["calendar"][0].update(start="2025-01-02", end="2025-01-01"), "after it"),
        (lambda d: d["calendar"][0].update(end="2026-06-30"), "outside fiscal year 2568"),
        (lambda d: d["calendar"][1].update(order=1), "order 1 is used by more than one"),
        (lambda d: d["eit2_groups"][0].update(section="งานอื่น"), "not one of the EIT sections"),
        (lambda d: d["indicators"][0].update(points="15"), "IIT indicators' points add up to 31"),
        (lambda d: d.update(framework="army"), "'framework' must be one of"),
    ],
)
def test_invalid_content_is_refused(change: Any, expected: str) -> None:
    data = content()
    change(data)
    with pytest.raises(CatalogError) as caught:
        catalog_from_dict(data)
    assert expected in str(caught.value)


def test_monthly_deadline_day_must_fit_every_month() -> None:
    data = content()
    o6 = item_index(data, "O6")
    data["oit_items"][o6]["deadline"]["day"] = 29
    with pytest.raises(CatalogError, match="'day' must be between 1 and 28, not 29"):
        catalog_from_dict(data)


def test_points_mismatch_is_refused_by_catalog_from_dict() -> None:
    data = content()
    data["oit_items"][0]["points"] = "2"
    with pytest.raises(CatalogError) as caught:
        catalog_from_dict(data)
    assert caught.value.problems == [
        "oit_items: the item points add up to 40.5, not to the OIT weight 40",
        "oit_items: the points of the items under sub-indicator 9.1 add up to 8, "
        "not to its 7.5 points",
    ]


def test_catalogs_are_immutable(imm2568: Catalog) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        imm2568.fiscal_year = 2569  # type: ignore[misc]


# --- files --------------------------------------------------------------------------------


def test_save_and_load_round_trip(tmp_path: Path, police2568: Catalog) -> None:
    path = tmp_path / "police.json"
    save_catalog_file(police2568, path)
    assert load_catalog_file(path) == police2568
    text = path.read_text(encoding="utf-8")
    assert json.loads(text)["format"] == FORMAT_TAG
    assert "กต.ตร." in text
    assert text.endswith("}\n")
    assert [p.name for p in tmp_path.iterdir()] == ["police.json"]


def test_save_replaces_an_existing_file(tmp_path: Path, imm2568: Catalog) -> None:
    path = tmp_path / "catalog.json"
    path.write_text("old", encoding="utf-8")
    save_catalog_file(imm2568, path)
    assert load_catalog_file(path) == imm2568


def test_save_refuses_a_catalog_that_would_not_load(tmp_path: Path, imm2568: Catalog) -> None:
    path = tmp_path / "catalog.json"
    path.write_text("previous", encoding="utf-8")
    unbalanced = remove_oit_item(imm2568, "O24")
    with pytest.raises(CatalogError, match="add up to 38, not to the OIT weight 40"):
        save_catalog_file(unbalanced, path)
    assert path.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["catalog.json"]


def test_a_file_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    text = json.dumps(file_document(content()), ensure_ascii=False)
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert load_catalog_file(path).fiscal_year == 2568


def refused(path: Path) -> str:
    with pytest.raises(CatalogError) as caught:
        load_catalog_file(path)
    message = str(caught.value)
    assert str(path) in message
    assert caught.value.source == str(path)
    return message


def test_refuses_a_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "ita-desktop-catalog", ', encoding="utf-8")
    assert "not valid JSON" in refused(path)


def test_refuses_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "tis620.json"
    path.write_bytes('{"title": "กรอบการประเมิน"}'.encode("tis-620"))
    assert "not UTF-8" in refused(path)


def test_refuses_a_json_file_that_is_not_a_catalog(tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "other.json", {"format": "ita-desktop-roster", "format_version": 1}
    )
    message = refused(path)
    assert "not an ITA Desktop catalog" in message and "'ita-desktop-roster'" in message
    assert "no 'format' field" in refused(write_json(tmp_path / "plain.json", content()))
    assert "not an object" in refused(write_json(tmp_path / "list.json", [1, 2]))


def test_refuses_a_newer_format_version(tmp_path: Path) -> None:
    document = file_document(content())
    document["format_version"] = FORMAT_VERSION + 1
    message = refused(write_json(tmp_path / "future.json", document))
    assert "newer version of ITA Desktop" in message
    assert f"format_version {FORMAT_VERSION + 1}" in message


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
    assert "too big" in refused(path) and "5 MB" in refused(path)


def test_refuses_nan_points(tmp_path: Path) -> None:
    path = tmp_path / "nan.json"
    text = json.dumps(file_document(content()), ensure_ascii=False)
    path.write_text(text.replace('"points": "1.5"', '"points": NaN', 1), encoding="utf-8")
    assert "not valid JSON" in refused(path)


# --- a new year ---------------------------------------------------------------------------


def test_start_new_year_moves_dates_and_years(imm2568: Catalog) -> None:
    new = start_new_year(imm2568, 2569)
    assert new.fiscal_year == 2569
    assert new.title == "กรอบการประเมิน ITA ของตรวจคนเข้าเมืองจังหวัด ปีงบประมาณ พ.ศ. ๒๕๖๙"
    assert new.calendar[0].start == date(2025, 10, 1)
    assert new.calendar[-1].end == date(2026, 9, 30)
    by_code = {item.code: item for item in new.oit_items}
    assert by_code["O1"].deadline == Deadline(
        "date", date(2026, 2, 28), None, "ดำเนินการเสร็จสิ้น ภายใน ก.พ.69"
    )
    assert by_code["O3"].deadline.text == "ดำเนินการเสร็จสิ้น ภายใน มี.ค.69"
    assert by_code["O6"].deadline == imm2568.oit_items[5].deadline  # monthly: nothing to move
    assert by_code["O6"].components[0].endswith("พ.ศ. 2569 (ต.ค.68 - มี.ค.69) แยกเป็นรายเดือน")
    assert "(ไตรมาส 4 พ.ศ. 2568 และไตรมาส 1 พ.ศ. 2569)" in by_code["O12"].components[0]
    # Years of laws and codes are not the assessment year and stay as they are.
    assert "พ.ศ. 2560" in by_code["O13"].components[0]
    assert "พ.ร.บ.คนเข้าเมือง พ.ศ. 2522" in by_code["O10"].components[2]
    assert "ลงวันที่ 24 สิงหาคม 2560" in by_code["O14"].components[3]
    assert new.notes.startswith(imm2568.notes)
    assert "fiscal year 2569 from the 2568 catalog" in new.notes
    assert catalog_problems(new) == []
    assert imm2568.fiscal_year == 2568  # the original is untouched


def test_start_new_year_keeps_thai_digits(police2568: Catalog) -> None:
    new = start_new_year(police2568, 2569)
    assert new.title.endswith("พ.ศ. ๒๕๖๙")
    o4 = new.oit_items[3]
    assert o4.components[-1].endswith("พ.ศ. ๒๕๖๙ (ต.ค.๖๘ - มี.ค.๖๙)")
    assert o4.deadline.text == "ดำเนินการเสร็จสิ้น ภายใน มี.ค.๖๙"
    o22 = new.oit_items[21]
    assert "พ.ศ. ๒๕๖๔" in o22.components[0] and "๑ กันยายน ๒๕๖๔" in o22.components[0]
    assert "ในปีงบประมาณ พ.ศ. ๒๕๖๙" in new.calendar[3].description


def test_start_new_year_from_a_leap_day() -> None:
    old = load_bundled_catalog("immigration", 2567)
    new = start_new_year(old, 2568)
    o1 = new.oit_items[0]
    assert o1.deadline.date == date(2025, 2, 28)
    assert o1.deadline.text == "ดำเนินการให้แล้วเสร็จภายใน ๒๘ ก.พ. ๒๕๖๘"
    assert new.oit_items[5].components[0].endswith("(๑ ต.ค. ๒๕๖๗ - ๓๑ มี.ค. ๒๕๖๘)")
    assert new.oit_items[4].deadline.text == "เผยแพร่อย่างต่อเนื่องตั้งแต่เดือน ต.ค. ๒๕๖๗"


def test_start_new_year_over_several_years(imm2568: Catalog) -> None:
    new = start_new_year(imm2568, 2571)
    assert new.calendar[0].start == date(2027, 10, 1)
    assert new.oit_items[0].deadline.text == "ดำเนินการเสร็จสิ้น ภายใน ก.พ.71"
    assert "by +3 year(s)" in new.notes


def test_start_new_year_refuses_the_same_or_a_ce_year(imm2568: Catalog) -> None:
    with pytest.raises(CatalogError, match="already for fiscal year 2568"):
        start_new_year(imm2568, 2568)
    with pytest.raises(CatalogError, match="Buddhist Era"):
        start_new_year(imm2568, 2026)


# --- editing ------------------------------------------------------------------------------


def new_item(code: str = "O25", points: str = "2") -> OitItem:
    return OitItem(
        code=code,
        indicator="10.2",
        title="ข้อทดสอบ",
        components=["องค์ประกอบ"],
        formats=["PDF"],
        deadline=Deadline("monthly", day=5, text="รายงานผลทุกวันที่ 5 ของเดือนถัดไป"),
        points=Decimal(points),
    )


def test_add_oit_item_tolerates_the_points_balance(imm2568: Catalog) -> None:
    added = add_oit_item(imm2568, new_item())
    assert [item.code for item in added.oit_items][-2:] == ["O24", "O25"]
    assert len(imm2568.oit_items) == 24
    problems = catalog_problems(added)
    assert "oit_items: the item points add up to 42, not to the OIT weight 40" in problems
    with pytest.raises(CatalogError):
        catalog_from_dict(catalog_to_dict(added))


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


def test_remove_oit_item(imm2568: Catalog) -> None:
    removed = remove_oit_item(imm2568, "O24")
    assert [item.code for item in removed.oit_items] == [f"O{n}" for n in range(1, 24)]
    assert any("add up to 38" in problem for problem in catalog_problems(removed))
    with pytest.raises(CatalogError, match="no OIT item 'O99'"):
        remove_oit_item(imm2568, "O99")


def test_update_oit_item(imm2568: Catalog) -> None:
    updated = update_oit_item(
        imm2568, "O4", title="ช่องทางการติดต่อ", formats=["URL", "PDF"], points=2
    )
    o4 = updated.oit_items[3]
    assert (o4.title, o4.formats, o4.points) == ("ช่องทางการติดต่อ", ["URL", "PDF"], 2)
    assert isinstance(o4.points, Decimal)  # an int is normalised
    assert imm2568.oit_items[3].title != "ช่องทางการติดต่อ"
    assert any("add up to 40.5" in problem for problem in catalog_problems(updated))


def test_update_oit_item_refuses_bad_changes(imm2568: Catalog) -> None:
    with pytest.raises(CatalogError) as caught:
        update_oit_item(imm2568, "O4", formats="PDF")
    assert caught.value.problems == ["oit_items[3] (O4): 'formats' must be a list of strings"]
    with pytest.raises(CatalogError, match="no field 'owner'"):
        update_oit_item(imm2568, "O4", owner="x")
    with pytest.raises(CatalogError, match="already an OIT item O5"):
        update_oit_item(imm2568, "O4", code="O5")
    with pytest.raises(CatalogError, match="no OIT item 'O40'"):
        update_oit_item(imm2568, "O40", title="x")
    with pytest.raises(CatalogError, match="between 1 and 28"):
        update_oit_item(imm2568, "O6", deadline=Deadline("monthly", day=31, text=""))
    with pytest.raises(CatalogError, match="ISO date"):
        update_oit_item(
            imm2568,
            "O1",
            deadline=Deadline("date", date="28 ก.พ. 68", text=""),  # type: ignore[arg-type]
        )


def test_step_by_step_editing_ends_balanced(imm2568: Catalog) -> None:
    step = remove_oit_item(imm2568, "O24")
    assert catalog_problems(step)
    step = update_oit_item(step, "O23", points=Decimal("4"))
    assert catalog_problems(step) == []
    assert catalog_from_dict(catalog_to_dict(step)) == step


def test_catalog_error_lists_every_problem() -> None:
    error = CatalogError(["first problem", "second problem"], source="x.json")
    assert str(error) == (
        "Catalog file 'x.json' refused (2 problems):\n  - first problem\n  - second problem"
    )
    assert str(CatalogError(["only one"])) == "Catalog error: only one"
    assert isinstance(error, ValueError)
    copied = pickle.loads(pickle.dumps(error))
    assert (copied.problems, copied.source, str(copied)) == (error.problems, "x.json", str(error))


def test_bundled_data_is_not_shared_between_loads() -> None:
    first = load_bundled_catalog("immigration", 2568)
    second = load_bundled_catalog("immigration", 2568)
    first.oit_items[0].components.append("x")
    assert second.oit_items[0].components[-1] != "x"
    assert copy.deepcopy(second) == second
