"""Where Qt keeps its own state: in the program's data folder, not in the user's profile.

Every QFileDialog, on closing, saves its last folder, its history and its view (Qt's
QFileDialogPrivate::saveSettings) in the settings of the organisation "QtProject", which
every Qt program of the user shares. Qt opens them with QSettings' native format, whatever
the program asks: on Linux the file ~/.config/QtProject.conf, which the path set here moves
into the data folder, so an installed copy writes nothing outside its data folder and a
portable copy leaves nothing of it on the PC it ran on. On Windows the native format is the
registry (HKEY_CURRENT_USER\\Software\\QtProject\\OrganizationDefaults\\FileDialog): no path
moves it, and Qt offers no switch that stops the dialog from saving there.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

QT_STATE_FOLDER = "qt-state"
"""The folder in the data folder that holds Qt's own settings files (QtProject.conf)."""


def keep_qt_state_in(data_folder: Path) -> Path:
    """Point the user-scope settings files of Qt (and of any library using QSettings' native
    format) into ``data_folder``; returns the folder they now go to. Call it before the first
    file dialog: a QSettings opened before keeps its file. Qt makes the folder when it first
    writes there."""
    folder = data_folder / QT_STATE_FOLDER
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    return folder


FILE_DIALOG_KEY = r"Software\QtProject\OrganizationDefaults\FileDialog"
"""Where Qt's file dialog keeps its state on Windows, under HKEY_CURRENT_USER."""


class RegistryLeftover:
    """On Windows, the registry key of Qt's file dialog state, taken away again on closing
    when this run of the program made it: no path moves it into the data folder (see above),
    so a PC that had no such key before the program ran has none after it, and a portable
    copy leaves nothing of it behind. A key that was there before belongs to another Qt
    program too, and stays as it is.

    ``registry`` is the ``winreg`` module (a stand-in in the tests)."""

    def __init__(self, registry: Any) -> None:
        self._reg = registry
        self._made_here = not self._exists(FILE_DIALOG_KEY)

    def _exists(self, path: str) -> bool:
        try:
            self._reg.CloseKey(self._reg.OpenKey(self._reg.HKEY_CURRENT_USER, path))
        except OSError:
            return False
        return True

    def remove(self) -> None:
        """After the last dialog: the file dialog's key, then its parents left empty by it.
        Never raises: what cannot be removed stays, as it would have without this."""
        if not self._made_here:
            return
        path = FILE_DIALOG_KEY
        try:
            self._reg.DeleteKey(self._reg.HKEY_CURRENT_USER, path)
            for _ in range(2):  # OrganizationDefaults, then QtProject, when nothing is left
                path = path.rsplit("\\", 1)[0]
                key = self._reg.OpenKey(self._reg.HKEY_CURRENT_USER, path)
                try:
                    subkeys, values, _ = self._reg.QueryInfoKey(key)
                finally:
                    self._reg.CloseKey(key)
                if subkeys or values:
                    return
                self._reg.DeleteKey(self._reg.HKEY_CURRENT_USER, path)
        except OSError:
            return


def registry_leftover() -> RegistryLeftover | None:
    """The guard of Qt's registry key on Windows; None elsewhere (the settings file is moved
    into the data folder instead)."""
    if sys.platform != "win32":
        return None
    import winreg

    return RegistryLeftover(winreg)
