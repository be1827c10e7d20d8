"""Backups in the window: File › Restore from a backup, the daily copy, the copy on closing,
and the newest good copy offered when the database is damaged at start-up."""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from ita_desktop import app
from ita_desktop.services import backups
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.shell.main_window import MainWindow
from ita_desktop.ui.shell.restore_dialog import RestoreDialog
from ita_desktop.ui.shell.translation import install_translators
from tests.files import damage

T0 = datetime(2025, 3, 1, 8, 30)


@pytest.fixture(autouse=True)
def daily_copy_at_once(monkeypatch):
    """The window looks for the day's copy a few seconds after it shows; here at once."""
    from ita_desktop.ui.shell import auto_backup

    monkeypatch.setattr(auto_backup, "FIRST_CHECK_MS", 0)


@pytest.fixture
def window(qtbot, demo_db):
    win = MainWindow(demo_db, "en")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.jobs.wait()
    install_translators(QApplication.instance(), "en")


def _phone(db) -> str:  # type: ignore[no-untyped-def]
    return next(p.phone for p in PeopleRepository(db).all() if p.id == 2)


def _set_phone(db, phone: str) -> None:  # type: ignore[no-untyped-def]
    with db.transaction():
        db.execute("UPDATE people SET phone = ? WHERE id = 2", (phone,))


def _dialog(qtbot, window) -> RestoreDialog:  # type: ignore[no-untyped-def]
    dialog = RestoreDialog(window.db.path, window.jobs, english=window.language() == "en",
                           digits=window.settings.digit_style,
                           release=window._release_database, reopen=window._reopen_database,
                           parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    return dialog


def test_restore_dialog_lists_copies_and_puts_the_chosen_one_back(qtbot, window, answer):
    path = window.db.path
    kept = _phone(window.db)
    good = backups.make_backup(path, "daily", now=T0)
    damaged = backups.make_backup(path, "exit", now=T0 + timedelta(hours=2))
    damage(damaged.path)
    _set_phone(window.db, "02 888 8888")

    dialog = _dialog(qtbot, window)
    rows = [[dialog.table.item(r, c).text() for c in range(4)]
            for r in range(dialog.table.rowCount())]
    assert [row[1] for row in rows] == ["on closing", "daily"]
    assert [row[3] for row in rows] == ["damaged", "good"]
    assert rows[1][0] == "1 Mar 2025 08:30"
    assert dialog.selected() is not None and dialog.selected().path == good.path
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()  # a damaged copy cannot be chosen
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()

    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.result_of_restore is not None, timeout=10000)
    assert answer.messages and answer.messages[0][0] == "question"
    assert dialog.result() == QDialog.DialogCode.Accepted
    # The window works on the restored file, its tabs rebuilt on it.
    assert _phone(window.db) == kept
    assert window.tab("unit") is not None
    before = dialog.result_of_restore.before_restore
    conn = sqlite3.connect(before)
    assert conn.execute("SELECT phone FROM people WHERE id = 2").fetchone()[0] == "02 888 8888"
    conn.close()


def test_restore_declined_changes_nothing(qtbot, window, answer):
    from PySide6.QtWidgets import QMessageBox

    backups.make_backup(window.db.path, "daily", now=T0)
    _set_phone(window.db, "02 888 8888")
    answer.reply(QMessageBox.StandardButton.No)
    dialog = _dialog(qtbot, window)
    db = window.db
    dialog.restore_button.click()
    assert window.db is db and _phone(db) == "02 888 8888" and dialog.isVisible()


def test_a_failed_restore_gives_the_window_its_file_back(qtbot, window, answer):
    entry = backups.make_backup(window.db.path, "daily", now=T0)
    _set_phone(window.db, "02 888 8888")
    dialog = _dialog(qtbot, window)
    damage(entry.path)  # damaged after it was listed as good
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "damaged" in dialog.error.text() and "left as it is" in dialog.error.text()
    assert _phone(window.db) == "02 888 8888"  # reopened, unchanged
    assert dialog.isVisible() and dialog.result_of_restore is None


def test_a_copy_that_fails_its_check_once_copied_is_said_in_thai(demo_db, monkeypatch, thai):
    from ita_desktop.errors import AppError
    from ita_desktop.store.backups import CopyState, Inspection
    from ita_desktop.ui.common.error_text import error_text

    entry = backups.make_backup(demo_db.path, "daily", now=T0)
    checked = backups.inspect_copy

    def failing_disk(path: Path, latest: int) -> Inspection:
        # The backup reads as good; what was copied from it beside the database does not.
        if path.name.endswith(".restoring"):
            return Inspection(CopyState.DAMAGED, ("Page 7 is never used",))
        return checked(path, latest)

    monkeypatch.setattr(backups, "inspect_copy", failing_disk)
    _set_phone(demo_db, "02 888 8888")
    with pytest.raises(AppError) as info:
        backups.restore_backup(demo_db.path, entry.path)
    said = error_text(info.value)
    assert "ไม่ผ่านการตรวจ" in said and "integrity check" not in said, said
    assert _phone(demo_db) == "02 888 8888"


def test_the_restore_dialog_in_thai(qtbot, window, thai):
    backups.make_backup(window.db.path, "daily", now=T0)
    window._language = "th"
    dialog = _dialog(qtbot, window)
    assert dialog.windowTitle() != "Restore from a backup"
    row = [dialog.table.item(0, c).text() for c in range(4)]
    assert row[0] == "๑ มี.ค. ๒๕๖๘ ๐๘.๓๐ น."
    assert row[1] != "daily" and row[3] != "good"


def test_the_daily_copy_waits_a_moment_after_the_window_shows(qtbot, window, monkeypatch):
    from ita_desktop.ui.shell import auto_backup

    monkeypatch.setattr(auto_backup, "FIRST_CHECK_MS", 300)
    window.auto_backups.start()
    assert backups.backups_of(window.db.path) == [] and not window.auto_backups.running
    qtbot.waitUntil(lambda: len(backups.backups_of(window.db.path)) == 1, timeout=10000)
    qtbot.waitUntil(lambda: not window.auto_backups.running, timeout=10000)


def test_the_daily_copy_is_made_in_the_background_once_a_day(qtbot, window):
    window.auto_backups.start()
    qtbot.waitUntil(lambda: not window.auto_backups.running, timeout=10000)
    made = backups.backups_of(window.db.path)
    assert [e.reason for e in made] == ["daily"] and backups.check(made[0]).good
    assert made[0].path.name in window.statusBar().currentMessage()
    window.auto_backups.check_daily()
    assert not window.auto_backups.running
    assert len(backups.backups_of(window.db.path)) == 1


def _run_gui(monkeypatch, path: Path, during=None) -> tuple[int, list[MainWindow]]:  # type: ignore[no-untyped-def]
    """``app.run_gui`` on ``path`` with the event loop replaced by ``during(window)``."""
    shown: list[MainWindow] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))

    def loop(self) -> int:  # type: ignore[no-untyped-def]
        window = shown[-1]
        window.jobs.wait()
        QApplication.processEvents()
        if during is not None:
            during(window)
        return 0

    monkeypatch.setattr(QApplication, "exec", loop)
    code = app.run_gui(path, "en")
    for window in shown:
        window.deleteLater()
    return code, shown


def test_closing_after_changes_makes_a_copy_and_closing_after_none_does_not(
        qtbot, demo_file, tmp_path, monkeypatch):
    import shutil

    path = tmp_path / "unit.sqlite"
    shutil.copy(demo_file, path)
    code, _ = _run_gui(monkeypatch, path)
    assert code == 0
    assert [e.reason for e in backups.backups_of(path)] == ["daily"]  # made on opening
    code, _ = _run_gui(monkeypatch, path, lambda window: _set_phone(window.db, "02 999 9999"))
    made = {e.reason: e for e in backups.backups_of(path)}
    assert sorted(made) == ["daily", "exit"]
    conn = sqlite3.connect(made["exit"].path)
    assert conn.execute("SELECT phone FROM people WHERE id = 2").fetchone()[0] == "02 999 9999"
    conn.close()


def test_a_damaged_database_at_start_up_is_offered_the_newest_good_copy(
        qtbot, demo_file, tmp_path, monkeypatch):
    import shutil

    from ita_desktop.ui.shell import startup_restore

    path = tmp_path / "unit.sqlite"
    shutil.copy(demo_file, path)
    good = backups.make_backup(path, "daily", now=T0)
    newer = backups.make_backup(path, "exit", now=T0 + timedelta(hours=1))
    damage(newer.path)
    damage(path)
    offered: list[str] = []

    def accept_offer(self) -> int:  # type: ignore[no-untyped-def]
        offered.append(self.restore_button.text())
        self.restore_button.click()
        qtbot.waitUntil(lambda: not self.busy, timeout=10000)
        return self.result()

    monkeypatch.setattr(startup_restore.StartupRestoreDialog, "exec", accept_offer)
    seen: dict[str, object] = {}

    def during(window: MainWindow) -> None:
        from ita_desktop.store.lock import read_holder

        seen["notice"] = window.restored_notice.text()
        seen["holder"] = read_holder(path)  # the window holds the restored file's lock

    code, shown = _run_gui(monkeypatch, path, during)
    assert code == 0 and len(shown) == 1  # the window opened on the restored file
    assert offered == ["&Restore the copy of 1 Mar 2025 08:30"]
    assert good.path.name in str(seen["notice"]) and "before-restore" in str(seen["notice"])
    assert seen["holder"] is not None
    kept = [e for e in backups.backups_of(path) if e.reason == "before-restore"]
    assert len(kept) == 1 and kept[0].path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert backups.inspect_copy(path, 99).state.value == "good"
    assert good.path.exists()


def test_declining_the_offer_leaves_the_damaged_file_as_it_is(
        qtbot, demo_file, tmp_path, monkeypatch):
    import shutil

    from ita_desktop.ui.shell import startup_restore

    path = tmp_path / "unit.sqlite"
    shutil.copy(demo_file, path)
    backups.make_backup(path, "daily", now=T0)
    damage(path)
    before = path.read_bytes()
    monkeypatch.setattr(startup_restore.StartupRestoreDialog, "exec",
                        lambda self: QDialog.DialogCode.Rejected)
    shown_errors: list[object] = []
    monkeypatch.setattr("ita_desktop.ui.shell.error_dialog.show_open_error",
                        lambda error, parent=None: shown_errors.append(error))
    code, shown = _run_gui(monkeypatch, path)
    assert code == 2 and shown == [] and shown_errors == []  # the offer said it already
    assert path.read_bytes() == before
    assert [e.reason for e in backups.backups_of(path)] == ["daily"]


def test_without_a_good_copy_the_damage_is_told_as_before(qtbot, demo_file, tmp_path,
                                                          monkeypatch):
    import shutil

    path = tmp_path / "unit.sqlite"
    shutil.copy(demo_file, path)
    damage(backups.make_backup(path, "daily", now=T0).path)
    damage(path)
    shown_errors: list[object] = []
    monkeypatch.setattr("ita_desktop.ui.shell.error_dialog.show_open_error",
                        lambda error, parent=None: shown_errors.append(error))
    code, _ = _run_gui(monkeypatch, path)
    assert code == 2 and len(shown_errors) == 1 and "damaged" in str(shown_errors[0])


def test_the_start_up_offer_in_thai(qtbot, demo_file, tmp_path, thai):
    import shutil

    from ita_desktop.store.errors import DamagedDatabaseError
    from ita_desktop.ui.shell.startup_restore import StartupRestoreDialog

    path = tmp_path / "unit.sqlite"
    shutil.copy(demo_file, path)
    entry = backups.check(backups.make_backup(path, "daily", now=T0))
    dialog = StartupRestoreDialog(DamagedDatabaseError(path, ["page 3 is never used"]), entry,
                                  english=False)
    qtbot.addWidget(dialog)
    assert "๑ มี.ค. ๒๕๖๘" in dialog.restore_button.text()
    assert "Restore" not in dialog.restore_button.text()
    assert "unit.sqlite" in dialog.reason.text()


@pytest.mark.parametrize("language", ["th", "en"])
def test_backup_dialogs_keep_the_window_conventions(qtbot, window, demo_file, tmp_path,
                                                    laptop_screen, language):
    import shutil

    from ita_desktop.store.errors import DamagedDatabaseError
    from ita_desktop.ui.shell.startup_restore import StartupRestoreDialog
    from tests.ui.conventions import problems

    install_translators(QApplication.instance(), language)
    backups.make_backup(window.db.path, "daily", now=T0)
    window._language = language
    dialog = _dialog(qtbot, window)
    assert problems(dialog) == []
    path = tmp_path / "other.sqlite"
    shutil.copy(demo_file, path)
    entry = backups.check(backups.make_backup(path, "exit", now=T0))
    offer = StartupRestoreDialog(DamagedDatabaseError(path, ["page 3 is never used"]), entry,
                                 english=language == "en")
    qtbot.addWidget(offer)
    offer.show()
    assert problems(offer) == []


def test_backups_to_keep_is_a_setting_the_next_backup_follows(qtbot, window, demo_db):
    from ita_desktop.store.settings import SettingsRepository
    from ita_desktop.ui.shell.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings)
    qtbot.addWidget(dialog)
    assert dialog.backups.value() == 10
    dialog.backups.setValue(2)
    assert window.apply_settings(dialog.settings())
    assert SettingsRepository(window.db).load().backups_to_keep == 2
    for hour in range(4):
        backups.make_backup(window.db.path, "exit", keep=window.settings.backups_to_keep,
                            now=T0 + timedelta(hours=hour))
    assert len(backups.backups_of(window.db.path)) == 2
    window.db.execute("UPDATE settings SET value = 'many' WHERE key = 'backups_to_keep'")
    assert SettingsRepository(window.db).load().backups_to_keep == 10  # unreadable: default


def _break(path: Path, how: str) -> None:
    if how == "header destroyed":
        data = bytearray(path.read_bytes())
        data[:100] = b"\x00" * 100
        path.write_bytes(bytes(data))
    elif how == "cut off to 0 bytes":
        path.write_bytes(b"")
    elif how == "edited by hand":
        conn = sqlite3.connect(path)
        conn.execute("UPDATE people SET left_on = '2567-13-45', active = 0 WHERE id = 3")
        conn.commit()
        conn.close()


@pytest.mark.parametrize("how", ["header destroyed", "cut off to 0 bytes", "edited by hand"])
def test_other_broken_files_are_offered_the_newest_good_copy_too(
        qtbot, demo_file, tmp_path, monkeypatch, how):
    import shutil

    from ita_desktop.ui.shell import startup_restore

    path = tmp_path / "unit.sqlite"
    shutil.copy(demo_file, path)
    backups.make_backup(path, "daily", now=T0)
    _break(path, how)

    def accept_offer(self) -> int:  # type: ignore[no-untyped-def]
        self.restore_button.click()
        qtbot.waitUntil(lambda: not self.busy, timeout=10000)
        return self.result()

    monkeypatch.setattr(startup_restore.StartupRestoreDialog, "exec", accept_offer)
    code, shown = _run_gui(monkeypatch, path)
    assert code == 0 and len(shown) == 1
    assert backups.inspect_copy(path, 99).state.value == "good"
    assert [e.reason for e in backups.backups_of(path)].count("before-restore") == 1


def test_a_newer_versions_file_is_not_offered_an_older_copy(qtbot, demo_file, tmp_path,
                                                             monkeypatch):
    import shutil

    path = tmp_path / "unit.sqlite"
    shutil.copy(demo_file, path)
    backups.make_backup(path, "daily", now=T0)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = path.read_bytes()
    shown_errors: list[object] = []
    monkeypatch.setattr("ita_desktop.ui.shell.error_dialog.show_open_error",
                        lambda error, parent=None: shown_errors.append(error))
    code, _ = _run_gui(monkeypatch, path)
    assert code == 2 and len(shown_errors) == 1 and "newer" in str(shown_errors[0])
    assert path.read_bytes() == before


def test_a_damaged_file_opened_from_the_window_is_offered_its_newest_good_copy(
        qtbot, window, demo_file, tmp_path, monkeypatch):
    import shutil

    from ita_desktop.ui.shell import startup_restore

    other = tmp_path / "other" / "received.sqlite"
    other.parent.mkdir()
    shutil.copy(demo_file, other)
    backups.make_backup(other, "manual", now=T0)
    damage(other)

    def accept_offer(self) -> int:  # type: ignore[no-untyped-def]
        self.restore_button.click()
        qtbot.waitUntil(lambda: not self.busy, timeout=10000)
        return self.result()

    monkeypatch.setattr(startup_restore.StartupRestoreDialog, "exec", accept_offer)
    assert window.switch_database(other)
    assert window.db.path == other and len(PeopleRepository(window.db).all()) > 0


def test_declining_the_offer_in_the_window_keeps_the_open_database(
        qtbot, window, demo_file, tmp_path, monkeypatch):
    import shutil

    from ita_desktop.ui.shell import startup_restore

    other = tmp_path / "other" / "received.sqlite"
    other.parent.mkdir()
    shutil.copy(demo_file, other)
    backups.make_backup(other, "manual", now=T0)
    damage(other)
    before, current = other.read_bytes(), window.db.path
    monkeypatch.setattr(startup_restore.StartupRestoreDialog, "exec",
                        lambda self: QDialog.DialogCode.Rejected)
    assert not window.switch_database(other)
    assert window.db.path == current and other.read_bytes() == before
