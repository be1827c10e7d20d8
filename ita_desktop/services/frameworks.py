"""The ITA framework's use cases: start a fiscal year, import and export a framework file,
add, change and remove the year's OIT items.

A new year starts from the unit's own latest earlier year, so its edits carry forward, else from
the framework shipped with the program: the rule spans the store (the unit's years) and the
shipped files (``exchange``), so it lives here rather than in the repository.

Each write reads the year's framework as stored, applies the domain's rule and saves it in one
transaction, so two edits never work from different copies.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ita_desktop.domain.fiscal import check_fiscal_year
from ita_desktop.domain.framework import (
    Catalog,
    CatalogError,
    OitItem,
    add_oit_item,
    confirm_item,
    confirm_parts,
    remove_oit_item,
    start_new_year,
    update_oit_item,
)
from ita_desktop.domain.units import unit_kind_info
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.exchange.framework_file import (
    latest_bundled_catalog,
    load_bundled_catalog,
    load_catalog_file,
    save_catalog_file,
)
from ita_desktop.services.roster import unit_kind
from ita_desktop.store.database import Database
from ita_desktop.store.frameworks import FrameworkRepository

register({
    "services.year_has_framework": QT_TRANSLATE_NOOP(
        "Errors", "Fiscal year %year already has a framework; nothing was changed."),
    "services.no_framework": QT_TRANSLATE_NOOP(
        "Errors", "Fiscal year %year has no framework yet; nothing was changed."),
    "services.framework_other_kind": QT_TRANSLATE_NOOP(
        "Errors", "The framework in the file is for '%found' units, but this unit uses "
        "'%expected'. Nothing was imported."),
    "services.framework_replaces": QT_TRANSLATE_NOOP(
        "Errors", "Fiscal year %year already has a framework; importing the file would replace "
        "it. Nothing was imported."),
})

def starting_point(frameworks: FrameworkRepository, framework: str, fiscal_year: int) -> Catalog:
    """What a new year's framework starts from: the unit's own latest earlier year of the same
    framework moved to the year, else the shipped framework of that year, else the latest
    shipped one moved to the year. ``CatalogError`` when there is nothing to start from."""
    earlier = [year for year in frameworks.years() if year < fiscal_year]
    for year in reversed(earlier):
        catalog = frameworks.get(year)
        if catalog is not None and catalog.framework == framework:
            return start_new_year(catalog, fiscal_year)
    try:
        return load_bundled_catalog(framework, fiscal_year)
    except CatalogError:
        pass
    latest = latest_bundled_catalog(framework)
    if latest.fiscal_year == fiscal_year:
        return latest
    return start_new_year(latest, fiscal_year)


def ensure_year(frameworks: FrameworkRepository, framework: str, fiscal_year: int) -> Catalog:
    """The framework of ``fiscal_year``, started (see ``starting_point``) and saved if the unit
    has none yet."""
    existing = frameworks.get(fiscal_year)
    if existing is not None:
        return existing
    catalog = starting_point(frameworks, framework, fiscal_year)
    frameworks.save(catalog)
    return catalog


ITEM_FIELDS = ("code", "indicator", "title", "components", "formats", "deadline", "points")


def framework_name(db: Database) -> str:
    """The framework the unit follows (police or immigration), from its kind."""
    return unit_kind_info(unit_kind(db)).framework


def start_year(db: Database, fiscal_year: int) -> Catalog:
    """Start ``fiscal_year``'s framework from the unit's latest earlier year (its edits carry
    forward), else from the bundled catalog; refused when the year already has one or is not
    a fiscal year ITA Desktop works with (``check_fiscal_year``)."""
    check_fiscal_year(fiscal_year)
    frameworks = FrameworkRepository(db)
    with db.transaction():
        if fiscal_year in frameworks.years():
            raise AppError("services.year_has_framework", year=fiscal_year)
        catalog = starting_point(frameworks, framework_name(db), fiscal_year)
        frameworks.save(catalog)
    return catalog


def read_framework_file(path: Path) -> Catalog:
    """A framework file, read and checked (``CatalogError`` says why it cannot be read or
    lists what is wrong). No database: a background job can run it."""
    return load_catalog_file(Path(path))


def import_framework(db: Database, catalog: Catalog, *, replace: bool = False,
                     other_kind: bool = False) -> Catalog:
    """Store ``catalog`` as the framework of its fiscal year.

    A framework for the other kind of unit, or one that would replace the year's framework, is
    refused unless the user agreed (``other_kind``, ``replace``).
    """
    # The reader takes any B.E. year (a stored framework of any year stays readable); a year
    # imported now must be one the program works with, as a year typed in the window must.
    check_fiscal_year(catalog.fiscal_year)
    expected = framework_name(db)
    if catalog.framework != expected and not other_kind:
        raise AppError("services.framework_other_kind", found=catalog.framework,
                       expected=expected)
    frameworks = FrameworkRepository(db)
    with db.transaction():
        if catalog.fiscal_year in frameworks.years() and not replace:
            raise AppError("services.framework_replaces", year=catalog.fiscal_year)
        frameworks.save(catalog)
    return catalog


def import_framework_file(db: Database, path: Path, *, replace: bool = False,
                          other_kind: bool = False) -> Catalog:
    return import_framework(db, read_framework_file(path), replace=replace,
                            other_kind=other_kind)


def export_framework(db: Database, fiscal_year: int, path: Path) -> Catalog:
    """Write the year's framework to ``path`` (atomically). ``CatalogError`` when its points do
    not add up, since such a file would be refused on import."""
    catalog = _stored(db, fiscal_year)
    save_catalog_file(catalog, Path(path))
    return catalog


def _stored(db: Database, fiscal_year: int) -> Catalog:
    catalog = FrameworkRepository(db).get(fiscal_year)
    if catalog is None:
        raise AppError("services.no_framework", year=fiscal_year)
    return catalog


def _edit(db: Database, fiscal_year: int, change: Callable[[Catalog], Catalog]) -> Catalog:
    with db.transaction():
        catalog = change(_stored(db, fiscal_year))
        FrameworkRepository(db).save(catalog)
    return catalog


def add_item(db: Database, fiscal_year: int, item: OitItem) -> Catalog:
    """Add an OIT item (``CatalogError`` for a duplicate code or a bad field)."""
    return _edit(db, fiscal_year, lambda catalog: add_oit_item(catalog, item))


def update_item(db: Database, fiscal_year: int, code: str, item: OitItem) -> Catalog:
    """Replace item ``code`` by ``item`` (which may carry a new code)."""
    changes = {name: getattr(item, name) for name in ITEM_FIELDS}
    return _edit(db, fiscal_year, lambda catalog: update_oit_item(catalog, code, **changes))


def remove_item(db: Database, fiscal_year: int, code: str) -> Catalog:
    return _edit(db, fiscal_year, lambda catalog: remove_oit_item(catalog, code))


def confirm_item_values(db: Database, fiscal_year: int, code: str) -> Catalog:
    """The unit confirms every value of item ``code`` that waited for it (a value not from the
    NACC's documents, or copied forward into a year no source documents yet)."""
    return _edit(db, fiscal_year, lambda catalog: confirm_item(catalog, code))


def confirm_framework_values(db: Database, fiscal_year: int) -> Catalog:
    """The unit confirms the year's own values that waited for it (weights, samples, quotas,
    groups, indicators, calendar)."""
    return _edit(db, fiscal_year, confirm_parts)
