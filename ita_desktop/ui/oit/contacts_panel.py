"""The EIT(2) contact list on the surveys page: the people and organisations the unit asks to
answer EIT(2), each under a stakeholder group of the catalog (seed 002's groups), with undo of
the last delete, and the workbook ITAP's upload reads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, format_number
from ita_desktop.domain.oit_plan import Eit2Contact
from ita_desktop.errors import AppError
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import (
    error_label,
    fill,
    lay_out_form_dialog,
    pad_rows_for_thai,
    show_error,
    wheel_needs_focus,
)
from ita_desktop.ui.common.table_model import HeadedTableModel, Index

SaveContact = Callable[[Eit2Contact], Eit2Contact]


class ContactModel(HeadedTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Group"), self.tr("Name"), self.tr("Organisation"),
                         self.tr("Phone"), self.tr("E-mail")]
        self._rows: list[Eit2Contact] = []

    def set_rows(self, contacts: Sequence[Eit2Contact]) -> None:
        self.beginResetModel()
        self._rows = list(contacts)
        self.endResetModel()

    def contact_at(self, row: int) -> Eit2Contact:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        contact = self._rows[index.row()]
        return (contact.group, contact.name, contact.organisation, contact.phone,
                contact.email)[index.column()]


class ContactDialog(QDialog):
    """A contact's group (one of the catalog's, or the one it was saved under), name,
    organisation, phone and e-mail; saved through ``save`` so that a refusal keeps the dialog
    open with what was typed."""

    def __init__(self, groups: Sequence[str], save: SaveContact,
                 contact: Eit2Contact | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("EIT(2) contact") if contact is None
                            else fill(self.tr("EIT(2) contact: %1"), contact.name))
        self._save = save
        self._contact = contact
        self.group = QComboBox()
        wheel_needs_focus(self.group)
        shown = list(groups)
        if contact is not None and contact.group not in shown:
            # A group the catalog no longer lists stays choosable for the contact under it.
            shown.append(contact.group)
        self.group.addItems(shown)
        if contact is not None:
            self.group.setCurrentText(contact.group)
        self.name = QLineEdit(contact.name if contact else "")
        self.organisation = QLineEdit(contact.organisation if contact else "")
        self.phone = QLineEdit(contact.phone if contact else "")
        self.email = QLineEdit(contact.email if contact else "")
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance("x" * 40))
        self.errors = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&E-mail:"), self.email)
        lay_out_form_dialog(self, form, self.errors)

    def contact(self) -> Eit2Contact:
        return Eit2Contact(group=self.group.currentText(), name=self.name.text().strip(),
                           organisation=self.organisation.text().strip(),
                           phone=self.phone.text().strip(), email=self.email.text().strip(),
                           id=self._contact.id if self._contact else None)

    def accept(self) -> None:
        typed = self.contact()
        if not typed.name:
            show_error(self.errors, self.tr("Give the contact's name."))
            return
        if not typed.group:
            show_error(self.errors, self.tr(
                "The year's catalog lists no EIT(2) groups: add them in the framework tab."))
            return
        try:
            self._save(typed)
        except AppError as exc:
            show_error(self.errors, error_text(exc))
            return
        super().accept()


class ContactsPanel(QWidget):
    changed = Signal()
    """A contact was added, changed, deleted or restored."""

    def __init__(self, save: SaveContact, delete: Callable[[int], None],
                 export: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._delete = delete
        self._groups: list[str] = []
        self.deleted: Eit2Contact | None = None
        self.model = ContactModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        pad_rows_for_thai(self.view)
        self.summary = QLabel()
        self.add_button = QPushButton(self.tr("&Add contact…"))
        self.edit_button = QPushButton(self.tr("Chan&ge…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.undo_button = QPushButton(self.tr("Undo dele&te"))
        self.export_button = QPushButton(self.tr("E&xport for ITAP…"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.export_button.setVisible(export is not None)
        if export is not None:
            self.export_button.clicked.connect(export)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.undo_button.clicked.connect(self.undo_delete)
        self.view.doubleClicked.connect(self.edit)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    def show_contacts(self, contacts: Sequence[Eit2Contact], groups: Sequence[str],
                      minimum: int | None, digits: DigitStyle) -> None:
        self._groups = list(groups)
        self.model.set_rows(contacts)
        if minimum is None:
            self.summary.setText(fill(self.tr("%1 contacts."),
                                      format_number(len(contacts), digits)))
        else:
            self.summary.setText(fill(self.tr("%1 contacts; the catalog asks for at least %2."),
                                      format_number(len(contacts), digits),
                                      format_number(minimum, digits)))
        self._enable()

    def _selected(self) -> Eit2Contact | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.contact_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.undo_button.setEnabled(self.deleted is not None)

    def add(self) -> None:
        if ContactDialog(self._groups, self._save, None, self).exec():
            self.changed.emit()

    def edit(self) -> None:
        contact = self._selected()
        if contact is not None and ContactDialog(self._groups, self._save, contact,
                                                 self).exec():
            self.changed.emit()

    def delete(self) -> None:
        contact = self._selected()
        if contact is None or contact.id is None:
            return
        try:
            self._delete(contact.id)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Contact not deleted"), error_text(exc))
            return
        # No question first: Undo delete brings the contact back as it was.
        self.deleted = contact
        self.changed.emit()

    def undo_delete(self) -> None:
        if self.deleted is None:
            return
        try:
            self._save(replace(self.deleted, id=None))
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Contact not restored"), error_text(exc))
            return
        self.deleted = None
        self.changed.emit()
