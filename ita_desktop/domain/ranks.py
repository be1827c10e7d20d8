"""Royal Thai Police ranks, civilian titles and the name forms used in official documents.

Unit paperwork writes the same person in several ways: abbreviated in tables and minutes
("พ.ต.ท.หญิง สุดา ใจดี"), in full in orders ("พันตำรวจโทหญิง สุดา ใจดี"), shortened with ฯ
in minutes ("พ.ต.ท.หญิง สุดาฯ"), and as a three- or four-line signature block. This module
parses what secretaries type (with the spacing and dot variants found in real reports) into
structured values and renders those values back in each official form.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ita_desktop.domain.positions import abbreviate_position, expand_position

__all__ = [
    "RANKS",
    "IncompleteNameError",
    "PersonName",
    "Rank",
    "Title",
    "UnknownRankError",
    "format_title",
    "name_in_order",
    "name_in_table",
    "name_short",
    "parse_person_name",
    "parse_title",
    "rank_by_key",
    "signature_lines",
]

FEMALE_SUFFIX = "หญิง"
ACTING_PREFIX = "ว่าที่"
SHORT_MARK = "ฯ"


class UnknownRankError(ValueError):
    """Raised when a text does not name a known police rank or civilian title."""


class IncompleteNameError(ValueError):
    """Raised when a person's name is empty or lacks a first or last name."""


@dataclass(frozen=True)
class Rank:
    """A Royal Thai Police rank or a civilian title (นาย, นาง, นางสาว)."""

    key: str
    full: str
    abbr: str
    english: str
    seniority: int
    commissioned: bool
    police: bool


RANKS: tuple[Rank, ...] = (
    Rank("pol_gen", "พลตำรวจเอก", "พล.ต.อ.", "Police General", 15, True, True),
    Rank("pol_lt_gen", "พลตำรวจโท", "พล.ต.ท.", "Police Lieutenant General", 14, True, True),
    Rank("pol_maj_gen", "พลตำรวจตรี", "พล.ต.ต.", "Police Major General", 13, True, True),
    Rank("pol_col", "พันตำรวจเอก", "พ.ต.อ.", "Police Colonel", 12, True, True),
    Rank("pol_lt_col", "พันตำรวจโท", "พ.ต.ท.", "Police Lieutenant Colonel", 11, True, True),
    Rank("pol_maj", "พันตำรวจตรี", "พ.ต.ต.", "Police Major", 10, True, True),
    Rank("pol_capt", "ร้อยตำรวจเอก", "ร.ต.อ.", "Police Captain", 9, True, True),
    Rank("pol_lt", "ร้อยตำรวจโท", "ร.ต.ท.", "Police Lieutenant", 8, True, True),
    Rank("pol_sub_lt", "ร้อยตำรวจตรี", "ร.ต.ต.", "Police Sub-Lieutenant", 7, True, True),
    Rank("pol_snr_sgt_maj", "ดาบตำรวจ", "ด.ต.", "Police Senior Sergeant Major", 6, False, True),
    Rank("pol_sgt_maj", "จ่าสิบตำรวจ", "จ.ส.ต.", "Police Sergeant Major", 5, False, True),
    Rank("pol_sgt", "สิบตำรวจเอก", "ส.ต.อ.", "Police Sergeant", 4, False, True),
    Rank("pol_cpl", "สิบตำรวจโท", "ส.ต.ท.", "Police Corporal", 3, False, True),
    Rank("pol_l_cpl", "สิบตำรวจตรี", "ส.ต.ต.", "Police Lance Corporal", 2, False, True),
    Rank("pol_const", "พลตำรวจ", "พลฯ", "Police Constable", 1, False, True),
    Rank("mr", "นาย", "นาย", "Mr.", 0, False, False),
    Rank("mrs", "นาง", "นาง", "Mrs.", 0, False, False),
    Rank("miss", "นางสาว", "น.ส.", "Miss", 0, False, False),
)

_RANKS_BY_KEY: dict[str, Rank] = {rank.key: rank for rank in RANKS}

# Zero-width and no-break spaces come along when text is pasted from Word or PDF files.
_INVISIBLE = str.maketrans({"\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None})
_WIDE_SPACE = re.compile(r"[\s\u00a0]+")


def _clean(text: str) -> str:
    return _WIDE_SPACE.sub(" ", text.translate(_INVISIBLE)).strip()


def _skeleton(text: str) -> str:
    """Drop dots and spaces so "พ.ต.ท.", "พ. ต. ท" and "พตท." compare equal."""
    return re.sub(r"[.\s]", "", text)


_RANKS_BY_SKELETON: dict[str, Rank] = {}
for _rank in RANKS:
    _RANKS_BY_SKELETON[_skeleton(_rank.full)] = _rank
    _RANKS_BY_SKELETON[_skeleton(_rank.abbr)] = _rank


def rank_by_key(key: str) -> Rank:
    """Return the rank with the given stable key, e.g. ``"pol_lt_col"``."""
    try:
        return _RANKS_BY_KEY[key]
    except KeyError:
        raise UnknownRankError(f"Unknown rank key {key!r}") from None


@dataclass(frozen=True)
class Title:
    """A rank as carried by one person: possibly female (หญิง) and possibly acting (ว่าที่)."""

    rank: Rank
    female: bool = False
    acting: bool = False

    def __post_init__(self) -> None:
        # นาง/นางสาว already say the person is a woman, and ว่าที่ is conferred only on police
        # ranks, so either flag on a civilian title would print a form no document uses.
        if not self.rank.police and (self.female or self.acting):
            raise ValueError(f"Civilian title {self.rank.full!r} cannot be marked female or acting")


def format_title(title: Title, abbreviated: bool = True) -> str:
    """Render a title, e.g. ``"ว่าที่ พ.ต.ท.หญิง"`` or ``"พันตำรวจโทหญิง"``."""
    text = title.rank.abbr if abbreviated else title.rank.full
    if title.female:
        text += FEMALE_SUFFIX
    if title.acting:
        text = f"{ACTING_PREFIX} {text}"
    return text


def parse_title(text: str) -> Title:
    """Parse a full or abbreviated title, tolerant of dot and spacing variants.

    Accepts forms such as ``"พ.ต.ท."``, ``"พ.ต.ท"``, ``"พตท."``, ``"พ.ต.ท. หญิง"``,
    ``"พันตำรวจโทหญิง"``, ``"ว่าที่ ร.ต.อ."``, ``"ว่าที่ร้อยตำรวจเอก"`` and ``"น.ส."``.
    """
    cleaned = _clean(text)
    rest = cleaned
    acting = rest.startswith(ACTING_PREFIX)
    if acting:
        rest = rest[len(ACTING_PREFIX) :].strip()
    female = rest.endswith(FEMALE_SUFFIX)
    if female:
        rest = rest[: -len(FEMALE_SUFFIX)].strip()
    rank = _RANKS_BY_SKELETON.get(_skeleton(rest))
    if rank is None:
        raise UnknownRankError(f"Unknown rank or title in {text!r}")
    if not rank.police and (female or acting):
        raise UnknownRankError(
            f"Civilian title {rank.full!r} cannot be female or acting in {text!r}"
        )
    return Title(rank, female=female, acting=acting)


@dataclass(frozen=True)
class PersonName:
    """A person's title with their first and last name (the last may contain spaces: "ณ สงขลา")."""

    title: Title
    first: str
    last: str

    def __post_init__(self) -> None:
        if not self.first.strip() or not self.last.strip():
            raise IncompleteNameError(
                f"A name needs both a first and a last name, got {self.first!r} {self.last!r}"
            )


def _rank_pattern(form: str) -> str:
    """Regex for one written form of a rank, letting dots and spaces between letters vary."""
    if "." not in form:
        return re.escape(form)
    parts = [part for part in form.split(".") if part]
    return r"\.?\s*".join(re.escape(part) for part in parts) + r"\.?"


@functools.cache
def _title_candidates() -> tuple[tuple[re.Pattern[str], Rank], ...]:
    """Compiled on first use, so that starting the window does not pay for 34 patterns."""
    return tuple(
        (re.compile(_rank_pattern(form) + rf"(?:\s*(?P<female>{FEMALE_SUFFIX}))?"), rank)
        for rank in RANKS
        for form in dict.fromkeys((rank.full, rank.abbr))
    )

# A Thai first name starts with a consonant or a leading vowel; anything else means a title was
# cut in the wrong place (e.g. "นางสาวิตรี" is นาง + สาวิตรี, not นางสาว + ิตรี).
_NAME_START = re.compile(r"[ก-ฮเ-ไA-Za-z]")


def parse_person_name(text: str) -> PersonName:
    """Parse "title first last" as written in unit documents.

    Handles "พ.ต.ท.หญิง สุดา ใจดี", "ว่าที่ พ.ต.ท.สมชาย ใจดี" (no space after the rank),
    "พันตำรวจเอก สมชาย ใจดี", "นางสาวสุดา ใจดี" and tab-separated table cells. Everything after
    the first name is the last name, so "สมชาย ณ สงขลา" keeps "ณ สงขลา" together.
    """
    cleaned = _clean(text)
    if not cleaned:
        raise IncompleteNameError("The name is empty")
    rest = cleaned
    acting = rest.startswith(ACTING_PREFIX)
    if acting:
        rest = rest[len(ACTING_PREFIX) :].lstrip()

    # Several ranks share a prefix (พลตำรวจ / พลตำรวจเอก, นาง / นางสาว), so every match is
    # tried and the longest one that leaves a plausible first name wins.
    matches: list[tuple[int, Rank, bool]] = []
    for pattern, rank in _title_candidates():
        match = pattern.match(rest)
        if match is not None:
            matches.append((match.end(), rank, match.group("female") is not None))
            if match.group("female") is not None:
                matches.append((match.start("female"), rank, False))
    matches.sort(key=lambda item: item[0], reverse=True)

    for end, rank, female in matches:
        remainder = rest[end:].strip()
        if remainder and not _NAME_START.match(remainder):
            continue
        if not rank.police and acting:
            raise UnknownRankError(f"Civilian title {rank.full!r} cannot be acting in {text!r}")
        if not remainder:
            raise IncompleteNameError(f"No first and last name after the title in {text!r}")
        first, _, last = remainder.partition(" ")
        if not last.strip():
            raise IncompleteNameError(f"No last name in {text!r}")
        return PersonName(Title(rank, female=female, acting=acting), first, last.strip())
    raise UnknownRankError(f"No known rank or title at the start of {text!r}")


def _abbreviated_prefix(title: Title) -> str:
    """Abbreviated title as it is joined to a first name.

    The reports glue a male rank to the first name ("พ.ต.ท.สมชาย") but leave a space after
    หญิง ("พ.ต.ท.หญิง สุดา"); civilian titles are always glued ("นางสาวสุดา").
    """
    text = format_title(title, abbreviated=True)
    return text + " " if title.female else text


def name_in_table(person: PersonName) -> str:
    """Form used in tables, lists and calendars: ``"ว่าที่ พ.ต.ท.หญิง สุดา ใจดี"``."""
    return f"{_abbreviated_prefix(person.title)}{person.first} {person.last}"


def name_in_order(person: PersonName) -> str:
    """Form used in orders (คำสั่ง): full title, ``"พันตำรวจโทหญิง สุดา ใจดี"``."""
    title = format_title(person.title, abbreviated=False)
    separator = " " if person.title.rank.police else ""
    return f"{title}{separator}{person.first} {person.last}"


def name_short(person: PersonName) -> str:
    """Form used when minutes repeat a person: ``"พ.ต.ท.หญิง สุดาฯ"``."""
    return f"{_abbreviated_prefix(person.title)}{person.first}{SHORT_MARK}"


def signature_lines(
    person: PersonName,
    position_abbr: str,
    *,
    abbreviated: bool = True,
    role: str | None = None,
) -> list[str]:
    """Lines of a signature block, top to bottom, with the signature space above the name.

    Police officers have their title on its own line above the bracketed name, as in the
    reports' minutes ("ร.ต.อ.หญิง" / "(สุดา ใจดี)" / "รอง สว.ตม.จว.มุกดาหาร" /
    "ผู้จดรายงานการประชุม") and orders ("พันตำรวจเอก" / "(...)" / "ผู้กำกับการ..."). Civilians
    have no rank line, so their title goes inside the brackets: "(นางสาวสุดา ใจดี)".

    ``position_abbr`` may be given in either form; it is abbreviated for minutes and tables and
    spelled out when ``abbreviated`` is False, matching the title line. ``role`` is the optional
    last line, such as "ผู้ตรวจรายงานการประชุม".
    """
    lines: list[str] = []
    if person.title.rank.police:
        lines.append(format_title(person.title, abbreviated=abbreviated))
        lines.append(f"({person.first} {person.last})")
    else:
        lines.append(f"({person.title.rank.full}{person.first} {person.last})")
    position = _clean(position_abbr)
    if position:
        lines.append(abbreviate_position(position) if abbreviated else expand_position(position))
    if role is not None and role.strip():
        lines.append(_clean(role))
    return lines
