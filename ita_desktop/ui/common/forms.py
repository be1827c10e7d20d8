"""Pieces every form and table of the program shares: the error line, the Save/Cancel frame,
rows tall enough for Thai."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

# Thai marks above and below reach past the font's box; Qt's default row height clips them.
THAI_ROW_PADDING = 10
# A tone mark over an upper vowel (ที่, เมื่อ) stands above the font's ascent: a label at the top
# of a dialog needs this much room above its first line, or the mark is cut off.
THAI_MARK_ROOM = 4


def error_label() -> QLabel:
    """Where a form says, in red and in full, why it was not saved; hidden until then."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; padding: 2px;")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.show()


def lay_out_form_dialog(
    dialog: QDialog,
    form: QFormLayout,
    errors: QLabel | None = None,
    accept: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
) -> QDialogButtonBox:
    """The form, its error line and Save (or ``accept``)/Cancel, wired to accept and reject."""
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    if errors is not None:
        layout.addWidget(errors)
    layout.addWidget(buttons)
    return buttons


def pad_rows_for_thai(view: QAbstractItemView) -> None:
    view.verticalHeader().setDefaultSectionSize(  # type: ignore[attr-defined]
        view.fontMetrics().height() + THAI_ROW_PADDING
    )


def fill(text: str, *values: object) -> str:
    """``text`` with %1, %2… replaced by ``values`` in one pass: a value that itself holds
    "%2" (a downloaded file's name can) is left as it is."""
    import re

    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1])
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), text)


def action_button(action: QAction) -> QPushButton:
    """A push button that stands for ``action``: its text with the Alt key (a tool button
    drops the "&", so its Alt key would do nothing), enabled state and tooltip follow it."""
    button = QPushButton(action.text())

    def follow() -> None:
        button.setText(action.text())
        button.setEnabled(action.isEnabled())
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(shortcut)

    follow()
    action.changed.connect(follow)
    button.clicked.connect(action.trigger)
    return button
