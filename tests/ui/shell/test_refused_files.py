"""The window refuses what it cannot use, says why in its language, and leaves the file as it
was: an empty file, a hand-edited one, one whose upgrade cannot be backed up."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ita_desktop import app
from ita_desktop.store.errors import StoreError
from ita_desktop.ui.shell.error_dialog import open_error_text
from ita_desktop.ui.shell.main_window import MainWindow
from ita_desktop.ui.shell.translation import install_translators

ROOT = Path(__file__).resolve().parents[3]
V2 = ROOT / "tests" / "store" / "data" / "reports-v2.sqlite"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def refusals(monkeypatch) -> list[StoreError]:
    shown: list[StoreError] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr("ita_desktop.ui.shell.error_dialog.show_open_error",
                        lambda error, parent=None: shown.append(error))
    return shown


def test_zero_byte_file_given_to_the_window_is_refused(tmp_path, qapp, refusals):
    path = tmp_path / "unit.sqlite"
    path.touch()
    assert app.run_gui(path, "en") == 2
    assert refusals[0].code == "store.empty" and "New database" in str(refusals[0])
    assert path.stat().st_size == 0


def test_hand_edited_file_is_refused_with_its_findings_in_thai(tmp_path, demo_file, qapp,
                                                               refusals):
    path = tmp_path / "unit.sqlite"
    shutil.copy(demo_file, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE people SET rank_key = 'admiral' WHERE id = 4")
    conn.execute("UPDATE people SET active = 0, left_on = 'yesterday' WHERE id = 3")
    conn.commit()
    conn.close()
    before = sha256(path)
    assert app.run_gui(path, "en") == 2
    assert sha256(path) == before
    error = refusals[0]
    install_translators(qapp, "th")
    try:
        text = open_error_text(error)
    finally:
        install_translators(qapp, "en")
    assert str(path) in text and "แฟ้มถูกแก้ไขด้วยโปรแกรมอื่น" in text
    assert "มียศที่โปรแกรมไม่รู้จัก 'admiral'" in text
    assert "left_on เป็น 'yesterday' ซึ่งไม่ใช่วันที่" in text
    assert "unknown rank" not in text


def test_upgrade_that_cannot_be_backed_up_is_said_not_crashed(tmp_path, qapp, refusals):
    path = tmp_path / "unit.sqlite"
    shutil.copy(V2, path)
    (tmp_path / "backups").write_text("not a folder", encoding="utf-8")
    before = sha256(path)
    assert app.run_gui(path, "en") == 2
    assert refusals[0].code == "store.migration_no_backup"
    assert sha256(path) == before


def test_opening_an_empty_file_keeps_the_current_database(qtbot, demo_db, tmp_path,
                                                          monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    shown: list[StoreError] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(empty), ""))
    monkeypatch.setattr("ita_desktop.ui.shell.database_actions.show_open_error",
                        lambda error, parent=None: shown.append(error))
    window.open_database()
    assert shown[0].code == "store.empty" and window.db is demo_db
    assert empty.stat().st_size == 0
    QApplication.processEvents()


def test_first_start_makes_the_default_database(tmp_path):
    """Without --db and with no database yet, the window starts on a new one in the data
    folder: the user's first start is their New database."""
    probe = """
import sys
from ita_desktop.ui.shell import main_window
_show = main_window.MainWindow.show
def show(self):
    _show(self)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    QTimer.singleShot(0, QApplication.instance().quit)
main_window.MainWindow.show = show
from ita_desktop.app import run_gui
sys.exit(run_gui(None, "en"))
"""
    env = {**os.environ, "ITA_DESKTOP_DATA_DIR": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=120, cwd=ROOT, env=env, check=False)
    assert result.returncode == 0, result.stderr
    made = list(tmp_path.glob("*.sqlite"))  # the daily copy goes into backups/ beside it
    assert len(made) == 1 and made[0].stat().st_size > 0
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".new")]
