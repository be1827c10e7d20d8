"""Reading each part of a framework (weights, samples, quotas, groups, indicators, OIT items,
calendar) and checking how the parts fit together: points adding up, codes used once, dates in
the fiscal year."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import StrEnum
from typing import Any

from ita_desktop.domain.calendar import PhaseGroup
from ita_desktop.domain.framework.fields import (
    MISSING,
    Report,
    as_object,
    check_keys,
    fiscal_range,
    get,
    in_fiscal_year,
    read_choice,
    read_date,
    read_decimal,
    read_int,
    read_list,
    read_str,
    read_str_list,
    show,
)
from ita_desktop.domain.framework.model import (
    ITEM_MARKABLE,
    CalendarPhase,
    Deadline,
    DeadlineKind,
    Eit2Group,
    EitQuota,
    FormatGroups,
    Indicator,
    OitItem,
    SampleKey,
    SubIndicator,
    Tool,
)
from ita_desktop.domain.framework.provenance import read_key, read_unconfirmed

# A monthly report falls due on the same day of every month, so February must have it too.
_MAX_MONTHLY_DAY = 28
_OIT_CODE = re.compile(r"^O([1-9][0-9]*)$")


def _read_per_key(data: Mapping[str, Any], field: str, keys: type[StrEnum],
                  read_value: Callable[..., Any], report: Report) -> dict[Any, Any] | None:
    """``data[field]``: an object with one value for each member of ``keys`` and no other;
    None (with every finding reported) when any is missing or wrong."""
    raw = get(data, field, "catalog", report)
    if raw is MISSING:
        return None
    obj = as_object(raw, field, report)
    if obj is None:
        return None
    values = {key: read_value(obj, key, field, report) for key in keys}
    check_keys(obj, keys, field, report)
    if any(value is None for value in values.values()):
        return None
    return values


def read_weights(data: Mapping[str, Any], report: Report) -> dict[Tool, Decimal] | None:
    weights = _read_per_key(data, "weights", Tool, read_decimal, report)
    if weights is None:
        return None
    total = sum(weights.values(), Decimal(0))
    if total != 100:
        report.add("weights_total", "weights", total=show(total))
    return weights


def read_samples(data: Mapping[str, Any], report: Report) -> dict[SampleKey, int] | None:
    return _read_per_key(data, "minimum_samples", SampleKey, read_int, report)


def read_quotas(data: Mapping[str, Any], report: Report) -> list[EitQuota] | None:
    raw = read_list(data, "eit_quotas", "catalog", report)
    if raw is None:
        return None
    quotas: list[EitQuota] = []
    seen: set[str] = set()
    ok = True
    for index, entry in enumerate(raw):
        where = f"eit_quotas[{index}]"
        obj = as_object(entry, where, report)
        if obj is None:
            ok = False
            continue
        section = read_str(obj, "section", where, report)
        minimum = read_int(obj, "minimum", where, report)
        check_keys(obj, ("section", "minimum"), where, report)
        if section is None or minimum is None:
            ok = False
            continue
        if section in seen:
            report.add("duplicate_quota", where, section=section)
        seen.add(section)
        quotas.append(EitQuota(section=section, minimum=minimum))
    return quotas if ok else None


def read_groups(
    data: Mapping[str, Any], quotas: list[EitQuota] | None, report: Report
) -> list[Eit2Group] | None:
    raw = read_list(data, "eit2_groups", "catalog", report)
    if raw is None:
        return None
    sections = {quota.section for quota in quotas} if quotas else set()
    groups: list[Eit2Group] = []
    ok = True
    for index, entry in enumerate(raw):
        where = f"eit2_groups[{index}]"
        obj = as_object(entry, where, report)
        if obj is None:
            ok = False
            continue
        description = read_str(obj, "description", where, report)
        section = read_str(obj, "section", where, report)
        check_keys(obj, ("description", "section"), where, report)
        if description is None or section is None:
            ok = False
            continue
        # The group is gathered by one of the sections that have EIT quotas; another name is
        # almost always a misspelling that would leave the group without anyone to gather it.
        if sections and section not in sections:
            known = ", ".join(sorted(sections))
            report.add("unknown_group_section", where, section=section, known=known)
        groups.append(Eit2Group(description=description, section=section))
    return groups if ok else None


def _read_sub_indicators(
    obj: Mapping[str, Any], number: int | None, where: str, report: Report
) -> list[SubIndicator] | None:
    raw = read_list(obj, "sub_indicators", where, report)
    if raw is None:
        return None
    subs: list[SubIndicator] = []
    ok = True
    for index, entry in enumerate(raw):
        sub_where = f"{where} sub_indicators[{index}]"
        sub = as_object(entry, sub_where, report)
        if sub is None:
            ok = False
            continue
        code = read_str(sub, "code", sub_where, report)
        title = read_str(sub, "title", sub_where, report)
        points = read_decimal(sub, "points", sub_where, report)
        check_keys(sub, ("code", "title", "points"), sub_where, report)
        if code is None or title is None or points is None:
            ok = False
            continue
        if number is not None and not re.fullmatch(rf"{number}\.[1-9][0-9]*", code):
            report.add("bad_sub_code", sub_where, code=code, number=number)
        subs.append(SubIndicator(code=code, title=title, points=points))
    return subs if ok else None


def read_indicators(
    data: Mapping[str, Any], weights: dict[Tool, Decimal] | None, report: Report
) -> list[Indicator] | None:
    raw = read_list(data, "indicators", "catalog", report)
    if raw is None:
        return None
    indicators: list[Indicator] = []
    ok = True
    numbers: set[int] = set()
    sub_codes: set[str] = set()
    for index, entry in enumerate(raw):
        where = f"indicators[{index}]"
        obj = as_object(entry, where, report)
        if obj is None:
            ok = False
            continue
        peek = obj.get("number")
        if isinstance(peek, int) and not isinstance(peek, bool):
            where = f"{where} ({peek})"
        number = read_int(obj, "number", where, report, minimum=1)
        tool = read_choice(obj, "tool", Tool, where, report)
        title = read_str(obj, "title", where, report)
        subs = _read_sub_indicators(obj, number, where, report)
        questions = read_int(obj, "questions", where, report)
        points = read_decimal(obj, "points", where, report)
        check_keys(
            obj, ("number", "tool", "title", "sub_indicators", "questions", "points"), where, report
        )
        if None in (number, tool, title, subs, questions, points):
            ok = False
            continue
        assert number is not None and tool is not None and title is not None
        assert subs is not None and questions is not None and points is not None
        if number in numbers:
            report.add("duplicate_indicator", where, number=number)
        numbers.add(number)
        for sub in subs:
            if sub.code in sub_codes:
                report.add("duplicate_sub", where, code=sub.code)
            sub_codes.add(sub.code)
        if subs:
            sub_total = sum((sub.points for sub in subs), Decimal(0))
            if sub_total != points:
                report.add("sub_points", where, total=show(sub_total), points=show(points))
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
        for tool in Tool:
            total = sum((i.points for i in indicators if i.tool == tool), Decimal(0))
            if total != weights[tool]:
                report.add(
                    "tool_points", "indicators",
                    tool=tool.value, total=show(total), weight=show(weights[tool]),
                )
    return indicators if ok else None


def _read_deadline(
    value: Any, where: str, fiscal_year: int | None, report: Report
) -> Deadline | None:
    if value is MISSING:
        return None
    where = f"{where} deadline"
    obj = as_object(value, where, report)
    if obj is None:
        return None
    check_keys(obj, ("kind", "date", "day", "text"), where, report)
    kind = read_choice(obj, "kind", DeadlineKind, where, report)
    text = read_str(obj, "text", where, report, allow_empty=True)
    if kind is None or text is None:
        return None
    raw_date = obj.get("date")
    raw_day = obj.get("day")
    if kind is DeadlineKind.DATE:
        if raw_day is not None:
            report.add("day_not_allowed", where, kind=kind.value)
            return None
        due = read_date(obj, "date", where, report)
        if due is None:
            return None
        if not in_fiscal_year(due, fiscal_year):
            assert fiscal_year is not None
            report.add("deadline_outside", where, date=due.isoformat(), **fiscal_range(fiscal_year))
            return None
        return Deadline(kind=kind, date=due, day=None, text=text)
    if raw_date is not None:
        report.add("date_not_allowed", where, kind=kind.value)
        return None
    if kind is DeadlineKind.MONTHLY:
        day = read_int(obj, "day", where, report, minimum=1)
        if day is None:
            return None
        if day > _MAX_MONTHLY_DAY:
            report.add("bad_day", where, max=_MAX_MONTHLY_DAY, value=day)
            return None
        return Deadline(kind=kind, date=None, day=day, text=text)
    if raw_day is not None:
        report.add("day_not_allowed", where, kind=kind.value)
        return None
    return Deadline(kind=kind, date=None, day=None, text=text)


def _oit_sub_indicators(indicators: list[Indicator] | None) -> dict[str, SubIndicator] | None:
    if indicators is None:
        return None
    return {
        sub.code: sub
        for indicator in indicators
        if indicator.tool is Tool.OIT
        for sub in indicator.sub_indicators
    }


def _read_formats(obj: Mapping[str, Any], where: str, report: Report) -> FormatGroups | None:
    """``formats``: a list whose entries are a format (needed) or a list of formats (any one of
    them needed); a file written before alternatives existed holds only the first kind."""
    raw = read_list(obj, "formats", where, report)
    if raw is None:
        return None
    if not raw:
        report.add("empty_list", where, key="formats")
        return None
    groups: FormatGroups = []
    for entry in raw:
        group = [entry] if isinstance(entry, str) else entry
        if not isinstance(group, list) or not all(isinstance(name, str) for name in group):
            report.add("bad_formats", where)
            return None
        if not group or any(not name.strip() for name in group):
            report.add("empty_format", where)
            return None
        groups.append(list(group))
    names = [name.casefold() for group in groups for name in group]
    if len(set(names)) != len(names):
        report.add("duplicate_format", where)
        return None
    return groups


def read_sample_targets(
    data: Mapping[str, Any], samples: dict[SampleKey, int] | None, report: Report
) -> dict[SampleKey, int] | None:
    """``sample_targets``: the planned respondents of some surveys, none below the minimum;
    absent in files written before targets were kept, which plan the minimum."""
    if "sample_targets" not in data:
        return {}
    obj = as_object(data["sample_targets"], "sample_targets", report)
    if obj is None:
        return None
    check_keys(obj, SampleKey, "sample_targets", report)
    targets: dict[SampleKey, int] = {}
    ok = True
    for key in SampleKey:
        if key not in obj:
            continue
        value = read_int(obj, key, "sample_targets", report, minimum=1)
        if value is None:
            ok = False
            continue
        if samples is not None and value < samples[key]:
            report.add("target_below_minimum", "sample_targets",
                       key=key.value, value=value, minimum=samples[key])
            ok = False
            continue
        targets[key] = value
    return targets if ok else None


def code_number(code: str) -> int:
    """The number of an OIT item code ("O25" -> 25); 0 for a malformed code."""
    match = _OIT_CODE.match(code)
    return int(match.group(1)) if match else 0


def read_items(
    data: Mapping[str, Any],
    fiscal_year: int | None,
    weights: dict[Tool, Decimal] | None,
    indicators: list[Indicator] | None,
    report: Report,
) -> list[OitItem] | None:
    raw = read_list(data, "oit_items", "catalog", report)
    if raw is None:
        return None
    subs = _oit_sub_indicators(indicators)
    items: list[OitItem] = []
    ok = True
    codes: set[str] = set()
    keys: set[str] = set()
    for index, entry in enumerate(raw):
        where = f"oit_items[{index}]"
        obj = as_object(entry, where, report)
        if obj is None:
            ok = False
            continue
        peek = obj.get("code")
        if isinstance(peek, str):
            where = f"{where} ({peek})"
        code = read_str(obj, "code", where, report)
        if code is not None and not _OIT_CODE.match(code):
            report.add("bad_oit_code", where, code=code)
            code = None
        indicator = read_str(obj, "indicator", where, report)
        if indicator is not None and subs is not None and indicator not in subs:
            known = ", ".join(subs) or "-"
            report.add("unknown_oit_indicator", where, indicator=indicator, known=known)
            indicator = None
        title = read_str(obj, "title", where, report)
        components = read_str_list(obj, "components", where, report)
        formats = _read_formats(obj, where, report)
        deadline = _read_deadline(get(obj, "deadline", where, report), where, fiscal_year, report)
        points = read_decimal(obj, "points", where, report)
        key = read_key(obj, code, where, report)
        unconfirmed = read_unconfirmed(obj, ITEM_MARKABLE, where, report)
        check_keys(
            obj,
            ("code", "indicator", "title", "components", "formats", "deadline", "points",
             "key", "unconfirmed"),
            where,
            report,
        )
        if code is not None:
            if code in codes:
                report.add("duplicate_item", where, code=code)
            codes.add(code)
        if key is not None:
            if key in keys:
                report.add("duplicate_item_key", where, key=key)
            keys.add(key)
        if None in (code, indicator, title, components, formats, deadline, points, key,
                    unconfirmed):
            ok = False
            continue
        assert code is not None and indicator is not None and title is not None
        assert components is not None and formats is not None
        assert deadline is not None and points is not None
        assert key is not None and unconfirmed is not None
        items.append(
            OitItem(
                code=code,
                indicator=indicator,
                title=title,
                components=components,
                formats=formats,
                deadline=deadline,
                points=points,
                key=key,
                unconfirmed=unconfirmed,
            )
        )
    if ok and weights is not None:
        total = sum((item.points for item in items), Decimal(0))
        if total != weights[Tool.OIT]:
            report.add_balance(
                "oit_points", "oit_items", total=show(total), weight=show(weights[Tool.OIT])
            )
    if ok and subs is not None:
        for code, sub in subs.items():
            sub_total = sum((i.points for i in items if i.indicator == code), Decimal(0))
            if sub_total != sub.points:
                report.add_balance(
                    "sub_item_points", "oit_items",
                    code=code, total=show(sub_total), points=show(sub.points),
                )
    return items if ok else None


def read_calendar(
    data: Mapping[str, Any], fiscal_year: int | None, report: Report
) -> list[CalendarPhase] | None:
    raw = read_list(data, "calendar", "catalog", report)
    if raw is None:
        return None
    phases: list[CalendarPhase] = []
    ok = True
    orders: set[int] = set()
    for index, entry in enumerate(raw):
        where = f"calendar[{index}]"
        obj = as_object(entry, where, report)
        if obj is None:
            ok = False
            continue
        order = read_int(obj, "order", where, report, minimum=1)
        title = read_str(obj, "title", where, report)
        start = read_date(obj, "start", where, report)
        end = read_date(obj, "end", where, report)
        description = read_str(obj, "description", where, report, allow_empty=True)
        responsible = read_str(obj, "responsible", where, report)
        group: PhaseGroup | None = PhaseGroup.ASSESSMENT
        if "group" in obj:
            group = read_choice(obj, "group", PhaseGroup, where, report)
        check_keys(
            obj, ("order", "title", "start", "end", "description", "responsible", "group"),
            where, report,
        )
        if order is not None:
            if order in orders:
                report.add("duplicate_phase", where, order=order)
            orders.add(order)
        if start is not None and end is not None and start > end:
            report.add("phase_reversed", where, start=start.isoformat(), end=end.isoformat())
            ok = False
            continue
        if fiscal_year is not None:
            for key, day in (("start", start), ("end", end)):
                if day is not None and not in_fiscal_year(day, fiscal_year):
                    report.add(
                        "phase_outside", where,
                        key=key, date=day.isoformat(), **fiscal_range(fiscal_year),
                    )
        if None in (order, title, start, end, description, responsible, group):
            ok = False
            continue
        assert order is not None and title is not None and start is not None
        assert end is not None and description is not None and responsible is not None
        assert group is not None
        phases.append(
            CalendarPhase(
                order=order,
                title=title,
                start=start,
                end=end,
                description=description,
                responsible=responsible,
                group=group,
            )
        )
    return phases if ok else None

