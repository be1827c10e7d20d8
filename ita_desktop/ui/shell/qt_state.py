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

from pathlib import Path

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
