"""``ita-desktop backup`` and ``ita-desktop restore``: the backups folder from the command line.

``backup`` makes a rotating copy in the ``backups`` folder beside the database (or, with
``--out FILE``, a copy anywhere), ``backup --list`` lists the copies with their state, and
``restore BACKUP`` / ``restore --latest`` puts one back. Restore never opens the database
first: it is the way back for a file that is damaged or lost.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ita_desktop.cli.files import add_out_options, check_out

if TYPE_CHECKING:
    from ita_desktop.services.backups import BackupEntry
    from ita_desktop.store.database import Database

STATE_WORDS = {
    "good": "good",
    "damaged": "DAMAGED",
    "foreign": "not ITA Desktop",
    "newer": "newer version",
    "not-a-database": "not a database",
    "unreadable": "unreadable",
}


def add_backup_commands(commands: argparse._SubParsersAction,  # type: ignore[type-arg]
                        add_db: Callable[[argparse.ArgumentParser, bool], None]) -> None:
    backup = commands.add_parser(
        "backup", help="copy the database into its backups folder, or to --out FILE; "
        "--list lists the copies",
        description="Without options: copy the database into the 'backups' folder beside it, "
        "named by the time and 'manual'; the newest copies of each kind are kept, as many as "
        "Settings says (10 at first), older ones deleted. --out FILE copies it anywhere else "
        "(the window's Save a backup copy); an existing FILE is replaced only with --force. "
        "--list lists the copies in the backups folder, newest first, each checked read-only: "
        "date, reason (daily, exit, manual, migration, before-restore), size and state. Copies "
        "are made through SQLite's backup API, consistent even while the window has the file "
        "open.")
    add_db(backup, False)
    add_out_options(backup, required=False)
    backup.add_argument("--list", action="store_true",
                        help="list the copies in the backups folder and whether each is good")

    restore = commands.add_parser(
        "restore", help="put a backup in the place of the database (restore BACKUP, or "
        "restore --latest)",
        description="Replace the database with a copy: BACKUP, or with --latest the newest "
        "copy in the backups folder that passes the check (a copy kept before an earlier "
        "restore is never taken by --latest: give it by name). The copy is checked first; a "
        "damaged copy, one that is not of ITA Desktop or one of a newer version is refused "
        "and the database left as it is. The file being replaced is kept in the backups "
        "folder as a 'before-restore' copy. Close the window on the database first: a file "
        "in use is not replaced. Works on a database that is damaged or missing.")
    add_db(restore, False)
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("backup", nargs="?", type=Path, metavar="BACKUP",
                       help="the copy to restore (see backup --list)")
    which.add_argument("--latest", action="store_true",
                       help="the newest copy in the backups folder that passes the check, "
                       "leaving out copies kept before a restore")


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _when(entry: BackupEntry) -> str:
    return entry.taken_at.strftime("%Y-%m-%d %H:%M:%S")


def run_backup(args: argparse.Namespace, db_path: Path) -> int:
    if args.list:
        if args.out is not None:
            print("ita-desktop backup: --list lists the copies; it cannot be given with --out.",
                  file=sys.stderr)
            return 2
        return _list(db_path)
    from ita_desktop.cli import reports as cli_reports

    db = cli_reports._open("backup", db_path)
    if isinstance(db, int):
        return db
    try:
        print(_copy_out(args, db) if args.out is not None else _copy_into_folder(db))
    finally:
        db.close()
    return 0


def _copy_out(args: argparse.Namespace, db: Database) -> str:
    from ita_desktop.files import same_file
    from ita_desktop.services.backups import save_backup_copy

    if not same_file(args.out, db.path):
        # The database itself is refused by the backup, with its own message.
        check_out(args.out, args.force)
    target = save_backup_copy(db, args.out)
    return f"Saved a full copy of '{db.path}' to '{target}'."


def _copy_into_folder(db: Database) -> str:
    from ita_desktop.services.backups import make_backup
    from ita_desktop.store.settings import SettingsRepository

    keep = SettingsRepository(db).load().backups_to_keep
    entry = make_backup(db.path, "manual", keep=keep)
    return (f"Saved a copy of '{db.path}' as '{entry.path}' ({_size(entry.size)}). The newest "
            f"{keep} manual copies are kept.")


def _list(db_path: Path) -> int:
    from ita_desktop.services.backups import list_backups
    from ita_desktop.store.backups import folder_of

    entries = list_backups(db_path)
    folder = folder_of(db_path)
    if not entries:
        print(f"No backups of '{db_path}' in '{folder}' yet.")
        return 0
    print(f"Backups of '{db_path}' in '{folder}', newest first:")
    for entry in entries:
        assert entry.inspection is not None
        state = STATE_WORDS[entry.inspection.state.value]
        print(f"{_when(entry)}  {entry.reason:<14}  {_size(entry.size):>10}  {state:<15}  "
              f"{entry.path.name}")
    return 0


def run_restore(args: argparse.Namespace, db_path: Path) -> int:
    from ita_desktop.services import backups

    if args.latest:
        backup = backups.latest_good_or_refuse(db_path).path
    else:
        backup = Path(args.backup)
        if not backup.is_file():
            print(f"ita-desktop restore: '{backup}' does not exist (see backup --list). The "
                  "database was left as it is.", file=sys.stderr)
            return 2
    result = backups.restore_backup(db_path, backup)
    print(f"Restored '{db_path}' from the copy '{result.restored_from}'.")
    if result.before_restore is not None:
        print(f"The file it replaced was kept as '{result.before_restore}'.")
    return 0
