"""The unit profile row and its emblem image."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from ita_desktop.domain.roster import normalize_space
from ita_desktop.domain.unit_profile import UnitProfile, unit_problems
from ita_desktop.domain.units import UnitKind
from ita_desktop.store.database import Database
from ita_desktop.store.errors import ProblemsError, StoreError

FIELDS = ("full_name", "short_name", "parent_bureau", "address", "phone", "email", "website")


def _profile(row: sqlite3.Row) -> UnitProfile:
    return UnitProfile(
        kind=UnitKind(row["kind"]),
        full_name=row["full_name"],
        short_name=row["short_name"],
        parent_bureau=row["parent_bureau"],
        address=row["address"],
        phone=row["phone"],
        email=row["email"],
        website=row["website"],
        commander_id=row["commander_id"],
        has_emblem=bool(row["has_emblem"]),
    )


class UnitRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> UnitProfile | None:
        row = self.db.execute(
            f"SELECT kind, {', '.join(FIELDS)}, commander_id, emblem IS NOT NULL AS has_emblem "
            "FROM unit WHERE id = 1"
        ).fetchone()
        return _profile(row) if row else None

    def save(self, unit: UnitProfile) -> UnitProfile:
        problems = unit_problems(unit)
        if problems:
            raise ProblemsError(problems)
        values = {f: normalize_space(getattr(unit, f)) for f in FIELDS if f != "address"}
        values["address"] = unit.address.strip()
        values.update(kind=str(unit.kind), commander_id=unit.commander_id,
                      updated_at=datetime.now().isoformat(timespec="seconds"))
        columns = list(values)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns)
        with self.db.transaction():
            if unit.commander_id is not None:
                found = self.db.execute(
                    "SELECT 1 FROM people WHERE id = ?", (unit.commander_id,)
                ).fetchone()
                if not found:
                    raise StoreError("store.commander_not_in_roster")
            self.db.execute(
                f"INSERT INTO unit (id, {', '.join(columns)}) "
                f"VALUES (1, {', '.join(':' + c for c in columns)}) "
                f"ON CONFLICT (id) DO UPDATE SET {updates}",
                values,
            )
        saved = self.get()
        assert saved is not None
        return saved

    def emblem(self) -> bytes | None:
        row = self.db.execute("SELECT emblem FROM unit WHERE id = 1").fetchone()
        return bytes(row["emblem"]) if row and row["emblem"] is not None else None

    def set_emblem(self, png: bytes | None) -> None:
        with self.db.transaction():
            cursor = self.db.execute(
                "UPDATE unit SET emblem = ?, updated_at = ? WHERE id = 1",
                (png, datetime.now().isoformat(timespec="seconds")),
            )
            if cursor.rowcount != 1:
                raise StoreError("store.emblem_before_profile")
