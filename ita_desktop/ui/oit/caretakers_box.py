"""Who takes care of the surveys and the system, on the surveys page: one row per role of
seed 002's calendar (the ITAP administrator, the website, IIT, EIT(1), EIT(2)) with the people
holding it, and a dialog to choose them from the serving roster, saved at once through
``services.oit.save_caretakers``."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.oit_plan import CaretakerRole
from ita_desktop.domain.roster import Person
from ita_desktop.errors import AppError
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, fill, show_error
from ita_desktop.ui.oit.people_list import PeopleList
from ita_desktop.ui.oit.words import names_text

SaveCaretakers = Callable[[CaretakerRole, Sequence[int]], None]

# The roles whose first person controls the others (seed 002: "ผู้ควบคุม" before the rest).
CONTROLLED = frozenset({CaretakerRole.IIT, CaretakerRole.EIT})


def role_text(role: CaretakerRole) -> str:
    """The role in a few words, as the box's row names it."""
    # The context is written out at each call: lupdate reads only literal contexts.
    return {
        CaretakerRole.ITAP_ADMIN: QCoreApplication.translate(
            "Caretakers", "ITAP system administrator"),
        CaretakerRole.WEBSITE: QCoreApplication.translate("Caretakers", "Website caretaker"),
        CaretakerRole.IIT: QCoreApplication.translate(
            "Caretakers", "IIT: controller and collectors"),
        CaretakerRole.EIT: QCoreApplication.translate(
            "Caretakers", "EIT(1): controller and section officers"),
        CaretakerRole.EIT2: QCoreApplication.translate(
            "Caretakers", "EIT(2): choosing the contacts"),
    }[role]


def role_duty(role: CaretakerRole) -> str:
    """What the role's people do, as seed 002's calendar says it."""
    return {
        CaretakerRole.ITAP_ADMIN: QCoreApplication.translate(
            "Caretakers", "Registers the unit in ITAP and records its basic data, sets the "
            "number of IIT respondents, uploads the EIT(2) contacts and reports the OIT "
            "answers."),
        CaretakerRole.WEBSITE: QCoreApplication.translate(
            "Caretakers", "Publishes the OIT items and the survey links on the unit's "
            "website."),
        CaretakerRole.IIT: QCoreApplication.translate(
            "Caretakers", "The first person listed controls; the others gather the answers "
            "of the unit's staff."),
        CaretakerRole.EIT: QCoreApplication.translate(
            "Caretakers", "The first person listed controls; the others bring in the "
            "respondents of their sections (the URL or QR code for people served)."),
        CaretakerRole.EIT2: QCoreApplication.translate(
            "Caretakers", "Pick the people served and contacts (at least five) for ITAP's "
            "EIT(2) list."),
    }[role]


def caretakers_text(role: CaretakerRole, people: Sequence[int],
                    names: Mapping[int, str]) -> str:
    if not people:
        return QCoreApplication.translate("Caretakers", "nobody yet")
    if role in CONTROLLED:
        controller = fill(QCoreApplication.translate("Caretakers", "%1 (controller)"),
                          names_text(people[:1], names))
        return ", ".join([controller, *([names_text(people[1:], names)] if people[1:] else [])])
    return names_text(people, names)


class CaretakersDialog(QDialog):
    """The people of one role, chosen from the serving roster and put in order; saved through
    ``save`` so that a refusal keeps the dialog open with the list as chosen."""

    def __init__(self, role: CaretakerRole, serving: Sequence[Person], chosen: Sequence[int],
                 names: Mapping[int, str], save: SaveCaretakers,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("%1 — choose the people"), role_text(role)))
        self._role = role
        self._save = save
        duty = QLabel(role_duty(role))
        duty.setWordWrap(True)
        self.people = PeopleList()
        self.people.list.setMaximumHeight(16777215)
        self.people.list.setMinimumHeight(self.fontMetrics().height() * 8)
        self.people.set_people(serving, chosen, names)
        self.errors = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(duty)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 70))

    def accept(self) -> None:
        try:
            self._save(self._role, self.people.ids())
        except AppError as exc:
            show_error(self.errors, error_text(exc))
            return
        super().accept()


class CaretakersBox(QGroupBox):
    """One row per role: its words, its people, and Change… to choose them."""

    changed = Signal()
    """A role's people were saved."""

    def __init__(self, save: SaveCaretakers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who takes care of the surveys and the system"))
        self._save = save
        self._people: list[Person] = []
        self._names: Mapping[int, str] = {}
        self._chosen: Mapping[CaretakerRole, tuple[int, ...]] = {}
        self.names: dict[CaretakerRole, QLabel] = {}
        self.buttons: dict[CaretakerRole, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        for row, role in enumerate(CaretakerRole):
            words = QLabel(role_text(role) + ":")
            words.setToolTip(role_duty(role))
            names = QLabel()
            names.setWordWrap(True)
            names.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(self.tr("Change…"))
            button.setToolTip(fill(self.tr("Choose the people: %1"), role_text(role)))
            button.clicked.connect(lambda _=False, role=role: self.change(role))
            grid.addWidget(words, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(names, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.names[role] = names
            self.buttons[role] = button
        grid.setColumnStretch(1, 1)

    def show_caretakers(self, caretakers: Mapping[CaretakerRole, tuple[int, ...]],
                        people: Sequence[Person]) -> None:
        """Show the year's ``caretakers``; ``people`` is the whole roster (left included, so
        that a caretaker who has left since is still named)."""
        self._people = list(people)
        self._names = {p.id: p.display_name for p in people if p.id is not None}
        self._chosen = dict(caretakers)
        for role, label in self.names.items():
            label.setText(caretakers_text(role, self._chosen.get(role, ()), self._names))

    def dialog(self, role: CaretakerRole) -> CaretakersDialog:
        serving = [p for p in self._people if p.active and p.left_on is None]
        return CaretakersDialog(role, serving, self._chosen.get(role, ()), self._names,
                                self._save, self)

    def change(self, role: CaretakerRole) -> None:
        if self.dialog(role).exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()
