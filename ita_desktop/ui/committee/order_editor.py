"""The editor of one committee order: its heading, members, duties and ITAP administrators.

It edits a draft (``CommitteeOrder``) held on screen and says nothing of the database: the tab
loads a draft into it (a stored order, or one the services started) and saves what ``order()``
reads back. Field-level mistakes (a number that is not a number, a date that does not read)
are refused here; the order's rules (one head, one secretary, …) are the services'.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.committee import (
    COMMITTEE,
    CommitteeOrder,
    ItapAdmin,
    Member,
    Role,
    role_words,
)
from ita_desktop.domain.digits import DigitStyle, apply_digits, to_arabic_digits
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.ui.committee.member_model import MemberModel, PersonLine
from ita_desktop.ui.common.forms import (
    error_label,
    pad_rows_for_thai,
    show_error,
    wheel_needs_focus,
)
from ita_desktop.ui.common.thai_date_field import ThaiDateField

register({
    "committee.no_date": QT_TRANSLATE_NOOP(
        "Errors", "The order has no date: type the day it is signed (สั่ง ณ วันที่)."),
    "committee.no_effective_date": QT_TRANSLATE_NOOP(
        "Errors", "Type the day the order takes effect, or choose \"from now on\"."),
})

BODIES = (COMMITTEE, "คณะกรรมการ")
"""The words the seeds call the body: seed 002 also says คณะกรรมการ."""


class MemberView(QTableView):
    """The member table; Ctrl+Up and Ctrl+Down move the selected member, as dragging does."""

    move_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in steps:
            self.move_requested.emit(steps[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)


class OrderEditor(QWidget):
    changed = Signal()
    """Something on screen differs from the draft loaded."""

    def __init__(self, people: Callable[[], dict[int, PersonLine]],
                 digits: Callable[[], DigitStyle], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self._digits = digits
        self._draft: CommitteeOrder | None = None
        self._loading = False
        self.dirty = False

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold; padding: 4px 0;")
        self.number = QLineEdit()
        self.number.setMaximumWidth(90)
        self.number_year = QLabel()
        self.dated = ThaiDateField(digits=digits())
        self.subject = QPlainTextEdit()
        self.subject.setTabChangesFocus(True)
        self.subject.setFixedHeight(self._lines_high(3))
        self.body = QComboBox()
        self.body.addItems(list(BODIES))
        wheel_needs_focus(self.body)
        self.preamble = QPlainTextEdit()
        self.preamble.setTabChangesFocus(True)
        self.preamble.setFixedHeight(self._lines_high(6))
        self.preamble.setToolTip(self.tr("One paragraph after another, a blank line between."))
        self.from_now = QRadioButton(self.tr("From now on (ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป)"))
        self.from_date = QRadioButton(self.tr("From a date:"))
        self._effective = QButtonGroup(self)
        self._effective.addButton(self.from_now)
        self._effective.addButton(self.from_date)
        self.effective_on = ThaiDateField(digits=digits())
        self.signer = QComboBox()
        wheel_needs_focus(self.signer)

        number_row = QHBoxLayout()
        number_row.addWidget(self.number)
        number_row.addWidget(self.number_year)
        number_row.addStretch(1)
        effective_row = QHBoxLayout()
        effective_row.addWidget(self.from_now)
        effective_row.addWidget(self.from_date)
        effective_row.addWidget(self.effective_on, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Number:"), number_row)
        form.addRow(self.tr("&Dated:"), self.dated)
        form.addRow(self.tr("Sub&ject:"), self.subject)
        form.addRow(self.tr("&Kind of body:"), self.body)
        form.addRow(self.tr("&Preamble:"), self.preamble)
        form.addRow(self.tr("In force:"), effective_row)
        form.addRow(self.tr("Si&gner:"), self.signer)
        self._buddy(form)

        self.members_model = MemberModel(people, digits, self)
        self.members = MemberView()
        self.members.setModel(self.members_model)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setDragEnabled(True)
        self.members.setAcceptDrops(True)
        self.members.setDropIndicatorShown(True)
        self.members.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.members.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.members.verticalHeader().hide()
        self.members.setWordWrap(True)
        # Two lines of Thai a row: the marks below the position's line need room under it.
        self.members.setStyleSheet("QTableView::item { padding-top: 2px; padding-bottom: 6px; }")
        self.members.setMinimumHeight(self._lines_high(9))
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(MemberModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MemberModel.MEMBER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MemberModel.ROLE, QHeaderView.ResizeMode.ResizeToContents)
        self.members.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.members.move_requested.connect(self.move_member)
        self.members.setToolTip(self.tr("Drag a member, or press Ctrl+Up / Ctrl+Down, to "
                                        "change the order within their role."))
        self.roster = QComboBox()
        wheel_needs_focus(self.roster)
        self.add_member_button = QPushButton(self.tr("Add mem&ber"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem("", role)
        wheel_needs_focus(self.role)
        self.role_text = QLineEdit()
        self.role_text.setPlaceholderText(self.tr("Role in the order's own words (optional)"))
        self.set_role_button = QPushButton(self.tr("Ch&ange role"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.remove_member_button = QPushButton(self.tr("Remo&ve member"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.roster, 1)
        add_row.addWidget(self.add_member_button)
        role_row = QHBoxLayout()
        role_row.addWidget(self.role)
        role_row.addWidget(self.role_text, 1)
        role_row.addWidget(self.set_role_button)
        move_row = QHBoxLayout()
        move_row.addWidget(self.up_button)
        move_row.addWidget(self.down_button)
        move_row.addStretch(1)
        move_row.addWidget(self.remove_member_button)
        members_box = QGroupBox(self.tr("Members"))
        members_layout = QVBoxLayout(members_box)
        members_layout.addWidget(self.members)
        members_layout.addLayout(move_row)
        members_layout.addLayout(add_row)
        members_layout.addLayout(role_row)

        self.duties = QListWidget()
        self.duties.setWordWrap(True)
        # Long duties wrap over several lines: shaded in turn, so each one's end shows.
        self.duties.setAlternatingRowColors(True)
        self.duties.setSpacing(2)
        self.duties.setMinimumHeight(self._lines_high(6))
        self.duties.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed
                                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.add_duty_button = QPushButton(self.tr("Add du&ty"))
        self.remove_duty_button = QPushButton(self.tr("Remove duty"))
        self.duty_up_button = QPushButton(self.tr("Duty up"))
        self.duty_down_button = QPushButton(self.tr("Duty down"))
        duty_row = QHBoxLayout()
        for button in (self.add_duty_button, self.duty_up_button, self.duty_down_button):
            duty_row.addWidget(button)
        duty_row.addStretch(1)
        duty_row.addWidget(self.remove_duty_button)
        duties_box = QGroupBox(self.tr("Duties (double-click to edit)"))
        duties_layout = QVBoxLayout(duties_box)
        duties_layout.addWidget(self.duties)
        duties_layout.addLayout(duty_row)

        self.admins = QTableWidget(0, 2)
        self.admins.setHorizontalHeaderLabels([self.tr("ITAP administrator"), self.tr("Duty")])
        self.admins.verticalHeader().hide()
        self.admins.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.admins.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.
                                                            ResizeToContents)
        self.admins.horizontalHeader().setStretchLastSection(True)
        self.admins.setMinimumHeight(self._lines_high(4))
        self.admins.setWordWrap(True)
        self.admins.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        pad_rows_for_thai(self.admins)
        self.admin_person = QComboBox()
        wheel_needs_focus(self.admin_person)
        self.admin_duty = QLineEdit()
        self.admin_duty.setPlaceholderText(self.tr("Duty, as the order prints it"))
        self.add_admin_button = QPushButton(self.tr("Add administrator"))
        self.remove_admin_button = QPushButton(self.tr("Remove administrator"))
        admin_row = QHBoxLayout()
        admin_row.addWidget(self.admin_person, 1)
        admin_row.addWidget(self.admin_duty, 1)
        admin_row.addWidget(self.add_admin_button)
        admins_box = QGroupBox(self.tr("ITAP system administrators"))
        admins_layout = QVBoxLayout(admins_box)
        admins_layout.addWidget(self.admins)
        admins_layout.addLayout(admin_row)
        admins_layout.addWidget(self.remove_admin_button, 0, Qt.AlignmentFlag.AlignRight)

        self.errors = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(members_box)
        layout.addWidget(duties_box)
        layout.addWidget(admins_box)
        layout.addWidget(self.errors)

        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button.clicked.connect(self.remove_member)
        self.set_role_button.clicked.connect(self.set_role)
        self.up_button.clicked.connect(lambda: self.move_member(-1))
        self.down_button.clicked.connect(lambda: self.move_member(1))
        self.add_duty_button.clicked.connect(self.add_duty)
        self.remove_duty_button.clicked.connect(self.remove_duty)
        self.duty_up_button.clicked.connect(lambda: self.move_duty(-1))
        self.duty_down_button.clicked.connect(lambda: self.move_duty(1))
        self.add_admin_button.clicked.connect(self.add_admin)
        self.remove_admin_button.clicked.connect(self.remove_admin)
        self.members.selectionModel().currentRowChanged.connect(self._member_selected)
        self.body.currentTextChanged.connect(self._body_changed)
        for signal in (self.number.textChanged, self.dated.edit.textChanged,
                       self.subject.textChanged, self.preamble.textChanged,
                       self.effective_on.edit.textChanged, self.from_now.toggled,
                       self.signer.currentIndexChanged, self.duties.itemChanged,
                       self.admins.itemChanged, self.members_model.rowsMoved,
                       self.members_model.modelReset, self.members_model.rowsRemoved):
            signal.connect(self._touched)
        self.dated.edit.textChanged.connect(self._show_number_year)
        self.from_now.toggled.connect(lambda now: self.effective_on.setEnabled(not now))
        self.setEnabled(False)

    def _lines_high(self, lines: int) -> int:
        return self.fontMetrics().lineSpacing() * lines + 16

    def _buddy(self, form: QFormLayout) -> None:
        """The labels' Alt keys reach their fields (a layout of several widgets: the first)."""
        for field, target in ((0, self.number), (1, self.dated.edit), (2, self.subject),
                              (3, self.body), (4, self.preamble), (6, self.signer)):
            item = form.itemAt(field, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setBuddy(target)

    # --- loading ----------------------------------------------------------------------------
    def load(self, draft: CommitteeOrder | None, flagged: list[Member] | None = None) -> None:
        """Show ``draft`` (None: nothing to edit); ``flagged`` members are marked for
        replacement (they have left the unit)."""
        self._loading = True
        try:
            self._draft = draft
            self.errors.hide()
            self.setEnabled(draft is not None)
            self._fill_people(draft)
            if draft is None:
                self.heading.setText("")
                self.members_model.set_members(())
                return
            digits = self._digits()
            self.heading.setText(self._heading(draft))
            self.number.setText(apply_digits(str(draft.number), digits))
            self.dated.set_digits(digits)
            self.dated.set_date(draft.dated)
            self.subject.setPlainText(draft.subject)
            index = self.body.findText(draft.body)
            if index < 0:
                self.body.addItem(draft.body)
                index = self.body.count() - 1
            self.body.setCurrentIndex(index)
            self.preamble.setPlainText("\n\n".join(draft.preamble))
            self.from_now.setChecked(draft.effective_on is None)
            self.from_date.setChecked(draft.effective_on is not None)
            self.effective_on.set_digits(digits)
            self.effective_on.set_date(draft.effective_on)
            self.effective_on.setEnabled(draft.effective_on is not None)
            self.signer.setCurrentIndex(max(0, self.signer.findData(draft.signer_id)))
            self.members_model.set_members(draft.members, draft.body,
                                           [m.person_id for m in flagged or []])
            self.members.resizeRowsToContents()
            self.duties.clear()
            for duty in draft.duties:
                self.duties.addItem(self._duty_item(duty))
            self.admins.setRowCount(0)
            for admin in draft.itap_admins:
                self._append_admin(admin.person_id, admin.duty)
            self._show_number_year()
            self._fill_roles()
        finally:
            self._loading = False
        self.dirty = False

    def _heading(self, draft: CommitteeOrder) -> str:
        from ita_desktop.ui.common.forms import fill

        if draft.id is None:
            text = self.tr("New order of fiscal year %1 (not saved yet)")
        else:
            text = self.tr("Order of fiscal year %1")
        return apply_digits(fill(text, draft.fiscal_year), self._digits())

    def _fill_people(self, draft: CommitteeOrder | None) -> None:
        people = self._people()
        serving = sorted(((pid, p) for pid, p in people.items() if p.active),
                         key=lambda item: item[0])
        keep = {draft.signer_id} if draft and draft.signer_id is not None else set()
        for combo, extra in ((self.roster, set()), (self.admin_person, set()),
                             (self.signer, keep)):
            combo.blockSignals(True)
            combo.clear()
            for pid, person in serving:
                combo.addItem(person.name, pid)
            for pid in extra:
                # A signer who has left since still shows on the order as saved.
                if pid not in dict(serving) and pid in people:
                    combo.addItem(people[pid].name, pid)
            combo.blockSignals(False)

    def _fill_roles(self) -> None:
        body = self.body.currentText()
        for i in range(self.role.count()):
            self.role.setItemText(i, role_words(self.role.itemData(i), body))
        # A free role prints its own words: said so, not the body's name twice.
        self.role.setItemText(self.role.findData(Role.OTHER), self.tr("Role in own words"))

    def _show_number_year(self) -> None:
        try:
            day = self.dated.date()
        except AppError:
            day = None
        self.number_year.setText(
            apply_digits(f"/ {day.year + 543}", self._digits()) if day else "")

    def _duty_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _append_admin(self, person_id: int, duty: str) -> None:
        person = self._people().get(person_id)
        row = self.admins.rowCount()
        self.admins.insertRow(row)
        name = QTableWidgetItem(person.name if person else f"#{person_id}")
        name.setData(Qt.ItemDataRole.UserRole, person_id)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.admins.setItem(row, 0, name)
        self.admins.setItem(row, 1, QTableWidgetItem(duty))

    # --- editing ----------------------------------------------------------------------------
    def _touched(self, *_: object) -> None:
        if not self._loading and self._draft is not None:
            self.dirty = True
            self.changed.emit()

    def _body_changed(self) -> None:
        self.members_model.set_body(self.body.currentText())
        self._fill_roles()
        self._touched()

    def selected_row(self) -> int:
        current = self.members.currentIndex()
        return current.row() if current.isValid() else -1

    def _select(self, row: int) -> None:
        if row >= 0:
            self.members.setCurrentIndex(self.members_model.index(row, MemberModel.MEMBER))
            self.members.resizeRowsToContents()

    def _member_selected(self, current: QModelIndex) -> None:
        if current.isValid():
            member = self.members_model.member(current.row())
            self.role.setCurrentIndex(self.role.findData(member.role))
            self.role_text.setText(member.role_text)

    def add_member(self) -> None:
        person_id = self.roster.currentData()
        if person_id is None:
            return
        role = self.role.currentData() or Role.MEMBER
        if role is Role.HEAD and any(m.role is Role.HEAD for m in self.members_model.members()):
            role = Role.MEMBER  # the usual case: the head is in already, the next is a member
        row = self.members_model.add(int(person_id), role)
        self._select(row)

    def remove_member(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.members_model.remove(row)
            self._select(min(row, self.members_model.rowCount() - 1))

    def set_role(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self._select(self.members_model.set_role(row, self.role.currentData(),
                                                     self.role_text.text()))

    def move_member(self, step: int) -> None:
        row = self.selected_row()
        if row >= 0 and self.members_model.move(row, row + step):
            self._select(row + step)

    def add_duty(self) -> None:
        item = self._duty_item("")
        self.duties.addItem(item)
        self.duties.setCurrentItem(item)
        self.duties.editItem(item)
        self._touched()

    def remove_duty(self) -> None:
        row = self.duties.currentRow()
        if row >= 0:
            self.duties.takeItem(row)
            self._touched()

    def move_duty(self, step: int) -> None:
        row = self.duties.currentRow()
        to = row + step
        if row >= 0 and 0 <= to < self.duties.count():
            item = self.duties.takeItem(row)
            self.duties.insertItem(to, item)
            self.duties.setCurrentRow(to)
            self._touched()

    def add_admin(self) -> None:
        person_id = self.admin_person.currentData()
        if person_id is not None:
            self._append_admin(int(person_id), self.admin_duty.text().strip())
            self.admin_duty.clear()
            self._touched()

    def remove_admin(self) -> None:
        row = self.admins.currentRow()
        if row >= 0:
            self.admins.removeRow(row)
            self._touched()

    def show_problems(self, text: str) -> None:
        show_error(self.errors, text)

    # --- reading back -----------------------------------------------------------------------
    @property
    def draft(self) -> CommitteeOrder | None:
        return self._draft

    def order(self) -> CommitteeOrder:
        """The order as on screen; an ``AppError`` when a field cannot be read."""
        if self._draft is None:
            raise ValueError("no order is loaded")
        typed = to_arabic_digits(self.number.text().strip())
        if not typed.isdigit():
            raise AppError("committee.bad_number", number=self.number.text().strip())
        dated = self.dated.date()
        if dated is None:
            raise AppError("committee.no_date")
        effective = None
        if self.from_date.isChecked():
            effective = self.effective_on.date()
            if effective is None:
                raise AppError("committee.no_effective_date")
        paragraphs = tuple(p.strip() for p in self.preamble.toPlainText().split("\n\n"))
        duties = tuple(self.duties.item(i).text() for i in range(self.duties.count()))
        admins = []
        for row in range(self.admins.rowCount()):
            name, duty = self.admins.item(row, 0), self.admins.item(row, 1)
            admins.append(ItapAdmin(int(name.data(Qt.ItemDataRole.UserRole)),
                                    duty.text() if duty else ""))
        signer = self.signer.currentData()
        return replace(self._draft, number=int(typed), dated=dated,
                       subject=" ".join(self.subject.toPlainText().split()),
                       body=self.body.currentText(), preamble=paragraphs,
                       members=self.members_model.members(), duties=duties,
                       itap_admins=tuple(admins), effective_on=effective,
                       signer_id=int(signer) if signer is not None else None)
