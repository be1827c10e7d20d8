"""The personnel roster table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime

from ita_desktop.domain.roster import Person, normalised_person, person_problems
from ita_desktop.domain.units import UnitKind
from ita_desktop.store.database import Database
from ita_desktop.store.errors import ChangedMeanwhileError, ProblemsError, StoreError

COLUMNS = (
    "rank_key", "female", "acting", "first_name", "last_name", "position", "position_abbr",
    "section_key", "phone", "email", "note", "active", "left_on",
)


# What the unit reports print of a person: a change to any of these moves the date the
# reports' data is "as of" (``data_changed_on``). The note and the signature are not printed.
PRINTED = tuple(c for c in COLUMNS if c not in ("note", "left_on"))


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _today() -> str:
    return date.today().isoformat()


def _person(row: sqlite3.Row) -> Person:
    return Person(
        id=row["id"],
        rank_key=row["rank_key"],
        female=bool(row["female"]),
        acting=bool(row["acting"]),
        first_name=row["first_name"],
        last_name=row["last_name"],
        position=row["position"],
        position_abbr=row["position_abbr"],
        section_key=row["section_key"],
        phone=row["phone"],
        email=row["email"],
        note=row["note"],
        active=bool(row["active"]),
        left_on=date.fromisoformat(row["left_on"]) if row["left_on"] else None,
        version=row["version"],
    )


def _values(person: Person) -> dict[str, object]:
    person = normalised_person(person)
    return {
        "rank_key": person.rank_key,
        "female": int(person.female),
        "acting": int(person.acting),
        "first_name": person.first_name,
        "last_name": person.last_name,
        "position": person.position,
        "position_abbr": person.position_abbr,
        "section_key": person.section_key,
        "phone": person.phone,
        "email": person.email,
        "note": person.note,
        "active": int(person.active),
        "left_on": person.left_on.isoformat() if person.left_on else None,
    }


class PeopleRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self, *, include_inactive: bool = True) -> list[Person]:
        where = "" if include_inactive else "WHERE active = 1"
        rows = self.db.query(f"SELECT * FROM people {where} ORDER BY id")
        return [_person(r) for r in rows]

    def get(self, person_id: int) -> Person:
        row = self.db.execute("SELECT * FROM people WHERE id = ?", (person_id,)).fetchone()
        if row is None:
            raise StoreError("store.no_person", id=person_id)
        return _person(row)

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM people").fetchone()[0])

    def find_same_name(self, person: Person) -> Person | None:
        """Another entry with the same first and last name (ranks change; people don't), by
        the names' normal form: look-alikes, and rows stored before names were normalised,
        are found too."""
        return next((other for other in self.all()
                     if other.key == person.key and other.id != person.id), None)

    def _validate(self, person: Person, unit_kind: UnitKind | None) -> None:
        problems = person_problems(person, unit_kind)
        if problems:
            raise ProblemsError(problems)

    def add(self, person: Person, unit_kind: UnitKind | None = None) -> Person:
        self._validate(person, unit_kind)
        stamp = _now()
        with self.db.transaction():
            cursor = self.db.execute(
                f"INSERT INTO people ({', '.join(COLUMNS)}, created_at, updated_at, "
                f"data_changed_on) VALUES ({', '.join(':' + c for c in COLUMNS)}, :stamp, "
                ":stamp, :today)",
                {**_values(person), "stamp": stamp, "today": _today()},
            )
        return replace(person, id=cursor.lastrowid, version=1)

    def add_many(self, people: Iterable[Person], unit_kind: UnitKind | None = None) -> int:
        """Add a whole imported roster in one transaction: all of it or none of it."""
        batch = list(people)
        for person in batch:
            self._validate(person, unit_kind)
        stamp = _now()
        with self.db.transaction():
            self.db.utils["people"].insert_all(
                ({**_values(p), "created_at": stamp, "updated_at": stamp,
                  "data_changed_on": _today()} for p in batch),
                batch_size=500,
            )
        return len(batch)

    def update(self, person: Person, unit_kind: UnitKind | None = None) -> Person:
        if person.id is None:
            raise StoreError("store.person_not_saved")
        self._validate(person, unit_kind)
        values = _values(person)
        with self.db.transaction():
            row = self._unchanged_since_read(person.id, person.version)
            printed_changed = any(row[c] != values[c] for c in PRINTED)
            self.db.execute(
                f"UPDATE people SET {', '.join(c + ' = :' + c for c in COLUMNS)}, "
                "updated_at = :stamp, data_changed_on = :changed, version = version + 1 "
                "WHERE id = :id",
                {**values, "stamp": _now(), "id": person.id,
                 "changed": _today() if printed_changed else row["data_changed_on"]},
            )
        return replace(person, version=row["version"] + 1)

    def _unchanged_since_read(self, person_id: int, version: int | None) -> sqlite3.Row:
        """The entry as saved now, inside the caller's write transaction (``BEGIN
        IMMEDIATE``: nobody else can save between this check and the caller's write).
        ``ChangedMeanwhileError`` when it is no longer the ``version`` the caller read."""
        row = self.db.execute("SELECT * FROM people WHERE id = ?", (person_id,)).fetchone()
        if row is None:
            raise StoreError("store.no_person", id=person_id)
        if version is not None and row["version"] != version:
            raise ChangedMeanwhileError(person_id, _person(row).display_name)
        return row

    def set_active(self, person_id: int, active: bool, on: date | None = None, *,
                   version: int | None = None) -> Person:
        """People leave the unit but stay in the roster, so old documents keep their names.
        ``version``: the revision the caller read (see ``Person.version``)."""
        left_on = None if active else (on or date.today()).isoformat()
        with self.db.transaction():
            self._unchanged_since_read(person_id, version)
            # Leaving takes a person off every printed list: the reports' data changed today
            # (the day it was recorded), whatever day the person left.
            self.db.execute(
                "UPDATE people SET active = ?, left_on = ?, updated_at = ?, "
                "data_changed_on = CASE WHEN active = ? THEN data_changed_on ELSE ? END, "
                "version = version + 1 WHERE id = ?",
                (int(active), left_on, _now(), int(active), _today(), person_id),
            )
        return self.get(person_id)

    def data_changed_on(self) -> date | None:
        """The last day anything the unit reports print of anyone changed (people who left
        included: their leaving changed the lists)."""
        row = self.db.execute("SELECT max(data_changed_on) FROM people").fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def signature(self, person_id: int) -> bytes | None:
        """The person's scanned signature (PNG), placed in signed-off reports."""
        row = self.db.execute("SELECT signature FROM people WHERE id = ?",
                              (person_id,)).fetchone()
        return bytes(row["signature"]) if row and row["signature"] is not None else None

    def set_signature(self, person_id: int, png: bytes | None) -> None:
        with self.db.transaction():
            # A new signature is a change of the entry: a window holding the old one is told.
            cursor = self.db.execute("UPDATE people SET signature = ?, updated_at = ?, "
                                     "version = version + 1 WHERE id = ?",
                                     (png, _now(), person_id))
            if cursor.rowcount != 1:
                raise StoreError("store.no_person", id=person_id)
