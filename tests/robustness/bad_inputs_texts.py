"""Bad inputs of text: roster workbooks built to exhaust the reader, names no signed document
can print, odd Thai text and emoji typed or pasted into the unit profile, a stale roster entry
saved over someone else's change, and phone photos (HEIC) that are damaged.

Where a text is typed rather than a file picked (the unit profile, a roster entry), ``make``
writes it to a text file, as a secretary pastes it from one, and ``act`` puts it in the form's
field and saves as the form does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ita_desktop.store.database import Database

if __package__:
    from .bad_inputs import (
        THAI_NAME,
        BadInput,
        Said,
        _refusal,
        _roster,
        _write,
        as_emblem,
        as_roster,
        as_signature,
        cli_emblem,
        cli_roster,
        cli_signature,
    )
else:  # imported by plain name, as the kill harness imports its modules
    from bad_inputs import (  # type: ignore[no-redef]
        THAI_NAME,
        BadInput,
        Said,
        _refusal,
        _roster,
        _write,
        as_emblem,
        as_roster,
        as_signature,
        cli_emblem,
        cli_roster,
        cli_signature,
    )

MB = 1 << 20


# --- roster workbooks built to exhaust the reader (tests/exchange/xlsx_bombs.py) -------------

def _bomb(name: str, build: Callable[[object, Path, Path], Path]) -> Callable[[Path], Path]:
    """A real roster workbook with parts swapped by ``build(bombs, base, target)``."""
    def make(folder: Path) -> Path:
        from tests.exchange import xlsx_bombs as bombs

        base = bombs.roster(folder / ".base.xlsx")
        path = build(bombs, base, folder / name)
        base.unlink()
        return path

    return make


def _shared_texts_200_mb(bombs, base: Path, target: Path) -> Path:  # type: ignore[no-untyped-def]
    return bombs.shared_text_bomb(base, target, 200 * MB, level=1)


def _shared_texts_tight(bombs, base: Path, target: Path) -> Path:  # type: ignore[no-untyped-def]
    return bombs.shared_text_bomb(base, target, 20 * MB, level=9)


def _million_empty_rows(bombs, base: Path, target: Path) -> Path:  # type: ignore[no-untyped-def]
    rows = [bombs.HEADER_ROW, *bombs.numbered_rows(2, 1_000_000, ' spans="1:4"')]
    return bombs.swap_parts(base, target, {bombs.SHEET: bombs.sheet(rows)})


def _over_long_cell(bombs, base: Path, target: Path) -> Path:  # type: ignore[no-untyped-def]
    rows = [bombs.HEADER_ROW, bombs.inline_row(3, {"A": "ส.ต.ต.", "C": "ก" * 5000})]
    return bombs.swap_parts(base, target, {bombs.SHEET: bombs.sheet(rows)})


def _texts_100_001(bombs, base: Path, target: Path) -> Path:  # type: ignore[no-untyped-def]
    return bombs.swap_parts(base, target,
                            {bombs.SHARED: bombs.shared_texts(map(str, range(100_001)))})


def _far_right(bombs, base: Path, target: Path) -> Path:  # type: ignore[no-untyped-def]
    rows = [bombs.HEADER_ROW, bombs.inline_row(2, {"A": "ส.ต.ต.", "XFD": "x"})]
    return bombs.swap_parts(base, target, {bombs.SHEET: bombs.sheet(rows)})


def _thousand_parts(bombs, base: Path, target: Path) -> Path:  # type: ignore[no-untyped-def]
    return bombs.swap_parts(base, target, {f"xl/media/{k}.bin": [b""] for k in range(1000)})


def _billion_laughs(bombs, base: Path, target: Path) -> Path:  # type: ignore[no-untyped-def]
    laughs = (b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "ha">'
              + b"".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">'.encode()
                         for p, c in zip("abcdefgh", "bcdefghi", strict=True))
              + b']><styleSheet xmlns="' + bombs.MAIN_NS.encode() + b'">&i;</styleSheet>')
    return bombs.swap_parts(base, target, {bombs.STYLES: [laughs]})


# --- names in rosters --------------------------------------------------------------------------

def _name_row(first: str, last: str = "ใจดี", name: str = "รายชื่อ.xlsx"
              ) -> Callable[[Path], Path]:
    return _roster(name, [["ด.ต.", first, last, "", ""]])


def _look_alike_of_first_person(demo: Path) -> Callable[[Path], Path]:
    """Someone already in the roster, typed with a zero-width space and 'ํา' for 'ำ': the same
    name to the eye and in print."""
    def make(folder: Path) -> Path:
        conn = sqlite3.connect(f"{demo.resolve().as_uri()}?mode=ro", uri=True)
        try:
            first, last = conn.execute(
                "SELECT first_name, last_name FROM people ORDER BY id LIMIT 1").fetchone()
        finally:
            conn.close()
        twin = first[:1] + "\u200b" + first[1:]
        last = last.replace("ำ", "\u0e4d\u0e32") if "ำ" in last else last + "\u200b"
        return _roster("รายชื่อซ้ำ.xlsx", [["ด.ต.", twin, last, "", ""]])(folder)

    return make


# --- the unit profile and a roster entry, as the forms save them ------------------------------

def as_unit_field(field: str) -> Callable[[Database, Path], Said]:
    """The unit form (``ui/unit/unit_form.py``): the text pasted into ``field``, then Save,
    which calls ``services.unit.save_profile``; its problems are listed by
    ``problems_text``, any other refusal said by ``error_text``."""
    def act(db: Database, path: Path) -> Said:
        from ita_desktop.services.unit import save_profile
        from ita_desktop.store.errors import ProblemsError
        from ita_desktop.store.unit import UnitRepository
        from ita_desktop.ui.common.problem_text import problems_text

        profile = UnitRepository(db).get()
        assert profile is not None
        edited = replace(profile, **{field: path.read_text(encoding="utf-8")})
        try:
            save_profile(db, edited)
        except ProblemsError as exc:
            problems = exc.problems
            # The form lists the problems; the error's own template is never shown.
            return Said.worded("unit.problems", lambda: [problems_text(problems)])
        return _refusal(lambda: None)

    return act


def as_stale_person_save(db: Database, path: Path) -> Said:
    """The person dialog of a window that read the entry before someone else saved it: its
    ``version`` is no longer the stored one. ``ui/unit/roster_panel.py`` says the refusal
    through ``error_text``."""
    from ita_desktop.services.roster import save_person
    from ita_desktop.store.people import PeopleRepository

    person = PeopleRepository(db).all()[0]
    assert person.version is not None
    stale = replace(person, phone=path.read_text(encoding="utf-8").strip(),
                    version=person.version - 1)
    return _refusal(lambda: save_person(db, stale))


# --- phone photos ------------------------------------------------------------------------------

def _damaged_heic(folder: Path) -> Path:
    from PIL import Image, ImageDraw
    from pillow_heif import register_heif_opener

    register_heif_opener()
    sheet = Image.new("RGB", (1200, 800), (240, 240, 235))
    ImageDraw.Draw(sheet).ellipse((100, 100, 1100, 700), fill=(200, 40, 40))
    path = folder / "ภาพจากโทรศัพท์.heic"
    sheet.save(path, format="HEIF", quality=80)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def _heic_header_only(folder: Path) -> Path:
    """The first box of a HEIC file ('ftyp heic') and nothing after it."""
    path = folder / "ลายมือชื่อ.HEIC"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic")
    return path


def text_inputs(demo: Path) -> list[BadInput]:
    """Roster bombs, names, the unit profile's text, a stale save, damaged phone photos."""
    roster = {"act": as_roster, "cli": cli_roster}
    long_thai = "สำนักงานตรวจคนเข้าเมืองจังหวัด" * 400
    return [
        # Roster workbooks built to exhaust the reader.
        BadInput("roster-shared-texts-200-mb", _bomb(f"{THAI_NAME}-ระเบิด.xlsx",
                                                     _shared_texts_200_mb),
                 **roster, codes=("roster_file.part_size",)),
        BadInput("roster-shared-texts-packed-tight", _bomb(f"{THAI_NAME}.xlsx",
                                                           _shared_texts_tight),
                 **roster, codes=("roster_file.compression_ratio",)),
        BadInput("roster-million-empty-rows", _bomb(f"{THAI_NAME}.xlsx", _million_empty_rows),
                 **roster, codes=("roster_file.too_many_sheet_rows",)),
        BadInput("roster-over-long-cell", _bomb(f"{THAI_NAME}.xlsx", _over_long_cell),
                 **roster, codes=("roster_file.cell_too_long",)),
        BadInput("roster-100001-shared-texts", _bomb(f"{THAI_NAME}.xlsx", _texts_100_001),
                 **roster, codes=("roster_file.too_many_texts",)),
        BadInput("roster-cell-in-column-xfd", _bomb(f"{THAI_NAME}.xlsx", _far_right),
                 **roster, codes=("roster_file.too_many_columns",)),
        BadInput("roster-thousand-parts", _bomb(f"{THAI_NAME}.xlsx", _thousand_parts),
                 **roster, codes=("roster_file.zip_members",)),
        BadInput("roster-billion-laughs", _bomb(f"{THAI_NAME}.xlsx", _billion_laughs),
                 **roster, codes=("roster_file.damaged",)),
        # Names in rosters.
        BadInput("name-zero-width-only", _name_row("\u200b\u200c\u200d"), **roster,
                 codes=("roster.problems",)),
        BadInput("name-emoji", _name_row("สมชาย😀", name="รายชื่อ🚓.xlsx"), **roster,
                 codes=("roster.problems",)),
        BadInput("name-is-a-date", _name_row("12/05/2567"), **roster,
                 codes=("roster.problems",)),
        BadInput("name-marks-only", _name_row("\u0e34\u0e48\u0e49"), **roster,
                 codes=("roster.problems",)),
        BadInput("name-thai-digits-only", _name_row("๑๒๓๔"), **roster,
                 codes=("roster.problems",)),
        # openpyxl writes it as a formula; a formula's cell is read as its value, which a
        # file no spreadsheet has calculated does not hold: the name is empty.
        BadInput("name-formula-cell", _name_row('=HYPERLINK("http://x.example","คลิก")'),
                 **roster, codes=("roster.problems",)),
        BadInput("name-stars-and-arrows", _name_row("★彡สมชาย彡★", "➡️"), **roster,
                 codes=("roster.problems",)),
        BadInput("name-look-alike-of-someone-there", _look_alike_of_first_person(demo),
                 **roster, codes=("roster.problems",)),
        BadInput("name-over-long-thai", _name_row("สมชาย" * 70), **roster,
                 codes=("roster.problems",)),
        # The unit profile, as the unit form saves it.
        BadInput("unit-name-emoji", _write("ชื่อหน่วย.txt", "สถานีตำรวจภูธรเมือง 🚓👮"),
                 act=as_unit_field("full_name"), codes=("unit.problems",)),
        BadInput("unit-name-zero-width-only", _write("ชื่อหน่วย.txt", "\u200b\ufeff\u200b"),
                 act=as_unit_field("full_name"), codes=("unit.problems",)),
        BadInput("unit-short-name-stray-marks", _write("ชื่อย่อ.txt", "\u0e48\u0e48 สภ."),
                 act=as_unit_field("short_name"), codes=("unit.problems",)),
        BadInput("unit-address-line-of-emoji",
                 _write("ที่อยู่.txt", "๑๒๓ ถนนพหลโยธิน\n🏢🏢🏢\nกรุงเทพมหานคร"),
                 act=as_unit_field("address"), codes=("unit.problems",)),
        BadInput("unit-parent-bureau-over-long", _write("สังกัด.txt", long_thai),
                 act=as_unit_field("parent_bureau"), codes=("unit.problems",)),
        BadInput("unit-email-in-thai", _write("อีเมล.txt", "สารบรรณ ตม. เชียงใหม่"),
                 act=as_unit_field("email"), codes=("unit.problems",)),
        # A roster entry saved over someone else's change.
        BadInput("person-saved-stale", _write("โทรศัพท์.txt", "0812345678"),
                 act=as_stale_person_save, codes=("store.person_changed_meanwhile",)),
        # Phone photos.
        BadInput("image-heic-cut-off", _damaged_heic, act=as_emblem, cli=cli_emblem,
                 codes=("image.damaged", "image.not_an_image")),
        BadInput("image-heic-header-only", _heic_header_only, act=as_signature,
                 cli=cli_signature, codes=("image.damaged", "image.not_an_image")),
    ]
