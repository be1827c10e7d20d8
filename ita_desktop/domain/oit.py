"""When OIT work is due, and how the IIT and EIT surveys stand against their targets.

Cadence: an item is done once by a deadline, reported every month (a deliverable for each
month of a period, due on a day of the next month: seed 001's "รายงานผลทุกวันที่ 1 ของเดือน
ถัดไป" is day 1), or kept up continuously with a minimum count. Deliverables become the year
view's entries (``domain/year_view.py``), so "late" and "due soon" mean here exactly what they
mean in the calendar tab: the due day itself is not late.

Progress: IIT's target is every eligible member of staff, EIT(1)'s the catalog's minimum with
a quota per section, EIT(2)'s the minimum number of contacts. The unit copies the counts ITAP
shows into progress entries; a count is on track when it is at or above the straight line from
zero on the first day to the target on the deadline.

The workflow is in ``domain/oit_workflow.py``, the score in ``domain/oit_score.py``.
No Qt, no SQL, no files.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from ita_desktop.domain.framework.model import Catalog, Deadline, DeadlineKind, SampleKey
from ita_desktop.domain.year_view import OitDue, is_due_soon, is_late, oit_entries
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

register({
    "oit.period_backwards": QT_TRANSLATE_NOOP(
        "Errors", "The period ends (%end) before it starts (%start)."),
    "oit.bad_due_day": QT_TRANSLATE_NOOP(
        "Errors", "%day cannot be the day of the month a report is due: give a day from 1 "
        "to 31."),
    "oit.once_without_date": QT_TRANSLATE_NOOP(
        "Errors", "An item done once needs the date it is due."),
    "oit.bad_minimum": QT_TRANSLATE_NOOP(
        "Errors", "%minimum cannot be the least number of entries: give a whole number from "
        "1 up."),
    "oit.negative_count": QT_TRANSLATE_NOOP(
        "Errors", "The count of %day cannot be %count: a count is zero or more."),
    "oit.deadline_before_start": QT_TRANSLATE_NOOP(
        "Errors", "The survey's deadline (%deadline) is before its first day (%start)."),
    "oit.no_eligible_staff": QT_TRANSLATE_NOOP(
        "Errors", "Give the number of staff eligible for the IIT survey: the target is all of "
        "them."),
})


class CadenceKind(StrEnum):
    ONCE = "once"  # done by a deadline
    MONTHLY = "monthly"  # a deliverable for each month, due on a day of the next month
    CONTINUOUS = "continuous"  # kept up all year, at least ``minimum`` entries


@dataclass(frozen=True)
class Cadence:
    """How often an item is due. ``due`` is a once item's deadline; ``day`` the day of the next
    month a monthly deliverable is due (1: seed 001's "ทุกวันที่ 1 ของเดือนถัดไป"); ``minimum``
    the least number of entries of a continuous item over the period."""

    kind: CadenceKind
    due: date | None = None
    day: int = 1
    minimum: int = 1


def cadence_of(deadline: Deadline, minimum: int = 1) -> Cadence:
    """The cadence of a catalog item's deadline; the catalog keeps no minimum count for
    continuous items, so the caller gives it (the unit's own figure)."""
    if deadline.kind is DeadlineKind.DATE:
        return Cadence(CadenceKind.ONCE, due=deadline.date)
    if deadline.kind is DeadlineKind.MONTHLY:
        return Cadence(CadenceKind.MONTHLY, day=deadline.day or 1)
    return Cadence(CadenceKind.CONTINUOUS, minimum=minimum)


def cadence_problems(cadence: Cadence) -> list[AppError]:
    if cadence.kind is CadenceKind.ONCE and cadence.due is None:
        return [AppError("oit.once_without_date")]
    if cadence.kind is CadenceKind.MONTHLY and not 1 <= cadence.day <= 31:
        return [AppError("oit.bad_due_day", day=cadence.day)]
    if cadence.kind is CadenceKind.CONTINUOUS and cadence.minimum < 1:
        return [AppError("oit.bad_minimum", minimum=cadence.minimum)]
    return []


@dataclass(frozen=True)
class Deliverable:
    """One piece of due work of an item: ``month`` (its first day) is the month a monthly
    report covers, None for a once item's single deliverable."""

    due: date
    month: date | None = None


def deliverables(cadence: Cadence, period_start: date, period_end: date) -> list[Deliverable]:
    """The item's due work over ``period_start``..``period_end`` (a fiscal year, or the part
    of it the item runs), in order.

    Monthly: one deliverable for each month the period touches, due on ``cadence.day`` of the
    following month; a day the month lacks (31 for a report due in February) falls on its
    last day, as an office reads "the 31st" of a short month. September's report of a fiscal
    year is due in October, in the next fiscal year. Once: the single deadline, whether or not
    it lies in the period (a deadline typed outside the year is still the item's deadline).
    Continuous: nothing dated; its measure is the count (``continuous_shortfall``).
    """
    if period_end < period_start:
        raise AppError("oit.period_backwards", start=period_start.isoformat(),
                       end=period_end.isoformat())
    problems = cadence_problems(cadence)
    if problems:
        raise problems[0]
    if cadence.kind is CadenceKind.ONCE:
        assert cadence.due is not None  # cadence_problems refused a once item without one
        return [Deliverable(due=cadence.due)]
    if cadence.kind is CadenceKind.CONTINUOUS:
        return []
    found = []
    month = period_start.replace(day=1)
    while month <= period_end:
        following = _next_month(month)
        found.append(Deliverable(due=_day_of(following, cadence.day), month=month))
        month = following
    return found


def _next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def _day_of(first: date, day: int) -> date:
    last = (_next_month(first) - timedelta(days=1)).day
    return first.replace(day=min(day, last))


def continuous_shortfall(cadence: Cadence, count: int) -> int:
    """How many more entries a continuous item needs to reach its minimum (0 when reached)."""
    return max(0, cadence.minimum - count)


def oit_dues(fiscal_year: int, code: str, what: str, cadence: Cadence, period_start: date,
             period_end: date, done: Iterable[date | None] = (), who: str = "") -> list[OitDue]:
    """The item's deliverables as the year view takes them; ``done`` holds the months (their
    first days) whose deliverable is approved or published, None for a once item done."""
    finished = set(done)
    return [OitDue(fiscal_year=fiscal_year, code=code, what=what, due=item.due,
                   month=item.month, who=who, done=item.month in finished)
            for item in deliverables(cadence, period_start, period_end)]


def late_dues(dues: Iterable[OitDue], today: date) -> list[OitDue]:
    """The dues not done whose due day has passed, by the year view's own rule."""
    listed = list(dues)
    return [due for due, entry in zip(listed, oit_entries(listed), strict=True)
            if is_late(entry, today)]


def dues_soon(dues: Iterable[OitDue], today: date) -> list[OitDue]:
    """The dues not done that fall today or within the coming week, by the year view's rule."""
    listed = list(dues)
    return [due for due, entry in zip(listed, oit_entries(listed), strict=True)
            if is_due_soon(entry, today)]


# --- IIT and EIT progress -------------------------------------------------------------------


@dataclass(frozen=True)
class SurveyTarget:
    """What a survey must bring in by its deadline, counted from its first day; ``quotas`` the
    least number of respondents of each section (EIT(1) only)."""

    key: SampleKey
    minimum: int
    start: date
    deadline: date
    quotas: Mapping[str, int] = field(default_factory=dict)


def survey_targets(catalog: Catalog, eligible_staff: int, start: date,
                   deadline: date) -> list[SurveyTarget]:
    """The year's three targets: IIT every eligible member of staff (the unit counts them from
    its roster by the NACC's rule), EIT(1) the catalog's minimum with its quotas per section,
    EIT(2) the catalog's minimum number of contacts. A survey missing from the catalog has no
    target and is left out."""
    if eligible_staff < 1:
        raise AppError("oit.no_eligible_staff")
    if deadline < start:
        raise AppError("oit.deadline_before_start", deadline=deadline.isoformat(),
                       start=start.isoformat())
    targets = [SurveyTarget(SampleKey.IIT, eligible_staff, start, deadline)]
    eit = catalog.minimum_samples.get(SampleKey.EIT)
    if eit is not None:
        quotas = {quota.section: quota.minimum for quota in catalog.eit_quotas}
        targets.append(SurveyTarget(SampleKey.EIT, eit, start, deadline, quotas))
    eit2 = catalog.minimum_samples.get(SampleKey.EIT2)
    if eit2 is not None:
        targets.append(SurveyTarget(SampleKey.EIT2, eit2, start, deadline))
    return targets


@dataclass(frozen=True)
class ProgressEntry:
    """A count as ITAP showed it on a day: respondents (or contacts) so far, and for EIT(1)
    the unit's own count per section."""

    on: date
    count: int
    by_section: Mapping[str, int] = field(default_factory=dict)


def progress_problems(entries: Iterable[ProgressEntry]) -> list[AppError]:
    return [AppError("oit.negative_count", day=entry.on.isoformat(), count=count)
            for entry in entries
            for count in (entry.count, *entry.by_section.values()) if count < 0]


class Pace(StrEnum):
    REACHED = "reached"  # the target is met
    ON_TRACK = "on_track"  # at or above the straight line to the target
    BEHIND = "behind"  # below the straight line, the deadline not yet past
    MISSED = "missed"  # the deadline has passed without reaching the target


@dataclass(frozen=True)
class SectionStanding:
    section: str
    count: int
    minimum: int

    @property
    def short(self) -> int:
        return max(0, self.minimum - self.count)


@dataclass(frozen=True)
class Standing:
    """Where a survey stands on a day: the latest count, the count the straight line expects
    that day, and what is still short of the target; ``sections`` in the quotas' order."""

    target: SurveyTarget
    count: int
    expected: int
    pace: Pace
    sections: list[SectionStanding]
    counted_on: date | None

    @property
    def short(self) -> int:
        return max(0, self.target.minimum - self.count)

    @property
    def behind_by(self) -> int:
        return max(0, self.expected - self.count)


def expected_count(target: SurveyTarget, day: date) -> int:
    """The straight line from 0 on the first day to the target on the deadline, rounded up (a
    survey with 7.2 respondents expected needs 8 to be on track); 0 before the first day, the
    whole target from the deadline on."""
    if day <= target.start:
        return 0
    if day >= target.deadline:
        return target.minimum
    elapsed = (day - target.start).days
    span = (target.deadline - target.start).days
    return math.ceil(target.minimum * elapsed / span)


def standing(target: SurveyTarget, entries: Sequence[ProgressEntry], today: date) -> Standing:
    """Where the survey stands ``today`` by the latest entry on or before it (an entry dated
    later is a typing slip, not a count the unit could have read yet)."""
    problems = progress_problems(entries)
    if problems:
        raise problems[0]
    known = [entry for entry in entries if entry.on <= today]
    latest = max(known, key=lambda entry: entry.on) if known else None
    count = latest.count if latest else 0
    expected = expected_count(target, today)
    if count >= target.minimum:
        pace = Pace.REACHED
    elif today > target.deadline:
        pace = Pace.MISSED
    elif count >= expected:
        pace = Pace.ON_TRACK
    else:
        pace = Pace.BEHIND
    by_section = latest.by_section if latest else {}
    sections = [SectionStanding(section, by_section.get(section, 0), minimum)
                for section, minimum in target.quotas.items()]
    return Standing(target, count, expected, pace, sections,
                    latest.on if latest else None)
