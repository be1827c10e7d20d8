"""The unit's data as the unit reports use it, as plain JSON-ready values.

This is what a signed-off version freezes: the fact sheet and the roster are built from this
dictionary alone, so the same dictionary always gives the same document. It is made from the
profile and the people handed in (``services/reports.py`` reads them from the database).
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any

from ita_desktop.domain.committee import CommitteeOrder
from ita_desktop.domain.roster import Person, official_order
from ita_desktop.domain.section_heads import resolve_section_heads
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.domain.units import section_by_key, unit_kind_info
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

register({
    "report.no_unit": QT_TRANSLATE_NOOP(
        "Errors", "Fill in the unit profile (Unit & people tab) before exporting."),
})


class NoUnitError(AppError):
    """The unit profile has not been filled in yet."""

    def __init__(self) -> None:
        super().__init__("report.no_unit")


def _position(person: Person) -> str:
    return person.position_abbr or person.position


def _person(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.display_name,
        "position": _position(person),
        "section": person.section_key,
        "phone": person.phone,
        "email": person.email,
    }


def unit_data(unit: UnitProfile | None, people: Sequence[Person], emblem: bytes | None
              ) -> dict[str, Any]:
    """The unit reports' data from the profile (with its section heads and the date its data
    is as of), the people serving and the emblem; ``NoUnitError`` while the profile is not
    filled in. People are listed in official order, whatever order they come in."""
    if unit is None or not unit.full_name.strip():
        raise NoUnitError()
    info = unit_kind_info(unit.kind)
    serving = official_order((p for p in people if p.active), unit.kind, unit.commander_id)
    commander = next((p for p in serving if p.id == unit.commander_id), None)
    sections = []
    for head in resolve_section_heads(unit.kind, serving, unit.heads, unit.commander_id):
        # A head not confirmed (none recorded, or the recorded one left or moved) is the
        # suggestion, and the document marks it as such.
        sections.append({"key": head.section.key, "name": head.section.thai,
                         "count": len(head.members),
                         "head": _person(head.head) if head.head else None,
                         "confirmed": head.confirmed})
    known = {s.key for s in info.sections}
    return {
        # The day the printed data last changed (kept by the store), not the day of printing:
        # the same data gives the same document and fingerprint on any day.
        "as_of": unit.data_as_of.isoformat() if unit.data_as_of else None,
        "unit": {
            "kind": str(unit.kind), "kind_name": info.thai, "full_name": unit.full_name,
            "short_name": unit.short_name, "parent_bureau": unit.parent_bureau,
            "address": unit.address, "phone": unit.phone, "email": unit.email,
            "website": unit.website,
        },
        "emblem_png": base64.b64encode(emblem).decode("ascii") if emblem else None,
        "commander": _person(commander) if commander else None,
        "sections": sections,
        "people": [_person(p) for p in serving],
        "unassigned": sum(1 for p in serving if p.section_key not in known),
    }


def section_name(kind: str, key: str) -> str:
    try:
        return section_by_key(kind, key).thai
    except (KeyError, ValueError):
        return ""


def emblem_bytes(data: dict[str, Any]) -> bytes | None:
    encoded = data.get("emblem_png")
    return base64.b64decode(encoded) if encoded else None


def cited_order(order: CommitteeOrder | None) -> dict[str, str] | None:
    """The committee order a table is cited to, as its data keeps it (number N/YYYY and
    date); None when the year has none."""
    if order is None:
        return None
    return {"number": f"{order.number}/{order.number_year}", "dated": order.dated.isoformat()}
