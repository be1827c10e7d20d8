"""An ``AppError`` said in the window's language: its code's template, translated, then filled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ita_desktop.errors import CONTEXT, AppError, word


def error_text(exc: AppError) -> str:
    return word(exc, lambda text: QCoreApplication.translate(CONTEXT, text))
