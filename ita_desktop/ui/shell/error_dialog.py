"""Messages for errors: a refused database file, and the unexpected error with its details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ita_desktop.store.errors import (
    DamagedDatabaseError,
    DatabaseFileError,
    ForeignDatabaseError,
    MigrationError,
    NewerDatabaseError,
    NotADatabaseError,
    StoreError,
)


def open_error_text(error: StoreError) -> str:
    """The reason a file was refused, in the user's language, naming the file."""
    if not isinstance(error, DatabaseFileError):
        return str(error)
    path = str(error.path)
    if isinstance(error, NotADatabaseError):
        text = QCoreApplication.translate(
            "ErrorDialog", "'%1' is not an ITA Desktop database (it is not an SQLite file)."
        )
    elif isinstance(error, ForeignDatabaseError):
        text = QCoreApplication.translate(
            "ErrorDialog", "'%1' is a database of another program, not of ITA Desktop."
        )
    elif isinstance(error, DamagedDatabaseError):
        text = (
            QCoreApplication.translate(
                "ErrorDialog", "'%1' is damaged: its integrity check failed."
            )
            + "\n"
            + "\n".join(error.problems[:5])
        )
        text += "\n" + QCoreApplication.translate(
            "ErrorDialog",
            "Restore the latest copy from the 'backups' folder next to it, or your own backup.",
        )
    elif isinstance(error, NewerDatabaseError):
        text = (
            QCoreApplication.translate(
                "ErrorDialog",
                "'%1' was written by a newer ITA Desktop (schema version %2; this program knows up "
                "to %3). Install the newer ITA Desktop to open it.",
            )
            .replace("%2", str(error.found))
            .replace("%3", str(error.known))
        )
    elif isinstance(error, MigrationError):
        text = QCoreApplication.translate(
            "ErrorDialog", "Upgrading '%1' failed and was rolled back: %2"
        ).replace("%2", error.reason)
    else:
        text = QCoreApplication.translate("ErrorDialog", "Cannot open '%1': %2").replace(
            "%2", error.reason
        )
    return (
        text.replace("%1", path)
        + "\n\n"
        + QCoreApplication.translate("ErrorDialog", "The file was left as it is.")
    )


def show_open_error(error: StoreError, parent=None) -> None:  # type: ignore[no-untyped-def]
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("ErrorDialog", "Cannot open the database"),
        open_error_text(error),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.exec()


def show_unexpected_error(exc: BaseException, details: str, log: Path | None) -> None:
    parent = QApplication.activeWindow()
    text = QCoreApplication.translate("ErrorDialog", "Something unexpected went wrong: %1").replace(
        "%1", str(exc) or type(exc).__name__
    )
    text += "\n\n" + QCoreApplication.translate(
        "ErrorDialog", "Your saved data is safe; the action that failed was not saved."
    )
    if log is not None:
        text += "\n" + QCoreApplication.translate(
            "ErrorDialog", "The details were written to %1."
        ).replace("%1", str(log))
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ErrorDialog", "Unexpected error"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setDetailedText(details)
    box.exec()
