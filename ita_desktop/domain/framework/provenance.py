"""Values waiting for the unit to confirm them, and the stable key of an OIT item.

A framework marks, field by field, the values that did not come from the NACC's documents
(``Provenance.NOT_FROM_NACC``) and those copied forward into a year the NACC has not documented
yet (``Provenance.PROVISIONAL``). The window shows them as "confirm" until the unit confirms
them or edits them. An item's ``key`` stays with it when it is renumbered or copied forward.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from ita_desktop.domain.framework.fields import Report, as_object
from ita_desktop.domain.framework.model import (
    CATALOG_MARKABLE,
    ITEM_MARKABLE,
    Catalog,
    OitItem,
    Provenance,
)
from ita_desktop.domain.framework.problems import CatalogError, CatalogProblem

_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


def read_unconfirmed(
    obj: Mapping[str, Any], allowed: Iterable[str], where: str, report: Report
) -> dict[str, Provenance] | None:
    """``obj["unconfirmed"]``: field name -> why it waits; absent means every value confirmed."""
    if "unconfirmed" not in obj:
        return {}
    marks = as_object(obj["unconfirmed"], f"{where} unconfirmed", report)
    if marks is None:
        return None
    known = tuple(allowed)
    found: dict[str, Provenance] = {}
    ok = True
    for name, why in marks.items():
        if name not in known:
            report.add("unknown_field", f"{where} unconfirmed", key=name)
            ok = False
            continue
        try:
            found[name] = Provenance(why)
        except ValueError:
            report.add("not_one_of", f"{where} unconfirmed", key=name,
                       choices=", ".join(member.value for member in Provenance),
                       value=repr(why))
            ok = False
    # In field order, so a file and the database write the same text however it was marked.
    return {name: found[name] for name in known if name in found} if ok else None


def read_key(obj: Mapping[str, Any], code: str | None, where: str, report: Report) -> str | None:
    """``obj["key"]``: lower-case letters, digits and hyphens; the code in lower case when
    there is none (a file or database from before keys)."""
    if "key" not in obj:
        return None if code is None else code.lower()
    key = obj["key"]
    if not isinstance(key, str) or not key or not set(key) <= _KEY_CHARS:
        report.add("bad_item_key", where, value=repr(key))
        return None
    return key


def new_key(catalog: Catalog, code: str) -> str:
    """A key for a new item of ``catalog``: its code in lower case, made unique with the year
    and a count when an item renumbered away from that code still holds it."""
    taken = {item.key for item in catalog.oit_items}
    base = code.lower()
    if base not in taken:
        return base
    candidate = f"{base}-{catalog.fiscal_year}"
    count = 2
    while candidate in taken:
        candidate = f"{base}-{catalog.fiscal_year}-{count}"
        count += 1
    return candidate


def confirm_item(catalog: Catalog, code: str) -> Catalog:
    """A copy of ``catalog`` with every value of item ``code`` confirmed by the unit;
    ``CatalogError`` when there is no such item."""
    if not any(item.code == code for item in catalog.oit_items):
        raise CatalogError([CatalogProblem("framework.no_item", code=code)])
    items = [dataclasses.replace(item, unconfirmed={}) if item.code == code else item
             for item in catalog.oit_items]
    return dataclasses.replace(catalog, oit_items=items)


def confirm_parts(catalog: Catalog) -> Catalog:
    """A copy of ``catalog`` with its own parts (weights, samples, quotas, ...) confirmed."""
    return dataclasses.replace(catalog, unconfirmed={})


def mark_provisional(catalog: Catalog) -> Catalog:
    """A copy of ``catalog`` with every item field and every part waiting for confirmation as
    provisional, but for values already marked as not from the NACC's documents: that reason
    still holds in the new year and says more."""

    def marked(current: Mapping[str, Provenance], names: Iterable[str]) -> dict[str, Provenance]:
        return {name: current.get(name, Provenance.PROVISIONAL) for name in names}

    items = [dataclasses.replace(item, unconfirmed=marked(item.unconfirmed, ITEM_MARKABLE))
             for item in catalog.oit_items]
    return dataclasses.replace(catalog, oit_items=items,
                               unconfirmed=marked(catalog.unconfirmed, CATALOG_MARKABLE))


def edited(before: OitItem, after: OitItem) -> OitItem:
    """``after`` with the marks of the fields the unit changed removed: an edit is the unit's
    own value, so it needs no confirmation."""
    kept = {name: why for name, why in after.unconfirmed.items()
            if getattr(before, name) == getattr(after, name)}
    return dataclasses.replace(after, unconfirmed=kept)
