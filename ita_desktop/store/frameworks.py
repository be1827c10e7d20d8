"""The ITA framework (catalog) of each fiscal year, as the unit has adopted and edited it.

OIT items are rows of their own, keyed by (fiscal year, code), because the year's assignments
will point at them; the rest of a catalog is small and kept as JSON beside them.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ita_desktop.store.database import Database
from ita_desktop.store.errors import StoreError

if TYPE_CHECKING:
    from ita_desktop.domain.framework import Catalog

# The framework package (validation) is imported where a framework is read or written, not
# with this module: the window must open before anyone looks at a framework.

JSON_PARTS = ("weights", "minimum_samples", "eit_quotas", "eit2_groups", "indicators",
              "sample_targets", "unconfirmed")


class FrameworkRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def years(self) -> list[int]:
        return [int(r[0]) for r in self.db.query(
            "SELECT fiscal_year FROM frameworks ORDER BY fiscal_year"
        )]

    def get(self, fiscal_year: int) -> Catalog | None:
        import json

        from ita_desktop.domain.framework import CatalogError, catalog_from_dict

        head = self.db.execute(
            "SELECT * FROM frameworks WHERE fiscal_year = ?", (fiscal_year,)
        ).fetchone()
        if head is None:
            return None
        data: dict[str, object] = {
            "framework": head["framework"],
            "fiscal_year": head["fiscal_year"],
            "title": head["title"],
            "notes": head["notes"],
        }
        for part in JSON_PARTS:
            data[part] = json.loads(head[part])
        data["oit_items"] = [
            {
                "code": r["code"],
                "indicator": r["indicator"],
                "title": r["title"],
                "components": json.loads(r["components"]),
                "formats": json.loads(r["formats"]),
                "deadline": {
                    "kind": r["deadline_kind"],
                    "date": r["deadline_date"],
                    "day": r["deadline_day"],
                    "text": r["deadline_text"],
                },
                "points": r["points"],
                "key": r["item_key"],
                "unconfirmed": json.loads(r["unconfirmed"]),
            }
            for r in self.db.query(
                "SELECT * FROM framework_oit_items WHERE fiscal_year = ? ORDER BY position",
                (fiscal_year,),
            )
        ]
        data["calendar"] = [
            {
                "order": r["position"],
                "title": r["title"],
                "start": r["start_date"],
                "end": r["end_date"],
                "description": r["description"],
                "responsible": r["responsible"],
                "group": r["phase_group"],
            }
            for r in self.db.query(
                "SELECT * FROM framework_phases WHERE fiscal_year = ? ORDER BY position",
                (fiscal_year,),
            )
        ]
        try:
            return catalog_from_dict(data, allow_unbalanced=True)
        except CatalogError as exc:
            raise StoreError(
                f"The ITA framework of fiscal year {fiscal_year} in the database cannot be read: "
                f"{exc}"
            ) from exc

    def save(self, catalog: Catalog) -> None:
        """Store ``catalog`` as the framework of its fiscal year, replacing what was there."""
        import json

        from ita_desktop.domain.framework import catalog_to_dict

        data = catalog_to_dict(catalog)
        # The file form leaves out what most frameworks do not have; the columns hold it all.
        data.setdefault("sample_targets", {})
        data.setdefault("unconfirmed", {})
        fy = catalog.fiscal_year
        stamp = datetime.now().isoformat(timespec="seconds")
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO frameworks (fiscal_year, framework, title, notes, "
                f"{', '.join(JSON_PARTS)}, updated_at) VALUES (:fiscal_year, :framework, :title, "
                f":notes, {', '.join(':' + p for p in JSON_PARTS)}, :stamp) "
                "ON CONFLICT (fiscal_year) DO UPDATE SET framework = excluded.framework, "
                "title = excluded.title, notes = excluded.notes, "
                + ", ".join(f"{p} = excluded.{p}" for p in JSON_PARTS)
                + ", updated_at = excluded.updated_at",
                {
                    "fiscal_year": fy, "framework": catalog.framework, "title": catalog.title,
                    "notes": catalog.notes, "stamp": stamp,
                    **{p: json.dumps(data[p], ensure_ascii=False) for p in JSON_PARTS},
                },
            )
            codes = [item["code"] for item in data["oit_items"]]
            self.db.execute(
                "DELETE FROM framework_oit_items WHERE fiscal_year = ? AND code NOT IN "
                f"({', '.join('?' for _ in codes)})",
                (fy, *codes),
            )
            # Two items may swap keys or codes in one save (a renumbering); the unique key
            # index is checked per statement, so the kept rows first take keys no item has.
            self.db.execute(
                "UPDATE framework_oit_items SET item_key = '~' || code WHERE fiscal_year = ?",
                (fy,),
            )
            for position, item in enumerate(data["oit_items"], start=1):
                deadline = item["deadline"]
                self.db.execute(
                    "INSERT INTO framework_oit_items (fiscal_year, code, position, indicator, "
                    "title, components, formats, deadline_kind, deadline_date, deadline_day, "
                    "deadline_text, points, item_key, unconfirmed) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (fiscal_year, code) DO UPDATE SET position = excluded.position, "
                    "indicator = excluded.indicator, title = excluded.title, "
                    "components = excluded.components, formats = excluded.formats, "
                    "deadline_kind = excluded.deadline_kind, "
                    "deadline_date = excluded.deadline_date, "
                    "deadline_day = excluded.deadline_day, "
                    "deadline_text = excluded.deadline_text, points = excluded.points, "
                    "item_key = excluded.item_key, unconfirmed = excluded.unconfirmed",
                    (
                        fy, item["code"], position, item["indicator"], item["title"],
                        json.dumps(item["components"], ensure_ascii=False),
                        json.dumps(item["formats"], ensure_ascii=False),
                        deadline["kind"], deadline["date"], deadline["day"], deadline["text"],
                        str(item["points"]), item["key"],
                        json.dumps(item.get("unconfirmed", {}), ensure_ascii=False),
                    ),
                )
            self.db.execute("DELETE FROM framework_phases WHERE fiscal_year = ?", (fy,))
            self.db.conn.executemany(
                "INSERT INTO framework_phases (fiscal_year, position, title, start_date, "
                "end_date, description, responsible, phase_group) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (fy, phase["order"], phase["title"], phase["start"], phase["end"],
                     phase["description"], phase["responsible"], phase["group"])
                    for phase in data["calendar"]
                ],
            )

    def delete(self, fiscal_year: int) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM frameworks WHERE fiscal_year = ?", (fiscal_year,))
