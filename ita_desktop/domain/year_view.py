"""Every date of the fiscal year in one list: the calendar's phases, the meetings, the action
items they decided, and (once the OIT tab exists) the OIT deadlines and monthly deliverables.

The window's month view and agenda list, the start-up notice of what is due and late, and the
.ics file all read the same ``YearEntry`` list, so they never disagree about a date.

No Qt, no SQL, no files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum

from ita_desktop.domain.calendar import GROUP_WORDS, Responsible, UnitCalendar, WhoKind, numbered
from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.meetings import ActionItem, Meeting


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
    ``place`` is where a meeting is held (the .ics file's LOCATION; also in ``detail``).
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
    place: str = ""


def is_late(entry: YearEntry, today: date) -> bool:
    """Work not done whose due day has passed (the due day itself is not late yet)."""
    return entry.kind in DUE_KINDS and not entry.done and entry.end < today


def is_due_soon(entry: YearEntry, today: date) -> bool:
    """Work not done that is due today or within the coming week."""
    return (entry.kind in DUE_KINDS and not entry.done
            and today <= entry.end < today + timedelta(days=SOON_DAYS))


def in_order(entries: Iterable[YearEntry]) -> list[YearEntry]:
    """The agenda list's order: by first day; within a day the all-day entries first, the
    longer span before the shorter (a phase that starts the day a meeting is held heads it,
    as phone calendars head a day with its all-day events), then the timed entries by their
    time; then by kind and title so the order never depends on the order the entries were
    read in."""
    kinds = list(EntryKind)
    return sorted(entries, key=lambda e: (
        e.start, e.at is not None, e.at or time(0), -(e.end - e.start).days,
        kinds.index(e.kind), e.title, e.ref))


def on_day(entries: Iterable[YearEntry], day: date) -> list[YearEntry]:
    """The entries a month view shows on ``day``: those whose span covers it."""
    return in_order(e for e in entries if e.start <= day <= e.end)


@dataclass(frozen=True)
class YearSummary:
    """What the start-up notice shows: the late work and the work due this week, each in the
    agenda list's order."""

    late: list[YearEntry]
    due_soon: list[YearEntry]

    def __bool__(self) -> bool:
        return bool(self.late or self.due_soon)


def year_summary(entries: Iterable[YearEntry], today: date) -> YearSummary:
    listed = in_order(entries)
    return YearSummary(late=[e for e in listed if is_late(e, today)],
                       due_soon=[e for e in listed if is_due_soon(e, today)])


def days_late(entry: YearEntry, today: date) -> int:
    """How many days past its due day late work is (0 for work that is not late)."""
    return (today - entry.end).days if is_late(entry, today) else 0


def within(entries: Iterable[YearEntry], first: date, last: date) -> list[YearEntry]:
    """The entries whose span touches ``first``..``last`` (a fiscal year, a month shown), in
    order; a phase begun before the span and running into it is kept."""
    return in_order(e for e in entries if e.start <= last and e.end >= first)


# --- builders: the domain objects as entries ----------------------------------------------

WHO_SEPARATOR = ", "


def phase_entries(calendar: UnitCalendar, name_of: Callable[[int], str] | None = None,
                  section_of: Callable[[str], str] | None = None) -> list[YearEntry]:
    """One PHASE entry per phase of the unit's calendar: the step as title, the group heading
    (and the work, when written) as detail, everyone responsible as who.

    The ref is "phase:<fiscal_year>:<n>", n the phase's place (from 1) in the printed table,
    groups in their order: the same table gives the same refs, so the .ics UIDs survive an
    export made again. ``name_of`` names a person of the roster and ``section_of`` a section
    by its key; without them a person or section is left out of ``who`` rather than shown as
    a number or a key.
    """
    entries = []
    for place, (group, _number, phase) in enumerate(numbered(calendar.phases), start=1):
        detail = GROUP_WORDS[group] + (f"\n{phase.work}" if phase.work else "")
        # A range typed backwards is refused by the calendar's own rules when saved; here it
        # is shown on its first day rather than not at all.
        end = max(phase.start, phase.end)
        entries.append(YearEntry(
            kind=EntryKind.PHASE, title=phase.step, start=phase.start, end=end,
            ref=f"phase:{calendar.fiscal_year}:{place}",
            who=_names(phase.responsible, name_of, section_of), detail=detail))
    return entries


def _names(responsible: tuple[Responsible, ...], name_of: Callable[[int], str] | None,
           section_of: Callable[[str], str] | None) -> str:
    names: list[str] = []
    for who in responsible:
        if who.kind is WhoKind.PERSON and who.person_id is not None and name_of is not None:
            name = name_of(who.person_id)
        elif who.kind is WhoKind.SECTION and who.section_key and section_of is not None:
            name = section_of(who.section_key)
        else:
            name = who.text if who.kind is WhoKind.WORDS else ""
        # The same person is often controller of one part and practitioner of another.
        if name and name not in names:
            names.append(name)
    return WHO_SEPARATOR.join(names)


def meeting_title(meeting: Meeting, digits: DigitStyle = DigitStyle.THAI) -> str:
    """The words that name a meeting in the year view and the .ics file (not a document's
    heading, which the minutes word themselves)."""
    return f"ประชุมคณะทำงาน ครั้งที่ {meeting.number_text(digits)}"


def meeting_ref(meeting: Meeting) -> str:
    """"meeting:<id>" for a stored meeting; one not yet stored is named by its number."""
    if meeting.id is not None:
        return f"meeting:{meeting.id}"
    return f"meeting:{meeting.fiscal_year}:{meeting.number_text(DigitStyle.ARABIC)}"


def meeting_entries(meetings: list[Meeting], name_of: Callable[[int], str],
                    digits: DigitStyle = DigitStyle.THAI) -> list[YearEntry]:
    """A MEETING entry per meeting and an ACTION entry per action item with a due day.

    A meeting is held on its day, from its start time to its end time (all day when no start
    time was written); its chair is who, its subject and place are the detail. An action item
    is due on its due day, done once ``done_on`` is set, carried out by the person ``name_of``
    names or by the words of ``who_text``.

    An action item without a due day is not dated: it does not appear in the year view (it is
    still carried into the next meeting's matters arising while open). An action carried
    from meeting to meeting under one id appears once, as the latest meeting records it.
    """
    entries: list[YearEntry] = []
    actions: dict[str, YearEntry] = {}
    for meeting in sorted(meetings, key=lambda m: (m.dated, m.number)):
        title = meeting_title(meeting, digits)
        ref = meeting_ref(meeting)
        # An end time without a start, or not after it, says nothing a calendar can show.
        until = (meeting.end if meeting.start is not None and meeting.end is not None
                 and meeting.end > meeting.start else None)
        entries.append(YearEntry(
            kind=EntryKind.MEETING, title=title, start=meeting.dated, end=meeting.dated,
            ref=ref, at=meeting.start, until=until,
            # The chair: who calls the meeting and answers for it.
            who=name_of(meeting.chair_id) if meeting.chair_id is not None else "",
            detail="\n".join(text for text in (meeting.subject, meeting.place) if text),
            place=meeting.place))
        for index, action in enumerate(meeting.actions(), start=1):
            if action.due is None:
                continue
            action_ref = (f"action:{action.id}" if action.id is not None
                          else f"action:{ref}:{index}")
            actions[action_ref] = YearEntry(
                kind=EntryKind.ACTION, title=action.what, start=action.due, end=action.due,
                ref=action_ref, who=_doer(action, name_of),
                detail=f"จากการประชุมคณะทำงาน ครั้งที่ {meeting.number_text(digits)}",
                done=action.done_on is not None)
    return entries + list(actions.values())


def _doer(action: ActionItem, name_of: Callable[[int], str]) -> str:
    name = name_of(action.person_id) if action.person_id is not None else ""
    return WHO_SEPARATOR.join(text for text in (name, action.who_text) if text)


@dataclass(frozen=True)
class OitDue:
    """An OIT item's deadline or one of its monthly deliverables, as the OIT tab will hand it
    over (the year view invents none: until that tab exists, there are none).

    ``code`` is the item's code ("O12"); ``month`` the month a deliverable is for (its first
    day), None for the item's deadline.
    """

    fiscal_year: int
    code: str
    what: str
    due: date
    month: date | None = None
    who: str = ""
    done: bool = False


def oit_entries(dues: Iterable[OitDue]) -> list[YearEntry]:
    """An OIT_DEADLINE entry per deadline and a DELIVERABLE entry per monthly deliverable;
    refs "oit:<fiscal_year>:<code>" and "deliverable:<fiscal_year>:<code>:<yyyy-mm>"."""
    entries = []
    for due in dues:
        if due.month is None:
            kind, ref = EntryKind.OIT_DEADLINE, f"oit:{due.fiscal_year}:{due.code}"
        else:
            kind = EntryKind.DELIVERABLE
            ref = f"deliverable:{due.fiscal_year}:{due.code}:{due.month:%Y-%m}"
        entries.append(YearEntry(kind=kind, title=f"{due.code} {due.what}".strip(),
                                 start=due.due, end=due.due, ref=ref, who=due.who,
                                 done=due.done))
    return entries
