"""Names in a roster workbook as Excel hands them over: a date cell where a name should be,
invisible characters, look-alikes of people already in the roster."""

from __future__ import annotations

from datetime import datetime

from ita_desktop.domain.roster import Person, check_roster_rows
from ita_desktop.domain.units import UnitKind
from ita_desktop.exchange.roster_xlsx import read_roster
from tests.files import roster_file

KIND = UnitKind.PROVINCIAL_IMMIGRATION


def test_a_date_cell_in_the_name_column_is_refused_as_a_date(tmp_path):
    """A sheet whose columns slid by one puts a date of birth under ชื่อ: Excel keeps it as a
    date, and it must not become a person called "2024-05-12 00:00:00"."""
    path = roster_file(tmp_path / "r.xlsx", [
        ["ด.ต.", datetime(2024, 5, 12), "ใจดี", ""],  # type: ignore[list-item]
        ["ด.ต.", "สมชาย", "12/05/2567", ""],
        ["ด.ต.", "สมศักดิ์", "ใจงาม", ""],
    ])
    sheet = read_roster(path)
    preview = check_roster_rows(sheet.columns, sheet.rows, [], KIND)
    assert [(p.code, p.row, p.column) for p in preview.problems] == [
        ("name_date", 2, "ชื่อ"), ("name_date", 3, "นามสกุล")]
    assert [p.first_name for _, p in preview.people] == ["สมศักดิ์"]
    assert not preview.clean


def test_a_look_alike_of_a_roster_member_in_a_workbook_is_already_in_the_roster(tmp_path):
    path = roster_file(tmp_path / "r.xlsx", [["ด.ต.", "ล\u0e4d\u0e32ดวน\u200b", "ใจดี", ""]])
    sheet = read_roster(path)
    existing = [Person(rank_key="pol_capt", first_name="ลำดวน", last_name="ใจดี")]
    preview = check_roster_rows(sheet.columns, sheet.rows, existing, KIND)
    assert [p.code for p in preview.problems] == ["duplicate_in_roster"]
