"""Where the default database lives: the user's data folder, a folder named by the user, or,
for a portable copy of the program, the folder beside it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ITA Desktop"
ORG_NAME = "ITA Desktop"
DATABASE_FILE = "ita-desktop.sqlite"
# Lets a unit keep its data in another folder (a shared folder, a stick), and tests stay out
# of $HOME.
DATA_DIR_ENV = "ITA_DESKTOP_DATA_DIR"
PORTABLE_MARKER = "portable.txt"
"""A file of this name beside the packaged program's executable makes the copy portable: its
data folder is :data:`PORTABLE_DATA` beside the executable, so the program and its data travel
together on one USB stick."""
PORTABLE_DATA = "data"


def program_folder() -> Path | None:
    """The folder of the packaged program's executable; None when run from the source tree
    (where the executable is Python's)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_data_dir() -> Path | None:
    """The data folder of a portable copy: ``data`` beside the executable when the marker file
    is there; None for an installed copy and from the source tree."""
    folder = program_folder()
    if folder is not None and (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_DATA
    return None


def unused_portable_data() -> Path | None:
    """The ``data`` folder beside a packaged program that holds databases while no marker file
    is beside it (deleted, or left behind when the folder was copied): the program then uses
    the user's data folder, and the databases there look lost. None when there is nothing to
    say (a portable copy, a folder named by the environment, the source tree)."""
    folder = program_folder()
    if folder is None or os.environ.get(DATA_DIR_ENV) or (folder / PORTABLE_MARKER).is_file():
        return None
    data = folder / PORTABLE_DATA
    try:
        return data if any(data.glob("*.sqlite")) else None
    except OSError:
        return None


def data_dir() -> Path:
    """The folder of the default database, its backups (``backups`` beside the database) and
    the crash log. Settings are kept in the database itself.

    In order: the folder ``ITA_DESKTOP_DATA_DIR`` names, a portable copy's ``data`` folder,
    the user's data folder (``~/.local/share/ITA Desktop/ITA Desktop`` on Linux,
    ``%APPDATA%\\ITA Desktop\\ITA Desktop`` on Windows).
    """
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    portable = portable_data_dir()
    if portable is not None:
        return portable
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".ita-desktop"


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE
