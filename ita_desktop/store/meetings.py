"""The committee's meetings: SQL in, ``Meeting`` dataclasses out.

A meeting is one row of ``meetings`` with its attendees, its agenda (a tree of items, each
with its parent, place among its siblings and depth) and the action items its items decided.
A save rewrites the attendees and the agenda whole, in the order given, but updates action
items in place by id: later meetings' matters arising and the year view point at them, and a
re-saved meeting must not cut those references. The rules of a meeting are the domain's
``meeting_problems``, run by the services inside the same write transaction; this module only
refuses what would corrupt the rows: a save over someone else's change.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, datetime, time

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.meetings import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Attendee,
    Meeting,
    Presence,
    register_key,
)
from ita_desktop.domain.signoff import SubjectKind
from ita_desktop.errors import QT_TRANSLATE_NOOP, register
from ita_desktop.store.database import Database
from ita_desktop.store.errors import StoreError

register({
    "store.no_meeting": QT_TRANSLATE_NOOP(
        "Errors", "There is no meeting number %id (someone else may have deleted it). "
        "Nothing was changed."),
    "store.no_action": QT_TRANSLATE_NOOP(
        "Errors", "There is no action item number %id (its meeting may have been changed or "
        "deleted meanwhile). Nothing was changed."),
    "store.meeting_not_saved": QT_TRANSLATE_NOOP(
        "Errors", "This meeting was never saved, so there is nothing to update."),
    "store.meeting_changed_meanwhile": QT_TRANSLATE_NOOP(
        "Errors", "Meeting %number was changed in another window or on another computer "
        "after you opened it, so your change was not saved (it would have undone theirs)."),
    "store.meeting_signed_off": QT_TRANSLATE_NOOP(
        "Errors", "The minutes of meeting %number have been signed off and are kept in the "
        "register of signed documents, so the meeting cannot be deleted."),
})

COLUMNS = ("fiscal_year", "number", "dated", "subject", "place", "start_time", "end_time",
           "chair_id", "recorder_id", "checker_id")


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _time(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


class MeetingChangedMeanwhileError(StoreError):
    """The meeting was saved by someone else since it was read; nothing was written."""

    def __init__(self, meeting_id: int, number: str) -> None:
        self.meeting_id = meeting_id
        super().__init__("store.meeting_changed_meanwhile", number=number)


def _values(meeting: Meeting) -> dict[str, object]:
    return {
        "fiscal_year": meeting.fiscal_year,
        "number": meeting.number,
        "dated": meeting.dated.isoformat(),
        "subject": meeting.subject.strip(),
        "place": meeting.place.strip(),
        "start_time": meeting.start.strftime("%H:%M") if meeting.start else None,
        "end_time": meeting.end.strftime("%H:%M") if meeting.end else None,
        "chair_id": meeting.chair_id,
        "recorder_id": meeting.recorder_id,
        "checker_id": meeting.checker_id,
    }


class MeetingRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # Reading -----------------------------------------------------------------------------

    def _meetings(self, where: str = "", params: tuple[object, ...] = ()) -> list[Meeting]:
        rows = self.db.query(f"SELECT * FROM meetings {where} ORDER BY dated, number, id",
                             params)
        if not rows:
            return []
        ids = tuple(r["id"] for r in rows)
        marks = ", ".join("?" * len(ids))

        def grouped(sql: str) -> dict[int, list[sqlite3.Row]]:
            found: dict[int, list[sqlite3.Row]] = {}
            for row in self.db.query(sql.format(marks=marks), ids):
                found.setdefault(row["meeting_id"], []).append(row)
            return found

        attendees = grouped("SELECT * FROM meeting_attendees WHERE meeting_id IN ({marks}) "
                            "ORDER BY meeting_id, position")
        items = grouped("SELECT * FROM meeting_agenda_items WHERE meeting_id IN ({marks}) "
                        "ORDER BY meeting_id, depth, position")
        actions: dict[int, list[ActionItem]] = {}
        for a in self.db.query(f"SELECT * FROM meeting_actions WHERE meeting_id IN ({marks}) "
                               "ORDER BY item_id, position", ids):
            actions.setdefault(a["item_id"], []).append(ActionItem(
                what=a["what"], person_id=a["person_id"], who_text=a["who_text"],
                due=_day(a["due"]), done_on=_day(a["done_on"]), id=a["id"]))
        return [Meeting(
            id=row["id"], fiscal_year=row["fiscal_year"], number=row["number"],
            dated=date.fromisoformat(row["dated"]), subject=row["subject"], place=row["place"],
            start=_time(row["start_time"]), end=_time(row["end_time"]),
            chair_id=row["chair_id"], recorder_id=row["recorder_id"],
            checker_id=row["checker_id"],
            attendees=tuple(Attendee(Presence(a["presence"]), a["person_id"], a["name"],
                                     a["job"], a["role_text"], a["reason"])
                            for a in attendees.get(row["id"], [])),
            agenda=_tree(items.get(row["id"], []), actions),
            version=row["version"],
        ) for row in rows]

    def of_year(self, fiscal_year: int) -> list[Meeting]:
        """The meetings of ``fiscal_year``, by date and number."""
        return self._meetings("WHERE fiscal_year = ?", (fiscal_year,))

    def all(self) -> list[Meeting]:
        """Every meeting: a number is checked against its B.E. calendar year, which holds
        meetings of two fiscal years."""
        return self._meetings()

    def get(self, meeting_id: int) -> Meeting:
        found = self._meetings("WHERE id = ?", (meeting_id,))
        if not found:
            raise StoreError("store.no_meeting", id=meeting_id)
        return found[0]

    def action_ids(self) -> set[int]:
        """The ids of every stored action item (what a matters-arising item may follow)."""
        return {row["id"] for row in self.db.query("SELECT id FROM meeting_actions")}

    def meeting_of_action(self, action_id: int) -> Meeting:
        row = self.db.execute("SELECT meeting_id FROM meeting_actions WHERE id = ?",
                              (action_id,)).fetchone()
        if row is None:
            raise StoreError("store.no_action", id=action_id)
        return self.get(row["meeting_id"])

    def signed_off(self, meeting: Meeting) -> bool:
        """Whether the register holds a signed-off document (the minutes, the attendance
        sheet) about this meeting."""
        row = self.db.execute(
            "SELECT 1 FROM reports WHERE subject_kind = ? AND subject_key = ? LIMIT 1",
            (str(SubjectKind.MEETING), register_key(meeting))).fetchone()
        return row is not None

    # Writing -----------------------------------------------------------------------------

    def add(self, meeting: Meeting) -> Meeting:
        """Store a new meeting (ids in it are ignored); returns it as stored, with the ids
        of its action items and its version."""
        stamp = _now()
        with self.db.transaction():
            cursor = self.db.execute(
                f"INSERT INTO meetings ({', '.join(COLUMNS)}, created_at, updated_at) "
                f"VALUES ({', '.join(':' + c for c in COLUMNS)}, :stamp, :stamp)",
                {**_values(meeting), "stamp": stamp})
            meeting_id = int(cursor.lastrowid or 0)
            self._write_parts(meeting_id, meeting, kept=set())
            return self.get(meeting_id)

    def update(self, meeting: Meeting) -> Meeting:
        """Save a changed meeting over the revision it was read as (``meeting.version``); a
        save over someone else's change since is refused (``MeetingChangedMeanwhileError``).
        Action items with an id of this meeting keep it; those no longer listed are
        deleted."""
        if meeting.id is None:
            raise StoreError("store.meeting_not_saved")
        with self.db.transaction():
            self.check_unchanged(meeting.id, meeting.version)
            self.db.execute(
                f"UPDATE meetings SET {', '.join(c + ' = :' + c for c in COLUMNS)}, "
                "updated_at = :stamp, version = version + 1 WHERE id = :id",
                {**_values(meeting), "stamp": _now(), "id": meeting.id})
            kept = {row["id"] for row in self.db.query(
                "SELECT id FROM meeting_actions WHERE meeting_id = ?", (meeting.id,))}
            self.db.execute("DELETE FROM meeting_attendees WHERE meeting_id = ?", (meeting.id,))
            self.db.execute("DELETE FROM meeting_agenda_items WHERE meeting_id = ?",
                            (meeting.id,))
            self._write_parts(meeting.id, meeting, kept)
            return self.get(meeting.id)

    def set_action_done(self, action_id: int, done_on: date | None) -> Meeting:
        """Mark an action item done on ``done_on`` (None: open again). The meeting's version
        moves on, so that a window still holding the meeting with the action open cannot
        save it back open. Returns the meeting as stored."""
        with self.db.transaction():
            meeting = self.meeting_of_action(action_id)
            self.db.execute("UPDATE meeting_actions SET done_on = ? WHERE id = ?",
                            (done_on.isoformat() if done_on else None, action_id))
            self.db.execute("UPDATE meetings SET version = version + 1, updated_at = ? "
                            "WHERE id = ?", (_now(), meeting.id))
            return self.get(int(meeting.id or 0))

    def delete(self, meeting_id: int, version: int | None = None) -> None:
        """Remove a meeting typed by mistake; refused for one whose minutes are signed off
        (the register keeps them, and they must still match a meeting the program knows).
        Later meetings' items that followed its action items keep their words."""
        with self.db.transaction():
            self.check_unchanged(meeting_id, version)
            meeting = self.get(meeting_id)
            if self.signed_off(meeting):
                raise StoreError("store.meeting_signed_off", number=register_key(meeting))
            self.db.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))

    def check_unchanged(self, meeting_id: int, version: int | None) -> sqlite3.Row:
        """The meeting's row as saved now, inside the caller's write transaction."""
        row = self.db.execute("SELECT * FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        if row is None:
            raise StoreError("store.no_meeting", id=meeting_id)
        if version is not None and row["version"] != version:
            stored = self.get(meeting_id)
            raise MeetingChangedMeanwhileError(meeting_id,
                                               stored.number_text(DigitStyle.ARABIC))
        return row

    def _write_parts(self, meeting_id: int, meeting: Meeting, kept: set[int]) -> None:
        """Attendees and the agenda written anew; action items of ``kept`` (this meeting's
        stored ids) updated in place, the others added, the stored ones not listed any more
        deleted. An id of another meeting's action is not taken over: it is added as new."""
        self.db.conn.executemany(
            "INSERT INTO meeting_attendees (meeting_id, position, presence, person_id, name, "
            "job, role_text, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(meeting_id, i, a.presence.value, a.person_id, a.name.strip(), a.position.strip(),
              a.role_text.strip(), a.reason.strip())
             for i, a in enumerate(meeting.attendees, 1)])
        listed: set[int] = set()
        self._write_items(meeting_id, meeting.agenda, None, 0, kept, listed)
        gone = kept - listed
        if gone:
            self.db.conn.executemany("DELETE FROM meeting_actions WHERE id = ?",
                                     [(i,) for i in sorted(gone)])

    def _write_items(self, meeting_id: int, items: Iterable[AgendaItem], parent: int | None,
                     depth: int, kept: set[int], listed: set[int]) -> None:
        for position, item in enumerate(items, 1):
            cursor = self.db.execute(
                "INSERT INTO meeting_agenda_items (meeting_id, parent_id, position, depth, "
                "kind, title, text, speaker_id, speaker_text, resolution, follows_action_id, "
                "oit_table) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (meeting_id, parent, position, depth, item.kind.value, item.title.strip(),
                 item.text.strip(), item.speaker_id, item.speaker_text.strip(),
                 item.resolution.strip(), item.follows_action_id, int(item.oit_table)))
            item_id = int(cursor.lastrowid or 0)
            for place, action in enumerate(item.actions, 1):
                values = (item_id, place, action.what.strip(), action.person_id,
                          action.who_text.strip(),
                          action.due.isoformat() if action.due else None,
                          action.done_on.isoformat() if action.done_on else None)
                if action.id is not None and action.id in kept and action.id not in listed:
                    self.db.execute(
                        "UPDATE meeting_actions SET item_id = ?, position = ?, what = ?, "
                        "person_id = ?, who_text = ?, due = ?, done_on = ? WHERE id = ?",
                        (*values, action.id))
                    listed.add(action.id)
                else:
                    self.db.execute(
                        "INSERT INTO meeting_actions (meeting_id, item_id, position, what, "
                        "person_id, who_text, due, done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (meeting_id, *values))
            self._write_items(meeting_id, item.items, item_id, depth + 1, kept, listed)


def _tree(rows: list[sqlite3.Row],
          actions: dict[int, list[ActionItem]]) -> tuple[AgendaItem, ...]:
    """The agenda rows (by depth, then place) as the tree of items they were saved from."""
    children: dict[int | None, list[sqlite3.Row]] = {}
    for row in rows:
        children.setdefault(row["parent_id"], []).append(row)

    def build(parent: int | None) -> tuple[AgendaItem, ...]:
        return tuple(AgendaItem(
            kind=AgendaKind(row["kind"]), title=row["title"], text=row["text"],
            speaker_id=row["speaker_id"], speaker_text=row["speaker_text"],
            resolution=row["resolution"], items=build(row["id"]),
            actions=tuple(actions.get(row["id"], [])),
            follows_action_id=row["follows_action_id"], oit_table=bool(row["oit_table"]),
        ) for row in sorted(children.get(parent, []), key=lambda r: r["position"]))

    return build(None)
