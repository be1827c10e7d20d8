"""Reading one field of a framework from JSON-like data: each reader returns the value, or None
after adding to the ``Report`` why it could not, so a whole file is checked in one pass."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeVar

from ita_desktop.domain.fiscal import fiscal_year_bounds
from ita_desktop.domain.framework.problems import CatalogProblem

# Preparation starts before 1 October in some units and results are published after
# 30 September in some years, so phases and deadlines may lie up to a quarter outside.
_FISCAL_SLACK = timedelta(days=92)

_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_DECIMAL_TEXT = re.compile(r"^-?[0-9]+(?:\.[0-9]+)?$")

# A framework's numbers are points, weights, years and counts: a handful of digits. Bounding
# them keeps arithmetic exact and messages short; 1e999999999 once overflowed the decimal
# context and reached the crash dialog, and 1e999999 made a two-million-character message.
MAX_DIGITS = 15
_MAX_WHOLE = 10 ** MAX_DIGITS

MISSING = object()


def within_bounds(number: Decimal) -> bool:
    """Whether ``number`` is finite with at most ``MAX_DIGITS`` digits before and after the
    decimal point; checked on the exponent, so a huge one costs nothing to refuse."""
    if not number.is_finite():
        return False
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    return number.adjusted() < MAX_DIGITS and exponent >= -MAX_DIGITS

_Choice = TypeVar("_Choice", bound=Enum)


class Report:
    """The problems found so far, split by whether the editing helpers tolerate them."""

    def __init__(self) -> None:
        self.hard: list[CatalogProblem] = []
        self.balance: list[CatalogProblem] = []

    def add(self, message: str, where: str, /, **values: object) -> None:
        self.hard.append(CatalogProblem(f"framework.{message}", where=where, **values))

    def add_balance(self, message: str, where: str, /, **values: object) -> None:
        self.balance.append(CatalogProblem(f"framework.{message}", where=where, **values))


def get(obj: Mapping[str, Any], key: str, where: str, report: Report) -> Any:
    if key not in obj:
        report.add("missing", where, key=key)
        return MISSING
    return obj[key]


def check_keys(
    obj: Mapping[str, Any], allowed: Iterable[str], where: str, report: Report
) -> None:
    known = set(allowed)
    for key in obj:
        if key not in known:
            report.add("unknown_field", where, key=key)


def as_object(value: Any, where: str, report: Report) -> Mapping[str, Any] | None:
    if not isinstance(value, Mapping):
        report.add("not_object", where)
        return None
    return value


def read_str(
    obj: Mapping[str, Any], key: str, where: str, report: Report, *, allow_empty: bool = False
) -> str | None:
    value = get(obj, key, where, report)
    if value is MISSING:
        return None
    if not isinstance(value, str):
        report.add("not_string", where, key=key)
        return None
    if not allow_empty and not value.strip():
        report.add("empty", where, key=key)
        return None
    return value


def read_choice(
    obj: Mapping[str, Any], key: str, choices: type[_Choice], where: str, report: Report
) -> _Choice | None:
    text = read_str(obj, key, where, report)
    if text is None:
        return None
    try:
        return choices(text)
    except ValueError:
        known = ", ".join(member.value for member in choices)
        report.add("not_one_of", where, key=key, choices=known, value=repr(text))
        return None


def int_value(value: Any, key: str, where: str, report: Report, minimum: int) -> int | None:
    # bool is an int subclass, but true/false in a count is a typing slip, not a number.
    if isinstance(value, bool) or not isinstance(value, int):
        report.add("not_whole", where, key=key)
        return None
    if not -_MAX_WHOLE < value < _MAX_WHOLE:
        report.add("number_out_of_range", where, key=key, digits=MAX_DIGITS, value=value)
        return None
    if value < minimum:
        report.add("too_small", where, key=key, minimum=minimum, value=value)
        return None
    return value


def read_int(
    obj: Mapping[str, Any], key: str, where: str, report: Report, *, minimum: int = 0
) -> int | None:
    value = get(obj, key, where, report)
    if value is MISSING:
        return None
    return int_value(value, key, where, report, minimum)


def decimal_value(value: Any, key: str, where: str, report: Report) -> Decimal | None:
    number: Decimal | None = None
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int) and not isinstance(value, bool):
        number = Decimal(value)
    elif isinstance(value, float):
        # str() of a float is its shortest round-tripping form, so 1.5 stays exactly 1.5.
        with contextlib.suppress(InvalidOperation):
            number = Decimal(str(value))
    elif isinstance(value, str) and _DECIMAL_TEXT.match(value):
        number = Decimal(value)
    if number is None or not number.is_finite():
        report.add("not_number", where, key=key)
        return None
    if not within_bounds(number):
        report.add("number_out_of_range", where, key=key, digits=MAX_DIGITS, value=value)
        return None
    if number < 0:
        report.add("negative", where, key=key, value=number)
        return None
    return number


def read_decimal(obj: Mapping[str, Any], key: str, where: str, report: Report) -> Decimal | None:
    value = get(obj, key, where, report)
    if value is MISSING:
        return None
    return decimal_value(value, key, where, report)


def read_date(obj: Mapping[str, Any], key: str, where: str, report: Report) -> date | None:
    value = get(obj, key, where, report)
    if value is MISSING:
        return None
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            report.add("not_real_date", where, key=key, value=repr(value))
            return None
    report.add("not_iso_date", where, key=key, value=repr(value))
    return None


def read_list(obj: Mapping[str, Any], key: str, where: str, report: Report) -> list[Any] | None:
    value = get(obj, key, where, report)
    if value is MISSING:
        return None
    if not isinstance(value, list):
        report.add("not_list", where, key=key)
        return None
    return value


def read_str_list(
    obj: Mapping[str, Any], key: str, where: str, report: Report
) -> list[str] | None:
    value = get(obj, key, where, report)
    if value is MISSING:
        return None
    if not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
        report.add("not_text_list", where, key=key)
        return None
    if not value:
        report.add("empty_list", where, key=key)
        return None
    if any(not entry.strip() for entry in value):
        report.add("empty_entry", where, key=key)
        return None
    return list(value)


def show(number: Decimal) -> str:
    """``number`` for a message: 38 rather than 38.0, 10.875 rather than 10.8750."""
    return format(number.normalize(), "f")


def in_fiscal_year(day: date, fiscal_year: int | None) -> bool:
    if fiscal_year is None:
        return True
    first, last = fiscal_year_bounds(fiscal_year)
    return first - _FISCAL_SLACK <= day <= last + _FISCAL_SLACK


def fiscal_range(fiscal_year: int) -> dict[str, object]:
    first, last = fiscal_year_bounds(fiscal_year)
    return {"year": fiscal_year, "first": first.isoformat(), "last": last.isoformat()}

