"""The right-hand side of a tab that lists things on the left and edits the one selected: the
editor in a scroll area, with Undo changes and Save under it, right-aligned."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget


def editor_pane(editor: QWidget, revert_button: QPushButton, save_button: QPushButton, *,
                sideways: bool = False) -> QWidget:
    """``editor`` scrolled (sideways too when ``sideways``: an editor wider than a laptop's
    share of the window), above its two buttons."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(editor)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if sideways
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    save_row = QHBoxLayout()
    save_row.addStretch(1)
    save_row.addWidget(revert_button)
    save_row.addWidget(save_button)
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll, 1)
    layout.addLayout(save_row)
    return pane
