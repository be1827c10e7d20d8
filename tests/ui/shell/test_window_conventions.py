"""The main window and its own dialogs keep the window-wide conventions, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ita_desktop.ui.shell.main_window import MainWindow
from ita_desktop.ui.shell.settings_dialog import SettingsDialog
from ita_desktop.ui.shell.translation import install_translators
from tests.ui.conventions import cut_fields, problems


@pytest.fixture(params=["th", "en"])
def language(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(QApplication.instance(), "en")


def test_main_window_every_tab(qtbot, demo_db, language):
    window = MainWindow(demo_db, language)
    qtbot.addWidget(window)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert problems(window) == [], window.tabs.tabText(index)


def test_settings_dialog(qtbot, demo_db, language):
    window = MainWindow(demo_db, language)
    qtbot.addWidget(window)
    dialog = SettingsDialog(window.settings, window)
    dialog.show()
    assert problems(dialog) == []


def test_window_shortcuts_work_from_any_focus(qtbot, demo_db, monkeypatch, language):
    from PySide6.QtCore import Qt

    window = MainWindow(demo_db, language)
    qtbot.addWidget(window)
    window.show()
    opened: list[str] = []
    monkeypatch.setattr(window, "export_report", lambda: opened.append("export"))
    # The shortcut reaches the window's action, wherever the focus is.
    window.tab("unit").roster.search.setFocus()
    actions = {a.shortcut().toString(): a for a in window.actions() if not a.shortcut().isEmpty()}
    assert {"Ctrl+E", "Ctrl+R", "Ctrl+S", "Ctrl+O", "Ctrl+,"} <= set(actions)
    assert all(a.shortcutContext() == Qt.ShortcutContext.WindowShortcut
               for a in actions.values())


def test_main_window_opens_within_a_1366x768_screen(qtbot, demo_db, monkeypatch):
    from PySide6.QtCore import QRect

    from ita_desktop.ui.common.screen import fit_to_screen

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    screen = window.screen()
    monkeypatch.setattr(type(screen), "availableGeometry", lambda self: QRect(0, 0, 1366, 728))
    fit_to_screen(window, 1280, 800)
    assert window.width() <= 1366 - 16 and window.height() <= 728 - 48
    monkeypatch.setattr(type(screen), "availableGeometry", lambda self: QRect(0, 0, 1920, 1040))
    fit_to_screen(window, 1280, 800)
    assert (window.width(), window.height()) == (1280, 800)


def test_export_and_sign_off_dialogs_from_ctrl_e(qtbot, demo_db, monkeypatch, language,
                                                 laptop_screen):
    """Ctrl+E's dialog with its preview, and the sign-off dialog it opens, as the window opens
    them on a 1366×768 laptop."""
    from PySide6.QtWidgets import QDialog

    from ita_desktop.ui.common.sign_off_dialog import SignOffDialog
    from ita_desktop.ui.reports.export_dialog import ExportDialog

    window = MainWindow(demo_db, language)
    qtbot.addWidget(window)
    window.show()
    found: dict[str, list[str]] = {}

    def sign(dialog: SignOffDialog) -> int:
        dialog.show()
        found["sign-off"] = problems(dialog) + cut_fields(dialog)
        return QDialog.DialogCode.Rejected

    def export(dialog: ExportDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.busy and dialog.preview.page_count() > 0,
                        timeout=20000)
        found["export"] = problems(dialog)
        # Every button of the dialog is inside it, not cut off below the screen's edge.
        buttons = dialog.save_button.parentWidget()
        found["export"] += [] if dialog.rect().contains(buttons.geometry()) else ["buttons cut"]
        dialog.sign_off()
        dialog.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportDialog, "exec", export)
    monkeypatch.setattr(SignOffDialog, "exec", sign)
    shortcut = next(a for a in window.actions() if a.shortcut().toString() == "Ctrl+E")
    shortcut.trigger()
    assert found == {"export": [], "sign-off": []}


def _screen_texts(window: MainWindow) -> list[str]:
    """What the framework tab and the year selector show that the program wrote."""
    from PySide6.QtWidgets import QLabel, QTableWidget

    tab = window.tab("framework")
    texts = [window.year.itemText(i) for i in range(window.year.count())]
    texts += [label.text() for label in tab.findChildren(QLabel) if label.isVisible()]
    for table in tab.findChildren(QTableWidget):
        texts += [table.item(r, c).text() for r in range(table.rowCount())
                  for c in range(table.columnCount()) if table.item(r, c)]
    return texts


def test_digits_on_the_framework_screen_follow_one_setting(qtbot, demo_db, thai):
    import re
    from dataclasses import replace

    from ita_desktop.domain.digits import DigitStyle

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    window.year.setCurrentIndex(window.year.findData(2568))
    window.tabs.setCurrentIndex(1)
    assert window.settings.digit_style == DigitStyle.THAI
    texts = _screen_texts(window)
    assert any(re.search("[๐-๙]", t) for t in texts)
    assert [t for t in texts if re.search("[0-9]", t)] == []
    assert window.apply_settings(replace(window.settings, digit_style=DigitStyle.ARABIC))
    texts = _screen_texts(window)
    assert any(re.search("[0-9]", t) for t in texts)
    assert [t for t in texts if re.search("[๐-๙]", t)] == []


def test_no_combo_in_a_scrolling_form_takes_an_unfocused_wheel(qtbot, demo_db):
    """Every tab: a wheel turn over a combo box inside a scroll area scrolls, never chooses
    (the unit form's section heads changed under the pointer)."""
    from PySide6.QtWidgets import QComboBox, QScrollArea

    from tests.ui.unit.test_unit_form_wheel_and_changes import _turn_wheel

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    checked = 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        for area in window.tabs.currentWidget().findChildren(QScrollArea):
            for combo in area.findChildren(QComboBox):
                before = combo.currentIndex()
                _turn_wheel(combo)
                assert combo.currentIndex() == before, (window.tabs.tabText(index),
                                                        combo.currentText())
                checked += 1
    assert checked >= 3  # the unit kind, the commander and the section heads at least


def test_the_file_dialog_speaks_thai_in_the_thai_window(qtbot, thai):
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    # Qt 6 writes these labels with their own mnemonics ("&Look in:", "Files of &type:").
    assert labels == ["ค้นหาใน (&L):", "ชื่อแฟ้ม (&N):", "ชนิดของแฟ้ม (&T):"]
