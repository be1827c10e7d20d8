"""Tests for the Thai fiscal year, its halves and quarters, and year shifting."""

from datetime import date, timedelta

import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.fiscal import (
    FiscalYearError,
    Half,
    SigningDateError,
    calendar_year_be,
    check_fiscal_year,
    check_signing_date,
    current_fiscal_year,
    fiscal_year_bounds,
    fiscal_year_label,
    fiscal_year_of,
    fiscal_year_range,
    half_bounds,
    half_label,
    half_of,
    parse_fiscal_year,
    quarter_bounds,
    quarter_of,
    shift_to_fiscal_year,
    signing_window,
)


@pytest.mark.parametrize(
    ("d", "fy"),
    [
        (date(2024, 9, 30), 2567),
        (date(2024, 10, 1), 2568),
        (date(2024, 12, 31), 2568),
        (date(2025, 1, 1), 2568),
        (date(2025, 2, 28), 2568),
        (date(2025, 9, 30), 2568),
        (date(2025, 10, 1), 2569),
        (date(2023, 12, 28), 2567),
    ],
)
def test_fiscal_year_of(d: date, fy: int) -> None:
    assert fiscal_year_of(d) == fy


def test_fiscal_year_bounds() -> None:
    assert fiscal_year_bounds(2568) == (date(2024, 10, 1), date(2025, 9, 30))
    assert fiscal_year_bounds(2567) == (date(2023, 10, 1), date(2024, 9, 30))


def test_every_day_of_a_fiscal_year_belongs_to_it() -> None:
    start, end = fiscal_year_bounds(2567)
    assert (end - start).days + 1 == 366  # it holds 29 February 2024
    d = start
    while d <= end:
        assert fiscal_year_of(d) == 2567
        d += timedelta(days=1)
    assert fiscal_year_of(start - timedelta(days=1)) == 2566
    assert fiscal_year_of(end + timedelta(days=1)) == 2568


def test_current_fiscal_year() -> None:
    assert current_fiscal_year(date(2024, 9, 30)) == 2567
    assert current_fiscal_year(date(2024, 10, 1)) == 2568
    assert current_fiscal_year() == fiscal_year_of(date.today())


@pytest.mark.parametrize(
    ("d", "half"),
    [
        (date(2024, 10, 1), Half.FIRST),
        (date(2024, 12, 31), Half.FIRST),
        (date(2025, 3, 31), Half.FIRST),
        (date(2025, 4, 1), Half.SECOND),
        (date(2025, 9, 30), Half.SECOND),
        (date(2025, 10, 1), Half.FIRST),
    ],
)
def test_half_of(d: date, half: Half) -> None:
    assert half_of(d) is half


def test_half_values() -> None:
    assert Half.FIRST == 1
    assert Half.SECOND == 2
    assert Half(2) is Half.SECOND


def test_half_bounds() -> None:
    assert half_bounds(2568, Half.FIRST) == (date(2024, 10, 1), date(2025, 3, 31))
    assert half_bounds(2568, Half.SECOND) == (date(2025, 4, 1), date(2025, 9, 30))
    assert half_bounds(2567, 1) == (date(2023, 10, 1), date(2024, 3, 31))  # type: ignore[arg-type]


def test_halves_cover_the_fiscal_year_without_gap() -> None:
    first_start, first_end = half_bounds(2568, Half.FIRST)
    second_start, second_end = half_bounds(2568, Half.SECOND)
    assert (first_start, second_end) == fiscal_year_bounds(2568)
    assert second_start - first_end == timedelta(days=1)


def test_half_bounds_rejects_unknown_half() -> None:
    with pytest.raises(ValueError):
        half_bounds(2568, 3)  # type: ignore[arg-type]


def test_half_label() -> None:
    assert half_label(Half.FIRST) == "รอบ ๖ เดือนแรก"
    assert half_label(Half.SECOND) == "รอบ ๖ เดือนหลัง"
    assert half_label(Half.FIRST, DigitStyle.ARABIC) == "รอบ 6 เดือนแรก"
    assert half_label(Half.SECOND, DigitStyle.ARABIC) == "รอบ 6 เดือนหลัง"


@pytest.mark.parametrize(
    ("d", "quarter"),
    [
        (date(2024, 10, 1), 1),
        (date(2024, 12, 31), 1),
        (date(2025, 1, 1), 2),
        (date(2025, 3, 31), 2),
        (date(2025, 4, 1), 3),
        (date(2025, 6, 30), 3),
        (date(2025, 7, 1), 4),
        (date(2025, 9, 30), 4),
    ],
)
def test_quarter_of(d: date, quarter: int) -> None:
    assert quarter_of(d) == quarter


@pytest.mark.parametrize(
    ("q", "start", "end"),
    [
        (1, date(2024, 10, 1), date(2024, 12, 31)),
        (2, date(2025, 1, 1), date(2025, 3, 31)),
        (3, date(2025, 4, 1), date(2025, 6, 30)),
        (4, date(2025, 7, 1), date(2025, 9, 30)),
    ],
)
def test_quarter_bounds(q: int, start: date, end: date) -> None:
    assert quarter_bounds(2568, q) == (start, end)


def test_quarters_and_halves_agree_on_every_day() -> None:
    start, end = fiscal_year_bounds(2567)
    d = start
    while d <= end:
        q = quarter_of(d)
        q_start, q_end = quarter_bounds(2567, q)
        assert q_start <= d <= q_end
        assert half_of(d) == (Half.FIRST if q <= 2 else Half.SECOND)
        h_start, h_end = half_bounds(2567, half_of(d))
        assert h_start <= d <= h_end
        d += timedelta(days=1)


@pytest.mark.parametrize("q", [0, 5, -1])
def test_quarter_bounds_rejects_unknown_quarter(q: int) -> None:
    with pytest.raises(ValueError, match="1 to 4"):
        quarter_bounds(2568, q)


def test_fiscal_year_label() -> None:
    assert fiscal_year_label(2568) == "ปีงบประมาณ พ.ศ. ๒๕๖๘"
    assert fiscal_year_label(2567, DigitStyle.THAI) == "ปีงบประมาณ พ.ศ. ๒๕๖๗"
    assert fiscal_year_label(2568, DigitStyle.ARABIC) == "ปีงบประมาณ พ.ศ. 2568"


def test_calendar_year_restarts_on_1_january_not_1_october() -> None:
    # Order 222/2566 was signed on 28 December 2023, already in fiscal year 2567.
    assert calendar_year_be(date(2023, 12, 28)) == 2566
    assert fiscal_year_of(date(2023, 12, 28)) == 2567
    assert calendar_year_be(date(2023, 12, 31)) == 2566
    assert calendar_year_be(date(2024, 1, 1)) == 2567


def test_shift_to_next_fiscal_year() -> None:
    assert shift_to_fiscal_year(date(2024, 2, 28), 2567, 2568) == date(2025, 2, 28)
    assert shift_to_fiscal_year(date(2023, 10, 1), 2567, 2568) == date(2024, 10, 1)
    assert shift_to_fiscal_year(date(2024, 9, 30), 2567, 2568) == date(2025, 9, 30)


def test_shift_keeps_dates_in_the_matching_fiscal_year() -> None:
    start, end = fiscal_year_bounds(2567)
    d = start
    while d <= end:
        shifted = shift_to_fiscal_year(d, 2567, 2568)
        assert fiscal_year_of(shifted) == 2568
        assert half_of(shifted) == half_of(d)
        assert quarter_of(shifted) == quarter_of(d)
        d += timedelta(days=1)


def test_shift_leap_day() -> None:
    assert shift_to_fiscal_year(date(2024, 2, 29), 2567, 2568) == date(2025, 2, 28)
    assert shift_to_fiscal_year(date(2024, 2, 29), 2567, 2571) == date(2028, 2, 29)
    assert shift_to_fiscal_year(date(2024, 2, 29), 2567, 2566) == date(2023, 2, 28)


def test_shift_backwards_and_by_zero() -> None:
    assert shift_to_fiscal_year(date(2025, 1, 15), 2568, 2566) == date(2023, 1, 15)
    assert shift_to_fiscal_year(date(2025, 1, 15), 2568, 2568) == date(2025, 1, 15)


# --- the years and dates a user gives ------------------------------------------------------

# A day in the second half of fiscal year 2568: the current year is 2568, the last one 2570.
TODAY = date(2025, 3, 20)


@pytest.mark.parametrize(
    ("text", "year"),
    [("2568", 2568), ("๒๕๖๘", 2568), (" พ.ศ. 2568 ", 2568), ("พ.ศ.๒๕๖๗", 2567),
     ("B.E. 2569", 2569), ("2556", 2556), ("2570", 2570)],
)
def test_a_fiscal_year_is_read_in_the_buddhist_era(text: str, year: int) -> None:
    assert parse_fiscal_year(text, TODAY) == year


@pytest.mark.parametrize(
    ("text", "code", "meant"),
    [
        ("2025", "fiscal.christian_era", 2568),
        ("2024", "fiscal.christian_era", 2567),
        ("68", "fiscal.short_year", 2568),
        ("๖๗", "fiscal.short_year", 2567),
    ],
)
def test_a_christian_era_or_two_digit_year_is_refused_with_the_year_meant(
        text: str, code: str, meant: int) -> None:
    with pytest.raises(FiscalYearError) as caught:
        parse_fiscal_year(text, TODAY)
    assert caught.value.code == code
    assert caught.value.values["suggested"] == meant
    assert str(caught.value).endswith(f"Did you mean fiscal year {meant}?")


def test_the_christian_era_message_says_what_was_meant() -> None:
    with pytest.raises(FiscalYearError) as caught:
        check_fiscal_year(2025, TODAY)
    assert str(caught.value) == (
        "2025 looks like a Christian-era (C.E.) year; fiscal years are given in the Buddhist "
        "Era (B.E.). Did you mean fiscal year 2568?")


@pytest.mark.parametrize("text", ["0", "99999", "2555", "2571", "2586", "1", "3111"])
def test_a_year_outside_the_working_range_is_refused(text: str) -> None:
    with pytest.raises(FiscalYearError) as caught:
        parse_fiscal_year(text, TODAY)
    assert caught.value.code == "fiscal.out_of_range"
    assert "from 2556 (the first ITA assessment) to 2570" in str(caught.value)


@pytest.mark.parametrize("text", ["", "abc", "2568-03-15", "25.68", "-2568", "ปี 2568"])
def test_text_that_is_no_year_is_refused_with_an_example(text: str) -> None:
    with pytest.raises(FiscalYearError) as caught:
        parse_fiscal_year(text, TODAY)
    assert caught.value.code == "fiscal.not_a_year"
    assert "such as 2568" in str(caught.value)


def test_the_range_moves_with_the_current_fiscal_year() -> None:
    assert fiscal_year_range(date(2025, 9, 30)) == (2556, 2570)
    assert fiscal_year_range(date(2025, 10, 1)) == (2556, 2571)
    assert check_fiscal_year(2571, date(2025, 10, 1)) == 2571
    with pytest.raises(FiscalYearError):
        check_fiscal_year(2571, date(2025, 9, 30))


def test_a_document_is_never_signed_in_the_future() -> None:
    assert check_signing_date(TODAY, 2568, TODAY) == TODAY
    with pytest.raises(SigningDateError) as caught:
        check_signing_date(TODAY + timedelta(days=1), 2568, TODAY)
    assert caught.value.code == "fiscal.signed_in_future"
    assert str(caught.value).startswith("21 มี.ค. 2568 is in the future")
    assert "today (20 มี.ค. 2568)" in str(caught.value)
    # Without a fiscal year (the command line, before the year is known) only the future counts.
    with pytest.raises(SigningDateError):
        check_signing_date(TODAY + timedelta(days=1), today=TODAY)
    assert check_signing_date(date(2000, 1, 1), today=TODAY) == date(2000, 1, 1)


def test_a_signature_is_not_earlier_than_the_last_quarter_of_the_year_before() -> None:
    assert signing_window(2568, TODAY) == (date(2024, 7, 1), TODAY)
    assert check_signing_date(date(2024, 7, 1), 2568, TODAY) == date(2024, 7, 1)
    # The usual slip: last year's B.E. number in March.
    with pytest.raises(SigningDateError) as caught:
        check_signing_date(date(2024, 3, 15), 2568, TODAY)
    assert caught.value.code == "fiscal.signed_too_early"
    assert str(caught.value).startswith("15 มี.ค. 2567 is too early for a document of fiscal "
                                        "year 2568")
    assert "from 1 ก.ค. 2567" in str(caught.value)
    # A year's results are signed after the year ends.
    later = date(2025, 11, 2)
    assert check_signing_date(later, 2568, later) == later


def test_a_signing_date_before_the_data_is_as_of_is_refused():
    as_of = date(2025, 3, 1)
    with pytest.raises(SigningDateError) as caught:
        check_signing_date(date(2025, 2, 28), 2568, TODAY, data_as_of=as_of)
    assert caught.value.code == "fiscal.signed_before_data"
    assert check_signing_date(as_of, 2568, TODAY, data_as_of=as_of) == as_of
