"""The unit profile row, its emblem image and the heads of its sections."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime

from ita_desktop.domain.unit_profile import UnitProfile, normalised_profile, unit_problems
from ita_desktop.domain.units import UnitKind, section_by_key
from ita_desktop.errors import QT_TRANSLATE_NOOP, register
from ita_desktop.store.database import Database
from ita_desktop.store.errors import ChangedMeanwhileError, ProblemsError, StoreError
from ita_desktop.store.people import PeopleRepository

register({
    "store.head_unknown_section": QT_TRANSLATE_NOOP(
        "Errors", "This kind of unit has no section '%section', so no head can be recorded for "
        "it. Nothing was changed."),
    "store.head_not_serving": QT_TRANSLATE_NOOP(
        "Errors", "%name cannot be recorded as head of %section: they have left the unit or "
        "are not in the roster. Nothing was changed."),
    "store.head_other_section": QT_TRANSLATE_NOOP(
        "Errors", "%name cannot be recorded as head of %section: the roster has them in "
        "another section. Nothing was changed."),
})

FIELDS = ("full_name", "short_name", "parent_bureau", "address", "phone", "email", "website")
# Everything of the row the unit reports print: a change moves ``data_changed_on``.
PRINTED = (*FIELDS, "kind", "commander_id")


def _today() -> str:
    return date.today().isoformat()


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
        version=row["version"],
    )


class UnitRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> UnitProfile | None:
        row = self.db.execute(
            f"SELECT kind, {', '.join(FIELDS)}, commander_id, emblem IS NOT NULL AS has_emblem, "
            "data_changed_on, version FROM unit WHERE id = 1"
        ).fetchone()
        if row is None:
            return None
        # The reports' data is as of the later of the profile's last change and the roster's.
        dates = [PeopleRepository(self.db).data_changed_on()]
        if row["data_changed_on"]:
            dates.append(date.fromisoformat(row["data_changed_on"]))
        as_of = max((d for d in dates if d is not None), default=None)
        return replace(_profile(row), section_heads=self._heads(), data_as_of=as_of)

    def date_data(self, day: date) -> None:
        """Record the profile and every roster row as last changed on ``day``: the demo's
        made-up data is as of the demo's own day, not of the moment its file was built."""
        with self.db.transaction():
            self.db.execute("UPDATE unit SET data_changed_on = ?", (day.isoformat(),))
            self.db.execute("UPDATE people SET data_changed_on = ?", (day.isoformat(),))

    def _heads(self) -> tuple[tuple[str, int], ...]:
        return tuple((r["section_key"], r["person_id"]) for r in self.db.query(
            "SELECT section_key, person_id FROM section_heads ORDER BY section_key"))

    def save(self, unit: UnitProfile) -> UnitProfile:
        """Save the profile with its section heads (which replace the recorded ones).

        A head newly recorded must serve in that section; one recorded before is kept as it
        is even if it has since left or moved, so the window goes on saying so until another
        is chosen.

        ``unit.version`` names the revision the form was filled from (0: no profile yet);
        someone else's save since raises ``ChangedMeanwhileError``, the heads included."""
        problems = unit_problems(unit)
        if problems:
            raise ProblemsError(problems)
        stored = normalised_profile(unit)
        values: dict[str, object] = {f: getattr(stored, f) for f in FIELDS}
        values.update(kind=str(unit.kind), commander_id=unit.commander_id)
        with self.db.transaction():
            if unit.commander_id is not None:
                found = self.db.execute(
                    "SELECT 1 FROM people WHERE id = ?", (unit.commander_id,)
                ).fetchone()
                if not found:
                    raise StoreError("store.commander_not_in_roster")
            old = self.db.execute(f"SELECT {', '.join(PRINTED)}, data_changed_on, version "
                                  "FROM unit WHERE id = 1").fetchone()
            current = old["version"] if old is not None else 0
            if unit.version is not None and unit.version != current:
                raise ChangedMeanwhileError()
            old_heads = dict(self._heads())
            heads = unit.heads
            for section_key, person_id in heads.items():
                if old_heads.get(section_key) != person_id:
                    self._check_head(unit.kind, section_key, person_id)
            changed = (old is None or any(old[c] != values[c] for c in PRINTED)
                       or heads != old_heads)
            values.update(updated_at=datetime.now().isoformat(timespec="seconds"),
                          data_changed_on=_today() if changed else old["data_changed_on"],
                          version=current + 1)
            columns = list(values)
            updates = ", ".join(f"{c} = excluded.{c}" for c in columns)
            self.db.execute(
                f"INSERT INTO unit (id, {', '.join(columns)}) "
                f"VALUES (1, {', '.join(':' + c for c in columns)}) "
                f"ON CONFLICT (id) DO UPDATE SET {updates}",
                values,
            )
            if heads != old_heads:
                self.db.execute("DELETE FROM section_heads")
                for section_key, person_id in heads.items():
                    self.db.execute("INSERT INTO section_heads (section_key, person_id) "
                                    "VALUES (?, ?)", (section_key, person_id))
        saved = self.get()
        assert saved is not None
        return saved

    def _check_head(self, kind: UnitKind, section_key: str, person_id: int) -> None:
        try:
            section = section_by_key(kind, section_key).thai
        except KeyError:
            raise StoreError("store.head_unknown_section", section=section_key) from None
        row = self.db.execute("SELECT rank_key, female, acting, first_name, last_name, "
                              "section_key, active FROM people WHERE id = ?",
                              (person_id,)).fetchone()
        if row is None or not row["active"]:
            name = f"{row['first_name']} {row['last_name']}" if row else f"#{person_id}"
            raise StoreError("store.head_not_serving", name=name, section=section)
        if row["section_key"] != section_key:
            raise StoreError("store.head_other_section",
                             name=f"{row['first_name']} {row['last_name']}", section=section)

    def emblem(self) -> bytes | None:
        row = self.db.execute("SELECT emblem FROM unit WHERE id = 1").fetchone()
        return bytes(row["emblem"]) if row and row["emblem"] is not None else None

    def set_emblem(self, png: bytes | None) -> None:
        with self.db.transaction():
            cursor = self.db.execute(
                # The fact sheet prints the emblem: a new one is a change of its data.
                "UPDATE unit SET updated_at = ?, data_changed_on = CASE WHEN emblem IS ? THEN "
                "data_changed_on ELSE ? END, emblem = ? WHERE id = 1",
                (datetime.now().isoformat(timespec="seconds"), png, _today(), png),
            )
            if cursor.rowcount != 1:
                raise StoreError("store.emblem_before_profile")
