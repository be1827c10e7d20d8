"""The roster as a Qt table: a passive model fed with ``set_rows()``, and its filter."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.roster import Person
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.domain.units import UnitKind, section_by_key
from ita_desktop.ui.common.forms import fill

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


class RosterTableModel(QAbstractTableModel):
    COLUMNS = ("name", "position", "section", "phone", "email", "status")

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._people: list[Person] = []
        self._kind: UnitKind | None = None
        self._english = False
        self._digits = DigitStyle.THAI

    def set_rows(
        self, people: list[Person], kind: UnitKind | None, *, english: bool = False,
        digits: DigitStyle = DigitStyle.THAI,
    ) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._kind = kind
        self._english = english
        self._digits = digits
        self.endResetModel()

    def person_at(self, row: int) -> Person:
        return self._people[row]

    def row_of(self, person_id: int) -> int:
        for row, person in enumerate(self._people):
            if person.id == person_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):  # type: ignore[no-untyped-def]
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "name": self.tr("Rank and name"),
            "position": self.tr("Position"),
            "section": self.tr("Section"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "status": self.tr("Status"),
        }
        return titles[self.COLUMNS[section]]

    def section_name(self, person: Person) -> str:
        if not person.section_key or self._kind is None:
            return ""
        try:
            section = section_by_key(self._kind, person.section_key)
        except (KeyError, ValueError):
            return person.section_key
        return section.english if self._english else section.thai

    def status_text(self, person: Person) -> str:
        if person.active:
            return self.tr("Serving")
        if person.left_on is None:
            return self.tr("Left")
        when = format_thai_date(person.left_on, DateForm.ABBR, self._digits)
        return fill(self.tr("Left %1"), when)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        person = self._people[index.row()]
        column = self.COLUMNS[index.column()]
        if role == PERSON_ROLE:
            return person
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == "name":
                if role == SORT_ROLE:
                    return (-person.title.rank.seniority, person.first_name, person.last_name)
                return person.display_name
            if column == "position":
                return person.position_abbr or person.position
            if column == "section":
                return self.section_name(person)
            if column == "phone":
                return person.phone
            if column == "email":
                return person.email
            if column == "status":
                return self.status_text(person)
        if role == Qt.ItemDataRole.ToolTipRole and column == "position" and person.position:
            return person.position
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None


class RosterFilter(QSortFilterProxyModel):
    """Search text, section, rank and whether to show people who have left."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._text = ""
        self._section = ""
        self._rank = ""
        self._show_left = False
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filters(
        self, *, text: str | None = None, section: str | None = None, rank: str | None = None,
        show_left: bool | None = None,
    ) -> None:
        # Qt 6.10 replaced invalidateFilter() with a begin/end pair; older Qt has only the former.
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        if text is not None:
            self._text = " ".join(text.split()).casefold()
        if section is not None:
            self._section = section
        if rank is not None:
            self._rank = rank
        if show_left is not None:
            self._show_left = show_left
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RosterTableModel)
        person = model.person_at(source_row)
        if not self._show_left and not person.active:
            return False
        if self._section and person.section_key != self._section:
            return False
        if self._rank and person.rank_key != self._rank:
            return False
        if self._text:
            haystack = " ".join(
                (person.display_name, person.first_name, person.last_name, person.position,
                 person.position_abbr, person.phone, person.email, model.section_name(person))
            ).casefold()
            return all(word in haystack for word in self._text.split())
        return True

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
