"""What makes a typed text unfit for a signed document: names and the other texts printed in
the unit's documents (positions, the unit's names and address)."""

from __future__ import annotations

import re
import unicodedata

from ita_desktop.domain.problems import Problem
from ita_desktop.domain.thai_dates import parse_thai_date
from ita_desktop.domain.thai_text import (
    normalise_text,
    shown_chars,
    stray_marks,
    unprintable_chars,
    visible,
)

# A cell Excel holds as a date comes as "2024-05-12 00:00:00": the time is cut before the
# date is read.
_TIME_RE = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")
# What a name is made of: letters with their marks, spaces and punctuation (. - ' ( )).
_NAME_CATEGORIES = ("L", "M", "Z", "P")


def text_problems(raw: str, column: str, row: int | None = None, *,
                  name: bool = False) -> list[Problem]:
    """What makes one typed text unfit for a signed document, checked in its normal form.

    Every printed text: nothing but invisible characters, a Thai mark with no letter under it
    (it overlaps the line above or below), characters the fonts have no letter for (emoji
    print as boxes). A name besides: no date, no digits, no symbols, at least one letter.
    An empty text is no problem here; whether a field may be empty is the caller's rule.
    """
    text = normalise_text(raw)
    if not text:
        return [Problem("only_invisible", row, column)] if str(raw).strip() else []
    shown = visible(text)
    if name and _is_date(text):
        return [Problem("name_date", row, column, shown)]
    problems: list[Problem] = []
    marks = stray_marks(text)
    if marks:
        problems.append(Problem("stray_mark", row, column, shown, shown_chars(marks)))
    if name:
        # Digits are let through: no real name has one, but lists number people ("สมชาย 2")
        # and a name of digits alone has no letters, which is refused below.
        others = [ch for ch in dict.fromkeys(text)
                  if not unicodedata.category(ch).startswith(_NAME_CATEGORIES)
                  and unicodedata.category(ch) != "Nd"]
        if others:
            problems.append(Problem("name_symbols", row, column, shown, shown_chars(others)))
        if not problems and not any(ch.isalpha() for ch in text):
            problems.append(Problem("name_no_letters", row, column, shown))
        return problems
    unprintable = unprintable_chars(text)
    if unprintable:
        problems.append(Problem("unprintable", row, column, shown, shown_chars(unprintable)))
    return problems


def _is_date(text: str) -> bool:
    """12/05/2567, 2024-05-12 00:00:00, 12 พ.ค. 2567: a date typed or shifted into a name."""
    if not any(ch.isdigit() for ch in text):
        return False  # a name that merely is a month ("มีนาคม") is no date
    try:
        parse_thai_date(_TIME_RE.sub("", text))
    except ValueError:
        return False
    return True
