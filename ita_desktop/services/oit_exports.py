"""The OIT files the unit hands on outside the committee: the year's web page for the
webmaster (``exchange/oit_web_page.py``) and the EIT(2) contact workbook for ITAP's upload
(``exchange/eit2_contacts.py``). Both read the year as the tab shows it (``services.oit``), so
the page lists exactly the links the tab records."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ita_desktop.exchange.eit2_contacts import ordered, write_contacts
from ita_desktop.exchange.oit_web_page import write_web_page
from ita_desktop.reports.unit_data import NoUnitError
from ita_desktop.services.oit import oit_year
from ita_desktop.store.database import Database
from ita_desktop.store.settings import SettingsRepository
from ita_desktop.store.unit import UnitRepository


def export_web_page(db: Database, fiscal_year: int, path: Path,
                    today: date | None = None) -> int:
    """Write the year's OIT web page to ``path``, whole or not at all, as of ``today`` (by
    default the real today), in the unit's digits; return the number of items on it.
    ``NoUnitError`` while the unit profile has no name: a page without the unit's name would
    not tell the assessors whose items they are."""
    unit = UnitRepository(db).get()
    if unit is None or not unit.full_name.strip():
        raise NoUnitError()
    year = oit_year(db, fiscal_year)
    digits = SettingsRepository(db).load().digit_style
    return write_web_page(path, year, unit.full_name, today or date.today(), digits)


def export_contacts(db: Database, fiscal_year: int, path: Path) -> int:
    """Write the year's EIT(2) contacts to ``path`` as ITAP's upload workbook, by stakeholder
    group in the catalog's order; return the number of contacts written."""
    year = oit_year(db, fiscal_year)
    groups = [group.description for group in year.catalog.eit2_groups]
    return write_contacts(path, ordered(year.contacts, groups))
