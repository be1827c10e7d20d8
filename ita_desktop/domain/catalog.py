"""The ITA framework catalog of one kind of unit for one fiscal year, and its JSON file format.

A catalog holds what the NACC's framework asks of a unit in a year: the score weights of the
three tools (IIT, EIT, OIT), the minimum numbers of respondents, the EIT(1) quota of each
section and the EIT(2) stakeholder groups, the ten indicators with their sub-indicators and
points, the OIT items O1..O24/O25 with their content, file formats, deadline and points, and the
assessment calendar. Catalogs for the frameworks the seeds document are bundled in
``resources/catalogs/``; a secretary can start next year's catalog from this year's, edit the
OIT items, and exchange catalogs with other units as files.

Validation is strict when a catalog comes from outside (``catalog_from_dict``,
``load_catalog_file``) and when it leaves (``save_catalog_file``): every problem is collected and
reported at once, and a catalog whose OIT item points do not add up to the OIT weight is
refused. The editing helpers (``add_oit_item``, ``remove_oit_item``, ``update_oit_item``) are
lenient about exactly that points balance, because a secretary who adds an item and then
re-weights the others passes through unbalanced states; ``catalog_problems`` reports it so the
screen can show it until it is fixed. Every other problem makes the editing helpers raise.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ita_desktop.domain.digits import to_arabic_digits, to_thai_digits
from ita_desktop.domain.fiscal import fiscal_year_bounds, shift_to_fiscal_year
from ita_desktop.domain.thai_dates import MONTHS_ABBR
from ita_desktop.files import write_atomically
from ita_desktop.resources import resource_path

__all__ = [
    "DEADLINE_KINDS",
    "FORMAT_TAG",
    "FORMAT_VERSION",
    "FRAMEWORKS",
    "KNOWN_FORMATS",
    "MAX_FILE_BYTES",
    "SAMPLE_KEYS",
    "TOOLS",
    "CalendarPhase",
    "Catalog",
    "CatalogError",
    "Deadline",
    "Eit2Group",
    "EitQuota",
    "Indicator",
    "OitItem",
    "SubIndicator",
    "add_oit_item",
    "bundled_catalogs",
    "catalog_from_dict",
    "catalog_problems",
    "catalog_to_dict",
    "latest_bundled_catalog",
    "load_bundled_catalog",
    "load_catalog_file",
    "remove_oit_item",
    "save_catalog_file",
    "start_new_year",
    "update_oit_item",
]

FORMAT_TAG = "ita-desktop-catalog"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 5 * 1024 * 1024

FRAMEWORKS: tuple[str, ...] = ("immigration", "police")
TOOLS: tuple[str, ...] = ("IIT", "EIT", "OIT")
SAMPLE_KEYS: tuple[str, ...] = ("IIT", "EIT", "EIT2")
DEADLINE_KINDS: tuple[str, ...] = ("date", "monthly", "none")
# The formats the seeds ask for; others are accepted so a new NACC requirement can be typed in.
KNOWN_FORMATS: tuple[str, ...] = ("PDF", "Word", "Excel", "URL")

# Preparation starts before 1 October in some units and results are published after
# 30 September in some years, so phases and deadlines may lie up to a quarter outside.
_FISCAL_SLACK = timedelta(days=92)
# A monthly report falls due on the same day of every month, so February must have it too.
_MAX_MONTHLY_DAY = 28
# B.E. years; anything below is almost surely a C.E. year typed by mistake.
_MIN_FISCAL_YEAR = 2400
_MAX_FISCAL_YEAR = 2999

_OIT_CODE = re.compile(r"^O([1-9][0-9]*)$")
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_DECIMAL_TEXT = re.compile(r"^-?[0-9]+(?:\.[0-9]+)?$")
_BUNDLED_NAME = re.compile(r"^(?P<framework>[a-z]+)-(?P<year>[0-9]{4})\.json$")


# --- the catalog --------------------------------------------------------------------------


@dataclass(frozen=True)
class Deadline:
    """When an OIT item must be done.

    ``kind`` is "date" (done by ``date``), "monthly" (reported every month on ``day`` of the
    next month) or "none" (kept up to date continuously); ``text`` is the wording the unit's
    documents use, e.g. "ดำเนินการเสร็จสิ้น ภายใน ก.พ.68".
    """

    kind: str
    date: date | None = None
    day: int | None = None
    text: str = ""


@dataclass(frozen=True)
class OitItem:
    """One item of the open-data check (OIT), e.g. O1 "โครงสร้าง อัตรากำลัง และข้อมูลผู้บริหาร"."""

    code: str
    indicator: str  # the sub-indicator code, "9.1" .. "10.2"
    title: str
    components: list[str]
    formats: list[str]
    deadline: Deadline
    points: Decimal


@dataclass(frozen=True)
class SubIndicator:
    code: str
    title: str
    points: Decimal


@dataclass(frozen=True)
class Indicator:
    """One of the ten indicators; ``questions`` counts survey questions (IIT, EIT) or OIT items."""

    number: int
    tool: str
    title: str
    sub_indicators: list[SubIndicator]
    questions: int
    points: Decimal


@dataclass(frozen=True)
class CalendarPhase:
    """A phase of the assessment calendar; ``responsible`` names a role, never a person."""

    order: int
    title: str
    start: date
    end: date
    description: str
    responsible: str


@dataclass(frozen=True)
class EitQuota:
    """The least number of EIT(1) respondents a section of the unit must bring in."""

    section: str
    minimum: int


@dataclass(frozen=True)
class Eit2Group:
    """A stakeholder group for the EIT(2) contact list and the section that gathers it."""

    description: str
    section: str


@dataclass(frozen=True)
class Catalog:
    framework: str
    fiscal_year: int
    title: str
    notes: str
    weights: dict[str, Decimal]
    minimum_samples: dict[str, int]
    eit_quotas: list[EitQuota]
    eit2_groups: list[Eit2Group]
    indicators: list[Indicator]
    oit_items: list[OitItem]
    calendar: list[CalendarPhase]


class CatalogError(ValueError):
    """A catalog or catalog file that cannot be used; ``problems`` lists every reason found.

    ``source`` is the file the catalog came from or was going to, when there is one.
    """

    def __init__(self, problems: Iterable[str], source: str | None = None) -> None:
        self.problems: list[str] = list(problems)
        self.source = source
        super().__init__(self._message())

    def _message(self) -> str:
        head = f"Catalog file '{self.source}' refused" if self.source else "Catalog error"
        if len(self.problems) == 1:
            return f"{head}: {self.problems[0]}"
        lines = "\n".join(f"  - {problem}" for problem in self.problems)
        return f"{head} ({len(self.problems)} problems):\n{lines}"

    def __str__(self) -> str:
        return self._message()

    def __reduce__(self) -> tuple[Any, ...]:
        # The default would rebuild the error from its message alone, losing the problem list
        # when the error crosses a process boundary (a worker loading a file, for instance).
        return (type(self), (self.problems, self.source))


# --- reading and checking -----------------------------------------------------------------

_MISSING = object()

_CATALOG_KEYS = tuple(field.name for field in dataclasses.fields(Catalog))
# A file's own header may be passed along with the content; it is checked by the file loader.
_HEADER_KEYS = ("format", "format_version")


class _Report:
    """The problems found so far, split by whether the editing helpers tolerate them."""

    def __init__(self) -> None:
        self.hard: list[str] = []
        self.balance: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.hard.append(f"{where}: {message}")

    def add_balance(self, where: str, message: str) -> None:
        self.balance.append(f"{where}: {message}")


def _get(obj: Mapping[str, Any], key: str, where: str, report: _Report) -> Any:
    if key not in obj:
        report.add(where, f"'{key}' is missing")
        return _MISSING
    return obj[key]


def _check_keys(
    obj: Mapping[str, Any], allowed: Iterable[str], where: str, report: _Report
) -> None:
    known = set(allowed)
    for key in obj:
        if key not in known:
            report.add(where, f"unknown field {key!r}")


def _as_object(value: Any, what: str, where: str, report: _Report) -> Mapping[str, Any] | None:
    if not isinstance(value, Mapping):
        report.add(where, f"{what} must be an object")
        return None
    return value


def _read_str(
    obj: Mapping[str, Any], key: str, where: str, report: _Report, *, allow_empty: bool = False
) -> str | None:
    value = _get(obj, key, where, report)
    if value is _MISSING:
        return None
    if not isinstance(value, str):
        report.add(where, f"'{key}' must be a string")
        return None
    if not allow_empty and not value.strip():
        report.add(where, f"'{key}' must not be empty")
        return None
    return value


def _int_value(value: Any, key: str, where: str, report: _Report, minimum: int) -> int | None:
    # bool is an int subclass, but true/false in a count is a typing slip, not a number.
    if isinstance(value, bool) or not isinstance(value, int):
        report.add(where, f"'{key}' must be a whole number")
        return None
    if value < minimum:
        report.add(where, f"'{key}' must be at least {minimum}, not {value}")
        return None
    return value


def _read_int(
    obj: Mapping[str, Any], key: str, where: str, report: _Report, *, minimum: int = 0
) -> int | None:
    value = _get(obj, key, where, report)
    if value is _MISSING:
        return None
    return _int_value(value, key, where, report, minimum)


def _decimal_value(value: Any, key: str, where: str, report: _Report) -> Decimal | None:
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
        report.add(where, f"'{key}' must be a number such as 1.5 (or the string \"1.5\")")
        return None
    if number < 0:
        report.add(where, f"'{key}' must not be negative, not {number}")
        return None
    return number


def _read_decimal(obj: Mapping[str, Any], key: str, where: str, report: _Report) -> Decimal | None:
    value = _get(obj, key, where, report)
    if value is _MISSING:
        return None
    return _decimal_value(value, key, where, report)


def _date_value(value: Any, key: str, where: str, report: _Report) -> date | None:
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            report.add(where, f"'{key}' is not a real date: {value!r}")
            return None
    report.add(where, f"'{key}' must be an ISO date string (YYYY-MM-DD), not {value!r}")
    return None


def _read_date(obj: Mapping[str, Any], key: str, where: str, report: _Report) -> date | None:
    value = _get(obj, key, where, report)
    if value is _MISSING:
        return None
    return _date_value(value, key, where, report)


def _read_list(obj: Mapping[str, Any], key: str, where: str, report: _Report) -> list[Any] | None:
    value = _get(obj, key, where, report)
    if value is _MISSING:
        return None
    if not isinstance(value, list):
        report.add(where, f"'{key}' must be a list")
        return None
    return value


def _read_str_list(
    obj: Mapping[str, Any], key: str, where: str, report: _Report
) -> list[str] | None:
    value = _get(obj, key, where, report)
    if value is _MISSING:
        return None
    if not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
        report.add(where, f"'{key}' must be a list of strings")
        return None
    if not value:
        report.add(where, f"'{key}' must have at least one entry")
        return None
    if any(not entry.strip() for entry in value):
        report.add(where, f"'{key}' must not contain empty strings")
        return None
    return list(value)


def _show(number: Decimal) -> str:
    """``number`` for a message: 38 rather than 38.0, 10.875 rather than 10.8750."""
    return format(number.normalize(), "f")


def _in_fiscal_year(day: date, fiscal_year: int | None) -> bool:
    if fiscal_year is None:
        return True
    first, last = fiscal_year_bounds(fiscal_year)
    return first - _FISCAL_SLACK <= day <= last + _FISCAL_SLACK


def _fiscal_range_text(fiscal_year: int) -> str:
    first, last = fiscal_year_bounds(fiscal_year)
    return f"fiscal year {fiscal_year} ({first.isoformat()} to {last.isoformat()})"


def _read_weights(data: Mapping[str, Any], report: _Report) -> dict[str, Decimal] | None:
    raw = _get(data, "weights", "catalog", report)
    if raw is _MISSING:
        return None
    obj = _as_object(raw, "'weights'", "catalog", report)
    if obj is None:
        return None
    weights: dict[str, Decimal] = {}
    ok = True
    for tool in TOOLS:
        value = _read_decimal(obj, tool, "weights", report)
        if value is None:
            ok = False
        else:
            weights[tool] = value
    _check_keys(obj, TOOLS, "weights", report)
    if not ok:
        return None
    total = sum(weights.values(), Decimal(0))
    if total != 100:
        report.add(
            "weights", f"the weights of IIT, EIT and OIT must add up to 100, not {_show(total)}"
        )
    return weights


def _read_samples(data: Mapping[str, Any], report: _Report) -> dict[str, int] | None:
    raw = _get(data, "minimum_samples", "catalog", report)
    if raw is _MISSING:
        return None
    obj = _as_object(raw, "'minimum_samples'", "catalog", report)
    if obj is None:
        return None
    samples: dict[str, int] = {}
    ok = True
    for key in SAMPLE_KEYS:
        value = _read_int(obj, key, "minimum_samples", report)
        if value is None:
            ok = False
        else:
            samples[key] = value
    _check_keys(obj, SAMPLE_KEYS, "minimum_samples", report)
    return samples if ok else None


def _read_quotas(data: Mapping[str, Any], report: _Report) -> list[EitQuota] | None:
    raw = _read_list(data, "eit_quotas", "catalog", report)
    if raw is None:
        return None
    quotas: list[EitQuota] = []
    seen: set[str] = set()
    ok = True
    for index, entry in enumerate(raw):
        where = f"eit_quotas[{index}]"
        obj = _as_object(entry, "an EIT quota", where, report)
        if obj is None:
            ok = False
            continue
        section = _read_str(obj, "section", where, report)
        minimum = _read_int(obj, "minimum", where, report)
        _check_keys(obj, ("section", "minimum"), where, report)
        if section is None or minimum is None:
            ok = False
            continue
        if section in seen:
            report.add(where, f"section {section!r} has more than one quota")
        seen.add(section)
        quotas.append(EitQuota(section=section, minimum=minimum))
    return quotas if ok else None


def _read_groups(
    data: Mapping[str, Any], quotas: list[EitQuota] | None, report: _Report
) -> list[Eit2Group] | None:
    raw = _read_list(data, "eit2_groups", "catalog", report)
    if raw is None:
        return None
    sections = {quota.section for quota in quotas} if quotas else set()
    groups: list[Eit2Group] = []
    ok = True
    for index, entry in enumerate(raw):
        where = f"eit2_groups[{index}]"
        obj = _as_object(entry, "an EIT(2) group", where, report)
        if obj is None:
            ok = False
            continue
        description = _read_str(obj, "description", where, report)
        section = _read_str(obj, "section", where, report)
        _check_keys(obj, ("description", "section"), where, report)
        if description is None or section is None:
            ok = False
            continue
        # The group is gathered by one of the sections that have EIT quotas; another name is
        # almost always a misspelling that would leave the group without anyone to gather it.
        if sections and section not in sections:
            known = ", ".join(sorted(sections))
            report.add(where, f"section {section!r} is not one of the EIT sections ({known})")
        groups.append(Eit2Group(description=description, section=section))
    return groups if ok else None


def _read_sub_indicators(
    obj: Mapping[str, Any], number: int | None, where: str, report: _Report
) -> list[SubIndicator] | None:
    raw = _read_list(obj, "sub_indicators", where, report)
    if raw is None:
        return None
    subs: list[SubIndicator] = []
    ok = True
    for index, entry in enumerate(raw):
        sub_where = f"{where} sub_indicators[{index}]"
        sub = _as_object(entry, "a sub-indicator", sub_where, report)
        if sub is None:
            ok = False
            continue
        code = _read_str(sub, "code", sub_where, report)
        title = _read_str(sub, "title", sub_where, report)
        points = _read_decimal(sub, "points", sub_where, report)
        _check_keys(sub, ("code", "title", "points"), sub_where, report)
        if code is None or title is None or points is None:
            ok = False
            continue
        if number is not None and not re.fullmatch(rf"{number}\.[1-9][0-9]*", code):
            report.add(sub_where, f"code {code!r} must be of the form {number}.<n>")
        subs.append(SubIndicator(code=code, title=title, points=points))
    return subs if ok else None


def _read_indicators(
    data: Mapping[str, Any], weights: dict[str, Decimal] | None, report: _Report
) -> list[Indicator] | None:
    raw = _read_list(data, "indicators", "catalog", report)
    if raw is None:
        return None
    indicators: list[Indicator] = []
    ok = True
    numbers: set[int] = set()
    sub_codes: set[str] = set()
    for index, entry in enumerate(raw):
        where = f"indicators[{index}]"
        obj = _as_object(entry, "an indicator", where, report)
        if obj is None:
            ok = False
            continue
        peek = obj.get("number")
        if isinstance(peek, int) and not isinstance(peek, bool):
            where = f"{where} ({peek})"
        number = _read_int(obj, "number", where, report, minimum=1)
        tool = _read_str(obj, "tool", where, report)
        if tool is not None and tool not in TOOLS:
            report.add(where, f"'tool' must be one of {', '.join(TOOLS)}, not {tool!r}")
            tool = None
        title = _read_str(obj, "title", where, report)
        subs = _read_sub_indicators(obj, number, where, report)
        questions = _read_int(obj, "questions", where, report)
        points = _read_decimal(obj, "points", where, report)
        _check_keys(
            obj, ("number", "tool", "title", "sub_indicators", "questions", "points"), where, report
        )
        if None in (number, tool, title, subs, questions, points):
            ok = False
            continue
        assert number is not None and tool is not None and title is not None
        assert subs is not None and questions is not None and points is not None
        if number in numbers:
            report.add(where, f"indicator number {number} is used more than once")
        numbers.add(number)
        for sub in subs:
            if sub.code in sub_codes:
                report.add(where, f"sub-indicator code {sub.code!r} is used more than once")
            sub_codes.add(sub.code)
        if subs:
            sub_total = sum((sub.points for sub in subs), Decimal(0))
            if sub_total != points:
                report.add(
                    where,
                    f"its sub-indicator points add up to {_show(sub_total)}, "
                    f"not to its {_show(points)} points",
                )
        indicators.append(
            Indicator(
                number=number,
                tool=tool,
                title=title,
                sub_indicators=subs,
                questions=questions,
                points=points,
            )
        )
    if ok and weights is not None:
        for tool in TOOLS:
            total = sum((i.points for i in indicators if i.tool == tool), Decimal(0))
            if total != weights[tool]:
                report.add(
                    "indicators",
                    f"the {tool} indicators' points add up to {_show(total)}, "
                    f"not to the {tool} weight {_show(weights[tool])}",
                )
    return indicators if ok else None


def _read_deadline(
    value: Any, where: str, fiscal_year: int | None, report: _Report
) -> Deadline | None:
    if value is _MISSING:
        return None
    where = f"{where} deadline"
    obj = _as_object(value, "'deadline'", where, report)
    if obj is None:
        return None
    _check_keys(obj, ("kind", "date", "day", "text"), where, report)
    kind = _read_str(obj, "kind", where, report)
    text = _read_str(obj, "text", where, report, allow_empty=True)
    if kind is None or text is None:
        return None
    if kind not in DEADLINE_KINDS:
        report.add(where, f"'kind' must be one of {', '.join(DEADLINE_KINDS)}, not {kind!r}")
        return None
    raw_date = obj.get("date")
    raw_day = obj.get("day")
    if kind == "date":
        if raw_day is not None:
            report.add(where, "a 'date' deadline must not have a 'day'")
            return None
        due = _read_date(obj, "date", where, report)
        if due is None:
            return None
        if not _in_fiscal_year(due, fiscal_year):
            assert fiscal_year is not None
            report.add(where, f"{due.isoformat()} is outside {_fiscal_range_text(fiscal_year)}")
            return None
        return Deadline(kind=kind, date=due, day=None, text=text)
    if raw_date is not None:
        report.add(where, f"a {kind!r} deadline must not have a 'date'")
        return None
    if kind == "monthly":
        day = _read_int(obj, "day", where, report, minimum=1)
        if day is None:
            return None
        if day > _MAX_MONTHLY_DAY:
            report.add(where, f"'day' must be between 1 and {_MAX_MONTHLY_DAY}, not {day}")
            return None
        return Deadline(kind=kind, date=None, day=day, text=text)
    if raw_day is not None:
        report.add(where, "a 'none' deadline must not have a 'day'")
        return None
    return Deadline(kind=kind, date=None, day=None, text=text)


def _oit_sub_indicators(indicators: list[Indicator] | None) -> dict[str, SubIndicator] | None:
    if indicators is None:
        return None
    return {
        sub.code: sub
        for indicator in indicators
        if indicator.tool == "OIT"
        for sub in indicator.sub_indicators
    }


def _code_number(code: str) -> int:
    match = _OIT_CODE.match(code)
    return int(match.group(1)) if match else 0


def _read_items(
    data: Mapping[str, Any],
    fiscal_year: int | None,
    weights: dict[str, Decimal] | None,
    indicators: list[Indicator] | None,
    report: _Report,
) -> list[OitItem] | None:
    raw = _read_list(data, "oit_items", "catalog", report)
    if raw is None:
        return None
    subs = _oit_sub_indicators(indicators)
    items: list[OitItem] = []
    ok = True
    codes: set[str] = set()
    for index, entry in enumerate(raw):
        where = f"oit_items[{index}]"
        obj = _as_object(entry, "an OIT item", where, report)
        if obj is None:
            ok = False
            continue
        peek = obj.get("code")
        if isinstance(peek, str):
            where = f"{where} ({peek})"
        code = _read_str(obj, "code", where, report)
        if code is not None and not _OIT_CODE.match(code):
            report.add(where, f"code {code!r} must be O followed by a number, such as O4")
            code = None
        indicator = _read_str(obj, "indicator", where, report)
        if indicator is not None and subs is not None and indicator not in subs:
            known = ", ".join(subs) or "none"
            report.add(
                where,
                f"indicator {indicator!r} is not a sub-indicator of an OIT indicator "
                f"(known: {known})",
            )
            indicator = None
        title = _read_str(obj, "title", where, report)
        components = _read_str_list(obj, "components", where, report)
        formats = _read_str_list(obj, "formats", where, report)
        if formats is not None and len(set(formats)) != len(formats):
            report.add(where, "'formats' lists a format more than once")
            formats = None
        deadline = _read_deadline(_get(obj, "deadline", where, report), where, fiscal_year, report)
        points = _read_decimal(obj, "points", where, report)
        _check_keys(
            obj,
            ("code", "indicator", "title", "components", "formats", "deadline", "points"),
            where,
            report,
        )
        if code is not None:
            if code in codes:
                report.add(where, f"code {code} is used by more than one item (duplicate code)")
            codes.add(code)
        if None in (code, indicator, title, components, formats, deadline, points):
            ok = False
            continue
        assert code is not None and indicator is not None and title is not None
        assert components is not None and formats is not None
        assert deadline is not None and points is not None
        items.append(
            OitItem(
                code=code,
                indicator=indicator,
                title=title,
                components=components,
                formats=formats,
                deadline=deadline,
                points=points,
            )
        )
    if ok and weights is not None:
        total = sum((item.points for item in items), Decimal(0))
        if total != weights["OIT"]:
            report.add_balance(
                "oit_items",
                f"the item points add up to {_show(total)}, "
                f"not to the OIT weight {_show(weights['OIT'])}",
            )
    if ok and subs is not None:
        for code, sub in subs.items():
            sub_total = sum((i.points for i in items if i.indicator == code), Decimal(0))
            if sub_total != sub.points:
                report.add_balance(
                    "oit_items",
                    f"the points of the items under sub-indicator {code} add up to "
                    f"{_show(sub_total)}, not to its {_show(sub.points)} points",
                )
    return items if ok else None


def _read_calendar(
    data: Mapping[str, Any], fiscal_year: int | None, report: _Report
) -> list[CalendarPhase] | None:
    raw = _read_list(data, "calendar", "catalog", report)
    if raw is None:
        return None
    phases: list[CalendarPhase] = []
    ok = True
    orders: set[int] = set()
    for index, entry in enumerate(raw):
        where = f"calendar[{index}]"
        obj = _as_object(entry, "a calendar phase", where, report)
        if obj is None:
            ok = False
            continue
        order = _read_int(obj, "order", where, report, minimum=1)
        title = _read_str(obj, "title", where, report)
        start = _read_date(obj, "start", where, report)
        end = _read_date(obj, "end", where, report)
        description = _read_str(obj, "description", where, report, allow_empty=True)
        responsible = _read_str(obj, "responsible", where, report)
        _check_keys(
            obj, ("order", "title", "start", "end", "description", "responsible"), where, report
        )
        if order is not None:
            if order in orders:
                report.add(where, f"order {order} is used by more than one phase")
            orders.add(order)
        if start is not None and end is not None and start > end:
            report.add(where, f"it starts ({start.isoformat()}) after it ends ({end.isoformat()})")
            ok = False
            continue
        if fiscal_year is not None:
            for key, day in (("start", start), ("end", end)):
                if day is not None and not _in_fiscal_year(day, fiscal_year):
                    report.add(
                        where,
                        f"'{key}' {day.isoformat()} is outside {_fiscal_range_text(fiscal_year)}",
                    )
        if None in (order, title, start, end, description, responsible):
            ok = False
            continue
        assert order is not None and title is not None and start is not None
        assert end is not None and description is not None and responsible is not None
        phases.append(
            CalendarPhase(
                order=order,
                title=title,
                start=start,
                end=end,
                description=description,
                responsible=responsible,
            )
        )
    return phases if ok else None


def _parse(data: Any) -> tuple[Catalog | None, list[str], list[str]]:
    """Read ``data``; return the catalog (None when a hard problem was found) and the problems."""
    report = _Report()
    if not isinstance(data, Mapping):
        report.add("catalog", "must be an object")
        return None, report.hard, report.balance
    where = "catalog"
    _check_keys(data, _CATALOG_KEYS + _HEADER_KEYS, where, report)
    framework = _read_str(data, "framework", where, report)
    if framework is not None and framework not in FRAMEWORKS:
        report.add(where, f"'framework' must be one of {', '.join(FRAMEWORKS)}, not {framework!r}")
        framework = None
    fiscal_year = _read_int(data, "fiscal_year", where, report)
    if fiscal_year is not None and not _MIN_FISCAL_YEAR <= fiscal_year <= _MAX_FISCAL_YEAR:
        report.add(
            where,
            f"'fiscal_year' must be a Buddhist Era year such as 2568, not {fiscal_year}",
        )
        fiscal_year = None
    title = _read_str(data, "title", where, report)
    notes = _read_str(data, "notes", where, report, allow_empty=True)
    weights = _read_weights(data, report)
    samples = _read_samples(data, report)
    quotas = _read_quotas(data, report)
    groups = _read_groups(data, quotas, report)
    indicators = _read_indicators(data, weights, report)
    items = _read_items(data, fiscal_year, weights, indicators, report)
    calendar = _read_calendar(data, fiscal_year, report)
    if report.hard:
        return None, report.hard, report.balance
    assert framework is not None and fiscal_year is not None and title is not None
    assert notes is not None and weights is not None and samples is not None
    assert quotas is not None and groups is not None and indicators is not None
    assert items is not None and calendar is not None
    catalog = Catalog(
        framework=framework,
        fiscal_year=fiscal_year,
        title=title,
        notes=notes,
        weights=weights,
        minimum_samples=samples,
        eit_quotas=quotas,
        eit2_groups=groups,
        indicators=indicators,
        oit_items=items,
        calendar=calendar,
    )
    return catalog, report.hard, report.balance


def _plain(value: Any) -> Any:
    """``value`` as JSON-ready data; values of unexpected types are passed through unchanged
    so that the checker reports them instead of this function failing on them."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: _plain(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        # Fixed-point text, because "1E+1" would not read back as the same kind of number.
        return format(value, "f") if value.is_finite() else str(value)
    if isinstance(value, Mapping):
        return {key: _plain(entry) for key, entry in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(entry) for entry in value]
    return value


def catalog_from_dict(data: Mapping[str, Any], *, allow_unbalanced: bool = False) -> Catalog:
    """Read a catalog from JSON-like data, checking everything; raise ``CatalogError`` listing
    every problem, including OIT item points that do not add up to the OIT weight.

    ``allow_unbalanced`` accepts a points imbalance alone: the database keeps a catalog the
    secretary is still editing, and reading it back must not fail where editing did not.
    Points may be numbers or decimal strings, dates ISO strings. The file header keys
    "format" and "format_version" are ignored here (``load_catalog_file`` checks them).
    """
    catalog, hard, balance = _parse(data)
    if hard or (balance and not allow_unbalanced) or catalog is None:
        raise CatalogError(hard + balance)
    return catalog


def catalog_to_dict(catalog: Catalog) -> dict[str, Any]:
    """The catalog as JSON-ready data: dates as ISO strings, points and weights as decimal
    strings (so "1.8125" reads back exactly), in the field order of the dataclasses."""
    return _plain(catalog)


def catalog_problems(catalog: Catalog) -> list[str]:
    """Every problem of ``catalog``, the points balance included; empty when it is valid."""
    _, hard, balance = _parse(_plain(catalog))
    return hard + balance


# --- files --------------------------------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a catalog can hold")


def load_catalog_file(path: str | os.PathLike[str]) -> Catalog:
    """Read and check a catalog file; raise ``CatalogError`` naming the file when it is too
    big, not UTF-8, not JSON, not a catalog, from a newer program version, or invalid.

    Errors opening the file (missing, no permission) are raised as the usual ``OSError``.
    """
    file = Path(path)
    source = str(file)

    def refuse(reason: str) -> CatalogError:
        return CatalogError([reason], source=source)

    with file.open("rb") as handle:
        # Reading one byte past the limit tells "too big" without reading a huge file whole.
        raw = handle.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        size = file.stat().st_size
        raise refuse(f"the file is too big ({size:,} bytes); a catalog file may be at most 5 MB")
    try:
        # utf-8-sig because Windows Notepad starts UTF-8 files with a byte-order mark.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise refuse(
            f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None
    try:
        data = json.loads(text, parse_float=Decimal, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise refuse(
            f"the file is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    except (ValueError, RecursionError) as exc:
        raise refuse(f"the file is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise refuse("the file is not an ITA Desktop catalog (its JSON is not an object)")
    tag = data.get("format", _MISSING)
    if tag is _MISSING:
        raise refuse(
            f"the file is not an ITA Desktop catalog (it has no 'format' field; "
            f"expected {FORMAT_TAG!r})"
        )
    if tag != FORMAT_TAG:
        raise refuse(
            f"the file is not an ITA Desktop catalog (its format is {tag!r}, "
            f"expected {FORMAT_TAG!r})"
        )
    version = data.get("format_version", _MISSING)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise refuse(f"'format_version' must be a whole number from 1, not {version!r}")
    if version > FORMAT_VERSION:
        raise refuse(
            f"the file was written by a newer version of ITA Desktop (format_version "
            f"{version}; this version reads up to {FORMAT_VERSION}); update ITA Desktop to open it"
        )
    catalog, hard, balance = _parse(data)
    if hard or balance or catalog is None:
        raise CatalogError(hard + balance, source=source)
    return catalog


def save_catalog_file(catalog: Catalog, path: str | os.PathLike[str]) -> None:
    """Write ``catalog`` to ``path`` as pretty-printed UTF-8 JSON, atomically.

    A catalog with any problem (the points balance included) is refused with
    ``CatalogError``, because ``load_catalog_file`` would refuse the file it made.
    """
    target = Path(path)
    # The re-read copy is written, so e.g. a float point typed in code goes out as exact text.
    normalised, hard, balance = _parse(_plain(catalog))
    if hard or balance or normalised is None:
        raise CatalogError(hard + balance, source=str(target))
    document: dict[str, Any] = {"format": FORMAT_TAG, "format_version": FORMAT_VERSION}
    document.update(catalog_to_dict(normalised))
    payload = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    write_atomically(target, payload)


# --- bundled catalogs ---------------------------------------------------------------------


def bundled_catalogs() -> list[tuple[str, int]]:
    """(framework, fiscal year) of every catalog shipped in resources/catalogs, sorted."""
    folder = resource_path("catalogs")
    if not folder.is_dir():
        return []
    found: list[tuple[str, int]] = []
    for entry in folder.iterdir():
        match = _BUNDLED_NAME.match(entry.name)
        if match and match["framework"] in FRAMEWORKS and entry.is_file():
            found.append((match["framework"], int(match["year"])))
    return sorted(found)


def load_bundled_catalog(framework: str, fiscal_year: int) -> Catalog:
    """The shipped catalog of ``framework`` for ``fiscal_year``; ``CatalogError`` if none."""
    if framework not in FRAMEWORKS:
        raise CatalogError([f"unknown framework {framework!r} (known: {', '.join(FRAMEWORKS)})"])
    path = resource_path("catalogs", f"{framework}-{fiscal_year}.json")
    if not path.is_file():
        raise CatalogError(
            [f"there is no bundled {framework} catalog for fiscal year {fiscal_year}"]
        )
    catalog = load_catalog_file(path)
    if (catalog.framework, catalog.fiscal_year) != (framework, fiscal_year):
        raise CatalogError(
            [
                f"the file holds the {catalog.framework} catalog for "
                f"{catalog.fiscal_year}, not the one its name says"
            ],
            source=str(path),
        )
    return catalog


def latest_bundled_catalog(framework: str, up_to_year: int | None = None) -> Catalog:
    """The newest shipped catalog of ``framework``, not later than ``up_to_year`` if given."""
    years = [
        year
        for kind, year in bundled_catalogs()
        if kind == framework and (up_to_year is None or year <= up_to_year)
    ]
    if not years:
        limit = f" up to fiscal year {up_to_year}" if up_to_year is not None else ""
        raise CatalogError([f"there is no bundled {framework} catalog{limit}"])
    return load_bundled_catalog(framework, max(years))


# --- editing ------------------------------------------------------------------------------

_DIGIT = "0-9\u0e50-\u0e59"
_MONTH_ABBR = "|".join(re.escape(month) for month in MONTHS_ABBR)
# A B.E. year in running text: four digits ("๒๕๖๘", "2568"), or two digits right after an
# abbreviated month ("ก.พ.68", "มี.ค. ๖๘"), which is how deadlines and periods are written.
_YEAR_IN_TEXT = re.compile(
    rf"(?P<month>{_MONTH_ABBR})(?P<space>\s*)(?P<short>[{_DIGIT}]{{2}})(?![{_DIGIT}])"
    rf"|(?<![{_DIGIT}])(?P<long>[{_DIGIT}]{{4}})(?![{_DIGIT}])"
)
_LEAP_DAY_TEXT = re.compile(rf"(?<![{_DIGIT}])(?:29|๒๙)(?=\s*(?:ก\.พ\.|กุมภาพันธ์))")


def _digits_like(text: str, model: str) -> str:
    return to_thai_digits(text) if any("๐" <= char <= "๙" for char in model) else text


def _shift_years_in_text(text: str, fiscal_year: int, delta: int) -> str:
    # Only the fiscal year and the calendar year it starts in are moved: other years in the
    # text name laws and codes ("พ.ร.บ. ... พ.ศ. ๒๕๖๐", "ประมวลจริยธรรม ... ๒๕๖๔") that
    # stay the same from one assessment year to the next.
    moved = {fiscal_year - 1, fiscal_year}

    def replace(match: re.Match[str]) -> str:
        if match["long"] is not None:
            raw = match["long"]
            year = int(to_arabic_digits(raw))
            return _digits_like(str(year + delta), raw) if year in moved else raw
        raw = match["short"]
        year = 2500 + int(to_arabic_digits(raw))
        if year not in moved:
            return match.group(0)
        short = f"{(year + delta) % 100:02d}"
        return f"{match['month']}{match['space']}{_digits_like(short, raw)}"

    return _YEAR_IN_TEXT.sub(replace, text)


def _shift_deadline(deadline: Deadline, old_fy: int, new_fy: int) -> Deadline:
    delta = new_fy - old_fy
    text = _shift_years_in_text(deadline.text, old_fy, delta)
    due = deadline.date
    if deadline.kind == "date" and isinstance(due, date):
        new_due = shift_to_fiscal_year(due, old_fy, new_fy)
        if due.month == 2 and due.day == 29 and new_due.day == 28:
            # "๒๙ ก.พ. ๒๕๖๗" has no counterpart in a common year; the date moved to the 28th.
            text = _LEAP_DAY_TEXT.sub(lambda m: _digits_like("28", m.group(0)), text)
        due = new_due
    return dataclasses.replace(deadline, date=due, text=text)


def _checked(candidate: Catalog) -> Catalog:
    """``candidate`` normalised (e.g. int points made Decimal), or ``CatalogError`` for any
    problem other than the points balance."""
    catalog, hard, _ = _parse(_plain(candidate))
    if hard or catalog is None:
        raise CatalogError(hard)
    return catalog


def start_new_year(catalog: Catalog, new_fiscal_year: int) -> Catalog:
    """A copy of ``catalog`` for ``new_fiscal_year``: dates moved by whole years (29 February
    becomes 28 February), B.E. years of the old fiscal year in titles, components, deadline
    texts and calendar texts moved too, and the move recorded in the notes."""
    if isinstance(new_fiscal_year, bool) or not isinstance(new_fiscal_year, int):
        raise CatalogError([f"the new fiscal year must be a whole number, not {new_fiscal_year!r}"])
    if not _MIN_FISCAL_YEAR <= new_fiscal_year <= _MAX_FISCAL_YEAR:
        raise CatalogError(
            [f"the new fiscal year must be a Buddhist Era year such as 2569, not {new_fiscal_year}"]
        )
    old = catalog.fiscal_year
    if new_fiscal_year == old:
        raise CatalogError([f"the catalog is already for fiscal year {old}"])
    delta = new_fiscal_year - old

    def shift_text(text: str) -> str:
        return _shift_years_in_text(text, old, delta)

    items = [
        dataclasses.replace(
            item,
            title=shift_text(item.title),
            components=[shift_text(component) for component in item.components],
            deadline=_shift_deadline(item.deadline, old, new_fiscal_year),
        )
        for item in catalog.oit_items
    ]
    calendar = [
        dataclasses.replace(
            phase,
            title=shift_text(phase.title),
            start=shift_to_fiscal_year(phase.start, old, new_fiscal_year),
            end=shift_to_fiscal_year(phase.end, old, new_fiscal_year),
            description=shift_text(phase.description),
        )
        for phase in catalog.calendar
    ]
    note = (
        f"Started for fiscal year {new_fiscal_year} from the {old} catalog: dates and years "
        f"moved by {delta:+d} year(s); check them against the NACC manual for "
        f"{new_fiscal_year}."
    )
    notes = f"{catalog.notes.rstrip()}\n\n{note}" if catalog.notes.strip() else note
    return _checked(
        dataclasses.replace(
            catalog,
            fiscal_year=new_fiscal_year,
            title=shift_text(catalog.title),
            notes=notes,
            oit_items=items,
            calendar=calendar,
        )
    )


def _find_item(catalog: Catalog, code: str) -> int:
    for index, item in enumerate(catalog.oit_items):
        if item.code == code:
            return index
    raise CatalogError([f"there is no OIT item {code!r} in the catalog"])


def add_oit_item(catalog: Catalog, item: OitItem) -> Catalog:
    """A copy of ``catalog`` with ``item`` added in code order.

    Raises ``CatalogError`` for a duplicate code or any invalid field, but not for the OIT
    points no longer adding up (see ``catalog_problems``).
    """
    if not isinstance(item, OitItem):
        raise CatalogError([f"an OIT item must be an OitItem, not {type(item).__name__}"])
    if any(existing.code == item.code for existing in catalog.oit_items):
        raise CatalogError([f"there is already an OIT item {item.code} (duplicate code)"])
    # Stable sort by number keeps the existing order and puts O25 after O24; a malformed code
    # sorts first and is then reported by the check.
    items = sorted([*catalog.oit_items, item], key=lambda entry: _code_number(str(entry.code)))
    return _checked(dataclasses.replace(catalog, oit_items=items))


def remove_oit_item(catalog: Catalog, code: str) -> Catalog:
    """A copy of ``catalog`` without item ``code``; ``CatalogError`` if there is none.

    The remaining points are left as they are, so they may no longer add up to the OIT weight.
    """
    index = _find_item(catalog, code)
    items = [item for position, item in enumerate(catalog.oit_items) if position != index]
    return _checked(dataclasses.replace(catalog, oit_items=items))


def update_oit_item(catalog: Catalog, code: str, /, **changes: Any) -> Catalog:
    """A copy of ``catalog`` with fields of item ``code`` changed, e.g.
    ``update_oit_item(c, "O4", points=Decimal("2"), formats=["PDF", "URL"])``.

    Raises ``CatalogError`` for an unknown item or field, a new code already in use, or an
    invalid value; not for the OIT points no longer adding up.
    """
    index = _find_item(catalog, code)
    names = {field.name for field in dataclasses.fields(OitItem)}
    unknown = sorted(set(changes) - names)
    if unknown:
        raise CatalogError(
            [
                f"OIT items have no field {name!r} (fields: {', '.join(sorted(names))})"
                for name in unknown
            ]
        )
    new_code = changes.get("code", code)
    if new_code != code and any(item.code == new_code for item in catalog.oit_items):
        raise CatalogError([f"there is already an OIT item {new_code} (duplicate code)"])
    items = list(catalog.oit_items)
    items[index] = dataclasses.replace(items[index], **changes)
    return _checked(dataclasses.replace(catalog, oit_items=items))
