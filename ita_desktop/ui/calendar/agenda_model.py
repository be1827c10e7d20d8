"""Every dated entry of the year as a passive table model, in the agenda's order
(``domain.year_view.in_order``), with late work marked by a word and a colour (not by colour
alone: a printout or a colour-blind reader still sees it), done work greyed, and a filter by
kind."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.thai_dates import format_date_range, format_time
from ita_desktop.domain.year_view import EntryKind, YearEntry, in_order, is_due_soon, is_late
from ita_desktop.ui.common.table_model import HeadedTableModel

Index = QModelIndex | QPersistentModelIndex

LATE_TEXT = QColor("#b00020")
LATE_BACKGROUND = QColor("#fde7e9")
SOON_BACKGROUND = QColor("#fff4d6")
DONE_TEXT = QColor("#8a8a8a")


def when_text(entry: YearEntry, digits: DigitStyle) -> str:
    return format_date_range(entry.start, max(entry.end, entry.start), digits)


def time_text(entry: YearEntry, digits: DigitStyle) -> str:
    if entry.at is None:
        return ""
    if entry.until is None:
        return format_time(entry.at, digits)
    # One "น." at the end, as a meeting record writes a span: "๐๙.๓๐ - ๑๒.๐๐ น."
    return f"{format_time(entry.at, digits).removesuffix(' น.')} - " \
           f"{format_time(entry.until, digits)}"


class AgendaModel(HeadedTableModel):
    WHEN, TIME, KIND, WHAT, WHO, STATE = range(6)

    def __init__(self, digits: Callable[[], DigitStyle], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._digits = digits
        self._all: list[YearEntry] = []
        self._rows: list[YearEntry] = []
        self._kind: EntryKind | None = None
        self._today = date.today()
        self._headers = [self.tr("Date"), self.tr("Time"), self.tr("Kind"), self.tr("What"),
                         self.tr("Who"), self.tr("State")]

    # --- contents ---------------------------------------------------------------------------
    def set_entries(self, entries: Sequence[YearEntry], today: date) -> None:
        self.beginResetModel()
        self._all = in_order(entries)
        self._today = today
        self._filter()
        self.endResetModel()

    def set_kind(self, kind: EntryKind | None) -> None:
        """Show only the entries of ``kind`` (None: every kind)."""
        self.beginResetModel()
        self._kind = kind
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        self._rows = [e for e in self._all if self._kind is None or e.kind is self._kind]

    def entry(self, row: int) -> YearEntry:
        return self._rows[row]

    def entries(self) -> list[YearEntry]:
        """Every entry given, whatever the filter shows."""
        return list(self._all)

    def today_row(self) -> int:
        """The first row still running or to come today: one covering today, else the first
        after it; -1 when the shown year is all past."""
        return next((r for r, e in enumerate(self._rows) if e.end >= self._today), -1)

    def kind_words(self, kind: EntryKind) -> str:
        """The kind of an entry as the screen names it."""
        return {
            EntryKind.PHASE: self.tr("Phase"),
            EntryKind.MEETING: self.tr("Meeting"),
            EntryKind.ACTION: self.tr("Action item"),
            EntryKind.OIT_DEADLINE: self.tr("OIT deadline"),
            EntryKind.DELIVERABLE: self.tr("Monthly deliverable"),
        }[kind]

    def state_words(self, entry: YearEntry) -> str:
        if entry.done:
            return self.tr("Done")
        if is_late(entry, self._today):
            return self.tr("Late")
        if is_due_soon(entry, self._today):
            return self.tr("Due this week")
        return ""

    # --- Qt's model -------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        late = is_late(entry, self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            digits = self._digits()
            column = index.column()
            if column == self.WHEN:
                return when_text(entry, digits)
            if column == self.TIME:
                return time_text(entry, digits)
            if column == self.KIND:
                return self.kind_words(entry.kind)
            if column == self.WHAT:
                return apply_digits(entry.title, digits)
            if column == self.WHO:
                return apply_digits(entry.who, digits)
            return self.state_words(entry)
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.done:
                return QBrush(DONE_TEXT)
            if late:
                return QBrush(LATE_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and not entry.done:
            if late:
                return QBrush(LATE_BACKGROUND)
            if is_due_soon(entry, self._today):
                return QBrush(SOON_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and late and index.column() == self.STATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return apply_digits("\n".join(t for t in (entry.title, entry.who, entry.detail)
                                           if t), self._digits())
        if role == Qt.ItemDataRole.UserRole:
            return entry.ref
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
