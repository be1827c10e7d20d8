"""Police position and unit words and their official abbreviations.

Minutes, tables and signature blocks write "รอง สว.ตม.จว.มุกดาหาร" where orders write
"รองสารวัตรตรวจคนเข้าเมืองจังหวัดมุกดาหาร". A position is stored once, in either form, and
converted here: every term is replaced longest match first, so "รองสารวัตร" is not read as
"รอง" + "สารวัตร" and "ตรวจคนเข้าเมืองจังหวัด" is not read as "ตรวจคนเข้าเมือง" + "จังหวัด".
Words that are not in the table (place names, numbers) pass through unchanged.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "POSITION_TERMS",
    "PositionTerm",
    "abbreviate_position",
    "expand_position",
]

_DIGIT = "0-9๐-๙"


@dataclass(frozen=True)
class PositionTerm:
    """One position or unit word with its abbreviation.

    ``numbered`` terms take a number ("กองบังคับการตรวจคนเข้าเมือง ๔", "ผู้กำกับการ ๓"), which
    follows a space when spelled out and is glued on when abbreviated ("บก.ตม.๔", "ผกก.๓").
    ``abbr_variants`` and ``full_variants`` are other spellings accepted on input.
    """

    full: str
    abbr: str
    kind: Literal["position", "unit", "modifier"]
    english: str
    numbered: bool = False
    abbr_variants: tuple[str, ...] = ()
    full_variants: tuple[str, ...] = ()


POSITION_TERMS: tuple[PositionTerm, ...] = (
    PositionTerm("ผู้บัญชาการตำรวจแห่งชาติ", "ผบ.ตร.", "position", "Commissioner-General"),
    PositionTerm("รองผู้บัญชาการตำรวจแห่งชาติ", "รอง ผบ.ตร.", "position", "Deputy Commissioner-General"),
    PositionTerm("ผู้บัญชาการ", "ผบช.", "position", "Commissioner"),
    PositionTerm("รองผู้บัญชาการ", "รอง ผบช.", "position", "Deputy Commissioner"),
    PositionTerm("ผู้บังคับการ", "ผบก.", "position", "Commander"),
    PositionTerm("รองผู้บังคับการ", "รอง ผบก.", "position", "Deputy Commander"),
    PositionTerm("ผู้กำกับการ", "ผกก.", "position", "Superintendent", numbered=True),
    PositionTerm("รองผู้กำกับการ", "รอง ผกก.", "position", "Deputy Superintendent"),
    PositionTerm("สารวัตรใหญ่", "สวญ.", "position", "Chief Inspector"),
    PositionTerm(
        "สารวัตรสืบสวน", "สว.สส.", "position", "Inspector (Investigation)", abbr_variants=("สวส.",)
    ),
    PositionTerm("รองสารวัตรสืบสวน", "รอง สว.สส.", "position", "Sub-Inspector (Investigation)"),
    PositionTerm("สารวัตรสอบสวน", "สว.(สอบสวน)", "position", "Inspector (Inquiry)"),
    PositionTerm("รองสารวัตรสอบสวน", "รอง สว.(สอบสวน)", "position", "Sub-Inspector (Inquiry)"),
    PositionTerm(
        "สารวัตรป้องกันปราบปราม", "สวป.", "position", "Inspector (Crime Prevention and Suppression)"
    ),
    PositionTerm(
        "รองสารวัตรป้องกันปราบปราม",
        "รอง สวป.",
        "position",
        "Sub-Inspector (Crime Prevention and Suppression)",
    ),
    PositionTerm("สารวัตรจราจร", "สว.จร.", "position", "Inspector (Traffic)"),
    PositionTerm("รองสารวัตรจราจร", "รอง สว.จร.", "position", "Sub-Inspector (Traffic)"),
    PositionTerm("สารวัตร", "สว.", "position", "Inspector"),
    PositionTerm("รองสารวัตร", "รอง สว.", "position", "Sub-Inspector"),
    PositionTerm("ผู้บังคับหมู่", "ผบ.หมู่", "position", "Squad Leader"),
    PositionTerm("พนักงานสอบสวน", "พงส.", "position", "Inquiry Official"),
    PositionTerm("หัวหน้า", "หน.", "modifier", "Head of"),
    PositionTerm("รักษาราชการแทน", "รรท.", "modifier", "Acting for"),
    PositionTerm("ปฏิบัติราชการแทน", "ปรท.", "modifier", "On behalf of"),
    PositionTerm("สำนักงานตำรวจแห่งชาติ", "ตร.", "unit", "Royal Thai Police"),
    PositionTerm("สำนักงานตรวจคนเข้าเมือง", "สตม.", "unit", "Immigration Bureau"),
    PositionTerm(
        "กองบังคับการตรวจคนเข้าเมือง", "บก.ตม.", "unit", "Immigration Division", numbered=True
    ),
    PositionTerm("ตรวจคนเข้าเมืองจังหวัด", "ตม.จว.", "unit", "Provincial Immigration"),
    PositionTerm(
        "ด่านตรวจคนเข้าเมือง",
        "ด่าน ตม.",
        "unit",
        "Immigration Checkpoint",
        abbr_variants=("ด่านตม.",),
    ),
    # Short for the numbered immigration divisions: "ผบก.ตม.๔" is ผู้บังคับการตรวจคนเข้าเมือง ๔.
    PositionTerm("ตรวจคนเข้าเมือง", "ตม.", "unit", "Immigration", numbered=True),
    PositionTerm("สถานีตำรวจภูธร", "สภ.", "unit", "Provincial Police Station"),
    PositionTerm("สถานีตำรวจนครบาล", "สน.", "unit", "Metropolitan Police Station"),
    PositionTerm("ตำรวจภูธรจังหวัด", "ภ.จว.", "unit", "Provincial Police"),
    PositionTerm(
        "ตำรวจภูธรภาค",
        "ภ.",
        "unit",
        "Provincial Police Region",
        numbered=True,
        full_variants=("กองบัญชาการตำรวจภูธรภาค",),
    ),
    PositionTerm(
        "กองบังคับการตำรวจนครบาล", "บก.น.", "unit", "Metropolitan Police Division", numbered=True
    ),
    PositionTerm("กองบัญชาการตำรวจนครบาล", "บช.น.", "unit", "Metropolitan Police Bureau"),
    PositionTerm(
        "คณะกรรมการตรวจสอบและติดตามการบริหารงานตำรวจ",
        "กต.ตร.",
        "unit",
        "Police Oversight Committee",
    ),
)


def _abbr_spellings(term: PositionTerm) -> tuple[str, ...]:
    spellings = [term.abbr, *term.abbr_variants]
    # Secretaries often drop the space in "รอง สว." or "ด่าน ตม."; both are read the same.
    spellings += [s.replace(" ", "") for s in spellings if " " in s]
    return tuple(dict.fromkeys(spellings))


def _full_spellings(term: PositionTerm) -> tuple[str, ...]:
    return tuple(dict.fromkeys((term.full, *term.full_variants)))


def _compile(
    spellings: dict[str, PositionTerm],
    suffix: Callable[[PositionTerm], str] = lambda term: "",
) -> re.Pattern[str]:
    # Python tries alternatives left to right, so sorting longest first makes the leftmost match
    # also the longest one starting there.
    ordered = sorted(spellings, key=len, reverse=True)
    return re.compile("|".join(re.escape(s) + suffix(spellings[s]) for s in ordered))


_BY_FULL: dict[str, PositionTerm] = {
    spelling: term for term in POSITION_TERMS for spelling in _full_spellings(term)
}
_BY_ABBR: dict[str, PositionTerm] = {
    spelling: term for term in POSITION_TERMS for spelling in _abbr_spellings(term)
}


# Compiled on first use: the window's start-up never abbreviates a position, and these two
# alternations of every spelling are the dearest patterns of the program to compile.
@functools.cache
def _full_pattern() -> re.Pattern[str]:
    return _compile(_BY_FULL, lambda term: rf"(?:\s+(?=[{_DIGIT}]))?" if term.numbered else "")


@functools.cache
def _abbr_pattern() -> re.Pattern[str]:
    return _compile(_BY_ABBR)


_SPACES = re.compile(r"\s+")
_DIGIT_CHAR = re.compile(f"[{_DIGIT}]")


def _normalise(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\u200b", "")).strip()


def abbreviate_position(full: str) -> str:
    """Abbreviate every known position and unit word.

    "รองสารวัตรตรวจคนเข้าเมืองจังหวัดมุกดาหาร" becomes "รอง สว.ตม.จว.มุกดาหาร" and
    "ผู้กำกับการสถานีตำรวจภูธรเมืองระนอง" becomes "ผกก.สภ.เมืองระนอง". Text that is already
    abbreviated comes back unchanged.
    """

    def replace(match: re.Match[str]) -> str:
        abbr = _BY_FULL[match.group(0).rstrip()].abbr
        following = match.string[match.end() : match.end() + 1]
        # An abbreviation that does not end in a dot ("ผบ.หมู่", "สว.(สอบสวน)") would run into
        # the next word, so official usage puts a space there: "ผบ.หมู่ ตม.จว.ตรัง".
        if not abbr.endswith(".") and following and not following.isspace():
            return abbr + " "
        return abbr

    return _full_pattern().sub(replace, _normalise(full))


def expand_position(abbr: str) -> str:
    """Spell out every known abbreviation; the reverse of :func:`abbreviate_position`.

    "รอง สว.ตม.จว.มุกดาหาร" becomes "รองสารวัตรตรวจคนเข้าเมืองจังหวัดมุกดาหาร". Text that is
    already spelled out comes back unchanged.
    """

    def replace(match: re.Match[str]) -> str:
        term = _BY_ABBR[match.group(0)]
        following = match.string[match.end() : match.end() + 1]
        if term.numbered and following and _DIGIT_CHAR.match(following):
            return term.full + " "
        return term.full

    return _abbr_pattern().sub(replace, _normalise(abbr))
