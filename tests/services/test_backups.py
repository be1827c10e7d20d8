"""Rotating backups beside the database, and restoring one: what the secretary relies on when
a file is lost or damaged."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ita_desktop.domain.progress import Cancelled
from ita_desktop.errors import AppError
from ita_desktop.services import backups
from ita_desktop.store import open_database
from ita_desktop.store.backups import new_backup_path
from ita_desktop.store.migrations import LATEST_VERSION
from tests.files import damage

T0 = datetime(2025, 3, 1, 8, 0, 0)


@pytest.fixture
def unit(demo_file, tmp_path) -> Path:
    """The demo database as a closed file, the way the command line and a restore see it."""
    path = tmp_path / "unit.sqlite"
    shutil.copy(demo_file, path)
    return path


def _phone(path: Path, person: int = 2) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT phone FROM people WHERE id = ?", (person,)).fetchone()[0]
    finally:
        conn.close()


def _set_phone(path: Path, phone: str, person: int = 2) -> None:
    db = open_database(path)
    try:
        with db.transaction():
            db.execute("UPDATE people SET phone = ? WHERE id = ?", (phone, person))
    finally:
        db.close()


def _names(path: Path) -> list[str]:
    return sorted(p.name for p in (path.parent / "backups").iterdir())


def test_a_backup_is_a_named_checked_copy_in_the_backups_folder(unit):
    entry = backups.make_backup(unit, "manual", now=T0)
    assert entry.path == unit.parent / "backups" / "unit.20250301-080000.manual.sqlite"
    listed = backups.list_backups(unit)
    assert [(e.path, e.reason, e.taken_at, e.good) for e in listed] == [
        (entry.path, "manual", T0, True)]
    assert listed[0].size == entry.path.stat().st_size > 0
    # One file on its own: no -wal to carry along, nothing written beside it when checked.
    assert _names(unit) == ["unit.20250301-080000.manual.sqlite"]
    assert _phone(entry.path) == _phone(unit)


def test_rotation_keeps_the_newest_of_each_kind_and_never_deletes_upgrade_or_restore_copies(
        unit):
    new_backup_path(unit, "migration", T0).write_bytes(b"before an upgrade")
    new_backup_path(unit, "before-restore", T0).write_bytes(b"before a restore")
    for day in range(3):
        backups.make_backup(unit, "daily", keep=3, now=T0 + timedelta(days=day))
    for hour in range(5):
        backups.make_backup(unit, "exit", keep=3, now=T0 + timedelta(days=3, hours=hour))
    kinds = [e.reason for e in backups.backups_of(unit)]
    # Five closes in one day did not push out the three daily copies.
    assert kinds.count("exit") == 3 and kinds.count("daily") == 3
    assert kinds.count("migration") == 1 and kinds.count("before-restore") == 1
    exits = [e.taken_at.hour for e in backups.backups_of(unit) if e.reason == "exit"]
    assert exits == [12, 11, 10]
    # A smaller number in Settings applies at the next backup.
    backups.make_backup(unit, "daily", keep=1, now=T0 + timedelta(days=9))
    kinds = [e.reason for e in backups.backups_of(unit)]
    assert kinds.count("daily") == 1 and kinds.count("exit") == 1
    assert kinds.count("migration") == 1 and kinds.count("before-restore") == 1


def test_copies_of_another_database_in_the_same_folder_are_not_listed_or_rotated(unit):
    other = unit.parent / "unit-2567.sqlite"
    shutil.copy(unit, other)
    backups.make_backup(other, "exit", keep=1, now=T0)
    backups.make_backup(unit, "exit", keep=1, now=T0 + timedelta(hours=1))
    backups.make_backup(unit, "exit", keep=1, now=T0 + timedelta(hours=2))
    assert [e.path.name for e in backups.backups_of(other)] == [
        "unit-2567.20250301-080000.exit.sqlite"]
    assert [e.path.name for e in backups.backups_of(unit)] == [
        "unit.20250301-100000.exit.sqlite"]


def test_copies_named_before_names_said_why_are_listed(unit):
    folder = unit.parent / "backups"
    folder.mkdir()
    shutil.copy(unit, folder / "unit.v3.20240105-101500.sqlite")
    shutil.copy(unit, folder / "unit.replaced.20240106-090000.sqlite")
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    listed = [(e.reason, e.taken_at) for e in backups.list_backups(unit)]
    assert listed == [("before-restore", datetime(2024, 1, 6, 9)),
                      ("migration", datetime(2024, 1, 5, 10, 15))]


def test_a_cancelled_backup_leaves_no_file_behind(unit, monkeypatch):
    monkeypatch.setattr("ita_desktop.store.backups.PAGES_PER_STEP", 8)
    steps: list[int] = []

    def progress(done: int, total: int, text: str = "") -> None:
        steps.append(done)

    with pytest.raises(Cancelled):
        backups.make_backup(unit, "manual", progress=progress, cancelled=lambda: len(steps) >= 2)
    assert 0 < steps[-1] < 76  # stopped part-way, not after the copy
    assert _names(unit) == []


def test_a_backup_that_cannot_be_written_says_so_and_leaves_nothing(unit):
    (unit.parent / "backups").write_text("a file where the folder goes", encoding="utf-8")
    with pytest.raises(AppError) as info:
        backups.make_backup(unit, "daily")
    assert info.value.code == "backups.failed" and "unchanged" in str(info.value)


def test_the_secretary_keeps_saving_while_a_copy_is_made(unit, monkeypatch):
    """The copy reads on its own connection: a save in the middle neither waits for it nor
    gets half into it. The copy is the file as it was when it began."""
    monkeypatch.setattr("ita_desktop.store.backups.PAGES_PER_STEP", 8)
    window = open_database(unit)
    saved: list[bool] = []

    def progress(done: int, total: int, text: str = "") -> None:
        if not saved:
            window.execute("PRAGMA busy_timeout = 0")  # a wait would be a failure here
            with window.transaction():
                window.execute("UPDATE people SET phone = '099 999 9999' WHERE id = 2")
            saved.append(True)

    try:
        before = _phone(unit)
        entry = backups.make_backup(unit, "daily", progress=progress)
        assert saved and window.query("SELECT phone FROM people WHERE id = 2")[0][0] == (
            "099 999 9999")
    finally:
        window.close()
    assert backups.check(entry).good
    assert _phone(entry.path) == before


def test_restore_puts_the_copy_in_place_and_keeps_the_file_it_replaced(unit):
    entry = backups.make_backup(unit, "daily", now=T0)
    kept = _phone(unit)
    _set_phone(unit, "02 111 1111")
    result = backups.restore_backup(unit, entry.path, now=T0 + timedelta(hours=3))
    assert _phone(unit) == kept
    assert result.before_restore is not None and result.before_restore.name == (
        "unit.20250301-110000.before-restore.sqlite")
    assert _phone(result.before_restore) == "02 111 1111"
    assert backups.check(backups.backups_of(unit)[0]).good
    # Nothing of the work in between lies around: no temporary file, no old log.
    assert sorted(p.name for p in unit.parent.iterdir()) == ["backups", "unit.sqlite"]
    db = open_database(unit)  # and it opens as any database does
    db.close()


def test_a_log_left_by_a_crash_is_kept_and_never_laid_over_the_restored_file(unit):
    """The program was killed with a save still in the ``-wal``: the restore must not let
    SQLite apply that log to the restored file; the save is in the before-restore copy."""
    entry = backups.make_backup(unit, "daily", now=T0)
    crash = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode = WAL')\n"
        "c.execute(\"UPDATE people SET phone = '02 222 2222' WHERE id = 2\")\n"
        "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", crash, str(unit)], check=True)
    assert Path(f"{unit}-wal").stat().st_size > 0
    result = backups.restore_backup(unit, entry.path)
    assert not Path(f"{unit}-wal").exists() and not Path(f"{unit}-shm").exists()
    assert _phone(unit) == _phone(entry.path) != "02 222 2222"
    assert result.before_restore is not None and _phone(result.before_restore) == "02 222 2222"


def test_a_damaged_copy_is_refused_and_the_database_left_untouched(unit):
    entry = backups.make_backup(unit, "daily", now=T0)
    damage(entry.path)
    before = unit.read_bytes()
    with pytest.raises(AppError) as info:
        backups.restore_backup(unit, entry.path)
    assert info.value.code == "backups.damaged"
    assert "left as it is" in str(info.value) and entry.path.name in str(info.value)
    assert unit.read_bytes() == before
    assert [e.reason for e in backups.backups_of(unit)] == ["daily"]  # no before-restore copy
    assert sorted(p.name for p in unit.parent.iterdir()) == ["backups", "unit.sqlite"]


@pytest.mark.parametrize("kind", ["newer", "foreign", "not-a-database"])
def test_a_copy_that_is_not_ours_or_is_newer_is_refused(unit, tmp_path, kind):
    copy = tmp_path / "copy.sqlite"
    if kind == "not-a-database":
        copy.write_text("รายงานการประชุม", encoding="utf-8")
    else:
        shutil.copy(unit, copy)
        conn = sqlite3.connect(copy)
        if kind == "newer":
            conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        else:
            conn.execute("PRAGMA application_id = 0")
        conn.close()
    before = unit.read_bytes()
    with pytest.raises(AppError) as info:
        backups.restore_backup(unit, copy)
    assert info.value.code == {"newer": "backups.newer", "foreign": "backups.foreign",
                               "not-a-database": "backups.not_a_database"}[kind]
    assert unit.read_bytes() == before and not (unit.parent / "backups").exists()


def test_restore_is_refused_while_the_file_is_open_elsewhere(unit):
    entry = backups.make_backup(unit, "daily", now=T0)
    _set_phone(unit, "02 333 3333")
    other = open_database(unit)  # another window on the same file
    try:
        with pytest.raises(AppError) as info:
            backups.restore_backup(unit, entry.path)
        assert info.value.code == "backups.in_use"
        assert other.query("SELECT phone FROM people WHERE id = 2")[0][0] == "02 333 3333"
    finally:
        other.close()
    assert _phone(unit) == "02 333 3333"
    assert [e.reason for e in backups.backups_of(unit)] == ["daily"]


def test_a_cancelled_restore_leaves_the_database_as_it_was(unit, monkeypatch):
    monkeypatch.setattr("ita_desktop.store.backups.PAGES_PER_STEP", 8)
    entry = backups.make_backup(unit, "daily", now=T0)
    _set_phone(unit, "02 444 4444")
    calls: list[str] = []

    def progress(done: int, total: int, text: str = "") -> None:
        calls.append(text)

    with pytest.raises(Cancelled):
        backups.restore_backup(unit, entry.path, progress=progress,
                               cancelled=lambda: calls.count("copy") >= 2)
    assert _phone(unit) == "02 444 4444"
    assert sorted(p.name for p in unit.parent.iterdir()) == ["backups", "unit.sqlite"]


def test_a_lost_database_is_restored_from_its_backups_folder(unit):
    entry = backups.make_backup(unit, "exit", now=T0)
    unit.unlink()
    result = backups.restore_backup(unit, backups.latest_good_or_refuse(unit).path)
    assert result.before_restore is None and _phone(unit) == _phone(entry.path)


def test_the_newest_good_copy_passes_over_damaged_ones(unit):
    good = backups.make_backup(unit, "daily", now=T0)
    newer = backups.make_backup(unit, "exit", now=T0 + timedelta(hours=2))
    damage(newer.path)
    found = backups.newest_good_backup(unit)
    assert found is not None and found.path == good.path and found.good
    damage(good.path)
    assert backups.newest_good_backup(unit) is None
    with pytest.raises(AppError) as info:
        backups.latest_good_or_refuse(unit)
    assert info.value.code == "backups.none_good"


def test_daily_copy_is_due_once_a_day(unit):
    today = date(2025, 3, 2)
    assert backups.daily_due(unit, today)  # no copy yet
    backups.make_backup(unit, "exit", now=datetime(2025, 3, 2, 7, 0))
    assert backups.daily_due(unit, today)  # a copy on closing is not the day's copy
    backups.make_backup(unit, "daily", now=datetime(2025, 3, 2, 8, 0))
    assert not backups.daily_due(unit, today)
    assert backups.daily_due(unit, today + timedelta(days=1))


def test_restore_is_refused_while_a_window_holds_the_file_naming_who(unit):
    import getpass

    from ita_desktop.store.sharing import open_for_changes

    entry = backups.make_backup(unit, "daily", now=T0)
    window = open_for_changes(unit)
    try:
        before = unit.read_bytes()
        with pytest.raises(AppError) as info:
            backups.restore_backup(unit, entry.path)
        assert info.value.code == "store.in_use"
        assert info.value.values["user"] == getpass.getuser()
        assert unit.read_bytes() == before
    finally:
        window.close()


def test_the_copy_kept_before_a_restore_is_not_offered_as_the_newest(unit):
    # Restoring the morning's copy leaves the afternoon's state as a before-restore copy: a
    # later crash must not be offered the state the restore left behind.
    morning = backups.make_backup(unit, "daily", now=T0)
    _set_phone(unit, "02 999 9999")
    result = backups.restore_backup(unit, morning.path, now=T0 + timedelta(hours=6))
    assert result.before_restore is not None and _phone(result.before_restore) == "02 999 9999"
    found = backups.newest_good_backup(unit)
    assert found is not None and found.path == morning.path
    assert any(entry.reason == "before-restore" for entry in backups.backups_of(unit))
