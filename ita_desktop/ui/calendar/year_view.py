"""Every date of the year in one view: a month calendar whose marked days list their entries
when chosen, beside the agenda of the whole year with late work marked.

It shows ``YearEntry`` lists and says nothing of where they come from: the tab gathers the
phases, meetings and action items (through the services) and hands them over; opening an
entry is the tab's, told through ``open_requested`` with the entry's ``ref``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.thai_dates import DateForm, ce_to_be, format_thai_date
from ita_desktop.domain.year_view import EntryKind, YearEntry, in_order, is_late, on_day
from ita_desktop.ui.calendar.agenda_model import (
    DONE_TEXT,
    LATE_BACKGROUND,
    LATE_TEXT,
    AgendaModel,
    time_text,
    when_text,
)
from ita_desktop.ui.common.forms import fill, pad_rows_for_thai, wheel_needs_focus

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EntryTable(QTableView):
    """The agenda list; Enter opens the current entry as a double click does."""

    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in _ENTER_KEYS and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class _EnterOpens(QObject):
    """Enter on the day's list opens its current entry, as a double click does."""

    def __init__(self, view: YearView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in _ENTER_KEYS:
            item = self._view.day_list.currentItem()
            if item is not None:
                self._view.open_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
                return True
        return False


class _NoYearEdit(QObject):
    """Keeps the calendar's year button from opening Qt's own year box, which counts in C.E.
    (Qt has no Buddhist calendar); the arrows and the month menu still turn the pages."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        return event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                                QEvent.Type.MouseButtonDblClick)


class YearView(QWidget):
    open_requested = Signal(str)
    """The user opened an entry (double click or Enter): its ``ref``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[YearEntry] = []
        self._today = date.today()
        self._digits = DigitStyle.THAI

        self.month = QCalendarWidget()
        self.month.setLocale(QLocale())  # Thai month and day names under the Thai language
        self.month.setGridVisible(True)
        self.month.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._year_button = self.month.findChild(QToolButton, "qt_calendar_yearbutton")
        if self._year_button is not None:
            self._year_button.installEventFilter(_NoYearEdit(self._year_button))
        self.day_heading = QLabel()
        self.day_heading.setWordWrap(True)
        self.day_list = QListWidget()
        self.day_list.setWordWrap(True)
        self.day_list.installEventFilter(_EnterOpens(self))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.month)
        left_layout.addWidget(self.day_heading)
        left_layout.addWidget(self.day_list, 1)

        self.kind = QComboBox()
        self.model = AgendaModel(lambda: self._digits, self)
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in EntryKind:
            self.kind.addItem(self.model.kind_words(kind), kind)
        wheel_needs_focus(self.kind)
        kind_label = QLabel(self.tr("&Show:"))
        kind_label.setBuddy(self.kind)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setToolTip(self.tr("Show today in the calendar and the first entry "
                                             "of today or after in the list"))
        self.summary = QLabel()
        self.agenda = EntryTable()
        self.agenda.setModel(self.model)
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.verticalHeader().hide()
        # One line a row: rows that wrapped kept the height of the narrow table they were
        # measured in; the whole title and detail are in the tooltip.
        self.agenda.setWordWrap(False)
        pad_rows_for_thai(self.agenda)
        header = self.agenda.horizontalHeader()
        for column in (AgendaModel.WHEN, AgendaModel.TIME, AgendaModel.KIND, AgendaModel.STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.WHO, QHeaderView.ResizeMode.Interactive)
        self.agenda.setColumnWidth(AgendaModel.WHO,
                                   self.agenda.fontMetrics().horizontalAdvance("M" * 12))
        bar = QHBoxLayout()
        bar.addWidget(kind_label)
        bar.addWidget(self.kind)
        bar.addWidget(self.today_button)
        bar.addWidget(self.summary, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.agenda, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.month.selectionChanged.connect(self._day_chosen)
        self.month.currentPageChanged.connect(self._show_year)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.today_button.clicked.connect(self.go_to_today)
        self.agenda.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.agenda.open_requested.connect(self._open_row)
        self.day_list.itemDoubleClicked.connect(
            lambda item: self.open_requested.emit(str(item.data(Qt.ItemDataRole.UserRole))))
        self._show_year()

    # --- contents ---------------------------------------------------------------------------
    def set_entries(self, entries: Sequence[YearEntry], today: date,
                    digits: DigitStyle) -> None:
        """Show ``entries`` as of ``today``; the calendar opens on today."""
        self._entries = in_order(entries)
        self._today = today
        self._digits = digits
        self.model.set_entries(self._entries, today)
        self._mark_days()
        late = sum(is_late(e, today) for e in self._entries)
        self.summary.setText(apply_digits(fill(self.tr("%1 late"), late), digits)
                             if late else "")
        self.summary.setStyleSheet(f"color: {LATE_TEXT.name()}; font-weight: bold;")
        self.month.setSelectedDate(QDate(today.year, today.month, today.day))
        self._day_chosen()

    def _mark_days(self) -> None:
        """Bold where something starts, ends or is due (a phase runs for months: marking each
        of its days would mark the whole year); red where work is late."""
        self.month.setDateTextFormat(QDate(), QTextCharFormat())  # clears every day's mark
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        for entry in self._entries:
            for day in {entry.start, entry.end}:
                self.month.setDateTextFormat(QDate(day.year, day.month, day.day), marked)
        late = QTextCharFormat()
        late.setFontWeight(QFont.Weight.Bold)
        late.setForeground(QBrush(LATE_TEXT))
        late.setBackground(QBrush(LATE_BACKGROUND))
        for entry in self._entries:
            if is_late(entry, self._today):
                self.month.setDateTextFormat(
                    QDate(entry.end.year, entry.end.month, entry.end.day), late)

    def _show_year(self, *_: object) -> None:
        # Qt writes the year of its own (C.E.) calendar after each page turn: written again.
        if self._year_button is not None:
            self._year_button.setText(
                apply_digits(str(ce_to_be(self.month.yearShown())), self._digits))

    # --- selection --------------------------------------------------------------------------
    def selected_day(self) -> date:
        chosen = self.month.selectedDate()
        return date(chosen.year(), chosen.month(), chosen.day())

    def select_day(self, day: date) -> None:
        self.month.setSelectedDate(QDate(day.year, day.month, day.day))

    def _day_chosen(self) -> None:
        day = self.selected_day()
        self.day_heading.setText(format_thai_date(day, DateForm.WEEKDAY_FULL, self._digits))
        self.day_list.clear()
        for entry in on_day(self._entries, day):
            late = is_late(entry, self._today)
            parts = [self.model.kind_words(entry.kind), time_text(entry, self._digits),
                     apply_digits(entry.title, self._digits)]
            if entry.start != entry.end:
                parts.append(f"({when_text(entry, self._digits)})")
            if late or entry.done:
                parts.append(f"— {self.model.state_words(entry)}")
            item = QListWidgetItem(" ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, entry.ref)
            if entry.done:
                item.setForeground(QBrush(DONE_TEXT))
            elif late:
                item.setForeground(QBrush(LATE_TEXT))
                item.setBackground(QBrush(LATE_BACKGROUND))
            self.day_list.addItem(item)
        if self.day_list.count() == 0:
            item = QListWidgetItem(self.tr("Nothing on this day."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.day_list.addItem(item)
        self._show_year()

    def day_entries(self) -> list[str]:
        """The refs the day's list shows."""
        refs = [self.day_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.day_list.count())]
        return [str(r) for r in refs if r is not None]

    def _kind_chosen(self) -> None:
        chosen = self.kind.currentData()
        # Qt hands an enum given as item data back as its plain string value.
        self.model.set_kind(EntryKind(chosen) if chosen else None)

    def go_to_today(self) -> None:
        self.select_day(self._today)
        row = self.model.today_row()
        if row >= 0:
            index = self.model.index(row, AgendaModel.WHAT)
            self.agenda.setCurrentIndex(index)
            self.agenda.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self.agenda.setFocus()

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.model.entry(row).ref)
