"""The notice of a packaged program whose ``data`` folder holds databases it does not use,
because ``portable.txt`` is no longer beside it (paths.unused_portable_data)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ita_desktop.paths import PORTABLE_MARKER
from ita_desktop.ui.common.forms import fill

# The context is written out at each call: lupdate reads only literal contexts.


def notice_text(unused: Path, database: Path) -> str:
    return fill(QCoreApplication.translate(
        "PortableNotice",
        "The folder %1 beside the program holds databases, but the file %2 that makes this "
        "a portable copy is not beside the program, so ITA Desktop now works with %3 on this "
        "computer.\n\n"
        "To work with the databases beside the program, put %2 back beside the program and "
        "start it again, or open one with File › Open database."),
        unused, PORTABLE_MARKER, database)


def tell_unused_portable_data(unused: Path, database: Path, parent: QWidget | None) -> None:
    QMessageBox.information(parent, QCoreApplication.translate(
        "PortableNotice", "Databases beside the program are not in use"),
        notice_text(unused, database))
