"""The "Calendar" tab: every date of the fiscal year in one view, the unit's assessment
calendar (ปฏิทินกิจกรรม ๑), and the committee's meetings with their minutes.

Three pages, each holding its own unsaved changes; the tab answers the window for all three.
An entry opened in the year view (or in the start-up notice of late work) shows its source:
a phase in the calendar page, a meeting or the meeting that decided an action item in the
meetings page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from ita_desktop.ui.calendar.meetings_page import MeetingsPage
from ita_desktop.ui.calendar.phases_page import PhasesPage
from ita_desktop.ui.calendar.year_page import YearPage
from ita_desktop.ui.shell.tab import Tab, TabContext


class CalendarTab(Tab):
    def __init__(self, context: TabContext, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(context, parent)
        self.year_page = YearPage(context, today)
        self.phases_page = PhasesPage(context)
        self.meetings_page = MeetingsPage(context, today)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        # No Alt letters on the pages: each page's own buttons need them, and the window's
        # tabs and menus hold the rest. Ctrl+Tab and Ctrl+Shift+Tab move between pages.
        self.pages.addTab(self.year_page, self.tr("The year at a glance"))
        self.pages.addTab(self.phases_page, self.tr("Assessment calendar"))
        self.pages.addTab(self.meetings_page, self.tr("Meetings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.year_page.open_requested.connect(self.show_entry)
        # The year view reads what the other pages saved each time it is shown.
        self.pages.currentChanged.connect(self._page_shown)
        self.refresh()

    def _page_shown(self, index: int) -> None:
        if self.pages.widget(index) is self.year_page:
            self.year_page.refresh()

    def show_entry(self, ref: str) -> None:
        """Show the source of a year-view entry: "phase:<year>:<n>", "meeting:<id>",
        "action:<id>"; an entry whose source is gone meanwhile is said to be so."""
        kind, _, rest = ref.partition(":")
        found = False
        if kind in ("oit", "deliverable"):
            # The OIT tab owns these: the window shows the item there.
            self.context.events.entry_requested.emit(ref)
            return
        if kind == "phase":
            self.pages.setCurrentWidget(self.phases_page)
            place = rest.rpartition(":")[2]
            found = place.isdigit() and self.phases_page.editor.select_place(int(place))
        elif kind == "meeting" and rest.isdigit():
            self.pages.setCurrentWidget(self.meetings_page)
            found = self.meetings_page.select_meeting(int(rest))
        elif kind == "action" and rest.isdigit():
            self.pages.setCurrentWidget(self.meetings_page)
            found = self.meetings_page.select_action(int(rest))
        if not found:
            QMessageBox.information(self, self.tr("Not found"), self.tr(
                "What this entry stands for is no longer there: it may have been changed or "
                "deleted meanwhile."))
            self.refresh()

    # --- the tab contract -------------------------------------------------------------------
    def refresh(self) -> None:
        self.phases_page.refresh()
        self.meetings_page.refresh()
        self.year_page.refresh()

    def year_changed(self, year: int) -> None:
        del year  # the pages read it from the context
        self.refresh()

    def digits_changed(self, digits: object) -> None:
        self.phases_page.set_digits()
        self.refresh()

    def unsaved_changes(self) -> list[str]:
        return [*self.phases_page.unsaved_changes(), *self.meetings_page.unsaved_changes()]

    def save_changes(self) -> bool:
        saved = self.phases_page.save_changes()
        return self.meetings_page.save_changes() and saved

    def discard_changes(self) -> None:
        self.phases_page.discard_changes()
        self.meetings_page.discard_changes()
