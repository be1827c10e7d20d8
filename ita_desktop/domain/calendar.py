"""The unit's assessment calendar of a fiscal year (ปฏิทินกิจกรรม ๑): the NACC's phases with
their dates, step and work, grouped as the seeds group them, and who in the unit is
responsible for each.

The catalog (``domain/framework``) holds the phases as the NACC sets them, with the
responsible side named by role only. The unit's calendar starts as a copy of them and is then
the unit's own: dates and texts edited, phases added, and the responsible side split as seed
002 splits it (ผู้ควบคุม …, ผู้รวบรวมข้อมูล / ผู้ดูแลระบบ …, ผู้ปฏิบัติ …), each by name from the
roster, by section, or by role ("หน่วยประเมิน").

No Qt, no SQL, no files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.fiscal import fiscal_year_bounds
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

if TYPE_CHECKING:
    from ita_desktop.domain.committee import PersonFacts
    from ita_desktop.domain.framework.model import CalendarPhase

register({
    "calendar.no_phases": QT_TRANSLATE_NOOP(
        "Errors", "The calendar of fiscal year %year has no phases: add at least one, or "
        "go back to the catalog's phases."),
    "calendar.no_step": QT_TRANSLATE_NOOP(
        "Errors", "Phase %number of %group has no step (ขั้นตอน): type what the phase is."),
    "calendar.end_before_start": QT_TRANSLATE_NOOP(
        "Errors", "Phase %number of %group (%step) ends on %end, before it starts on %start."),
    "calendar.outside_year": QT_TRANSLATE_NOOP(
        "Errors", "Phase %number of %group (%step) runs from %start to %end, outside the "
        "reach of fiscal year %year (%earliest to %latest)."),
    "calendar.who_empty": QT_TRANSLATE_NOOP(
        "Errors", "Phase %number of %group (%step) has a responsible entry that names "
        "nobody: choose a person or a section, or type the words."),
    "calendar.not_in_roster": QT_TRANSLATE_NOOP(
        "Errors", "Phase %number of %group (%step) names person number %id, who is not in "
        "the roster (someone may have removed them)."),
    "calendar.has_left": QT_TRANSLATE_NOOP(
        "Errors", "Phase %number of %group (%step) names %name, who has left the unit "
        "(%left_on) before the phase ends on %end: choose a serving officer in their place."),
})


class PhaseGroup(StrEnum):
    """The four parts of the year as the seeds' calendar tables head them; each part numbers
    its own phases from 1."""

    PREPARATION = "preparation"
    ASSESSMENT = "assessment"
    OIT_CHECK = "oit_check"
    RESULTS = "results"


GROUP_WORDS: dict[PhaseGroup, str] = {
    PhaseGroup.PREPARATION: "ช่วงเตรียมการประเมิน",
    PhaseGroup.ASSESSMENT: "ช่วงดำเนินการประเมิน",
    PhaseGroup.OIT_CHECK: "ช่วงดำเนินการตรวจ OIT และกระบวนการอุทธรณ์",
    PhaseGroup.RESULTS: "ช่วงสรุปผลและเผยแพร่ผลการประเมิน",
}
"""The group headings exactly as seed 002 prints them (they are document words, not UI)."""


class Duty(StrEnum):
    """Which part of a phase's work a responsible entry carries, as seed 002 labels it."""

    CONTROLLER = "controller"  # ผู้ควบคุม
    COLLECTOR = "collector"  # ผู้รวบรวมข้อมูล / ผู้ดูแลระบบ
    PRACTITIONER = "practitioner"  # ผู้ปฏิบัติ
    UNLABELLED = "unlabelled"  # printed without a label ("ประธาน, รองประธาน และคณะทำงาน")


DUTY_WORDS: dict[Duty, str] = {
    Duty.CONTROLLER: "ผู้ควบคุม",
    Duty.COLLECTOR: "ผู้รวบรวมข้อมูล",
    Duty.PRACTITIONER: "ผู้ปฏิบัติ",
    Duty.UNLABELLED: "",
}
"""The label printed before the names of each duty in the responsible column (the collector's
label may be overridden per entry, e.g. "ผู้ดูแลระบบ", through ``Responsible.label``)."""


class WhoKind(StrEnum):
    """How a responsible entry names who: a person of the roster, a section (งาน) of the
    unit, or free words such as a role ("หน่วยประเมิน", "ข้าราชการตำรวจในสังกัด")."""

    PERSON = "person"
    SECTION = "section"
    WORDS = "words"


@dataclass(frozen=True)
class Responsible:
    """One name in a phase's responsible column, under one duty.

    Exactly one of ``person_id`` (WhoKind.PERSON), ``section_key`` (SECTION) or ``text``
    (WORDS) says who; ``label`` replaces the duty's standard label when not empty.
    """

    duty: Duty
    kind: WhoKind
    person_id: int | None = None
    section_key: str = ""
    text: str = ""
    label: str = ""


@dataclass(frozen=True)
class Phase:
    """One row of the calendar table.

    ``step`` is the table's ขั้นตอน column, ``work`` its การดำเนินงาน column. ``period_text``,
    when not empty, is printed instead of the date range (seed 002 writes "เดือน ส.ค. ๒๕๖๗");
    ``start`` and ``end`` still place the phase in the year view.
    """

    group: PhaseGroup
    start: date
    end: date
    step: str
    work: str = ""
    responsible: tuple[Responsible, ...] = ()
    period_text: str = ""


@dataclass(frozen=True)
class UnitCalendar:
    """The unit's calendar of a fiscal year: its phases in the order the table prints them
    (grouped by ``PhaseGroup`` order, in list order within a group)."""

    fiscal_year: int
    phases: tuple[Phase, ...]
    # The stored revision the user saw: a save over someone else's change is refused.
    version: int | None = None


def numbered(phases: tuple[Phase, ...] | list[Phase]) -> list[tuple[PhaseGroup, int, Phase]]:
    """The phases in table order with the number each prints: each group counts from 1, as
    seed 002's table does."""
    ordered = sorted(enumerate(phases), key=lambda p: (list(PhaseGroup).index(p[1].group), p[0]))
    counts: dict[PhaseGroup, int] = {}
    rows: list[tuple[PhaseGroup, int, Phase]] = []
    for _, phase in ordered:
        counts[phase.group] = counts.get(phase.group, 0) + 1
        rows.append((phase.group, counts[phase.group], phase))
    return rows


# The catalogs run from 1 October to 30 September, but a unit prepares before October or
# publishes after September in some years: the same quarter of slack the framework files get.
REACH_MARGIN = timedelta(days=92)


def calendar_reach(fiscal_year: int) -> tuple[date, date]:
    """The first and last day a phase of ``fiscal_year`` may lie on."""
    first, last = fiscal_year_bounds(fiscal_year)
    return first - REACH_MARGIN, last + REACH_MARGIN


def phase_problems(phase: Phase, fiscal_year: int, number: int,
                   people: Mapping[int, PersonFacts],
                   day_text: Callable[[date], str] | None = None) -> list[AppError]:
    """Every rule ``phase`` breaks: a step, an end not before the start, dates within the
    fiscal year's reach, responsible entries that name someone, and people still in the roster
    and serving while the phase runs. ``number`` is the phase's printed number in its group;
    ``day_text`` words dates in the findings (ISO otherwise)."""
    shown = day_text or (lambda d: d.isoformat())
    # A finding names the phase as the table prints it: its number within its group.
    where: dict[str, object] = {"number": number, "group": GROUP_WORDS[phase.group],
                                "step": _short(phase.step)}
    found: list[AppError] = []
    if not phase.step.strip():
        found.append(AppError("calendar.no_step", number=number, group=where["group"]))
    if phase.end < phase.start:
        found.append(AppError("calendar.end_before_start", **where, start=shown(phase.start),
                              end=shown(phase.end)))
    earliest, latest = calendar_reach(fiscal_year)
    if not (earliest <= phase.start <= latest and earliest <= phase.end <= latest):
        found.append(AppError("calendar.outside_year", **where, start=shown(phase.start),
                              end=shown(phase.end), year=fiscal_year,
                              earliest=shown(earliest), latest=shown(latest)))
    for entry in phase.responsible:
        if not _names_someone(entry):
            found.append(AppError("calendar.who_empty", **where))
            continue
        if entry.kind is not WhoKind.PERSON or entry.person_id is None:
            continue
        facts = people.get(entry.person_id)
        if facts is None:
            found.append(AppError("calendar.not_in_roster", **where, id=entry.person_id))
        elif not facts.active and (facts.left_on is None or facts.left_on < phase.end):
            found.append(AppError("calendar.has_left", **where, name=facts.name,
                                  left_on=shown(facts.left_on) if facts.left_on else "?",
                                  end=shown(phase.end)))
    return found


def calendar_problems(calendar: UnitCalendar, people: Mapping[int, PersonFacts],
                      day_text: Callable[[date], str] | None = None) -> list[AppError]:
    """Every rule the calendar breaks, phase by phase in table order."""
    if not calendar.phases:
        return [AppError("calendar.no_phases", year=calendar.fiscal_year)]
    found: list[AppError] = []
    for _, number, phase in numbered(calendar.phases):
        found += phase_problems(phase, calendar.fiscal_year, number, people, day_text)
    return found


def _names_someone(entry: Responsible) -> bool:
    match entry.kind:
        case WhoKind.PERSON:
            return entry.person_id is not None
        case WhoKind.SECTION:
            return bool(entry.section_key.strip())
        case _:
            return bool(entry.text.strip())


def _short(text: str, limit: int = 60) -> str:
    # A finding quotes the step to say which phase; the whole cell would drown the message.
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def responsible_lines(responsible: Sequence[Responsible], person_name: Callable[[int], str],
                      section_name: Callable[[str], str]) -> list[str]:
    """The responsible column as seed 002 prints it, one line per label: "ผู้ควบคุม <names>",
    "ผู้รวบรวมข้อมูล <names>", "ผู้ปฏิบัติ <words>". Entries keep the secretary's order; a label
    is printed again only where it changes, so that seed 002's EIT row ("งานอำนวยการ <names>
    งานบริการคนต่างด้าว <names>") is a run of entries with the sections as their labels.
    Unlabelled entries ("ประธาน, รองประธาน และคณะทำงาน") print their words alone."""
    lines: list[tuple[str, list[str]]] = []
    for entry in responsible:
        if not _names_someone(entry):
            continue
        if entry.kind is WhoKind.PERSON and entry.person_id is not None:
            who = person_name(entry.person_id)
        elif entry.kind is WhoKind.SECTION:
            who = section_name(entry.section_key)
        else:
            who = " ".join(entry.text.split())
        label = entry.label.strip() or DUTY_WORDS[entry.duty]
        if lines and lines[-1][0] == label and label:
            lines[-1][1].append(who)
        else:
            lines.append((label, [who]))
    return [" ".join(filter(None, (label, *names))) for label, names in lines]


def responsible_text(responsible: Sequence[Responsible], person_name: Callable[[int], str],
                     section_name: Callable[[str], str]) -> str:
    """The responsible column on one line, as the seed's text prints it."""
    return " ".join(responsible_lines(responsible, person_name, section_name))


def period_text(phase: Phase, digits: DigitStyle = DigitStyle.THAI) -> str:
    """The ช่วงระยะเวลา cell as seed 002 writes it: the phase's own words when it has them
    ("เดือน ส.ค. ๒๕๖๗"), "๑ - ๓๑ ม.ค. ๒๕๖๗" within one month, "๑ ต.ค. ๒๕๖๖ ถึง ๓๑ ธ.ค. ๒๕๖๖"
    otherwise (the seed names both years even when they are the same)."""
    if phase.period_text.strip():
        return apply_digits(phase.period_text.strip(), digits)
    start, end = phase.start, phase.end
    end_text = format_thai_date(end, DateForm.ABBR, DigitStyle.ARABIC)
    if start == end:
        text = end_text
    elif (start.year, start.month) == (end.year, end.month) and start <= end:
        text = f"{start.day} - {end_text}"
    else:
        text = f"{format_thai_date(start, DateForm.ABBR, DigitStyle.ARABIC)} ถึง {end_text}"
    return apply_digits(text, digits)


def from_catalog(fiscal_year: int, phases: Iterable[CalendarPhase]) -> UnitCalendar:
    """The calendar a year starts with before the unit saves its own: the catalog's phases
    in their order, the catalog's role words as one unlabelled entry (the catalog names roles,
    never people)."""
    return UnitCalendar(
        fiscal_year=fiscal_year,
        phases=tuple(
            Phase(
                group=p.group,
                start=p.start,
                end=p.end,
                step=p.title,
                work=p.description,
                responsible=(
                    (Responsible(Duty.UNLABELLED, WhoKind.WORDS, text=p.responsible),)
                    if p.responsible.strip() else ()
                ),
            )
            for p in sorted(phases, key=lambda p: p.order)
        ),
    )
