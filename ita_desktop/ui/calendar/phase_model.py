"""The phases of the calendar being edited, as a passive table model grouped as the document
prints it: a heading row for each of the four groups (always shown, so that a phase can be
added to a group that has none yet), then the group's phases numbered from 1.

The model holds the phases in table order; the editor changes them only through ``add``,
``remove``, ``move`` and ``replace_phase``, so the numbers shown are always those
``domain.calendar.numbered`` gives the document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ita_desktop.domain.calendar import (
    DUTY_WORDS,
    GROUP_WORDS,
    Duty,
    Phase,
    PhaseGroup,
    Responsible,
    WhoKind,
    numbered,
)
from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.thai_dates import format_date_range
from ita_desktop.ui.common.table_model import HeadedTableModel

Index = QModelIndex | QPersistentModelIndex

_HEADING_BACKGROUND = QColor("#e8eef7")


@dataclass(frozen=True)
class Names:
    """How the responsible column names who: roster people and the unit's sections by key."""

    people: dict[int, str]
    sections: dict[str, str]


def who_text(entry: Responsible, names: Names) -> str:
    """The words one responsible entry prints for who."""
    if entry.kind is WhoKind.PERSON:
        if entry.person_id is None:
            return ""
        # A person no longer in the roster is still named, by number, so it can be replaced.
        return names.people.get(entry.person_id, f"#{entry.person_id}")
    if entry.kind is WhoKind.SECTION:
        return names.sections.get(entry.section_key, entry.section_key)
    return entry.text


def responsible_summary(entries: Sequence[Responsible], names: Names) -> str:
    """The responsible column as seed 002 prints it: one line per duty (and per label), the
    label, then the names of that duty joined with commas; unlabelled names alone."""
    lines: dict[str, list[str]] = {}
    for duty in Duty:
        for entry in entries:
            if entry.duty is duty:
                label = entry.label or DUTY_WORDS[duty]
                lines.setdefault(label, []).append(who_text(entry, names))
    return "\n".join(f"{label} {', '.join(who)}".strip() for label, who in lines.items())


def _in_table_order(phases: Sequence[Phase]) -> list[Phase]:
    return [phase for _, _, phase in numbered(list(phases))]


class PhaseModel(HeadedTableModel):
    NUMBER, PERIOD, STEP, WORK, RESPONSIBLE = range(5)

    def __init__(self, names: Callable[[], Names], digits: Callable[[], DigitStyle],
                 parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._names = names
        self._digits = digits
        self._phases: list[Phase] = []
        self._rows: list[tuple[PhaseGroup, int | None]] = []
        self._numbers: dict[int, int] = {}
        self._headers = [self.tr("No."), self.tr("Period"), self.tr("Step"), self.tr("Work"),
                         self.tr("Responsible")]

    # --- contents ---------------------------------------------------------------------------
    def set_phases(self, phases: Sequence[Phase]) -> None:
        self.beginResetModel()
        self._phases = _in_table_order(phases)
        self._layout()
        self.endResetModel()

    def phases(self) -> tuple[Phase, ...]:
        return tuple(self._phases)

    def _layout(self) -> None:
        # Rows: each group's heading, then its phases; each phase knows its printed number.
        self._rows = []
        self._numbers = {}
        for group in PhaseGroup:
            self._rows.append((group, None))
            count = 0
            for i, phase in enumerate(self._phases):
                if phase.group is group:
                    count += 1
                    self._numbers[i] = count
                    self._rows.append((group, i))

    def _relayout(self) -> None:
        self.beginResetModel()
        self._phases = _in_table_order(self._phases)
        self._layout()
        self.endResetModel()

    def group_of(self, row: int) -> PhaseGroup:
        return self._rows[row][0]

    def phase_index(self, row: int) -> int | None:
        """Which phase (an index into ``phases()``) ``row`` shows; None for a heading row."""
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def row_of(self, phase_index: int) -> int:
        return next(r for r, (_, i) in enumerate(self._rows) if i == phase_index)

    def heading_row(self, group: PhaseGroup) -> int:
        return next(r for r, (g, i) in enumerate(self._rows) if g is group and i is None)

    def number_of(self, phase_index: int) -> int:
        return self._numbers[phase_index]

    def add(self, phase: Phase, after: int | None) -> int:
        """Add ``phase`` after the phase ``after`` (None: at the end of its group); the index
        it took."""
        if after is None or self._phases[after].group is not phase.group:
            same = [i for i, p in enumerate(self._phases) if p.group is phase.group]
            position = same[-1] + 1 if same else len(self._phases)
        else:
            position = after + 1
        self._phases.insert(position, phase)
        self._relayout()
        # By identity: an added copy of a phase equals its original.
        return next(i for i, p in enumerate(self._phases) if p is phase)

    def remove(self, phase_index: int) -> None:
        del self._phases[phase_index]
        self._relayout()

    def move(self, phase_index: int, step: int) -> int | None:
        """Move a phase one place up (-1) or down (1) within its group; its new index, None
        when it already stands at that edge of its group."""
        to = phase_index + step
        if not 0 <= to < len(self._phases) or \
                self._phases[to].group is not self._phases[phase_index].group:
            return None
        self._phases[phase_index], self._phases[to] = self._phases[to], self._phases[phase_index]
        self._layout()
        low, high = sorted((self.row_of(phase_index), self.row_of(to)))
        self.dataChanged.emit(self.index(low, 0), self.index(high, self.RESPONSIBLE))
        return to

    def replace_phase(self, phase_index: int, phase: Phase) -> int:
        """Put the edited ``phase`` in place of the one at ``phase_index``; the index it holds
        afterwards (a phase given another group moves to the end of that group)."""
        old = self._phases[phase_index]
        if phase.group is not old.group:
            del self._phases[phase_index]
            return self.add(phase, None)
        self._phases[phase_index] = phase
        row = self.row_of(phase_index)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.RESPONSIBLE))
        return phase_index

    def refresh(self) -> None:
        """Digits or names changed: everything shown is written again."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.RESPONSIBLE))

    # --- Qt's model -------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        group, phase_index = self._rows[index.row()]
        if phase_index is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == self.NUMBER:
                return GROUP_WORDS[group]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(_HEADING_BACKGROUND)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        phase = self._phases[phase_index]
        digits = self._digits()
        column = index.column()
        if column == self.NUMBER:
            return apply_digits(str(self._numbers[phase_index]), digits)
        if column == self.PERIOD:
            if phase.period_text:
                return apply_digits(phase.period_text, digits)
            return format_date_range(phase.start, phase.end, digits) \
                if phase.end >= phase.start else ""
        if column == self.STEP:
            return apply_digits(phase.step, digits)
        if column == self.WORK:
            return apply_digits(phase.work, digits)
        return apply_digits(responsible_summary(phase.responsible, self._names()), digits)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
