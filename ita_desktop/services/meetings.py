"""The meetings' use cases: start a meeting (from the committee in force, or from the previous
meeting), save it under the rules, mark action items done, and list the open ones.

Starting a meeting (``new_meeting``, ``next_meeting``) only reads and returns a draft for the
window to edit; nothing is stored until ``save_meeting``, which checks the meeting with the
domain's ``meeting_problems`` inside its own write transaction against the meetings stored at
that moment: two windows that both offer 2/2568 cannot both take it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.meetings import (
    AgendaItem,
    Meeting,
    OpenAction,
    meeting_problems,
    meeting_subject,
    register_key,
    suggested_number,
)
from ita_desktop.domain.meetings import new_meeting as draft_meeting
from ita_desktop.domain.meetings import next_meeting as draft_next_meeting
from ita_desktop.domain.meetings import open_actions as open_actions_of
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.services.committee import in_force, person_facts, shown_date
from ita_desktop.store.database import Database
from ita_desktop.store.meetings import MeetingRepository
from ita_desktop.store.settings import SettingsRepository
from ita_desktop.store.unit import UnitRepository

register({
    "meetings.problems": QT_TRANSLATE_NOOP(
        "Errors", "The meeting was not saved:\n%findings"),
    "meetings.signed_off": QT_TRANSLATE_NOOP(
        "Errors", "The minutes of meeting %number have been signed off and are kept in the "
        "register of signed documents as they were signed, so the meeting cannot be "
        "changed."),
    "meetings.follows_missing": QT_TRANSLATE_NOOP(
        "Errors", "'%item' follows an action item (number %id) that is no longer stored "
        "(its meeting may have been changed meanwhile): open the meeting again."),
    "meetings.done_before_meeting": QT_TRANSLATE_NOOP(
        "Errors", "'%what' cannot be done on %done, before the meeting of %date that decided "
        "it."),
})


class MeetingProblemsError(AppError):
    """A meeting that breaks the rules; ``findings`` says each thing, nothing was written."""

    def __init__(self, findings: list[AppError]) -> None:
        self.findings = findings
        super().__init__("meetings.problems", findings=findings)


def meetings_of_year(db: Database, fiscal_year: int) -> list[Meeting]:
    """The year's meetings by date and number."""
    return MeetingRepository(db).of_year(fiscal_year)


def meeting(db: Database, meeting_id: int) -> Meeting:
    return MeetingRepository(db).get(meeting_id)


def open_actions(db: Database, fiscal_year: int) -> list[OpenAction]:
    """The year's action items not yet done, with the meeting that decided each."""
    return open_actions_of(meetings_of_year(db, fiscal_year))


def suggest_number(db: Database, dated: date) -> int:
    """The next meeting number of ``dated``'s B.E. year."""
    return suggested_number(MeetingRepository(db).all(), dated)


def _digits(db: Database) -> DigitStyle:
    return SettingsRepository(db).load().digit_style


def _previous(meetings: list[Meeting], dated: date) -> Meeting | None:
    before = [m for m in meetings if m.dated < dated]
    return before[-1] if before else None


def new_meeting(db: Database, fiscal_year: int, dated: date) -> Meeting:
    """A draft of a meeting of ``fiscal_year`` on ``dated``: the next number, the committee in
    force that day present (its head in the chair, its assistant secretary or secretary
    recording, its secretary checking), seed 002's subject for the unit, and the default
    agenda after the year's previous meeting with the action items still open carried."""
    year = meetings_of_year(db, fiscal_year)
    unit = UnitRepository(db).get()
    subject = meeting_subject(unit.short_name if unit is not None else "")
    return draft_meeting(fiscal_year, dated, suggest_number(db, dated), subject,
                         in_force(db, fiscal_year, dated), _previous(year, dated),
                         open_actions_of(year, before=dated), _digits(db))


def next_meeting(db: Database, previous_id: int, dated: date) -> Meeting:
    """A draft of the meeting after ``previous_id`` on ``dated``: its people, place, chair,
    recorder and checker, the previous directives and every open action item of the year
    as matters arising (``domain.meetings.next_meeting`` says why absences are reset)."""
    previous = MeetingRepository(db).get(previous_id)
    year = meetings_of_year(db, previous.fiscal_year)
    return draft_next_meeting(previous, open_actions_of(year, before=dated), dated,
                              suggest_number(db, dated), _digits(db))


def _tidied(items: tuple[AgendaItem, ...]) -> tuple[AgendaItem, ...]:
    """Words trimmed, and action items left with no words at all by the editor dropped: an
    empty row prints nothing."""
    return tuple(replace(
        item, items=_tidied(item.items),
        actions=tuple(a for a in item.actions
                      if a.what.strip() or a.who_text.strip() or a.person_id or a.due))
        for item in items)


def save_meeting(db: Database, meeting: Meeting) -> Meeting:
    """Add a new meeting or update a stored one (``meeting.id``), in one transaction: refused
    with every finding (``MeetingProblemsError``) when it breaks a rule, with
    ``MeetingChangedMeanwhileError`` when someone saved it since it was read, and with
    ``meetings.signed_off`` once its minutes are in the register of signed documents.
    Returns the meeting as stored, with the ids of new action items."""
    meeting = replace(meeting, subject=meeting.subject.strip(), place=meeting.place.strip(),
                      agenda=_tidied(meeting.agenda))
    repo = MeetingRepository(db)
    with db.transaction():
        if meeting.id is not None:
            # A stale copy is refused as such, before its findings (which may be theirs).
            repo.check_unchanged(meeting.id, meeting.version)
            # Under its number as stored: a changed number would hide it from the register.
            before = repo.get(meeting.id)
            if repo.signed_off(before):
                raise AppError("meetings.signed_off", number=register_key(before))
        findings = meeting_problems(meeting, person_facts(db), repo.all(), shown_date)
        findings += _follow_problems(meeting, repo.action_ids())
        if findings:
            raise MeetingProblemsError(findings)
        return repo.update(meeting) if meeting.id is not None else repo.add(meeting)


def _follow_problems(meeting: Meeting, stored: set[int]) -> list[AppError]:
    found: list[AppError] = []

    def walk(items: tuple[AgendaItem, ...]) -> None:
        for item in items:
            if item.follows_action_id is not None and item.follows_action_id not in stored:
                found.append(AppError("meetings.follows_missing",
                                      item=item.title or item.text[:40],
                                      id=item.follows_action_id))
            walk(item.items)

    walk(meeting.agenda)
    return found


def delete_meeting(db: Database, meeting_id: int, version: int | None = None) -> None:
    """Remove a meeting typed by mistake (refused once its minutes are signed off)."""
    MeetingRepository(db).delete(meeting_id, version)


def set_action_done(db: Database, action_id: int, done_on: date | None) -> Meeting:
    """Mark an action item done on ``done_on``, or open again with None; returns its meeting
    as stored (its version moves on). Allowed after the minutes are signed off: whether an
    action is done is not part of the signed minutes, it is followed up after them."""
    repo = MeetingRepository(db)
    with db.transaction():
        decided = repo.meeting_of_action(action_id)
        if done_on is not None and done_on < decided.dated:
            action = next(a for a in decided.actions() if a.id == action_id)
            raise AppError("meetings.done_before_meeting", what=action.what,
                           done=shown_date(done_on), date=shown_date(decided.dated))
        return repo.set_action_done(action_id, done_on)
