"""Thai calendar text: month and weekday names, Buddhist Era years, and the date, month, range
and time forms used in ITA reports, with parsers that read them back.

The forms are taken from real unit reports: "๒๘ ธันวาคม ๒๕๖๖" (full), "๒๘ ธ.ค. ๒๕๖๖"
(abbreviated), "๒๘ ธ.ค. ๖๖" (two-digit year), "ก.พ.68" (deadline month), "วันศุกร์ที่ ๕ มกราคม
๒๕๖๗" (meeting day), "๒๘ ธันวาคม พ.ศ. ๒๕๖๖" (the date an order is signed), calendar ranges such
as "๑ - ๓๑ ม.ค. ๒๕๖๗" and "๑ ม.ค. ๒๕๖๗ ถึง ๑ ก.ค. ๒๕๖๗", and times such as "๑๐.๐๐ น.".

Year rules used throughout: B.E. = C.E. + 543; a two-digit year is B.E. 25xx ("68" is 2568);
a four-digit year from 2400 on is B.E. and one below 2400 is C.E. (so "2025-02-28" and
"28/2/2568" are the same day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum

from ita_desktop.domain.digits import DigitStyle, apply_digits, to_arabic_digits
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

__all__ = [
    "MONTHS_ABBR",
    "MONTHS_FULL",
    "WEEKDAYS",
    "DateForm",
    "ThaiDateError",
    "be_to_ce",
    "ce_to_be",
    "format_date_range",
    "format_thai_date",
    "format_time",
    "parse_date_range",
    "parse_month_year",
    "parse_thai_date",
]

BE_OFFSET = 543

MONTHS_FULL: tuple[str, ...] = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)

MONTHS_ABBR: tuple[str, ...] = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)

# Indexed by date.weekday(), which counts from Monday = 0.
WEEKDAYS: tuple[str, ...] = (
    "วันจันทร์",
    "วันอังคาร",
    "วันพุธ",
    "วันพฤหัสบดี",
    "วันศุกร์",
    "วันเสาร์",
    "วันอาทิตย์",
)

# The names a refusal uses, as words the window translates (a refusal in Thai names the month
# in Thai); spelled out rather than taken from ``calendar``, whose names follow the locale.
_MONTH_WORDS: tuple[str, ...] = tuple(register({
    "date.month.1": QT_TRANSLATE_NOOP("Errors", "January"),
    "date.month.2": QT_TRANSLATE_NOOP("Errors", "February"),
    "date.month.3": QT_TRANSLATE_NOOP("Errors", "March"),
    "date.month.4": QT_TRANSLATE_NOOP("Errors", "April"),
    "date.month.5": QT_TRANSLATE_NOOP("Errors", "May"),
    "date.month.6": QT_TRANSLATE_NOOP("Errors", "June"),
    "date.month.7": QT_TRANSLATE_NOOP("Errors", "July"),
    "date.month.8": QT_TRANSLATE_NOOP("Errors", "August"),
    "date.month.9": QT_TRANSLATE_NOOP("Errors", "September"),
    "date.month.10": QT_TRANSLATE_NOOP("Errors", "October"),
    "date.month.11": QT_TRANSLATE_NOOP("Errors", "November"),
    "date.month.12": QT_TRANSLATE_NOOP("Errors", "December"),
}))
_WEEKDAY_WORDS: tuple[str, ...] = tuple(register({
    "date.weekday.0": QT_TRANSLATE_NOOP("Errors", "Monday"),
    "date.weekday.1": QT_TRANSLATE_NOOP("Errors", "Tuesday"),
    "date.weekday.2": QT_TRANSLATE_NOOP("Errors", "Wednesday"),
    "date.weekday.3": QT_TRANSLATE_NOOP("Errors", "Thursday"),
    "date.weekday.4": QT_TRANSLATE_NOOP("Errors", "Friday"),
    "date.weekday.5": QT_TRANSLATE_NOOP("Errors", "Saturday"),
    "date.weekday.6": QT_TRANSLATE_NOOP("Errors", "Sunday"),
}))

register({
    "date.unreadable_date": QT_TRANSLATE_NOOP(
        "Errors", "cannot read a date from '%text': %reason"),
    "date.unreadable_month": QT_TRANSLATE_NOOP(
        "Errors", "cannot read a Thai month and year from '%text': %reason"),
    "date.unreadable_range": QT_TRANSLATE_NOOP(
        "Errors", "cannot read a Thai date range from '%text': %reason"),
    "date.empty": QT_TRANSLATE_NOOP("Errors", "there is no date in it"),
    "date.year_digits": QT_TRANSLATE_NOOP(
        "Errors", "the year '%year' should have 2 or 4 digits"),
    "date.year_range": QT_TRANSLATE_NOOP("Errors", "the year '%year' is out of range"),
    "date.not_a_month": QT_TRANSLATE_NOOP("Errors", "'%month' is not a Thai month name"),
    "date.month_number": QT_TRANSLATE_NOOP(
        "Errors", "month %month is not between 1 and 12"),
    "date.expected_date": QT_TRANSLATE_NOOP(
        "Errors", "expected a day, a Thai month and a year, such as '28 ธ.ค. 2566', "
        "'28/12/2566' or '2023-12-28'"),
    "date.no_month": QT_TRANSLATE_NOOP("Errors", "there is no month name in it"),
    "date.no_day": QT_TRANSLATE_NOOP("Errors", "it has no day"),
    "date.no_year": QT_TRANSLATE_NOOP("Errors", "it has no year"),
    "date.no_day_year": QT_TRANSLATE_NOOP("Errors", "it has no day and no year"),
    "date.no_month_year": QT_TRANSLATE_NOOP("Errors", "it has no month and no year"),
    "date.not_leap": QT_TRANSLATE_NOOP(
        "Errors", "day 29 is not in February %be: B.E. %be (C.E. %ce) is not a leap year"),
    "date.no_such_day": QT_TRANSLATE_NOOP("Errors", "day %day is not in %month"),
    "date.wrong_weekday": QT_TRANSLATE_NOOP(
        "Errors", "%day %month B.E. %be is a %actual, not a %written (%written_th)"),
    "date.expected_month_year": QT_TRANSLATE_NOOP(
        "Errors", "expected only a Thai month and a year, such as 'ก.พ. 2568'"),
    "date.expected_range": QT_TRANSLATE_NOOP(
        "Errors", "expected two dates joined by '-' or 'ถึง', such as '1 - 31 ม.ค. 2567'"),
    "date.backwards_range": QT_TRANSLATE_NOOP(
        "Errors", "it ends (%end) before it starts (%start)"),
})


def _days_in_month(year_ce: int, month: int) -> int:
    following = date(year_ce + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


class ThaiDateError(AppError, ValueError):
    """Text that does not hold a valid Thai date, month or date range.

    Its ``reason`` value is itself an ``AppError``, so the window words both in its language.
    """


class DateForm(StrEnum):
    """How a single date is written; the examples are 28 December 2023 and 5 January 2024."""

    FULL = "full"  # ๒๘ ธันวาคม ๒๕๖๖
    ABBR = "abbr"  # ๒๘ ธ.ค. ๒๕๖๖
    ABBR_SHORT_YEAR = "abbr_short_year"  # ๒๘ ธ.ค. ๖๖
    MONTH_YEAR_FULL = "month_year_full"  # ธันวาคม ๒๕๖๖
    MONTH_YEAR_ABBR = "month_year_abbr"  # ธ.ค.๖๖, as in "ภายใน ก.พ.68"
    WEEKDAY_FULL = "weekday_full"  # วันศุกร์ที่ ๕ มกราคม ๒๕๖๗
    FULL_WITH_PREFIX = "full_with_prefix"  # ๒๘ ธันวาคม พ.ศ. ๒๕๖๖, as in "สั่ง ณ วันที่ ..."


def ce_to_be(year: int) -> int:
    """Return the Buddhist Era year of the Common Era ``year``."""
    return year + BE_OFFSET


def be_to_ce(year: int) -> int:
    """Return the Common Era year of the Buddhist Era ``year``."""
    return year - BE_OFFSET


def format_thai_date(
    d: date, form: DateForm = DateForm.FULL, digits: DigitStyle = DigitStyle.THAI
) -> str:
    """Write ``d`` in ``form`` with ``digits``.

    The two-digit-year forms only read back to the same year for B.E. 2500-2599
    (C.E. 1957-2056), the years those forms are used for.
    """
    full = MONTHS_FULL[d.month - 1]
    abbr = MONTHS_ABBR[d.month - 1]
    be = ce_to_be(d.year)
    short = f"{be % 100:02d}"
    match DateForm(form):
        case DateForm.FULL:
            text = f"{d.day} {full} {be}"
        case DateForm.ABBR:
            text = f"{d.day} {abbr} {be}"
        case DateForm.ABBR_SHORT_YEAR:
            text = f"{d.day} {abbr} {short}"
        case DateForm.MONTH_YEAR_FULL:
            text = f"{full} {be}"
        case DateForm.MONTH_YEAR_ABBR:
            text = f"{abbr}{short}"
        case DateForm.WEEKDAY_FULL:
            text = f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {full} {be}"
        case DateForm.FULL_WITH_PREFIX:
            text = f"{d.day} {full} พ.ศ. {be}"
    return apply_digits(text, digits)


def format_time(t: time, digits: DigitStyle = DigitStyle.THAI) -> str:
    """Write a clock time the way meeting records do: "๑๐.๐๐ น.", "๐๙.๓๐ น."."""
    return apply_digits(f"{t.hour:02d}.{t.minute:02d} น.", digits)


def format_date_range(start: date, end: date, digits: DigitStyle = DigitStyle.THAI) -> str:
    """Write a range compactly, naming a month or year only once when both ends share it.

    "๑ - ๓๑ ม.ค. ๒๕๖๗" (same month), "๑ ม.ค. - ๓๑ มี.ค. ๒๕๖๗" (same year),
    "๑ ต.ค. ๒๕๖๗ - ๓๑ มี.ค. ๒๕๖๘" (different years); a one-day range is the single date.
    """
    if end < start:
        raise ValueError(f"a date range cannot end ({end}) before it starts ({start})")
    end_text = format_thai_date(end, DateForm.ABBR, DigitStyle.ARABIC)
    if start == end:
        text = end_text
    elif (start.year, start.month) == (end.year, end.month):
        text = f"{start.day} - {end_text}"
    elif start.year == end.year:
        text = f"{start.day} {MONTHS_ABBR[start.month - 1]} - {end_text}"
    else:
        text = f"{format_thai_date(start, DateForm.ABBR, DigitStyle.ARABIC)} - {end_text}"
    return apply_digits(text, digits)


# --- parsing -------------------------------------------------------------------------------


class _Unreadable(Exception):
    """Why a piece of text is not a date; the public functions wrap it with the full text."""

    def __init__(self, code: str, /, **values: object) -> None:
        super().__init__(code)
        self.reason = AppError(code, **values)


def _month_word(month: int) -> AppError:
    return AppError(_MONTH_WORDS[month - 1])


def _weekday_word(weekday: int) -> AppError:
    return AppError(_WEEKDAY_WORDS[weekday])


def _month_key(token: str) -> str:
    # Abbreviations are typed or OCR'd with dots and spaces in any arrangement
    # ("ม.ค.", "ม.ค", "มค", "ม. ค."), so they are compared with both removed.
    return re.sub(r"[.\s]", "", token)


_MONTH_LOOKUP: dict[str, int] = {}
for _number, (_full, _abbr) in enumerate(zip(MONTHS_FULL, MONTHS_ABBR, strict=True), start=1):
    _MONTH_LOOKUP[_full] = _number
    _MONTH_LOOKUP[_month_key(_abbr)] = _number
# Misspellings common enough in typed reports to accept: ฏ for ฎ in July, and the
# silent-letter mark left off February.
_MONTH_LOOKUP["กรกฏาคม"] = 7
_MONTH_LOOKUP["กุมภาพันธ"] = 2

_WEEKDAY_LOOKUP: dict[str, int] = {name.removeprefix("วัน"): i for i, name in enumerate(WEEKDAYS)}
_WEEKDAY_LOOKUP["พฤหัส"] = 3

_WEEKDAY_PREFIX = re.compile(
    r"^(?:วัน)?(?P<weekday>"
    + "|".join(sorted(_WEEKDAY_LOOKUP, key=len, reverse=True))
    + r")\s*(?:ที่)?\s*"
)
_DAY_PREFIX = re.compile(r"^(?:สั่ง\s*ณ\s*|ณ\s*|ลง|เมื่อ)?วันที่\s*")
_MONTH_PREFIX = re.compile(r"^เดือน\s*")
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$")
_SLASHED = re.compile(r"^(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d+)$")
_WORDED = re.compile(
    r"^(?P<day>\d{1,2}(?!\d))?\s*(?P<month>\D*?)\s*(?:พ\s*\.?\s*ศ\s*\.?)?\s*(?P<year>\d+)?$"
)
_RANGE_SEPARATOR = re.compile(r"\s*(?:ถึง|-)\s*")
_RANGE_PREFIX = re.compile(r"^(?:ตั้งแต่|ระหว่าง)\s*")
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


@dataclass(frozen=True)
class _Piece:
    """The parts of one date as written; any may be missing ("๑" in "๑ - ๓๑ ม.ค. ๒๕๖๗")."""

    day: int | None
    month: int | None
    year_ce: int | None
    weekday: int | None = None

    @property
    def shape(self) -> str:
        return "".join(
            letter
            for letter, part in (("d", self.day), ("m", self.month), ("y", self.year_ce))
            if part is not None
        )


def _normalise(text: str) -> str:
    text = _INVISIBLE.sub("", to_arabic_digits(text)).translate(_DASHES)
    return " ".join(text.split())


def _year_ce(digits: str) -> int:
    if len(digits) == 2:
        return be_to_ce(2500 + int(digits))
    if len(digits) != 4:
        raise _Unreadable("date.year_digits", year=digits)
    year = int(digits)
    ce = be_to_ce(year) if year >= 2400 else year
    if not 1 <= ce <= 9999:
        raise _Unreadable("date.year_range", year=digits)
    return ce


def _month_number(token: str) -> int:
    number = _MONTH_LOOKUP.get(_month_key(token))
    if number is None:
        raise _Unreadable("date.not_a_month", month=token)
    return number


def _read_piece(text: str) -> _Piece:
    """Split one written date (or month, or day) into its parts; ``text`` is normalised."""
    weekday = None
    match = _WEEKDAY_PREFIX.match(text)
    if match:
        weekday = _WEEKDAY_LOOKUP[match["weekday"]]
        text = text[match.end() :]
    text = _DAY_PREFIX.sub("", text, count=1)
    text = _MONTH_PREFIX.sub("", text, count=1)
    if not text:
        raise _Unreadable("date.empty")

    numeric = _ISO.match(text) or _SLASHED.match(text)
    if numeric:
        month = int(numeric["month"])
        if not 1 <= month <= 12:
            raise _Unreadable("date.month_number", month=month)
        return _Piece(int(numeric["day"]), month, _year_ce(numeric["year"]), weekday)

    match = _WORDED.match(text)
    if not match:
        raise _Unreadable("date.expected_date")
    day = int(match["day"]) if match["day"] else None
    month = _month_number(match["month"]) if match["month"] else None
    year = _year_ce(match["year"]) if match["year"] else None
    if month is None and (day is None or year is not None):
        raise _Unreadable("date.no_month")
    return _Piece(day, month, year, weekday)


def _check_day(day: int, month: int, year_ce: int) -> None:
    if 1 <= day <= _days_in_month(year_ce, month):
        return
    if month == 2 and day == 29:
        raise _Unreadable("date.not_leap", be=ce_to_be(year_ce), ce=year_ce)
    raise _Unreadable("date.no_such_day", day=day, month=_month_word(month))


# Which parts a written date lacks -> the reason given; a date always has what is not listed.
_LACKING = {"dm": "date.no_year", "my": "date.no_day", "m": "date.no_day_year",
            "d": "date.no_month_year"}


def _to_date(piece: _Piece) -> date:
    if piece.shape != "dmy":
        raise _Unreadable(_LACKING.get(piece.shape, "date.expected_date"))
    assert piece.day is not None and piece.month is not None and piece.year_ce is not None
    _check_day(piece.day, piece.month, piece.year_ce)
    result = date(piece.year_ce, piece.month, piece.day)
    if piece.weekday is not None and piece.weekday != result.weekday():
        raise _Unreadable(
            "date.wrong_weekday", day=piece.day, month=_month_word(piece.month),
            be=ce_to_be(piece.year_ce), actual=_weekday_word(result.weekday()),
            written=_weekday_word(piece.weekday), written_th=WEEKDAYS[piece.weekday])
    return result


def _fail(code: str, text: str, reason: _Unreadable) -> ThaiDateError:
    return ThaiDateError(code, text=text, reason=reason.reason)


def parse_thai_date(text: str) -> date:
    """Read one date written in any of the Thai forms, or as "2025-02-28" or "28/2/2568".

    Accepts Thai or Arabic digits, full or abbreviated month names (dots optional), an
    optional weekday ("วันศุกร์ที่ ") or "วันที่" in front, an optional "พ.ศ." before the year,
    and two- or four-digit years. A weekday that does not match the date is an error, since
    it means one of the two was mistyped.
    """
    try:
        return _to_date(_read_piece(_normalise(text)))
    except _Unreadable as reason:
        raise _fail("date.unreadable_date", text, reason) from None


def parse_month_year(text: str) -> tuple[int, int]:
    """Read a month and year ("ก.พ.68", "ก.พ. 2568", "กุมภาพันธ์ ๒๕๖๘") as (C.E. year, month)."""
    try:
        piece = _read_piece(_normalise(text))
        if piece.shape != "my":
            raise _Unreadable("date.expected_month_year")
    except _Unreadable as reason:
        raise _fail("date.unreadable_month", text, reason) from None
    assert piece.year_ce is not None and piece.month is not None
    return piece.year_ce, piece.month


def _month_end(year_ce: int, month: int) -> date:
    return date(year_ce, month, _days_in_month(year_ce, month))


def _combine(left: _Piece, right: _Piece) -> tuple[date, date]:
    """Turn the two written ends of a range into dates, filling what the left end left out."""
    match left.shape, right.shape:
        case "dmy", "dmy":
            return _to_date(left), _to_date(right)
        case "d", "dmy":
            end = _to_date(right)
            return _to_date(_Piece(left.day, end.month, end.year, left.weekday)), end
        case "dm", "dmy":
            end = _to_date(right)
            start = _Piece(left.day, left.month, end.year, left.weekday)
            if (start.month, start.day) > (end.month, end.day):
                start = _Piece(left.day, left.month, end.year - 1, left.weekday)
            return _to_date(start), end
        case "dmy", "dm":
            start = _to_date(left)
            end = _Piece(right.day, right.month, start.year, right.weekday)
            if (end.month, end.day) < (start.month, start.day):
                end = _Piece(right.day, right.month, start.year + 1, right.weekday)
            return start, _to_date(end)
        case (("my" | "m"), "my"):
            assert left.month is not None and right.month is not None
            assert right.year_ce is not None
            start_year = left.year_ce
            if start_year is None:
                start_year = right.year_ce - (1 if left.month > right.month else 0)
            return date(start_year, left.month, 1), _month_end(right.year_ce, right.month)
        case "my", "m":
            assert left.month is not None and right.month is not None
            assert left.year_ce is not None
            end_year = left.year_ce + (1 if right.month < left.month else 0)
            return date(left.year_ce, left.month, 1), _month_end(end_year, right.month)
    raise _Unreadable("date.expected_range")


def _read_single_as_range(text: str) -> tuple[date, date]:
    piece = _read_piece(text)
    if piece.shape == "my":
        assert piece.year_ce is not None and piece.month is not None
        return date(piece.year_ce, piece.month, 1), _month_end(piece.year_ce, piece.month)
    day = _to_date(piece)
    return day, day


def parse_date_range(text: str) -> tuple[date, date]:
    """Read a date range as written in assessment calendars, returning (first day, last day).

    Reads "๑ - ๓๑ ม.ค. ๒๕๖๗", "๑ ม.ค. ๒๕๖๗ ถึง ๑ ก.ค. ๒๕๖๗", "1 ต.ค. 67 - 31 มี.ค. 68", the
    compact forms of :func:`format_date_range`, and month ranges such as "ต.ค.67 - มี.ค.68"
    (1 October 2024 to 31 March 2025). A single date is a one-day range and a single month
    the whole month. Enclosing parentheses and a leading "ตั้งแต่" or "ระหว่าง" are ignored.
    """
    body = _normalise(text)
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1].strip()
    body = _RANGE_PREFIX.sub("", body, count=1)
    if not body:
        raise _fail("date.unreadable_range", text, _Unreadable("date.empty"))

    # A dash may also sit inside an ISO date, so every separator is tried as the split point;
    # the first split giving two readable ends wins. When none does, the most telling reason
    # is reported: an impossible date beats "not a date".
    best: _Unreadable | None = None
    unreadable_ends: list[_Unreadable] = []
    for separator in _RANGE_SEPARATOR.finditer(body):
        left_text, right_text = body[: separator.start()], body[separator.end() :]
        if not left_text or not right_text:
            continue
        try:
            left, right = _read_piece(left_text), _read_piece(right_text)
        except _Unreadable as reason:
            unreadable_ends.append(reason)
            continue
        try:
            start, end = _combine(left, right)
        except _Unreadable as reason:
            best = best or reason
            continue
        if end < start:
            best = best or _Unreadable("date.backwards_range", end=end, start=start)
            continue
        return start, end
    if best is None and len(unreadable_ends) == 1:
        # With a single separator there is no doubt which end was unreadable, so say why.
        best = unreadable_ends[0]
    try:
        return _read_single_as_range(body)
    except _Unreadable as reason:
        raise _fail("date.unreadable_range", text, best or reason) from None
