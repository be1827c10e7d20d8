"""The committee orders of each fiscal year: SQL in, ``CommitteeOrder`` dataclasses out.

An order is one row of ``committee_orders`` and its ordered parts (members, preamble, duties,
ITAP administrators) in tables of their own; a save rewrites the parts whole, in the order
given. The rules of an order (one head, a number once a year, …) are the domain's
``order_problems``, run by the services inside the same write transaction as the save; this
module only refuses what would corrupt the rows: a save over someone else's change, and the
deletion of an order that other records point at.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime

from ita_desktop.domain.committee import (
    Amendment,
    CommitteeOrder,
    ItapAdmin,
    Member,
    Role,
    register_key,
)
from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.signoff import SubjectKind
from ita_desktop.errors import QT_TRANSLATE_NOOP, register
from ita_desktop.store.database import Database
from ita_desktop.store.errors import StoreError

register({
    "store.no_order": QT_TRANSLATE_NOOP(
        "Errors", "There is no committee order number %id (someone else may have deleted it). "
        "Nothing was changed."),
    "store.order_not_saved": QT_TRANSLATE_NOOP(
        "Errors", "This order was never saved, so there is nothing to update."),
    "store.order_changed_meanwhile": QT_TRANSLATE_NOOP(
        "Errors", "Order %number was changed in another window or on another computer after "
        "you opened it, so your change was not saved (it would have undone theirs)."),
    "store.order_signed_off": QT_TRANSLATE_NOOP(
        "Errors", "Order %number has been signed off and is kept in the register of signed "
        "documents, so it cannot be deleted. To change the committee, issue an order that "
        "amends it."),
    "store.order_amended": QT_TRANSLATE_NOOP(
        "Errors", "Order %number is amended by order %by, so it cannot be deleted: the later "
        "order refers to it. Delete the amending order first."),
})

COLUMNS = ("fiscal_year", "number", "dated", "subject", "body", "effective_on", "signer_id",
           "amends_id", "amendment")


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


class OrderChangedMeanwhileError(StoreError):
    """The order was saved by someone else since it was read; nothing was written."""

    def __init__(self, order_id: int, number: str) -> None:
        self.order_id = order_id
        super().__init__("store.order_changed_meanwhile", number=number)


def _values(order: CommitteeOrder) -> dict[str, object]:
    return {
        "fiscal_year": order.fiscal_year,
        "number": order.number,
        "dated": order.dated.isoformat(),
        "subject": order.subject.strip(),
        "body": order.body.strip(),
        "effective_on": order.effective_on.isoformat() if order.effective_on else None,
        "signer_id": order.signer_id,
        "amends_id": order.amends_id,
        "amendment": order.amendment.value if order.amendment else None,
    }


class OrderRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # Reading -----------------------------------------------------------------------------

    def _orders(self, where: str = "", params: tuple[object, ...] = ()) -> list[CommitteeOrder]:
        rows = self.db.query(f"SELECT * FROM committee_orders {where} ORDER BY dated, id",
                             params)
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        marks = ", ".join("?" * len(ids))

        def parts(table: str, columns: str) -> dict[int, list[sqlite3.Row]]:
            found: dict[int, list[sqlite3.Row]] = {}
            for part in self.db.query(
                    f"SELECT order_id, {columns} FROM {table} WHERE order_id IN ({marks}) "
                    "ORDER BY order_id, position", tuple(ids)):
                found.setdefault(part["order_id"], []).append(part)
            return found

        members = parts("committee_members", "person_id, role, role_text")
        preamble = parts("committee_preamble", "text")
        duties = parts("committee_duties", "text")
        admins = parts("committee_itap_admins", "person_id, duty")
        return [CommitteeOrder(
            id=row["id"],
            fiscal_year=row["fiscal_year"],
            number=row["number"],
            dated=date.fromisoformat(row["dated"]),
            subject=row["subject"],
            body=row["body"],
            effective_on=date.fromisoformat(row["effective_on"]) if row["effective_on"]
            else None,
            signer_id=row["signer_id"],
            amends_id=row["amends_id"],
            amendment=Amendment(row["amendment"]) if row["amendment"] else None,
            preamble=tuple(p["text"] for p in preamble.get(row["id"], [])),
            members=tuple(Member(m["person_id"], Role(m["role"]), m["role_text"])
                          for m in members.get(row["id"], [])),
            duties=tuple(d["text"] for d in duties.get(row["id"], [])),
            itap_admins=tuple(ItapAdmin(a["person_id"], a["duty"])
                              for a in admins.get(row["id"], [])),
            version=row["version"],
        ) for row in rows]

    def of_year(self, fiscal_year: int) -> list[CommitteeOrder]:
        """The orders of ``fiscal_year``, by date."""
        return self._orders("WHERE fiscal_year = ?", (fiscal_year,))

    def all(self) -> list[CommitteeOrder]:
        """Every order of every year: a number is checked against the orders of its B.E.
        calendar year, which holds orders of two fiscal years (Oct–Dec starts the next)."""
        return self._orders()

    def get(self, order_id: int) -> CommitteeOrder:
        found = self._orders("WHERE id = ?", (order_id,))
        if not found:
            raise StoreError("store.no_order", id=order_id)
        return found[0]

    def signed_off(self, order: CommitteeOrder) -> bool:
        """Whether the register holds a signed-off document about this order."""
        row = self.db.execute(
            "SELECT 1 FROM reports WHERE subject_kind = ? AND subject_key = ? LIMIT 1",
            (str(SubjectKind.ORDER), register_key(order))).fetchone()
        return row is not None

    # Writing -----------------------------------------------------------------------------

    def add(self, order: CommitteeOrder) -> CommitteeOrder:
        """Store a new order (``order.id`` is ignored); returns it with its id and version."""
        stamp = _now()
        with self.db.transaction():
            cursor = self.db.execute(
                f"INSERT INTO committee_orders ({', '.join(COLUMNS)}, created_at, updated_at) "
                f"VALUES ({', '.join(':' + c for c in COLUMNS)}, :stamp, :stamp)",
                {**_values(order), "stamp": stamp})
            order_id = int(cursor.lastrowid or 0)
            self._write_parts(order_id, order)
        return replace(order, id=order_id, version=1)

    def update(self, order: CommitteeOrder) -> CommitteeOrder:
        """Save a changed order over the revision it was read as (``order.version``); a save
        over someone else's change since is refused (``OrderChangedMeanwhileError``)."""
        if order.id is None:
            raise StoreError("store.order_not_saved")
        with self.db.transaction():
            stored = self.check_unchanged(order.id, order.version)
            self.db.execute(
                f"UPDATE committee_orders SET {', '.join(c + ' = :' + c for c in COLUMNS)}, "
                "updated_at = :stamp, version = version + 1 WHERE id = :id",
                {**_values(order), "stamp": _now(), "id": order.id})
            for table in ("committee_members", "committee_preamble", "committee_duties",
                          "committee_itap_admins"):
                self.db.execute(f"DELETE FROM {table} WHERE order_id = ?", (order.id,))
            self._write_parts(order.id, order)
        return replace(order, version=stored["version"] + 1)

    def delete(self, order_id: int, version: int | None = None) -> None:
        """Remove an order typed by mistake. Refused for an order signed off (the register
        keeps its document, which must still match an order the program knows) and for one
        another order amends (that order names it in its text): both have left the program;
        a change of the committee from then on is a new, amending order."""
        with self.db.transaction():
            self.check_unchanged(order_id, version)
            order = self.get(order_id)
            if self.signed_off(order):
                raise StoreError("store.order_signed_off",
                                 number=order.number_text(DigitStyle.ARABIC))
            by = self.db.execute(
                "SELECT id FROM committee_orders WHERE amends_id = ? ORDER BY dated, id LIMIT 1",
                (order_id,)).fetchone()
            if by is not None:
                raise StoreError("store.order_amended",
                                 number=order.number_text(DigitStyle.ARABIC),
                                 by=self.get(by["id"]).number_text(DigitStyle.ARABIC))
            self.db.execute("DELETE FROM committee_orders WHERE id = ?", (order_id,))

    def check_unchanged(self, order_id: int, version: int | None) -> sqlite3.Row:
        """The order's row as saved now, inside the caller's write transaction (``BEGIN
        IMMEDIATE``: nobody else can save between this check and the write)."""
        row = self.db.execute("SELECT * FROM committee_orders WHERE id = ?",
                              (order_id,)).fetchone()
        if row is None:
            raise StoreError("store.no_order", id=order_id)
        if version is not None and row["version"] != version:
            stored = self.get(order_id)
            raise OrderChangedMeanwhileError(order_id, stored.number_text(DigitStyle.ARABIC))
        return row

    def _write_parts(self, order_id: int, order: CommitteeOrder) -> None:
        self.db.conn.executemany(
            "INSERT INTO committee_members (order_id, position, person_id, role, role_text) "
            "VALUES (?, ?, ?, ?, ?)",
            [(order_id, i, m.person_id, m.role.value, m.role_text.strip())
             for i, m in enumerate(order.members, 1)])
        for table, texts in (("committee_preamble", order.preamble),
                             ("committee_duties", order.duties)):
            self.db.conn.executemany(
                f"INSERT INTO {table} (order_id, position, text) VALUES (?, ?, ?)",
                [(order_id, i, text.strip()) for i, text in enumerate(texts, 1)])
        self.db.conn.executemany(
            "INSERT INTO committee_itap_admins (order_id, position, person_id, duty) "
            "VALUES (?, ?, ?, ?)",
            [(order_id, i, a.person_id, a.duty.strip())
             for i, a in enumerate(order.itap_admins, 1)])
