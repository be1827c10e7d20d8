"""Every write action of the unit and framework tabs on a disk that is full: the window says so
in Thai, that nothing was changed, and the database content is the same.

The database lives on a small tmpfs filled to the last byte, so SQLite meets the real ENOSPC
when it appends to its write-ahead log. Mounting needs root, as the tests run in CI; elsewhere
the test is skipped (the mapping of SQLITE_FULL is also covered in tests/store)."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QApplication

from ita_desktop.services.frameworks import export_framework
from ita_desktop.store import open_database
from ita_desktop.store.errors import WriteError
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.framework.tab import FrameworkTab
from ita_desktop.ui.unit.tab import UnitTab
from tests.ui.test_write_errors import ACTIONS, Shown

THAI_FULL = "พื้นที่ดิสก์ที่เก็บ"
NOTHING_CHANGED = "จึงไม่มีการเปลี่ยนแปลงใด ๆ"


@pytest.fixture
def full_db(small_disk, demo_file, thai):  # type: ignore[no-untyped-def]
    path = small_disk / "unit.sqlite"
    shutil.copy(demo_file, path)
    db = open_database(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    yield db
    db.close()


@pytest.mark.parametrize("action", list(ACTIONS))
def test_write_action_on_a_full_disk_says_why_and_changes_nothing(
        qtbot, full_db, small_disk, fill_disk, tab_context, tmp_path, monkeypatch, answer, content,
        action):
    export_framework(full_db, 2568, tmp_path / "framework.json")
    unit_tab = UnitTab(tab_context(full_db))
    framework_tab = FrameworkTab(tab_context(full_db, 2568))
    qtbot.addWidget(unit_tab)
    qtbot.addWidget(framework_tab)
    shown = Shown(answer)
    before = content(full_db.path)
    fill_disk(small_disk)
    try:
        ACTIONS[action](unit_tab, framework_tab, monkeypatch, tmp_path, shown)
    finally:
        (small_disk / "filler").unlink()
    message = shown.last()
    assert message == error_text(WriteError("store.disk_full", full_db.path)), message
    assert THAI_FULL in message and NOTHING_CHANGED in message
    assert content(full_db.path) == before
    QApplication.processEvents()
