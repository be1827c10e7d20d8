"""The Thai government fiscal year and its halves and quarters, and the calendar year that
numbers orders and meetings.

A fiscal year runs from 1 October to 30 September and is named by the B.E. year it ends in:
fiscal year 2568 is 1 October 2024 to 30 September 2025. ITA work is reported by half year
("รอบ ๖ เดือนแรก" is October to March) and by quarter (ไตรมาส), while order and meeting
numbers ("ที่ 27/2567") restart every 1 January with the B.E. calendar year.

A fiscal year given by the user is checked here (``parse_fiscal_year``, ``check_fiscal_year``):
it is a four-digit B.E. year from the first ITA assessment (2556) to two years after the current
one; a C.E. year or a two-digit year is refused with the B.E. year that was probably meant. The
date a document of a fiscal year is signed off on is checked here too (``check_signing_date``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import IntEnum

from ita_desktop.domain.digits import DigitStyle, apply_digits, to_arabic_digits
from ita_desktop.domain.thai_dates import BE_OFFSET, DateForm, be_to_ce, ce_to_be, format_thai_date
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

__all__ = [
    "FIRST_FISCAL_YEAR",
    "YEARS_AHEAD",
    "FiscalYearError",
    "Half",
    "SigningDateError",
    "check_fiscal_year",
    "check_signing_date",
    "fiscal_year_range",
    "parse_fiscal_year",
    "signing_window",
    "calendar_year_be",
    "current_fiscal_year",
    "fiscal_year_bounds",
    "fiscal_year_label",
    "fiscal_year_of",
    "half_bounds",
    "half_label",
    "half_of",
    "quarter_bounds",
    "quarter_of",
    "shift_to_fiscal_year",
]

_FIRST_MONTH = 10


class Half(IntEnum):
    """The two six-month reporting rounds of a fiscal year."""

    FIRST = 1  # October to March
    SECOND = 2  # April to September


def _fiscal_month_index(d: date) -> int:
    """0 for October through 11 for September."""
    return (d.month - _FIRST_MONTH) % 12


def _month_start(fy: int, index: int) -> date:
    """The first day of the ``index``-th month (0 = October) of fiscal year ``fy``."""
    first_year = be_to_ce(fy) - 1
    month = _FIRST_MONTH + index
    return date(first_year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def _month_end(fy: int, index: int) -> date:
    # The day before the next month starts; ``calendar`` would cost 2 ms at start-up.
    return _month_start(fy, index + 1) - timedelta(days=1)


def fiscal_year_of(d: date) -> int:
    """The B.E. fiscal year ``d`` falls in."""
    return ce_to_be(d.year + (1 if d.month >= _FIRST_MONTH else 0))


def fiscal_year_bounds(fy: int) -> tuple[date, date]:
    """The first and last day of B.E. fiscal year ``fy``."""
    return _month_start(fy, 0), _month_end(fy, 11)


def current_fiscal_year(today: date | None = None) -> int:
    """The fiscal year of ``today`` (the system date when not given)."""
    return fiscal_year_of(today if today is not None else date.today())


def half_of(d: date) -> Half:
    """The half of its fiscal year that ``d`` falls in."""
    return Half.FIRST if _fiscal_month_index(d) < 6 else Half.SECOND


def half_bounds(fy: int, half: Half) -> tuple[date, date]:
    """The first and last day of ``half`` of fiscal year ``fy``."""
    first = (Half(half) - 1) * 6
    return _month_start(fy, first), _month_end(fy, first + 5)


def half_label(half: Half, digits: DigitStyle = DigitStyle.THAI) -> str:
    """The report wording of a half: "รอบ ๖ เดือนแรก" or "รอบ ๖ เดือนหลัง"."""
    which = "แรก" if Half(half) is Half.FIRST else "หลัง"
    return apply_digits(f"รอบ 6 เดือน{which}", digits)


def quarter_of(d: date) -> int:
    """The quarter (1-4) of its fiscal year that ``d`` falls in; quarter 1 is Oct-Dec."""
    return _fiscal_month_index(d) // 3 + 1


def quarter_bounds(fy: int, q: int) -> tuple[date, date]:
    """The first and last day of quarter ``q`` (1-4) of fiscal year ``fy``."""
    if q not in (1, 2, 3, 4):
        raise ValueError(f"a fiscal quarter is 1 to 4, not {q!r}")
    first = (q - 1) * 3
    return _month_start(fy, first), _month_end(fy, first + 2)


def fiscal_year_label(fy: int, digits: DigitStyle = DigitStyle.THAI) -> str:
    """The report wording of a fiscal year: "ปีงบประมาณ พ.ศ. ๒๕๖๘"."""
    return apply_digits(f"ปีงบประมาณ พ.ศ. {fy}", digits)


def calendar_year_be(d: date) -> int:
    """The B.E. calendar year of ``d``, the year in order and meeting numbers N/YYYY."""
    return ce_to_be(d.year)


def shift_to_fiscal_year(d: date, from_fy: int, to_fy: int) -> date:
    """Move ``d`` from fiscal year ``from_fy``'s framework to ``to_fy``'s by whole years.

    Used when a new year's plan is copied from last year's, so a deadline keeps its day and
    month; 29 February becomes 28 February when the target year has no leap day.
    """
    year = d.year + (to_fy - from_fy)
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if d.month == 2 and d.day == 29 and not leap:
        return date(year, 2, 28)
    return d.replace(year=year)


# --- the years and dates a user may give -----------------------------------------------------

FIRST_FISCAL_YEAR = 2556
"""The NACC ran the first ITA assessment in fiscal year 2556: no unit has ITA paperwork of an
earlier year, so an earlier year is a typing slip (2558 for 2568 is still accepted)."""

YEARS_AHEAD = 2
"""How far past the current fiscal year a year may be: the next year's framework and committee
are prepared during the current one, and the bundled catalogs run up to two years ahead. A
year further out is a typing slip such as 2586 for 2568."""

register({
    "fiscal.not_a_year": QT_TRANSLATE_NOOP(
        "Errors", "'%text' is not a year: give the fiscal year in the Buddhist Era (B.E.), "
        "such as %example."),
    "fiscal.christian_era": QT_TRANSLATE_NOOP(
        "Errors", "%year looks like a Christian-era (C.E.) year; fiscal years are given in the "
        "Buddhist Era (B.E.). Did you mean fiscal year %suggested?"),
    "fiscal.short_year": QT_TRANSLATE_NOOP(
        "Errors", "'%text' is a two-digit year; give the fiscal year in full, in the Buddhist "
        "Era (B.E.). Did you mean fiscal year %suggested?"),
    "fiscal.out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "Fiscal year %year is outside the years ITA Desktop works with: from %first "
        "(the first ITA assessment) to %last (two years after the current fiscal year)."),
    "fiscal.signed_in_future": QT_TRANSLATE_NOOP(
        "Errors", "%date is in the future: a document is signed off with the day it is "
        "signed, today (%today) at the latest."),
    "fiscal.signed_before_data": QT_TRANSLATE_NOOP(
        "Errors", "%date is before the day the document's data is as of (%as_of): a "
        "document cannot be signed off before the data it certifies. Sign it with a later "
        "date, or check the year of the date."),
    "fiscal.signed_too_early": QT_TRANSLATE_NOOP(
        "Errors", "%date is too early for a document of fiscal year %year, whose documents are "
        "signed from %earliest (the last quarter of the year before) on. Check the year of "
        "the date."),
})


class FiscalYearError(AppError):
    """A year that is not a fiscal year ITA Desktop works with."""


class SigningDateError(AppError):
    """A date a document cannot have been signed on."""


def fiscal_year_range(today: date | None = None) -> tuple[int, int]:
    """The first and last fiscal year a user may give, as of ``today``."""
    return FIRST_FISCAL_YEAR, current_fiscal_year(today) + YEARS_AHEAD


def check_fiscal_year(year: int, today: date | None = None, *, text: str | None = None) -> int:
    """``year`` when it is a fiscal year within ``fiscal_year_range``; ``FiscalYearError``
    otherwise, naming the B.E. year that was probably meant. ``text`` is the year as typed,
    quoted in the message."""
    first, last = fiscal_year_range(today)
    if first <= year <= last:
        return year
    written = text if text is not None else str(year)
    if 0 <= year < 100 and first <= 2500 + year <= last:
        raise FiscalYearError("fiscal.short_year", text=written, suggested=2500 + year)
    if first <= year + BE_OFFSET <= last:
        raise FiscalYearError("fiscal.christian_era", year=year, suggested=year + BE_OFFSET)
    raise FiscalYearError("fiscal.out_of_range", year=written, first=first, last=last)


_YEAR_TEXT = re.compile(r"^(?:พ\s*\.?\s*ศ\s*\.?|B\.?\s*E\.?)?\s*([0-9]+)$", re.IGNORECASE)


def parse_fiscal_year(text: str, today: date | None = None) -> int:
    """The fiscal year typed as ``text`` ("2568", "๒๕๖๘", "พ.ศ. 2568"), checked as
    ``check_fiscal_year`` does."""
    typed = " ".join(to_arabic_digits(text).split())
    match = _YEAR_TEXT.match(typed)
    if match is None:
        raise FiscalYearError("fiscal.not_a_year", text=typed,
                              example=current_fiscal_year(today))
    digits = match[1]
    return check_fiscal_year(int(digits), today, text=digits)


def signing_window(fy: int, today: date | None = None) -> tuple[date, date]:
    """The first and last day a document of fiscal year ``fy`` may be signed on.

    From the start of the last quarter of the year before (July): the next year's committee
    order and plans are signed then, while the most common slip, last year's B.E. number typed
    early in a new year, still falls before it. To ``today``: a document is signed with the
    day it is signed, never a later one; a year's results are signed after it ends, so the
    year's end is no limit.
    """
    return quarter_bounds(fy - 1, 4)[0], today if today is not None else date.today()


def _shown(d: date) -> str:
    # B.E. and Thai month in every language: what a secretary typed and sees on the document.
    return format_thai_date(d, DateForm.ABBR, DigitStyle.ARABIC)


def check_signing_date(day: date, fy: int | None = None, today: date | None = None,
                       data_as_of: date | None = None) -> date:
    """``day`` when a document (of fiscal year ``fy``, when given; whose data is as of
    ``data_as_of``, when it says so) can be signed on it; ``SigningDateError`` otherwise."""
    earliest, latest = signing_window(fy if fy is not None else fiscal_year_of(day), today)
    if day > latest:
        raise SigningDateError("fiscal.signed_in_future", date=_shown(day), today=_shown(latest))
    if fy is not None and day < earliest:
        raise SigningDateError("fiscal.signed_too_early", date=_shown(day), year=fy,
                               earliest=_shown(earliest))
    if data_as_of is not None and day < data_as_of:
        # "ข้อมูล ณ วันที่ ๒๗ พ.ย." above "ลงนาม ๑๕ มี.ค." would certify data not yet there.
        raise SigningDateError("fiscal.signed_before_data", date=_shown(day),
                               as_of=_shown(data_as_of))
    return day
