"""Tests for Thai/Arabic digit conversion and number formatting."""

from decimal import Decimal

import pytest

from ita_desktop.domain.digits import (
    DigitStyle,
    apply_digits,
    format_number,
    to_arabic_digits,
    to_thai_digits,
)


def test_digit_style_values() -> None:
    assert DigitStyle("thai") is DigitStyle.THAI
    assert DigitStyle("arabic") is DigitStyle.ARABIC
    assert str(DigitStyle.THAI) == "thai"


def test_every_arabic_digit_becomes_thai() -> None:
    assert to_thai_digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙"


def test_every_thai_digit_becomes_arabic() -> None:
    assert to_arabic_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"


def test_text_around_digits_is_kept() -> None:
    assert to_thai_digits("คำสั่ง ที่ 222/2566 (IIT 93.45 %)") == "คำสั่ง ที่ ๒๒๒/๒๕๖๖ (IIT ๙๓.๔๕ %)"
    assert to_arabic_digits("ระเบียบวาระที่ ๑-๕, O24") == "ระเบียบวาระที่ 1-5, O24"


def test_mixed_digits_are_all_converted() -> None:
    assert to_arabic_digits("๒๕67") == "2567"
    assert to_thai_digits("๒๕67") == "๒๕๖๗"


def test_digits_of_other_scripts_are_converted() -> None:
    # Full-width digits arrive when text is pasted from East Asian input methods.
    assert to_arabic_digits("\uff12\uff10\uff12\uff15") == "2025"
    assert to_thai_digits("\uff17") == "๗"


def test_conversion_without_digits_is_identity() -> None:
    text = "ผู้ควบคุมและติดตามข้อมูล"
    assert to_thai_digits(text) == text
    assert to_arabic_digits(text) == text
    assert to_thai_digits("") == ""


def test_round_trip_between_styles() -> None:
    text = "O1-O24 ภายใน ก.พ.68 เวลา 10.00 น."
    assert to_arabic_digits(to_thai_digits(text)) == text


def test_apply_digits() -> None:
    assert apply_digits("ที่ 27/2567", DigitStyle.THAI) == "ที่ ๒๗/๒๕๖๗"
    assert apply_digits("ที่ ๒๗/๒๕๖๗", DigitStyle.ARABIC) == "ที่ 27/2567"


@pytest.mark.parametrize(
    ("n", "style", "decimals", "grouping", "expected"),
    [
        (2568, DigitStyle.THAI, None, False, "๒๕๖๘"),
        (2568, DigitStyle.ARABIC, None, False, "2568"),
        (500, DigitStyle.THAI, None, True, "๕๐๐"),
        (1234567, DigitStyle.ARABIC, None, True, "1,234,567"),
        (1234567, DigitStyle.THAI, None, True, "๑,๒๓๔,๕๖๗"),
        (-1234, DigitStyle.ARABIC, None, True, "-1,234"),
        (92.67, DigitStyle.THAI, None, False, "๙๒.๖๗"),
        (0.1, DigitStyle.ARABIC, None, False, "0.1"),
        (93.45, DigitStyle.ARABIC, 2, False, "93.45"),
        (100, DigitStyle.ARABIC, 2, False, "100.00"),
        (30, DigitStyle.THAI, 2, False, "๓๐.๐๐"),
        (93.445, DigitStyle.ARABIC, 2, False, "93.45"),
        (2.675, DigitStyle.ARABIC, 2, False, "2.68"),
        (0.5, DigitStyle.ARABIC, 0, False, "1"),
        (-0.5, DigitStyle.ARABIC, 0, False, "-1"),
        (-0.001, DigitStyle.ARABIC, 2, False, "0.00"),
        (1234567.891, DigitStyle.ARABIC, 2, True, "1,234,567.89"),
        (Decimal("95.210"), DigitStyle.ARABIC, None, False, "95.210"),
        (Decimal("98.125"), DigitStyle.THAI, 2, False, "๙๘.๑๓"),
        (Decimal("1E+3"), DigitStyle.ARABIC, None, True, "1,000"),
        (1e20, DigitStyle.ARABIC, None, False, "100000000000000000000"),
        (7, DigitStyle.ARABIC, 1, False, "7.0"),
    ],
)
def test_format_number(
    n: int | float | Decimal,
    style: DigitStyle,
    decimals: int | None,
    grouping: bool,
    expected: str,
) -> None:
    assert format_number(n, style, decimals=decimals, grouping=grouping) == expected


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Infinity")])
def test_format_number_rejects_non_finite(bad: float | Decimal) -> None:
    with pytest.raises(ValueError, match="cannot write"):
        format_number(bad, DigitStyle.ARABIC)


@pytest.mark.parametrize("bad", ["12", True, None])
def test_format_number_rejects_non_numbers(bad: object) -> None:
    with pytest.raises(TypeError):
        format_number(bad, DigitStyle.ARABIC)  # type: ignore[arg-type]


def test_format_number_rejects_negative_decimals() -> None:
    with pytest.raises(ValueError, match="decimals"):
        format_number(1, DigitStyle.ARABIC, decimals=-1)
