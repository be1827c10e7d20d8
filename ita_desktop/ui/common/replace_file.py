"""Asking before a file is replaced: nothing the program saves goes over an existing file
without the secretary's yes (once a signed-off PDF was replaced by the next version's draft
saved at the same path)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ita_desktop.ui.common.forms import fill


def may_write(parent: QWidget, path: Path) -> bool:
    """True when ``path`` does not exist yet, or the secretary agrees to replace it."""
    if not Path(path).exists():
        return True
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ReplaceFile", "Replace file?"),
        fill(QCoreApplication.translate(
            "ReplaceFile", "%1 already exists in %2. Replace it? The file there now is lost."),
            Path(path).name, Path(path).parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
