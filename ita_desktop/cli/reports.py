"""The report commands of the command line: export, sign-off, verify, register."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ita_desktop.store.database import Database
    from ita_desktop.store.report_register import SignOff

REPORT_HELP = "fact-sheet (unit fact sheet: PDF, DOCX, XLSX) or roster (PDF, XLSX)"


def add_report_commands(commands: argparse._SubParsersAction, add_db) -> None:  # type: ignore[type-arg]
    export = commands.add_parser(
        "export", help="write a report as PDF, DOCX or XLSX",
        description="Write a report of the database to a file. When the data has not changed "
        "since a version was signed off, the signed-off file itself is written; otherwise a "
        "draft of the next version (blank signature blocks, no verification line).",
    )
    export.add_argument("report", metavar="REPORT", help=REPORT_HELP)
    add_db(export, required=False)
    _add_year_and_digits(export)
    export.add_argument("--format", choices=("pdf", "docx", "xlsx"), required=True)
    export.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help="the file to write (replaced if it exists)")

    sign = commands.add_parser(
        "sign-off", help="sign off a report: prepared, checked and approved",
        description="Freeze the report's current data and its rendered files as a new "
        "signed-off version. Each signer is a person of the roster, given by roster number "
        "(id) or by a part of the name that matches exactly one active person.",
    )
    sign.add_argument("report", metavar="REPORT", help=REPORT_HELP)
    add_db(sign, required=False)
    _add_year_and_digits(sign)
    for role, text in (("prepared", "who prepared it (ผู้จัดทำ)"),
                       ("checked", "who checked it (ผู้ตรวจ)"),
                       ("approved", "who approved it (ผู้อนุมัติ)")):
        sign.add_argument(f"--{role}", required=True, metavar="PERSON", help=text)
    sign.add_argument("--date", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                      help="date of the signatures (default: today)")

    verify = commands.add_parser(
        "verify", help="say whether a file is exactly a signed-off report version",
        description="Compare a file with every signed-off file in the database (SHA-256). "
        "Exits 0 when it is an exact copy of a signed-off version, 1 when it is not (a single "
        "changed byte is enough), 2 when the file or database cannot be read.",
    )
    verify.add_argument("file", type=Path, metavar="FILE")
    add_db(verify, required=False)

    register = commands.add_parser(
        "register", help="list every signed-off report, version, signer and fingerprint")
    add_db(register, required=False)


def _add_year_and_digits(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, metavar="YYYY",
                        help="fiscal year in B.E., e.g. 2568 (default: the current one)")
    parser.add_argument("--digits", choices=("thai", "arabic"),
                        help="digits in the document (default: the unit's setting)")


def _fail(command: str, message: str, code: int) -> int:
    print(f"ita-desktop {command}: {message}", file=sys.stderr)
    return code


def _open(command: str, path: Path) -> Database | int:
    from ita_desktop.store import open_database
    from ita_desktop.store.errors import StoreError

    if not path.exists():
        return _fail(command, f"'{path}' does not exist.", 2)
    try:
        return open_database(path, create=False)
    except StoreError as exc:
        return _fail(command, str(exc), 2)


def _year_digits(db: Database, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from ita_desktop.domain.digits import DigitStyle
    from ita_desktop.domain.fiscal import current_fiscal_year
    from ita_desktop.store.settings import SettingsRepository

    settings = SettingsRepository(db).load()
    year = args.year or settings.fiscal_year or current_fiscal_year()
    digits = DigitStyle(args.digits) if args.digits else settings.digit_style
    return year, digits


def run_export(args: argparse.Namespace, db_path: Path) -> int:
    from ita_desktop.files import write_atomically
    from ita_desktop.reports import signing
    from ita_desktop.reports.unit_data import NoUnitError

    db = _open("export", db_path)
    if isinstance(db, int):
        return db
    try:
        year, digits = _year_digits(db, args)
        prepared = signing.prepare(db, args.report, year, digits)
        data = signing.export_bytes(db, prepared, args.format)
        write_atomically(args.out, data, make_folder=True)
    except (signing.ReportError, NoUnitError) as exc:
        return _fail("export", str(exc), 1)
    except OSError as exc:
        return _fail("export", f"cannot write '{args.out}': {exc.strerror or exc}", 1)
    finally:
        db.close()
    if prepared.signed is not None:
        print(f"Wrote '{args.out}': report {prepared.number} version {prepared.version}, "
              f"signed off {prepared.signed.signed_on.isoformat()} (the signed-off file).")
    else:
        print(f"Wrote '{args.out}': DRAFT of report {prepared.number} version "
              f"{prepared.version}, not signed off (fingerprint "
              f"{signing.short_fingerprint(prepared.fingerprint)}).")
    return 0


def _person(db: Database, text: str):  # type: ignore[no-untyped-def]
    # An AppError when no or several people match: main() prints it and exits 1.
    from ita_desktop.services.roster import find_person

    return find_person(db, text)


def run_sign_off(args: argparse.Namespace, db_path: Path) -> int:
    from ita_desktop.reports import signing
    from ita_desktop.reports.unit_data import NoUnitError
    from ita_desktop.store.errors import StoreError
    from ita_desktop.store.report_register import SignOff

    db = _open("sign-off", db_path)
    if isinstance(db, int):
        return db
    try:
        year, digits = _year_digits(db, args)
        when = args.date or date.today()
        signoffs: list[SignOff] = []
        for role in ("prepared", "checked", "approved"):
            person = _person(db, getattr(args, role))
            signoffs.append(SignOff(role, person.id, person.display_name,
                                    person.position_abbr or person.position, when))
        prepared = signing.prepare(db, args.report, year, digits)
        record = signing.sign_off(db, prepared, signoffs)
    except (signing.ReportError, NoUnitError, StoreError, ValueError) as exc:
        return _fail("sign-off", str(exc), 1)
    finally:
        db.close()
    print(f"Signed off report {record.report_number} version {record.version} "
          f"({record.title}, fiscal year {record.fiscal_year}); fingerprint "
          f"{signing.short_fingerprint(record.fingerprint)}; files: "
          + ", ".join(f"{fmt.upper()} {digest[:12]}…" for fmt, digest in record.files.items()))
    return 0


def run_verify(args: argparse.Namespace, db_path: Path) -> int:
    from ita_desktop.reports.signing import verify

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        return _fail("verify", f"cannot read '{args.file}': {exc.strerror or exc}", 2)
    db = _open("verify", db_path)
    if isinstance(db, int):
        return db
    try:
        verdict = verify(db, data)
    finally:
        db.close()
    print(f"'{args.file}': {verdict.message}")
    return 0 if verdict.exact else 1


def run_register(db_path: Path) -> int:
    from ita_desktop.reports.signing import short_fingerprint
    from ita_desktop.store.report_register import ReportRegister

    db = _open("register", db_path)
    if isinstance(db, int):
        return db
    try:
        versions = ReportRegister(db).versions()
    finally:
        db.close()
    if not versions:
        print("No report has been signed off yet.")
    for v in versions:
        print(f"{v.report_number} v{v.version}  {v.title}  FY {v.fiscal_year}  signed "
              f"{v.signed_on.isoformat()}  fingerprint {short_fingerprint(v.fingerprint)}")
        for s in v.signoffs:
            print(f"    {s.role:9s} {s.name}, {s.position} ({s.signed_on.isoformat()})")
        for fmt, digest in v.files.items():
            print(f"    {fmt:9s} SHA-256 {digest}")
    return 0
