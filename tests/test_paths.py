"""Where the data folder is: named by ITA_DESKTOP_DATA_DIR, a portable copy's own folder, or
the user's data folder."""

from __future__ import annotations

import sys

from ita_desktop import paths


def packaged_at(monkeypatch, folder, *, portable: bool):
    """Pretend to be the packaged program whose executable is in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    exe = folder / "ita-desktop"
    exe.write_bytes(b"")
    if portable:
        (folder / paths.PORTABLE_MARKER).write_text("portable")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)


def test_a_portable_copy_keeps_its_database_in_data_beside_the_program(monkeypatch, tmp_path):
    stick = tmp_path / "USB STICK" / "ita-desktop"
    packaged_at(monkeypatch, stick, portable=True)
    assert paths.data_dir() == stick / "data"
    assert paths.default_database_path() == stick / "data" / "ita-desktop.sqlite"


def test_without_the_marker_the_packaged_program_uses_the_users_data_folder(
        monkeypatch, tmp_path):
    installed = tmp_path / "Programs" / "ITA Desktop"
    packaged_at(monkeypatch, installed, portable=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.portable_data_dir() is None
    folder = paths.data_dir()
    assert installed not in folder.parents
    assert folder.name == paths.APP_NAME


def test_a_folder_named_by_the_environment_wins_over_the_marker(monkeypatch, tmp_path):
    packaged_at(monkeypatch, tmp_path / "stick", portable=True)
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "shared"))
    assert paths.data_dir() == tmp_path / "shared"


def test_from_the_source_tree_a_marker_beside_python_means_nothing(monkeypatch, tmp_path):
    monkeypatch.delattr(sys, "frozen", raising=False)
    (tmp_path / paths.PORTABLE_MARKER).write_text("portable")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    assert paths.program_folder() is None
    assert paths.portable_data_dir() is None


def test_databases_left_beside_a_copy_without_its_marker_are_pointed_out(monkeypatch, tmp_path):
    folder = tmp_path / "ita-desktop"
    packaged_at(monkeypatch, folder, portable=False)
    assert paths.unused_portable_data() is None  # no data folder: nothing to say
    (folder / "data").mkdir()
    (folder / "data" / "notes.txt").write_text("x")
    assert paths.unused_portable_data() is None  # no database in it
    (folder / "data" / "ita-desktop.sqlite").write_bytes(b"SQLite format 3\0")
    assert paths.unused_portable_data() == folder / "data"
    (folder / paths.PORTABLE_MARKER).write_text("portable")
    assert paths.unused_portable_data() is None  # a portable copy uses them


def test_the_notice_names_the_folder_the_marker_and_the_database_in_use(qtbot, monkeypatch,
                                                                        tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from ita_desktop.ui.shell import portable_notice

    shown = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: shown.append((title, text)))
    portable_notice.tell_unused_portable_data(tmp_path / "data", tmp_path / "home.sqlite", None)
    (title, text), = shown
    assert "not in use" in title
    assert str(tmp_path / "data") in text and "portable.txt" in text
    assert str(tmp_path / "home.sqlite") in text
