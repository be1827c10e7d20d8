"""The unit's people: one roster entry, its checks, and the checks of an imported roster.

Problems are codes with parameters (``domain.problems``), not sentences.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from ita_desktop.domain.positions import abbreviate_position, expand_position
from ita_desktop.domain.problems import Problem
from ita_desktop.domain.ranks import (
    PersonName,
    Title,
    format_title,
    name_in_table,
    parse_title,
    rank_by_key,
)
from ita_desktop.domain.text_checks import text_problems
from ita_desktop.domain.thai_text import normalise_text
from ita_desktop.domain.units import UnitKind, find_section, unit_kind_info

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_FIELD_LENGTH = 300
# The extension words an office writes after a number ("02 123 4567 ต่อ 12", "ext. 12", "x12");
# any other letter means the cell holds something other than a phone number ("abc-def").
PHONE_EXTENSION_RE = re.compile(r"ต่อ|ext\.?|x(?=\s*\d)", re.IGNORECASE)


def normalize_space(text: str) -> str:
    return " ".join(str(text).split())


def phone_has_letters(phone: str) -> bool:
    return any(char.isalpha() for char in PHONE_EXTENSION_RE.sub("", phone))


def name_key(first: str, last: str) -> str:
    """Two entries with the same first and last name are the same person, whatever the rank;
    names that look the same (a zero-width space inside, ``ํา`` for ``ำ``, a tone mark typed
    before its vowel) are the same name."""
    return f"{normalise_text(first)} {normalise_text(last)}".casefold()


@dataclass(frozen=True)
class Person:
    rank_key: str
    first_name: str
    last_name: str
    female: bool = False
    acting: bool = False
    position: str = ""
    position_abbr: str = ""
    section_key: str = ""
    phone: str = ""
    email: str = ""
    note: str = ""
    active: bool = True
    left_on: date | None = None
    id: int | None = None
    version: int | None = None
    """The revision of the roster entry this was read as (kept by the store); a save that
    names it is refused when someone saved the entry since. None: not read from the store,
    saved without that check."""

    @property
    def title(self) -> Title:
        return Title(rank_by_key(self.rank_key), self.female, self.acting)

    @property
    def name(self) -> PersonName:
        return PersonName(self.title, self.first_name, self.last_name)

    @property
    def display_name(self) -> str:
        try:
            return name_in_table(self.name)
        except ValueError:
            # An entry still being typed (or bad old data) must still show up in lists.
            return normalize_space(f"{self.rank_key} {self.first_name} {self.last_name}")

    @property
    def title_text(self) -> str:
        return format_title(self.title, abbreviated=True)

    @property
    def key(self) -> str:
        return name_key(self.first_name, self.last_name)


# The template's example row: a row with its name is skipped (never imported), and a row with
# only its remark is pointed out (someone may have typed a real person over the example).
TEMPLATE_EXAMPLE_FIRST = "ตัวอย่าง"
TEMPLATE_EXAMPLE_LAST = "ลบแถวนี้"
TEMPLATE_EXAMPLE_NOTE = "แถวตัวอย่าง ลบก่อนนำเข้า"

def normalised_person(person: Person) -> Person:
    """The entry as it is stored: its printed texts in normal form, the rest trimmed."""
    return replace(
        person,
        first_name=normalise_text(person.first_name),
        last_name=normalise_text(person.last_name),
        position=normalise_text(person.position),
        position_abbr=normalise_text(person.position_abbr),
        phone=person.phone.strip(),
        email=person.email.strip(),
        note=person.note.strip(),
    )


def person_problems(person: Person, unit_kind: UnitKind | None = None) -> list[Problem]:
    """What is wrong with one entry as typed in the person dialog."""
    problems: list[Problem] = []
    if not person.first_name.strip():
        problems.append(Problem("empty_name", column="first_name"))
    if not person.last_name.strip():
        problems.append(Problem("missing_value", column="last_name"))
    for column in ("first_name", "last_name"):
        problems += text_problems(getattr(person, column), column, name=True)
    for column in ("position", "position_abbr"):
        problems += text_problems(getattr(person, column), column)
    try:
        rank = rank_by_key(person.rank_key)
    except (KeyError, ValueError):
        problems.append(Problem("unknown_rank", column="rank", value=person.rank_key))
    else:
        if (person.female or person.acting) and not rank.police:
            problems.append(Problem("female_civilian", column="rank", value=rank.full))
    if person.email and not EMAIL_RE.match(person.email.strip()):
        problems.append(Problem("bad_email", column="email", value=person.email))
    if phone_has_letters(person.phone):
        problems.append(Problem("bad_phone", column="phone", value=person.phone))
    if unit_kind is not None and person.section_key:
        if find_section(unit_kind, person.section_key) is None:
            problems.append(Problem("unknown_section", column="section", value=person.section_key))
    for column in ("first_name", "last_name", "position", "position_abbr", "phone", "email"):
        if len(normalise_text(getattr(person, column))) > MAX_FIELD_LENGTH:
            problems.append(Problem("too_long", column=column))
    return problems


# The roster workbook's columns: key, Thai header (as written by the template), English aliases.
ROSTER_COLUMNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("rank", "ยศ/คำนำหน้า", ("ยศ", "คำนำหน้า", "rank", "title")),
    ("first_name", "ชื่อ", ("first name", "firstname", "name")),
    ("last_name", "นามสกุล", ("last name", "lastname", "surname")),
    ("position", "ตำแหน่ง", ("position",)),
    ("position_abbr", "ตำแหน่ง (ย่อ)", ("ตำแหน่งย่อ", "position abbreviation", "abbreviation")),
    ("section", "สายงาน", ("section", "งาน")),
    ("phone", "โทรศัพท์", ("phone", "telephone", "เบอร์โทร")),
    ("email", "อีเมล", ("e-mail", "email", "อีเมล์")),
    ("note", "หมายเหตุ", ("note", "notes")),
)
REQUIRED_COLUMNS = ("rank", "first_name", "last_name")
COLUMN_HEADERS = {key: thai for key, thai, _ in ROSTER_COLUMNS}


def column_for_header(header: str) -> str | None:
    wanted = normalize_space(header).casefold().replace(" (", "(")
    for key, thai, aliases in ROSTER_COLUMNS:
        names = {thai, *aliases}
        if wanted in {normalize_space(n).casefold().replace(" (", "(") for n in names}:
            return key
    return None


@dataclass
class RosterPreview:
    """What an import would do: the people it would add and every problem that stops it."""

    people: list[tuple[int, Person]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    """Rows left out on purpose (the template's example row), each with why; they do not stop
    the import."""

    @property
    def clean(self) -> bool:
        return not self.problems and bool(self.people)

    def problems_on_row(self, row: int) -> list[Problem]:
        return [p for p in self.problems if p.row == row]


def check_roster_rows(
    columns: Iterable[str],
    rows: Sequence[tuple[int, Mapping[str, str]]],
    existing: Iterable[Person],
    unit_kind: UnitKind,
) -> RosterPreview:
    """Check every row of an imported roster; the import goes ahead only when nothing is found.

    ``columns`` are the keys found in the header row; ``rows`` are (sheet row number, values by
    key) for every non-empty row.
    """
    preview = RosterPreview()
    present = set(columns)
    for key in REQUIRED_COLUMNS:
        if key not in present:
            preview.problems.append(Problem("missing_column", column=COLUMN_HEADERS[key]))
    if preview.problems:
        return preview
    if not rows:
        preview.problems.append(Problem("no_rows"))
        return preview
    in_roster = {p.key: p for p in existing}
    seen: dict[str, int] = {}
    for row_number, values in rows:
        first, last = (normalise_text(values.get(k, "") or "") for k in ("first_name",
                                                                         "last_name"))
        if (first, last) == (TEMPLATE_EXAMPLE_FIRST, TEMPLATE_EXAMPLE_LAST):
            # Skipped, not refused: the template writes this row, nobody is called so, and a
            # secretary who filled in the rows below it should not have to edit the file and
            # read it again for a row whose meaning is certain.
            preview.skipped.append(Problem("template_example_skipped", row_number,
                                           COLUMN_HEADERS["first_name"], f"{first} {last}"))
            continue
        if normalise_text(values.get("note", "") or "") == TEMPLATE_EXAMPLE_NOTE:
            # The example's remark under another name: a real person typed over the example
            # row, or an example renamed; only the secretary knows which.
            preview.problems.append(Problem("template_example", row_number,
                                            COLUMN_HEADERS["note"]))
            continue
        row_problems, person = _check_row(row_number, values, unit_kind)
        if person is not None:
            shown = f"{person.first_name} {person.last_name}"
            key = person.key
            if key in seen:
                row_problems.append(
                    Problem("duplicate_in_file", row_number, "first_name", shown,
                            str(seen[key]))
                )
            elif key in in_roster:
                row_problems.append(
                    Problem("duplicate_in_roster", row_number, "first_name", shown)
                )
            seen.setdefault(key, row_number)
        preview.problems.extend(row_problems)
        if person is not None and not row_problems:
            preview.people.append((row_number, person))
    if not preview.people and not preview.problems:
        preview.problems.append(Problem("no_rows"))
    return preview


def _civilian_with_police_marks(text: str) -> bool:
    """"นางหญิง", "ว่าที่ นาย": a real title with a mark only police ranks take."""
    bare = text.replace("หญิง", "").replace("ว่าที่", "").strip()
    if bare == text.strip():
        return False
    try:
        return not parse_title(bare).rank.police
    except ValueError:
        return False


def _check_row(
    row_number: int, values: Mapping[str, str], unit_kind: UnitKind
) -> tuple[list[Problem], Person | None]:
    problems: list[Problem] = []

    cells = {key: normalise_text(values.get(key, "") or "") for key in COLUMN_HEADERS}

    def cell(key: str) -> str:
        return cells[key]

    rank_text, first, last = cell("rank"), cell("first_name"), cell("last_name")
    title: Title | None = None
    if not rank_text:
        problems.append(Problem("missing_value", row_number, COLUMN_HEADERS["rank"]))
    else:
        try:
            title = parse_title(rank_text)
        except ValueError:
            code = "female_civilian" if _civilian_with_police_marks(rank_text) else "unknown_rank"
            problems.append(Problem(code, row_number, COLUMN_HEADERS["rank"], rank_text))
    if not (values.get("first_name") or "").strip():
        problems.append(Problem("empty_name", row_number, COLUMN_HEADERS["first_name"]))
    if not (values.get("last_name") or "").strip():
        problems.append(Problem("missing_value", row_number, COLUMN_HEADERS["last_name"]))
    for key in ("first_name", "last_name"):
        problems += text_problems(values.get(key) or "", COLUMN_HEADERS[key], row_number,
                                  name=True)
    for key in ("position", "position_abbr"):
        problems += text_problems(values.get(key) or "", COLUMN_HEADERS[key], row_number)
    section_key = ""
    section_text = cell("section")
    if section_text:
        section = find_section(unit_kind, section_text)
        if section is None:
            known = ", ".join(s.thai for s in unit_kind_info(unit_kind).sections)
            problems.append(
                Problem("unknown_section", row_number, COLUMN_HEADERS["section"], section_text,
                        known)
            )
        else:
            section_key = section.key
    email = cell("email")
    if email and not EMAIL_RE.match(email):
        problems.append(Problem("bad_email", row_number, COLUMN_HEADERS["email"], email))
    phone = cell("phone")
    if phone_has_letters(phone):
        problems.append(Problem("bad_phone", row_number, COLUMN_HEADERS["phone"], phone))
    for key in ("first_name", "last_name", "position", "position_abbr", "phone", "email", "note"):
        if len(cell(key)) > MAX_FIELD_LENGTH:
            problems.append(Problem("too_long", row_number, COLUMN_HEADERS[key]))
    if title is None or not first:
        return problems, None
    position = cell("position")
    person = Person(
        rank_key=title.rank.key,
        female=title.female,
        acting=title.acting,
        first_name=first,
        last_name=last,
        position=position,
        position_abbr=cell("position_abbr") or (abbreviate_position(position) if position else ""),
        section_key=section_key,
        phone=phone,
        email=email,
        note=cell("note"),
    )
    return problems, person


# --- Official order -----------------------------------------------------------------------------
# The seeds list people by the office they hold and, within one office, by rank: the order of
# 222/2566 and the minutes run ผกก. (พ.ต.อ.), รอง ผกก. (พ.ต.ท.) ×2, สว. พ.ต.ท., สว. พ.ต.ต. ×2,
# then รอง สว. ร.ต.อ. … A รอง ผกก. precedes a สว. of the same rank, so the office comes first and
# the rank decides within it. Every kind of inspector (สว., สวป., สว.สส., สว.(สอบสวน), สว.จร.)
# stands at one level, as do their deputies. Positions no term names (เจ้าหน้าที่ธุรการ,
# พนักงานราชการ) follow the police offices, and an empty position comes last.
_POSITION_LEVELS: tuple[tuple[str, ...], ...] = (
    ("ผู้บัญชาการตำรวจแห่งชาติ",),
    ("รองผู้บัญชาการตำรวจแห่งชาติ",),
    ("ผู้บัญชาการ",),
    ("รองผู้บัญชาการ",),
    ("ผู้บังคับการ",),
    ("รองผู้บังคับการ",),
    ("ผู้กำกับการ",),
    ("รองผู้กำกับการ",),
    ("สารวัตรใหญ่",),
    ("สารวัตร", "สารวัตรสืบสวน", "สารวัตรสอบสวน", "สารวัตรป้องกันปราบปราม", "สารวัตรจราจร"),
    ("รองสารวัตร", "รองสารวัตรสืบสวน", "รองสารวัตรสอบสวน", "รองสารวัตรป้องกันปราบปราม",
     "รองสารวัตรจราจร"),
    ("พนักงานสอบสวน",),
    ("ผู้บังคับหมู่",),
)
_LEVEL_OF_TERM: dict[str, int] = {
    term: level for level, terms in enumerate(_POSITION_LEVELS) for term in terms
}
UNKNOWN_POSITION_LEVEL = len(_POSITION_LEVELS)
NO_POSITION_LEVEL = UNKNOWN_POSITION_LEVEL + 1
# Longest first, so "รองผู้กำกับการ" is found before the "ผู้กำกับการ" inside it.
_POSITION_RE = re.compile("|".join(re.escape(t) for t in sorted(_LEVEL_OF_TERM, key=len,
                                                                   reverse=True)))


@functools.lru_cache(maxsize=1024)
def position_level(position: str) -> int:
    """Where an office stands: 0 for ผบ.ตร. down to ผบ.หมู่, then unknown, then none.

    The position may be written in full or abbreviated ("รอง ผกก.ตม.จว.…"), and may follow a
    modifier ("รักษาราชการแทนผู้กำกับการ…" stands with the ผู้กำกับการ).
    """
    text = normalize_space(position)
    if not text:
        return NO_POSITION_LEVEL
    # Abbreviations carry dots; a position without one is read as it is, which spares the
    # window's start-up the pattern of every abbreviation (the roster stores full positions).
    match = _POSITION_RE.search(expand_position(text) if "." in text else text)
    return _LEVEL_OF_TERM[match.group(0)] if match else UNKNOWN_POSITION_LEVEL


def _rank_seniority(person: Person) -> int:
    try:
        return rank_by_key(person.rank_key).seniority
    except ValueError:
        return -1


def official_order(people: Iterable[Person], kind: UnitKind | str,
                   commander_id: int | None = None) -> list[Person]:
    """People as official documents list them.

    The unit's commander first (every seed list opens with the ผกก.); then section by section
    in the unit kind's order, people without a known section after the last one; within a
    section by office (``position_level``), then rank seniority; people of the same office
    and rank keep the order they were entered in, the only tie-break the roster knows. People
    who have left follow everyone serving, in the same order among themselves.
    """
    sections = {s.key: n for n, s in enumerate(unit_kind_info(kind).sections)}

    def key(person: Person) -> tuple[int, int, int, int, int, int]:
        commander = 0 if commander_id is not None and person.id == commander_id else 1
        return (0 if person.active else 1, commander,
                sections.get(person.section_key, len(sections)),
                position_level(person.position or person.position_abbr),
                -_rank_seniority(person),
                person.id if person.id is not None else 1 << 62)

    # sorted() is stable: unsaved entries (no id) keep the order they were handed in.
    return sorted(people, key=key)
