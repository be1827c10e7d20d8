"""The bundled Thai font, registered with Qt so Thai renders on a PC without Thai fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ita_desktop.resources import sarabun_folder

UI_FAMILY = "Sarabun"
UI_POINT_SIZE = 10
FONT_FILES = ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf")


def register_fonts() -> list[str]:
    """Add the bundled font files to Qt; returns the families Qt found in them."""
    families: list[str] = []
    folder = sarabun_folder()
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def install_fonts(app: QApplication) -> None:
    if UI_FAMILY in register_fonts():
        font = QFont(UI_FAMILY, UI_POINT_SIZE)
        app.setFont(font)
