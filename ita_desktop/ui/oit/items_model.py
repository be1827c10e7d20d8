"""The items table's model: the year's items under their sub-indicators, one row per item.

A sub-indicator is a heading row across the table that cannot be selected, so selecting many
rows selects items only. Passive: the page hands it the rows (``set_rows``) and reads back
which item a row holds (``plan``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.framework.formats import formats_text
from ita_desktop.domain.oit_plan import ItemPlan
from ita_desktop.ui.common.table_model import HeadedTableModel
from ita_desktop.ui.oit.words import (
    LATE_COLOUR,
    SOON_BACKGROUND,
    STATUS_COLOURS,
    due_text,
    marks,
    marks_text,
    names_text,
    status_text,
)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Heading:
    """A sub-indicator's row: its code and title."""

    code: str
    title: str


Row = Heading | ItemPlan


def grouped(plans: Sequence[ItemPlan], titles: Mapping[str, str]) -> list[Row]:
    """``plans`` (in the catalog's order) with a heading before each sub-indicator's first
    item; ``titles`` the sub-indicators' titles by code."""
    rows: list[Row] = []
    current = None
    for plan in plans:
        if plan.item.indicator != current:
            current = plan.item.indicator
            rows.append(Heading(current, titles.get(current, "")))
        rows.append(plan)
    return rows


class ItemsModel(HeadedTableModel):
    # The state and the due work first after the title: on a laptop the people's columns
    # need scrolling sideways, and what the secretary scans the table for must not.
    CODE, TITLE, STATUS, DUE, PREPARERS, CONTROLLERS, MISSING = range(7)

    def __init__(self) -> None:
        super().__init__()
        self._headers = [self.tr("Item"), self.tr("Title"), self.tr("State"), self.tr("Due"),
                         self.tr("Preparers"), self.tr("Controllers"),
                         self.tr("Formats missing")]
        self._rows: list[Row] = []
        self._names: Mapping[int, str] = {}
        self._today = date.today()
        self._digits = DigitStyle.THAI
        self._marks: dict[str, tuple[int, int]] = {}

    def set_rows(self, rows: list[Row], names: Mapping[int, str], today: date,
                 digits: DigitStyle) -> None:
        self.beginResetModel()
        self._rows, self._names, self._today, self._digits = rows, names, today, digits
        # Worked out once per reset: a view asks for a cell's colours many times over (sizing
        # the columns alone asks for every cell), and each ask would walk the item's dues.
        self._marks = {row.code: marks(row, today) for row in rows if isinstance(row, ItemPlan)}
        self.endResetModel()

    def row_of(self, index: int) -> Row:
        return self._rows[index]

    def plan(self, index: int) -> ItemPlan | None:
        row = self._rows[index] if 0 <= index < len(self._rows) else None
        return row if isinstance(row, ItemPlan) else None

    def row_of_code(self, code: str) -> int:
        return next((r for r, row in enumerate(self._rows)
                     if isinstance(row, ItemPlan) and row.code == code), -1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if isinstance(self._rows[index.row()], Heading):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._rows[index.row()]
        if isinstance(row, Heading):
            return self._heading_data(row, index.column(), role)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STATUS:
                return QBrush(STATUS_COLOURS[row.status])
            if column == self.DUE and self._marks[row.code][0]:
                return QBrush(LATE_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.DUE:
            late, soon = self._marks[row.code]
            if soon and not late:
                return QBrush(SOON_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and column == self.STATUS:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _heading_data(self, heading: Heading, column: int, role: int) -> object:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{heading.code} {heading.title}".strip()
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, plan: ItemPlan, column: int, tip: bool) -> str:
        if column == self.CODE:
            return plan.code
        if column == self.TITLE:
            return plan.item.title
        if column == self.PREPARERS:
            return names_text(plan.assignment.preparers, self._names)
        if column == self.CONTROLLERS:
            return names_text(plan.assignment.controllers, self._names)
        if column == self.DUE:
            words = marks_text(*self._marks[plan.code], self._digits)
            due = due_text(plan, self._digits)
            # The mark first: a narrow column cuts the end of the text, never the lateness.
            return f"{words} — {due}" if words else due
        if column == self.STATUS:
            return status_text(plan.status)
        missing = plan.missing()
        if not missing:
            return "" if not tip else self.tr("Every required format is attached")
        return formats_text(missing)
