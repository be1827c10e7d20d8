"""The meeting save as a write path: the meeting rewritten whole (its attendees and agenda
deleted and written again, its action items updated in place) and an action marked done, each
its own transaction. A kill must leave either the meeting as it was or as saved, never an
agenda half written nor an action cut from the meeting that decided it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from kill_data_paths import _read, _services
from kill_ledger import Reporter

DB = "unit.sqlite"


def _key(meeting_id: int) -> str:
    return f"meeting:{meeting_id}"


def _state(version: int, place: str, items: int, actions: int, done: bool) -> str:
    return f"v{version}:{place}:{items} items:{actions} actions:{'done' if done else 'open'}"


def _meeting_run(workdir: Path, run: int, reporter: Reporter) -> None:
    from ita_desktop.services.meetings import meetings_of_year, save_meeting, set_action_done
    from ita_desktop.store.meetings import MeetingRepository

    reporter.ready()
    db = _services(workdir)
    try:
        year = db.query("SELECT fiscal_year FROM meetings ORDER BY id LIMIT 1")[0][0]
        first = meetings_of_year(db, year)[0]
        [action] = first.actions()
        for step in range(3):
            fresh = MeetingRepository(db).get(first.id or 0)
            items = db.query("SELECT count(*) FROM meeting_agenda_items WHERE meeting_id = ?",
                             (fresh.id,))[0][0]
            place = f"ห้องประชุม {run}-{step}"
            with reporter.op(_key(fresh.id or 0), _state((fresh.version or 0) + 1, place, items,
                                                         1, not fresh.actions()[0].is_open)):
                save_meeting(db, replace(fresh, place=place))
            done = step % 2 == 0
            with reporter.op(_key(fresh.id or 0), _state((fresh.version or 0) + 2, place, items,
                                                         1, done)):
                set_action_done(db, action.id or 0,
                                fresh.dated + timedelta(days=3) if done else None)
    finally:
        db.close()


def _meeting_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    conn = _read(workdir / DB)
    assert conn is not None
    states = {}
    try:
        for key in keys:
            meeting_id = int(key.split(":")[1])
            row = conn.execute("SELECT version, place FROM meetings WHERE id = ?",
                               (meeting_id,)).fetchone()
            if row is None:
                states[key] = "absent"
                continue
            items = conn.execute("SELECT count(*) FROM meeting_agenda_items WHERE "
                                 "meeting_id = ?", (meeting_id,)).fetchone()[0]
            actions = conn.execute("SELECT count(*), max(done_on IS NOT NULL) FROM "
                                   "meeting_actions WHERE meeting_id = ?",
                                   (meeting_id,)).fetchone()
            states[key] = _state(row[0], row[1], items, actions[0], bool(actions[1]))
    finally:
        conn.close()
    return states
