"""The files the window saves besides reports, on the command line too: the roster workbook and
its import template, a fiscal year's framework file, the year's dates as an .ics file, the
year's OIT web page and the EIT(2) contact workbook for ITAP (the backups are
``cli/backups.py``).

``export NAME --out FILE`` writes them (``export --list`` names them after the reports);
``backup --out FILE`` uses the same ``--out`` and ``--force``. No command replaces an
existing file unless ``--force`` is given (``check_out``): a signed-off report once lost to a
draft saved at its path is the reason.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

if TYPE_CHECKING:
    from ita_desktop.store.database import Database


register({
    "cli.file_exists": QT_TRANSLATE_NOOP(
        "Errors", "'%path' already exists and was left as it is. Give another name with "
        "--out, or add --force to replace it."),
})

FORCE_HELP = "replace FILE if it exists (without --force an existing file is left as it is)"


def add_out_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    """``--out FILE`` and ``--force``, the same for every command that writes a file."""
    parser.add_argument("--out", type=Path, required=required, metavar="FILE",
                        help="the file to write; an existing file is replaced only with "
                        "--force")
    parser.add_argument("--force", action="store_true", help=FORCE_HELP)


def check_out(path: Path, force: bool) -> None:
    """Refuse to write over an existing file unless ``--force`` was given."""
    if not force and Path(path).exists():
        raise AppError("cli.file_exists", path=path)


@dataclass(frozen=True)
class FileExport:
    key: str
    description: str
    format: str
    write: Callable[[Database, argparse.Namespace, Path], str]
    """Writes the file; returns what to tell the user."""


def _roster_workbook(db: Database, args: argparse.Namespace, out: Path) -> str:
    from ita_desktop.domain.digits import DigitStyle
    from ita_desktop.services import roster
    from ita_desktop.store.settings import SettingsRepository

    digits = DigitStyle(args.digits) if args.digits else SettingsRepository(db).load().digit_style
    written = roster.export_roster_of(db, out, digits)
    return f"Wrote '{out}': {written} people (those who left included)."


def _roster_template(db: Database, args: argparse.Namespace, out: Path) -> str:
    from ita_desktop.services import roster

    roster.save_template(out, roster.unit_kind(db))
    return f"Wrote '{out}': the blank roster workbook to fill in and import."


def _framework(db: Database, args: argparse.Namespace, out: Path) -> str:
    from ita_desktop.domain.fiscal import current_fiscal_year
    from ita_desktop.services import frameworks
    from ita_desktop.store.settings import SettingsRepository

    year = args.year or SettingsRepository(db).load().fiscal_year or current_fiscal_year()
    catalog = frameworks.export_framework(db, year, out)
    return (f"Wrote '{out}': the framework of fiscal year {catalog.fiscal_year}, "
            f"{len(catalog.oit_items)} OIT items.")


def _year_calendar(db: Database, args: argparse.Namespace, out: Path) -> str:
    from datetime import date

    from ita_desktop.domain.digits import DigitStyle
    from ita_desktop.domain.fiscal import current_fiscal_year
    from ita_desktop.services import year_view
    from ita_desktop.store.settings import SettingsRepository

    settings = SettingsRepository(db).load()
    year = args.year or settings.fiscal_year or current_fiscal_year()
    digits = DigitStyle(args.digits) if args.digits else settings.digit_style
    count = year_view.export_ics(db, year, out, date.today(), digits)
    return (f"Wrote '{out}': fiscal year {year}, {count} events (phases, meetings and action "
            "items), for a phone or desktop calendar.")


def _oit_web_page(db: Database, args: argparse.Namespace, out: Path) -> str:
    from ita_desktop.domain.fiscal import current_fiscal_year
    from ita_desktop.services import oit_exports
    from ita_desktop.store.settings import SettingsRepository

    year = args.year or SettingsRepository(db).load().fiscal_year or current_fiscal_year()
    count = oit_exports.export_web_page(db, year, out)
    return (f"Wrote '{out}': the OIT web page of fiscal year {year}, {count} items with their "
            "published links, for the unit's webmaster to upload.")


def _eit2_contacts(db: Database, args: argparse.Namespace, out: Path) -> str:
    from ita_desktop.domain.fiscal import current_fiscal_year
    from ita_desktop.services import oit_exports
    from ita_desktop.store.settings import SettingsRepository

    year = args.year or SettingsRepository(db).load().fiscal_year or current_fiscal_year()
    count = oit_exports.export_contacts(db, year, out)
    return (f"Wrote '{out}': the EIT(2) contact list of fiscal year {year}, {count} contacts, "
            "for the upload to ITAP.")


FILE_EXPORTS: dict[str, FileExport] = {e.key: e for e in (
    FileExport("roster-workbook", "the roster as the workbook Import from Excel reads back "
               "(the window's Export to Excel)", "XLSX", _roster_workbook),
    FileExport("roster-template", "the blank roster workbook to fill in and import", "XLSX",
               _roster_template),
    FileExport("framework", "the fiscal year's ITA framework (--year YYYY), for another unit "
               "to import", "JSON", _framework),
    FileExport("year-calendar", "every date of the fiscal year (--year YYYY): the calendar's "
               "phases, the meetings and their action items, as an iCalendar file for phone "
               "calendars", "ICS", _year_calendar),
    FileExport("oit-web-page", "the fiscal year's OIT items (--year YYYY) with their published "
               "links and dates, as one self-contained web page for the unit's website",
               "HTML", _oit_web_page),
    FileExport("eit2-contacts", "the fiscal year's EIT(2) contact list (--year YYYY) as the "
               "workbook ITAP's upload takes", "XLSX", _eit2_contacts),
)}


def print_file_list() -> None:
    for export in FILE_EXPORTS.values():
        print(f"{export.key}  {export.description}; format: {export.format}")


def run_file_export(args: argparse.Namespace, db: Database) -> str:
    """Write the file ``args.report`` names to ``args.out``; an ``AppError`` says why not."""
    check_out(args.out, args.force)
    return FILE_EXPORTS[args.report].write(db, args, Path(args.out))
