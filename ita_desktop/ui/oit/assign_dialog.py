"""Assign… and Remove person… of the items page: one roster person, as preparer or controller,
added to or replacing those already on every selected item (or taken off them)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.oit_plan import AssignMode
from ita_desktop.domain.oit_workflow import Duty
from ita_desktop.domain.roster import Person
from ita_desktop.ui.calendar.people_combo import PersonCombo
from ita_desktop.ui.common.forms import error_label, fill, lay_out_form_dialog, show_error


def _choice(*buttons: QRadioButton) -> tuple[QWidget, QButtonGroup]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(box)
    for button in buttons:
        layout.addWidget(button)
        group.addButton(button)
    buttons[0].setChecked(True)
    return box, group


class AssignDialog(QDialog):
    """``removing``: the dialog of Remove person… (no add/replace choice)."""

    def __init__(self, people: Sequence[Person], codes: Sequence[str], *,
                 removing: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove a person from items") if removing
                            else self.tr("Assign items"))
        self.items_label = QLabel(fill(self.tr("Items: %1"), ", ".join(codes)))
        self.items_label.setWordWrap(True)
        self.person = PersonCombo()
        self.person.set_people(people)
        self.preparer = QRadioButton(self.tr("&Preparer (prepares the data)"))
        self.controller = QRadioButton(self.tr("&Controller (checks and follows up)"))
        duty_box, _ = _choice(self.preparer, self.controller)
        self.add = QRadioButton(self.tr("&Add to those already assigned"))
        self.replace = QRadioButton(self.tr("&Replace those already assigned"))
        mode_box, _ = _choice(self.add, self.replace)
        self.errors = error_label()
        form = QFormLayout()
        form.addRow(self.items_label)
        form.addRow(self.tr("P&erson:"), self.person)
        form.addRow(self.tr("As:"), duty_box)
        if not removing:
            form.addRow(self.tr("How:"), mode_box)
        else:
            # Kept (hidden) with the dialog: a removal has no add/replace choice to read.
            mode_box.setParent(self)
            mode_box.hide()
        accept = (QDialogButtonBox.StandardButton.Ok if removing
                  else QDialogButtonBox.StandardButton.Save)
        lay_out_form_dialog(self, form, self.errors, accept)
        self.resize(460, self.sizeHint().height())

    @property
    def duty(self) -> Duty:
        return Duty.PREPARER if self.preparer.isChecked() else Duty.CONTROLLER

    @property
    def mode(self) -> AssignMode:
        return AssignMode.REPLACE if self.replace.isChecked() else AssignMode.ADD

    def person_id(self) -> int | None:
        person_id, _ = self.person.choice()
        return person_id

    def accept(self) -> None:
        if self.person_id() is None:
            show_error(self.errors, self.tr("Choose a person from the roster."))
            return
        super().accept()

