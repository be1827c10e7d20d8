"""The contract between the main window and its tabs.

A tab is a ``Tab`` built from one ``TabContext``: everything it needs (the open database, the
settings, the job runner, the export folder, the selected fiscal year) comes through it, never
from globals. The window tells built tabs when the fiscal year or the digit style changes, and
asks them about unsaved changes before the window closes, another database opens or the
language changes (a language change rebuilds every tab: their texts are set when built).
A tab tells the window about things that concern other tabs through ``context.events``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.store.database import Database
from ita_desktop.store.settings import Settings
from ita_desktop.ui.common.jobs import JobRunner


class ShellEvents(QObject):
    """What one tab changes that the window or other tabs show."""

    years_changed = Signal(int)
    """A fiscal year was added (its framework started or imported): select it."""
    unit_changed = Signal()
    """The unit profile or roster changed (the window title names the unit)."""
    entry_requested = Signal(str)
    """A year-view entry another tab owns was opened (its ref): the window shows that tab."""


@dataclass
class TabContext:
    db: Database
    settings: Callable[[], Settings]
    """The settings in force now (they change while the tab lives)."""
    year: Callable[[], int]
    """The fiscal year selected in the window."""
    jobs: JobRunner
    """The window's runner for long work (progress, cancel, results on the window's thread)."""
    events: ShellEvents
    english: bool

    def digits(self) -> DigitStyle:
        return self.settings().digit_style

    def export_dir(self) -> Path:
        return self.settings().export_dir()


class Tab(QWidget):
    """One tab of the window. Subclasses override what applies to them."""

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def year_changed(self, year: int) -> None:
        """The window's fiscal year changed."""

    def digits_changed(self, digits: DigitStyle) -> None:
        """Thai or Arabic digits were chosen in Settings."""

    def refresh(self) -> None:
        """Data this tab shows may have changed elsewhere (another tab, an import)."""

    def unsaved_changes(self) -> list[str]:
        """What has changes that are not saved, in the window's language (empty: nothing)."""
        return []

    def save_changes(self) -> bool:
        """Save what is unsaved; False when it could not be saved (the tab says why)."""
        return True

    def discard_changes(self) -> None:
        """Forget what is unsaved."""
