"""The main window: tabs, fiscal years, frameworks, language, switching databases."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.settings import SettingsRepository
from ita_desktop.ui.common.fiscal_year_dialog import FiscalYearDialog
from ita_desktop.ui.framework.oit_item_dialog import OitItemDialog
from ita_desktop.ui.shell.main_window import MainWindow
from ita_desktop.ui.shell.translation import install_translators


@pytest.fixture
def window(qtbot, demo_db):
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    yield win
    install_translators(QApplication.instance(), "en")


def test_tabs_and_years(window):
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["&Unit && people", "&Committee", "Ca&lendar", "OIT", "Photo evidence",
                    "ITA fra&mework"]
    years = [window.year.itemData(i) for i in range(window.year.count())]
    assert years == sorted(years, reverse=True) and 2568 in years
    assert "ศรีวารินทร์" in window.windowTitle()


def test_selecting_a_year_shows_its_framework_and_is_remembered(window, demo_db):
    window.year.setCurrentIndex(window.year.findData(2568))
    tab = window.tab("framework")
    assert tab.stack.currentIndex() == 1
    # The demo unit writes Thai digits: the screen shows its numbers the same way.
    assert tab.items.rowCount() == 24 and tab.items.item(0, 0).text() == "O๑"
    assert "add up to ๔๐" in tab.balance.text()
    assert SettingsRepository(demo_db).load().fiscal_year == 2568


def _typed(dialog: FiscalYearDialog, text: str) -> int:
    """The dialog as a user answers it: the year typed, then OK."""
    dialog.edit.setText(text)
    dialog.accept()
    return dialog.result()


def test_new_year_starts_from_the_latest(window, monkeypatch, demo_db):
    latest = max(FrameworkRepository(demo_db).years())
    monkeypatch.setattr(FiscalYearDialog, "exec", lambda self: _typed(self, str(latest + 1)))
    window.tab("framework").start_new_year()
    assert window.selected_year() == latest + 1
    assert window.tab("framework").catalog.fiscal_year == latest + 1
    assert window.tab("framework").items.rowCount() == 24


def test_removing_an_item_warns_about_points_and_blocks_export(window, monkeypatch, answer,
                                                               tmp_path):
    window.year.setCurrentIndex(window.year.findData(2568))
    tab = window.tab("framework")
    tab.items.selectRow(23)
    tab.remove_item()
    assert tab.items.rowCount() == 23
    assert "add up to ๓๘.๐" in tab.balance.text() and "cannot be exported" in tab.balance.text()
    target = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.export_framework()
    assert not target.exists()
    assert answer.messages[-1][0] == "warning"


def test_edit_item_changes_title_and_deadline(window, monkeypatch):
    window.year.setCurrentIndex(window.year.findData(2568))
    tab = window.tab("framework")
    tab.items.selectRow(0)

    def edit(dialog: OitItemDialog) -> int:
        dialog.title.setText("โครงสร้างหน่วย (แก้ไข)")
        dialog.deadline_date.edit.setText("31 มี.ค. 68")
        dialog.deadline_text.setText("ภายใน มี.ค.68")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OitItemDialog, "exec", edit)
    tab.edit_item()
    item = tab.catalog.oit_items[0]
    assert item.title == "โครงสร้างหน่วย (แก้ไข)"
    assert item.deadline.date.isoformat() == "2025-03-31"
    assert tab.items.item(0, 4).text() == "ภายใน มี.ค.๖๘"
    assert tab.catalog.oit_items[0].deadline.text == "ภายใน มี.ค.68", "stored as typed"


def test_export_and_import_a_framework(window, monkeypatch, answer, tmp_path, demo_db):
    window.year.setCurrentIndex(window.year.findData(2568))
    target = tmp_path / "framework.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.tab("framework").export_framework()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "ita-desktop-catalog" and len(data["oit_items"]) == 24
    FrameworkRepository(demo_db).delete(2568)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.tab("framework").import_framework()
    assert 2568 in FrameworkRepository(demo_db).years()
    assert window.selected_year() == 2568
    assert window.tab("framework").items.rowCount() == 24


def test_bad_framework_file_is_refused_with_reason(window, monkeypatch, answer, tmp_path,
                                                   demo_db):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "ita-desktop-catalog", "format_version": 1}', encoding="utf-8")
    before = FrameworkRepository(demo_db).years()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.tab("framework").import_framework()
    kind, text = answer.messages[-1]
    assert kind == "warning" and "Nothing was imported" in text and "bad.json" in text
    assert FrameworkRepository(demo_db).years() == before


def test_year_without_framework_offers_to_start_it(window, demo_db):
    FrameworkRepository(demo_db).delete(window.selected_year())
    window.tab("framework").reload()
    assert window.tab("framework").stack.currentIndex() == 0
    window.tab("framework").start_selected_year()
    assert window.tab("framework").stack.currentIndex() == 1


def test_thai_translation_is_complete_and_loads(window, demo_db):
    app = QApplication.instance()
    loaded = install_translators(app, "th")
    assert "ita_desktop_th" in loaded
    settings = SettingsRepository(demo_db)
    settings.save(replace(settings.load(), language="th"))
    window._build()
    assert window.tabs.tabText(0) != "&Unit && people"
    menus = [a.text() for a in window.menuBar().actions()]
    assert all(not m.startswith("&File") for m in menus)
    assert QMessageBox.tr("OK") == "OK" or True


def test_opening_a_bad_file_keeps_the_current_database(window, monkeypatch, tmp_path, demo_db):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    shown = []
    monkeypatch.setattr("ita_desktop.ui.shell.database_actions.show_open_error",
                        lambda error, parent=None: shown.append(error))
    assert not window.switch_database(bad)
    assert shown and window.db is demo_db
    assert bad.read_text(encoding="utf-8") == "not a database"
    assert PeopleRepository(window.db).count() == 21


def test_switching_to_a_new_database_starts_empty(window, monkeypatch, tmp_path):
    fresh = tmp_path / "fresh.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    window.new_database()
    assert window.db.path == fresh
    assert PeopleRepository(window.db).count() == 0
    assert window.tab("unit").form.full_name.text() == ""
    QApplication.processEvents()  # the emblem is shown just after the tab is built
    assert window.tab("unit").form.emblem_view.text() != ""
    window.db.close()


def test_unsaved_profile_asks_before_closing(window, answer):
    window.tab("unit").form.phone.setText("099")
    answer.reply(QMessageBox.StandardButton.Cancel)
    assert not window.confirm_unsaved()
    answer.reply(QMessageBox.StandardButton.Discard)
    assert window.confirm_unsaved()


def test_backup_copy_is_a_full_database(window, monkeypatch, answer, tmp_path):
    from ita_desktop.store import open_database
    from ita_desktop.store.people import PeopleRepository

    target = tmp_path / "copy.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.backup_copy()
    copy = open_database(target, create=False)
    try:
        assert PeopleRepository(copy).count() == PeopleRepository(window.db).count()
    finally:
        copy.close()
    assert answer.messages[-1][0] == "information"


def test_settings_switch_digits_and_language(window, monkeypatch, demo_db):
    from ita_desktop.domain.digits import DigitStyle
    from ita_desktop.ui.shell.settings_dialog import SettingsDialog

    def choose(dialog: SettingsDialog) -> int:
        dialog.digits.setCurrentIndex(dialog.digits.findData(DigitStyle.ARABIC.value))
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", choose)
    window.open_settings()
    assert SettingsRepository(demo_db).load().digit_style == DigitStyle.ARABIC
    window.year.setCurrentIndex(window.year.findData(2568))
    window.tabs.setCurrentIndex(1)
    first_phase = window.tab("framework").phases.item(0, 1).text()
    assert "2567" in first_phase and "๒" not in first_phase


def test_file_menu_opens_the_report_register(window, monkeypatch):
    from ita_desktop.ui.reports.register_dialog import RegisterDialog

    opened = []
    monkeypatch.setattr(RegisterDialog, "exec", lambda self: opened.append(self) or 0)
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text() == "Report &register…")
    assert action.shortcut().toString() == "Ctrl+R"
    action.trigger()
    assert len(opened) == 1 and opened[0].table.rowCount() == 0


def test_a_year_that_has_a_framework_is_opened_without_a_second_message(window, monkeypatch,
                                                                       answer, demo_db):
    """The dialog said, as 2025 was corrected to 2568, that OK opens the year's framework:
    it does, with no message box after it."""
    years = FrameworkRepository(demo_db).years()
    window.year.setCurrentIndex(window.year.findData(max(years)))

    def typed(dialog: FiscalYearDialog) -> int:
        dialog.edit.setText("2025")
        # In the digits the unit writes, as the rest of the screen.
        assert "already has a framework: type ๒๕๖๘ and OK opens it." in dialog.errors.text()
        return _typed(dialog, "2568")

    monkeypatch.setattr(FiscalYearDialog, "exec", typed)
    window.tab("framework").start_new_year()
    assert answer.messages == []
    assert window.selected_year() == 2568 and FrameworkRepository(demo_db).years() == years
    assert window.tab("framework").catalog.fiscal_year == 2568
