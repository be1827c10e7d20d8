"""The OIT tab's items page: the year's items under their sub-indicators (who prepares and who
controls each, when it is due, its state, the formats still missing, late and due-soon marks),
with many rows assigned at once, and beside the table the editor of the item in focus: its
plan, its workflow with the log and monthly deliverables, and its files.

Assigning and removing people apply to every selected row in one services call: all of them
or none. The plan is stored on Save (Ctrl+S, the window's); a workflow step and a file are
stored at once, each its own record with who and when.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import apply_digits
from ita_desktop.domain.oit_plan import ItemPlan, OitYear
from ita_desktop.domain.oit_workflow import Status
from ita_desktop.domain.roster import Person
from ita_desktop.errors import AppError
from ita_desktop.services import oit as oit_service
from ita_desktop.store.oit import OitPlanChangedMeanwhileError
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.common.changed_meanwhile import ask_show_saved
from ita_desktop.ui.common.editor_pane import editor_pane
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill, pad_rows_for_thai
from ita_desktop.ui.common.unsaved import may_leave
from ita_desktop.ui.oit.assign_dialog import AssignDialog
from ita_desktop.ui.oit.files_panel import ATTACH_SHORTCUT, FilesPanel
from ita_desktop.ui.oit.items_model import ItemsModel, grouped
from ita_desktop.ui.oit.plan_editor import PlanEditor
from ita_desktop.ui.oit.step_dialog import record_step
from ita_desktop.ui.oit.words import marks, problems_text, status_text
from ita_desktop.ui.oit.workflow_panel import WorkflowPanel
from ita_desktop.ui.shell.tab import TabContext

ASSIGN_SHORTCUT = "Ctrl+Shift+A"
STEP_SHORTCUT = "Ctrl+Shift+P"
_LATE = "late"


class ItemsPage(QWidget):
    def __init__(self, context: TabContext, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self._read_only = context.db.read_only
        self._year: OitYear | None = None
        self._people: list[Person] = []
        self._names: dict[int, str] = {}
        self._month: date | None = None

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.person_filter = QComboBox()
        self.status_filter = QComboBox()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.person_filter, 1)
        filters.addWidget(self.status_filter)
        self.model = ItemsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        pad_rows_for_thai(self.table)
        self.assign_button = QPushButton(self.tr("Assign…"))
        self.assign_button.setToolTip(fill(self.tr(
            "Assign a person to every selected item, as preparer or controller (%1)"),
            ASSIGN_SHORTCUT))
        self.unassign_button = QPushButton(self.tr("Remove person…"))
        self.selected_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.unassign_button)
        buttons.addWidget(self.selected_label, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heading)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        self.editor = PlanEditor()
        self.save_button = QPushButton(self.tr("Save plan"))
        self.save_button.setToolTip(self.tr("Save the item's plan (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.workflow = WorkflowPanel()
        self.files = FilesPanel(context)
        self.item_pages = QTabWidget()
        self.item_pages.setDocumentMode(True)
        # No Alt letters: the item's pages are reached with Ctrl+Tab or a click.
        self.item_pages.addTab(editor_pane(self.editor, self.revert_button, self.save_button),
                               self.tr("Plan"))
        self.item_pages.addTab(self.workflow, self.tr("Workflow"))
        self.item_pages.addTab(self.files, self.tr("Files"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.item_pages)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 640])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for key, slot in ((ASSIGN_SHORTCUT, self.assign), (STEP_SHORTCUT, self.next_step),
                          (ATTACH_SHORTCUT, self.attach)):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.person_filter.currentIndexChanged.connect(self._filter_changed)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.assign_button.clicked.connect(self.assign)
        self.unassign_button.clicked.connect(self.unassign)
        self.save_button.clicked.connect(self.save_changes)
        self.revert_button.clicked.connect(self.discard_changes)
        self.editor.changed.connect(self._update_buttons)
        self.workflow.step_clicked.connect(self.record_step)
        self.workflow.month_changed.connect(self._month_chosen)
        self.files.files_changed.connect(lambda: self.refresh())

    # --- showing ----------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.editor.is_dirty()

    def current_plan(self) -> ItemPlan | None:
        return self.model.plan(self.table.currentIndex().row())

    def selected_plans(self) -> list[ItemPlan]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [plan for row in rows if (plan := self.model.plan(row)) is not None]

    def refresh(self) -> None:
        """The year's items again; the selected rows, the item in focus and its deliverable
        stay chosen, and an editor with unsaved changes keeps them."""
        digits = self.context.digits()
        fiscal_year = self.context.year()
        self._people = PeopleRepository(self.context.db).all()
        self._names = {p.id: p.display_name for p in self._people if p.id is not None}
        chosen = {plan.code for plan in self.selected_plans()}
        current = self.current_plan()
        current_code = current.code if current is not None else (
            self.editor.plan.code if self.editor.plan is not None else None)
        try:
            self._year = oit_service.oit_year(self.context.db, fiscal_year)
        except AppError as exc:
            self._year = None
            self.heading.setText(fill(self.tr("The OIT items of fiscal year %1 cannot be "
                                              "shown: %2"), apply_digits(str(fiscal_year),
                                                                         digits),
                                      error_text(exc)))
            self.model.set_rows([], self._names, self._today(), digits)
            self._load(None)
            return
        self.heading.setText(apply_digits(fill(self.tr("OIT items of fiscal year %1: %2"),
                                               fiscal_year, len(self._year.items)), digits))
        self._fill_filters()
        self._show_rows(chosen, current_code)

    def _fill_filters(self) -> None:
        assert self._year is not None
        person = self.person_filter.currentData()
        status = self.status_filter.currentData()
        assigned = {p for plan in self._year.items for p in plan.assignment.people}
        for combo in (self.person_filter, self.status_filter):
            combo.blockSignals(True)
            combo.clear()
        self.person_filter.addItem(self.tr("Everyone's items"), None)
        for each in self._people:
            if each.id in assigned:
                self.person_filter.addItem(each.display_name, each.id)
        self.status_filter.addItem(self.tr("In any state"), None)
        self.status_filter.addItem(self.tr("Late or due this week"), _LATE)
        for each in Status:
            # The value, not the member: Qt hands a StrEnum back as a plain str.
            self.status_filter.addItem(status_text(each), each.value)
        for combo, value in ((self.person_filter, person), (self.status_filter, status)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def _shown(self, plan: ItemPlan) -> bool:
        person = self.person_filter.currentData()
        status = self.status_filter.currentData()
        if person is not None and person not in plan.assignment.people:
            return False
        if status == _LATE:
            return any(marks(plan, self._today()))
        return status is None or plan.status == status

    def _show_rows(self, chosen: set[str], current_code: str | None) -> None:
        assert self._year is not None
        titles = {sub.code: sub.title for indicator in self._year.catalog.indicators
                  for sub in indicator.sub_indicators}
        rows = grouped([plan for plan in self._year.items if self._shown(plan)], titles)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.set_rows(rows, self._names, self._today(), self.context.digits())
        self.table.clearSpans()
        for row in range(self.model.rowCount()):
            if self.model.plan(row) is None:
                self.table.setSpan(row, 0, 1, self.model.columnCount())
        self._size_columns()
        picked = QItemSelection()
        for row in range(self.model.rowCount()):
            plan = self.model.plan(row)
            if plan is not None and plan.code in chosen:
                picked.select(self.model.index(row, 0),
                              self.model.index(row, self.model.columnCount() - 1))
        selection.select(picked, QItemSelectionModel.SelectionFlag.Select)
        current_row = self.model.row_of_code(current_code) if current_code else -1
        if current_row < 0 and self.editor.plan is None:
            # The first time: the first item in the editor, so the page never opens blank.
            current_row = next((r for r in range(self.model.rowCount())
                                if self.model.plan(r) is not None), -1)
            if current_row >= 0:
                picked.select(self.model.index(current_row, 0),
                              self.model.index(current_row, self.model.columnCount() - 1))
                selection.select(picked, QItemSelectionModel.SelectionFlag.Select)
        if current_row >= 0:
            selection.setCurrentIndex(self.model.index(current_row, 0),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(False)
        plan = self.model.plan(current_row)
        if not self.dirty:
            self._load(plan)
        elif plan is not None and self.editor.plan is not None \
                and plan.code == self.editor.plan.code:
            self._show_item_state(plan)
        self._update_buttons()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        # A title is a sentence: elided in the table, whole in its tooltip and in the editor.
        self.table.setColumnWidth(ItemsModel.TITLE, min(self.table.columnWidth(
            ItemsModel.TITLE), 220))
        for column in (ItemsModel.DUE, ItemsModel.PREPARERS, ItemsModel.CONTROLLERS):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 190))
        # The heading rows' text spans the row; it does not widen the code column.
        self.table.setColumnWidth(ItemsModel.CODE, self.fontMetrics().horizontalAdvance(
            "O25") + 24)
        header.setStretchLastSection(True)

    def _load(self, plan: ItemPlan | None) -> None:
        """Show ``plan`` in the editor, its workflow and its files (nothing: all cleared)."""
        if plan is None:
            self.item_pages.setEnabled(False)
            self.files.load(None, None, self.context.digits())
            return
        if self.editor.plan is None or self.editor.plan.code != plan.code:
            self._month = None
        self.item_pages.setEnabled(True)
        self.editor.load(plan, self._people, self._names, self.context.digits())
        self._show_item_state(plan)

    def _show_item_state(self, plan: ItemPlan) -> None:
        """The workflow and files of ``plan``, leaving the plan editor as it is."""
        if self._month is not None and self._month not in plan.months():
            self._month = None
        self.workflow.load(plan, self._names, self._today(), self.context.digits(),
                           self._month)
        self.files.load(plan, self._month, self.context.digits())
        self._update_step_buttons()

    def _month_chosen(self, month: object) -> None:
        self._month = month if isinstance(month, date) else None
        self.files.load(self.editor.plan, self._month, self.context.digits())
        self._update_step_buttons()

    def _update_buttons(self) -> None:
        writable = not self._read_only
        count = len(self.selected_plans())
        self.assign_button.setEnabled(writable and count > 0)
        self.unassign_button.setEnabled(writable and count > 0)
        self.selected_label.setText(apply_digits(fill(self.tr("%1 selected"), count),
                                                 self.context.digits()) if count > 1 else "")
        self.save_button.setEnabled(writable and self.editor.plan is not None)
        self.revert_button.setEnabled(self.dirty)

    def _update_step_buttons(self) -> None:
        for button in self.workflow.step_buttons:
            button.setEnabled(not self._read_only)
            if button is self.workflow.forward_button():
                button.setToolTip(STEP_SHORTCUT)

    def _selection_changed(self) -> None:
        self._update_buttons()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        plan = self.model.plan(current.row())
        shown = self.editor.plan
        if plan is None or (shown is not None and shown.code == plan.code):
            return
        if self.dirty and not self.may_leave_item():
            back = self.model.row_of_code(shown.code) if shown is not None else -1
            if back >= 0:
                selection = self.table.selectionModel()
                selection.blockSignals(True)
                selection.setCurrentIndex(self.model.index(back, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
                selection.blockSignals(False)
            return
        self._load(plan)
        self._update_buttons()

    def may_leave_item(self, *, cancellable: bool = True) -> bool:
        shown = self.editor.plan
        return may_leave(
            self, self.tr("Unsaved changes"),
            fill(self.tr("The plan of %1 has changes that are not saved. Save them?"),
                 shown.code if shown is not None else ""),
            self.save_changes, self.discard_changes, cancellable=cancellable)

    def _filter_changed(self) -> None:
        if self._year is None:
            return
        current = self.current_plan()
        code = current.code if current is not None else (
            self.editor.plan.code if self.editor.plan is not None else None)
        self._show_rows({plan.code for plan in self.selected_plans()}, code)

    def open_item(self, code: str, month: date | None = None) -> bool:
        """Show item ``code`` (and its deliverable of ``month``); False when the year has no
        such item or deliverable. A filter that hides the item is set back to show all."""
        if self._year is None or code not in {plan.code for plan in self._year.items}:
            return False
        if self.model.row_of_code(code) < 0:
            for combo in (self.person_filter, self.status_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self._filter_changed()
        row = self.model.row_of_code(code)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        plan = self.editor.plan
        if plan is None or plan.code != code:
            return False  # the user chose to stay on an item with unsaved changes
        self.table.scrollTo(self.model.index(row, 0))
        if month is not None:
            if month not in plan.months():
                return False
            self._month = month
            self._show_item_state(plan)
            self.item_pages.setCurrentWidget(self.workflow)
        return True

    # --- assigning ----------------------------------------------------------------------------
    def assign(self, *, removing: bool = False) -> None:
        plans = self.selected_plans()
        if not plans or self._read_only or self._year is None:
            return
        if self.dirty and not self.may_leave_item():
            return
        dialog = AssignDialog([p for p in self._people if p.active],
                              [plan.code for plan in plans], removing=removing, parent=self)
        if not dialog.exec():
            dialog.deleteLater()
            return
        person_id, duty, mode = dialog.person_id(), dialog.duty, dialog.mode
        dialog.deleteLater()
        assert person_id is not None
        keys = [plan.assignment.item_key for plan in plans]
        try:
            if removing:
                oit_service.unassign_many(self.context.db, self._year.fiscal_year, keys,
                                          person_id, duty)
            else:
                oit_service.assign_many(self.context.db, self._year.fiscal_year, keys,
                                        person_id, duty, mode)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Nothing was changed"), problems_text(exc))
            return
        self._reload_editor()

    def unassign(self) -> None:
        self.assign(removing=True)

    def _reload_editor(self) -> None:
        """Read the year again and show the item in focus as stored now."""
        shown = self.editor.plan
        self.refresh()
        if shown is not None and self._year is not None and not self.dirty:
            self._load(next((p for p in self._year.items if p.code == shown.code), None))

    # --- the workflow -------------------------------------------------------------------------
    def next_step(self) -> None:
        button = self.workflow.forward_button()
        if button is not None and button.isEnabled():
            self.item_pages.setCurrentWidget(self.workflow)
            button.click()

    def attach(self) -> None:
        if self.editor.plan is not None:
            self.item_pages.setCurrentWidget(self.files)
            self.files.choose_files()

    def record_step(self, to: object) -> None:
        plan = self.editor.plan
        if plan is None or not isinstance(to, Status) or self._read_only or self._year is None:
            return
        if record_step(self, self.context.db, self._year, plan, self.workflow.month, to,
                       self._names, self._today(), self.context.digits()):
            self.refresh()

    # --- the page's part of the tab contract --------------------------------------------------
    def year_changed(self) -> None:
        # The window changes the year without asking: the plan on screen belongs to the year
        # left, so it is saved or dropped now. A save refused keeps it in the editor with the
        # reason (it carries its own year), rather than losing what was typed.
        if self.dirty:
            self.may_leave_item(cancellable=False)
        self.refresh()

    def unsaved_changes(self) -> list[str]:
        plan = self.editor.plan
        if not self.dirty or plan is None:
            return []
        return [fill(self.tr("the plan of OIT item %1"), plan.code)]

    def save_changes(self) -> bool:
        plan = self.editor.plan
        if self._read_only or plan is None:
            return not self.dirty
        try:
            assignment = self.editor.assignment()
            oit_service.save_assignment(self.context.db, assignment)
        except OitPlanChangedMeanwhileError as exc:
            if ask_show_saved(self, exc, self.tr("the plan on screen")):
                self._reload_stored(plan.code)
            return False
        except AppError as exc:
            self.editor.show_problem(problems_text(exc))
            return False
        self._reload_stored(plan.code)
        return True

    def _reload_stored(self, code: str) -> None:
        self.refresh()
        if self._year is not None:
            self._load(next((p for p in self._year.items if p.code == code), None))
        self._update_buttons()

    def discard_changes(self) -> None:
        plan = self.editor.plan
        if plan is not None:
            self.editor.load(plan, self._people, self._names, self.context.digits())
        self._update_buttons()
