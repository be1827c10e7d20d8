"""The unit's assessment calendar of each fiscal year: SQL in, ``UnitCalendar`` out.

A year has a calendar of its own only once the unit saves one (``unit_calendars``); until
then the services offer the catalog's phases. A save rewrites the year's phases and their
responsible entries whole, in the order given, over the revision it was read as: a save over
someone else's change since is refused, as orders and roster entries are.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime

from ita_desktop.domain.calendar import Duty, Phase, PhaseGroup, Responsible, UnitCalendar, WhoKind
from ita_desktop.errors import QT_TRANSLATE_NOOP, register
from ita_desktop.store.database import Database
from ita_desktop.store.errors import StoreError

register({
    "store.calendar_changed_meanwhile": QT_TRANSLATE_NOOP(
        "Errors", "The calendar of fiscal year %year was changed in another window or on "
        "another computer after you opened it, so your change was not saved (it would have "
        "undone theirs)."),
})


class CalendarChangedMeanwhileError(StoreError):
    """The year's calendar was saved (or reset) by someone else since it was read."""

    def __init__(self, fiscal_year: int) -> None:
        self.fiscal_year = fiscal_year
        super().__init__("store.calendar_changed_meanwhile", year=fiscal_year)


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


class CalendarRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def years(self) -> list[int]:
        """The fiscal years that hold a calendar of the unit's own."""
        return [int(r[0]) for r in self.db.query(
            "SELECT fiscal_year FROM unit_calendars ORDER BY fiscal_year")]

    def get(self, fiscal_year: int) -> UnitCalendar | None:
        """The year's saved calendar, or None while the year still follows the catalog."""
        head = self.db.execute("SELECT version FROM unit_calendars WHERE fiscal_year = ?",
                               (fiscal_year,)).fetchone()
        if head is None:
            return None
        who: dict[int, list[Responsible]] = {}
        for r in self.db.query(
                "SELECT * FROM calendar_responsible WHERE fiscal_year = ? "
                "ORDER BY phase_position, position", (fiscal_year,)):
            who.setdefault(r["phase_position"], []).append(Responsible(
                duty=Duty(r["duty"]), kind=WhoKind(r["kind"]), person_id=r["person_id"],
                section_key=r["section_key"], text=r["text"], label=r["label"]))
        phases = tuple(
            Phase(
                group=PhaseGroup(r["phase_group"]),
                start=date.fromisoformat(r["start_date"]),
                end=date.fromisoformat(r["end_date"]),
                step=r["step"],
                work=r["work"],
                responsible=tuple(who.get(r["position"], ())),
                period_text=r["period_text"],
            )
            for r in self.db.query(
                "SELECT * FROM calendar_phases WHERE fiscal_year = ? ORDER BY position",
                (fiscal_year,))
        )
        return UnitCalendar(fiscal_year, phases, version=head["version"])

    def save(self, calendar: UnitCalendar) -> UnitCalendar:
        """Store ``calendar`` as its year's, over the revision it was read as
        (``calendar.version``; None: the year had none of its own when it was read). Returns
        it with its new version."""
        fy = calendar.fiscal_year
        with self.db.transaction():
            stored = self.check_unchanged(fy, calendar.version)
            if stored is None:
                self.db.execute(
                    "INSERT INTO unit_calendars (fiscal_year, version, updated_at) "
                    "VALUES (?, 1, ?)", (fy, _now()))
                version = 1
            else:
                self.db.execute(
                    "UPDATE unit_calendars SET version = version + 1, updated_at = ? "
                    "WHERE fiscal_year = ?", (_now(), fy))
                self.db.execute("DELETE FROM calendar_phases WHERE fiscal_year = ?", (fy,))
                version = stored["version"] + 1
            self._write_phases(fy, calendar)
        return replace(calendar, version=version)

    def delete(self, fiscal_year: int, version: int | None = None) -> None:
        """Forget the year's own calendar (the year follows the catalog again), refused when
        someone saved it since ``version`` was read."""
        with self.db.transaction():
            if self.check_unchanged(fiscal_year, version) is not None:
                self.db.execute("DELETE FROM unit_calendars WHERE fiscal_year = ?",
                                (fiscal_year,))

    def check_unchanged(self, fiscal_year: int, version: int | None) -> sqlite3.Row | None:
        """The year's head row as saved now, inside the caller's write transaction (``BEGIN
        IMMEDIATE``: nobody else can save between this check and the write)."""
        row = self.db.execute("SELECT * FROM unit_calendars WHERE fiscal_year = ?",
                              (fiscal_year,)).fetchone()
        saved = None if row is None else row["version"]
        if saved != version:
            raise CalendarChangedMeanwhileError(fiscal_year)
        return row

    def _write_phases(self, fiscal_year: int, calendar: UnitCalendar) -> None:
        self.db.conn.executemany(
            "INSERT INTO calendar_phases (fiscal_year, position, phase_group, start_date, "
            "end_date, period_text, step, work) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(fiscal_year, i, p.group.value, p.start.isoformat(), p.end.isoformat(),
              p.period_text.strip(), p.step.strip(), p.work.strip())
             for i, p in enumerate(calendar.phases, 1)])
        self.db.conn.executemany(
            "INSERT INTO calendar_responsible (fiscal_year, phase_position, position, duty, "
            "kind, person_id, section_key, text, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(fiscal_year, i, j, r.duty.value, r.kind.value,
              r.person_id if r.kind is WhoKind.PERSON else None,
              r.section_key.strip(), r.text.strip(), r.label.strip())
             for i, p in enumerate(calendar.phases, 1)
             for j, r in enumerate(p.responsible, 1)])
