"""The report commands of the command line: export, sign-off, verify, register."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

if TYPE_CHECKING:
    from ita_desktop.reports.signing import ReportKind
    from ita_desktop.services import reports
    from ita_desktop.store.database import Database

DIGIT_NAMES = {"thai": "Thai", "arabic": "Arabic"}
"""How the command line names a digit style (``DigitStyle`` values are these keys)."""

REPORT_HELP = ("the report, as `ita-desktop export --list` names it (e.g. fact-sheet, roster, "
               "committee-order, committee-members, meeting-minutes)")
SUBJECT_HELP = ("what the report is about, for reports not about the fiscal year itself "
                "(a meeting or an order, by its number N/YYYY; see `export --list`); the "
                "committee's reports are by default about the year's order in force today, "
                "else the year's latest order; a meeting's, about the year's latest meeting "
                "held by today, else its first")
DATE_FORMS = "2025-03-15, 15/3/2568, '15 มี.ค. 2568' or '15 มีนาคม 2568'"
"""The forms of a date the --date help and its refusal show (``parse_thai_date`` reads more)."""

register({
    "cli.date_forms": QT_TRANSLATE_NOOP(
        "Errors", "%error. Write the date as %forms (a year from 2400 on is B.E.)."),
    "cli.no_subject": QT_TRANSLATE_NOOP(
        "Errors", "%report (%title) is about a fiscal year and takes no --subject; give the "
        "year with --year YYYY."),
    "cli.file_no_subject": QT_TRANSLATE_NOOP(
        "Errors", "%name takes no --subject: only the reports about a meeting or an order do "
        "(see `export --list`); nothing was written."),
    "cli.out_needed": QT_TRANSLATE_NOOP("Errors", "give --out FILE, the file to write %name to."),
    "cli.signer_left": QT_TRANSLATE_NOOP(
        "Errors", "%name (roster number %id) left the unit on %date and cannot sign; name "
        "someone who serves in the unit now."),
    "cli.no_order": QT_TRANSLATE_NOOP(
        "Errors", "Fiscal year %year has no committee order, so there is no %report to make: "
        "save the year's order first (Committee tab), or name an order of the year with "
        "--subject N/YYYY."),
    "cli.no_meeting": QT_TRANSLATE_NOOP(
        "Errors", "Fiscal year %year has no meeting, so there is no %report to make: save the "
        "meeting first (Calendar tab, Meetings), or name a meeting of the year with --subject "
        "N/YYYY."),
    "cli.signer_inactive": QT_TRANSLATE_NOOP(
        "Errors", "%name (roster number %id) has left the unit and cannot sign; name someone "
        "who serves in the unit now."),
})


class SignOffParser(argparse.ArgumentParser):
    """The sign-off command, whose signer options come from the roles of the report kinds.

    The kinds are imported only when this command is parsed: the window, started through the
    same parser, must not pay for loading the report modules.
    """

    _signers_added = False

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def]
        if not self._signers_added:
            self._signers_added = True
            _add_signer_options(self)
        return super().parse_known_args(args, namespace)


def _role_option(role: str) -> str:
    return f"--{role}"


def _role_dest(role: str) -> str:
    return "signer_" + role.replace("-", "_")


def _add_signer_options(parser: argparse.ArgumentParser) -> None:
    from ita_desktop.domain.signoff import role_text
    from ita_desktop.reports.signing import REPORT_KINDS

    signers = parser.add_argument_group(
        "signers", "each a person of the roster, by roster number (id) or by a part of the "
        "name that matches exactly one active person; give every signer of the report")
    roles: dict[str, list[str]] = {}
    for kind in REPORT_KINDS.values():
        for role in kind.roles:
            roles.setdefault(role, []).append(kind.key)
    for role, kinds in roles.items():
        text = role_text(role)
        signers.add_argument(_role_option(role), dest=_role_dest(role), metavar="PERSON",
                             help=f"{text.english.lower()} ({text.thai}); signs "
                             f"{', '.join(kinds)}")


def add_report_commands(commands: argparse._SubParsersAction, add_db) -> None:  # type: ignore[type-arg]
    from ita_desktop.cli.files import FILE_EXPORTS, add_out_options
    from ita_desktop.cli.targets import FORMATS, SUFFIXES

    # Named from the lists themselves: a file export or an extension added later is in the
    # help without anyone remembering to add it here (year-calendar once was missing).
    files = ", ".join(FILE_EXPORTS)
    suffixes = ", ".join(SUFFIXES)

    export = commands.add_parser(
        "export", help="write a report as PDF, DOCX or XLSX; --list names every report",
        description="Write a report of the database to a file. When the data has not changed "
        "since a version was signed off, the signed-off file itself is written; otherwise a "
        "draft of the next version (marked ร่าง, blank signature blocks, no verification "
        "line). A signed-off version is written in the digits it was signed off with, "
        "whatever --digits says: the digits alone make no new version. An existing file is "
        "never replaced unless --force is given. "
        "`export --list` prints every report the program makes, one a line: its formats, "
        "what it is about and who signs it off; then the other files the window saves "
        f"({files}), written with `export NAME --out FILE`; year-calendar writes every date "
        "of the fiscal year (phases, meetings, action items) as an .ics file for phone "
        "calendars. oit-assignments is the year's OIT assignment table (ปฏิทินกิจกรรม ๒): "
        "each item's steps, deadline, components, preparers and controllers, cited to the "
        "committee order in force. A meeting's reports (meeting-minutes, attendance-sheet) "
        "are about the meeting --subject N/YYYY names (Arabic or Thai digits), by default "
        "the year's latest meeting held by today. The format is the one --out's extension "
        f"names ({suffixes}) unless --format says it; a --format that disagrees with the "
        "extension is refused and nothing is written.",
    )
    export.add_argument("report", metavar="REPORT", nargs="?",
                        help="the report or file, as `ita-desktop export --list` names it (e.g. "
                        "fact-sheet, roster, committee-order, meeting-minutes, roster-workbook, "
                        "year-calendar)")
    export.add_argument("--list", action="store_true",
                        help="print every report the program makes, then stop")
    add_db(export, required=False)
    _add_year_and_digits(export)
    export.add_argument("--subject", metavar="KEY", help=SUBJECT_HELP)
    export.add_argument("--format", choices=FORMATS,
                        help="the format to write (default: the one --out's extension names: "
                        + ", ".join(SUFFIXES) + "); refused when it disagrees with that "
                        "extension")
    add_out_options(export, required=False)
    export.set_defaults(export_parser=export)

    # The class is swapped, not passed: argparse takes one parser class for all sub-commands.
    sign = commands.add_parser(
        "sign-off", help="sign off a report: each of its signers, by role",
        description="Freeze the report's current data and its rendered files as a new "
        "signed-off version, signed by the report's own signers: the fact sheet, the "
        "roster and the committee's member list by who prepared, checked and approved them "
        "(--prepared, --checked, --approved); the committee order by its signer alone "
        "(--signed: the commander, or who signs the order in their place), e.g. "
        "`sign-off committee-order --year 2568 --signed 1`; a meeting's minutes by who "
        "recorded and who checked them and the chair (--recorder, --minutes-checker, "
        "--chair), its attendance sheet by the recorder, e.g. `sign-off meeting-minutes "
        "--subject 1/2568 --recorder 12 --minutes-checker 4 --chair 1`. `export --list` "
        "names the signers of each report. A signed-off order cannot be changed any more, "
        "only amended by a later order; a meeting whose minutes or attendance sheet are "
        "signed off cannot be changed, though its action items are still marked done. One "
        "person may sign in several roles; a warning says so on stderr.",
    )
    sign.__class__ = SignOffParser
    sign.set_defaults(sign_parser=sign)
    sign.add_argument("report", metavar="REPORT", help=REPORT_HELP)
    add_db(sign, required=False)
    _add_year_and_digits(sign)
    sign.add_argument("--subject", metavar="KEY", help=SUBJECT_HELP)
    sign.add_argument("--date", type=signing_date, default=None, metavar="DATE",
                      help=f"day of the signatures (default: today), as {DATE_FORMS} (a year "
                      "from 2400 on is B.E.; a two-digit year is B.E. 25xx); never in the "
                      "future, nor before the last quarter of the year before the fiscal year")

    verify = commands.add_parser(
        "verify", help="say whether a file is exactly a signed-off report version",
        description="Compare a file with every signed-off file in the database (SHA-256). "
        "Exits 0 when it is an exact copy of a signed-off version, 1 when it is not (a single "
        "changed byte is enough), 2 when the file or database cannot be read.",
    )
    verify.add_argument("file", type=Path, metavar="FILE")
    add_db(verify, required=False)

    register = commands.add_parser(
        "register", help="list every signed-off report, its subject, versions, signers (by "
        "role), hashes and the digits of each version's files")
    add_db(register, required=False)


def fiscal_year(text: str) -> int:
    """``--year``: a B.E. fiscal year, refused as a usage error with the year that was meant."""
    from ita_desktop.domain.fiscal import FiscalYearError, parse_fiscal_year

    try:
        return parse_fiscal_year(text)
    except FiscalYearError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def signing_date(text: str) -> date:
    """``--date``: a day written in ISO or a Thai form, not in the future. Whether it fits the
    fiscal year is checked once the year is known (from --year or the settings)."""
    from ita_desktop.domain.fiscal import SigningDateError, check_signing_date
    from ita_desktop.domain.thai_dates import ThaiDateError, parse_thai_date

    try:
        day = parse_thai_date(text)
    except ThaiDateError as exc:
        raise argparse.ArgumentTypeError(
            str(AppError("cli.date_forms", error=exc, forms=DATE_FORMS))) from None
    try:
        return check_signing_date(day)
    except SigningDateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _add_year_and_digits(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=fiscal_year, metavar="YYYY",
                        help="fiscal year in B.E., e.g. 2568 (default: the current one); "
                        "from 2556, the first ITA, to two years after the current one")
    parser.add_argument("--digits", choices=("thai", "arabic"),
                        help="digits in the document (default: the unit's setting)")


def _fail(command: str, message: str, code: int) -> int:
    print(f"ita-desktop {command}: {message}", file=sys.stderr)
    return code


def _open(command: str, path: Path, *, for_changes: bool = False) -> Database | int:
    """The database, or the exit status of a refusal. A command that writes holds the file
    as the window does, and is refused (exit 1, naming who) while a window has it open; one
    that only reads opens it beside the window."""
    from ita_desktop.store import open_database
    from ita_desktop.store.errors import StoreError
    from ita_desktop.store.sharing import DatabaseInUseError, open_for_changes

    if not path.exists():
        return _fail(command, f"'{path}' does not exist.", 2)
    try:
        if for_changes:
            return open_for_changes(path, create=False)
        return open_database(path, create=False)
    except DatabaseInUseError as exc:
        return _fail(command, str(exc), 1)
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


def _subject_usage(kind: ReportKind) -> str:
    from ita_desktop.domain.signoff import Subject, SubjectKind

    if kind.subject is SubjectKind.FISCAL_YEAR:
        return "the fiscal year (--year YYYY)"
    return f"{Subject(kind.subject, 'N/YYYY').english()} (--subject N/YYYY)"


def print_report_list() -> None:
    from ita_desktop.domain.signoff import role_text
    from ita_desktop.reports.signing import REPORT_KINDS

    for kind in REPORT_KINDS.values():
        print(f"{kind.key}  {kind.title} ({kind.english}); formats: "
              f"{', '.join(f.upper() for f in kind.formats)}; subject: {_subject_usage(kind)}; "
              "signed off by: "
              + ", ".join(f"{_role_option(r)} ({role_text(r).thai})" for r in kind.roles))


def print_measure_list(db_path: Path, year: int | None) -> None:
    """The year's integrity measures (label and title), the names ``import photos
    --measure`` takes; nothing when the database cannot be read as it is. Read-only: a
    listing neither creates, upgrades nor locks the file."""
    from ita_desktop.domain.evidence import measure_label
    from ita_desktop.domain.fiscal import current_fiscal_year
    from ita_desktop.store.database import read_only
    from ita_desktop.store.errors import StoreError
    from ita_desktop.store.evidence import EvidenceRepository
    from ita_desktop.store.migrations import LATEST_VERSION
    from ita_desktop.store.soundness import schema_findings

    if not db_path.exists():
        return
    # The year import photos takes by default, so that the labels shown are the ones found.
    year = year or current_fiscal_year()
    try:
        with read_only(db_path) as db:
            # Not upgraded here (a listing writes nothing): a file of an older version, or
            # one edited by hand, has no measures this program can read as they are.
            if db.user_version != LATEST_VERSION or schema_findings(db):
                return
            measures = EvidenceRepository(db).year(year).measures
    except StoreError:
        # The list of reports above is what was asked for; the file's own trouble is said
        # by the commands that use it.
        return
    print()
    print(f"Measures of fiscal year {year} (for import photos --measure):")
    if not measures:
        print("  none yet: start them in the photo evidence tab")
    for measure in measures:
        print(f"{measure_label(measure)}  {measure.title}")


def _subject(kind: ReportKind, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from ita_desktop.domain.signoff import Subject

    return Subject(kind.subject, args.subject) if args.subject else None


def _report_subject(db: Database, kind: ReportKind, year: int,  # type: ignore[no-untyped-def]
                    args: argparse.Namespace):
    """The subject --subject names; without it, for the committee's reports, the year's
    order in force today (else its latest), refused in the command line's terms when the
    year has none; otherwise None (the fiscal year itself)."""
    from ita_desktop.reports.signing import DataSource
    from ita_desktop.services.reports import default_subject

    if args.subject or kind.source not in (DataSource.COMMITTEE, DataSource.MEETING):
        return _subject(kind, args)
    found = default_subject(db, kind, year)
    if found is None:
        raise AppError("cli.no_order" if kind.source is DataSource.COMMITTEE
                       else "cli.no_meeting", year=year, report=kind.key)
    return found


def _no_subject_for_a_year(kind: ReportKind, args: argparse.Namespace) -> None:
    """A report about the fiscal year is named by --year alone: a --subject given to it is a
    wrong command line, said in the command line's terms."""
    from ita_desktop.domain.signoff import SubjectKind

    if args.subject and kind.subject is SubjectKind.FISCAL_YEAR:
        raise AppError("cli.no_subject", report=kind.key, title=kind.english)


def _usage(parser: argparse.ArgumentParser, exc: AppError, option: str = "") -> NoReturn:
    """A refusal the command line alone decides: argparse's usage error (usage, exit 2)."""
    parser.error(f"argument {option}: {exc}" if option else str(exc))


def run_export(args: argparse.Namespace, db_path: Path) -> int:
    from ita_desktop.cli.files import FILE_EXPORTS, check_out, print_file_list, run_file_export
    from ita_desktop.cli.targets import output_format, target
    from ita_desktop.reports import signing
    from ita_desktop.services import reports

    if args.list:
        print_report_list()
        print_file_list()
        print_measure_list(db_path, args.year)
        return 0
    try:
        wanted = target(args.report)
        if not args.out:
            raise AppError("cli.out_needed", name=wanted.name)
        fmt = output_format(wanted, args.format, Path(args.out))
        if wanted.name not in FILE_EXPORTS:
            _no_subject_for_a_year(signing.report_kind(wanted.name), args)
        elif args.subject:
            # Said rather than ignored: `export year-calendar --subject 1/2568` wrote the
            # whole year while the user expected one meeting.
            raise AppError("cli.file_no_subject", name=wanted.name)
    except AppError as exc:
        _usage(args.export_parser, exc)
    if wanted.name in FILE_EXPORTS:
        db = _open("export", db_path)
        if isinstance(db, int):
            return db
        try:
            print(run_file_export(args, db))
        except AppError as exc:
            return _fail("export", str(exc), 1)
        finally:
            db.close()
        return 0
    try:
        check_out(args.out, args.force)
    except AppError as exc:
        return _fail("export", str(exc), 1)
    db = _open("export", db_path)
    if isinstance(db, int):
        return db
    try:
        year, digits = _year_digits(db, args)
        kind = signing.report_kind(args.report)
        prepared = reports.prepare(db, kind.key, year, digits,
                                   _report_subject(db, kind, year, args))
        reports.export_file(db, prepared, fmt, args.out)
    except AppError as exc:
        return _fail("export", str(exc), 1)
    finally:
        db.close()
    print(f"Wrote '{args.out}'{_about(prepared)}: {_exported(prepared)}")
    return 0


def _about(prepared: reports.Prepared) -> str:
    """Which order (or meeting) the file is about, said since it may have been chosen by
    default; nothing for a report about the fiscal year, which --year named."""
    from ita_desktop.domain.signoff import SubjectKind

    if prepared.subject.kind is SubjectKind.FISCAL_YEAR:
        return ""
    return f" ({prepared.kind.english}, {prepared.subject.english()}, FY {prepared.fiscal_year})"


def _exported(prepared: reports.Prepared) -> str:
    from ita_desktop.reports import signing

    if prepared.signed is not None:
        said = (f"report {prepared.number} version {prepared.version}, signed off "
                f"{prepared.signed.signed_on.isoformat()} (the signed-off file, in "
                f"{DIGIT_NAMES[prepared.signed_digits]} digits)")
        if prepared.signed_digits is not prepared.digits:
            said += (f". It keeps the digits it was signed off with: the data has not "
                     f"changed, so {DIGIT_NAMES[prepared.digits]} digits make no new version")
        return said + "."
    which = (f"report {prepared.number} version {prepared.version}" if prepared.numbered
             else "a new report (its number is given when it is signed off)")
    return (f"DRAFT of {which}, not signed off (hash of the data "
            f"{signing.short_fingerprint(prepared.fingerprint)}).")


def _person(db: Database, text: str):  # type: ignore[no-untyped-def]
    """The active person ``text`` names; an AppError when no or several people match, which
    names the person when the one it names has left the unit (main() prints it, exit 1)."""
    from ita_desktop.domain.digits import DigitStyle
    from ita_desktop.domain.thai_dates import DateForm, format_thai_date
    from ita_desktop.services.roster import find_person
    from ita_desktop.store.people import PeopleRepository

    try:
        return find_person(db, text)
    except AppError as exc:
        if exc.values.get("count") != 0:
            raise
        # "matches 0 active people" sends the user looking for a typo, while the roster
        # number was right and the person has left: say that instead.
        text = text.strip()
        left = [p for p in PeopleRepository(db).all() if not p.active and (
            p.id == int(text) if text.isdigit() else bool(text) and text in p.display_name)]
        if len(left) != 1:
            raise
        person = left[0]
        if person.left_on is None:
            raise AppError("cli.signer_inactive", name=person.display_name,
                           id=person.id) from None
        raise AppError("cli.signer_left", name=person.display_name, id=person.id,
                       date=format_thai_date(person.left_on, DateForm.ABBR,
                                             DigitStyle.ARABIC)) from None


def _signer_words(role: str) -> str:
    """A role as the command line names it: its option, then its words in both languages."""
    from ita_desktop.domain.signoff import role_text

    text = role_text(role)
    return f"{_role_option(role)} ({text.english.lower()} / {text.thai})"


def _given_signers(args: argparse.Namespace) -> dict[str, str]:
    """Role key -> the person named for it, for every signer option given."""
    from ita_desktop.domain.signoff import SignerRole

    return {role.value: getattr(args, _role_dest(role)) for role in SignerRole
            if getattr(args, _role_dest(role), None)}


def run_sign_off(args: argparse.Namespace, db_path: Path) -> int:
    from ita_desktop.domain.fiscal import SigningDateError, check_signing_date
    from ita_desktop.domain.signoff import SignOff, check_signers, role_text
    from ita_desktop.reports import signing
    from ita_desktop.services import reports

    try:
        kind = signing.report_kind(args.report)
        given = _given_signers(args)
        check_signers(kind.roles, given, name=_signer_words)
        _no_subject_for_a_year(kind, args)
    except AppError as exc:
        _usage(args.sign_parser, exc)
    db = _open("sign-off", db_path, for_changes=True)
    if isinstance(db, int):
        return db
    try:
        year, digits = _year_digits(db, args)
        when = args.date or date.today()
        try:
            check_signing_date(when, year)
        except SigningDateError as exc:
            # The same refusal as a future --date, made once the year is known: a usage
            # error of the option that set the day or the year (exit 2).
            option = "--date" if args.date else "--year" if args.year else ""
            if not option:
                raise  # the year of the settings: refused input, exit 1
            _usage(args.sign_parser, exc, option)
        signoffs: list[SignOff] = []
        for role in kind.roles:
            person = _person(db, given[role])
            signoffs.append(SignOff(role, person.id, person.display_name,
                                    person.position_abbr or person.position, when))
        for name, roles in signing.repeated_signers(signoffs):
            # Allowed (a small unit may have no one else), but the checks are meant to be
            # made by others: said, on stderr, before anything is frozen.
            print(f"ita-desktop sign-off: warning: {name} signs as "
                  + ", ".join(role_text(r).english.lower() for r in roles)
                  + "; allowed, but the document then lacks a check by another person.",
                  file=sys.stderr)
        prepared = reports.prepare(db, kind.key, year, digits,
                                   _report_subject(db, kind, year, args))
        record = reports.sign_off(db, prepared, signoffs)
    except AppError as exc:
        # Store errors included: a locked, read-only or full file says so, and nothing
        # was stored.
        return _fail("sign-off", str(exc), 1)
    finally:
        db.close()
    print(f"Signed off report {record.report_number} version {record.version} "
          f"({record.title}, {record.subject.english()}); hash "
          f"{signing.short_fingerprint(record.fingerprint)}; files in "
          f"{DIGIT_NAMES.get(record.digit_style, record.digit_style)} digits: "
          + ", ".join(f"{fmt.upper()} {digest[:12]}…" for fmt, digest in record.files.items()))
    return 0


def run_verify(args: argparse.Namespace, db_path: Path) -> int:
    from ita_desktop.services.reports import verify_file

    if not args.file.is_file():
        return _fail("verify", f"'{args.file}' does not exist or is not a file.", 2)
    db = _open("verify", db_path)
    if isinstance(db, int):
        return db
    try:
        verdict = verify_file(db, args.file)
    except AppError as exc:
        return _fail("verify", str(exc), 2)
    finally:
        db.close()
    print(f"'{args.file}': {verdict.message}")
    return 0 if verdict.exact else 1


def run_register(db_path: Path) -> int:
    from ita_desktop.domain.signoff import SubjectKind, role_text
    from ita_desktop.reports.signing import short_fingerprint
    from ita_desktop.services.reports import signed_versions

    db = _open("register", db_path)
    if isinstance(db, int):
        return db
    try:
        versions = signed_versions(db)
    finally:
        db.close()
    if not versions:
        print("No report has been signed off yet.")
    for v in versions:
        # A report about the fiscal year names it once; a meeting or an order adds its year.
        about = v.subject.english() + ("" if v.subject.kind is SubjectKind.FISCAL_YEAR
                                       else f" (FY {v.fiscal_year})")
        print(f"{v.report_number} v{v.version}  {v.title}  {about}  signed "
              f"{v.signed_on.isoformat()}  hash "
              f"{short_fingerprint(v.fingerprint)}  files in "
              f"{DIGIT_NAMES.get(v.digit_style, v.digit_style)} digits")
        for s in v.signoffs:
            text = role_text(s.role)
            print(f"    {text.english} ({text.thai}): {s.name}, {s.position} "
                  f"({s.signed_on.isoformat()})")
        for fmt, digest in v.files.items():
            print(f"    {fmt.upper()} SHA-256 {digest}")
    return 0
