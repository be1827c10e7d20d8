"""The "Unit & people" tab: the unit profile beside the personnel roster."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QWidget

from ita_desktop.domain.units import UnitKind
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.unit import UnitRepository
from ita_desktop.ui.shell.tab import Tab, TabContext
from ita_desktop.ui.unit.roster_panel import RosterPanel
from ita_desktop.ui.unit.unit_form import UnitForm


class UnitTab(Tab):
    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        units = UnitRepository(context.db)
        self._units = units
        self.form = UnitForm(units, english=context.english, digits=context.digits)
        self.roster = RosterPanel(PeopleRepository(context.db), self.unit_kind,
                                  english=context.english, digits=context.digits,
                                  export_dir=context.export_dir, runner=context.jobs,
                                  commander_id=self.commander_id)
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

    def commander_id(self) -> int | None:
        """The saved commander leads the roster's official order."""
        unit = self._units.get()
        return unit.commander_id if unit else None

    def refresh(self) -> None:
        self.roster.reload()
        # load() builds the section heads' combos: set_people need not build them first.
        self.form.set_people(self.roster.model_people(), refill=False)
        self.form.load()

    def _roster_changed(self) -> None:
        dirty = self.form.dirty
        self.form.set_people(self.roster.model_people())
        if not dirty:
            self.form.load()
        self.context.events.unit_changed.emit()

    def _profile_saved(self) -> None:
        # The unit kind decides the sections offered in the roster.
        self.roster.reload()
        self.context.events.unit_changed.emit()

    # --- the tab contract -------------------------------------------------------------------
    def digits_changed(self, digits: object) -> None:
        self.roster.reload()
        self.form.show_as_of()

    def unsaved_changes(self) -> list[str]:
        return [self.tr("the unit profile")] if self.form.dirty else []

    def save_changes(self) -> bool:
        return self.form.save() if self.form.dirty else True

    def discard_changes(self) -> None:
        self.form.load()
