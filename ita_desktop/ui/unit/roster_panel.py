"""The personnel roster: list, search, filters, add/edit/deactivate, import and export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.ranks import RANKS
from ita_desktop.domain.roster import Person, official_order
from ita_desktop.domain.units import UnitKind, unit_kind_info
from ita_desktop.errors import AppError
from ita_desktop.services import roster as roster_service
from ita_desktop.store.errors import ChangedMeanwhileError
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import action_button, fill, pad_rows_for_thai, show_error
from ita_desktop.ui.common.jobs import JobRunner
from ita_desktop.ui.common.problem_text import problems_text
from ita_desktop.ui.unit.roster_model import RosterFilter, RosterTableModel


class RosterPanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        people: PeopleRepository,
        unit_kind: Callable[[], UnitKind],
        *,
        english: bool = False,
        digits: Callable[[], DigitStyle] = lambda: DigitStyle.THAI,
        export_dir: Callable[[], Path] = Path.home,
        runner: JobRunner | None = None,
        commander_id: Callable[[], int | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # The window's runner; the dialogs make their own when the panel stands alone.
        self._runner = runner
        self._people = people
        self._unit_kind = unit_kind
        self._english = english
        self._digits = digits
        self._export_dir = export_dir
        self._commander_id = commander_id
        self._all: list[Person] = []
        # Opened read-only (another window or PC has the file open for changes): the roster is
        # shown, searched and exported, but nothing that would only be refused on saving.
        self._read_only = people.db.read_only

        self.model = RosterTableModel(self)
        self.proxy = RosterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Unsorted, the rows keep the model's official order (section, office, rank); a click
        # on a heading sorts by that column, and a third click returns to the official order.
        header = self.view.horizontalHeader()
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        pad_rows_for_thai(self.view)
        self.view.doubleClicked.connect(lambda _: self.edit_selected())

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, position, phone… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.section_filter = QComboBox()
        self.rank_filter = QComboBox()
        self.rank_filter.addItem(self.tr("All ranks"), "")
        for rank in RANKS:
            self.rank_filter.addItem(rank.abbr, rank.key)
        self.show_left = QCheckBox(self.tr("Show people who have left"))
        self.count = QLabel()

        self.add_action = QAction(self.tr("&Add person…"), self)
        self.add_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.leave_action = QAction(self.tr("Mark as left"), self)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.import_action = QAction(self.tr("&Import from Excel…"), self)
        self.template_action = QAction(self.tr("Save import &template…"), self)
        self.export_action = QAction(self.tr("E&xport to Excel…"), self)
        for action in (self.add_action, self.edit_action, self.leave_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)

        toolbar = QHBoxLayout()
        for action in (self.add_action, self.edit_action, self.leave_action,
                       self.import_action, self.template_action, self.export_action):
            toolbar.addWidget(action_button(action))
        toolbar.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.section_filter, 1)
        filters.addWidget(self.rank_filter)
        filters.addWidget(self.show_left)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)

        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.section_filter.currentIndexChanged.connect(
            lambda: self._filter(section=self.section_filter.currentData() or "")
        )
        self.rank_filter.currentIndexChanged.connect(
            lambda: self._filter(rank=self.rank_filter.currentData() or "")
        )
        self.show_left.toggled.connect(lambda on: self._filter(show_left=on))
        self.add_action.triggered.connect(self.add_person)
        self.edit_action.triggered.connect(self.edit_selected)
        self.leave_action.triggered.connect(self.toggle_left)
        self.import_action.triggered.connect(self.import_roster)
        self.template_action.triggered.connect(self.save_template)
        self.export_action.triggered.connect(self.export_roster)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        if self._read_only:
            self.add_action.setEnabled(False)
            self.import_action.setEnabled(False)

    def _filter(self, **changes) -> None:  # type: ignore[no-untyped-def]
        self.proxy.set_filters(**changes)
        self._update_count()

    def _update_count(self) -> None:
        total = sum(1 for p in self._all if p.active)
        # Counts in the digits chosen in Settings, as the year above and the documents.
        self.count.setText(fill(self.tr("%1 shown; %2 serving, %3 left"),
                                *(apply_digits(str(n), self._digits()) for n in (
                                    self.proxy.rowCount(), total, len(self._all) - total))))

    def _fill_sections(self) -> None:
        current = self.section_filter.currentData()
        self.section_filter.blockSignals(True)
        self.section_filter.clear()
        self.section_filter.addItem(self.tr("All sections"), "")
        for section in unit_kind_info(self._unit_kind()).sections:
            self.section_filter.addItem(section.english if self._english else section.thai,
                                        section.key)
        self.section_filter.setCurrentIndex(max(self.section_filter.findData(current), 0))
        self.section_filter.blockSignals(False)
        self.proxy.set_filters(section=self.section_filter.currentData() or "")

    def reload(self, select_id: int | None = None) -> None:
        kind = self._unit_kind()
        self._all = official_order(self._people.all(), kind, self._commander_id())
        self._fill_sections()
        self.model.set_rows(self._all, kind, english=self._english,
                            digits=self._digits())
        self._fit_columns()
        self._update_count()
        if select_id is not None:
            self.select(select_id)
        self._selection_changed()

    def _fit_columns(self) -> None:
        """Widths from the texts themselves: QTableView.resizeColumnsToContents() asks the model
        for every cell several times and was the dearest step of opening the window."""
        metrics = self.view.fontMetrics()
        padding = 24
        for column in range(self.model.columnCount() - 1):
            texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal,
                                               Qt.ItemDataRole.DisplayRole) or "")]
            texts += [str(self.model.index(row, column).data() or "")
                      for row in range(self.model.rowCount())]
            width = max(metrics.horizontalAdvance(text) for text in texts) + padding
            self.view.setColumnWidth(column, min(width, 420))

    def model_people(self) -> list[Person]:
        """Everyone in the roster, in official order (people who left last)."""
        return list(self._all)

    def select(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.selectRow(index.row())
            self.view.scrollTo(index)

    def selected(self) -> Person | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        source: QModelIndex = self.proxy.mapToSource(rows[0])
        return self.model.person_at(source.row())

    def _selection_changed(self) -> None:
        person = self.selected()
        self.edit_action.setEnabled(person is not None and not self._read_only)
        self.leave_action.setEnabled(person is not None and not self._read_only)
        if person is not None and not person.active:
            self.leave_action.setText(self.tr("Mark as serving a&gain"))
        else:
            self.leave_action.setText(self.tr("Mark as left"))

    def _dialog(self, person: Person | None):  # type: ignore[no-untyped-def]
        from ita_desktop.ui.unit.person_dialog import PersonDialog

        signature = self._people.signature(person.id) if person and person.id else None
        return PersonDialog(self._unit_kind(), person, same_name=self._people.find_same_name,
                            english=self._english, signature=signature,
                            image_folder=self._export_dir, runner=self._runner, parent=self)

    def _edit_in_dialog(self, person: Person | None) -> Person | None:
        """The person dialog until the person is saved or the user cancels. The person and
        their signature are saved in one transaction, both or neither; a refusal (a locked,
        read-only or full file) shows on the dialog's error line and keeps what was typed."""
        dialog = self._dialog(person)
        try:
            while dialog.exec():
                signature = (dialog.signature() if dialog.signature_changed()
                             else roster_service.UNCHANGED)
                try:
                    return roster_service.save_person(self._people.db, dialog.person(),
                                                      signature=signature)
                except ChangedMeanwhileError as exc:
                    self._changed_meanwhile(dialog, exc)
                except AppError as exc:
                    problems = getattr(exc, "problems", None)
                    show_error(dialog.errors,
                               problems_text(problems) if problems else error_text(exc))
            return None
        finally:
            dialog.deleteLater()

    def _changed_meanwhile(self, dialog, exc: ChangedMeanwhileError) -> None:  # type: ignore[no-untyped-def]
        """Someone saved this person since the dialog opened: the dialog stays open with what
        was typed, and the user may see the entry as saved now instead."""
        from ita_desktop.ui.common.changed_meanwhile import ask_show_saved

        show_error(dialog.errors, error_text(exc))
        # The list behind the dialog shows their change at once.
        self.reload(exc.person_id)
        if not ask_show_saved(dialog, exc, self.tr(
                "Showing the entry as it is saved now replaces what you typed in this "
                "dialog. Keep what you typed to copy it first.")) or exc.person_id is None:
            return
        dialog.reload(self._people.get(exc.person_id), self._people.signature(exc.person_id))
        show_error(dialog.errors, self.tr("This is the entry as saved now. Make your change "
                                          "again and save."))

    def add_person(self) -> None:
        saved = self._edit_in_dialog(None)
        if saved is not None:
            self.reload(saved.id)
            self.changed.emit()

    def edit_selected(self) -> None:
        person = self.selected()
        # A double click reaches here even while Edit is disabled.
        if person is None or self._read_only:
            return
        if self._edit_in_dialog(person) is not None:
            self.reload(person.id)
            self.changed.emit()

    def toggle_left(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        person = self.selected()
        if person is None or person.id is None:
            return
        if person.active:
            answer = QMessageBox.question(
                self, self.tr("Mark as left"),
                fill(self.tr("%1 has left the unit? They stay in the roster's history and in "
                             "past documents, but are no longer offered for new work."),
                     person.display_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            roster_service.set_left(self._people.db, person.id, person.active,
                                    version=person.version)
        except ChangedMeanwhileError as exc:
            # The list shows the entry as saved now, for the user to look again.
            self.reload(person.id)
            self._refused(exc)
            return
        except AppError as exc:
            self._refused(exc)
            return
        if person.active and not self.show_left.isChecked():
            self.show_left.setChecked(True)
        self.reload(person.id)
        self.changed.emit()

    def _refused(self, exc: AppError) -> None:
        """Why a change was refused, in the window's language; nothing was written."""
        from PySide6.QtWidgets import QMessageBox
        problems = getattr(exc, "problems", None)
        text = problems_text(problems) if problems else error_text(exc)
        QMessageBox.warning(self, self.tr("Not saved"), text)

    def import_roster(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import roster"), str(self._export_dir()),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return
        from ita_desktop.ui.unit.roster_import_dialog import RosterImportDialog

        dialog = RosterImportDialog(Path(name), self._unit_kind(),
                                    lambda: self._people.all(), self, runner=self._runner)
        # Freed after use: a big workbook's preview table is not kept with the panel.
        accepted = dialog.exec()
        people = dialog.people() if accepted else []
        dialog.deleteLater()
        if not accepted:
            return
        try:
            added = roster_service.import_people(self._people.db, people)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Roster not imported"), error_text(exc))
            return
        self.reload()
        self.changed.emit()
        QMessageBox.information(self, self.tr("Roster imported"),
                                fill(self.tr("%1 people were added to the roster."), added))

    def _save_name(self, title: str, suggested: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog
        name, _ = QFileDialog.getSaveFileName(
            self, title, str(self._export_dir() / suggested), self.tr("Excel workbooks (*.xlsx)")
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def _not_written(self, exc: AppError) -> None:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))

    def save_template(self) -> None:
        path = self._save_name(self.tr("Save roster template"), "roster-template.xlsx")
        if path is None:
            return
        try:
            roster_service.save_template(path, self._unit_kind())
        except AppError as exc:
            self._not_written(exc)

    def export_roster(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        path = self._save_name(self.tr("Export roster"), "roster.xlsx")
        if path is None:
            return
        people = [self.model.person_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                  for r in range(self.proxy.rowCount())]
        try:
            written = roster_service.export_roster(path, people, self._unit_kind(),
                                                   self._digits())
        except AppError as exc:
            self._not_written(exc)
            return
        QMessageBox.information(self, self.tr("Roster exported"),
                                fill(self.tr("%1 people written to %2."), written, path))
