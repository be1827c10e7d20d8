"""The OIT tab's Documents button: each OIT report opens the export dialog on its kind, and the
web page is saved as one file the webmaster uploads."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ita_desktop.ui.oit.documents_menu import REPORTS
from ita_desktop.ui.oit.tab import OitTab

YEAR = 2568


@pytest.fixture
def tab(qtbot, tab_context, demo_db):  # type: ignore[no-untyped-def]
    widget = OitTab(tab_context(demo_db, YEAR, english=True), today=lambda: date(2025, 3, 1))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_every_oit_report_opens_the_export_dialog_on_its_own_kind(tab, monkeypatch):
    from ita_desktop.ui.reports import export_dialog

    opened: list[str | None] = []
    monkeypatch.setattr(export_dialog.ExportDialog, "exec",
                        lambda dialog: opened.append(dialog.kind().key) or 0)
    for kind in REPORTS:
        tab.documents.report_actions[kind].trigger()
    assert opened == list(REPORTS)


def test_the_web_page_is_saved_where_the_secretary_chose_and_lists_every_item(
        tab, monkeypatch, tmp_path):
    chosen = tmp_path / "สำหรับเว็บไซต์"  # no extension typed: .html is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(chosen), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *a, **k: told.append(text))
    tab.documents.web_page_action.trigger()
    page = chosen.with_name(chosen.name + ".html")
    assert page.exists() and "๒๔ OIT items" in told[0]  # the demo writes Thai digits

    class Codes(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.text = ""

        def handle_data(self, data: str) -> None:
            self.text += data

    reader = Codes()
    reader.feed(page.read_text(encoding="utf-8"))
    assert all(f"O{n}" in reader.text for n in range(1, 25))


def test_a_refused_web_page_is_said_and_nothing_is_written(tab, monkeypatch, tmp_path):
    blocker = tmp_path / "notes.txt"  # a file where the folder would be: nothing can go there
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "oit.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: warned.append(title))
    monkeypatch.setattr(QMessageBox, "information",
                        lambda *a, **k: pytest.fail("a refused page was reported saved"))
    tab.documents.web_page_action.trigger()
    assert warned == ["Web page not saved"] and blocker.read_text(encoding="utf-8") == "x"


def test_a_year_switch_made_on_the_dashboard_reaches_the_items_page_when_it_is_shown(
        qtbot, demo_db):
    from ita_desktop.store.settings import SettingsRepository
    from ita_desktop.ui.common.jobs import JobRunner
    from ita_desktop.ui.shell.tab import ShellEvents, TabContext

    shown_year = [YEAR]
    events = ShellEvents()
    settings = SettingsRepository(demo_db).load()
    context = TabContext(db=demo_db, settings=lambda: settings, year=lambda: shown_year[0],
                         jobs=JobRunner(events), events=events, english=True)
    tab = OitTab(context, today=lambda: date(2025, 3, 1))
    qtbot.addWidget(tab)
    tab.show()
    arabic = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
    assert "2568" in tab.items_page.heading.text().translate(arabic)
    tab.pages.setCurrentWidget(tab.dashboard_page)
    shown_year[0] = YEAR + 1
    tab.year_changed(YEAR + 1)
    assert "2569" in tab.dashboard_page.heading.text().translate(arabic)
    tab.pages.setCurrentWidget(tab.items_page)
    assert "2569" in tab.items_page.heading.text().translate(arabic)
    # Back on the items page, a switch is read at once.
    shown_year[0] = YEAR
    tab.year_changed(YEAR)
    assert "2568" in tab.items_page.heading.text().translate(arabic)
