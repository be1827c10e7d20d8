"""``ita-desktop import …``: a roster workbook, a framework file, the emblem, a signature,
files for an OIT item, photos for an integrity measure.

The same use cases as the window (``services/``); refusals print a message and exit 1, a
database that cannot be opened exits 2. Nothing is imported from a file with any problem.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ita_desktop.domain.problems import Problem
    from ita_desktop.services.roster import RosterCheck
    from ita_desktop.store.database import Database

AddDb = Callable[[argparse.ArgumentParser, bool], None]


def add_import_commands(commands: argparse._SubParsersAction, add_db: AddDb) -> None:  # type: ignore[type-arg]
    command = commands.add_parser(
        "import", help="import a roster workbook, a framework file, the emblem, a signature, "
        "files for an OIT item or photos for an integrity measure",
        description="Bring a file into the database, with the same checks as the window. A "
        "file with any problem imports nothing; a database that another program holds or "
        "that is read-only is left unchanged.",
    )
    kinds = command.add_subparsers(dest="what", metavar="WHAT", required=True)

    roster = kinds.add_parser(
        "roster", help="add the people of a roster workbook (.xlsx)",
        description="Check every row of a roster workbook (the template of the window's "
        "roster) and add its people in one go. Every problem is listed, as the window's "
        "preview lists them, and nothing is imported until the file is clean (exit 1).",
    )
    roster.add_argument("file", type=Path, metavar="FILE")
    roster.add_argument("--dry-run", action="store_true",
                        help="check the file and list its problems; import nothing")
    add_db(roster, False)

    framework = kinds.add_parser(
        "framework", help="import an ITA framework file (.json) for its fiscal year",
        description="Store the framework of a file (as written by Export framework) as the "
        "framework of its fiscal year.",
    )
    framework.add_argument("file", type=Path, metavar="FILE")
    framework.add_argument("--replace", action="store_true",
                           help="replace the fiscal year's framework if it has one")
    framework.add_argument("--other-kind", action="store_true",
                           help="accept a framework made for the other kind of unit "
                           "(police or immigration)")
    add_db(framework, False)

    emblem = kinds.add_parser(
        "emblem", help="import the unit's emblem image",
        description="Store an image (PNG, JPEG, GIF, BMP, TIFF or WebP) as the unit's "
        "emblem, printed on orders. The unit profile must be saved first.",
    )
    emblem.add_argument("file", type=Path, metavar="FILE")
    add_db(emblem, False)

    signature = kinds.add_parser(
        "signature", help="import a person's signature image",
        description="Store a scan or photo of a signature on white paper as the signature of "
        "a person of the roster (the paper is made transparent, the margins cut). PERSON is "
        "the roster number (id) or a part of the name that matches exactly one active person.",
    )
    signature.add_argument("person", metavar="PERSON")
    signature.add_argument("file", type=Path, metavar="FILE")
    add_db(signature, False)

    from ita_desktop.cli.reports import fiscal_year

    oit_files = kinds.add_parser(
        "oit-files", help="attach files to an OIT item or to one of its monthly reports",
        description="Attach PDF, Word, Excel or picture files to an OIT item of a fiscal "
        "year (or, with --month, to that month's report of a monthly item), as the OIT tab "
        "attaches them. Any file refused (another type, content not of the kind its name says, "
        "empty, larger than 50 MB, unreadable) refuses them all, with every file's reason "
        "(exit 1).",
    )
    oit_files.add_argument("--year", type=fiscal_year, metavar="YYYY",
                           help="fiscal year in B.E., e.g. 2568 (default: the fiscal year of "
                           "--month, else the current one)")
    oit_files.add_argument("--item", required=True, metavar="CODE",
                           help="the item's code in the year's framework, e.g. O12")
    oit_files.add_argument("--month", type=report_month, metavar="YYYY-MM",
                           help="the month a monthly report covers, e.g. 2568-01 or 2025-01")
    oit_files.add_argument("files", type=Path, nargs="+", metavar="FILE")
    add_db(oit_files, False)

    photos = kinds.add_parser(
        "photos", help="import photos (JPEG, PNG, WebP, HEIC) for an integrity measure",
        description="Import photos onto an integrity measure of a fiscal year, as the photo "
        "evidence tab does: each turned upright by its EXIF, its date taken read, stored at "
        "the size a full-width print needs. Files that cannot be used (not a photo, "
        "damaged, empty, too large, another format) and photos already in the year are "
        "skipped, each with its reason, and the rest imported. Exit 0 when at least one "
        "photo was imported or every file was already there, 1 when every file was "
        "refused.",
    )
    photos.add_argument("--year", type=fiscal_year, metavar="YYYY",
                        help="fiscal year in B.E., e.g. 2568 (default: the current one)")
    photos.add_argument("--measure", required=True, metavar="M",
                        help="the measure: its label (1.3) or its title, as export --list "
                        "and the window show it")
    photos.add_argument("files", type=Path, nargs="+", metavar="FILE")
    add_db(photos, False)


_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_BE_OFFSET = 543


def report_month(text: str) -> date:
    """``--month``: YYYY-MM, the year in B.E. (2568-01) or A.D. (2025-01), as its first day."""
    found = _MONTH.match(text)
    if found is not None:
        year, month = int(found.group(1)), int(found.group(2))
        # Thai offices write B.E.; a year past 2400 cannot be A.D. for this program.
        if year > 2400:
            year -= _BE_OFFSET
        if 1 <= month <= 12:
            return date(year, month, 1)
    raise argparse.ArgumentTypeError(
        f"'{text}' is not a month: write it as YYYY-MM, e.g. 2568-01 (January 2568)")


def _fail(what: str, message: object, code: int = 1) -> int:
    print(f"ita-desktop import {what}: {message}", file=sys.stderr)
    return code


def run_import(args: argparse.Namespace, db_path: Path) -> int:
    from ita_desktop.errors import AppError
    from ita_desktop.store import open_database
    from ita_desktop.store.errors import StoreError
    from ita_desktop.store.sharing import DatabaseInUseError, open_for_changes

    if not db_path.exists():
        return _fail(args.what, f"'{db_path}' does not exist.", 2)
    # An import writes, so it holds the file as the window does and is refused while a
    # window has it open; a dry run only reads.
    dry_run = getattr(args, "dry_run", False)
    try:
        db = (open_database(db_path, create=False) if dry_run
              else open_for_changes(db_path, create=False))
    except DatabaseInUseError as exc:
        return _fail(args.what, exc, 1)
    except StoreError as exc:
        return _fail(args.what, exc, 2)
    try:
        return RUNNERS[args.what](db, args)
    except AppError as exc:
        return _fail(args.what, exc)
    finally:
        db.close()


def problem_line(problem: Problem) -> str:
    """A problem as the window's English preview words it: "Row 3: Unknown rank … ."."""
    text = problem.english()
    if problem.row is not None:
        text = text.split(": ", 1)[1]
    text = text[:1].upper() + text[1:] + "."
    return f"Row {problem.row}: {text}" if problem.row is not None else text


def print_check(check: RosterCheck) -> None:
    name = check.sheet.path.name
    if check.clean:
        print(f"{len(check.people)} people are ready to import from '{name}'.")
    else:
        print(f"'{name}': {len(check.preview.problems)} problem(s) on {check.bad_rows} "
              "row(s). Nothing will be imported until the file is corrected.")
        for problem in check.preview.problems:
            print(f"  {problem_line(problem)}")
    for note in check.preview.skipped:
        print(problem_line(note))
    if check.sheet.ignored_headers:
        print(f"Columns not used: {', '.join(check.sheet.ignored_headers)}")


def _roster(db: Database, args: argparse.Namespace) -> int:
    from ita_desktop.exchange.roster_xlsx import RosterFileError
    from ita_desktop.services import roster
    from ita_desktop.store.people import PeopleRepository

    try:
        check = roster.check_roster_file(args.file, PeopleRepository(db).all(),
                                         roster.unit_kind(db))
    except RosterFileError as exc:
        return _fail("roster", f"{exc} Nothing was imported.")
    print_check(check)
    if not check.clean:
        return 1
    if args.dry_run:
        print("Dry run: nothing was imported.")
        return 0
    added = roster.import_roster(db, check)
    print(f"{added} people were added to the roster of '{db.path}'.")
    return 0


def _framework(db: Database, args: argparse.Namespace) -> int:
    from ita_desktop.domain.framework import CatalogError
    from ita_desktop.services import frameworks

    try:
        catalog = frameworks.import_framework_file(db, args.file, replace=args.replace,
                                                   other_kind=args.other_kind)
    except CatalogError as exc:
        return _fail("framework", f"{exc}\nNothing was imported.")
    print(f"Imported the framework of fiscal year {catalog.fiscal_year} ({catalog.title}): "
          f"{len(catalog.oit_items)} OIT items, {len(catalog.calendar)} calendar phases.")
    return 0


def _emblem(db: Database, args: argparse.Namespace) -> int:
    from ita_desktop.media.images import ImageFileError
    from ita_desktop.services import unit

    try:
        png = unit.import_emblem(db, args.file)
    except ImageFileError as exc:
        return _fail("emblem", f"{exc} Nothing was imported.")
    print(f"Imported the emblem from '{args.file}' ({len(png):,} bytes as PNG).")
    return 0


def _signature(db: Database, args: argparse.Namespace) -> int:
    from ita_desktop.media.images import ImageFileError
    from ita_desktop.services import roster

    person = roster.find_person(db, args.person)
    assert person.id is not None  # people read from the database have their number
    try:
        roster.import_signature(db, person.id, args.file)
    except ImageFileError as exc:
        return _fail("signature", f"{exc} Nothing was imported.")
    print(f"Imported the signature of {person.display_name} (roster number {person.id}) "
          f"from '{args.file}'.")
    return 0


def _oit_files(db: Database, args: argparse.Namespace) -> int:
    from ita_desktop.domain.fiscal import current_fiscal_year, fiscal_year_of
    from ita_desktop.services import oit

    # A month's report belongs to the month's fiscal year; otherwise this year's work.
    if args.year is None:
        args.year = fiscal_year_of(args.month) if args.month else current_fiscal_year()
    catalog = oit.oit_year(db, args.year).catalog
    wanted = args.item.strip().upper()
    item = next((i for i in catalog.oit_items if i.code.upper() == wanted), None)
    if item is None:
        codes = ", ".join(i.code for i in catalog.oit_items)
        return _fail("oit-files", f"The framework of fiscal year {args.year} has no OIT item "
                     f"'{args.item}'; its items are {codes}. Nothing was attached.")
    added = oit.attach_files(db, args.year, item.key or item.code.lower(), args.month,
                             args.files)
    where = f"{item.code}" + (f" (report of {args.month:%Y-%m})" if args.month else "")
    print(f"Attached {len(added)} file(s) to {where} of fiscal year {args.year}:")
    for file in added:
        print(f"  {file.name} ({file.size:,} bytes)")
    return 0


def _photos(db: Database, args: argparse.Namespace) -> int:
    from ita_desktop.domain.evidence import measure_label
    from ita_desktop.domain.fiscal import current_fiscal_year
    from ita_desktop.errors import AppError
    from ita_desktop.services import evidence

    if args.year is None:
        args.year = current_fiscal_year()
    year = evidence.evidence_year(db, args.year)
    if not year.measures:
        return _fail("photos", AppError("evidence.no_measures", year=args.year))
    measure = year.find(args.measure)
    if measure is None:
        known = "; ".join(f"{measure_label(m)} {m.title}" for m in year.measures)
        refusal = AppError("evidence.no_such_measure", year=args.year, measure=args.measure,
                           known=known)
        return _fail("photos", f"{refusal} Nothing was imported.")
    label = f"{measure_label(measure)} {measure.title}"
    total = len(args.files)
    print(f"Importing {total} file(s) onto measure {label} of fiscal year {args.year}.",
          file=sys.stderr)

    def progress(done: int, count: int, name: str) -> None:
        # On stderr, as it happens: a hundred phone photos take a while, and stdout keeps
        # the outcome alone for a script to read.
        print(f"[{done}/{count}] {name}", file=sys.stderr, flush=True)

    outcome = evidence.import_photos(db, args.year, args.files, measure_id=measure.id,
                                     progress=progress)
    print(f"Imported {len(outcome.added)} of {total} photo(s) onto measure {label} of "
          f"fiscal year {args.year}.")
    if outcome.skipped:
        print(f"Skipped {len(outcome.skipped)} file(s):")
        for skipped in outcome.skipped:
            print(f"  {skipped.name}: {skipped.reason}")
    duplicates = all(s.reason.code == "evidence.duplicate" for s in outcome.skipped)
    return 0 if outcome.added or duplicates else 1


RUNNERS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "roster": _roster,
    "framework": _framework,
    "emblem": _emblem,
    "signature": _signature,
    "oit-files": _oit_files,
    "photos": _photos,
}
