"""A portable copy's exports start on its stick and its export folder follows the copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from ita_desktop.store import settings as settings_module
from ita_desktop.store.settings import Settings, set_portable_root, stored_folder


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "E" / "ita-desktop"
    folder.mkdir(parents=True)
    set_portable_root(folder)
    yield folder
    set_portable_root(None)


def test_an_installed_copy_starts_exports_in_the_home_folder():
    assert settings_module.portable_root() is None
    assert Settings().export_dir() == Path.home()


def test_a_portable_copy_starts_exports_in_its_documents_folder(stick):
    assert Settings().export_dir() == stick / "documents"
    assert (stick / "documents").is_dir()


def test_an_export_folder_on_the_stick_follows_a_copy_of_the_folder(stick, tmp_path):
    (stick / "documents" / "2568").mkdir(parents=True)
    kept = stored_folder(str(stick / "documents" / "2568"))
    assert kept == "documents/2568"
    # the whole folder copied to another drive: the same setting finds the copy's folder
    other = tmp_path / "F" / "ita-desktop"
    (other / "documents" / "2568").mkdir(parents=True)
    set_portable_root(other)
    assert Settings(export_folder=kept).export_dir() == other / "documents" / "2568"


def test_a_folder_off_the_stick_is_kept_as_chosen(stick, tmp_path):
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir()
    assert stored_folder(str(elsewhere)) == str(elsewhere)
    assert Settings(export_folder=str(elsewhere)).export_dir() == elsewhere


def test_a_missing_export_folder_falls_back_to_the_documents_folder(stick):
    assert Settings(export_folder="documents/gone").export_dir() == stick / "documents"
