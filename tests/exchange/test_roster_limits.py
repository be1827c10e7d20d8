"""Roster workbooks built to exhaust the reader are refused early, in bounded memory, each with
the limit it passed; ordinary rosters, up to the largest allowed, still import.

A 293 KB roster whose shared texts unpack to gigabytes took the window to 9.4 GB and crashed it
under a 4 GB limit; a sheet of a million empty rows held it for up to 25 s. Time is not
asserted (the machine is shared); the work is: the peak of Python's allocations while reading,
and, for the crash itself, a child process under a 1 GB address-space limit.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from ita_desktop.domain.progress import Cancelled
from ita_desktop.domain.roster import check_roster_rows
from ita_desktop.domain.units import UnitKind
from ita_desktop.exchange import zip_limits
from ita_desktop.exchange.roster_xlsx import (
    SHEET_LIMITS,
    ZIP_LIMITS,
    RosterFileError,
    RosterSheet,
    export_roster,
    read_roster,
    write_template,
)
from tests.exchange import xlsx_bombs as bombs

KIND = UnitKind.PROVINCIAL_IMMIGRATION
MB = 1 << 20
# Far below what any of the bombs would take if read: the 200 MB shared-text table alone is
# some 300 MB of Python strings.
PEAK_LIMIT = 24 * MB


def refusal(path: Path, **kwargs: object) -> tuple[RosterFileError, int]:
    """The refusal of reading ``path`` and the peak of Python's allocations meanwhile."""
    tracemalloc.start()
    try:
        with pytest.raises(RosterFileError) as info:
            read_roster(path, **kwargs)  # type: ignore[arg-type]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return info.value, peak


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("bombs")


@pytest.fixture(scope="module")
def base(folder) -> Path:
    return bombs.roster(folder / "base.xlsx")


@pytest.fixture(scope="module")
def shared_bomb(folder, base) -> Path:
    """Shared texts that unpack to 200 MB from 1.6 MB: past the size of any one part."""
    return bombs.shared_text_bomb(base, folder / "shared.xlsx", 200 * MB, level=1)


@pytest.fixture(scope="module")
def tight_bomb(folder, base) -> Path:
    """20 MB of shared texts packed into 50 KB: past the compression ratio."""
    return bombs.shared_text_bomb(base, folder / "tight.xlsx", 20 * MB, level=9)


@pytest.fixture(scope="module")
def million_rows(folder, base) -> Path:
    """The header, then rows numbered down to 1,000,000, all empty (2.4 MB packed)."""
    rows = [bombs.HEADER_ROW, *bombs.numbered_rows(2, 1_000_000, ' spans="1:4"')]
    return bombs.swap_parts(base, folder / "rows.xlsx", {bombs.SHEET: bombs.sheet(rows)})


def test_shared_texts_unpacking_to_200_mb_are_refused_by_the_size_of_the_part(shared_bomb):
    error, peak = refusal(shared_bomb)
    assert error.code == "roster_file.part_size"
    message = str(error)
    assert "'xl/sharedStrings.xml'" in message and "shared.xlsx" in message
    declared = zipfile.ZipFile(shared_bomb).getinfo(bombs.SHARED).file_size
    assert f"{declared / MB:,.1f} MB" in message and "32 MB" in message
    assert peak < PEAK_LIMIT


def test_a_part_packed_hundreds_of_times_is_refused_by_the_compression_ratio(tight_bomb):
    error, peak = refusal(tight_bomb)
    assert error.code == "roster_file.compression_ratio"
    info = zipfile.ZipFile(tight_bomb).getinfo(bombs.SHARED)
    ratio = info.file_size // info.compress_size
    assert ratio > 200
    assert f"packed {ratio:,} times" in str(error) and "at most 200 times" in str(error)
    assert peak < PEAK_LIMIT


def test_unpacked_bytes_are_counted_whatever_the_directory_declares(shared_bomb, monkeypatch):
    """The declared sizes are the file's word: with their check out of the way (as if the
    directory lied in a way ``zipfile`` missed), reading still stops at the part's limit."""
    monkeypatch.setattr(zip_limits, "check_declared", lambda archive, limits: None)
    error, peak = refusal(shared_bomb)
    assert error.code == "roster_file.part_size"
    # Stopped within a chunk of the limit, not at the 200 MB the part holds.
    assert "32.1 MB or more" in str(error)
    assert peak < PEAK_LIMIT


def test_a_directory_that_understates_a_part_is_refused_as_damaged(folder, tight_bomb):
    """The sizes in the directory pass every check; ``zipfile`` then unpacks no more than the
    declared 1,000 bytes, and the checksum of those fails."""
    copy = folder / "lying.xlsx"
    copy.write_bytes(tight_bomb.read_bytes())
    lying = bombs.understate(copy, bombs.SHARED, 1000)
    error, peak = refusal(lying)
    assert error.code == "roster_file.damaged"
    assert peak < PEAK_LIMIT


def test_parts_over_the_total_are_refused_by_the_unpacked_size(folder, base):
    parts = {f"xl/media/part{k}.xml": bombs.repeated(b"<a>" + bytes(range(48, 122)) + b"</a>",
                                                     30 * MB) for k in range(3)}
    path = bombs.swap_parts(base, folder / "total.xlsx", parts, level=1)
    error, peak = refusal(path)
    assert error.code == "roster_file.unpacked_size"
    assert "beyond the 64 MB" in str(error)
    assert peak < PEAK_LIMIT


def test_a_million_empty_rows_are_refused_at_the_row_limit(million_rows):
    error, peak = refusal(million_rows)
    assert error.code == "roster_file.too_many_sheet_rows"
    assert "past row 20,000" in str(error) and "empty rows count too" in str(error)
    assert peak < PEAK_LIMIT


def test_a_million_bare_row_elements_are_refused_by_the_compression_ratio(folder, base):
    path = bombs.swap_parts(base, folder / "bare.xlsx",
                            {bombs.SHEET: bombs.sheet([b"<row/>" * 1_000_000])})
    error, peak = refusal(path)
    assert error.code == "roster_file.compression_ratio"
    assert "'xl/worksheets/sheet1.xml'" in str(error)
    assert peak < PEAK_LIMIT


def test_one_row_far_down_the_sheet_is_refused_at_the_row_limit(folder, base):
    rows = [bombs.HEADER_ROW, bombs.inline_row(1_048_576, {"A": "ส.ต.ต."})]
    path = bombs.swap_parts(base, folder / "far.xlsx", {bombs.SHEET: bombs.sheet(rows)})
    assert refusal(path)[0].code == "roster_file.too_many_sheet_rows"


def test_a_dimension_claiming_the_whole_sheet_is_not_believed(folder, base):
    """``A1:XFD1048576``: the people are read, and the progress runs to the last row that
    holds anything, not to row 1,048,576."""
    rows = [bombs.HEADER_ROW, bombs.inline_row(2, {"A": "ส.ต.ต.", "B": "ใหม่", "C": "หนึ่ง"}),
            bombs.inline_row(60, {"A": "ด.ต.", "B": "ใหม่", "C": "สอง"}),
            *bombs.numbered_rows(61, 15_000)]
    path = bombs.swap_parts(base, folder / "dimension.xlsx",
                            {bombs.SHEET: bombs.sheet(rows, dimension="A1:XFD1048576")})
    totals: list[int] = []
    sheet = read_roster(path, lambda done, total, text="": totals.append(total))
    assert [(n, r["first_name"], r["last_name"]) for n, r in sheet.rows] == [
        (2, "ใหม่", "หนึ่ง"), (60, "ใหม่", "สอง")]
    assert totals and max(totals) == 60


def test_a_cell_past_the_length_limit_is_refused_naming_the_cell(folder, base):
    rows = [bombs.HEADER_ROW, bombs.inline_row(3, {"A": "ส.ต.ต.", "C": "ก" * 5000})]
    path = bombs.swap_parts(base, folder / "long.xlsx", {bombs.SHEET: bombs.sheet(rows)})
    error, _ = refusal(path)
    assert error.code == "roster_file.cell_too_long"
    assert "Cell C3 of 'long.xlsx'" in str(error) and "1,000 characters" in str(error)


def test_a_long_shared_text_is_refused_naming_the_cell_that_uses_it(folder, base):
    rows = [bombs.HEADER_ROW, bombs.shared_row(2, {"A": 0, "B": 0, "C": 0}),
            bombs.shared_row(3, {"A": 0, "B": 0, "C": 0, "D": 1})]
    path = bombs.swap_parts(base, folder / "shared_long.xlsx", {
        bombs.SHEET: bombs.sheet(rows), bombs.SHARED: bombs.shared_texts(["ก", "งาน" * 400])})
    error, _ = refusal(path)
    assert error.code == "roster_file.cell_too_long" and "Cell D3 of" in str(error)


def test_shared_texts_under_the_limits_are_read(folder, base):
    rows = [bombs.HEADER_ROW, bombs.shared_row(2, {"A": 0, "B": 1, "C": 2})]
    path = bombs.swap_parts(base, folder / "shared_ok.xlsx", {
        bombs.SHEET: bombs.sheet(rows),
        bombs.SHARED: bombs.shared_texts(["ด.ต.", "สมศักดิ์", "ใจงาม"])})
    assert _people(read_roster(path)) == ["ด.ต.สมศักดิ์ ใจงาม"]


def test_something_far_to_the_right_is_refused_naming_the_cell(folder, base):
    rows = [bombs.HEADER_ROW, bombs.inline_row(2, {"A": "ส.ต.ต.", "XFD": "x"})]
    path = bombs.swap_parts(base, folder / "wide.xlsx", {bombs.SHEET: bombs.sheet(rows)})
    error, _ = refusal(path)
    assert error.code == "roster_file.too_many_columns"
    assert "cell XFD2" in str(error) and "up to column GR" in str(error)


def test_too_many_different_texts_are_refused(folder, base):
    path = bombs.swap_parts(base, folder / "texts.xlsx",
                            {bombs.SHARED: bombs.shared_texts(map(str, range(100_001)))})
    error, peak = refusal(path)
    assert error.code == "roster_file.too_many_texts"
    assert "more than 100,000 different texts" in str(error)
    assert peak < PEAK_LIMIT


def test_too_many_parts_are_refused(folder, base):
    parts = {f"xl/media/{k}.bin": [b""] for k in range(1000)}
    path = bombs.swap_parts(base, folder / "parts.xlsx", parts)
    error, _ = refusal(path)
    assert error.code == "roster_file.zip_members"
    assert "holds 1,0" in str(error) and "at most 1,000" in str(error)


def test_entity_declarations_are_refused_as_damaged(folder, base):
    """The "billion laughs": entities defined in a part openpyxl parses (not one the scan
    reads) expand a few bytes into gigabytes."""
    laughs = (b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "ha">'
              + b"".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">'.encode()
                         for p, c in zip("abcdefgh", "bcdefghi", strict=True))
              + b"]><styleSheet xmlns=\"" + bombs.MAIN_NS.encode() + b"\">&i;</styleSheet>")
    path = bombs.swap_parts(base, folder / "laughs.xlsx", {bombs.STYLES: [laughs]})
    error, peak = refusal(path)
    assert error.code == "roster_file.damaged"
    assert peak < PEAK_LIMIT


def test_cancel_stops_the_checks_before_any_row_is_read(million_rows):
    asked: list[int] = []
    progressed: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 5

    with pytest.raises(Cancelled):
        read_roster(million_rows, lambda done, total, text="": progressed.append(done),
                    cancelled)
    assert progressed == []


def _people(sheet: RosterSheet) -> list[str]:
    preview = check_roster_rows(sheet.columns, sheet.rows, [], KIND)
    return [person.display_name for _, person in preview.people]


def test_the_template_filled_in_still_imports(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "template.xlsx"
    write_template(path, KIND)
    book = load_workbook(path)
    book.active.append(["ด.ต.", "สมศักดิ์", "ใจงาม"])
    book.save(path)
    assert "ด.ต.สมศักดิ์ ใจงาม" in _people(read_roster(path))


def test_the_demo_units_exported_roster_still_imports(demo_db, tmp_path):
    from ita_desktop.store.people import PeopleRepository
    from ita_desktop.store.unit import UnitRepository

    people = [p for p in PeopleRepository(demo_db).all() if p.active]
    unit = UnitRepository(demo_db).get()
    assert unit is not None and len(people) > 10
    path = tmp_path / "demo.xlsx"
    export_roster(path, people, unit.kind)
    sheet = read_roster(path)
    assert len(sheet.rows) == len(people)


def test_the_largest_roster_allowed_passes_every_limit(tmp_path):
    """5,000 people, every column filled, remarks of 300 characters, and empty rows below
    them down to the row limit; written by openpyxl's write-only mode, which spells each Thai
    character as a 7-byte reference (&#3585;), the most long-winded sheet a program makes."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["ยศ/คำนำหน้า", "ชื่อ", "นามสกุล", "ตำแหน่ง", "ตำแหน่งย่อ", "สายงาน",
                  "โทรศัพท์", "อีเมล", "หมายเหตุ"])
    for k in range(5000):
        sheet.append(["ส.ต.ต.", f"ทดสอบ{k}", f"นามสกุลยาว{k}",
                      f"ผู้บังคับหมู่ งานตรวจคนเข้าเมือง ด่านทดสอบ {k}", "ผบ.หมู่",
                      "งานอำนวยการ", f"08{k:08d}", f"p{k}@example.org", "ข" * 300])
    for _ in range(SHEET_LIMITS.max_rows - 5001):
        sheet.append([])
    path = tmp_path / "full.xlsx"
    book.save(path)
    assert path.stat().st_size < ZIP_LIMITS.max_member_bytes
    read = read_roster(path)
    assert len(read.rows) == 5000 and read.rows[-1][1]["first_name"] == "ทดสอบ4999"


CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
from ita_desktop.exchange.roster_xlsx import RosterFileError, read_roster
codes = []
for path in sys.argv[1:]:
    try:
        read_roster(path)
        codes.append("read")
    except RosterFileError as exc:
        codes.append(exc.code)
print(json.dumps(codes))
"""


def test_every_bomb_is_refused_under_a_1_gb_address_space(shared_bomb, tight_bomb,
                                                          million_rows):
    """The original crash: under a memory limit the reading died (a segfault at 4 GB). Under
    1 GB, the child ends normally with each refusal, not a MemoryError or a signal."""
    paths = [shared_bomb, tight_bomb, million_rows]
    done = subprocess.run([sys.executable, "-c", CHILD, *map(str, paths)], capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).parents[2], check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == ["roster_file.part_size", "roster_file.compression_ratio",
                                       "roster_file.too_many_sheet_rows"]
