"""The window's tabs, in order: what each is called, where it is built, what it adds to menus.

The window reads this list and knows no tab by name; a new tab is one entry here and its own
folder under ``ui/``. Modules are imported when the tab is first shown, so start-up loads only
the visible tab.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ita_desktop.ui.shell.tab import Tab, TabContext


@dataclass(frozen=True)
class TabAction:
    menu: str
    """``"file"`` or ``"year"``: the window menu the action goes into."""
    text: str
    """Source text in the ``MainWindow`` translation context."""
    method: str
    """The tab's method the action calls, after showing the tab."""
    shortcut: str | None = None
    changes: bool = True
    """Whether the action writes to the database: disabled in a read-only window."""


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    """Source text in the ``MainWindow`` translation context."""
    factory: str
    """``"module:Class"`` of the ``Tab`` subclass."""
    actions: tuple[TabAction, ...] = ()
    refs: tuple[str, ...] = ()
    """The kinds of year-view refs ("phase", "oit"…) whose entries the tab shows, through its
    ``show_entry(ref)``: the window sends an entry to the tab that owns it."""

    def build(self, context: TabContext) -> Tab:
        module, _, name = self.factory.partition(":")
        cls = getattr(importlib.import_module(module), name)
        return cls(context)


TABS: tuple[TabSpec, ...] = (
    TabSpec("unit", QT_TRANSLATE_NOOP("MainWindow", "&Unit && people"),
            "ita_desktop.ui.unit.tab:UnitTab"),
    TabSpec("committee", QT_TRANSLATE_NOOP("MainWindow", "&Committee"),
            "ita_desktop.ui.committee.tab:CommitteeTab"),
    TabSpec("calendar", QT_TRANSLATE_NOOP("MainWindow", "Ca&lendar"),
            "ita_desktop.ui.calendar.tab:CalendarTab", refs=("phase", "meeting", "action")),
    # No Alt letter: O, I and T each reach a field or button of the Unit tab (Short name,
    # Import from Excel, Save import template), and the tab bar's letter is live on every tab.
    TabSpec("oit", QT_TRANSLATE_NOOP("MainWindow", "OIT"), "ita_desktop.ui.oit.tab:OitTab",
            refs=("oit", "deliverable")),
    # No Alt letter either: P, E and V each reach a field or button of another tab.
    TabSpec("evidence", QT_TRANSLATE_NOOP("MainWindow", "Photo evidence"),
            "ita_desktop.ui.evidence.tab:EvidenceTab"),
    TabSpec("framework", QT_TRANSLATE_NOOP("MainWindow", "ITA fra&mework"),
            "ita_desktop.ui.framework.tab:FrameworkTab", (
                TabAction("year", QT_TRANSLATE_NOOP("MainWindow", "Start a &new fiscal year…"),
                          "start_new_year"),
                TabAction("year", QT_TRANSLATE_NOOP("MainWindow", "&Import framework…"),
                          "import_framework"),
                TabAction("year", QT_TRANSLATE_NOOP("MainWindow", "&Export framework…"),
                          "export_framework", changes=False),
            )),
)
