"""UI test helpers: dialogs answered without a person at the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def answer(monkeypatch):
    """Record every message box and answer questions with ``Yes`` (or what the test sets)."""
    shown: list[tuple[str, str]] = []
    state = {"reply": QMessageBox.StandardButton.Yes}

    def question(parent, title, text, *args, **kwargs):
        shown.append(("question", text))
        return state["reply"]

    def note(kind):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok
        return show

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(note(kind)))

    class Answers:
        messages = shown

        def reply(self, button):
            state["reply"] = button

    return Answers()
