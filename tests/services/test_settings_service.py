"""Saving the settings: all of them or none, and an AppError the window can word."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ita_desktop.errors import AppError
from ita_desktop.services.settings import save_settings
from ita_desktop.store.errors import WriteError
from ita_desktop.store.settings import SettingsRepository


def test_settings_are_saved(db):
    wanted = replace(SettingsRepository(db).load(), language="en", fiscal_year=2569)
    assert save_settings(db, wanted) == wanted
    assert SettingsRepository(db).load() == wanted


def test_unknown_language_is_refused(db):
    with pytest.raises(AppError) as info:
        save_settings(db, replace(SettingsRepository(db).load(), language="fr"))
    assert info.value.code == "store.unknown_language"


@pytest.mark.parametrize("how", ["locked", "read_only"])
def test_blocked_database_keeps_the_old_settings(db, write_blocked, content, how):
    old = SettingsRepository(db).load()
    before = content(db.path)
    with write_blocked(db, how), pytest.raises(WriteError) as info:
        save_settings(db, replace(old, fiscal_year=2570, language="en"))
    assert info.value.code == f"store.{how}"
    assert content(db.path) == before and SettingsRepository(db).load() == old
