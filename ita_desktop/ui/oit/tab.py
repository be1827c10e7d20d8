"""The "OIT" tab: the year's open-data items (O1..O24/25), who prepares and controls each, their
workflow from not started to published, their files and monthly deliverables.

Pages in a QTabWidget like the calendar tab; the items page holds the unsaved plan the tab
answers the window for. An OIT entry opened in the calendar's year view (or the start-up
notice of late work) shows its item here: "oit:<fiscal_year>:<code>" and
"deliverable:<fiscal_year>:<code>:<yyyy-mm>".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from ita_desktop.ui.oit.dashboard_page import DashboardPage
from ita_desktop.ui.oit.documents_menu import DocumentsButton
from ita_desktop.ui.oit.items_page import ItemsPage
from ita_desktop.ui.oit.surveys_page import SurveysPage
from ita_desktop.ui.shell.tab import Tab, TabContext


def parse_ref(ref: str) -> tuple[int, str, date | None] | None:
    """(fiscal year, item code, month or None) of an OIT ref; None for anything else."""
    kind, _, rest = ref.partition(":")
    parts = rest.split(":")
    if kind == "oit" and len(parts) == 2 and parts[0].isdigit():
        return int(parts[0]), parts[1], None
    if kind == "deliverable" and len(parts) == 3 and parts[0].isdigit():
        year, _, month = parts[2].partition("-")
        if year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
            return int(parts[0]), parts[1], date(int(year), int(month), 1)
    return None


class OitTab(Tab):
    def __init__(self, context: TabContext, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(context, parent)
        self.items_page = ItemsPage(context, today)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        # No Alt letters on the pages (as in the calendar tab): Ctrl+Tab moves between them.
        self.pages.addTab(self.items_page, self.tr("Items and assignments"))
        # The dashboard and the surveys: each reads the year whenever it comes into view.
        self.dashboard_page = DashboardPage(context, today)
        self.pages.addTab(self.dashboard_page, self.tr("Dashboard"))
        self.dashboard_page.open_item.connect(self.open_item)
        self.surveys_page = SurveysPage(context, today)
        self.pages.addTab(self.surveys_page, self.tr("IIT and EIT surveys"))
        # The year's documents and web page, reached from every page.
        self.documents = DocumentsButton(
            context, self._may_make_documents)
        self.pages.setCornerWidget(self.documents)
        self._items_stale = False
        self.pages.currentChanged.connect(self._page_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.refresh()

    def _may_make_documents(self) -> bool:
        # A plan typed but not saved would be missing from the documents: save it or not first.
        return not self.items_page.dirty or self.items_page.may_leave_item()

    def open_item(self, code: str, month: date | None = None) -> bool:
        """Show item ``code`` (and its deliverable of ``month``) in the items page."""
        self.pages.setCurrentWidget(self.items_page)
        return self.items_page.open_item(code, month)

    def show_entry(self, ref: str) -> None:
        """Show the item of a year-view entry; one gone meanwhile (or of another fiscal year
        than the window's) is said to be so."""
        found = parse_ref(ref)
        if found is not None and found[0] == self.context.year():
            self.refresh()
            if self.open_item(found[1], found[2]):
                return
        QMessageBox.information(self, self.tr("Not found"), self.tr(
            "What this entry stands for is no longer there: it may have been changed or "
            "deleted meanwhile."))

    # --- the tab contract -------------------------------------------------------------------
    def refresh(self) -> None:
        self._items_stale = False
        self.items_page.refresh()
        self._refresh_shown()

    def _refresh_shown(self) -> None:
        # The dashboard and surveys pages read the year when they come into view; the one in
        # view now reads it at once.
        shown = self.pages.currentWidget()
        if shown in (self.dashboard_page, self.surveys_page) and shown.isVisible():
            shown.refresh()

    def year_changed(self, year: int) -> None:
        del year  # the pages read it from the context
        # The items page reads the new year now when it is in view (or holds a plan to save
        # or drop); otherwise when it comes into view, so a switch made on the dashboard
        # does not also fill a table nobody sees.
        if self.pages.currentWidget() is self.items_page or self.items_page.dirty:
            self.items_page.year_changed()
            self._items_stale = False
        else:
            self._items_stale = True
        self._refresh_shown()

    def _page_shown(self) -> None:
        if self._items_stale and self.pages.currentWidget() is self.items_page:
            self._items_stale = False
            self.items_page.refresh()

    def digits_changed(self, digits: object) -> None:
        self.refresh()

    def unsaved_changes(self) -> list[str]:
        return self.items_page.unsaved_changes() + self.surveys_page.unsaved_changes()

    def save_changes(self) -> bool:
        # Each page with changes is saved, so one refused does not leave the other unsaved.
        saved = True
        for page in (self.items_page, self.surveys_page):
            if page.unsaved_changes():
                saved = page.save_changes() and saved
        return saved

    def discard_changes(self) -> None:
        self.items_page.discard_changes()
        self.surveys_page.discard_changes()
