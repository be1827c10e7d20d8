"""Errors said in the window's language: an ``AppError`` through its code's template,
translated, then filled; a file the system would not write, through the reason's errno (the
system's own words are English)."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from ita_desktop.errors import CONTEXT, QT_TRANSLATE_NOOP, AppError, word

_FILE_CONTEXT = "FileErrors"

# The reasons a user can act on, by errno (Python maps Windows' errors onto the same numbers).
_FILE_REASONS: dict[int, str] = {
    errno.EACCES: QT_TRANSLATE_NOOP("FileErrors", "no permission to write there"),
    errno.EPERM: QT_TRANSLATE_NOOP("FileErrors", "no permission to write there"),
    errno.EROFS: QT_TRANSLATE_NOOP("FileErrors", "the disk or folder is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("FileErrors", "the disk is full"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("FileErrors",
                                     "a file has the name of a folder on the way there"),
    errno.EEXIST: QT_TRANSLATE_NOOP("FileErrors",
                                    "a file has the name of a folder on the way there"),
    errno.EISDIR: QT_TRANSLATE_NOOP("FileErrors", "a folder has that name"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FileErrors", "the name is too long"),
    errno.ENOENT: QT_TRANSLATE_NOOP("FileErrors", "the folder does not exist"),
}


def error_text(exc: AppError) -> str:
    return word(exc, lambda text: QCoreApplication.translate(CONTEXT, text))


def file_error_reason(exc: OSError) -> str:
    """Why a file could not be written, in the window's language where the reason is a common
    one; the system's own words otherwise."""
    reason = _FILE_REASONS.get(exc.errno or 0)
    if reason is None:
        return exc.strerror or str(exc)
    return QCoreApplication.translate(_FILE_CONTEXT, reason)
