"""Where the default database lives: the user's data folder, or a folder named by the user."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "ITA Desktop"
ORG_NAME = "ITA Desktop"
DATABASE_FILE = "ita-desktop.sqlite"
# Lets a unit run the program from a USB stick or a shared folder, and tests stay out of $HOME.
DATA_DIR_ENV = "ITA_DESKTOP_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".ita-desktop"


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE
