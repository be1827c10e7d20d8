"""A database on a network drive: the warning when the window opens one, and the mark the
window keeps in its status bar while it works on it.

The store keeps such a file in the rollback journal (``store/drives.py`` says why), which is
safer there but slower; the secretary is told what the risk is and how to leave it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ita_desktop.store.database import Database
from ita_desktop.ui.common.forms import fill

# The context is written out at each call: lupdate reads only literal contexts.


def warning_text(db: Database) -> str:
    """Where the file is, why that is a risk, what the program does about it and what the
    secretary can do: in the window's language, with the menu names as the menu shows them."""
    return fill(QCoreApplication.translate(
        "NetworkDrive",
        "The database %1 is on a network drive (%2).\n\n"
        "A dropped connection or a power cut while saving can damage a file there, two "
        "computers must never have it open at the same time, and work is slower. ITA Desktop "
        "works with it in a safer but slower mode.\n\n"
        "To work safely, copy it to this computer or to a USB stick: File › Save a backup "
        "copy, then File › Open database and open the copy."),
        db.path, db.network_location)


def warn_network_drive(db: Database, parent: QWidget | None = None) -> None:
    """The warning, for a window that has just opened ``db``; nothing for a local file."""
    if db.network_location is None:
        return
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, QCoreApplication.translate(
        "NetworkDrive", "Database on a network drive"), warning_text(db))


def network_drive_badge(db: Database) -> QLabel:
    """The mark a window on a network drive keeps in its status bar: the warning is read once,
    the risk lasts as long as the file is open there."""
    label = QLabel(QCoreApplication.translate("NetworkDrive", "Network drive"))
    label.setStyleSheet("font-weight: bold; color: #8b4500; padding: 0 6px;")
    label.setToolTip(fill(QCoreApplication.translate(
        "NetworkDrive", "The database is on a network drive (%1). Copy it to this computer or "
        "to a USB stick to work safely."), db.network_location))
    return label
