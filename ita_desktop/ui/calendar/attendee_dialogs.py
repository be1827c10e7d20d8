"""The two ways a person joins the attendance: chosen from the roster (several at once), or
typed as a guest from outside the unit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.roster import Person
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, lay_out_form_dialog, show_error

register({
    "meeting.guest_no_name": QT_TRANSLATE_NOOP(
        "Errors", "Type the guest's name: the minutes list every attendee by name."),
})


class RosterPicker(QDialog):
    """Tick the roster people to add; typing in the search line keeps only those whose name
    or position holds what was typed. People already in the attendance are not offered."""

    def __init__(self, people: Sequence[Person], listed: set[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add from the roster"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Part of a name or position"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search)
        self.people = QListWidget()
        self.people.setMinimumSize(460, 320)
        # Room between names for the Thai marks above and below each line.
        self.people.setSpacing(2)
        for person in people:
            if person.id is None or person.id in listed:
                continue
            item = QListWidgetItem(f"{person.display_name} — {person.position}"
                                   if person.position else person.display_name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.empty = QLabel(self.tr("Everyone serving in the roster is listed already."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.people.count() == 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(search_label, self.search)
        layout.addLayout(form)
        layout.addWidget(self.people)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.people.count()):
            item = self.people.item(row)
            shown = item.text().casefold()
            item.setHidden(not all(word in shown for word in words))

    def offered(self) -> list[int]:
        return [int(self.people.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.people.count())]

    def chosen(self) -> list[int]:
        """The ticked people, in the roster's order (hidden by the search or not)."""
        return [int(self.people.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.people.count())
                if self.people.item(r).checkState() == Qt.CheckState.Checked]


class GuestDialog(QDialog):
    """A guest from outside the unit: the name and position as the minutes print them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a guest"))
        self.name = QLineEdit()
        self.name.setMinimumWidth(360)
        self.position = QLineEdit()
        self.errors = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Position:"), self.position)
        lay_out_form_dialog(self, form, self.errors, QDialogButtonBox.StandardButton.Ok)

    def values(self) -> tuple[str, str]:
        return " ".join(self.name.text().split()), " ".join(self.position.text().split())

    def accept(self) -> None:
        if not self.values()[0]:
            show_error(self.errors, error_text(AppError("meeting.guest_no_name")))
            self.name.setFocus()
            return
        super().accept()
