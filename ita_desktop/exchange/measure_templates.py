"""The standard integrity measures a unit starts its first year from, per kind of unit.

The NACC names the same items for every unit (the six One Stop Service items, communicating
the unit's role and results, publishing the OIT data); what differs is the unit's word for
itself and a few items (a police station's "progress of a case" desk). They are data, one file
per framework under ``resources/measures/`` (immigration.json, police.json), so a new item or a
better wording is an edit of a file, never of code. A text may carry ``{unit}``: the unit's
short name, or the framework's own word for a unit ("ตรวจคนเข้าเมือง", "สถานีตำรวจ") when the
profile has none.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ita_desktop.domain.evidence import AREAS, Area, Measure, Responsible, measure_problems
from ita_desktop.domain.units import UnitKind, unit_kind_info
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.resources import resource_path

FORMAT_TAG = "ita-desktop-measures"
FORMAT_VERSION = 1
UNIT_PLACEHOLDER = "{unit}"

register({
    "measure_templates.unknown_kind": QT_TRANSLATE_NOOP(
        "Errors", "There are no standard measures for units of kind \"%kind\". Known kinds: "
                  "%known."),
    "measure_templates.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The standard measures file %path cannot be read (%reason). Reinstall the "
                  "program, or start the year's measures from an earlier year."),
    "measure_templates.damaged": QT_TRANSLATE_NOOP(
        "Errors", "The standard measures file %path is damaged: %reason. Reinstall the "
                  "program, or start the year's measures from an earlier year."),
})


def _framework(unit_kind: str) -> str:
    """The framework whose measures a unit of ``unit_kind`` starts from: a unit kind of the
    profile ("provincial_police_station") or a framework name ("police") alike, because the
    callers hold one or the other."""
    frameworks = {unit_kind_info(kind).framework for kind in UnitKind}
    if unit_kind in frameworks:
        return unit_kind
    try:
        return unit_kind_info(UnitKind(unit_kind)).framework
    except ValueError:
        known = ", ".join([kind.value for kind in UnitKind] + sorted(frameworks))
        raise AppError("measure_templates.unknown_kind", kind=unit_kind, known=known) from None


def measures_file(unit_kind: str) -> Path:
    """The resource file of ``unit_kind``'s standard measures."""
    return resource_path("measures", f"{_framework(unit_kind)}.json")


def standard_measures(unit_kind: str, fiscal_year: int, unit_short: str = "") -> list[Measure]:
    """The standard measures of ``unit_kind`` for ``fiscal_year``, in the order of the
    documents (area by area, positions from 0), ``{unit}`` filled with ``unit_short``.

    Raises ``AppError`` ("measure_templates.*") when the kind is unknown or its file cannot be
    read or is not a valid measures file: nothing half read is returned."""
    framework = _framework(unit_kind)
    path = measures_file(framework)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise AppError("measure_templates.unreadable", path=str(path),
                       reason=exc.strerror or exc) from None
    except UnicodeDecodeError as exc:
        raise AppError("measure_templates.damaged", path=str(path),
                       reason=f"not UTF-8 text (offset {exc.start})") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AppError("measure_templates.damaged", path=str(path),
                       reason=f"{exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    try:
        return _measures(document, framework, fiscal_year, unit_short)
    except _Damaged as exc:
        raise AppError("measure_templates.damaged", path=str(path), reason=str(exc)) from None


class _Damaged(Exception):
    """What is wrong with a measures document, in words for the refusal's %reason."""


def _measures(document: Any, framework: str, fiscal_year: int,
              unit_short: str) -> list[Measure]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_TAG:
        raise _Damaged(f"it is not an ITA Desktop measures file (format '{FORMAT_TAG}')")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or not \
            1 <= version <= FORMAT_VERSION:
        raise _Damaged(f"format_version {version!r} is not one this program reads "
                       f"(1 to {FORMAT_VERSION})")
    if document.get("framework") != framework:
        raise _Damaged(f"it holds the measures of '{document.get('framework')}', "
                       f"not '{framework}'")
    unit_word = document.get("unit_word")
    if not isinstance(unit_word, str) or not unit_word.strip():
        raise _Damaged("'unit_word' is missing")
    unit = unit_short.strip() or unit_word
    areas = document.get("areas")
    if not isinstance(areas, dict):
        raise _Damaged("'areas' is missing")
    unknown = sorted(set(areas) - {area.value for area in AREAS})
    if unknown:
        raise _Damaged(f"unknown area {unknown[0]!r}")
    measures: list[Measure] = []
    for area in AREAS:
        entries = areas.get(area.value)
        if not isinstance(entries, list) or not entries:
            raise _Damaged(f"area '{area.value}' has no measures")
        titles: set[str] = set()
        for position, entry in enumerate(entries):
            measure = _measure(entry, area, position, fiscal_year, unit,
                               f"{area.value} #{position + 1}")
            if measure.title in titles:
                raise _Damaged(f"area '{area.value}' lists \"{measure.title}\" twice")
            titles.add(measure.title)
            measures.append(measure)
    return measures


def _measure(entry: Any, area: Area, position: int, fiscal_year: int, unit: str,
             where: str) -> Measure:
    if not isinstance(entry, dict):
        raise _Damaged(f"measure {where} is not an object")

    def text(key: str) -> str:
        value = entry.get(key, "")
        if not isinstance(value, str):
            raise _Damaged(f"'{key}' of measure {where} is not text")
        return value.replace(UNIT_PLACEHOLDER, unit).strip()

    lines = entry.get("responsible", [])
    if not isinstance(lines, list) or not all(isinstance(line, dict) for line in lines):
        raise _Damaged(f"'responsible' of measure {where} is not a list of objects")
    responsible = []
    for line in lines:
        duty, who = line.get("duty", ""), line.get("text", "")
        if not isinstance(duty, str) or not isinstance(who, str):
            raise _Damaged(f"a responsible line of measure {where} is not text")
        responsible.append(Responsible(duty=duty.strip(), text=who.strip()))
    columns = entry.get("photo_columns")
    if not isinstance(columns, int) or isinstance(columns, bool):
        raise _Damaged(f"'photo_columns' of measure {where} is not 1, 2 or 4")
    measure = Measure(fiscal_year=fiscal_year, area=area, title=text("title"),
                      issue=text("issue"), plan=text("plan"), responsible=tuple(responsible),
                      photo_columns=columns,
                      position=position)
    problems = measure_problems(measure)
    if problems:
        raise _Damaged(f"measure {where}: {problems[0].english()}")
    return measure
