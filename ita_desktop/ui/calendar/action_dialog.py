"""The action items of one agenda item: who does what by when (and when it was done), as a
small table model and the dialog that adds or changes one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.meetings import ActionItem
from ita_desktop.domain.roster import Person
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.ui.calendar.people_combo import PersonCombo
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, lay_out_form_dialog, show_error
from ita_desktop.ui.common.table_model import HeadedTableModel
from ita_desktop.ui.common.thai_date_field import ThaiDateField

Index = QModelIndex | QPersistentModelIndex

register({
    "meeting.action_no_what": QT_TRANSLATE_NOOP(
        "Errors", "Type what is to be done: an action item without it cannot be followed up."),
    "meeting.action_no_who": QT_TRANSLATE_NOOP(
        "Errors", "Choose who does it from the roster, or type a section or role in words."),
})


class ActionModel(HeadedTableModel):
    WHAT, WHO, DUE, DONE = range(4)

    def __init__(self, people: Callable[[], dict[int, Person]],
                 digits: Callable[[], DigitStyle], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self._digits = digits
        self._rows: list[ActionItem] = []
        self._headers = [self.tr("What"), self.tr("Who"), self.tr("Due"), self.tr("Done")]

    def set_actions(self, actions: Sequence[ActionItem]) -> None:
        self.beginResetModel()
        self._rows = list(actions)
        self.endResetModel()

    def actions(self) -> tuple[ActionItem, ...]:
        return tuple(self._rows)

    def action(self, row: int) -> ActionItem:
        return self._rows[row]

    def who(self, action: ActionItem) -> str:
        if action.person_id is None:
            return action.who_text
        person = self._people().get(action.person_id)
        return person.display_name if person else self.tr("(not in the roster)")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        action = self._rows[index.row()]
        column = index.column()
        if column == self.WHAT:
            return action.what
        if column == self.WHO:
            return self.who(action)
        day = action.due if column == self.DUE else action.done_on
        return format_thai_date(day, DateForm.ABBR, self._digits()) if day else ""


class ActionDialog(QDialog):
    """One action item: what, who (a roster person or words), due and done dates. The item's
    id (kept when an action is carried into later meetings) is kept as loaded."""

    def __init__(self, action: ActionItem | None, people: Sequence[Person],
                 digits: DigitStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action or ActionItem(what="")
        self.setWindowTitle(self.tr("Action item") if action else self.tr("New action item"))
        self.what = QPlainTextEdit(self._action.what)
        self.what.setTabChangesFocus(True)
        self.what.setMinimumWidth(440)
        self.what.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.who = PersonCombo()
        self.who.set_people(people)
        self.who.set_choice(self._action.person_id, self._action.who_text)
        self.who.lineEdit().setPlaceholderText(self.tr("A person, or a section or role in words"))
        self.due = ThaiDateField(digits=digits)
        self.due.set_date(self._action.due)
        self.done_on = ThaiDateField(digits=digits)
        self.done_on.set_date(self._action.done_on)
        self.errors = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.what)
        form.addRow(self.tr("W&ho:"), self.who)
        form.addRow(self.tr("D&ue:"), self.due)
        form.addRow(self.tr("&Done on:"), self.done_on)
        for row, target in ((0, self.what), (1, self.who), (2, self.due.edit),
                            (3, self.done_on.edit)):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setBuddy(target)  # type: ignore[attr-defined]
        lay_out_form_dialog(self, form, self.errors, QDialogButtonBox.StandardButton.Ok)

    def action(self) -> ActionItem:
        """The action as typed; an ``AppError`` when a field cannot be read."""
        what = " ".join(self.what.toPlainText().split())
        if not what:
            raise AppError("meeting.action_no_what")
        person_id, words = self.who.choice()
        if person_id is None and not words:
            raise AppError("meeting.action_no_who")
        return replace(self._action, what=what, person_id=person_id, who_text=words,
                       due=self.due.date(), done_on=self.done_on.date())

    def accept(self) -> None:
        try:
            self.action()
        except AppError as exc:
            show_error(self.errors, error_text(exc))
            return
        super().accept()
