"""The "Committee" tab: the fiscal year's appointment orders, the committee in force on a day,
and the editor of the order selected.

The orders are listed in the order they took effect, the one in force today marked. New
orders, amendments and next year's copy start as drafts the services build; nothing is stored
until Save (Ctrl+S), which the services check against every rule. Export opens the window's
Export dialog on the order selected (the order itself, or its member list), where it is also
signed off; a signed-off order is kept as signed, and the services refuse to change or delete
it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.committee import (
    Amendment,
    CommitteeOrder,
    Member,
    committee_on,
    order_reach,
    register_key,
)
from ita_desktop.domain.digits import apply_digits, to_arabic_digits
from ita_desktop.domain.positions import expand_position
from ita_desktop.domain.signoff import Subject, SubjectKind
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.errors import AppError
from ita_desktop.services import committee as committee_service
from ita_desktop.store.committee import OrderChangedMeanwhileError
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.committee.member_model import PersonLine
from ita_desktop.ui.committee.order_editor import OrderEditor
from ita_desktop.ui.common.changed_meanwhile import ask_show_saved
from ita_desktop.ui.common.editor_pane import editor_pane
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill, pad_rows_for_thai
from ita_desktop.ui.common.thai_date_field import ThaiDateField
from ita_desktop.ui.shell.tab import Tab, TabContext


def _clamped(day: date, fiscal_year: int) -> date:
    """``day`` moved into the days an order of ``fiscal_year`` may be dated."""
    earliest, latest = order_reach(fiscal_year)
    return min(max(day, earliest), latest)


class CommitteeTab(Tab):
    def __init__(self, context: TabContext, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(context, parent)
        self._today = today
        self._read_only = context.db.read_only
        self._year = context.year()
        self._orders: list[CommitteeOrder] = []
        self._people_lines: dict[int, PersonLine] = {}
        self._suggested: int | None = None
        """The number the program suggested for the new draft on screen, while it is there."""

        self.orders_heading = QLabel()
        self.orders_heading.setWordWrap(True)
        self.orders_heading.setStyleSheet("font-weight: bold;")
        self.orders = QTableWidget(0, 3)
        self.orders.setHorizontalHeaderLabels([self.tr("Order"), self.tr("Dated"),
                                               self.tr("What it does")])
        self.orders.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.orders.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.orders.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.orders.verticalHeader().hide()
        self.orders.setWordWrap(True)
        self.orders.horizontalHeader().setStretchLastSection(True)
        pad_rows_for_thai(self.orders)
        self.new_button = QPushButton(self.tr("Ne&w order"))
        self.amend_button = QPushButton(self.tr("Am&end…"))
        amend_menu = QMenu(self.amend_button)
        self.replace_action = amend_menu.addAction(self.tr("A new order that replaces this one"))
        self.adds_action = amend_menu.addAction(self.tr("A new order that adds to this one"))
        self.amend_button.setMenu(amend_menu)
        self.copy_button = QPushButton(self.tr("C&opy to next year"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        export_menu = QMenu(self.export_button)
        self.export_order_action = export_menu.addAction(
            self.tr("The order (PDF, DOCX), to sign off…"))
        self.export_members_action = export_menu.addAction(
            self.tr("The member list (XLSX, PDF)…"))
        self.export_button.setMenu(export_menu)
        order_buttons = QHBoxLayout()
        for button in (self.new_button, self.amend_button, self.copy_button,
                       self.export_button):
            order_buttons.addWidget(button)
        order_buttons.addStretch(1)
        order_buttons.addWidget(self.delete_button)
        self.on_day = ThaiDateField(digits=context.digits())
        on_day_row = QHBoxLayout()
        on_day_label = QLabel(self.tr("&In force on:"))
        on_day_label.setBuddy(self.on_day.edit)
        on_day_row.addWidget(on_day_label)
        on_day_row.addWidget(self.on_day, 1)
        self.in_force_text = QLabel()
        self.in_force_text.setWordWrap(True)
        self.in_force_text.setAlignment(Qt.AlignmentFlag.AlignTop)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.orders_heading)
        left_layout.addWidget(self.orders, 2)
        left_layout.addLayout(order_buttons)
        left_layout.addLayout(on_day_row)
        left_layout.addWidget(self.in_force_text, 1)

        self.editor = OrderEditor(lambda: self._people_lines, context.digits)
        self.save_button = QPushButton(self.tr("&Save order"))
        self.revert_button = QPushButton(self.tr("Undo changes"))
        right = editor_pane(self.editor, self.revert_button, self.save_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.orders.itemSelectionChanged.connect(self._order_selected)
        self.new_button.clicked.connect(self.new_order)
        self.replace_action.triggered.connect(lambda: self.amend(Amendment.REPLACES))
        self.adds_action.triggered.connect(lambda: self.amend(Amendment.ADDS))
        self.copy_button.clicked.connect(self.copy_forward)
        self.delete_button.clicked.connect(self.delete_order)
        self.export_order_action.triggered.connect(lambda: self.export("committee-order"))
        self.export_members_action.triggered.connect(lambda: self.export("committee-members"))
        self.save_button.clicked.connect(self.save_changes)
        self.revert_button.clicked.connect(self.discard_changes)
        self.editor.changed.connect(self._update_buttons)
        self.editor.dated.edit.textChanged.connect(self._suggest_again)
        self.on_day.edit.textChanged.connect(self._show_in_force)
        self.refresh()
        self.on_day.set_date(self._today())

    # --- showing ----------------------------------------------------------------------------
    def _shown(self, text: str) -> str:
        return apply_digits(text, self.context.digits())

    def _day(self, day: date) -> str:
        return format_thai_date(day, DateForm.ABBR, self.context.digits())

    def _load_people(self) -> None:
        self._people_lines = {
            p.id: PersonLine(committee_service.order_name(p),
                             expand_position(p.position or p.position_abbr), p.active)
            for p in PeopleRepository(self.context.db).all() if p.id is not None}

    def _number(self, order: CommitteeOrder) -> str:
        return order.number_text(self.context.digits())

    def _what(self, order: CommitteeOrder) -> str:
        amended = next((o for o in self._orders if o.id == order.amends_id), None)
        number = self._number(amended) if amended else "?"
        if order.amendment is Amendment.REPLACES:
            return fill(self.tr("Replaces order %1"), number)
        if order.amendment is Amendment.ADDS:
            return fill(self.tr("Adds to order %1"), number)
        return self.tr("Appoints the committee")

    def refresh(self, select_id: int | None = None) -> None:
        """The year's orders again, and the order ``select_id`` (or the one selected) in the
        editor, unless the editor holds unsaved changes."""
        if select_id is None and self.editor.draft is not None:
            select_id = self.editor.draft.id
        self._load_people()
        self._orders = committee_service.orders_of_year(self.context.db, self._year)
        self.orders_heading.setText(self._shown(fill(
            self.tr("Committee orders of fiscal year %1, in the order they took effect"),
            self._year)))
        # From the orders just read: the committee in force is derived, not read again.
        today = committee_on(self._orders, self._today())
        in_force_ids = {o.id for o in today.orders} if today else set()
        self.orders.blockSignals(True)
        self.orders.setRowCount(len(self._orders))
        select_row = -1
        for row, order in enumerate(self._orders):
            number = self._number(order)
            if order.id in in_force_ids:
                number = fill(self.tr("%1 (in force today)"), number)
            what = self._what(order)
            if committee_service.signed_off(self.context.db, order):
                # Said before anyone tries: a signed-off order is amended, not changed.
                what = fill(self.tr("%1; signed off"), what)
            cells = [number, self._day(order.dated), what]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(order.subject)
                self.orders.setItem(row, column, cell)
            if order.id == select_id:
                select_row = row
        self.orders.resizeColumnsToContents()
        self.orders.resizeRowsToContents()
        self.orders.blockSignals(False)
        if not self.editor.dirty:
            if select_row < 0 and self._orders:
                select_row = len(self._orders) - 1
            if select_row >= 0:
                self.orders.selectRow(select_row)
                self.editor.load(self._orders[select_row])
            else:
                self.editor.load(None)
        self._show_in_force()
        self._update_buttons()

    def _show_in_force(self) -> None:
        try:
            day = self.on_day.date()
        except AppError:
            self.in_force_text.setText("")
            return
        if day is None:
            self.in_force_text.setText("")
            return
        committee = committee_on(self._orders, day)
        if committee is None:
            self.in_force_text.setText(fill(self.tr("No order of fiscal year %1 is in force "
                                                    "on %2."), self._shown(str(self._year)),
                                            self._day(day)))
            return
        numbers = ", ".join(self._number(o) for o in committee.orders)
        names = "\n".join(
            f"• {self._people_lines[m.person_id].name}" if m.person_id in self._people_lines
            else f"• #{m.person_id}" for m in committee.members)
        self.in_force_text.setText(fill(
            self.tr("In force on %1: order %2, %3 members:\n%4"), self._day(day), numbers,
            self._shown(str(len(committee.members))), names))

    def selected_order(self) -> CommitteeOrder | None:
        rows = self.orders.selectionModel().selectedRows()
        return self._orders[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        writable = not self._read_only
        selected = self.selected_order() is not None
        for button in (self.amend_button, self.copy_button, self.delete_button):
            button.setEnabled(writable and selected)
        # Exporting writes no order: a read-only window exports too.
        self.export_button.setEnabled(selected)
        self.new_button.setEnabled(writable)
        self.save_button.setEnabled(writable and self.editor.draft is not None)
        self.revert_button.setEnabled(self.editor.dirty)

    def _order_selected(self) -> None:
        order = self.selected_order()
        current = self.editor.draft
        if order is None or (current is not None and current.id == order.id
                             and current.version == order.version and not self.editor.dirty):
            self._update_buttons()
            return
        if self.editor.dirty and not self._may_leave_draft():
            # Back to the row of the draft still being edited.
            self.orders.blockSignals(True)
            row = next((r for r, o in enumerate(self._orders)
                        if current is not None and o.id == current.id), -1)
            if row >= 0:
                self.orders.selectRow(row)
            else:
                self.orders.clearSelection()
            self.orders.blockSignals(False)
            return
        self.editor.load(order)
        self._update_buttons()

    def _may_leave_draft(self) -> bool:
        """Ask before the editor's unsaved changes are replaced: save, discard or stay."""
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The order being edited has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_changes()
        return answer == QMessageBox.StandardButton.Discard

    # --- starting orders --------------------------------------------------------------------
    def _start(self, make: Callable[[], CommitteeOrder | tuple[CommitteeOrder, list[Member]]]
               ) -> bool:
        if self.editor.dirty and not self._may_leave_draft():
            return False
        try:
            made = make()
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Cannot start the order"), error_text(exc))
            return False
        draft, flagged = made if isinstance(made, tuple) else (made, [])
        self.orders.blockSignals(True)
        self.orders.clearSelection()
        self.orders.blockSignals(False)
        self._suggested = None
        self.editor.load(draft, flagged)
        # Every draft starts with the next free number of its date's year (services).
        self._suggested = draft.number
        # A draft is unsaved from the start: leaving it asks, Ctrl+S saves it.
        self.editor.dirty = True
        self._update_buttons()
        if flagged:
            QMessageBox.information(self, self.tr("Members who have left"), fill(
                self.tr("These members have left the unit and are marked in the list; "
                        "replace them before saving:\n%1"),
                "\n".join(f"• {self._people_lines[m.person_id].name}"
                          if m.person_id in self._people_lines else f"• #{m.person_id}"
                          for m in flagged)))
        return True

    def _suggest_again(self) -> None:
        """A new draft's date moved into another B.E. year, its number still the one the
        program suggested: suggest that year's next free number instead (numbering restarts
        each 1 January). A number the secretary typed is left alone."""
        draft = self.editor.draft
        if self._suggested is None or draft is None or draft.id is not None:
            return
        if to_arabic_digits(self.editor.number.text().strip()) != str(self._suggested):
            return
        try:
            day = self.editor.dated.date()
        except AppError:
            return  # half typed: wait for a date that reads
        if day is None:
            return
        number = committee_service.suggest_number(self.context.db, day)
        if number != self._suggested:
            self._suggested = number
            self.editor.number.setText(self._shown(str(number)))

    def new_order(self) -> None:
        dated = _clamped(self._today(), self._year)
        self._start(lambda: committee_service.new_order(self.context.db, self._year, dated))

    def amend(self, amendment: Amendment) -> None:
        order = self.selected_order()
        if order is None or order.id is None:
            return
        order_id = order.id
        dated = max(_clamped(self._today(), self._year), order.dated)
        number = committee_service.suggest_number(self.context.db, dated)
        self._start(lambda: committee_service.amend(self.context.db, order_id, amendment,
                                                    dated, number))

    def copy_forward(self) -> None:
        order = self.selected_order()
        if order is None or order.id is None:
            return
        order_id, year = order.id, order.fiscal_year + 1
        dated = _clamped(self._today(), year)
        number = committee_service.suggest_number(self.context.db, dated)
        self._start(lambda: committee_service.copy_forward(self.context.db, order_id, year,
                                                           dated, number))

    def delete_order(self) -> None:
        order = self.selected_order()
        if order is None or order.id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete order"), fill(
            self.tr("Delete order %1 (%2)? Only an order typed by mistake should be deleted."),
            self._number(order), order.subject))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            committee_service.delete_order(self.context.db, order.id, order.version)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Order not deleted"), error_text(exc))
            return
        self.editor.load(None)
        self.refresh()

    # --- export and sign-off -----------------------------------------------------------------
    def export(self, kind: str) -> None:
        """The Export dialog on report ``kind`` about the order selected, as stored: unsaved
        changes are saved (or discarded) first, so the file is the order the list shows."""
        from ita_desktop.ui.reports.export_dialog import ExportDialog

        if self.editor.dirty and not self._may_leave_draft():
            return
        if self.editor.dirty:
            self.discard_changes()
        order = self.selected_order()
        if order is None:
            return
        dialog = ExportDialog(self.context.db, order.fiscal_year, self.context.digits(),
                              self.context.export_dir(), self.context.english, self,
                              runner=self.context.jobs, kind=kind,
                              subject=Subject(SubjectKind.ORDER, register_key(order)))
        dialog.exec()
        # Closing it cancelled its jobs; deleted now, its preview pages do not stay with the tab.
        dialog.deleteLater()
        self.refresh(order.id)

    # --- the tab contract -------------------------------------------------------------------
    def year_changed(self, year: int) -> None:
        self._year = year
        if not self.editor.dirty:
            self.editor.load(None)
        self.refresh()

    def digits_changed(self, digits: object) -> None:
        self.on_day.set_digits(self.context.digits())
        draft = self.editor.draft
        if draft is not None and not self.editor.dirty:
            self.editor.load(draft)
        self.refresh()

    def unsaved_changes(self) -> list[str]:
        draft = self.editor.draft
        if not self.editor.dirty or draft is None:
            return []
        if draft.id is None:
            return [self.tr("a new committee order")]
        return [fill(self.tr("committee order %1"), self._number(draft))]

    def save_changes(self) -> bool:
        if self._read_only or self.editor.draft is None:
            return not self.editor.dirty
        try:
            order = self.editor.order()
            saved = committee_service.save_order(self.context.db, order)
        except OrderChangedMeanwhileError as exc:
            if ask_show_saved(self, exc, self.tr("Your changes to the order on screen.")):
                self.editor.dirty = False
                self.refresh(exc.order_id)
                self.editor.load(next(o for o in self._orders if o.id == exc.order_id))
            return False
        except committee_service.OrderProblemsError as exc:
            self.editor.show_problems(fill(
                self.tr("The order was not saved:\n%1"),
                "\n".join(f"• {error_text(finding)}" for finding in exc.findings)))
            return False
        except AppError as exc:
            self.editor.show_problems(error_text(exc))
            return False
        self.editor.dirty = False
        self.editor.load(saved)
        if saved.fiscal_year != self._year:
            QMessageBox.information(self, self.tr("Order saved"), fill(
                self.tr("Order %1 is saved with fiscal year %2: choose that year to see it."),
                self._number(saved), self._shown(str(saved.fiscal_year))))
        self.refresh(saved.id)
        return True

    def discard_changes(self) -> None:
        self.editor.dirty = False
        draft = self.editor.draft
        self.editor.load(None)
        self.refresh(draft.id if draft is not None else None)
