"""A second window on a database another window has open for changes."""

from __future__ import annotations

import getpass
import shutil
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from ita_desktop import app
from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.store.lock import DatabaseInUseError
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.sharing import open_for_changes
from ita_desktop.ui.shell import in_use_dialog
from ita_desktop.ui.shell.main_window import MainWindow
from ita_desktop.ui.shell.tabs import TABS
from ita_desktop.ui.shell.translation import install_translators


@pytest.fixture
def held(demo_file, tmp_path):
    """The demo file, open for changes in "another window"."""
    path = tmp_path / "shared.sqlite"
    shutil.copy(demo_file, path)
    first = open_for_changes(path)
    yield first
    first.close()


@pytest.fixture
def window(qtbot, demo_db):
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    yield win
    install_translators(QApplication.instance(), "en")


def _choose(monkeypatch, read_only: bool) -> list[DatabaseInUseError]:
    asked: list[DatabaseInUseError] = []

    def answer(error, parent=None, **style):  # type: ignore[no-untyped-def]
        asked.append(error)
        return read_only

    monkeypatch.setattr(in_use_dialog, "ask_read_only", answer)
    return asked


def test_opening_a_file_in_use_says_who_and_opens_it_read_only(window, held, monkeypatch,
                                                               answer):
    asked = _choose(monkeypatch, True)
    assert window.switch_database(held.path)
    assert asked and f"in use by {getpass.getuser()}" in str(asked[0])
    assert window.db.read_only
    assert window.windowTitle().endswith("shared.sqlite (read-only)")
    assert "opened read-only" in window.statusBar().currentMessage()
    # Every tab opens and shows the file; saving says why it cannot, nothing crashes.
    for spec in TABS:
        window.tab(spec.key)
    unit = window.tab("unit")
    unit.form.phone.setText("0 4200 1111")
    assert not unit.form.save()
    assert "was opened read-only" in unit.form.errors.text()
    # The other window's file is as it was, and it goes on saving.
    before = PeopleRepository(held).count()
    PeopleRepository(held).set_active(1, True)
    assert PeopleRepository(window.db).count() == before


def _action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in window.actions() if a.text() == text)


def test_a_read_only_window_offers_no_changes_it_would_refuse(window, held, monkeypatch):
    """Found trying it: the read-only window let the secretary fill a whole person dialog
    before refusing, and File › Restore closed the window (the restore was refused and the
    file could not be reopened for changes)."""
    _choose(monkeypatch, True)
    assert window.switch_database(held.path)
    unit = window.tab("unit")
    roster = unit.roster
    assert not roster.add_action.isEnabled() and not roster.import_action.isEnabled()
    assert roster.export_action.isEnabled()
    roster.view.selectRow(0)
    assert roster.selected() is not None
    assert not roster.edit_action.isEnabled() and not roster.leave_action.isEnabled()
    assert unit.form.phone.isReadOnly() and not unit.form.kind.isEnabled()
    assert unit.form.save_button.isHidden()
    assert not unit.form.emblem_import.isEnabled()
    assert all(not combo.isEnabled() for combo in unit.form.head_combos.values())
    framework = window.tab("framework")
    assert not framework.add_button.isEnabled() and not framework.import_button.isEnabled()
    assert framework.export_button.isEnabled()
    assert not _action(window, "Restore from a bac&kup…").isEnabled()
    assert not _action(window, "&Import framework…").isEnabled()
    assert _action(window, "&Export framework…").isEnabled()
    assert _action(window, "E&xport report…").isEnabled()
    # Said in the status bar for as long as the window shows the file, not only until a menu
    # is browsed.
    window.statusBar().clearMessage()
    assert window._read_only_label is not None and window._read_only_label.isVisible()


def test_a_window_open_for_changes_offers_them(window):
    unit = window.tab("unit")
    assert unit.roster.add_action.isEnabled() and not unit.form.phone.isReadOnly()
    assert _action(window, "Restore from a bac&kup…").isEnabled()
    assert window._read_only_label is None


def test_cancelling_leaves_the_window_on_its_own_file(window, held, monkeypatch):
    _choose(monkeypatch, False)
    own = window.db
    assert not window.switch_database(held.path)
    assert window.db is own and not own.read_only


def test_read_only_title_in_thai(window, held, monkeypatch, qapp):
    _choose(monkeypatch, True)
    install_translators(qapp, "th")
    assert window.switch_database(held.path)
    assert "shared.sqlite (อ่านอย่างเดียว)" in window.windowTitle()


def test_the_in_use_question_in_thai_names_who_and_offers_read_only(held, qapp, monkeypatch):
    install_translators(qapp, "th")
    try:
        shown: list[QMessageBox] = []

        def click_read_only(box: QMessageBox) -> int:
            shown.append(box)
            box.buttons()[0].click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", click_read_only)
        with pytest.raises(DatabaseInUseError) as info:
            open_for_changes(held.path)
        assert in_use_dialog.ask_read_only(info.value)
        box = shown[0]
        assert getpass.getuser() in box.text() and "ใช้งานอยู่" in box.text()
        assert "อ่านอย่างเดียว" in box.buttons()[0].text()
        # Since when, as the window writes a time: B.E. and Thai digits, not ISO.
        since = info.value.holder.since
        assert f"{since:%Y-%m-%d}" not in box.text()
        assert apply_digits(str(since.year + 543), DigitStyle.THAI) in box.text()
    finally:
        install_translators(qapp, "en")


def test_start_up_on_a_file_in_use_asks_and_may_leave(held, monkeypatch, qapp):
    asked = _choose(monkeypatch, False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    assert app.run_gui(held.path, "en") == 0
    assert asked and asked[0].holder is not None
    # The holder keeps its lock and its file.
    with pytest.raises(DatabaseInUseError):
        open_for_changes(held.path)
