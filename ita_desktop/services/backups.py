"""Rotating backups in the ``backups`` folder beside the database, restoring one, and a copy
saved anywhere else (``save_backup_copy``).

Which copies are kept (``rotate``):
- ``daily``, ``exit`` and ``manual`` copies rotate, each kind keeping its newest ``keep``
  (Settings, 10 at first). Separately, so that a day of many closes never pushes last week's
  daily copies out: the daily ones are the history, the exit ones the last sessions.
- ``migration`` and ``before-restore`` copies are never deleted by the program. Each is the
  only way back past a step the user cannot undo otherwise (a schema upgrade, a restore), and
  they are rare: one per program upgrade, one per restore.

All of this is plain Python on paths, so it runs on a job runner's thread with its own SQLite
connections while the window keeps its own; ``progress`` and ``cancelled`` are the runner's.
``save_backup_copy`` alone copies through the open ``Database`` it is given, on that
database's thread.
"""

from __future__ import annotations

import glob
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from ita_desktop.domain.progress import (
    CancelCheck,
    Cancelled,
    Progress,
    never_cancelled,
    no_progress,
)
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.files import remove_stale_parts, same_file
from ita_desktop.store.backups import (
    CopyState,
    Inspection,
    copy_database,
    copy_file_as_is,
    folder_of,
    inspect_copy,
    new_backup_path,
    parse_backup_name,
    put_in_place,
    release_log,
    remove_log,
    remove_with_sides,
)
from ita_desktop.store.database import Database
from ita_desktop.store.errors import WriteError
from ita_desktop.store.lock import held_for_replacing
from ita_desktop.store.migrations import LATEST_VERSION
from ita_desktop.store.settings import BACKUPS_TO_KEEP, BACKUPS_TO_KEEP_RANGE

register({
    "backups.failed": QT_TRANSLATE_NOOP(
        "Errors", "The backup could not be written to '%folder' (%detail). Nothing was "
        "written there, and the database is unchanged."),
    "backups.missing": QT_TRANSLATE_NOOP(
        "Errors", "'%path' does not exist. Choose one of the copies that Restore lists."),
    "backups.is_database": QT_TRANSLATE_NOOP(
        "Errors", "'%path' is the database itself, not a copy of it. Nothing was changed."),
    "backups.damaged": QT_TRANSLATE_NOOP(
        "Errors", "The copy '%path' is damaged (integrity check: %problems), so it was not "
        "restored. The database was left as it is. Choose another copy."),
    "backups.foreign": QT_TRANSLATE_NOOP(
        "Errors", "'%path' is not a copy of an ITA Desktop database, so it was not restored. "
        "The database was left as it is."),
    "backups.not_a_database": QT_TRANSLATE_NOOP(
        "Errors", "'%path' is not a database file at all, so it was not restored. The "
        "database was left as it is."),
    "backups.newer": QT_TRANSLATE_NOOP(
        "Errors", "The copy '%path' was written by a newer ITA Desktop (schema version %found; "
        "this program knows up to %known), so it was not restored. The database was left as "
        "it is. Install the newer ITA Desktop to use it."),
    "backups.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The copy '%path' cannot be read (%detail), so it was not restored. The "
        "database was left as it is."),
    "backups.none": QT_TRANSLATE_NOOP(
        "Errors", "There is no backup of '%path' in '%folder'. Nothing was changed."),
    "backups.none_good": QT_TRANSLATE_NOOP(
        "Errors", "None of the backups of '%path' in '%folder' passes the check (each is "
        "damaged, of a newer version or unreadable). Nothing was changed."),
    "backups.in_use": QT_TRANSLATE_NOOP(
        "Errors", "'%path' is open in another ITA Desktop window or another program, so the "
        "copy was not restored and the database was left as it is. Close it there and try "
        "again."),
    "backups.restore_failed": QT_TRANSLATE_NOOP(
        "Errors", "The copy could not be restored (%detail). The database '%path' was left "
        "as it is."),
    "backups.copy_not_good": QT_TRANSLATE_NOOP(
        "Errors", "The copy '%backup' was copied beside the database, but what was copied did "
        "not pass the integrity check (the disk may be failing), so it was not restored. The "
        "database '%path' was left as it is."),
    "services.backup_is_open_database": QT_TRANSLATE_NOOP(
        "Errors", "'%path' is the open database itself. Choose another file for the backup "
        "copy; nothing was written."),
    "services.backup_failed": QT_TRANSLATE_NOOP(
        "Errors", "The backup copy could not be written to '%path' (%detail). Nothing was "
        "written there, and the open database is unchanged."),
})

ROTATED = ("daily", "exit", "manual")
DEFAULT_KEEP = BACKUPS_TO_KEEP


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    # None until the copy has been checked (``check``): listing by name alone is quick.
    inspection: Inspection | None = None

    @property
    def good(self) -> bool:
        return self.inspection is not None and self.inspection.state is CopyState.GOOD


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    # The file as it was before the restore; None when there was no file.
    before_restore: Path | None


def backups_of(db_path: Path) -> list[BackupEntry]:
    """The copies of ``db_path`` in its backups folder, newest first, not yet checked."""
    folder = folder_of(db_path)
    found: list[tuple[tuple[datetime, int], BackupEntry]] = []
    try:
        children = list(folder.iterdir())
    except OSError:
        return []  # no folder (no copy made yet), or one that cannot be read
    for child in children:
        name = parse_backup_name(db_path, child.name)
        if name is None:
            continue
        try:
            if not child.is_file():
                continue
            size = child.stat().st_size
        except OSError:
            continue
        found.append(((name.taken_at, name.sequence),
                      BackupEntry(child, name.taken_at, name.reason, size)))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [entry for _, entry in found]


def check(entry: BackupEntry) -> BackupEntry:
    """``entry`` with its inspection: whether it opens and passes the integrity check."""
    return replace(entry, inspection=inspect_copy(entry.path, LATEST_VERSION))


def list_backups(db_path: Path, progress: Progress = no_progress,
                 cancelled: CancelCheck = never_cancelled) -> list[BackupEntry]:
    """Every copy of ``db_path``, newest first, each checked (read-only)."""
    entries = backups_of(db_path)
    checked: list[BackupEntry] = []
    for number, entry in enumerate(entries):
        if cancelled():
            raise Cancelled
        progress(number, len(entries), entry.path.name)
        checked.append(check(entry))
    progress(len(entries), len(entries))
    return checked


def newest_good_backup(db_path: Path, progress: Progress = no_progress,
                       cancelled: CancelCheck = never_cancelled) -> BackupEntry | None:
    """The newest copy of ``db_path`` that opens and passes the integrity check; older ones are
    checked only when the newer ones fail.

    Copies kept before a restore are not offered: each holds the state the user chose to leave
    by restoring (or a damaged file kept as it was), and offering it after a later crash would
    undo that restore. They stay listed in File › Restore, where the user picks by date."""
    entries = [entry for entry in backups_of(db_path) if entry.reason != "before-restore"]
    for number, entry in enumerate(entries):
        if cancelled():
            raise Cancelled
        progress(number, len(entries), entry.path.name)
        checked = check(entry)
        if checked.good:
            return checked
    return None


# --- making a copy -------------------------------------------------------------------------------
def make_backup(db_path: Path, reason: str, *, keep: int = DEFAULT_KEEP,
                progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled,
                now: datetime | None = None) -> BackupEntry:
    """A copy of ``db_path`` in its backups folder, then the rotation (``rotate``).

    Written to a hidden part file and renamed when complete: a copy cut off (cancelled, a full
    disk, a switched-off PC) is never listed as a backup. Raises ``Cancelled``, or an
    ``AppError`` (``backups.failed``) with the database unchanged.
    """
    db_path = Path(db_path)
    folder = folder_of(db_path)
    try:
        target = new_backup_path(db_path, reason, now)
    except OSError as exc:
        raise AppError("backups.failed", folder=folder, detail=exc.strerror or str(exc)) from exc
    _remove_stale_parts(db_path)
    try:
        # Under its part name until complete (``copy_database``).
        copy_database(db_path, target,
                      lambda done, total, text="": progress(done, total, "copy"), cancelled)
    except WriteError as exc:
        raise AppError("backups.failed", folder=folder,
                       detail=exc.values.get("detail") or exc.english()) from exc
    except OSError as exc:
        raise AppError("backups.failed", folder=folder, detail=exc.strerror or str(exc)) from exc
    rotate(db_path, keep, spare=target)
    name = parse_backup_name(db_path, target.name)
    assert name is not None
    return BackupEntry(target, name.taken_at, reason, target.stat().st_size)


def _remove_stale_parts(db_path: Path) -> None:
    # The part and SQLite's journal of it, which a kill mid-copy leaves beside it.
    remove_stale_parts(folder_of(db_path), f".{glob.escape(db_path.stem)}.*.part*")


def rotate(db_path: Path, keep: int, *, spare: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` copies of each rotated kind; return those deleted.
    Copies before an upgrade or a restore are never deleted (see the module's notes), nor
    ``spare``, the copy just made: with the PC's clock set back it is not the newest by its
    name, and the copy the user asked for must not be gone the moment it was made."""
    keep = max(BACKUPS_TO_KEEP_RANGE[0], keep)
    removed: list[Path] = []
    for reason in ROTATED:
        of_kind = [e for e in backups_of(db_path) if e.reason == reason]
        others = [e for e in of_kind if e.path != spare]
        # The copy just made is one of those kept, whatever its name says of its age.
        for entry in others[keep - (len(others) < len(of_kind)):]:
            try:
                entry.path.unlink()
            except OSError:
                continue  # one copy that cannot be deleted must not stop the next backup
            removed.append(entry.path)
    return removed


def daily_due(db_path: Path, today: date | None = None) -> bool:
    """Whether the daily copy of ``db_path`` is still to be made: there is none of today.

    Days the program is not used make no copy, so the daily copies reach back over the last
    ``keep`` days of work. (Whether the file changed since the newest copy cannot be told
    cheaply from outside: an open window's ``-wal`` is rewritten without any change saved.)
    """
    today = today or date.today()
    return not any(e.reason == "daily" and e.taken_at.date() == today
                   for e in backups_of(db_path))


# --- a copy elsewhere (File › Save a backup copy, backup --out) -----------------------------
def save_backup_copy(db: Database, target: Path) -> Path:
    """Copy the open database to ``target`` through SQLite's backup API (consistent while the
    file is open) and return ``target``.

    The copy goes to ``target.part`` first and replaces ``target`` only when complete, so an
    earlier backup there survives a failed copy. The open database itself is refused.
    """
    target = Path(target)
    if same_file(target, db.path):
        raise AppError("services.backup_is_open_database", path=target)
    temp = target.with_name(target.name + ".part")
    try:
        temp.unlink(missing_ok=True)
        db.backup_to(temp)
        temp.replace(target)
    except (OSError, WriteError) as exc:
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass  # the folder cannot be written at all: there is no part file to remove
        detail = (exc.values.get("detail") if isinstance(exc, WriteError)
                  else exc.strerror) or str(exc)
        raise AppError("services.backup_failed", path=target, detail=detail) from exc
    return target


# --- restoring --------------------------------------------------------------------------------
def refuse_unusable(path: Path, inspection: Inspection) -> None:
    """Raise the ``AppError`` that says why the copy at ``path`` cannot be restored."""
    state = inspection.state
    if state is CopyState.GOOD:
        return
    if state is CopyState.DAMAGED:
        raise AppError("backups.damaged", path=path,
                       problems="; ".join(inspection.problems[:3]))
    if state is CopyState.NEWER:
        raise AppError("backups.newer", path=path, found=inspection.schema_version,
                       known=LATEST_VERSION)
    if state is CopyState.FOREIGN:
        raise AppError("backups.foreign", path=path)
    if state is CopyState.NOT_A_DATABASE:
        raise AppError("backups.not_a_database", path=path)
    raise AppError("backups.unreadable", path=path,
                   detail="; ".join(inspection.problems) or "?")


def latest_good_or_refuse(db_path: Path) -> BackupEntry:
    """The newest good copy of ``db_path``, or an ``AppError`` that says there is none."""
    entry = newest_good_backup(db_path)
    if entry is None:
        code = "backups.none_good" if backups_of(db_path) else "backups.none"
        raise AppError(code, path=db_path, folder=folder_of(db_path))
    return entry


def restore_backup(db_path: Path, backup: Path, *, progress: Progress = no_progress,
                   cancelled: CancelCheck = never_cancelled,
                   now: datetime | None = None) -> RestoreResult:
    """Put the copy ``backup`` in the place of ``db_path``, keeping the file there now as a
    ``before-restore`` copy.

    Nothing of the database changes until the copy has been checked, copied beside it and
    checked again; then one ``os.replace`` puts it in place. The caller has closed its own
    connection to ``db_path``; a file still open elsewhere is refused (``backups.in_use``).
    ``progress`` names its stage in ``text``: ``check``, ``copy``, ``keep``. Raises
    ``Cancelled`` (before the replace only) or an ``AppError``, with the database unchanged.
    """
    db_path, backup = Path(db_path), Path(backup)
    if same_file(db_path, backup):
        raise AppError("backups.is_database", path=backup)
    if not backup.is_file():
        raise AppError("backups.missing", path=backup)
    progress(0, 1, "check")
    refuse_unusable(backup, inspect_copy(backup, LATEST_VERSION))
    temp = db_path.with_name(f".{db_path.name}.restoring")
    remove_with_sides(temp)
    before: Path | None = None
    try:
        copy_database(backup, temp, lambda done, total, text="": progress(done, total, "copy"),
                      cancelled, source_is_copy=True)
        if inspect_copy(temp, LATEST_VERSION).state is not CopyState.GOOD:
            # Its own message: a sentence of ours as restore_failed's %detail stayed English
            # in the Thai window.
            raise AppError("backups.copy_not_good", path=db_path, backup=backup)
        if cancelled():
            raise Cancelled
        with held_for_replacing(db_path):
            if db_path.exists():
                before = _keep_current(db_path, now, progress)
            put_in_place(temp, db_path)
    except WriteError as exc:
        raise AppError("backups.restore_failed", path=db_path,
                       detail=exc.values.get("detail") or exc.english()) from exc
    except OSError as exc:
        raise AppError("backups.restore_failed", path=db_path,
                       detail=exc.strerror or str(exc)) from exc
    finally:
        # A before-restore copy already made stays, even when the replace failed: for a
        # damaged file it is the only one holding the file's log.
        remove_with_sides(temp)
    return RestoreResult(backup, before)


def ensure_not_in_use(db_path: Path) -> bool:
    """Fold the write-ahead log into ``db_path`` and make sure no one else has the file open;
    False when the file is too damaged for SQLite to fold its log.

    A window of this program is found earlier, by its lock (``held_for_replacing``); this
    finds any other connection, of another program included.
    """
    try:
        return release_log(db_path)
    except WriteError as exc:
        if exc.code == "store.locked":
            raise AppError("backups.in_use", path=db_path) from exc
        raise


def _keep_current(db_path: Path, now: datetime | None, progress: Progress) -> Path:
    """The ``before-restore`` copy of the file about to be replaced, its log folded in first."""
    whole = ensure_not_in_use(db_path)
    before = new_backup_path(db_path, "before-restore", now)
    if whole:
        # Not cancellable: the copy is what makes the replace safe, and it is on its way.
        copy_database(db_path, before,
                      lambda done, total, text="": progress(done, total, "keep"))
    else:
        # A damaged file is kept byte for byte, log and all, for whoever may rescue it; the
        # log is then removed so SQLite never lays it over the restored file.
        copy_file_as_is(db_path, before)
        remove_log(db_path)
    return before

