"""What the store refuses or cannot do, as codes with values (see ``ita_desktop.errors``).

SQLite's own errors never leave the store as they are: a locked, read-only or full file, or an
I/O failure, becomes a ``WriteError`` that says what happened and that nothing was changed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

register({
    "store.not_a_database": QT_TRANSLATE_NOOP(
        "Errors", "Cannot open '%path': it is not an ITA Desktop database (not an SQLite file). "
        "The file was left as it is."),
    "store.foreign": QT_TRANSLATE_NOOP(
        "Errors", "Cannot open '%path': it is an SQLite database of another program, not of ITA "
        "Desktop. The file was left as it is."),
    "store.damaged": QT_TRANSLATE_NOOP(
        "Errors", "Cannot open '%path': the file is damaged (integrity check: %problems). The "
        "file was left as it is. Restore the latest copy from the 'backups' folder next to it, "
        "or from your own backup copy."),
    "store.newer": QT_TRANSLATE_NOOP(
        "Errors", "Cannot open '%path': it was written by a newer ITA Desktop (schema version "
        "%found; this program knows up to %known). The file was left as it is. Install the "
        "newer ITA Desktop to open it."),
    "store.no_permission": QT_TRANSLATE_NOOP(
        "Errors", "Cannot open '%path': you have no permission to read it. Ask for access, or "
        "choose another file."),
    "store.is_folder": QT_TRANSLATE_NOOP(
        "Errors", "Cannot open '%path': it is a folder. Choose a database file."),
    "store.missing": QT_TRANSLATE_NOOP(
        "Errors", "Cannot open '%path': the file does not exist. Check the path."),
    "store.empty": QT_TRANSLATE_NOOP(
        "Errors", "Cannot open '%path': the file is empty (0 bytes), so it holds no ITA "
        "Desktop data; its writing was probably cut off. The file was left as it is. Restore "
        "the newest backup copy of it (File › Restore from a backup, or 'ita-desktop restore "
        "--latest'), or, to start afresh, remove the empty file or choose another name with "
        "New database."),
    "store.no_folder": QT_TRANSLATE_NOOP(
        "Errors", "Cannot create '%path': its folder cannot be created (%detail). Choose "
        "another place."),
    "store.cannot_open": QT_TRANSLATE_NOOP(
        "Errors", "Cannot open '%path' (%detail). Check that the file and its folder can be "
        "read and written, or choose another file."),
    "store.migration_failed": QT_TRANSLATE_NOOP(
        "Errors", "Cannot open '%path': upgrading it to schema version %version failed "
        "(%detail). The upgrade was rolled back and the file is unchanged."),
    "store.migration_failed_backup": QT_TRANSLATE_NOOP(
        "Errors", "Cannot open '%path': upgrading it to schema version %version failed "
        "(%detail). The upgrade was rolled back and the file is unchanged. A copy from before "
        "the upgrade is at '%backup'."),
    "store.migration_no_backup": QT_TRANSLATE_NOOP(
        "Errors", "Cannot open '%path': it must be upgraded to schema version %version, and a "
        "copy is made first in the 'backups' folder next to it, but the copy could not be "
        "made (%detail). The file was left as it is. Make the folder writable, or move the "
        "file to a place where a 'backups' folder can be made."),
    "store.locked": QT_TRANSLATE_NOOP(
        "Errors", "The database '%path' is in use by another program or another ITA Desktop "
        "window, so nothing was changed. Close the other program and try again."),
    "store.read_only": QT_TRANSLATE_NOOP(
        "Errors", "The database '%path' is read-only (a write-protected file, folder or USB "
        "stick), so nothing was changed. Copy it to a place you can write to, or ask for "
        "write access."),
    "store.opened_read_only": QT_TRANSLATE_NOOP(
        "Errors", "The database '%path' was opened read-only, because another window or "
        "computer has it open for changes, so nothing was changed. Close it there and open "
        "the file again to make changes."),
    "store.disk_full": QT_TRANSLATE_NOOP(
        "Errors", "The disk holding '%path' is full, so nothing was changed. Free some space "
        "and try again."),
    "store.io_error": QT_TRANSLATE_NOOP(
        "Errors", "The database '%path' could not be written (%detail), so nothing was "
        "changed. Check the disk or USB stick and try again."),
    "store.no_person": QT_TRANSLATE_NOOP(
        "Errors", "There is no person number %id in the roster (someone else may have changed "
        "it). Nothing was changed."),
    "store.person_changed_meanwhile": QT_TRANSLATE_NOOP(
        "Errors", "%name was changed in another window or on another computer after you "
        "opened the entry, so your change was not saved (it would have undone theirs)."),
    "store.unit_changed_meanwhile": QT_TRANSLATE_NOOP(
        "Errors", "The unit profile was changed in another window or on another computer "
        "after you opened it, so your change was not saved (it would have undone theirs)."),
    "store.person_not_saved": QT_TRANSLATE_NOOP(
        "Errors", "This person was never saved, so there is nothing to update."),
    "store.commander_not_in_roster": QT_TRANSLATE_NOOP(
        "Errors", "The commander chosen is not in the roster. Nothing was changed."),
    "store.emblem_before_profile": QT_TRANSLATE_NOOP(
        "Errors", "Save the unit profile before adding its emblem."),
    "store.unknown_language": QT_TRANSLATE_NOOP(
        "Errors", "Unknown language '%language'."),
    "store.framework_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The ITA framework of fiscal year %year in the database cannot be read: "
        "%detail"),
    "store.problems": QT_TRANSLATE_NOOP("Errors", "%problems"),
})


class StoreError(AppError):
    """Anything the store refuses or cannot do; nothing was written."""


class DatabaseFileError(StoreError):
    """A database file that cannot be opened as it is; it was left untouched."""

    def __init__(self, code: str, path: Path, /, **values: object) -> None:
        self.path = Path(path)
        super().__init__(code, path=self.path, **values)


class NotADatabaseError(DatabaseFileError):
    def __init__(self, path: Path) -> None:
        super().__init__("store.not_a_database", path)


class ForeignDatabaseError(DatabaseFileError):
    def __init__(self, path: Path) -> None:
        super().__init__("store.foreign", path)


class DamagedDatabaseError(DatabaseFileError):
    def __init__(self, path: Path, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("store.damaged", path, problems="; ".join(problems[:3]))


class NewerDatabaseError(DatabaseFileError):
    def __init__(self, path: Path, found: int, known: int) -> None:
        self.found = found
        self.known = known
        super().__init__("store.newer", path, found=found, known=known)


class UnreadableDatabaseError(DatabaseFileError):
    """The file or its folder cannot be read or made (``code`` says which)."""


class MigrationError(DatabaseFileError):
    def __init__(self, path: Path, version: int, detail: str, backup: Path | None) -> None:
        self.backup = backup
        if backup is None:
            super().__init__("store.migration_failed", path, version=version, detail=detail)
        else:
            super().__init__("store.migration_failed_backup", path, version=version,
                             detail=detail, backup=backup)


class MigrationBackupError(DatabaseFileError):
    def __init__(self, path: Path, version: int, detail: str) -> None:
        super().__init__("store.migration_no_backup", path, version=version, detail=detail)


class WriteError(StoreError):
    """The file could not be written (locked, read-only, full, I/O); the action was rolled
    back, so nothing changed."""

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        self.path = Path(path)
        super().__init__(code, path=self.path, detail=detail)


def write_error(exc: sqlite3.Error, path: Path) -> WriteError | None:
    """The ``WriteError`` an SQLite error stands for, or None when it is something else
    (a constraint, a bug) that must not be dressed up as a disk problem."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name:
        primary = "_".join(name.split("_")[:2])  # SQLITE_IOERR_WRITE -> SQLITE_IOERR
        code = _CODES_BY_NAME.get(name, _CODES_BY_NAME.get(primary))
        return WriteError(code, path, str(exc)) if code else None
    # Without the error's name (older Pythons), its text.
    message = str(exc).lower()
    if "database is locked" in message:
        return WriteError("store.locked", path, str(exc))
    if "readonly" in message or "read-only" in message:
        return WriteError("store.read_only", path, str(exc))
    if "database or disk is full" in message:
        return WriteError("store.disk_full", path, str(exc))
    if "disk i/o error" in message or "unable to open database" in message:
        return WriteError("store.io_error", path, str(exc))
    return None


# SQLite's extended names first, then the primary ones. SQLITE_LOCKED (a table locked by the
# same connection) is a bug, not another program, so it is not here. A database moved or
# deleted while open (a USB stick pulled) is an I/O problem, not a write-protected file.
_CODES_BY_NAME = {
    "SQLITE_READONLY_DBMOVED": "store.io_error",
    "SQLITE_READONLY_DIRECTORY": "store.read_only",
    "SQLITE_BUSY": "store.locked",
    "SQLITE_READONLY": "store.read_only",
    "SQLITE_FULL": "store.disk_full",
    "SQLITE_IOERR": "store.io_error",
    "SQLITE_CANTOPEN": "store.io_error",
}


class ChangedMeanwhileError(StoreError):
    """A row saved by someone else since it was read; nothing was written. ``person_id`` is
    the roster entry's number, None for the unit profile."""

    def __init__(self, person_id: int | None = None, name: str = "") -> None:
        self.person_id = person_id
        if person_id is None:
            super().__init__("store.unit_changed_meanwhile")
        else:
            super().__init__("store.person_changed_meanwhile", name=name)


class ValidationError(StoreError):
    """A user action with bad data: nothing was written."""


class ProblemsError(ValidationError):
    """Bad data found by the domain checks; ``problems`` says each thing, nothing was written."""

    def __init__(self, problems: list) -> None:
        self.problems = problems
        super().__init__("store.problems", problems="; ".join(p.english() for p in problems))
