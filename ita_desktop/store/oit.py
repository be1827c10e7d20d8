"""The unit's OIT plan: SQL in, the domain's ``Assignment``, ``StatusChange``, ``OitFile``,
``SurveyFigures``, ``ProgressEntry``, ``Eit2Contact`` and the surveys' caretakers out.

A year is read whole in one query per table (``year``), never one per item: the tab, the
dashboard and the documents read a year at a time, and the benchmark reads ten. File content
stays in ``blobs`` and is never selected here. The rules are the domain's, run by the
services inside the same write transaction; this module refuses only what would corrupt the
rows: a plan saved over someone else's change, a file that is not there.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from ita_desktop.domain.framework.model import SampleKey
from ita_desktop.domain.oit import Cadence, CadenceKind, ProgressEntry
from ita_desktop.domain.oit_plan import (
    Assignment,
    CaretakerRole,
    Eit2Contact,
    OitFile,
    SurveyFigures,
)
from ita_desktop.domain.oit_workflow import Status, StatusChange
from ita_desktop.errors import QT_TRANSLATE_NOOP, register
from ita_desktop.store.database import Database
from ita_desktop.store.errors import StoreError

register({
    "store.oit_plan_changed_meanwhile": QT_TRANSLATE_NOOP(
        "Errors", "The plan of %code was changed in another window or on another computer "
        "after you opened it, so your change was not saved (it would have undone theirs). "
        "Open the item again."),
    "store.no_oit_file": QT_TRANSLATE_NOOP(
        "Errors", "There is no attached file number %id (someone else may have removed it). "
        "Nothing was changed."),
    "store.no_oit_contact": QT_TRANSLATE_NOOP(
        "Errors", "There is no EIT(2) contact number %id (someone else may have deleted it). "
        "Nothing was changed."),
})

Month = date | None
Logs = dict[Month, tuple[StatusChange, ...]]


class OitPlanChangedMeanwhileError(StoreError):
    """The plan was saved by someone else since it was read; nothing was written."""

    def __init__(self, code: str) -> None:
        super().__init__("store.oit_plan_changed_meanwhile", code=code)


@dataclass(frozen=True)
class StoredYear:
    """What the database holds about a year's OIT work, by item key; the services join it
    with the catalog into an ``OitYear``."""

    plans: dict[str, Assignment] = field(default_factory=dict)
    logs: dict[str, Logs] = field(default_factory=dict)
    files: dict[str, tuple[OitFile, ...]] = field(default_factory=dict)
    figures: SurveyFigures = SurveyFigures()
    progress: dict[SampleKey, list[ProgressEntry]] = field(default_factory=dict)
    contacts: list[Eit2Contact] = field(default_factory=list)
    caretakers: dict[CaretakerRole, tuple[int, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class FilePlace:
    """Where an attached file belongs: its year and item (an ``OitFile`` knows its month)."""

    fiscal_year: int
    item_key: str
    file: OitFile


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _month_text(month: Month) -> str | None:
    return month.isoformat() if month is not None else None


def _decimal(text: str | None) -> Decimal | None:
    return Decimal(text) if text is not None else None


def _change(row: sqlite3.Row) -> StatusChange:
    return StatusChange(
        from_status=Status(row["from_status"]), to_status=Status(row["to_status"]),
        person_id=row["person_id"], when=datetime.fromisoformat(row["changed_at"]),
        comment=row["comment"], url=row["url"], published_on=_day(row["published_on"]))


def _file(row: sqlite3.Row) -> OitFile:
    return OitFile(name=row["name"], sha256=row["sha256"], size=row["size"],
                   added_at=datetime.fromisoformat(row["added_at"]), month=_day(row["month"]),
                   id=row["id"])


def _contact(row: sqlite3.Row) -> Eit2Contact:
    return Eit2Contact(group=row["stakeholder_group"], name=row["name"],
                       organisation=row["organisation"], phone=row["phone"],
                       email=row["email"], id=row["id"])


class OitRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # Reading -----------------------------------------------------------------------------

    def year(self, fiscal_year: int) -> StoredYear:
        """Everything stored about ``fiscal_year``, in eight queries whatever its size."""
        params = (fiscal_year,)
        plans = self._plans("WHERE p.fiscal_year = ?", params)
        logs: dict[str, Logs] = {}
        gathered: dict[str, dict[Month, list[StatusChange]]] = {}
        for row in self.db.query(
                "SELECT * FROM oit_status_changes WHERE fiscal_year = ? "
                "ORDER BY item_key, month, position", params):
            gathered.setdefault(row["item_key"], {}).setdefault(
                _day(row["month"]), []).append(_change(row))
        for key, by_month in gathered.items():
            logs[key] = {month: tuple(log) for month, log in by_month.items()}
        files: dict[str, list[OitFile]] = {}
        for row in self.db.query(
                "SELECT id, item_key, month, name, sha256, size, added_at FROM oit_files "
                "WHERE fiscal_year = ? AND removed_at IS NULL ORDER BY item_key, added_at, id",
                params):
            files.setdefault(row["item_key"], []).append(_file(row))
        progress: dict[SampleKey, list[ProgressEntry]] = {}
        for row in self.db.query(
                "SELECT * FROM oit_progress WHERE fiscal_year = ? "
                "ORDER BY sample_key, counted_on", params):
            progress.setdefault(SampleKey(row["sample_key"]), []).append(ProgressEntry(
                on=date.fromisoformat(row["counted_on"]), count=row["count"],
                by_section=json.loads(row["by_section"])))
        contacts = [_contact(row) for row in self.db.query(
            "SELECT * FROM oit_eit2_contacts WHERE fiscal_year = ? ORDER BY id", params)]
        return StoredYear(plans={a.item_key: a for a in plans}, logs=logs,
                          files={key: tuple(found) for key, found in files.items()},
                          figures=self.figures(fiscal_year), progress=progress,
                          contacts=contacts, caretakers=self.caretakers(fiscal_year))

    def _plans(self, where: str, params: tuple[object, ...]) -> list[Assignment]:
        rows = self.db.query(f"SELECT p.* FROM oit_plans AS p {where} ORDER BY p.id", params)
        if not rows:
            return []
        people: dict[int, dict[str, list[int]]] = {}
        for row in self.db.query(
                "SELECT n.plan_id, n.duty, n.person_id FROM oit_plan_people AS n "
                f"JOIN oit_plans AS p ON p.id = n.plan_id {where} "
                "ORDER BY n.plan_id, n.duty, n.position", params):
            people.setdefault(row["plan_id"], {}).setdefault(row["duty"], []).append(
                row["person_id"])
        return [Assignment(
            fiscal_year=row["fiscal_year"], item_key=row["item_key"],
            preparers=tuple(people.get(row["id"], {}).get("preparer", ())),
            controllers=tuple(people.get(row["id"], {}).get("controller", ())),
            cadence=Cadence(CadenceKind(row["cadence"]), due=_day(row["due"]),
                            day=row["due_day"], minimum=row["minimum"]),
            period_start=date.fromisoformat(row["period_start"]),
            period_end=date.fromisoformat(row["period_end"]), entries=row["entries"],
            done_components=tuple(json.loads(row["done_components"])), note=row["note"],
            id=row["id"], version=row["version"]) for row in rows]

    def plan(self, fiscal_year: int, item_key: str) -> Assignment | None:
        found = self._plans("WHERE p.fiscal_year = ? AND p.item_key = ?",
                            (fiscal_year, item_key))
        return found[0] if found else None

    def log(self, fiscal_year: int, item_key: str, month: Month) -> list[StatusChange]:
        return [_change(row) for row in self.db.query(
            "SELECT * FROM oit_status_changes WHERE fiscal_year = ? AND item_key = ? "
            "AND month IS ? ORDER BY position", (fiscal_year, item_key, _month_text(month)))]

    def figures(self, fiscal_year: int) -> SurveyFigures:
        row = self.db.execute("SELECT * FROM oit_survey_figures WHERE fiscal_year = ?",
                              (fiscal_year,)).fetchone()
        if row is None:
            return SurveyFigures()
        return SurveyFigures(iit_score=_decimal(row["iit_score"]),
                             eit_score=_decimal(row["eit_score"]),
                             eligible_staff=row["eligible_staff"],
                             survey_start=_day(row["survey_start"]),
                             survey_deadline=_day(row["survey_deadline"]))

    def caretakers(self, fiscal_year: int) -> dict[CaretakerRole, tuple[int, ...]]:
        """The year's caretakers by role, in order; a role nobody holds is absent."""
        found: dict[CaretakerRole, list[int]] = {}
        for row in self.db.query(
                "SELECT role, person_id FROM oit_caretakers WHERE fiscal_year = ? "
                "ORDER BY role, position", (fiscal_year,)):
            found.setdefault(CaretakerRole(row["role"]), []).append(row["person_id"])
        return {role: tuple(found[role]) for role in CaretakerRole if role in found}

    def file(self, file_id: int, *, removed: bool = False) -> FilePlace:
        """The attached file ``file_id`` with its place; ``removed``: one removed (to put
        back) instead of one attached."""
        row = self.db.execute(
            "SELECT id, fiscal_year, item_key, month, name, sha256, size, added_at "
            f"FROM oit_files WHERE id = ? AND removed_at IS {'NOT ' if removed else ''}NULL",
            (file_id,)).fetchone()
        if row is None:
            raise StoreError("store.no_oit_file", id=file_id)
        return FilePlace(row["fiscal_year"], row["item_key"], _file(row))

    def contact(self, contact_id: int) -> tuple[int, Eit2Contact]:
        row = self.db.execute("SELECT * FROM oit_eit2_contacts WHERE id = ?",
                              (contact_id,)).fetchone()
        if row is None:
            raise StoreError("store.no_oit_contact", id=contact_id)
        return row["fiscal_year"], _contact(row)

    # Writing -----------------------------------------------------------------------------

    def save_plan(self, assignment: Assignment, code: str) -> Assignment:
        """Store the plan over the revision it was read as: ``id`` None for one never saved,
        else ``version``. A save over someone else's change since is refused
        (``OitPlanChangedMeanwhileError``, ``code`` names the item). Returns it as stored."""
        a = assignment
        values = {
            "fiscal_year": a.fiscal_year, "item_key": a.item_key,
            "cadence": a.cadence.kind.value, "due": _month_text(a.cadence.due),
            "due_day": a.cadence.day, "minimum": a.cadence.minimum,
            "period_start": a.period_start.isoformat(), "period_end": a.period_end.isoformat(),
            "entries": a.entries, "done_components": json.dumps(list(a.done_components)),
            "note": a.note.strip(), "stamp": _now(),
        }
        with self.db.transaction():
            stored = self.check_unchanged(a, code)
            if stored is None:
                cursor = self.db.execute(
                    "INSERT INTO oit_plans (fiscal_year, item_key, cadence, due, due_day, "
                    "minimum, period_start, period_end, entries, done_components, note, "
                    "updated_at) VALUES (:fiscal_year, :item_key, :cadence, :due, :due_day, "
                    ":minimum, :period_start, :period_end, :entries, :done_components, :note, "
                    ":stamp)", values)
                plan_id = int(cursor.lastrowid or 0)
            else:
                plan_id = stored["id"]
                self.db.execute(
                    "UPDATE oit_plans SET cadence = :cadence, due = :due, due_day = :due_day, "
                    "minimum = :minimum, period_start = :period_start, "
                    "period_end = :period_end, entries = :entries, "
                    "done_components = :done_components, note = :note, updated_at = :stamp, "
                    "version = version + 1 WHERE id = :id", {**values, "id": plan_id})
                self.db.execute("DELETE FROM oit_plan_people WHERE plan_id = ?", (plan_id,))
            self.db.conn.executemany(
                "INSERT INTO oit_plan_people (plan_id, duty, position, person_id) "
                "VALUES (?, ?, ?, ?)",
                [(plan_id, duty, place, person)
                 for duty, people in (("preparer", a.preparers), ("controller", a.controllers))
                 for place, person in enumerate(people, 1)])
            saved = self.plan(a.fiscal_year, a.item_key)
            assert saved is not None  # written just now, inside this transaction
            return saved

    def check_unchanged(self, assignment: Assignment, code: str) -> sqlite3.Row | None:
        """The plan's row as stored now (None: never saved), inside the caller's write
        transaction; ``OitPlanChangedMeanwhileError`` when it is not the revision
        ``assignment`` was read as."""
        stored = self.db.execute(
            "SELECT id, version FROM oit_plans WHERE fiscal_year = ? AND item_key = ?",
            (assignment.fiscal_year, assignment.item_key)).fetchone()
        if stored is None:
            if assignment.id is not None:  # read as stored, deleted since
                raise OitPlanChangedMeanwhileError(code)
            return None
        if assignment.id != stored["id"] or assignment.version != stored["version"]:
            raise OitPlanChangedMeanwhileError(code)
        return stored

    def planned(self, fiscal_year: int) -> bool:
        """Whether the unit has saved any plan for the year (started its OIT work)."""
        return self.db.execute("SELECT 1 FROM oit_plans WHERE fiscal_year = ? LIMIT 1",
                               (fiscal_year,)).fetchone() is not None

    def add_change(self, fiscal_year: int, item_key: str, month: Month,
                   change: StatusChange) -> None:
        """Append ``change`` to the log of the item (``month`` None) or of a deliverable."""
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO oit_status_changes (fiscal_year, item_key, month, position, "
                "from_status, to_status, person_id, changed_at, comment, url, published_on) "
                "SELECT ?, ?, ?, ifnull(max(position), 0) + 1, ?, ?, ?, ?, ?, ?, ? "
                "FROM oit_status_changes WHERE fiscal_year = ? AND item_key = ? "
                "AND month IS ?",
                (fiscal_year, item_key, _month_text(month), change.from_status.value,
                 change.to_status.value, change.person_id,
                 change.when.isoformat(timespec="seconds"), change.comment.strip(),
                 change.url.strip(), _month_text(change.published_on),
                 fiscal_year, item_key, _month_text(month)))

    def add_file(self, fiscal_year: int, item_key: str, file: OitFile) -> OitFile:
        """Record ``file`` (its content already in ``blobs``); returns it with its id."""
        with self.db.transaction():
            cursor = self.db.execute(
                "INSERT INTO oit_files (fiscal_year, item_key, month, name, sha256, size, "
                "added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (fiscal_year, item_key, _month_text(file.month), file.name, file.sha256,
                 file.size, file.added_at.isoformat(timespec="seconds")))
            return replace(file, id=int(cursor.lastrowid or 0),
                           added_at=file.added_at.replace(microsecond=0))

    def remove_file(self, file_id: int) -> FilePlace:
        with self.db.transaction():
            place = self.file(file_id)
            self.db.execute("UPDATE oit_files SET removed_at = ? WHERE id = ?",
                            (_now(), file_id))
            return place

    def restore_file(self, file_id: int) -> FilePlace:
        with self.db.transaction():
            place = self.file(file_id, removed=True)
            self.db.execute("UPDATE oit_files SET removed_at = NULL WHERE id = ?", (file_id,))
            return place

    def save_figures(self, fiscal_year: int, figures: SurveyFigures) -> None:
        def text(value: Decimal | None) -> str | None:
            return str(value) if value is not None else None

        with self.db.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO oit_survey_figures (fiscal_year, iit_score, eit_score, "
                "eligible_staff, survey_start, survey_deadline, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (fiscal_year, text(figures.iit_score), text(figures.eit_score),
                 figures.eligible_staff, _month_text(figures.survey_start),
                 _month_text(figures.survey_deadline), _now()))

    def save_progress(self, fiscal_year: int, key: SampleKey, entry: ProgressEntry) -> None:
        """Store a count; one already stored for that day is replaced."""
        with self.db.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO oit_progress (fiscal_year, sample_key, counted_on, "
                "count, by_section) VALUES (?, ?, ?, ?, ?)",
                (fiscal_year, key.value, entry.on.isoformat(), entry.count,
                 json.dumps(dict(entry.by_section), ensure_ascii=False)))

    def delete_progress(self, fiscal_year: int, key: SampleKey, on: date) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM oit_progress WHERE fiscal_year = ? AND "
                            "sample_key = ? AND counted_on = ?",
                            (fiscal_year, key.value, on.isoformat()))

    def save_contact(self, fiscal_year: int, contact: Eit2Contact) -> Eit2Contact:
        values = (contact.group.strip(), contact.name.strip(), contact.organisation.strip(),
                  contact.phone.strip(), contact.email.strip())
        with self.db.transaction():
            if contact.id is None:
                cursor = self.db.execute(
                    "INSERT INTO oit_eit2_contacts (fiscal_year, stakeholder_group, name, "
                    "organisation, phone, email) VALUES (?, ?, ?, ?, ?, ?)",
                    (fiscal_year, *values))
                contact_id = int(cursor.lastrowid or 0)
            else:
                self.contact(contact.id)
                self.db.execute(
                    "UPDATE oit_eit2_contacts SET stakeholder_group = ?, name = ?, "
                    "organisation = ?, phone = ?, email = ? WHERE id = ?",
                    (*values, contact.id))
                contact_id = contact.id
            return self.contact(contact_id)[1]

    def save_caretakers(self, fiscal_year: int, role: CaretakerRole,
                        people: tuple[int, ...]) -> None:
        """``people`` in order as the role's caretakers of the year, replacing those stored
        (none: the role is left to nobody)."""
        with self.db.transaction():
            self.db.execute("DELETE FROM oit_caretakers WHERE fiscal_year = ? AND role = ?",
                            (fiscal_year, role.value))
            self.db.conn.executemany(
                "INSERT INTO oit_caretakers (fiscal_year, role, position, person_id) "
                "VALUES (?, ?, ?, ?)",
                [(fiscal_year, role.value, place, person)
                 for place, person in enumerate(people, 1)])

    def delete_contact(self, contact_id: int) -> None:
        with self.db.transaction():
            self.contact(contact_id)
            self.db.execute("DELETE FROM oit_eit2_contacts WHERE id = ?", (contact_id,))
