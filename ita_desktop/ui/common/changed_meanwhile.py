"""Someone else saved what the user is editing: show theirs, or keep what was typed.

The choice is put on the buttons themselves. A Yes/No question with "choose No to keep it"
in its text was read wrongly in Thai, where Qt's No button says "ไม่ใช่", not "ไม่".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ita_desktop.store.errors import ChangedMeanwhileError
from ita_desktop.ui.common.error_text import error_text

# The context is written out at each call: lupdate reads only literal contexts.


def ask_show_saved(parent: QWidget, error: ChangedMeanwhileError, replaced: str) -> bool:
    """Whether to show the entry as saved now (True), replacing ``replaced`` (what the user
    typed, named for the place it is in), or keep what was typed on screen (False)."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("ChangedMeanwhile", "Changed meanwhile"),
                      error_text(error), QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(replaced)
    show = box.addButton(QCoreApplication.translate("ChangedMeanwhile", "&Show the saved version"),
                         QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("ChangedMeanwhile", "&Keep what I typed"),
                         QMessageBox.ButtonRole.RejectRole)
    # Keeping loses nothing: it is what Enter and Esc do.
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is show
