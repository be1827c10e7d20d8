"""UI test helpers: dialogs answered without a person at the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(scope="session", autouse=True)
def program_font(qapp):
    """The font the program starts with (app.py), so that sizes measured in a test are the
    sizes a user sees, whichever test happened to start the program first."""
    from ita_desktop.ui.shell.fonts import install_fonts

    install_fonts(qapp)


@pytest.fixture
def laptop_screen(monkeypatch):
    """The screen is a 1366×768 laptop's, less a 40-pixel task bar (offscreen Qt's own screen
    is 800×800, taller than the laptop and narrower)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 728))
    monkeypatch.setattr(QScreen, "geometry", lambda self: QRect(0, 0, 1366, 768))


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


@pytest.fixture
def tab_context():
    """A ``TabContext`` for building one tab on its own, as the window would."""
    from ita_desktop.domain.fiscal import current_fiscal_year
    from ita_desktop.store.settings import SettingsRepository
    from ita_desktop.ui.common.jobs import JobRunner
    from ita_desktop.ui.shell.tab import ShellEvents, TabContext

    events = ShellEvents()  # also the parent of the runner, so both live as long as the test
    def make(db, year: int | None = None, english: bool = False) -> TabContext:
        settings = SettingsRepository(db).load()
        return TabContext(db=db, settings=lambda: settings,
                          year=lambda: year or current_fiscal_year(), jobs=JobRunner(events),
                          events=events, english=english)

    return make


@pytest.fixture
def thai(qapp):
    """The window in Thai for this test, English again after it."""
    from ita_desktop.ui.shell.translation import install_translators

    assert "ita_desktop_th" in install_translators(qapp, "th")
    yield
    install_translators(qapp, "en")
