"""An ``AppError`` said in the window's language: its code's template, translated, then filled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ita_desktop.errors import CONTEXT, AppError, fill_named, template


def error_text(exc: AppError) -> str:
    try:
        text = template(exc.code)
    except KeyError:
        return str(exc)
    return fill_named(QCoreApplication.translate(CONTEXT, text), exc.values)
