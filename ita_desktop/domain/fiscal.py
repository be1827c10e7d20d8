"""The Thai government fiscal year and its halves and quarters, and the calendar year that
numbers orders and meetings.

A fiscal year runs from 1 October to 30 September and is named by the B.E. year it ends in:
fiscal year 2568 is 1 October 2024 to 30 September 2025. ITA work is reported by half year
("รอบ ๖ เดือนแรก" is October to March) and by quarter (ไตรมาส), while order and meeting
numbers ("ที่ 27/2567") restart every 1 January with the B.E. calendar year.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import IntEnum

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.thai_dates import be_to_ce, ce_to_be

__all__ = [
    "Half",
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
