"""The fact sheet and the roster built from plain data: people in official order, the section
heads the unit recorded, and the date the data is as of."""

from __future__ import annotations

from datetime import date

import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.roster import Person
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.domain.units import UnitKind
from ita_desktop.reports.model import Paragraph, Table
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.reports.render_pdf import render_pdf
from ita_desktop.reports.unit_data import unit_data
from ita_desktop.reports.unit_reports import UNCONFIRMED_NOTE, build_fact_sheet, build_roster

UNIT = UnitProfile(kind=UnitKind.PROVINCIAL_IMMIGRATION, full_name="ตรวจคนเข้าเมืองจังหวัดทดสอบ",
                   short_name="ตม.จว.ทดสอบ", commander_id=1, data_as_of=date(2025, 4, 21))
# Entered in no particular order: the documents must not list them this way.
PEOPLE = [
    Person("pol_capt", "ณัฐพล", "แก้วมณี", position="รองสารวัตร",
           section_key="investigation_suppression", id=5),
    Person("pol_lt_col", "อรุณี", "ทองประเสริฐ", female=True, position="สารวัตร",
           section_key="administration", id=4),
    Person("pol_maj", "ชัยวัฒน์", "บุญเรือง", position="สารวัตร",
           section_key="investigation_suppression", id=3),
    Person("pol_lt_col", "กิตติพงษ์", "ศรีสว่าง", position="รองผู้กำกับการ",
           section_key="administration", id=2),
    Person("pol_col", "ธีรวัฒน์", "แสงอรุณ", position="ผู้กำกับการ",
           section_key="administration", id=1),
    Person("pol_maj", "ย้าย", "ออกไป", position="สารวัตร", section_key="administration",
           active=False, id=6),
]
IN_ORDER = ["ธีรวัฒน์", "กิตติพงษ์", "อรุณี", "ชัยวัฒน์", "ณัฐพล"]


def _texts(doc) -> list[str]:
    found = []
    for part in doc.parts:
        if isinstance(part, Paragraph):
            found.append("".join(r.text for r in part.runs))
    return found


def _table(doc, title: str) -> Table:
    return next(p for p in doc.parts if isinstance(p, Table) and p.title == title)


def _column(table: Table, index: int) -> list[str]:
    return ["".join(r.text for r in row[index].runs) for row in table.rows]


def test_both_reports_list_serving_people_in_official_order():
    data = unit_data(UNIT, PEOPLE, None)
    assert [next(f for f in IN_ORDER if f in p["name"]) for p in data["people"]] == IN_ORDER
    fact = build_fact_sheet(data, 2568, DigitStyle.THAI, (), None)
    roster = build_roster(data, 2568, DigitStyle.THAI, (), None)
    for doc in (fact, roster):
        names = _column(_table(doc, "บัญชีรายชื่อ"), 1)
        assert [next(f for f in IN_ORDER if f in n) for n in names] == IN_ORDER
        assert not any("ย้าย" in n for n in names)


def test_suggested_heads_are_marked_and_never_the_commander():
    data = unit_data(UNIT, PEOPLE, None)
    fact = build_fact_sheet(data, 2568, DigitStyle.THAI, (), None)
    heads = _column(_table(fact, "สายงาน"), 1)
    assert heads[0] == "พ.ต.ท.กิตติพงษ์ ศรีสว่าง รองผู้กำกับการ *"
    assert heads[1] == "พ.ต.ต.ชัยวัฒน์ บุญเรือง สารวัตร *"
    assert heads[2:] == ["-", "-", "-"]
    texts = _texts(fact)
    assert UNCONFIRMED_NOTE in texts
    assert not any("ผู้มียศสูงสุด" in t for t in texts)


def test_confirmed_heads_are_printed_as_recorded_without_a_note():
    unit = UnitProfile(**{**UNIT.__dict__, "section_heads": (
        ("administration", 4), ("investigation_suppression", 3))})
    fact = build_fact_sheet(unit_data(unit, PEOPLE, None), 2568, DigitStyle.THAI, (), None)
    heads = _column(_table(fact, "สายงาน"), 1)
    assert heads[:2] == ["พ.ต.ท.หญิง อรุณี ทองประเสริฐ สารวัตร",
                         "พ.ต.ต.ชัยวัฒน์ บุญเรือง สารวัตร"]
    assert UNCONFIRMED_NOTE not in _texts(fact)


def test_a_recorded_head_who_left_is_not_printed():
    unit = UnitProfile(**{**UNIT.__dict__, "section_heads": (("administration", 6),)})
    data = unit_data(unit, PEOPLE, None)
    assert data["sections"][0]["confirmed"] is False
    heads = _column(_table(build_fact_sheet(data, 2568, DigitStyle.THAI, (), None), "สายงาน"), 1)
    assert "ย้าย" not in heads[0] and heads[0].endswith(" *")


@pytest.mark.parametrize(("digits", "line"), [
    (DigitStyle.THAI, "ข้อมูล ณ วันที่ ๒๑ เมษายน ๒๕๖๘"),
    (DigitStyle.ARABIC, "ข้อมูล ณ วันที่ 21 เมษายน 2568"),
])
def test_the_fact_sheet_says_when_its_data_is_from_in_its_digits(digits, line):
    data = unit_data(UNIT, PEOPLE, None)
    assert data["as_of"] == "2025-04-21"
    fact = build_fact_sheet(data, 2568, digits, (), None)
    assert line in _texts(fact)
    assert line in _texts(build_roster(data, 2568, digits, (), None))
    text = " ".join(pdf_pages_text(render_pdf(fact)))
    assert " ".join(line.split()) in " ".join(text.split())


def test_both_reports_keep_the_unit_and_every_serving_persons_names_whole():
    data = unit_data(UNIT, PEOPLE, None)
    for doc in (build_fact_sheet(data, 2568, DigitStyle.THAI, (), None),
                build_roster(data, 2568, DigitStyle.THAI, (), None)):
        assert {"ทดสอบ", "อรุณี", "ทองประเสริฐ", "ธีรวัฒน์", "แสงอรุณ", "ณัฐพล", "แก้วมณี"} \
            <= doc.keep_whole
        assert not doc.keep_whole & {"ย้าย", "ออกไป"}  # left the unit: printed nowhere
