"""The names a document keeps whole on a line (``Document.keep_whole``).

The PDF and XLSX renderers break Thai lines between dictionary words, and names are not in
the dictionary: "ศรีวารินทร์" would break as "ศรีวาริ" / "นทร์", "ทองประเสริฐ" as "ทอง" /
"ประเสริฐ". Each builder hands its document the names it prints: the unit's names and every
person's first and last name.

The words come from the report's data as printed, not from the profile and the roster: a
signed-off version is rebuilt from its frozen data alone, and adding the words to that data
would change the hash of every version already signed. A printed name carries its title
("พ.ต.ท.หญิง สุดา ใจดี", "นางสาวสุดา ใจดี"), which ``parse_person_name`` takes off; a bare
name ("สุดา ใจดี", in a signature block) is split at its spaces.

Only Thai words of two letters or more are kept: a single letter cannot be split, and text in
other scripts already breaks only at spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ita_desktop.domain.ranks import (
    IncompleteNameError,
    UnknownRankError,
    name_in_table,
    parse_person_name,
)
from ita_desktop.domain.roster import Person
from ita_desktop.reports.model import Signer

_SEPARATORS = re.compile(r"[\s.]+")
"""Spaces, and the dots of abbreviations ("ตม.จว.ศรีวารินทร์", "พ.ต.ท.สมชาย")."""
_THAI_WORD = re.compile(r"[\u0e01-\u0e4e]{2,}")
"""Thai letters, vowels and marks; Thai digits and symbols are not part of a name."""
NAME_WINDOW = 3
"""A titled name spans at most three space-separated tokens: "พ.ต.ท.หญิง สุดา ใจดี"."""


def _words(text: str) -> list[str]:
    return [piece for piece in _SEPARATORS.split(text) if _THAI_WORD.fullmatch(piece)]


def person_words(name: str) -> list[str]:
    """The first and last name of one person as a document prints them, title or not."""
    try:
        parsed = parse_person_name(name)
    except (UnknownRankError, IncompleteNameError):
        return _words(name)
    return _words(f"{parsed.first} {parsed.last}")


def titled_names_in(text: str) -> list[str]:
    """The first and last names of the titled people running text names, as the calendar's
    responsible column does: "ผู้ควบคุม พ.ต.อ.ธีรวัฒน์ แสงอรุณ พ.ต.ท.หญิง อรุณี ทองประเสริฐ".
    Words that start no name ("ผู้ควบคุม", a section) are left to the dictionary."""
    tokens = text.split()
    found: list[str] = []
    for start in range(len(tokens)):
        window = " ".join(tokens[start:start + NAME_WINDOW])
        try:
            parsed = parse_person_name(window)
        except (UnknownRankError, IncompleteNameError):
            continue
        # The parser takes everything after the first name as the last name; in running
        # text only the token after the first name is this person's.
        found += _words(f"{parsed.first} {parsed.last.split()[0]}")
    return found


def unit_words(full_name: str, short_name: str) -> list[str]:
    """The unit's names split at spaces and dots. A piece holding another piece is left out:
    "ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์" holds "ศรีวารินทร์" of "ตม.จว.ศรีวารินทร์", and kept whole
    the long piece could break nowhere in a narrow column, while the place name is what the
    dictionary lacks."""
    pieces = set(_words(full_name)) | set(_words(short_name))
    return sorted(piece for piece in pieces
                  if not any(other != piece and other in piece for other in pieces))


def kept_names(unit: Mapping[str, Any], people: Iterable[str] = (),
               texts: Iterable[str] = (), signers: Iterable[Signer] = ()) -> frozenset[str]:
    """Every name a document prints, for ``Document.keep_whole``: the unit's (``unit`` as a
    report's data holds it, with ``full_name`` and ``short_name``), each of ``people`` (one
    printed name each), the titled people named in ``texts``, and the signers'."""
    words = set(unit_words(unit.get("full_name", ""), unit.get("short_name", "")))
    for name in (*people, *(signer.name for signer in signers)):
        words.update(person_words(name))
    for text in texts:
        words.update(titled_names_in(text))
    return frozenset(words)


def meeting_names(data: Mapping[str, Any], signers: Iterable[Signer] = ()) -> frozenset[str]:
    """The names of a meeting's documents (``reports/meeting_data.py``): the unit, every
    attendee (members, absentees, guests), the recorder, checker and chair, those who signed
    off, and the titled people named as doing an action item."""
    people = [person["full_name"] for group in data["attendees"].values() for person in group]
    people += [data[key]["name"] for key in ("recorder", "checker", "chair") if data.get(key)]
    return kept_names(data["unit"], people, _action_whos(data["agenda"]), signers)


def _action_whos(items: Iterable[Mapping[str, Any]]) -> list[str]:
    found: list[str] = []
    for item in items:
        found += [action["who"] for action in item["actions"]]
        found += _action_whos(item["items"])
    return found


def person_name(people: Mapping[int, Person], person_id: int) -> str:
    """A person as the tables of every report print them: the rank on the name. A roster id
    the roster no longer holds shows as its number, so the gap is seen and mended rather than
    hidden."""
    person = people.get(person_id)
    if person is None:
        return f"#{person_id}"
    try:
        return name_in_table(person.name)
    except ValueError:
        return person.display_name
