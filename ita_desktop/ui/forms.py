"""Pieces every form of the program shares: the error line and the Save/Cancel dialog frame."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout


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
