"""Loading the Thai translation (ours, and Qt's own where the Qt build ships it)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ita_desktop.resources import translations_root

CATALOGS = ("ita_desktop", "qt_extra")


def install_translators(app: QApplication, language: str) -> list[str]:
    """Install translators for ``language``; returns what was loaded (for the About box)."""
    for old in getattr(app, "_ita_translators", []):
        app.removeTranslator(old)
    loaded: list[str] = []
    translators: list[QTranslator] = []
    if language == "th":
        QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{language}", qt_dir)]
        candidates += [(f"{name}_{language}", str(translations_root())) for name in CATALOGS]
        for name, folder in candidates:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                translators.append(translator)
                loaded.append(name)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app._ita_translators = translators  # type: ignore[attr-defined]
    return loaded
