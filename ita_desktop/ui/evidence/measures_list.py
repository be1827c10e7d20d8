"""The year's measures under their three areas ("1.3 title"), and the target thumbnails are
dragged onto to move photos to another measure.

A tree of two levels: an area (not selectable, always open) and its measures in order. The
tree only shows and reports; the tab stores what was asked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.evidence import AREAS, Area, Measure, area_number, measure_label
from ita_desktop.ui.common.forms import fill
from ita_desktop.ui.common.photo_model import photo_ids_of
from ita_desktop.ui.evidence.words import area_title

_ID = Qt.ItemDataRole.UserRole
_AREA = Qt.ItemDataRole.UserRole + 1


class MeasuresTree(QTreeWidget):
    photos_dropped = Signal(list, int)
    """Photo ids dragged from the grid, and the measure they were dropped on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        # The photo counts in a column of their own: after a long title they were elided away.
        self.setColumnCount(2)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self._areas: dict[Area, QTreeWidgetItem] = {}

    def load(self, measures: Sequence[Measure], counts: dict[int, int],
             digits: DigitStyle) -> None:
        """Show ``measures`` (in order) under their areas; ``counts`` are the photos each
        shows. The measure chosen stays chosen when it is still there."""
        chosen = self.current_id()
        self.blockSignals(True)
        self.clear()
        self._areas = {}
        for area in AREAS:
            head = QTreeWidgetItem([apply_digits(f"{area_number(area)}. {area_title(area)}",
                                                 digits)])
            head.setData(0, _AREA, area.value)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)  # an area's name is not cut by the counts column
            self._areas[area] = head
            for measure in (m for m in measures if m.area == area):
                count = counts.get(measure.id or -1, 0)
                item = QTreeWidgetItem([
                    apply_digits(f"{measure_label(measure)} {measure.title}", digits),
                    apply_digits(str(count), digits) if count else ""])
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                item.setToolTip(1, apply_digits(fill(self.tr("%1 photos"), count), digits))
                item.setData(0, _ID, measure.id)
                item.setToolTip(0, measure.title)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsDropEnabled)
                head.addChild(item)
        self.expandAll()
        self.blockSignals(False)
        if chosen is not None:
            self.select_measure(chosen)

    def current_id(self) -> int | None:
        item = self.currentItem()
        value = item.data(0, _ID) if item is not None else None
        return int(value) if value is not None else None

    def current_area(self) -> Area | None:
        """The area of the measure or heading in focus."""
        item = self.currentItem()
        if item is None:
            return None
        head = item.parent() or item
        value = head.data(0, _AREA)
        return Area(value) if value is not None else None

    def select_measure(self, measure_id: int | None) -> bool:
        for head in self._areas.values():
            for index in range(head.childCount()):
                item = head.child(index)
                if item.data(0, _ID) == measure_id:
                    self.setCurrentItem(item)
                    self.scrollToItem(item)
                    return True
        return False

    def first_measure(self) -> int | None:
        for head in self._areas.values():
            if head.childCount():
                value = head.child(0).data(0, _ID)
                return int(value) if value is not None else None
        return None

    # --- photos dropped on a measure ------------------------------------------------------------
    def _measure_at(self, event: QDropEvent | QDragMoveEvent) -> int | None:
        item = self.itemAt(event.position().toPoint())
        value = item.data(0, _ID) if item is not None else None
        return int(value) if value is not None else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if photo_ids_of(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if photo_ids_of(event.mimeData()) and self._measure_at(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        ids = photo_ids_of(event.mimeData())
        measure_id = self._measure_at(event)
        if not ids or measure_id is None:
            event.ignore()
            return
        # Copy, not Move: the grid must not take the rows out itself; it reloads the year.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.photos_dropped.emit(ids, measure_id)
