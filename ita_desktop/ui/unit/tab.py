"""The "Unit & people" tab: the unit profile beside the personnel roster."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QWidget

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.units import UnitKind
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.unit import UnitRepository
from ita_desktop.ui.unit.roster_panel import RosterPanel
from ita_desktop.ui.unit.unit_form import UnitForm


class UnitTab(QWidget):
    def __init__(
        self,
        units: UnitRepository,
        people: PeopleRepository,
        *,
        english: bool = False,
        digits: Callable[[], DigitStyle] = lambda: DigitStyle.THAI,
        export_dir: Callable[[], Path] = Path.home,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._units = units
        self.form = UnitForm(units, english=english)
        self.roster = RosterPanel(people, self.unit_kind, english=english, digits=digits,
                                  export_dir=export_dir)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(400)
        # The form narrows with the pane; a sideways scroll bar would hide the fields' ends.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.roster)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.roster.changed.connect(self._roster_changed)
        self.form.saved.connect(self._profile_saved)
        self.refresh()

    def unit_kind(self) -> UnitKind:
        unit = self._units.get()
        return unit.kind if unit else UnitKind.PROVINCIAL_IMMIGRATION

    def refresh(self) -> None:
        self.roster.reload()
        self.form.set_people(self.roster.model_people())
        self.form.load()

    def _roster_changed(self) -> None:
        dirty = self.form.dirty
        self.form.set_people(self.roster.model_people())
        if not dirty:
            self.form.load()

    def _profile_saved(self) -> None:
        # The unit kind decides the sections offered in the roster.
        self.roster.reload()
