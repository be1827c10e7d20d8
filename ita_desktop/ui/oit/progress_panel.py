"""One survey's progress on the surveys page (IIT, EIT(1) or EIT(2)): the counts the unit
copies from ITAP day by day (EIT(1) with its count per section against the quotas), where the
survey stands against the straight line to its target, and the chart of it.

A count is kept by its day: the day is what names an entry, so editing changes the counts
and a count typed for a day already listed replaces that day's (``services.oit``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, format_number
from ita_desktop.domain.framework.model import SampleKey
from ita_desktop.domain.oit import ProgressEntry, Standing
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.reports import oit_charts
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import (
    error_label,
    fill,
    lay_out_form_dialog,
    pad_rows_for_thai,
    show_error,
)
from ita_desktop.ui.common.table_model import HeadedTableModel, Index
from ita_desktop.ui.common.thai_date_field import ThaiDateField
from ita_desktop.ui.oit import chart_words
from ita_desktop.ui.oit.svg_chart import SvgChart

register({
    "oit.progress_no_day": QT_TRANSLATE_NOOP(
        "Errors", "Give the day ITAP showed the count."),
})

MOST_COUNT = 1_000_000
"""Far above any unit's staff or respondents; a spin box needs a ceiling."""

SaveEntry = Callable[[ProgressEntry], None]


class EntryModel(HeadedTableModel):
    """The entries newest first: day, count and, for EIT(1), the count of each section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = []
        self._rows: list[ProgressEntry] = []
        self._sections: list[str] = []
        self._digits = DigitStyle.THAI

    def set_rows(self, entries: Sequence[ProgressEntry], sections: Sequence[str],
                 digits: DigitStyle) -> None:
        self.beginResetModel()
        self._rows = sorted(entries, key=lambda entry: entry.on, reverse=True)
        self._sections = list(sections)
        self._headers = [self.tr("Day"), self.tr("Count"), *self._sections]
        self._digits = digits
        self.endResetModel()

    def entry_at(self, row: int) -> ProgressEntry:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self._rows[index.row()]
        if index.column() == 0:
            return format_thai_date(entry.on, DateForm.ABBR, self._digits)
        if index.column() == 1:
            return format_number(entry.count, self._digits)
        section = self._sections[index.column() - 2]
        return format_number(entry.by_section.get(section, 0), self._digits)


class EntryDialog(QDialog):
    """A count as ITAP shows it on a day; for EIT(1) also each section's count. Editing keeps
    the day: it names the entry."""

    def __init__(self, title: str, sections: Sequence[str], save: SaveEntry,
                 digits: DigitStyle, entry: ProgressEntry | None = None,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.day = ThaiDateField(digits=digits)
        self.day.set_date(entry.on if entry else today)
        self.day.edit.setEnabled(entry is None)
        self.count = self._spin(entry.count if entry else 0)
        self.sections = {section: self._spin(entry.by_section.get(section, 0) if entry else 0)
                         for section in sections}
        self.errors = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("&Count:"), self.count)
        for section, spin in self.sections.items():
            form.addRow(fill(self.tr("%1:"), section), spin)
        lay_out_form_dialog(self, form, self.errors)

    @staticmethod
    def _spin(value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, MOST_COUNT)
        spin.setValue(value)
        return spin

    def entry(self) -> ProgressEntry:
        """The entry as typed; an ``AppError`` when the day cannot be read or is missing."""
        day = self.day.checked_date()
        if day is None:
            raise AppError("oit.progress_no_day")
        return ProgressEntry(day, self.count.value(),
                             {section: spin.value() for section, spin in self.sections.items()})

    def accept(self) -> None:
        try:
            self._save(self.entry())
        except AppError as exc:
            show_error(self.errors, error_text(exc))
            return
        super().accept()


class ProgressPanel(QWidget):
    changed = Signal()
    """An entry was saved or deleted."""

    def __init__(self, key: SampleKey, title: str, save: Callable[[SampleKey, ProgressEntry],
                 None], delete: Callable[[SampleKey, date], None],
                 today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title = title
        self._save = save
        self._delete = delete
        self._today = today
        self._sections: list[str] = []
        self._digits = DigitStyle.THAI
        self.model = EntryModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        pad_rows_for_thai(self.view)
        self.add_button = QPushButton(self.tr("&Add count…"))
        self.edit_button = QPushButton(self.tr("Chan&ge…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.standing = QLabel()
        self.standing.setWordWrap(True)
        self.chart = SvgChart()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.view, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.standing)
        right.addWidget(self.chart)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.view.doubleClicked.connect(self.edit)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    def show_progress(self, entries: Sequence[ProgressEntry], sections: Sequence[str],
                      standing: Standing | None, why_no_target: AppError | None,
                      digits: DigitStyle) -> None:
        self._sections = list(sections)
        self._digits = digits
        self.model.set_rows(entries, sections, digits)
        self._enable()
        if standing is None:
            self.standing.setText(error_text(why_no_target) if why_no_target else "")
            self.chart.hide()
            return
        self.standing.setText(self.standing_text(standing, digits))
        self.chart.show()
        self.chart.set_svg(oit_charts.to_svg(oit_charts.progress_chart(
            standing.target, entries, chart_words.progress_words(),
            lambda day: format_thai_date(day, DateForm.ABBR_SHORT_YEAR, digits), digits)))

    def standing_text(self, standing: Standing, digits: DigitStyle) -> str:
        def n(value: int) -> str:
            return format_number(value, digits)

        lines = [fill(self.tr("%1 of %2 by %3: %4."), n(standing.count),
                      n(standing.target.minimum),
                      format_thai_date(standing.target.deadline, DateForm.ABBR, digits),
                      chart_words.pace_word(standing.pace))]
        if standing.short:
            lines.append(fill(self.tr("The pace expects %1 today; %2 more are needed in all."),
                              n(standing.expected), n(standing.short)))
        for section in standing.sections:
            lines.append(fill(self.tr("%1: %2 of %3"), section.section, n(section.count),
                              n(section.minimum))
                         + (fill(self.tr(", %1 short"), n(section.short))
                            if section.short else ""))
        return "\n".join(lines)

    def _selected(self) -> ProgressEntry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _dialog(self, title: str, entry: ProgressEntry | None) -> EntryDialog:
        return EntryDialog(title, self._sections, lambda typed: self._save(self.key, typed),
                           self._digits, entry, self._today(), self)

    def add(self) -> None:
        if self._dialog(fill(self.tr("New count of %1"), self.title), None).exec():
            self.changed.emit()

    def edit(self) -> None:
        entry = self._selected()
        if entry is not None and self._dialog(
                fill(self.tr("Count of %1"), self.title), entry).exec():
            self.changed.emit()

    def delete(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        day = format_thai_date(entry.on, DateForm.FULL, self._digits)
        if QMessageBox.question(self, self.tr("Delete the count"), fill(
                self.tr("Delete the count of %1 of %2?"), day, self.title)) \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            self._delete(self.key, entry.on)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Count not deleted"), error_text(exc))
            return
        self.changed.emit()
