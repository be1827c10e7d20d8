"""A database another window or PC has open for changes: say who has it, offer read-only, and
keep a read-only window saying so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.errors import AppError
from ita_desktop.store.lock import DatabaseInUseError
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.shell.backup_words import when_text

# The context is written out at each call: lupdate reads only literal contexts.


def in_use_text(error: DatabaseInUseError, *, english: bool, digits: DigitStyle) -> str:
    """The refusal with the holder's start time as the window writes times (B.E. and the
    chosen digits in Thai); the store words it as ISO for the command line and the logs."""
    if error.holder is None:
        return error_text(error)
    since = when_text(error.holder.since, english, digits)
    return error_text(AppError(error.code, **{**error.values, "since": since}))


def ask_read_only(error: DatabaseInUseError, parent: QWidget | None = None, *,
                  english: bool = False, digits: DigitStyle = DigitStyle.THAI) -> bool:
    """Whether the user opens the file read-only (True) or leaves it (False)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("InUseDialog", "The database is in use"),
        in_use_text(error, english=english, digits=digits),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(QCoreApplication.translate(
        "InUseDialog", "Read-only, you can look at everything and export reports, but not change "
        "anything."))
    read_only = box.addButton(QCoreApplication.translate("InUseDialog", "Open &read-only"),
                              QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def read_only_badge() -> QLabel:
    """The mark a read-only window keeps in its status bar: the status message saying why is
    replaced as soon as a menu is browsed, and a title bar is not always in view."""
    label = QLabel(QCoreApplication.translate("InUseDialog", "Read-only"))
    label.setStyleSheet("font-weight: bold; color: #8b0000; padding: 0 6px;")
    label.setToolTip(QCoreApplication.translate(
        "InUseDialog", "Another window or computer has this file open for changes. Close it "
        "there and open the file again here to make changes."))
    return label
