"""Messages for errors: a refused database file, and the unexpected error with its details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ita_desktop.store.errors import DamagedDatabaseError, StoreError
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill


def open_error_text(error: StoreError) -> str:
    """The reason a file was refused, in the user's language, naming the file."""
    text = error_text(error)
    if isinstance(error, DamagedDatabaseError) and len(error.problems) > 3:
        text += "\n" + "\n".join(error.problems[3:8])
    return text


def show_open_error(error: StoreError, parent=None) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("ErrorDialog", "Cannot open the database"),
        open_error_text(error),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.exec()


def show_unexpected_error(exc: BaseException, details: str, log: Path | None) -> None:
    from PySide6.QtWidgets import QMessageBox

    parent = QApplication.activeWindow()
    text = fill(QCoreApplication.translate("ErrorDialog", "Something unexpected went wrong: %1"),
                str(exc) or type(exc).__name__)
    text += "\n\n" + QCoreApplication.translate(
        "ErrorDialog", "Your saved data is safe; the action that failed was not saved."
    )
    if log is not None:
        text += "\n" + fill(QCoreApplication.translate(
            "ErrorDialog", "The details were written to %1."), log)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ErrorDialog", "Unexpected error"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setDetailedText(details)
    box.exec()
