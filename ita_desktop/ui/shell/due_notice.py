"""What is late and what is due this week, shown when the program opens: a small window beside
the main one (not in its way) listing the work by day, with a button that opens the chosen
entry in the calendar.

It takes the year view's summary as plain entries and reads no database: the window builds
the summary from the year view and decides whether there is anything to show.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.domain.year_view import YearEntry, YearSummary, days_late
from ita_desktop.ui.common.forms import fill, pad_rows_for_thai
from ita_desktop.ui.common.screen import fit_to_screen

# Dark enough to read on white (WCAG contrast above 7:1); the state column says "late" in
# words as well, for whoever does not see the red.
LATE_COLOUR = QColor("#b00000")
REF_ROLE = Qt.ItemDataRole.UserRole
DAY, STATE, WHAT, WHO = range(4)


class DueNotice(QDialog):
    """The late work and the work due this week, each list in the agenda list's order.

    ``show_in_calendar`` carries the chosen entry's ref ("action:7"); the dialog stays open,
    so the next line can be looked at after it.
    """

    show_in_calendar = Signal(str)

    def __init__(self, summary: YearSummary, today: date, *,
                 digits: DigitStyle = DigitStyle.THAI, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Late and due this week"))
        # Beside the main window, never in front of it as a question to answer first.
        self.setModal(False)
        self._today = today
        self._digits = digits

        self.late_label = self._heading(fill(self.tr("Late: %1"),
                                             self._number(len(summary.late))))
        self.late_table = self._table(summary.late, late=True)
        self.soon_label = self._heading(fill(self.tr("Due this week: %1"),
                                             self._number(len(summary.due_soon))))
        self.soon_table = self._table(summary.due_soon, late=False)
        self.nothing = QLabel(self.tr("Nothing is late or due this week."))

        self.show_button = QPushButton(self.tr("&Show in calendar"))
        self.show_button.setEnabled(False)
        self.show_button.clicked.connect(self._show_chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)  # Close, as Esc does

        layout = QVBoxLayout(self)
        for label, table, entries in ((self.late_label, self.late_table, summary.late),
                                      (self.soon_label, self.soon_table, summary.due_soon)):
            layout.addWidget(label)
            layout.addWidget(table, 1)
            label.setVisible(bool(entries))
            table.setVisible(bool(entries))
        layout.addWidget(self.nothing)
        self.nothing.setVisible(not summary)
        layout.addWidget(buttons)

        # One line chosen at a time, whichever list it is in: the button opens that one.
        self.late_table.itemSelectionChanged.connect(
            lambda: self._chosen_in(self.late_table, self.soon_table))
        self.soon_table.itemSelectionChanged.connect(
            lambda: self._chosen_in(self.soon_table, self.late_table))
        first = self.late_table if summary.late else self.soon_table
        if first.rowCount():
            first.selectRow(0)
            first.setFocus()
        self.show_button.setDefault(True)
        fit_to_screen(self, 780, 460)

    # --- building ---------------------------------------------------------------------

    def _number(self, n: int) -> str:
        return apply_digits(str(n), self._digits)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _table(self, entries: list[YearEntry], *, late: bool) -> QTableWidget:
        table = QTableWidget(len(entries), 4)
        table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("State"), self.tr("What"),
                                         self.tr("Who")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        pad_rows_for_thai(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(DAY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WHO, 180)
        for row, entry in enumerate(entries):
            cells = (format_thai_date(entry.end, DateForm.ABBR, self._digits),
                     self._state(entry, late), entry.title, entry.who)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(REF_ROLE, entry.ref)
                item.setToolTip(text)
                if late:
                    item.setForeground(QBrush(LATE_COLOUR))
                    if column == STATE:
                        bold = QFont(item.font())
                        bold.setBold(True)
                        item.setFont(bold)
                table.setItem(row, column, item)
        table.itemDoubleClicked.connect(lambda item: self.show_in_calendar.emit(
            item.data(REF_ROLE)))
        return table

    def _state(self, entry: YearEntry, late: bool) -> str:
        if late:
            days = days_late(entry, self._today)
            # The number is filled in either case: it is written in the window's digits.
            return fill(self.tr("Late %1 day") if days == 1 else self.tr("Late %1 days"),
                        self._number(days))
        days = (entry.end - self._today).days
        if days == 0:
            return self.tr("Due today")
        if days == 1:
            return self.tr("Due tomorrow")
        return fill(self.tr("Due in %1 days"), self._number(days))

    # --- choosing ---------------------------------------------------------------------

    def _chosen_in(self, table: QTableWidget, other: QTableWidget) -> None:
        if table.selectedItems():
            other.clearSelection()
        self.show_button.setEnabled(self.chosen_ref() is not None)

    def chosen_ref(self) -> str | None:
        """The ref of the line chosen in either list, None when none is."""
        for table in (self.late_table, self.soon_table):
            items = table.selectedItems()
            if items:
                return str(items[0].data(REF_ROLE))
        return None

    def _show_chosen(self) -> None:
        ref = self.chosen_ref()
        if ref is not None:
            self.show_in_calendar.emit(ref)
