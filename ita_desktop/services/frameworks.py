"""Starting a fiscal year's ITA framework: from the unit's own latest earlier year, so its edits
carry forward, else from the framework shipped with the program.

The rule spans the store (the unit's years) and the shipped files (``exchange``), so it lives
here rather than in the repository, which speaks SQL and nothing else.
"""

from __future__ import annotations

from ita_desktop.domain.framework import Catalog, CatalogError, start_new_year
from ita_desktop.exchange.framework_file import latest_bundled_catalog, load_bundled_catalog
from ita_desktop.store.frameworks import FrameworkRepository


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
