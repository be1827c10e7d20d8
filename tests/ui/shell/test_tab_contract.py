"""The window and its tabs meet only through ``ui/shell/tabs.py`` and the ``Tab`` contract."""

from __future__ import annotations

import sys
import types
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QVBoxLayout

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.store.settings import SettingsRepository
from ita_desktop.ui.shell import main_window as main_window_module
from ita_desktop.ui.shell.main_window import MainWindow
from ita_desktop.ui.shell.tab import Tab
from ita_desktop.ui.shell.tabs import TABS, TabAction, TabSpec
from ita_desktop.ui.shell.translation import install_translators

BUILT: list[NotesTab] = []


class NotesTab(Tab):
    """A tab the window has never heard of: a text with a save button of its own."""

    def __init__(self, context) -> None:  # type: ignore[no-untyped-def]
        super().__init__(context)
        self.text = QLineEdit()
        QVBoxLayout(self).addWidget(self.text)
        self.saved = ""
        self.years: list[int] = [context.year()]
        self.digits: list[DigitStyle] = []
        self.save_works = True
        BUILT.append(self)

    def year_changed(self, year: int) -> None:
        self.years.append(year)

    def digits_changed(self, digits: DigitStyle) -> None:
        self.digits.append(digits)

    def unsaved_changes(self) -> list[str]:
        return ["the notes"] if self.text.text() != self.saved else []

    def save_changes(self) -> bool:
        if self.save_works:
            self.saved = self.text.text()
        return self.save_works

    def discard_changes(self) -> None:
        self.text.setText(self.saved)

    def clear_notes(self) -> None:
        self.text.clear()


@pytest.fixture
def window(qtbot, demo_db, monkeypatch):
    module = types.ModuleType("notes_tab_for_tests")
    module.NotesTab = NotesTab  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "notes_tab_for_tests", module)
    spec = TabSpec("notes", "Notes", "notes_tab_for_tests:NotesTab",
                   (TabAction("year", "Clear notes", "clear_notes", "Ctrl+Shift+K"),))
    monkeypatch.setattr(main_window_module, "TABS", (*TABS, spec))
    BUILT.clear()
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    yield win
    install_translators(QApplication.instance(), "en")


def _notes(window: MainWindow) -> NotesTab:
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    return BUILT[-1]


def test_only_the_visible_tab_is_built_at_start(window):
    assert [type(t).__name__ for t in window.built_tabs()] == ["UnitTab"]
    assert BUILT == []
    assert window.tabs.tabText(window.tabs.count() - 1) == "Notes"
    notes = _notes(window)
    assert notes.years == [window.selected_year()]
    assert len(window.built_tabs()) == 2


def test_tab_menu_actions_build_and_show_their_tab(window):
    year_menu = window.menuBar().actions()[1].menu()
    action = next(a for a in year_menu.actions() if a.text() == "Clear notes")
    assert BUILT == []
    action.trigger()
    assert window.tabs.currentIndex() == window.tabs.count() - 1
    assert BUILT and BUILT[-1].text.text() == ""


def test_year_and_digits_reach_built_tabs(window, demo_db):
    notes = _notes(window)
    other = next(window.year.itemData(i) for i in range(window.year.count())
                 if window.year.itemData(i) != window.selected_year())
    window.year.setCurrentIndex(window.year.findData(other))
    assert notes.years[-1] == other
    settings = SettingsRepository(demo_db).load()
    assert window.apply_settings(replace(settings, digit_style=DigitStyle.ARABIC))
    assert notes.digits == [DigitStyle.ARABIC]


def test_closing_asks_every_tab_with_unsaved_changes(window, answer):
    notes = _notes(window)
    notes.text.setText("draft")
    window.tab("unit").form.phone.setText("099")
    answer.reply(QMessageBox.StandardButton.Cancel)
    assert not window.confirm_unsaved()
    question = answer.messages[-1][1]
    assert "the notes" in question and "the unit profile" in question
    answer.reply(QMessageBox.StandardButton.Save)
    notes.save_works = False
    assert not window.confirm_unsaved(), "a tab that cannot save keeps the window open"
    assert window.tabs.currentWidget() is notes.parentWidget()
    notes.save_works = True
    answer.reply(QMessageBox.StandardButton.Discard)
    assert window.confirm_unsaved()
    assert notes.text.text() == "" and not window.tab("unit").form.dirty


def test_cancelled_language_change_keeps_every_setting(window, answer, demo_db):
    notes = _notes(window)
    notes.text.setText("draft")
    before = SettingsRepository(demo_db).load()
    changed = replace(before, language="en" if before.language == "th" else "th",
                      digit_style=DigitStyle.ARABIC)
    answer.reply(QMessageBox.StandardButton.Cancel)
    assert not window.apply_settings(changed)
    assert SettingsRepository(demo_db).load() == before
    assert window.settings == before
    assert notes.digits == [] and notes.text.text() == "draft"
    assert BUILT[-1] is notes, "the tabs were not rebuilt"


def test_language_change_rebuilds_the_tabs_after_saving(window, answer, demo_db):
    notes = _notes(window)
    notes.text.setText("draft")
    before = SettingsRepository(demo_db).load()
    answer.reply(QMessageBox.StandardButton.Save)
    assert window.apply_settings(replace(before, language="en"))
    assert notes.saved == "draft"
    assert SettingsRepository(demo_db).load().language == "en"
    assert BUILT[-1] is not notes and BUILT[-1].years, "the tab shown was rebuilt"
    assert [type(t).__name__ for t in window.built_tabs()] == ["NotesTab"], "only it"


def test_shortcuts_still_work_after_the_tabs_are_rebuilt(window, answer, demo_db):
    """A rebuild (language change) must not leave two actions with one shortcut: Qt then
    calls the shortcut ambiguous and runs neither."""
    settings = SettingsRepository(demo_db).load()
    for language in ("en", "th", "en"):
        assert window.apply_settings(replace(settings, language=language))
    shortcuts = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert sorted(shortcuts) == sorted(set(shortcuts))
    assert "Ctrl+E" in shortcuts
