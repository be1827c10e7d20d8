"""The frameworks shipped in resources/catalogs: what the seeds say, and how they are found."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal

import pytest

from ita_desktop.domain.fiscal import fiscal_year_bounds
from ita_desktop.domain.framework import (
    Catalog,
    CatalogError,
    Deadline,
    DeadlineKind,
    Framework,
    OitItem,
    catalog_problems,
    missing_formats,
)
from ita_desktop.exchange.framework_file import (
    FORMAT_VERSION,
    bundled_catalogs,
    latest_bundled_catalog,
    load_bundled_catalog,
)
from ita_desktop.resources import resource_path

BUNDLED = [("immigration", 2567), ("immigration", 2568), ("police", 2568)]
OIT_SUBS = ["9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2"]


@pytest.fixture
def imm2568() -> Catalog:
    return load_bundled_catalog("immigration", 2568)


@pytest.fixture
def police2568() -> Catalog:
    return load_bundled_catalog("police", 2568)


def test_bundled_catalogs_lists_every_file() -> None:
    assert bundled_catalogs() == BUNDLED
    assert all(isinstance(framework, Framework) for framework, _ in bundled_catalogs())


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
        named = {name for group in item.formats for name in group}
        assert item.formats and named <= {"PDF", "Word", "Excel", "URL"}, item.code
        assert item.deadline.text.strip(), item.code
        if item.deadline.kind is DeadlineKind.DATE:
            assert item.deadline.date is not None
        if item.deadline.kind is DeadlineKind.MONTHLY:
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
        DeadlineKind.DATE, date(2025, 2, 28), None, "ดำเนินการเสร็จสิ้น ภายใน ก.พ.68"
    )
    assert by_code["O6"].deadline == Deadline(
        DeadlineKind.MONTHLY, None, 1, "รายงานผลทุกวันที่ 1 ของเดือนถัดไป"
    )
    assert by_code["O9"].deadline.date == date(2025, 1, 31)
    assert by_code["O6"].formats == [["PDF"], ["Word"], ["URL"]]
    assert by_code["O11"].formats == [["PDF"], ["Excel"], ["URL"]]


# The corrections of issue 15: the catalogs against the seeds' own words.
PDF_AND_EXCEL_OR_WORD = [["PDF"], ["Excel", "Word"], ["URL"]]


def items_of(catalog: Catalog) -> dict[str, OitItem]:
    return {item.code: item for item in catalog.oit_items}


def test_immigration_2567_o10_to_o14_take_excel_or_word_as_seed_002_asks() -> None:
    items = items_of(load_bundled_catalog("immigration", 2567))
    for code in ("O10", "O11", "O12", "O14"):
        assert items[code].formats == PDF_AND_EXCEL_OR_WORD, code
        assert missing_formats(items[code].formats, ["PDF", "Word", "URL"]) == [], code
        assert missing_formats(items[code].formats, ["PDF", "Excel", "URL"]) == [], code
    # O13 names no structured file in the seed, O6 "ไฟล์ Word เท่านั้น" (Word only).
    assert items["O13"].formats == [["PDF"], ["URL"]]
    assert items["O6"].formats == [["PDF"], ["Word"], ["URL"]]
    assert missing_formats(items["O6"].formats, ["PDF", "Excel", "URL"]) == [["Word"]]


def test_immigration_2567_o6_o10_o13_o14_have_no_monthly_cadence() -> None:
    items = items_of(load_bundled_catalog("immigration", 2567))
    for code in ("O6", "O10", "O13", "O14"):
        assert items[code].deadline == Deadline(
            DeadlineKind.DATE, date(2024, 3, 31), None, "ดำเนินการให้แล้วเสร็จภายใน ๓๑ มี.ค. ๒๕๖๗"
        ), code


def test_immigration_2567_plans_550_eit_respondents_for_the_minimum_of_500() -> None:
    catalog = load_bundled_catalog("immigration", 2567)
    assert catalog.minimum_samples["EIT"] == 500
    assert catalog.sample_targets == {"EIT": 550}


def test_immigration_2567_wording_is_the_seeds() -> None:
    catalog = load_bundled_catalog("immigration", 2567)
    items = items_of(catalog)
    assert items["O18"].title == "การมีส่วนร่วมของหัวหน้าตรวจคนเข้าเมืองหรือด่านตรวจคนเข้าเมือง"
    assert items["O24"].title == (
        "การรายงานผลการดำเนินการมาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    )
    assert catalog.calendar[9].title == (
        "การกลั่นกรองและนำเสนอผลการประเมิน รับรองผลก่อนการประกาศและเผยแพร่ผลการประเมิน"
    )


def test_immigration_2568_o12_formats_are_seed_001s_not_2567s(imm2568: Catalog) -> None:
    items = items_of(imm2568)
    assert items["O12"].formats == [["PDF"], ["URL"]]
    assert items["O18"].title == "การมีส่วนร่วมของหัวหน้าตรวจคนเข้าเมืองหรือด่านตรวจคนเข้าเมือง"


def test_police_2568_o11_and_o15_take_excel_or_word_as_seed_003_asks(
    police2568: Catalog,
) -> None:
    items = items_of(police2568)
    assert items["O11"].formats == PDF_AND_EXCEL_OR_WORD
    assert items["O15"].formats == PDF_AND_EXCEL_OR_WORD
    assert items["O13"].formats == [["PDF"], ["Word"], ["Excel"], ["URL"]]  # Excel and Word


def test_immigration_2567_points_are_the_seed_table() -> None:
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


def _phases(catalog: Catalog) -> list[tuple[str, date, date]]:
    return [(phase.group.value, phase.start, phase.end) for phase in catalog.calendar]


P, A, OIT, R = "preparation", "assessment", "oit_check", "results"


def test_immigration_2567_calendar_is_seed_002s_table() -> None:
    catalog = load_bundled_catalog("immigration", 2567)
    assert _phases(catalog) == [
        (P, date(2023, 10, 1), date(2023, 12, 31)),
        (A, date(2024, 1, 1), date(2024, 1, 31)),
        (A, date(2024, 1, 1), date(2024, 1, 31)),
        (A, date(2024, 1, 1), date(2024, 7, 1)),
        (A, date(2024, 1, 1), date(2024, 7, 1)),
        (A, date(2024, 1, 1), date(2024, 4, 30)),
        (OIT, date(2024, 5, 1), date(2024, 6, 15)),
        (OIT, date(2024, 6, 17), date(2024, 6, 26)),
        (R, date(2024, 7, 16), date(2024, 7, 31)),
        (R, date(2024, 8, 1), date(2024, 8, 31)),
    ]


def test_immigration_2568_calendar_has_seed_001s_fourteen_phases(imm2568: Catalog) -> None:
    assert _phases(imm2568) == [
        (P, date(2024, 10, 1), date(2024, 12, 31)),
        (A, date(2025, 1, 1), date(2025, 1, 31)),
        (A, date(2025, 1, 1), date(2025, 1, 31)),
        (A, date(2025, 1, 1), date(2025, 2, 17)),
        (A, date(2025, 1, 1), date(2025, 4, 30)),
        (A, date(2025, 1, 1), date(2025, 6, 30)),
        (A, date(2025, 1, 1), date(2025, 6, 30)),
        (OIT, date(2025, 5, 1), date(2025, 6, 16)),
        (OIT, date(2025, 6, 17), date(2025, 6, 24)),
        (OIT, date(2025, 6, 17), date(2025, 7, 4)),
        (OIT, date(2025, 7, 5), date(2025, 7, 31)),
        (R, date(2025, 8, 1), date(2025, 8, 31)),
        (R, date(2025, 8, 1), date(2025, 8, 31)),
        (R, date(2025, 9, 1), date(2025, 9, 30)),
    ]
    # The seed's two January rows: registration, then the count of internal stakeholders.
    assert "ลงทะเบียน" in imm2568.calendar[1].title
    assert "IIT" not in imm2568.calendar[1].title
    assert imm2568.calendar[2].title == "การระบุจำนวนผู้มีส่วนได้ส่วนเสียภายใน (IIT)"


def test_police_2568_calendar_ends_with_seed_003s_august_row(police2568: Catalog) -> None:
    assert _phases(police2568) == [
        (P, date(2024, 10, 1), date(2024, 12, 31)),
        (A, date(2025, 1, 1), date(2025, 1, 31)),
        (A, date(2025, 1, 1), date(2025, 7, 1)),
        (A, date(2025, 1, 1), date(2025, 7, 1)),
        (A, date(2025, 1, 1), date(2025, 4, 30)),
        (OIT, date(2025, 5, 1), date(2025, 6, 16)),
        (OIT, date(2025, 6, 17), date(2025, 6, 26)),
        (R, date(2025, 7, 16), date(2025, 7, 31)),
        (R, date(2025, 8, 1), date(2025, 8, 31)),
    ]
    last = police2568.calendar[-1]
    assert "ประกาศและเผยแพร่ผลการประเมิน" in last.title
    assert last.responsible == "ผู้ดูแลระบบ"
    assert "stops earlier" not in police2568.notes


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
    assert text.startswith(
        f'{{\n  "format": "ita-desktop-catalog",\n  "format_version": {FORMAT_VERSION},')
    assert "\\u0e" not in text  # Thai written as is, not escaped


def test_latest_bundled_catalog() -> None:
    assert latest_bundled_catalog("immigration").fiscal_year == 2568
    assert latest_bundled_catalog("immigration", up_to_year=2567).fiscal_year == 2567
    assert latest_bundled_catalog("police", up_to_year=2570).fiscal_year == 2568
    with pytest.raises(CatalogError, match="no bundled police framework up to fiscal year 2567"):
        latest_bundled_catalog("police", up_to_year=2567)


def test_load_bundled_catalog_refuses_unknown_ones() -> None:
    with pytest.raises(CatalogError, match="no bundled police framework for fiscal year 2560"):
        load_bundled_catalog("police", 2560)
    with pytest.raises(CatalogError, match="unknown framework '../immigration'"):
        load_bundled_catalog("../immigration", 2568)


def test_bundled_data_is_not_shared_between_loads() -> None:
    first = load_bundled_catalog("immigration", 2568)
    second = load_bundled_catalog("immigration", 2568)
    first.oit_items[0].components.append("x")
    assert second.oit_items[0].components[-1] != "x"
    assert copy.deepcopy(second) == second
