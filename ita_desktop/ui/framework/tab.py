"""The "ITA framework" tab: the selected fiscal year's indicators, OIT items and calendar.

A year starts from the unit's previous year or from the bundled catalog; its OIT items are
edited here; frameworks travel between units as files.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.framework import (
    Catalog,
    OitItem,
    Provenance,
    catalog_problems,
    formats_text,
)
from ita_desktop.domain.thai_dates import format_date_range, format_thai_date
from ita_desktop.domain.units import UnitKind, unit_kind_info
from ita_desktop.errors import AppError
from ita_desktop.services import frameworks as framework_service
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.store.unit import UnitRepository
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill, pad_rows_for_thai
from ita_desktop.ui.framework.unconfirmed import (
    BACKGROUND,
    ITEM_COLUMNS,
    MARK,
    note_text,
    part_name,
    reason_text,
)
from ita_desktop.ui.shell.tab import Tab, TabContext

if TYPE_CHECKING:
    from ita_desktop.store.database import Database


def _read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    pad_rows_for_thai(table)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class FrameworkTab(Tab):
    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._digits = context.digits
        self._frameworks = FrameworkRepository(context.db)
        self._units = UnitRepository(context.db)
        self._english = context.english
        self._export_dir = context.export_dir
        self._year: int | None = None
        self.catalog: Catalog | None = None
        # Opened read-only (another window or PC has the file open for changes): the framework
        # is shown and exported, but not offered for changes that would only be refused.
        self._read_only = context.db.read_only

        # Shown when the year has no framework yet: one clear action instead of an empty table.
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(self.tr("&Start this year's framework"))
        self.start_button.clicked.connect(self.start_selected_year)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold; padding: 4px 0;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.balance = QLabel()
        self.balance.setWordWrap(True)
        # What the ⚠ marks mean, shown only while some value waits for confirmation.
        self.unconfirmed_note = QLabel()
        self.unconfirmed_note.setWordWrap(True)
        self.unconfirmed_note.setStyleSheet("color: #8a5300;")
        self.items = _read_only_table([
            self.tr("Code"), self.tr("Sub-indicator"), self.tr("Title"), self.tr("Formats"),
            self.tr("Deadline"), self.tr("Points"),
        ])
        self.items.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.items.horizontalHeader().setStretchLastSection(False)
        self.items.doubleClicked.connect(lambda _: self.edit_item())
        self.phases = _read_only_table([
            self.tr("Phase"), self.tr("Dates"), self.tr("Activity"), self.tr("Responsible"),
        ])
        self.add_button = QPushButton(self.tr("&Add item…"))
        self.edit_button = QPushButton(self.tr("&Edit item…"))
        self.remove_button = QPushButton(self.tr("Remo&ve item"))
        self.confirm_item_button = QPushButton(self.tr("Confirm item's &data"))
        self.confirm_item_button.setToolTip(self.tr(
            "The unit has checked the selected item's values marked ⚠ and keeps them."))
        self.confirm_year_button = QPushButton(self.tr("Confirm the year's &general values"))
        self.confirm_year_button.setToolTip(self.tr(
            "The unit has checked the year's own values that wait for confirmation "
            "(weights, samples, quotas, groups, indicators, calendar) and keeps them."))
        self.confirm_item_button.clicked.connect(self.confirm_item)
        self.confirm_year_button.clicked.connect(self.confirm_year)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.import_button.clicked.connect(self.import_framework)
        self.export_button.clicked.connect(self.export_framework)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button,
                       self.confirm_item_button, self.confirm_year_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)

        items_box = QWidget()
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(QLabel(self.tr("OIT items (open data published on the unit's "
                                              "website)")))
        items_layout.addWidget(self.items)
        phases_box = QWidget()
        phases_layout = QVBoxLayout(phases_box)
        phases_layout.setContentsMargins(0, 0, 0, 0)
        phases_layout.addWidget(QLabel(self.tr("Assessment calendar")))
        phases_layout.addWidget(self.phases)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(items_box)
        splitter.addWidget(phases_box)
        splitter.setSizes([500, 250])

        filled = QWidget()
        filled_layout = QVBoxLayout(filled)
        filled_layout.addWidget(self.heading)
        filled_layout.addWidget(self.summary)
        filled_layout.addWidget(self.balance)
        filled_layout.addWidget(self.unconfirmed_note)
        filled_layout.addLayout(buttons)
        filled_layout.addWidget(splitter, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(filled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.items.itemSelectionChanged.connect(self._selection_changed)
        for button in (self.start_button, self.add_button, self.import_button):
            button.setEnabled(not self._read_only)
        self.year_changed(context.year())

    # --- showing ----------------------------------------------------------------------------
    def framework_name(self) -> str:
        unit = self._units.get()
        return unit_kind_info(unit.kind if unit else UnitKind.PROVINCIAL_IMMIGRATION).framework

    # --- the tab contract -------------------------------------------------------------------
    def year_changed(self, year: int) -> None:
        self._year = year
        self.reload()

    def digits_changed(self, digits: DigitStyle) -> None:
        self.reload(self._selected_code())

    def refresh(self) -> None:
        self.reload(self._selected_code())

    def _selected_code(self) -> str | None:
        item = self.selected_item()
        return item.code if item else None

    def reload(self, select_code: str | None = None) -> None:
        if self._year is None:
            return
        try:
            self.catalog = self._frameworks.get(self._year)
        except AppError as exc:
            self.catalog = None
            QMessageBox.warning(self, self.tr("Framework unreadable"), error_text(exc))
        if self.catalog is None:
            self.empty_text.setText(fill(self.tr(
                "Fiscal year %1 has no ITA framework yet. Start it from the unit's previous "
                "year, or from the framework that comes with the program; then edit its items."
            ), self._shown(str(self._year))))
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self._show(self.catalog, select_code)

    def _shown(self, text: str) -> str:
        """Every number on this screen in the digits chosen in Settings, as the documents."""
        return apply_digits(text, self._digits())

    def _show(self, catalog: Catalog, select_code: str | None) -> None:
        self.heading.setText(self._shown(catalog.title))
        weights = ", ".join(f"{k} {format(v, 'f')}" for k, v in catalog.weights.items())
        # "EIT2" is the seeds' EIT (2): said so, so that its 2 is not read as a count.
        samples = ", ".join(
            f"{'EIT(2)' if k == 'EIT2' else k} "
            + (fill(self.tr("%1 (planned %2)"), v, catalog.sample_targets[k])
               if k in catalog.sample_targets else str(v))
            for k, v in catalog.minimum_samples.items())
        quotas = ", ".join(f"{q.section} {q.minimum}" for q in catalog.eit_quotas)
        self.summary.setText(self._shown(fill(
            self.tr("Weights: %1. Minimum samples: %2. EIT(1) quotas: %3."),
            weights, samples, quotas)))
        total = sum((item.points for item in catalog.oit_items), Decimal(0))
        weight = catalog.weights.get("OIT", Decimal(0))
        problems = catalog_problems(catalog)
        if not problems:
            self.balance.setStyleSheet("color: #1b5e20;")
            self.balance.setText(self._shown(fill(
                self.tr("%1 OIT items; their points add up to %2, the OIT weight."),
                len(catalog.oit_items), format(weight, "f"))))
        else:
            self.balance.setStyleSheet("color: #b00020;")
            self.balance.setText(self._shown(
                fill(self.tr("%1 OIT items; points add up to %2, the OIT weight is %3. The "
                             "framework cannot be exported until they match."),
                     len(catalog.oit_items), format(total, "f"), format(weight, "f"))
                + "\n" + "\n".join(error_text(problem) for problem in problems[:5])
            ))
        self.items.setRowCount(len(catalog.oit_items))
        select_row = -1
        for row, item in enumerate(catalog.oit_items):
            if item.deadline.text:
                deadline = item.deadline.text
            elif item.deadline.date:
                deadline = format_thai_date(item.deadline.date, digits=self._digits())
            else:
                deadline = ""
            cells = [item.code, item.indicator, item.title, formats_text(item.formats), deadline,
                     format(item.points, "f")]
            waiting = {ITEM_COLUMNS[name]: why for name, why in item.unconfirmed.items()}
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(self._shown(text) + (MARK if column in waiting else ""))
                tip = ""
                if column == 2:
                    tip = self._shown("\n".join(f"• {c}" for c in item.components))
                if column in waiting:
                    cell.setBackground(BACKGROUND)
                    tip = "\n\n".join(part for part in (reason_text(waiting[column]), tip)
                                      if part)
                cell.setToolTip(tip)
                self.items.setItem(row, column, cell)
            if item.code == select_code:
                select_row = row
        self.items.resizeColumnsToContents()
        self.items.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if select_row >= 0:
            self.items.selectRow(select_row)
        self._show_unconfirmed(catalog)
        self.phases.setRowCount(len(catalog.calendar))
        for row, phase in enumerate(catalog.calendar):
            cells = [str(phase.order), format_date_range(phase.start, phase.end, self._digits()),
                     phase.title, phase.responsible]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(self._shown(text))
                cell.setToolTip(self._shown(phase.description))
                self.phases.setItem(row, column, cell)
        self.phases.resizeColumnsToContents()
        self._selection_changed()

    def _show_unconfirmed(self, catalog: Catalog) -> None:
        reasons = [why for item in catalog.oit_items for why in item.unconfirmed.values()]
        reasons += catalog.unconfirmed.values()
        lines = [note_text(reasons)] if reasons else []
        if catalog.unconfirmed:
            # One reason for all the parts it holds: a copied year repeated it seven times.
            by_reason: dict[Provenance, list[str]] = {}
            for part, why in catalog.unconfirmed.items():
                by_reason.setdefault(why, []).append(part_name(part))
            lines.append(fill(
                self.tr("The year's own values still to confirm: %1."),
                "; ".join(f"{', '.join(names)} ({reason_text(why)})"
                          for why, names in by_reason.items())))
        self.unconfirmed_note.setText(self._shown("\n".join(lines)))
        self.unconfirmed_note.setVisible(bool(lines))
        self.confirm_year_button.setEnabled(bool(catalog.unconfirmed) and not self._read_only)

    def _selection_changed(self) -> None:
        current = self.selected_item()
        selected = current is not None and not self._read_only
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        self.confirm_item_button.setEnabled(
            selected and current is not None and bool(current.unconfirmed))

    def selected_item(self) -> OitItem | None:
        if self.catalog is None:
            return None
        rows = self.items.selectionModel().selectedRows()
        if not rows:
            return None
        return self.catalog.oit_items[rows[0].row()]

    # --- editing ------------------------------------------------------------------------------
    @property
    def _db(self) -> Database:
        return self.context.db

    def _refused(self, title: str, exc: AppError) -> None:
        """Why a change was refused, in the window's language; nothing was written."""
        QMessageBox.warning(self, title, error_text(exc))

    def _start(self, year: int) -> bool:
        try:
            framework_service.start_year(self._db, year)
        except AppError as exc:
            self._refused(self.tr("Cannot start the year"), exc)
            return False
        return True

    def start_selected_year(self) -> None:
        if self._year is not None and self._start(self._year):
            self.reload()

    def start_new_year(self) -> None:
        from ita_desktop.ui.common.fiscal_year_dialog import FiscalYearDialog

        years = self._frameworks.years()
        suggested = (max(years) + 1) if years else (self._year or 2568)
        dialog = FiscalYearDialog(
            self.tr("Start a new fiscal year"),
            self.tr("Fiscal year (B.E.) to start from the latest framework:"),
            suggested, existing=years, digits=self._digits(), parent=self,
        )
        year = dialog.year() if dialog.exec() else None
        if year is None:
            return
        if year in years:
            # The dialog said, while the year was typed, that OK opens its framework.
            self.context.events.years_changed.emit(year)
            return
        if self._start(year):
            self.reload()
            self.context.events.years_changed.emit(year)

    def _edit_in_dialog(self, current: OitItem | None) -> None:
        """The item dialog until the item is saved or the user cancels; a refusal (bad field,
        locked or read-only file) shows on the dialog's error line and keeps what was typed."""
        if self.catalog is None or self._year is None:
            return
        from ita_desktop.ui.framework.oit_item_dialog import OitItemDialog

        year = self._year
        dialog = OitItemDialog(self.catalog, current, self, digits=self._digits())
        while dialog.exec():
            try:
                item = dialog.item()
                if current is None:
                    framework_service.add_item(self._db, year, item)
                else:
                    framework_service.update_item(self._db, year, current.code, item)
            except AppError as exc:
                dialog.show_problems(error_text(exc))
                continue
            except ValueError as exc:
                # A field the dialog could not read; its message is already translated.
                dialog.show_problems(str(exc))
                continue
            self.reload(item.code)
            return

    def add_item(self) -> None:
        self._edit_in_dialog(None)

    def edit_item(self) -> None:
        current = self.selected_item()
        # A double click reaches here even while Edit is disabled.
        if current is not None and not self._read_only:
            self._edit_in_dialog(current)

    def confirm_item(self) -> None:
        current = self.selected_item()
        if self.catalog is None or current is None or not current.unconfirmed:
            return
        try:
            framework_service.confirm_item_values(self._db, self.catalog.fiscal_year,
                                                  current.code)
        except AppError as exc:
            self._refused(self.tr("Not confirmed"), exc)
            return
        self.reload(current.code)

    def confirm_year(self) -> None:
        if self.catalog is None or not self.catalog.unconfirmed:
            return
        try:
            framework_service.confirm_framework_values(self._db, self.catalog.fiscal_year)
        except AppError as exc:
            self._refused(self.tr("Not confirmed"), exc)
            return
        self.reload(self._selected_code())

    def remove_item(self) -> None:
        current = self.selected_item()
        if self.catalog is None or current is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove item"),
            fill(self.tr("Remove %1 \"%2\" from the framework of fiscal year %3?"),
                 current.code, current.title, self.catalog.fiscal_year),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            framework_service.remove_item(self._db, self.catalog.fiscal_year, current.code)
        except AppError as exc:
            self._refused(self.tr("Not removed"), exc)
            return
        self.reload()

    # --- files ----------------------------------------------------------------------------
    def import_framework(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import framework"), str(self._export_dir()),
            self.tr("ITA frameworks (*.json);;All files (*)"),
        )
        if not name:
            return
        try:
            catalog = framework_service.read_framework_file(Path(name))
        except AppError as exc:
            text = error_text(exc)
            QMessageBox.warning(self, self.tr("Framework not imported"),
                                self.tr("Nothing was imported.") + "\n\n" + text)
            return
        if catalog.framework != self.framework_name():
            answer = QMessageBox.question(
                self, self.tr("Import framework"),
                fill(self.tr("This framework is for '%1' units, but this unit uses '%2'. "
                             "Import it anyway?"), catalog.framework, self.framework_name()),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if catalog.fiscal_year in self._frameworks.years():
            answer = QMessageBox.question(
                self, self.tr("Import framework"),
                fill(self.tr("Replace the framework of fiscal year %1 with the one in the file?"),
                     catalog.fiscal_year),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            # The user has just agreed to a framework of the other kind and to replacing.
            framework_service.import_framework(self._db, catalog, replace=True, other_kind=True)
        except AppError as exc:
            self._refused(self.tr("Framework not imported"), exc)
            return
        self.reload()
        self.context.events.years_changed.emit(catalog.fiscal_year)

    def export_framework(self) -> None:
        if self.catalog is None:
            QMessageBox.information(self, self.tr("Export framework"),
                                    self.tr("The selected fiscal year has no framework yet."))
            return
        suggested = self._export_dir() / (
            f"ita-framework-{self.catalog.framework}-{self.catalog.fiscal_year}.json"
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export framework"), str(suggested),
            self.tr("ITA frameworks (*.json)"),
        )
        if not name:
            return
        try:
            framework_service.export_framework(self._db, self.catalog.fiscal_year, Path(name))
        except AppError as exc:
            self._refused(self.tr("Framework not exported"), exc)
            return
        QMessageBox.information(self, self.tr("Framework exported"),
                                fill(self.tr("Saved to %1."), name))
