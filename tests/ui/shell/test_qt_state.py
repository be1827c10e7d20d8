"""Qt's own file dialog state is kept in the data folder, not in the user's ~/.config."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtWidgets import QFileDialog

from ita_desktop.ui.shell.qt_state import QT_STATE_FOLDER, keep_qt_state_in

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def qt_default_path_back():
    yield
    # The path is Qt's for the whole process: the tests after this one get Qt's default back
    # (on Linux the user's config folder) rather than this test's deleted data folder.
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, config)


@pytest.mark.skipif(sys.platform == "win32", reason="Qt keeps it in the registry on Windows")
def test_a_closed_file_dialog_remembers_its_folder_in_the_data_folder(
        qtbot, data_dir, tmp_path, qt_default_path_back):
    folder = keep_qt_state_in(data_dir)
    photos = tmp_path / "photos"
    photos.mkdir()
    dialog = QFileDialog(None, "Import photos", str(tmp_path))
    dialog.show()
    dialog.setDirectory(str(photos))
    dialog.reject()
    shiboken6.delete(dialog)  # Qt saves the dialog's state when the dialog is destroyed

    state = QSettings(str(folder / "QtProject.conf"), QSettings.Format.IniFormat)
    assert folder == data_dir / QT_STATE_FOLDER
    assert QUrl(state.value("FileDialog/lastVisited")).toLocalFile() == str(photos)


@pytest.mark.skipif(sys.platform != "linux", reason="the settings file is Linux's")
def test_the_window_start_up_leaves_nothing_of_qt_in_a_fresh_home(tmp_path):
    """A fresh process, as the program starts: Qt reads HOME once, so only a process of its own
    shows where the file dialog's state would go without the data folder's path."""
    home, chosen = tmp_path / "home", tmp_path / "chosen"
    home.mkdir()
    chosen.mkdir()
    script = textwrap.dedent(f"""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QFileDialog
        from ita_desktop.paths import data_dir
        from ita_desktop.ui.shell.qt_state import keep_qt_state_in

        app = QApplication([])
        keep_qt_state_in(data_dir())
        QTimer.singleShot(200, lambda: QApplication.activeModalWidget().reject())
        QFileDialog.getOpenFileName(None, "Open", {str(chosen)!r}, "*.sqlite",
                                    options=QFileDialog.Option.DontUseNativeDialog)
    """)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr

    data = home / ".local" / "share" / "ITA Desktop" / "ITA Desktop"
    written = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    assert written == [str((data / QT_STATE_FOLDER / "QtProject.conf").relative_to(home))]
    state = QSettings(str(data / QT_STATE_FOLDER / "QtProject.conf"), QSettings.Format.IniFormat)
    assert QUrl(state.value("FileDialog/lastVisited")).toLocalFile() == str(chosen)
