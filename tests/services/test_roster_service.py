"""Roster use cases without a window: import a workbook, save people, signatures, export."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from ita_desktop.domain.roster import Person
from ita_desktop.errors import AppError
from ita_desktop.exchange.roster_xlsx import RosterFileError
from ita_desktop.media.images import ImageFileError
from ita_desktop.services import roster
from ita_desktop.store.errors import ProblemsError, WriteError
from ita_desktop.store.people import PeopleRepository
from tests.files import roster_file, signature_scan

GOOD = [["พ.ต.ท.", "ใหม่", "หนึ่ง", "งานอำนวยการ"], ["ส.ต.ต.", "ใหม่", "สอง", ""]]


def test_clean_file_is_checked_then_imported_in_one_go(demo_db, tmp_path):
    people = PeopleRepository(demo_db)
    before = people.count()
    check = roster.check_roster_file(roster_file(tmp_path / "r.xlsx", GOOD), people.all(),
                                     roster.unit_kind(demo_db))
    assert check.clean and [p.first_name for p in check.people] == ["ใหม่", "ใหม่"]
    assert people.count() == before  # checking writes nothing
    assert roster.import_roster(demo_db, check) == 2
    assert people.count() == before + 2


def test_bad_rows_are_listed_and_nothing_is_imported(demo_db, tmp_path, content):
    path = roster_file(tmp_path / "r.xlsx", [["พ.ต.ท.", "ใหม่", "หนึ่ง", ""],
                                             ["กัปตัน", "ใหม่", "สอง", ""],
                                             ["ด.ต.", "ธีรวัฒน์", "แสงอรุณ", ""]])
    check = roster.check_roster_file(path, PeopleRepository(demo_db).all(),
                                     roster.unit_kind(demo_db))
    assert not check.clean and check.bad_rows == 2
    assert [p.code for p in check.preview.problems] == ["unknown_rank", "duplicate_in_roster"]
    before = content(demo_db.path)
    with pytest.raises(AppError) as info:
        roster.import_roster(demo_db, check)
    assert info.value.code == "services.roster_not_clean" and info.value.values["count"] == 2
    assert content(demo_db.path) == before


def test_a_person_added_since_the_preview_is_not_added_twice(demo_db, tmp_path):
    people = PeopleRepository(demo_db)
    check = roster.check_roster_file(roster_file(tmp_path / "r.xlsx", GOOD), people.all(),
                                     roster.unit_kind(demo_db))
    roster.save_person(demo_db, check.people[1])
    count = people.count()
    with pytest.raises(AppError) as info:
        roster.import_roster(demo_db, check)
    assert info.value.code == "services.roster_added_meanwhile"
    assert info.value.values["count"] == 1
    assert people.count() == count


def test_two_imports_of_one_file_at_once_add_its_people_once(demo_db, tmp_path):
    """Once, two windows importing the same workbook both added everyone (30 duplicates in
    10 rounds). The second checked its file before the first committed; its import must see
    the first's rows and refuse, saying why."""
    from ita_desktop.store import open_database

    path = roster_file(tmp_path / "r.xlsx", GOOD)
    other = open_database(demo_db.path)
    try:
        people, theirs = PeopleRepository(demo_db), PeopleRepository(other)
        before = people.count()
        mine = roster.check_roster_file(path, people.all(), roster.unit_kind(demo_db))
        their_check = roster.check_roster_file(path, theirs.all(), roster.unit_kind(other))
        assert mine.clean and their_check.clean
        assert roster.import_roster(other, their_check) == 2
        with pytest.raises(AppError) as info:
            roster.import_roster(demo_db, mine)
        assert info.value.code == "services.roster_added_meanwhile"
        assert info.value.values["count"] == 2
        assert "Correct the file" not in info.value.english()
        assert people.count() == theirs.count() == before + 2
        names = [(p.first_name, p.last_name) for p in people.all()]
        assert len(names) == len(set(names))
    finally:
        other.close()


def test_unreadable_roster_file_says_why(tmp_path):
    path = tmp_path / "roster.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(RosterFileError, match="cannot be read as an Excel workbook"):
        roster.read_roster_file(path)


@pytest.mark.parametrize("how", ["locked", "read_only"])
def test_import_into_a_database_that_cannot_be_written_changes_nothing(
        demo_db, tmp_path, write_blocked, content, how):
    check = roster.check_roster_file(roster_file(tmp_path / "r.xlsx", GOOD),
                                     PeopleRepository(demo_db).all(), roster.unit_kind(demo_db))
    before = content(demo_db.path)
    with write_blocked(demo_db, how), pytest.raises(WriteError) as info:
        roster.import_roster(demo_db, check)
    assert info.value.code == f"store.{how}"
    assert content(demo_db.path) == before


def test_person_and_signature_are_saved_together_or_not_at_all(demo_db, tmp_path,
                                                                monkeypatch):
    people = PeopleRepository(demo_db)
    png = roster.decode_signature(signature_scan(tmp_path / "s.png"))
    assert png.startswith(b"\x89PNG")
    newcomer = Person(rank_key="pol_lt", first_name="ลายมือ", last_name="ทดสอบ")
    count = people.count()

    def full(self, person_id: int, data: bytes | None) -> None:
        raise WriteError("store.disk_full", demo_db.path)

    with monkeypatch.context() as patch:
        patch.setattr(PeopleRepository, "set_signature", full)
        with pytest.raises(WriteError):
            roster.save_person(demo_db, newcomer, signature=png)
    assert people.count() == count

    saved = roster.save_person(demo_db, newcomer, signature=png)
    assert saved.id is not None and people.signature(saved.id) == png
    renamed = roster.save_person(demo_db, Person(**{**saved.__dict__, "last_name": "ใหม่"}))
    assert people.get(saved.id).last_name == "ใหม่" == renamed.last_name
    assert people.signature(saved.id) == png  # UNCHANGED keeps it
    roster.save_person(demo_db, renamed, signature=None)
    assert people.signature(saved.id) is None


def test_bad_person_is_refused_with_the_problems(demo_db):
    with pytest.raises(ProblemsError) as info:
        roster.save_person(demo_db, Person(rank_key="pol_lt", first_name="", last_name="x"))
    assert [p.code for p in info.value.problems] == ["empty_name"]


@pytest.mark.parametrize("how", ["locked", "read_only"])
def test_mark_as_left_on_a_blocked_database_changes_nothing(demo_db, write_blocked, content,
                                                           how):
    person = PeopleRepository(demo_db).all(include_inactive=False)[3]
    before = content(demo_db.path)
    with write_blocked(demo_db, how), pytest.raises(WriteError):
        roster.set_left(demo_db, person.id, True)
    assert content(demo_db.path) == before
    left = roster.set_left(demo_db, person.id, True)
    assert not left.active and left.left_on is not None
    assert roster.set_left(demo_db, person.id, False).active


def test_signature_import_decodes_then_stores(demo_db, tmp_path, content):
    people = PeopleRepository(demo_db)
    person = people.all()[2]
    blank = tmp_path / "blank.png"
    from PIL import Image

    Image.new("RGB", (400, 120), "white").save(blank)
    before = content(demo_db.path)
    with pytest.raises(ImageFileError) as info:
        roster.import_signature(demo_db, person.id, blank)
    assert info.value.kind == "blank" and content(demo_db.path) == before
    roster.import_signature(demo_db, person.id, signature_scan(tmp_path / "s.png"))
    assert people.signature(person.id).startswith(b"\x89PNG")
    with pytest.raises(AppError) as missing:
        roster.import_signature(demo_db, 9999, signature_scan(tmp_path / "s.png"))
    assert missing.value.code == "store.no_person"


def test_find_person_by_number_or_part_of_the_name(demo_db):
    people = PeopleRepository(demo_db).all(include_inactive=False)
    first = people[0]
    assert roster.find_person(demo_db, str(first.id)) == first
    assert roster.find_person(demo_db, first.first_name + " " + first.last_name) == first
    with pytest.raises(AppError) as info:
        roster.find_person(demo_db, "ไม่มีใครชื่อนี้")
    assert info.value.code == "services.person_not_found" and info.value.values["count"] == 0
    left = [p for p in PeopleRepository(demo_db).all() if not p.active][0]
    with pytest.raises(AppError):
        roster.find_person(demo_db, str(left.id))  # people who left do not sign


def test_export_writes_a_workbook_that_imports_again(demo_db, tmp_path):
    out = tmp_path / "roster.xlsx"
    count = roster.export_roster_of(demo_db, out)
    assert count == PeopleRepository(demo_db).count()
    assert load_workbook(out).active.max_row == 1 + count
    sheet = roster.read_roster_file(out)
    assert len(sheet.rows) == count


def test_the_workbook_lists_people_in_official_order_not_in_the_order_entered(demo_db,
                                                                             tmp_path):
    # A deputy superintendent entered last stands second, after the commander.
    roster.save_person(demo_db, Person("pol_lt_col", "มาใหม่", "ภายหลัง",
                                       position="รองผู้กำกับการตรวจคนเข้าเมืองจังหวัดศรีวารินทร์",
                                       section_key="administration"))
    out = tmp_path / "roster.xlsx"
    roster.export_roster_of(demo_db, out)
    firsts = [values["first_name"] for _, values in roster.read_roster_file(out).rows]
    assert firsts[:3] == ["ธีรวัฒน์", "กิตติพงษ์", "มาใหม่"]
    # The officer who left closes the list.
    assert firsts[-1] == "บุญชู"


def test_a_person_is_stored_with_names_in_their_normal_form(demo_db):
    """A name pasted with a zero-width space, ํ + า for ำ and a tone typed before its vowel
    is stored as it draws, so the next look-alike is found as the same person."""
    typed = Person(rank_key="pol_lt", first_name="ล\u0e4d\u0e32ดวน\u200b",
                   last_name=" ก\u0e48\u0e34งทอง ", position="รองสารวัตร\u200b")
    saved = roster.save_person(demo_db, typed)
    stored = PeopleRepository(demo_db).get(saved.id)
    assert (stored.first_name, stored.last_name, stored.position) == (
        "ลำดวน", "กิ่งทอง", "รองสารวัตร")
    assert saved == stored
    twin = Person(rank_key="pol_capt", first_name="ลำดวน", last_name="กิ่งทอง")
    assert PeopleRepository(demo_db).find_same_name(twin) == stored


@pytest.mark.parametrize(("first", "code"), [
    ("\u200b", "only_invisible"), ("\u0e34\u0e48", "stray_mark"), ("😀", "name_symbols"),
    ("12/05/2567", "name_date"),
])
def test_a_name_that_cannot_be_a_name_is_not_saved(demo_db, content, first, code):
    before = content(demo_db.path)
    with pytest.raises(ProblemsError) as info:
        roster.save_person(demo_db, Person(rank_key="pol_lt", first_name=first,
                                           last_name="ใจดี"))
    assert [p.code for p in info.value.problems] == [code]
    assert content(demo_db.path) == before


def test_the_blank_template_filled_in_below_its_example_imports_the_people(demo_db,
                                                                           tmp_path):
    from openpyxl import load_workbook

    from ita_desktop.domain.units import UnitKind

    path = tmp_path / "template.xlsx"
    roster.save_template(path, UnitKind.PROVINCIAL_IMMIGRATION)
    book = load_workbook(path)
    book.active.append(["ด.ต.", "สมศักดิ์", "ใจงาม"])
    book.save(path)
    people = PeopleRepository(demo_db)
    check = roster.check_roster_file(path, people.all(), roster.unit_kind(demo_db))
    assert roster.import_roster(demo_db, check) == 1
    assert "ตัวอย่าง" not in {p.first_name for p in people.all()}
    assert "สมศักดิ์" in {p.first_name for p in people.all()}
