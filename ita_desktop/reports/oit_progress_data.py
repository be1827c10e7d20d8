"""The year's OIT progress as plain JSON-ready values: the progress workbook and the progress
report (``reports/oit_progress.py``) are built from these alone, so a signed-off version
freezes exactly what it showed and is rebuilt from its snapshot.

Everything is computed here from one ``OitYear`` and its ``Dashboard`` as of a day: names
resolved, dates as ISO text, states as their codes (the documents word them in Thai). The
figures are kept as text ("92.50") so that the JSON keeps the Decimal's digits exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.framework.formats import formats_text
from ita_desktop.domain.framework.model import SampleKey
from ita_desktop.domain.oit import Cadence, CadenceKind, Standing
from ita_desktop.domain.oit_dashboard import Dashboard, DueItem
from ita_desktop.domain.oit_plan import ItemPlan, OitYear
from ita_desktop.domain.roster import Person
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.reports.kept_names import person_name
from ita_desktop.reports.unit_data import NoUnitError

ONCE_WORDS = "ภายใน {date}"
MONTHLY_WORDS = "ทุกวันที่ {day} ของเดือนถัดไป"
CONTINUOUS_WORDS = "ต่อเนื่อง ไม่น้อยกว่า {count} รายการ"




def cadence_words(cadence: Cadence) -> str:
    """The deadline or cadence the unit set, in Arabic digits (the document writes its own)."""
    if cadence.kind is CadenceKind.ONCE and cadence.due is not None:
        return ONCE_WORDS.format(date=format_thai_date(cadence.due, DateForm.ABBR,
                                                       DigitStyle.ARABIC))
    if cadence.kind is CadenceKind.MONTHLY:
        return MONTHLY_WORDS.format(day=cadence.day)
    return CONTINUOUS_WORDS.format(count=cadence.minimum)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _figure(value: Decimal | None) -> str | None:
    return f"{value:.2f}" if value is not None else None


def _item(plan: ItemPlan, people: Mapping[int, Person]) -> dict[str, Any]:
    changed = plan.track(None).changed_at
    return {
        "code": plan.code,
        "title": plan.item.title,
        "preparers": [person_name(people, pid) for pid in plan.assignment.preparers],
        "controllers": [person_name(people, pid) for pid in plan.assignment.controllers],
        "cadence": cadence_words(plan.assignment.cadence),
        "status": plan.status.value,
        "changed": _day(changed.date()) if changed else None,
        "files": [file.name for file in plan.files],
        "missing": formats_text(plan.missing()),
        "url": plan.url,
        "published": _day(plan.published_on),
    }


def _deliverables(plan: ItemPlan) -> list[dict[str, Any]]:
    return [{"code": plan.code, "month": _day(due.month), "due": due.due.isoformat(),
             "status": plan.track(due.month).status.value}
            for due in plan.dues() if due.month is not None]


def _log(plan: ItemPlan, people: Mapping[int, Person]) -> list[dict[str, Any]]:
    # Item first, then its deliverables month by month; each track oldest change first.
    months = sorted(plan.tracks, key=lambda month: month or date.min)
    return [{"code": plan.code, "month": _day(month), "when": change.when.isoformat(),
             "from": change.from_status.value, "to": change.to_status.value,
             "who": person_name(people, change.person_id), "comment": change.comment}
            for month in months for change in plan.tracks[month].log]


def _due(entry: DueItem) -> dict[str, Any]:
    return {"code": entry.plan.code, "title": entry.plan.item.title,
            "month": _day(entry.due.month), "due": entry.due.due.isoformat()}


def _standing(found: Standing) -> dict[str, Any]:
    return {
        "survey": found.target.key.value,
        "target": found.target.minimum,
        "start": found.target.start.isoformat(),
        "deadline": found.target.deadline.isoformat(),
        "count": found.count,
        "expected": found.expected,
        "pace": found.pace.value,
        "counted_on": _day(found.counted_on),
        "sections": [{"section": s.section, "count": s.count, "minimum": s.minimum}
                     for s in found.sections],
    }


def _dashboard(board: Dashboard, people: Mapping[int, Person]) -> dict[str, Any]:
    projection = None
    if board.projection is not None:
        found = board.projection
        projection = {"oit": _figure(found.oit), "iit": _figure(found.iit),
                      "eit": _figure(found.eit), "total": _figure(found.total),
                      "level": found.level.value if found.level else None}
    next_level = None
    if board.next_level is not None:
        lack = board.next_level
        next_level = {"level": lack.level.value, "total_short": _figure(lack.total_short),
                      "tool_short": {tool.value: _figure(short)
                                     for tool, short in lack.tool_short.items()},
                      "oit_needed": _figure(lack.oit_needed), "items": list(lack.items),
                      "reachable_by_oit": lack.reachable_by_oit,
                      "confirmed": lack.confirmed}
    return {
        "counts": {status.value: count for status, count in board.counts.items()},
        "projection": projection,
        "projection_problem": board.projection_problem.code
        if board.projection_problem else None,
        "next_level": next_level,
        "late": [_due(entry) for entry in board.late],
        "due_soon": [_due(entry) for entry in board.due_soon],
        "workloads": [{"name": person_name(people, load.person_id),
                       "preparing": list(load.preparing),
                       "controlling": list(load.controlling),
                       "open": load.open_items} for load in board.workloads],
        "standings": [_standing(found) for found in board.standings],
        "targets_problem": board.targets_problem.code if board.targets_problem else None,
        "unassigned": list(board.unassigned),
    }


def progress_data(year: OitYear, board: Dashboard, unit: UnitProfile | None,
                  people: Mapping[int, Person]) -> dict[str, Any]:
    """What the workbook and the report show, as of ``board.today``. ``people`` maps roster
    ids to people, those who have left included (a past year keeps its names)."""
    if unit is None or not unit.full_name.strip():
        raise NoUnitError()
    return {
        "unit": {"full_name": unit.full_name.strip(), "short_name": unit.short_name.strip()},
        "as_of": board.today.isoformat(),
        "items": [_item(plan, people) for plan in year.items],
        "deliverables": [row for plan in year.items for row in _deliverables(plan)],
        "log": [row for plan in year.items for row in _log(plan, people)],
        # Every entry, also of a survey without a target yet: the workbook lists them all.
        "progress": [{"survey": key.value, "on": entry.on.isoformat(), "count": entry.count,
                      "by_section": dict(entry.by_section)}
                     for key in SampleKey if key in year.progress
                     for entry in sorted(year.progress[key], key=lambda entry: entry.on)],
        "dashboard": _dashboard(board, people),
    }
