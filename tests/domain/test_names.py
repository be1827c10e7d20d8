"""Names as typed: one normal form for look-alikes, and what cannot be a name refused."""

from __future__ import annotations

import pytest

from ita_desktop.domain.roster import (
    Person,
    check_roster_rows,
    name_key,
    normalised_person,
    person_problems,
)
from ita_desktop.domain.units import UnitKind

KIND = UnitKind.PROVINCIAL_IMMIGRATION
COLUMNS = ["rank", "first_name", "last_name", "note"]


def person(first: str, last: str = "ใจดี", **more: str) -> Person:
    return Person(rank_key="pol_capt", first_name=first, last_name=last, **more)


def codes(found: Person) -> list[tuple[str, str]]:
    return [(p.code, p.column) for p in person_problems(found, KIND)]


@pytest.mark.parametrize(("first", "code"), [
    ("\u200b", "only_invisible"),  # prints blank in a signed PDF
    ("\u200b\u200d\ufeff", "only_invisible"),
    ("\u0e34\u0e48", "stray_mark"),  # marks alone overlap the row above
    ("\u0e39", "stray_mark"),
    ("😀", "name_symbols"),  # prints as a box
    ("สมชาย👍🏽", "name_symbols"),
    ("สม☎ชาย", "name_symbols"),
    ("12/05/2567", "name_date"),
    ("2024-05-12 00:00:00", "name_date"),  # a date cell of Excel, as read
    ("12 พ.ค. 2567", "name_date"),
    ("๑๒ พฤษภาคม ๒๕๖๗", "name_date"),
    ("0812345678", "name_no_letters"),
    ("-", "name_no_letters"),
    ("สม\x07ชาย", "name_symbols"),  # a control character
])
def test_what_cannot_be_a_name_is_refused(first: str, code: str) -> None:
    assert codes(person(first)) == [(code, "first_name")]
    assert codes(person("สมชาย", first)) == [(code, "last_name")]


@pytest.mark.parametrize("name", ["สมชาย", "มีนาคม", "ณัฐ", "John-Paul", "O'Neil", "René",
                                  "สมชาย (จูเนียร์)", "กิ่งแก้ว", "ฤๅษี"])
def test_real_names_pass(name: str) -> None:
    assert codes(person(name, name)) == []


def test_positions_are_checked_as_printed_text() -> None:
    assert codes(person("สมชาย", position="สารวัตร🚓")) == [("unprintable", "position")]
    assert codes(person("สมชาย", position_abbr="\u0e48สว.")) == [("stray_mark",
                                                                  "position_abbr")]
    assert codes(person("สมชาย", position="ผบ.หมู่ 1")) == []


def test_the_message_names_the_field_and_shows_the_characters() -> None:
    [problem] = person_problems(person("สมชาย😀"), KIND)
    assert problem.english() == "'first_name' has characters no name has (😀 U+1F600): 'สมชาย😀'"
    [problem] = person_problems(person("\u0e34"), KIND)
    assert "U+0E34" in problem.english()


@pytest.mark.parametrize(("typed", "same_as"), [
    ("ล\u0e4d\u0e32ดวน", "ลำดวน"),  # ํ + า for ำ
    ("ก\u0e48\u0e34งแก\u0e49ว", "กิ่งแก้ว"),  # tone before vowel
    ("สม\u200bชาย", "สมชาย"),  # a zero-width space inside
    ("สมชาย\u200b", "สมชาย"),
])
def test_look_alike_names_are_one_name(typed: str, same_as: str) -> None:
    assert name_key(typed, "ใจดี") == name_key(same_as, "ใจดี")
    assert normalised_person(person(typed)).first_name == same_as


def rows(*names: tuple[str, str]) -> list[tuple[int, dict[str, str]]]:
    return [(n, {"rank": "ด.ต.", "first_name": f, "last_name": last})
            for n, (f, last) in enumerate(names, start=2)]


def test_look_alikes_in_one_file_are_duplicates() -> None:
    preview = check_roster_rows(COLUMNS, rows(("ลำดวน", "ใจดี"), ("ล\u0e4d\u0e32ดวน", "ใจดี"),
                                              ("กิ่ง", "ทอง"), ("ก\u0e48\u0e34ง", "ทอง")),
                                [], KIND)
    assert [(p.code, p.row, p.other) for p in preview.problems] == [
        ("duplicate_in_file", 3, "2"), ("duplicate_in_file", 5, "4")]


def test_a_look_alike_of_someone_in_the_roster_is_a_duplicate() -> None:
    existing = [person("ลำดวน")]
    preview = check_roster_rows(COLUMNS, rows(("ล\u0e4d\u0e32ดวน", "ใจ\u200bดี")), existing,
                                KIND)
    assert [p.code for p in preview.problems] == ["duplicate_in_roster"]


def test_imported_names_come_in_their_normal_form() -> None:
    preview = check_roster_rows(COLUMNS, rows(("ล\u0e4d\u0e32ดวน\u200b", " ก\u0e48\u0e34ง ")),
                                [], KIND)
    [(_, found)] = preview.people
    assert (found.first_name, found.last_name) == ("ลำดวน", "กิ่ง")


def test_an_unprintable_name_in_a_file_names_the_row_and_the_column() -> None:
    preview = check_roster_rows(COLUMNS, rows(("สมชาย", "ใจดี"), ("\u200b", "ใจดี"),
                                              ("12/05/2567", "ทอง")), [], KIND)
    assert [(p.code, p.row, p.column) for p in preview.problems] == [
        ("only_invisible", 3, "ชื่อ"), ("name_date", 4, "ชื่อ")]
    assert preview.problems[0].english().startswith("row 3: 'ชื่อ' holds only invisible")
    assert not preview.clean
