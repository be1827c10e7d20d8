"""The window's own writes (the remembered fiscal year, Settings, a backup copy) on a database
another program holds, a read-only one, or a full disk: said in Thai, nothing changed."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QFileDialog

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.store.errors import WriteError
from ita_desktop.store.settings import SettingsRepository
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_db, thai):
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    return win


def _other_year(window: MainWindow) -> int:
    return next(window.year.itemData(i) for i in range(window.year.count())
                if window.year.itemData(i) != window.selected_year())


@pytest.mark.parametrize("how", ["locked", "read_only"])
def test_year_change_applies_but_is_not_remembered(window, demo_db, write_blocked, content, how):
    before = content(demo_db.path)
    year = _other_year(window)
    with write_blocked(demo_db, how):
        window.year.setCurrentIndex(window.year.findData(year))
        expected = error_text(WriteError(f"store.{how}", demo_db.path))
    assert window.selected_year() == year
    assert window.tab("unit") is not None  # the window carries on
    assert window.statusBar().currentMessage() == expected
    assert content(demo_db.path) == before


@pytest.mark.parametrize("how", ["locked", "read_only"])
def test_settings_not_saved_leave_the_old_ones_in_force(window, demo_db, write_blocked, answer,
                                                        content, how):
    before = content(demo_db.path)
    old = window.settings
    new = replace(old, digit_style=DigitStyle.ARABIC if old.digit_style == DigitStyle.THAI
                  else DigitStyle.THAI)
    with write_blocked(demo_db, how):
        assert not window.apply_settings(new)
        expected = error_text(WriteError(f"store.{how}", demo_db.path))
    assert answer.messages[-1] == ("warning", expected)
    assert window.settings == old == SettingsRepository(demo_db).load()
    assert content(demo_db.path) == before


def test_backup_copy_to_a_full_disk(window, demo_db, small_disk, fill_disk, answer, monkeypatch):
    target = small_disk / "copy.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    fill_disk(small_disk)
    window.backup_copy()
    kind, text = answer.messages[-1]
    assert kind == "warning" and str(target) in text
    assert "ไม่สามารถ" in text or "ไม่ได้" in text, text
    assert not target.exists() and not target.with_name("copy.sqlite.part").exists()
