"""Tests for Thai date forms: formatting, parsing back, ranges, times and error messages."""

from datetime import date, time, timedelta

import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.thai_dates import (
    MONTHS_ABBR,
    MONTHS_FULL,
    WEEKDAYS,
    DateForm,
    ThaiDateError,
    be_to_ce,
    ce_to_be,
    format_date_range,
    format_thai_date,
    format_time,
    parse_date_range,
    parse_month_year,
    parse_thai_date,
)
from ita_desktop.errors import template, word

DAY_FORMS = [
    DateForm.FULL,
    DateForm.ABBR,
    DateForm.ABBR_SHORT_YEAR,
    DateForm.WEEKDAY_FULL,
    DateForm.FULL_WITH_PREFIX,
]
MONTH_FORMS = [DateForm.MONTH_YEAR_FULL, DateForm.MONTH_YEAR_ABBR]

SPECIAL_DATES = [
    date(2024, 2, 29),
    date(2028, 2, 29),
    date(2000, 2, 29),
    date(2023, 2, 28),
    date(2024, 3, 1),
    date(2023, 12, 31),
    date(2024, 1, 1),
    date(2024, 9, 30),
    date(2024, 10, 1),
    date(1999, 12, 31),
    date(2056, 12, 31),
    date(1957, 1, 1),
]


def _many_dates() -> list[date]:
    # Every third day over thirteen years touches every day-of-month, month and weekday, and
    # three leap years; the special dates add the edges.
    start = date(2019, 1, 1)
    return [start + timedelta(days=n) for n in range(0, 13 * 366, 3)] + SPECIAL_DATES


MANY_DATES = _many_dates()


# --- names and years ---------------------------------------------------------------------


def test_month_tables() -> None:
    assert len(MONTHS_FULL) == len(MONTHS_ABBR) == 12
    assert MONTHS_FULL[0] == "มกราคม"
    assert MONTHS_FULL[6] == "กรกฎาคม"
    assert MONTHS_FULL[11] == "ธันวาคม"
    assert MONTHS_ABBR == (
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    )  # fmt: skip


def test_weekdays_follow_python_weekday() -> None:
    assert len(WEEKDAYS) == 7
    assert WEEKDAYS[date(2024, 1, 5).weekday()] == "วันศุกร์"
    assert WEEKDAYS[date(2024, 2, 5).weekday()] == "วันจันทร์"
    assert WEEKDAYS[6] == "วันอาทิตย์"


def test_buddhist_era_conversion() -> None:
    assert ce_to_be(2025) == 2568
    assert be_to_ce(2568) == 2025
    assert be_to_ce(ce_to_be(1999)) == 1999


# --- formatting ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "thai", "arabic"),
    [
        (DateForm.FULL, "๒๘ ธันวาคม ๒๕๖๖", "28 ธันวาคม 2566"),
        (DateForm.ABBR, "๒๘ ธ.ค. ๒๕๖๖", "28 ธ.ค. 2566"),
        (DateForm.ABBR_SHORT_YEAR, "๒๘ ธ.ค. ๖๖", "28 ธ.ค. 66"),
        (DateForm.MONTH_YEAR_FULL, "ธันวาคม ๒๕๖๖", "ธันวาคม 2566"),
        (DateForm.MONTH_YEAR_ABBR, "ธ.ค.๖๖", "ธ.ค.66"),
        (DateForm.WEEKDAY_FULL, "วันพฤหัสบดีที่ ๒๘ ธันวาคม ๒๕๖๖", "วันพฤหัสบดีที่ 28 ธันวาคม 2566"),
        (DateForm.FULL_WITH_PREFIX, "๒๘ ธันวาคม พ.ศ. ๒๕๖๖", "28 ธันวาคม พ.ศ. 2566"),
    ],
)
def test_format_each_form(form: DateForm, thai: str, arabic: str) -> None:
    d = date(2023, 12, 28)
    assert format_thai_date(d, form) == thai
    assert format_thai_date(d, form, DigitStyle.THAI) == thai
    assert format_thai_date(d, form, DigitStyle.ARABIC) == arabic


def test_format_defaults_to_full_form_with_thai_digits() -> None:
    assert format_thai_date(date(2023, 12, 28)) == "๒๘ ธันวาคม ๒๕๖๖"


def test_format_seed_strings() -> None:
    assert format_thai_date(date(2024, 1, 5), DateForm.WEEKDAY_FULL) == "วันศุกร์ที่ ๕ มกราคม ๒๕๖๗"
    assert format_thai_date(date(2024, 2, 5), DateForm.WEEKDAY_FULL) == "วันจันทร์ที่ ๕ กุมภาพันธ์ ๒๕๖๗"
    assert (
        format_thai_date(date(2025, 2, 28), DateForm.MONTH_YEAR_ABBR, DigitStyle.ARABIC) == "ก.พ.68"
    )
    order_date = format_thai_date(date(2023, 12, 28), DateForm.FULL_WITH_PREFIX)
    assert f"สั่ง ณ วันที่ {order_date}" == "สั่ง ณ วันที่ ๒๘ ธันวาคม พ.ศ. ๒๕๖๖"


def test_single_digit_day_is_not_padded() -> None:
    assert format_thai_date(date(2024, 1, 1), DateForm.ABBR) == "๑ ม.ค. ๒๕๖๗"


def test_short_year_is_two_digits() -> None:
    assert format_thai_date(date(1957, 3, 1), DateForm.ABBR_SHORT_YEAR, DigitStyle.ARABIC) == (
        "1 มี.ค. 00"
    )
    assert format_thai_date(date(1966, 3, 1), DateForm.MONTH_YEAR_ABBR, DigitStyle.ARABIC) == (
        "มี.ค.09"
    )


def test_format_accepts_form_given_as_its_value() -> None:
    assert format_thai_date(date(2023, 12, 28), "abbr") == "๒๘ ธ.ค. ๒๕๖๖"  # type: ignore[arg-type]


# --- round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize("digits", list(DigitStyle))
@pytest.mark.parametrize("form", DAY_FORMS)
def test_day_forms_round_trip(form: DateForm, digits: DigitStyle) -> None:
    for d in MANY_DATES:
        text = format_thai_date(d, form, digits)
        assert parse_thai_date(text) == d, text


@pytest.mark.parametrize("digits", list(DigitStyle))
@pytest.mark.parametrize("form", MONTH_FORMS)
def test_month_forms_round_trip(form: DateForm, digits: DigitStyle) -> None:
    for d in MANY_DATES:
        text = format_thai_date(d, form, digits)
        assert parse_month_year(text) == (d.year, d.month), text


def test_leap_days_round_trip_in_every_form() -> None:
    leap_day = date(2024, 2, 29)
    for form in DAY_FORMS:
        assert parse_thai_date(format_thai_date(leap_day, form)) == leap_day


# --- parsing single dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("๒๘ ธันวาคม ๒๕๖๖", date(2023, 12, 28)),
        ("๒๘ ธ.ค. ๒๕๖๖", date(2023, 12, 28)),
        ("๒๘ ธ.ค. ๖๖", date(2023, 12, 28)),
        ("วันศุกร์ที่ ๕ มกราคม ๒๕๖๗", date(2024, 1, 5)),
        ("วันจันทร์ที่ ๕ กุมภาพันธ์ ๒๕๖๗", date(2024, 2, 5)),
        ("๒๘ ธันวาคม พ.ศ. ๒๕๖๖", date(2023, 12, 28)),
        ("30 มิถุนายน พ.ศ.2568", date(2025, 6, 30)),
        ("๒๙ ก.พ. ๒๕๖๗", date(2024, 2, 29)),
        ("๓๐ มี.ค. ๖๗", date(2024, 3, 30)),
        ("๒๑ เม.ย.๒๕๖๘", date(2025, 4, 21)),
        ("5 ม.ค. 2567", date(2024, 1, 5)),
        ("วันที่ ๑๕ มีนาคม ๒๕๖๗", date(2024, 3, 15)),
        ("เมื่อวันที่ ๒๗ ธันวาคม ๒๕๖๖", date(2023, 12, 27)),
        ("ลงวันที่ ๒๘ ธันวาคม ๒๕๖๗", date(2024, 12, 28)),
        ("ณ วันที่ 1 ต.ค. 2567", date(2024, 10, 1)),
        ("สั่ง ณ วันที่ ๒๘ ธันวาคม พ.ศ. ๒๕๖๖", date(2023, 12, 28)),
        ("ศุกร์ที่ 5 ม.ค. 67", date(2024, 1, 5)),
        ("วันพฤหัสที่ 28 ธ.ค. 66", date(2023, 12, 28)),
        # Abbreviations typed or OCR'd without dots or with a space inside.
        ("28 ธค 2566", date(2023, 12, 28)),
        ("5 ม.ค 2567", date(2024, 1, 5)),
        ("5 มค. 67", date(2024, 1, 5)),
        ("5 ม. ค. 2567", date(2024, 1, 5)),
        ("1 ก.พ 2568", date(2025, 2, 1)),
        ("1 มิย 68", date(2025, 6, 1)),
        ("28ธ.ค.66", date(2023, 12, 28)),
        ("16 กรกฏาคม 2568", date(2025, 7, 16)),
        # Extra and unusual spaces.
        ("  ๒๘   ธันวาคม\u00a0 ๒๕๖๖ ", date(2023, 12, 28)),
        ("28 ธันวาคม พ.ศ 2566", date(2023, 12, 28)),
        ("28 ธันวาคม พ.ศ.2566", date(2023, 12, 28)),
        ("๒๘\u200bธันวาคม ๒๕๖๖", date(2023, 12, 28)),
        # Mixed Thai and Arabic digits.
        ("๒8 ธ.ค. 25๖๖", date(2023, 12, 28)),
        # Numeric forms.
        ("2025-02-28", date(2025, 2, 28)),
        ("2568-02-28", date(2025, 2, 28)),
        ("28/2/2568", date(2025, 2, 28)),
        ("28/02/2025", date(2025, 2, 28)),
        ("๒๘/๒/๒๕๖๘", date(2025, 2, 28)),
        ("28/2/68", date(2025, 2, 28)),
        ("1/10/2567", date(2024, 10, 1)),
        ("29/2/2567", date(2024, 2, 29)),
    ],
)
def test_parse_thai_date(text: str, expected: date) -> None:
    assert parse_thai_date(text) == expected


def test_two_digit_year_is_buddhist_era_2500s() -> None:
    assert parse_thai_date("1 ม.ค. 68").year == 2025
    assert parse_thai_date("1 ม.ค. 00").year == 1957
    assert parse_thai_date("1 ม.ค. 99").year == 2056


def test_four_digit_year_below_2400_is_common_era() -> None:
    assert parse_thai_date("1 ม.ค. 2024") == date(2024, 1, 1)
    assert parse_thai_date("1 ม.ค. 2567") == date(2024, 1, 1)


# --- parse errors ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31 ก.พ. 2568", "cannot read a date from '31 ก.พ. 2568': day 31 is not in February"),
        ("30 ก.พ. 2567", "day 30 is not in February"),
        ("29 ก.พ. 2568", "day 29 is not in February 2568: B.E. 2568 (C.E. 2025) is not a leap"),
        ("31 เมษายน 2567", "day 31 is not in April"),
        ("๓๑ มิ.ย. ๒๕๖๗", "day 31 is not in June"),
        ("0 ม.ค. 2567", "day 0 is not in January"),
        ("31/2/2568", "day 31 is not in February"),
        ("2025-02-30", "day 30 is not in February"),
        ("28 ธันวา 2566", "'ธันวา' is not a Thai month name"),
        ("28 xyz 2566", "'xyz' is not a Thai month name"),
        ("๕ มกราคมม ๒๕๖๗", "'มกราคมม' is not a Thai month name"),
        ("hello", "'hello' is not a Thai month name"),
        ("", "cannot read a date from '': there is no date in it"),
        ("   ", "there is no date in it"),
        ("วันที่", "there is no date in it"),
        ("28 2566", "there is no month name in it"),
        ("ก.พ.68", "it has no day"),
        ("28 ธันวาคม", "it has no year"),
        ("28 ธ.ค. 256", "the year '256' should have 2 or 4 digits"),
        ("28 ธ.ค. 25666", "the year '25666' should have 2 or 4 digits"),
        ("1 ม.ค. 0000", "the year '0000' is out of range"),
        ("13/13/2567", "month 13 is not between 1 and 12"),
        ("28 ธันวาคม 2566 เวลา 10.00 น.", "expected a day, a Thai month and a year"),
        ("วันจันทร์ที่ ๕ มกราคม ๒๕๖๗", "5 January B.E. 2567 is a Friday, not a Monday (วันจันทร์)"),
    ],
)
def test_parse_thai_date_errors(text: str, message: str) -> None:
    with pytest.raises(ThaiDateError) as caught:
        parse_thai_date(text)
    assert message in str(caught.value)
    assert str(caught.value).startswith(f"cannot read a date from {text!r}: ")


def test_thai_date_error_is_a_value_error() -> None:
    assert issubclass(ThaiDateError, ValueError)
    with pytest.raises(ValueError):
        parse_thai_date("31 ก.พ. 2568")


# --- month and year ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ก.พ.68", (2025, 2)),
        ("ก.พ.๖๘", (2025, 2)),
        ("ก.พ. 2568", (2025, 2)),
        ("กพ 68", (2025, 2)),
        ("กุมภาพันธ์ ๒๕๖๘", (2025, 2)),
        ("กุมภาพันธ์ พ.ศ. ๒๕๖๘", (2025, 2)),
        ("เดือนมีนาคม ๒๕๖๘", (2025, 3)),
        ("ต.ค.67", (2024, 10)),
        ("ธันวาคม 2023", (2023, 12)),
    ],
)
def test_parse_month_year(text: str, expected: tuple[int, int]) -> None:
    assert parse_month_year(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("28 ก.พ. 2568", "expected only a Thai month and a year"),
        ("ก.พ.", "expected only a Thai month and a year"),
        ("xyz 68", "'xyz' is not a Thai month name"),
        ("", "there is no date in it"),
    ],
)
def test_parse_month_year_errors(text: str, message: str) -> None:
    with pytest.raises(ThaiDateError) as caught:
        parse_month_year(text)
    assert str(caught.value).startswith(f"cannot read a Thai month and year from {text!r}: ")
    assert message in str(caught.value)


# --- ranges --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("๑ - ๓๑ ม.ค. ๒๕๖๗", date(2024, 1, 1), date(2024, 1, 31)),
        ("๑ ม.ค. ๒๕๖๗ ถึง ๑ ก.ค. ๒๕๖๗", date(2024, 1, 1), date(2024, 7, 1)),
        ("๑๖ - ๓๑ ก.ค. ๒๕๖๗", date(2024, 7, 16), date(2024, 7, 31)),
        ("1 ต.ค. 67 - 31 มี.ค. 68", date(2024, 10, 1), date(2025, 3, 31)),
        ("๑ พ.ค. ๒๕๖๗ ถึง ๑๕ มิ.ย. ๒๕๖๗", date(2024, 5, 1), date(2024, 6, 15)),
        ("๑ ต.ค. ๒๕๖๖ ถึง ๓๑ ธ.ค. ๒๕๖๖", date(2023, 10, 1), date(2023, 12, 31)),
        ("๑๗ มิ.ย. ๒๕๖๗ ถึง ๒๖ มิ.ย. ๒๕๖๗", date(2024, 6, 17), date(2024, 6, 26)),
        ("๑๖ กรกฎาคม ๒๕๖๘ - ๓๑ กรกฎาคม ๒๕๖๘", date(2025, 7, 16), date(2025, 7, 31)),
        ("1 มกราคม 2568 ถึง 17 กุมภาพันธ์ 2568", date(2025, 1, 1), date(2025, 2, 17)),
        ("๑ ต.ค. ๒๕๖๖ - ๓๑ มี.ค. ๒๕๖๗", date(2023, 10, 1), date(2024, 3, 31)),
        ("1-31 ม.ค. 2567", date(2024, 1, 1), date(2024, 1, 31)),
        ("1 – 31 ม.ค. 2567", date(2024, 1, 1), date(2024, 1, 31)),
        ("๑ ม.ค. - ๓๑ มี.ค. ๒๕๖๗", date(2024, 1, 1), date(2024, 3, 31)),
        ("๑ ต.ค. - ๓๑ มี.ค. ๒๕๖๘", date(2024, 10, 1), date(2025, 3, 31)),
        ("1 ธ.ค. 2567 - 15 ม.ค.", date(2024, 12, 1), date(2025, 1, 15)),
        ("ระหว่างวันที่ 1 - 5 ม.ค. 2568", date(2025, 1, 1), date(2025, 1, 5)),
        ("ตั้งแต่วันที่ 1 ม.ค. 2568 ถึงวันที่ 31 ม.ค. 2568", date(2025, 1, 1), date(2025, 1, 31)),
        ("2025-02-01 - 2025-02-28", date(2025, 2, 1), date(2025, 2, 28)),
        ("1/10/2567 ถึง 31/3/2568", date(2024, 10, 1), date(2025, 3, 31)),
        # Month ranges, as in "(ต.ค. ๒๕๖๖ – มี.ค. ๒๕๖๗)" for the first half year.
        ("(ต.ค. ๒๕๖๖ – มี.ค. ๒๕๖๗)", date(2023, 10, 1), date(2024, 3, 31)),
        ("(ต.ค.67 – มี.ค.68)", date(2024, 10, 1), date(2025, 3, 31)),
        ("ต.ค.67-มี.ค.68", date(2024, 10, 1), date(2025, 3, 31)),
        ("ต.ค. ๖๖ – มี.ค. ๒๕๖๗", date(2023, 10, 1), date(2024, 3, 31)),
        ("ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘", date(2024, 10, 1), date(2025, 3, 31)),
        ("ต.ค. - มี.ค. 2568", date(2024, 10, 1), date(2025, 3, 31)),
        ("ม.ค. 2567 - ก.พ.", date(2024, 1, 1), date(2024, 2, 29)),
        # A single date or month.
        ("๕ ม.ค. ๒๕๖๗", date(2024, 1, 5), date(2024, 1, 5)),
        ("ก.พ.67", date(2024, 2, 1), date(2024, 2, 29)),
        ("2025-02-28", date(2025, 2, 28), date(2025, 2, 28)),
    ],
)
def test_parse_date_range(text: str, start: date, end: date) -> None:
    assert parse_date_range(text) == (start, end)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31 ม.ค. 2568 - 1 ม.ค. 2568", "it ends (2025-01-01) before it starts (2025-01-31)"),
        ("1 - 31 ก.พ. 2568", "day 31 is not in February"),
        ("1 ม.ค. 2567 - 31 xyz 2567", "'xyz' is not a Thai month name"),
        ("1 ม.ค. 2567 ถึง", "expected a day, a Thai month and a year"),
        ("", "there is no date in it"),
        ("()", "there is no date in it"),
        ("abc - def", "'abc' is not a Thai month name"),
        ("1 - 5", "expected two dates joined by '-' or 'ถึง'"),
        ("1 ม.ค. 2567 - 5", "expected two dates joined by '-' or 'ถึง'"),
    ],
)
def test_parse_date_range_errors(text: str, message: str) -> None:
    with pytest.raises(ThaiDateError) as caught:
        parse_date_range(text)
    assert str(caught.value).startswith(f"cannot read a Thai date range from {text!r}: ")
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("start", "end", "thai", "arabic"),
    [
        (date(2024, 1, 1), date(2024, 1, 31), "๑ - ๓๑ ม.ค. ๒๕๖๗", "1 - 31 ม.ค. 2567"),
        (date(2024, 7, 16), date(2024, 7, 31), "๑๖ - ๓๑ ก.ค. ๒๕๖๗", "16 - 31 ก.ค. 2567"),
        (date(2024, 1, 1), date(2024, 3, 31), "๑ ม.ค. - ๓๑ มี.ค. ๒๕๖๗", "1 ม.ค. - 31 มี.ค. 2567"),
        (
            date(2024, 10, 1),
            date(2025, 3, 31),
            "๑ ต.ค. ๒๕๖๗ - ๓๑ มี.ค. ๒๕๖๘",
            "1 ต.ค. 2567 - 31 มี.ค. 2568",
        ),
        (date(2024, 1, 5), date(2024, 1, 5), "๕ ม.ค. ๒๕๖๗", "5 ม.ค. 2567"),
    ],
)
def test_format_date_range(start: date, end: date, thai: str, arabic: str) -> None:
    assert format_date_range(start, end) == thai
    assert format_date_range(start, end, DigitStyle.THAI) == thai
    assert format_date_range(start, end, digits=DigitStyle.ARABIC) == arabic


def test_format_date_range_rejects_backwards_range() -> None:
    with pytest.raises(ValueError, match="cannot end"):
        format_date_range(date(2024, 2, 1), date(2024, 1, 31))


@pytest.mark.parametrize("digits", list(DigitStyle))
def test_date_ranges_round_trip(digits: DigitStyle) -> None:
    lengths = [0, 1, 15, 30, 59, 90, 181, 365, 366, 400]
    for start in MANY_DATES[::7]:
        for length in lengths:
            end = start + timedelta(days=length)
            text = format_date_range(start, end, digits)
            assert parse_date_range(text) == (start, end), text


# --- time ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("t", "thai", "arabic"),
    [
        (time(10, 0), "๑๐.๐๐ น.", "10.00 น."),
        (time(9, 0), "๐๙.๐๐ น.", "09.00 น."),
        (time(13, 30), "๑๓.๓๐ น.", "13.30 น."),
        (time(0, 5), "๐๐.๐๕ น.", "00.05 น."),
        (time(23, 59, 59), "๒๓.๕๙ น.", "23.59 น."),
    ],
)
def test_format_time(t: time, thai: str, arabic: str) -> None:
    assert format_time(t) == thai
    assert format_time(t, DigitStyle.THAI) == thai
    assert format_time(t, DigitStyle.ARABIC) == arabic


# --- what a secretary types as the day a document was signed -------------------------------


@pytest.mark.parametrize(
    "text",
    ["2025-03-15", "2568-03-15", "15/3/2568", "15/03/2568", "15 มี.ค. 2568", "15 มีนาคม 2568",
     "๑๕ มี.ค. ๒๕๖๘", "๑๕/๓/๒๕๖๘", "15 มี.ค. 68", "วันเสาร์ที่ 15 มีนาคม 2568"],
)
def test_the_forms_of_one_day_are_all_15_march_2025(text: str) -> None:
    assert parse_thai_date(text) == date(2025, 3, 15)


def test_a_refusal_is_coded_so_the_window_words_it_in_thai() -> None:
    with pytest.raises(ThaiDateError) as caught:
        parse_thai_date("31 ก.พ. 2568")
    error = caught.value
    assert error.code == "date.unreadable_date" and error.values["text"] == "31 ก.พ. 2568"
    assert error.values["reason"].code == "date.no_such_day"
    thai = {
        template("date.unreadable_date"): "ไม่สามารถอ่าน '%text' เป็นวันที่ได้: %reason",
        template("date.no_such_day"): "เดือน%month ไม่มีวันที่ %day",
        template("date.month.2"): "กุมภาพันธ์",
    }
    assert word(error, lambda text: thai.get(text, text)) == (
        "ไม่สามารถอ่าน '31 ก.พ. 2568' เป็นวันที่ได้: เดือนกุมภาพันธ์ ไม่มีวันที่ 31")
