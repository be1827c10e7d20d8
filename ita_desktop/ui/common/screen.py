"""Sizes that fit the screen the program runs on: a 1366×768 laptop is the smallest it meets."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the window manager adds around a window: the frame's sides, and the title bar with it.
FRAME_WIDTH, FRAME_HEIGHT = 16, 48


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """``width``×``height`` where the screen has room for it, else as much as it has (the
    screen's area less the task bar and the window frame)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width() - FRAME_WIDTH)
        height = min(height, area.height() - FRAME_HEIGHT)
    window.resize(width, height)
