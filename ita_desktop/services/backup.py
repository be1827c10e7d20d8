"""A full copy of the open database in another file (File › Save a backup copy)."""

from __future__ import annotations

from pathlib import Path

from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.files import same_file
from ita_desktop.store.database import Database
from ita_desktop.store.errors import WriteError

register({
    "services.backup_is_open_database": QT_TRANSLATE_NOOP(
        "Errors", "'%path' is the open database itself. Choose another file for the backup "
        "copy; nothing was written."),
    "services.backup_failed": QT_TRANSLATE_NOOP(
        "Errors", "The backup copy could not be written to '%path' (%detail). Nothing was "
        "written there, and the open database is unchanged."),
})


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
