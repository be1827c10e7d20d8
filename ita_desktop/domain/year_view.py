"""Every date of the fiscal year in one list: the calendar's phases, the meetings, the action
items they decided, and (once the OIT tab exists) the OIT deadlines and monthly deliverables.

The window's month view and agenda list, the start-up notice of what is due and late, and the
.ics file all read the same ``YearEntry`` list, so they never disagree about a date.

No Qt, no SQL, no files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum


class EntryKind(StrEnum):
    PHASE = "phase"  # a phase of the assessment calendar: a span of days
    MEETING = "meeting"  # a committee meeting: one day, with a start time
    ACTION = "action"  # an action item of a meeting, due on a day
    OIT_DEADLINE = "oit_deadline"  # an OIT item's deadline
    DELIVERABLE = "deliverable"  # an OIT item's monthly deliverable


DUE_KINDS = frozenset({EntryKind.ACTION, EntryKind.OIT_DEADLINE, EntryKind.DELIVERABLE})
"""The kinds that are work to finish by a day, and so can be late; a phase or a meeting is an
event that simply happens."""

SOON_DAYS = 7
""""Due this week": due today or within the next six days."""


@dataclass(frozen=True)
class YearEntry:
    """One dated thing of the year.

    ``end`` equals ``start`` for a one-day entry; for due work, ``end`` is the due day. ``at``
    is a meeting's start time (None: all day), ``until`` its end time. ``ref`` names what the
    entry stands for ("meeting:12", "action:7", "phase:2568:3"): stable, so the .ics file
    keeps the same UID when exported again and the window can open the entry's source.
    """

    kind: EntryKind
    title: str
    start: date
    end: date
    ref: str
    at: time | None = None
    until: time | None = None
    who: str = ""
    detail: str = ""
    done: bool = False


def is_late(entry: YearEntry, today: date) -> bool:
    """Work not done whose due day has passed (the due day itself is not late yet)."""
    return entry.kind in DUE_KINDS and not entry.done and entry.end < today


def is_due_soon(entry: YearEntry, today: date) -> bool:
    """Work not done that is due today or within the coming week."""
    return (entry.kind in DUE_KINDS and not entry.done
            and today <= entry.end < today + timedelta(days=SOON_DAYS))


def in_order(entries: Iterable[YearEntry]) -> list[YearEntry]:
    """The agenda list's order: by first day, then timed entries by their time before all-day
    ones of the same day end, then the longer span first (a phase that starts the day a
    meeting is held heads it), then by kind and title so the order never depends on the
    order the entries were read in."""
    kinds = list(EntryKind)
    return sorted(entries, key=lambda e: (
        e.start, e.at is None, e.at or time(0), -(e.end - e.start).days,
        kinds.index(e.kind), e.title, e.ref))


def on_day(entries: Iterable[YearEntry], day: date) -> list[YearEntry]:
    """The entries a month view shows on ``day``: those whose span covers it."""
    return in_order(e for e in entries if e.start <= day <= e.end)
