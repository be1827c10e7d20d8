"""Roster import: the template, reading a workbook, and every kind of bad row and bad file."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from ita_desktop.domain.roster import COLUMN_HEADERS, Person, check_roster_rows
from ita_desktop.domain.units import UnitKind
from ita_desktop.exchange.roster_xlsx import (
    RosterFileError,
    export_roster,
    read_roster,
    write_template,
)
from tests.reports import standin_font
from tests.reports.standin_font import convert

libreoffice_home = standin_font.libreoffice_home

KIND = UnitKind.PROVINCIAL_IMMIGRATION
HEADER = ["ยศ/คำนำหน้า", "ชื่อ", "นามสกุล", "ตำแหน่ง", "สายงาน", "โทรศัพท์", "อีเมล"]
GOOD_ROWS = [
    ["พ.ต.ท.หญิง", "สุดา", "ใจดี", "สารวัตรตรวจคนเข้าเมืองจังหวัดทดสอบ", "งานอำนวยการ",
     812345678, "suda@example.org"],
    ["ว่าที่ ร.ต.ต.", "สมชาย", "ทดสอบ", "รองสารวัตร", "งานบริการคนต่างด้าว", "0811111111", ""],
    ["นางสาว", "กนก", "ใจงาม", "", "", "", ""],
]


def workbook(path: Path, rows: list[list[object]], header: list[str] = HEADER,
             title_rows: int = 0) -> Path:
    book = Workbook()
    sheet = book.active
    for _ in range(title_rows):
        sheet.append(["บัญชีรายชื่อกำลังพล ตม.จว.ทดสอบ"])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def preview(path: Path, existing: list[Person] | None = None):
    sheet = read_roster(path)
    return check_roster_rows(sheet.columns, sheet.rows, existing or [], KIND)


def test_clean_file_gives_people_ready_to_import(tmp_path):
    result = preview(workbook(tmp_path / "r.xlsx", GOOD_ROWS, title_rows=2))
    assert result.clean and not result.problems
    people = [p for _, p in result.people]
    assert [p.display_name for p in people] == [
        "พ.ต.ท.หญิง สุดา ใจดี", "ว่าที่ ร.ต.ต.สมชาย ทดสอบ", "น.ส.กนก ใจงาม"
    ]
    assert people[0].phone == "812345678"
    assert people[0].position_abbr == "สว.ตม.จว.ทดสอบ"
    assert people[0].section_key == "administration"
    assert people[1].acting and people[1].rank_key == "pol_sub_lt"


@pytest.mark.parametrize(
    ("row", "code"),
    [
        (["", "สุดา", "ใจดี"], "missing_value"),
        (["กัปตัน", "สุดา", "ใจดี"], "unknown_rank"),
        (["พ.ต.ท.", "", "ใจดี"], "empty_name"),
        (["พ.ต.ท.", "สุดา", ""], "missing_value"),
        (["นาง หญิง", "สมศรี", "ใจดี"], "female_civilian"),
        (["พ.ต.ท.", "สมศรี", "ใจดี", "", "งานจราจร"], "unknown_section"),
        (["พ.ต.ท.", "สมศรี", "ใจดี", "", "", "", "suda@"], "bad_email"),
        (["พ.ต.ท.", "สมศรี", "ใจดี", "ก" * 301], "too_long"),
    ],
)
def test_each_bad_row_is_listed_with_its_row_number_and_nothing_is_ready(tmp_path, row, code):
    rows = [*GOOD_ROWS, row]
    result = preview(workbook(tmp_path / "r.xlsx", rows))
    assert not result.clean
    assert [(p.code, p.row) for p in result.problems] == [(code, 5)]
    assert "row 5" in result.problems[0].english()


def test_duplicates_in_the_file_and_in_the_roster(tmp_path):
    rows = [*GOOD_ROWS, ["พ.ต.อ.หญิง", " สุดา ", "ใจดี"]]
    existing = [Person(rank_key="miss", first_name="กนก", last_name="ใจงาม", id=7)]
    result = preview(workbook(tmp_path / "r.xlsx", rows), existing)
    found = {(p.code, p.row) for p in result.problems}
    assert found == {("duplicate_in_file", 5), ("duplicate_in_roster", 4)}
    in_file = next(p for p in result.problems if p.code == "duplicate_in_file")
    assert in_file.other == "2"


@pytest.mark.parametrize("header", [
    ["ยศ", "ชื่อ", "ตำแหน่ง"],
    # A contact list: "Name" reads as the first name, but it is not a roster.
    ["Name", "E-mail", "Phone"],
])
def test_a_header_row_that_is_not_the_rosters_refuses_the_whole_file(tmp_path, header):
    """No row of such a file can be judged: it is refused with the columns a roster has, not
    reported as "2 problems in 0 rows" beside rows without a surname marked valid."""
    path = workbook(tmp_path / "r.xlsx", [["พ.ต.ท.", "สุดา", "สว."], ["", "", ""],
                                         ["x", "", "y"]], header)
    with pytest.raises(RosterFileError) as info:
        read_roster(path)
    assert info.value.code == "roster_file.wrong_header"
    message = str(info.value)
    assert "r.xlsx" in message and COLUMN_HEADERS["last_name"] in message
    assert all(COLUMN_HEADERS[k] in message for k in ("rank", "first_name", "last_name"))


def test_every_problem_of_a_bad_file_is_listed_at_once(tmp_path):
    rows = [["", "", "ใจดี"], ["กัปตัน", "สมชาย", ""], *GOOD_ROWS]
    result = preview(workbook(tmp_path / "r.xlsx", rows))
    assert {(p.code, p.row) for p in result.problems} == {
        ("missing_value", 2), ("empty_name", 2), ("unknown_rank", 3), ("missing_value", 3)
    }
    assert not result.clean


def test_english_headers_and_blank_rows_are_accepted(tmp_path):
    header = ["Rank", "First name", "Last name", "Section"]
    rows = [["พ.ต.ต.", "ปิยะ", "ชื่นบาน", "foreigner_services"], [None, None, None, None],
            ["ด.ต.", "อนุชา", "พรหมมา", "บริการคนต่างด้าว"]]
    result = preview(workbook(tmp_path / "r.xlsx", rows, header))
    assert result.clean and len(result.people) == 2
    assert [row for row, _ in result.people] == [2, 4]


def test_header_only_file_has_no_rows(tmp_path):
    result = preview(workbook(tmp_path / "r.xlsx", []))
    assert [p.code for p in result.problems] == ["no_rows"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("roster.csv", "ยศ,ชื่อ,นามสกุล\n", "not an Excel workbook"),
        ("roster.xlsx", "ยศ,ชื่อ,นามสกุล\n", "cannot be read"),
        ("roster.xlsx", b"PK\x03\x04broken zip", "cannot be read"),
    ],
)
def test_files_that_are_not_workbooks_are_refused_with_the_reason(tmp_path, name, content,
                                                                   reason):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(RosterFileError) as info:
        read_roster(path)
    assert reason in str(info.value) and name in str(info.value)


def test_workbook_without_header_row_is_refused(tmp_path):
    path = workbook(tmp_path / "r.xlsx", [["a", "b"]], header=["x", "y"])
    with pytest.raises(RosterFileError) as info:
        read_roster(path)
    assert "no header row" in str(info.value)


def test_the_blank_template_has_the_columns_and_nobody_to_import(tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(path, KIND)
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]][:3] == ["ยศ/คำนำหน้า", "ชื่อ", "นามสกุล"]
    result = preview(path)
    # The example row reads as a valid person: it is skipped, and the file holds nobody.
    assert result.people == [] and [p.code for p in result.problems] == ["no_rows"]
    assert [(p.code, p.row) for p in result.skipped] == [("template_example_skipped", 2)]
    assert not result.clean


def test_exported_roster_imports_back_into_an_empty_unit(tmp_path):
    result = preview(workbook(tmp_path / "r.xlsx", GOOD_ROWS))
    people = [p for _, p in result.people]
    out = tmp_path / "export.xlsx"
    export_roster(out, people, KIND)
    sheet = load_workbook(out).active
    assert sheet.freeze_panes == "A2"
    assert sheet["A2"].font.name == "TH Sarabun New" and sheet["A2"].font.sz == 16
    assert sheet.row_dimensions[2].height >= 24
    again = [p for _, p in preview(out).people]
    assert [(p.display_name, p.section_key, p.position) for p in again] == [
        (p.display_name, p.section_key, p.position) for p in people
    ]


def test_export_leaves_no_half_file_when_the_folder_is_missing(tmp_path):
    with pytest.raises(OSError):
        export_roster(tmp_path / "missing" / "x.xlsx", [], KIND)
    assert not (tmp_path / "missing").exists()


def test_the_templates_example_row_is_skipped_and_the_rows_below_it_imported(tmp_path):
    """A secretary who fills in the template below its example row without deleting it gets
    the people below imported and the example left out, with a note saying so: refusing the
    whole file for a row the program itself wrote would only send her back to Excel."""
    from openpyxl import load_workbook

    from ita_desktop.domain.roster import check_roster_rows
    from ita_desktop.domain.units import UnitKind
    from ita_desktop.exchange.roster_xlsx import read_roster, write_template

    path = tmp_path / "template.xlsx"
    write_template(path, UnitKind.PROVINCIAL_IMMIGRATION)
    book = load_workbook(path)
    book.active.append(["ด.ต.", "สมศักดิ์", "ใจงาม"])
    book.save(path)
    sheet = read_roster(path)
    preview = check_roster_rows(sheet.columns, sheet.rows, [], UnitKind.PROVINCIAL_IMMIGRATION)
    assert preview.clean and preview.problems == []
    assert [(p.code, p.row) for p in preview.skipped] == [("template_example_skipped", 2)]
    assert "template's example row" in preview.skipped[0].english()
    assert [person.first_name for _, person in preview.people] == ["สมศักดิ์"]


def test_the_example_row_is_skipped_by_its_name_even_without_its_remark(tmp_path):
    """The example's remark cleared (or a template of another version): its name still says
    what it is, and it never becomes a person of the roster."""
    rows = [["ร.ต.อ.หญิง", "ตัวอย่าง", "ลบแถวนี้", "รองสารวัตร"], ["ด.ต.", "สมศักดิ์", "ใจงาม"]]
    result = preview(workbook(tmp_path / "r.xlsx", rows))
    assert [p.first_name for _, p in result.people] == ["สมศักดิ์"]
    assert [p.row for p in result.skipped] == [2]


def test_a_person_typed_over_the_example_row_with_its_remark_left_is_asked_about(tmp_path):
    """The example's remark beside a real name: a person typed over the example row, or the
    example renamed. Only the secretary knows which, so the row is a problem, not skipped."""
    from ita_desktop.domain.roster import TEMPLATE_EXAMPLE_NOTE

    rows = [["ด.ต.", "สมศักดิ์", "ใจงาม", "", "", "", "", TEMPLATE_EXAMPLE_NOTE]]
    result = preview(workbook(tmp_path / "r.xlsx", rows, header=HEADER + ["หมายเหตุ"]))
    assert [(p.code, p.row) for p in result.problems] == [("template_example", 2)]
    assert result.people == [] and result.skipped == []


FORMULA_LIKE = {
    "first_name": '=HYPERLINK("http://example.org/x","คลิก")',
    "last_name": "+ใจดี",
    "position": "@SUM(A1:A9)",
    "phone": "-",
    "note": "-2+3",
}


def test_exported_roster_writes_formula_like_text_as_text(tmp_path):
    """A name typed as ``=HYPERLINK(…)`` must reach the colleague's Excel as the letters typed,
    not as a live link; "-" in the phone column stays a plain dash."""
    person = Person(rank_key="pol_sub_lt", **FORMULA_LIKE)
    out = tmp_path / "export.xlsx"
    export_roster(out, [person], KIND)
    sheet = load_workbook(out).active
    written = {key: sheet.cell(2, column) for key, column in
               (("first_name", 2), ("last_name", 3), ("position", 4), ("phone", 7),
                ("note", 9))}
    for key, cell in written.items():
        assert (cell.data_type, cell.value) == ("s", FORMULA_LIKE[key]), key
        # Excel's own mark for text typed as '=…: editing the cell keeps it text.
        assert cell.quotePrefix, key


def test_libreoffice_reads_the_exported_formula_like_name_as_text(libreoffice_home, tmp_path):
    person = Person(rank_key="pol_sub_lt", **FORMULA_LIKE)
    out = tmp_path / "export.xlsx"
    export_roster(out, [person], KIND)
    text = convert(out, "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path / "csv",
                   libreoffice_home).read_text(encoding="utf-8")
    assert '=HYPERLINK(""http://example.org/x"",""คลิก"")' in text
    assert "@SUM(A1:A9)" in text and "+ใจดี" in text and "-2+3" in text


def test_a_phone_with_letters_is_a_problem_of_its_row(tmp_path):
    rows = [["พ.ต.ต.", "ปิยะ", "ชื่นบาน", "", "", "abc-def", ""],
            ["ด.ต.", "อนุชา", "พรหมมา", "", "", "02 123 4567 ต่อ 12", ""],
            ["ด.ต.", "สมศรี", "พรหมมา", "", "", "-", ""],
            ["ด.ต.", "มานะ", "พรหมมา", "", "", "๐๘๑ ๒๓๔ ๕๖๗๘ ext. 5", ""]]
    result = preview(workbook(tmp_path / "r.xlsx", rows))
    assert [(p.code, p.row, p.column, p.value) for p in result.problems] == [
        ("bad_phone", 2, COLUMN_HEADERS["phone"], "abc-def")]
    assert "'abc-def' is not a phone number" in result.problems[0].english()
    assert [p.first_name for _, p in result.people] == ["อนุชา", "สมศรี", "มานะ"]
