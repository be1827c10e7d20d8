"""The EIT(2) contact workbook for ITAP's upload, read back as ITAP reads it: one sheet, the
header row first, values only, phone numbers as typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from ita_desktop.errors import AppError
from ita_desktop.exchange.eit2_contacts import HEADER, ordered, write_contacts
from tests.oit_year import oit_year


def _read(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    book = load_workbook(path)
    assert book.sheetnames == ["EIT2"]
    return [[cell.value for cell in row] for row in book.active.iter_rows()]


def test_the_header_row_and_one_row_per_contact(tmp_path: Path):
    year = oit_year()
    path = tmp_path / "eit2.xlsx"
    contacts = ordered(year.contacts, [g.description for g in year.catalog.eit2_groups])
    assert write_contacts(path, contacts) == 3
    rows = _read(path)
    assert rows[0] == list(HEADER) == ["ลำดับ", "กลุ่มผู้มีส่วนได้ส่วนเสีย", "ชื่อ-สกุล",
                                       "หน่วยงาน/องค์กร", "หมายเลขโทรศัพท์", "อีเมล"]
    first_group, second_group = (g.description for g in year.catalog.eit2_groups[:2])
    # By the catalog's order of groups, then as entered.
    assert rows[1:] == [
        [1, first_group, "นางสาวมาลี ศรีสุข", "สมาคมแรงงาน", "042-611-000", None],
        [2, first_group, '=HYPERLINK("http://x.example")', None, "+66 81 234 5678", None],
        [3, second_group, "นายสมชาย ใจดี", "บริษัท ท่าเรือ จำกัด", "0812345678",
         "somchai@example.co.th"],
    ]


def test_phone_numbers_are_text_and_nothing_is_a_formula(tmp_path: Path):
    from openpyxl import load_workbook

    path = tmp_path / "eit2.xlsx"
    write_contacts(path, oit_year().contacts)
    sheet = load_workbook(path).active
    phones = [row[4] for row in sheet.iter_rows(min_row=2)]
    assert [cell.value for cell in phones] == ["0812345678", "042-611-000", "+66 81 234 5678"]
    assert all(cell.data_type == "s" for cell in phones)
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    # A name that looks like a formula carries Excel's text mark, so editing keeps it text.
    assert sheet["C4"].quotePrefix


def test_an_empty_list_gives_the_header_alone(tmp_path: Path):
    path = tmp_path / "eit2.xlsx"
    assert write_contacts(path, []) == 0
    assert _read(path) == [list(HEADER)]


def test_a_folder_that_cannot_be_written_is_refused_with_nothing_written(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(AppError) as refused:
        write_contacts(blocker / "eit2.xlsx", oit_year().contacts)
    assert refused.value.code == "eit2.not_written"
    assert [p.name for p in tmp_path.iterdir()] == ["not-a-folder"]
