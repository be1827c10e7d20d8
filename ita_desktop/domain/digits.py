"""Thai and Arabic digits: converting text between them and writing numbers in either style.

Official Thai documents usually write numbers with Thai digits (๐-๙), while forms typed by hand
or exported from Excel use Arabic digits (0-9); each unit chooses which its reports use.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = [
    "DigitStyle",
    "apply_digits",
    "format_number",
    "to_arabic_digits",
    "to_thai_digits",
]

_THAI_ZERO = ord("๐")
_ARABIC_ZERO = ord("0")


class DigitStyle(StrEnum):
    """Which digits a document is written with."""

    THAI = "thai"
    ARABIC = "arabic"


class _DigitTable(dict[int, int]):
    """A str.translate table sending every Unicode decimal digit to the digit of one script.

    Filled lazily so that digits from any script (Lao, full-width, ...) pasted from other
    software are converted too, without listing every script up front.
    """

    def __init__(self, zero: int) -> None:
        super().__init__()
        self._zero = zero

    def __missing__(self, codepoint: int) -> int:
        char = chr(codepoint)
        # Every character is cached, digits or not, so each is examined only once;
        # a non-digit maps to itself because mapping to None would delete it.
        target = self._zero + int(char) if char.isdecimal() else codepoint
        self[codepoint] = target
        return target


_TO_THAI = _DigitTable(_THAI_ZERO)
_TO_ARABIC = _DigitTable(_ARABIC_ZERO)


def to_thai_digits(text: str) -> str:
    """Return ``text`` with every decimal digit written as a Thai digit."""
    return text.translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    """Return ``text`` with every decimal digit written as an Arabic (ASCII) digit."""
    return text.translate(_TO_ARABIC)


def apply_digits(text: str, style: DigitStyle) -> str:
    """Return ``text`` with its digits written in ``style``."""
    if style is DigitStyle.THAI:
        return to_thai_digits(text)
    return to_arabic_digits(text)


def format_number(
    n: int | float | Decimal,
    style: DigitStyle,
    decimals: int | None = None,
    grouping: bool = False,
) -> str:
    """Write ``n`` with ``style`` digits.

    ``decimals`` fixes the number of decimal places, rounding half away from zero as people
    do by hand (93.445 gives 93.45, which binary float formatting would give as 93.44);
    ``None`` keeps the number as it is. ``grouping`` separates thousands with commas.
    """
    # Imported here: ``decimal`` is not needed to show the window.
    from decimal import ROUND_HALF_UP, Decimal

    if isinstance(n, bool) or not isinstance(n, int | float | Decimal):
        raise TypeError(f"format_number expects an int, float or Decimal, not {n!r}")
    if decimals is not None and decimals < 0:
        raise ValueError(f"decimals must be zero or more, not {decimals}")
    # str() of a float is its shortest round-tripping form, so 0.1 stays 0.1 instead of
    # becoming 0.1000000000000000055511151231257827.
    value = Decimal(str(n)) if isinstance(n, float) else Decimal(n)
    if not value.is_finite():
        raise ValueError(f"cannot write {n!r} as a number")
    if decimals is not None:
        value = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if value.is_zero():
        # A tiny negative rounded to zero must not be shown as "-0.00".
        value = value.copy_abs()
    text = format(value, ",f" if grouping else "f")
    return apply_digits(text, style)
