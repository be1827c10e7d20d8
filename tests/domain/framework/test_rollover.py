"""Starting next fiscal year's framework from this year's."""

from __future__ import annotations

from datetime import date

import pytest

from ita_desktop.domain.framework import (
    Catalog,
    CatalogError,
    Deadline,
    DeadlineKind,
    catalog_problems,
    start_new_year,
)


def test_start_new_year_moves_dates_and_years(imm2568: Catalog) -> None:
    new = start_new_year(imm2568, 2569)
    assert new.fiscal_year == 2569
    assert new.title == "กรอบการประเมิน ITA ของตรวจคนเข้าเมืองจังหวัด ปีงบประมาณ พ.ศ. ๒๕๖๙"
    assert new.calendar[0].start == date(2025, 10, 1)
    assert new.calendar[-1].end == date(2026, 9, 30)
    by_code = {item.code: item for item in new.oit_items}
    assert by_code["O1"].deadline == Deadline(
        DeadlineKind.DATE, date(2026, 2, 28), None, "ดำเนินการเสร็จสิ้น ภายใน ก.พ.69"
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


def test_start_new_year_from_a_leap_day(imm2567: Catalog) -> None:
    new = start_new_year(imm2567, 2568)
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


def test_start_new_year_refuses_the_same_a_ce_or_a_non_year(imm2568: Catalog) -> None:
    with pytest.raises(CatalogError, match="already for fiscal year 2568"):
        start_new_year(imm2568, 2568)
    with pytest.raises(CatalogError, match="Buddhist Era") as caught:
        start_new_year(imm2568, 2026)
    assert caught.value.problems[0].code == "framework.year_not_be"
    with pytest.raises(CatalogError, match="whole number, not '2569'"):
        start_new_year(imm2568, "2569")  # type: ignore[arg-type]
