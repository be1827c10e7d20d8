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

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


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
