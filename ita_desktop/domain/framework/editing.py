"""Editing a year's OIT items: add, remove, change.

The helpers are lenient about exactly one thing, the points balance (the OIT items adding up to
the OIT weight, and the items of each sub-indicator to its points), because a secretary who adds
an item and then re-weights the others passes through unbalanced states; ``catalog_problems``
reports the imbalance so the screen can show it until it is fixed. Every other problem makes
them raise ``CatalogError``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ita_desktop.domain.framework.model import Catalog, OitItem
from ita_desktop.domain.framework.problems import CatalogError, CatalogProblem
from ita_desktop.domain.framework.provenance import edited, new_key
from ita_desktop.domain.framework.reading import checked
from ita_desktop.domain.framework.sections import code_number


def _find_item(catalog: Catalog, code: str) -> int:
    for index, item in enumerate(catalog.oit_items):
        if item.code == code:
            return index
    raise CatalogError([CatalogProblem("framework.no_item", code=code)])


def add_oit_item(catalog: Catalog, item: OitItem) -> Catalog:
    """A copy of ``catalog`` with ``item`` added in code order.

    Raises ``CatalogError`` for a duplicate code or any invalid field, but not for the OIT
    points no longer adding up (see ``catalog_problems``).
    """
    if not isinstance(item, OitItem):
        raise CatalogError([CatalogProblem("framework.not_an_item", type=type(item).__name__)])
    if any(existing.code == item.code for existing in catalog.oit_items):
        raise CatalogError([CatalogProblem("framework.item_exists", code=item.code)])
    if not item.key:
        item = dataclasses.replace(item, key=new_key(catalog, str(item.code)))
    # Stable sort by number keeps the existing order and puts O25 after O24; a malformed code
    # sorts first and is then reported by the check.
    items = sorted([*catalog.oit_items, item], key=lambda entry: code_number(str(entry.code)))
    return checked(dataclasses.replace(catalog, oit_items=items))


def remove_oit_item(catalog: Catalog, code: str) -> Catalog:
    """A copy of ``catalog`` without item ``code``; ``CatalogError`` if there is none.

    The remaining points are left as they are, so they may no longer add up to the OIT weight.
    """
    index = _find_item(catalog, code)
    items = [item for position, item in enumerate(catalog.oit_items) if position != index]
    return checked(dataclasses.replace(catalog, oit_items=items))


def update_oit_item(catalog: Catalog, code: str, /, **changes: Any) -> Catalog:
    """A copy of ``catalog`` with fields of item ``code`` changed, e.g.
    ``update_oit_item(c, "O4", points=Decimal("2"), formats=["PDF", "URL"])``.

    Raises ``CatalogError`` for an unknown item or field, a new code already in use, or an
    invalid value; not for the OIT points no longer adding up.
    """
    index = _find_item(catalog, code)
    names = {field.name for field in dataclasses.fields(OitItem)}
    unknown = sorted(set(changes) - names)
    if unknown:
        fields = ", ".join(sorted(names))
        raise CatalogError(
            [CatalogProblem("framework.no_such_field", name=name, fields=fields)
             for name in unknown]
        )
    new_code = changes.get("code", code)
    if new_code != code and any(item.code == new_code for item in catalog.oit_items):
        raise CatalogError([CatalogProblem("framework.item_exists", code=new_code)])
    items = list(catalog.oit_items)
    # The key is kept, so a renumbered item (a new code) is still the same item; the fields
    # the unit changed are its own values and no longer wait for confirmation.
    items[index] = edited(items[index], dataclasses.replace(items[index], **changes))
    return checked(dataclasses.replace(catalog, oit_items=items))
