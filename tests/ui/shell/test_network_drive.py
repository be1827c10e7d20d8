"""The window on a database on a network drive: a warning when it opens one, and a mark in
the status bar for as long as it works on it; neither for a file on the local disk."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from ita_desktop import app
from ita_desktop.store import drives
from ita_desktop.store.sharing import open_for_changes
from ita_desktop.ui.shell.main_window import MainWindow

WHERE = r"\\fileserver\ita"


@pytest.fixture
def share(tmp_path, monkeypatch) -> Path:
    """A folder the program takes for a network share; the rest of tmp_path is local."""
    folder = tmp_path / "share"
    folder.mkdir()
    monkeypatch.setattr(drives, "network_location",
                        lambda path, **_: WHERE if Path(path).is_relative_to(folder) else None)
    return folder


@pytest.fixture
def on_share(share, demo_file) -> Path:
    path = share / "unit.sqlite"
    shutil.copy(demo_file, path)
    return path


@pytest.fixture
def window(qtbot, demo_db):
    win = MainWindow(demo_db, "en")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.jobs.wait()


def badges(window: MainWindow) -> list[QLabel]:
    return [label for label in window.statusBar().findChildren(QLabel)
            if label.text() == "Network drive" and label.isVisible()]


def warnings(answer) -> list[str]:  # type: ignore[no-untyped-def]
    return [text for kind, text in answer.messages if kind == "warning"]


def test_opening_a_database_on_a_share_warns_and_marks_the_window(window, on_share, answer):
    assert window.switch_database(on_share)
    assert window.db.network_location == WHERE
    [text] = warnings(answer)
    assert f"The database {on_share} is on a network drive ({WHERE})." in text
    assert "damage" in text and "two computers" in text and "slower" in text
    assert "File › Save a backup copy, then File › Open database" in text
    [badge] = badges(window)
    assert WHERE in badge.toolTip()
    # Still marked after the window is rebuilt (a language change rebuilds it).
    window._build()
    QApplication.processEvents()
    assert len(badges(window)) == 1


def test_a_local_database_says_nothing(window, tmp_path, demo_file, answer, share):
    assert window.db.network_location is None
    assert badges(window) == []
    local = tmp_path / "local.sqlite"
    shutil.copy(demo_file, local)
    assert window.switch_database(local)
    assert warnings(answer) == [] and badges(window) == []


def test_leaving_the_share_takes_the_mark_away(window, on_share, tmp_path, demo_file, answer):
    assert window.switch_database(on_share)
    # The window shows the file before the user opens another (the unit tab reads its emblem
    # just after it shows).
    QApplication.processEvents()
    local = tmp_path / "local.sqlite"
    shutil.copy(demo_file, local)
    assert window.switch_database(local)
    assert len(warnings(answer)) == 1
    assert badges(window) == []


def test_a_new_database_on_a_share_is_warned_about(window, share, answer, monkeypatch):
    target = share / "new.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window.new_database()
    assert window.db.path == target
    assert len(warnings(answer)) == 1 and len(badges(window)) == 1


def test_the_start_up_warns_once_the_window_shows(on_share, answer, monkeypatch):
    shown: list[MainWindow] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    seen: dict[str, object] = {}

    def loop(self) -> int:  # type: ignore[no-untyped-def]
        window = shown[-1]
        window.jobs.wait()
        seen["warnings"] = warnings(answer)
        seen["badges"] = len([label for label in window.statusBar().findChildren(QLabel)
                              if label.text() == "Network drive"])
        return 0

    monkeypatch.setattr(QApplication, "exec", loop)
    assert app.run_gui(on_share, "en") == 0
    for window in shown:
        # Its file is closed: the daily copy's first look, due later, must not come in
        # another test's event loop.
        window.auto_backups.stop()
        window.deleteLater()
    assert len(seen["warnings"]) == 1 and WHERE in seen["warnings"][0]  # type: ignore[arg-type,index]
    assert seen["badges"] == 1
    # The window ran on the file in the rollback journal and left it so.
    db = open_for_changes(on_share)
    try:
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        db.close()
