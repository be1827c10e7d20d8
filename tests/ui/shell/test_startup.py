"""Start-up as a user runs it: the window opens without the report libraries; bad files refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ita_desktop import app

ROOT = Path(__file__).resolve().parents[3]  # the project folder: its ita_desktop is imported


def test_window_opens_without_loading_report_libraries(demo_file, tmp_path):
    probe = """
import sys
from ita_desktop.ui.shell import main_window
_show = main_window.MainWindow.show
def show(self):
    _show(self)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    def report():
        heavy = [m for m in ("docx", "openpyxl", "reportlab", "sqlite_utils") if m in sys.modules]
        print("TITLE", self.windowTitle())
        print("LOADED", ",".join(heavy) or "-")
        QApplication.instance().quit()
    QTimer.singleShot(0, report)
main_window.MainWindow.show = show
from ita_desktop.app import run_gui
sys.exit(run_gui(sys.argv[1], "th"))
"""
    result = subprocess.run([sys.executable, "-c", probe, str(demo_file)], capture_output=True,
                            text=True, timeout=120, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert "LOADED -" in result.stdout
    assert "ศรีวารินทร์" in result.stdout


def test_refused_file_shows_the_reason_and_exits_2(tmp_path, monkeypatch, qapp):
    bad = tmp_path / "minutes.sqlite"
    bad.write_text("รายงานการประชุม", encoding="utf-8")
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr("ita_desktop.ui.shell.error_dialog.show_open_error",
                        lambda error, parent=None: shown.append(error))
    assert app.run_gui(bad, "en") == 2
    assert shown and "not an ITA Desktop database" in str(shown[0])
    assert bad.read_text(encoding="utf-8") == "รายงานการประชุม"


def test_open_error_text_in_thai_names_the_file(tmp_path, qapp):
    from ita_desktop.store.errors import NewerDatabaseError
    from ita_desktop.ui.shell.error_dialog import open_error_text
    from ita_desktop.ui.shell.translation import install_translators

    install_translators(qapp, "th")
    try:
        text = open_error_text(NewerDatabaseError(tmp_path / "unit.sqlite", 9, 1))
    finally:
        install_translators(qapp, "en")
    assert "unit.sqlite" in text and "รุ่น" in text and "9" in text
