"""The command line: ``ita-desktop`` opens the window; sub-commands work without one."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ita_desktop import __version__

DESCRIPTION = """\
ITA Desktop keeps the yearly ITA (Integrity and Transparency Assessment) paperwork of a Thai
police station or immigration unit: unit profile, personnel roster and the ITA framework of
each fiscal year, in one local SQLite file. Without a command it opens the window.

ITA Desktop จัดเก็บงานเอกสารการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีของสถานีตำรวจหรือ
หน่วยตรวจคนเข้าเมือง ไว้ในแฟ้ม SQLite เดียวบนเครื่อง"""

EPILOG = """\
commands:
  demo      create a database holding a fictional demo unit
  check     run the integrity and consistency checks of a database (it only reads the file)
  export    write a report (fact-sheet, roster, committee-order, committee-members,
            assessment-calendar, oit-assignments, meeting-minutes, attendance-sheet,
            oit-progress, oit-progress-report, integrity-measures: O23, integrity-results:
            O24/O25 with the photos) as PDF, DOCX or XLSX, or another file the
            window saves (roster-workbook, roster-template, framework, year-calendar: the
            year's dates as an .ics file for phone calendars, oit-web-page: the year's OIT
            links as one web page, eit2-contacts: the EIT(2) contacts for ITAP's upload); --list
            names them all; the format is the one --out's extension names, unless --format
            says it; the committee's reports are about the year's order in force today
            (else its latest), a meeting's reports about the year's latest meeting held by
            today, unless --subject N/YYYY names another
  sign-off  sign off a report by its signers, people of the roster (e.g. prepared, checked
            and approved; the committee order by its signer alone:
            sign-off committee-order --year 2568 --signed PERSON; the minutes by recorder,
            checker and chair: --recorder, --minutes-checker, --chair)
  verify    say whether a file is exactly a signed-off report version, and which
  register  list every signed-off report, its subject, versions, signers, hashes and the
            digits of each version's files
  import    import a roster workbook, a framework file, the emblem, a signature, files
            for an OIT item or photos for an integrity measure
            (import roster FILE [--dry-run], import framework FILE,
            import emblem FILE, import signature PERSON FILE,
            import oit-files [--year YYYY] --item O12 [--month YYYY-MM] FILE...,
            import photos [--year YYYY] --measure M FILE...: M is a measure's label or
            title as export --list shows them; bad files and photos already in the year
            are skipped, each with its reason, and the rest imported)
  backup    copy the database into the backups folder beside it (rotating: the newest
            copies of each kind are kept, as many as Settings says), or anywhere with
            --out FILE; backup --list lists the copies, their reason and whether each is good
  restore   put a backup in the place of the database (restore BACKUP, or restore --latest
            for the newest good copy); the file it replaces is kept as a before-restore copy
  bundle    hand-over bundle: the unit's whole database in one checked .zip
            (bundle export --out FILE.zip; bundle import BUNDLE.zip --out NEW.sqlite makes
            a new database, never merges into one)

export, backup and bundle never replace an existing file: give another --out, or --force to
replace it (demo has its own --replace).

While a window has the database open, the commands that change it (import other than
--dry-run, sign-off, demo --replace) are refused with exit status 1, naming who has it open
and since when; export, verify, register, check and backup work beside the window.
demo --replace copies the old file (its -wal included) to the backups folder next to it
first, and refuses a file that any program has open.

exit status: 0 success
             1 findings, refused input (a backup or a hand-over bundle that is damaged,
               not of ITA Desktop or of a newer version included), a file that is not
               signed off, or a database that could not be written (in use, read-only,
               full): nothing was changed
             2 the database (or the file to verify, or the BACKUP to restore) cannot be
               opened (missing, empty, not ours, damaged, newer, edited by hand into what
               cannot be read, or its upgrade failed or could not be backed up first), or
               the command line is wrong or incomplete: an unknown option or report, a
               missing signer, a --subject for a report about the fiscal year or for a
               file that takes none, a --format that disagrees with --out's extension, a
               --year or --date that is refused (a --date too early for the fiscal year
               included)
             3 an unexpected error; its details are in crash.log in the data folder

The default database is in the user's data folder (set ITA_DESKTOP_DATA_DIR to use another
folder); a portable copy of the packaged program (a file portable.txt beside the executable)
keeps it in the folder data beside the executable. Examples:
  ita-desktop
  ita-desktop --db unit.sqlite --lang en
  ita-desktop demo --db demo.sqlite
  ita-desktop check --db unit.sqlite
  ita-desktop export --list
  ita-desktop export fact-sheet --db unit.sqlite --year 2568 --out fact.pdf
  ita-desktop export meeting-minutes --db unit.sqlite --subject 1/2568 --out minutes.docx
  ita-desktop export year-calendar --db unit.sqlite --year 2568 --out year.ics
  ita-desktop export oit-web-page --db unit.sqlite --year 2568 --out oit.html
  ita-desktop sign-off roster --db unit.sqlite --prepared 12 --checked 7 --approved 1
  ita-desktop import roster roster.xlsx --db unit.sqlite --dry-run
  ita-desktop import signature 12 signature.jpg --db unit.sqlite
  ita-desktop import photos --measure 1.3 IMG_0412.jpg IMG_0413.heic --db unit.sqlite
  ita-desktop export roster-workbook --db unit.sqlite --out roster.xlsx
  ita-desktop backup --db unit.sqlite --out unit-copy.sqlite
  ita-desktop backup --db unit.sqlite --list
  ita-desktop restore --db unit.sqlite --latest
  ita-desktop bundle export --db unit.sqlite --out unit.zip
  ita-desktop bundle import unit.zip --out received.sqlite
  ita-desktop verify fact.pdf --db unit.sqlite"""


def _add_db(parser: argparse.ArgumentParser, required: bool) -> None:
    # A command's own --db sets nothing when it is not given, so that ``--db`` given before
    # the command (as the usage line shows it) is the file the command works on: a default
    # here would quietly put the data folder's file in its place.
    parser.add_argument(
        "--db", type=Path, required=required, metavar="PATH",
        default=None if required else argparse.SUPPRESS,
        help="the database file" + ("" if required else " (default: the one in your data folder)"),
    )


WINDOW_OPTIONS = ("--db", "--lang")


def _window_only(argv: list[str]) -> bool:
    """Whether ``argv`` only starts the window (``--db PATH``, ``--lang th``): the commands'
    parsers, and the modules they import, are then not built (about 40 ms of start-up)."""
    values = False
    for token in argv:
        if values:
            values = False
        elif token in WINDOW_OPTIONS:
            values = True
        elif not token.startswith(tuple(f"{option}=" for option in WINDOW_OPTIONS)):
            return False
    return not values


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ita-desktop", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"ITA Desktop {__version__}")
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="the database file (default: the one in your data folder)")
    parser.add_argument(
        "--lang", choices=("th", "en"), help="language of the window for this run (default: the "
        "language chosen in Settings, Thai at first)",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = subparsers.add_parser(
        "demo", help="create a database holding a fictional demo unit",
        description="Create a database holding a fictional demo unit (fictional names, about 20 "
        "officers across the sections, the ITA frameworks), so a newcomer sees the program "
        "filled in. An existing file is never overwritten unless --replace is given.",
    )
    _add_db(demo, required=True)
    demo.add_argument(
        "--replace", action="store_true",
        help="replace the file if it exists (it is copied to the backups folder first)",
    )

    check = subparsers.add_parser(
        "check", help="run the integrity and consistency checks",
        description="Run SQLite's integrity and foreign-key checks and ITA Desktop's consistency "
        "checks (what a hand edit broke, unit profile, roster, frameworks) on the file opened "
        "read-only. Prints each finding; exits 1 when there is any, 2 when the file cannot be "
        "opened.",
    )
    _add_db(check, required=False)

    from ita_desktop.cli.reports import add_report_commands

    add_report_commands(subparsers, _add_db)
    from ita_desktop.cli.backups import add_backup_commands
    from ita_desktop.cli.imports import add_import_commands

    add_import_commands(subparsers, _add_db)
    add_backup_commands(subparsers, _add_db)
    from ita_desktop.cli.bundle import add_bundle_command

    add_bundle_command(subparsers, _add_db)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command. No traceback reaches the user: a refusal prints its message (exit
    1, or 2 for a database that cannot be opened); anything unexpected is written to the
    crash log and named in one line (exit 3)."""
    _give_streams_to_windowed_build()
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(commands=not _window_only(argv)).parse_args(argv)
    if args.command is None:
        # The window has its own error hook: a crash dialog and the crash log, not a line on a
        # terminal the user may not have.
        from ita_desktop.app import run_gui

        return run_gui(args.db, args.lang)
    try:
        return _run(args)
    except Exception as exc:  # the last guard before the user's terminal
        return _refused_or_crashed(args, exc)


def _give_streams_to_windowed_build() -> None:
    """The packaged program's console-less executable on Windows (``ITA Desktop.exe``, the
    Start menu's) starts with no ``sys.stdout`` nor ``sys.stderr``: what would be printed goes
    nowhere instead of failing (the window says what matters; crashes go to the crash log)."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def _refused_or_crashed(args: argparse.Namespace, exc: Exception) -> int:
    from ita_desktop.errors import AppError
    from ita_desktop.store.errors import DatabaseFileError

    command = " ".join(filter(None, ("ita-desktop", args.command, getattr(args, "what", None))))
    if isinstance(exc, AppError):
        print(f"{command}: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, DatabaseFileError) else 1
    import traceback

    from ita_desktop.app import _log_crash

    log = _log_crash(f"{command}\n" + "".join(traceback.format_exception(exc)))
    where = f"the details were written to '{log}'" if log else "the crash log could not be written"
    print(f"{command}: an unexpected error stopped the command ({type(exc).__name__}); "
          f"{where}.", file=sys.stderr)
    return 3


def _run(args: argparse.Namespace) -> int:
    # Every command but ``bundle import`` (which makes a new file, named by --out) works on
    # the database --db names: said once here rather than in each command.
    if not (args.command == "bundle" and args.what == "import"):
        _warn_if_on_network_drive(args.command, _resolve(args.db))
    if args.command == "import":
        from ita_desktop.cli.imports import run_import

        return run_import(args, _resolve(args.db))
    if args.command in ("backup", "restore"):
        from ita_desktop.cli import backups as cli_backups

        run = cli_backups.run_backup if args.command == "backup" else cli_backups.run_restore
        return run(args, _resolve(args.db))
    if args.command == "bundle":
        return _bundle(args)
    if args.command == "demo":
        return _demo(args.db, args.replace)
    if args.command == "check":
        return _check(args.db)
    if args.command in ("export", "sign-off", "verify", "register"):
        from ita_desktop.cli import reports as cli_reports

        path = _resolve(args.db)
        if args.command == "export":
            return cli_reports.run_export(args, path)
        if args.command == "sign-off":
            return cli_reports.run_sign_off(args, path)
        if args.command == "verify":
            return cli_reports.run_verify(args, path)
        return cli_reports.run_register(path)
    raise AssertionError(f"unknown command {args.command!r}")


def _warn_if_on_network_drive(command: str, path: Path) -> None:
    """One line on stderr when the database is on a network drive (the store keeps it in
    the rollback journal there, store/drives.py); the command goes on and its exit status
    is its own. A file that does not exist is said by the command itself, except for
    ``demo``, which makes one there."""
    from ita_desktop.store.drives import network_location

    if not (path.exists() or command == "demo"):
        return
    where = network_location(path)
    if where is None:
        return
    print(f"ita-desktop: warning: the database '{path}' is on a network drive ({where}): a "
          f"dropped connection or a power cut can damage it there, and two computers must "
          f"not open it at once; it is used in a safer but slower mode. Copy it to this "
          f"computer or a USB stick to work with it.", file=sys.stderr)


def _bundle(args: argparse.Namespace) -> int:
    from ita_desktop.cli import bundle

    if args.what == "import":
        print(bundle.run_bundle_import(args))
        return 0
    from ita_desktop.cli import reports as cli_reports

    # Opened as every command opens it: a file that is not ours or is damaged exits 2 here.
    db = cli_reports._open("bundle export", _resolve(args.db))
    if isinstance(db, int):
        return db
    try:
        print(bundle.run_bundle_export(args, db.path))
    finally:
        db.close()
    return 0


def _resolve(db: Path | None) -> Path:
    if db is not None:
        return db
    from ita_desktop.paths import default_database_path

    return default_database_path()


def _demo(path: Path, replace: bool) -> int:
    from ita_desktop.demo import DemoExistsError, create_demo_database
    from ita_desktop.store.errors import StoreError, WriteError
    from ita_desktop.store.lock import DatabaseInUseError

    try:
        summary = create_demo_database(path, replace=replace)
    except (DemoExistsError, DatabaseInUseError, WriteError) as exc:
        # Refused, or the file could not be written (open elsewhere, read-only, full): the
        # file was left as it was.
        print(f"ita-desktop demo: {exc}", file=sys.stderr)
        return 1
    except StoreError as exc:
        print(f"ita-desktop demo: {exc}", file=sys.stderr)
        return 2
    print(f"Created the demo database '{path}': {summary}.")
    print(f"Open it with: ita-desktop --db {path}")
    return 0


def _check(db: Path | None) -> int:
    from ita_desktop.store.checks import run_checks
    from ita_desktop.store.database import read_only
    from ita_desktop.store.errors import StoreError
    from ita_desktop.store.soundness import refuse_newer

    path = _resolve(db)
    if not path.exists():
        print(f"ita-desktop check: '{path}' does not exist.", file=sys.stderr)
        return 2
    # Read-only throughout: a check neither upgrades the file nor switches its journal, so
    # the file is byte for byte what it was, whatever is found. The whole integrity check,
    # stored content included, which the window's opening leaves to the content's hashes.
    try:
        with read_only(path, whole=True) as database:
            refuse_newer(database)
            findings = run_checks(database)
    except StoreError as exc:
        print(f"ita-desktop check: {exc}", file=sys.stderr)
        return 2
    if not findings:
        print(f"'{path}': no problems found.")
        return 0
    print(f"'{path}': {len(findings)} problem(s) found:")
    for finding in findings:
        print(f"- {finding}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
