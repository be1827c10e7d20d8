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

from ita_desktop.ui.shell.qt_state import (
    FILE_DIALOG_KEY,
    QT_STATE_FOLDER,
    RegistryLeftover,
    keep_qt_state_in,
)

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


class FakeRegistry:
    """The part of ``winreg`` the guard uses, over a dict of key path → values; a key's
    subkeys are the paths below it."""

    HKEY_CURRENT_USER = "HKCU"

    def __init__(self, *keys: str, values: dict[str, int] | None = None) -> None:
        self.keys: dict[str, int] = {key: 0 for key in keys}
        self.keys.update(values or {})

    def OpenKey(self, root: str, path: str) -> str:  # noqa: N802 (winreg's names)
        if path not in self.keys:
            raise FileNotFoundError(path)
        return path

    def CloseKey(self, key: str) -> None:  # noqa: N802
        pass

    def QueryInfoKey(self, key: str) -> tuple[int, int, int]:  # noqa: N802
        subkeys = sum(1 for other in self.keys if other.startswith(key + "\\")
                      and "\\" not in other[len(key) + 1:])
        return subkeys, self.keys[key], 0

    def DeleteKey(self, root: str, path: str) -> None:  # noqa: N802
        if any(other.startswith(path + "\\") for other in self.keys):
            raise PermissionError(path)
        del self.keys[path]

    def qt_dialog_saves(self) -> None:
        """What Qt's file dialog does on closing."""
        for path in (r"Software\QtProject", r"Software\QtProject\OrganizationDefaults",
                     FILE_DIALOG_KEY):
            self.keys.setdefault(path, 0)
        self.keys[FILE_DIALOG_KEY] = 4


def test_on_windows_the_file_dialogs_registry_key_is_gone_after_a_run_that_made_it():
    registry = FakeRegistry("Software", values={"Software": 0})
    guard = RegistryLeftover(registry)
    registry.qt_dialog_saves()
    guard.remove()
    assert set(registry.keys) == {"Software"}


def test_a_key_another_qt_program_had_made_stays():
    registry = FakeRegistry("Software")
    registry.qt_dialog_saves()
    before = dict(registry.keys)
    guard = RegistryLeftover(registry)
    registry.keys[FILE_DIALOG_KEY] = 5  # our run changed it
    guard.remove()
    assert set(registry.keys) == set(before)


def test_qts_key_of_another_kind_keeps_its_parent():
    registry = FakeRegistry("Software", r"Software\QtProject",
                            r"Software\QtProject\Designer")
    guard = RegistryLeftover(registry)
    registry.qt_dialog_saves()
    guard.remove()
    assert set(registry.keys) == {"Software", r"Software\QtProject",
                                  r"Software\QtProject\Designer"}
