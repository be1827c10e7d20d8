"""The main window's File menu work on database files: open, new, restore, backup copies,
hand-over bundles, and switching the window to another file.

A part of ``MainWindow`` (``main_window.py``), kept apart because it is a seam of its own: every
way a database file comes into or leaves the window. Its texts keep the window's translation
context, as they were when they lived there.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ita_desktop.errors import AppError
from ita_desktop.store.database import Database
from ita_desktop.store.errors import StoreError
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill
from ita_desktop.ui.shell.error_dialog import show_open_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from ita_desktop.store.settings import Settings
    from ita_desktop.ui.common.jobs import JobRunner
    from ita_desktop.ui.shell.auto_backup import AutoBackups



class DatabaseActions:
    """What ``MainWindow`` does with database files; it supplies the attributes below."""

    db: Database
    jobs: JobRunner
    auto_backups: AutoBackups
    settings: Settings

    if TYPE_CHECKING:
        def language(self) -> str: ...
        def confirm_unsaved(self) -> bool: ...
        def _build(self) -> None: ...
        def tell_upgraded(self, backup: Path) -> None: ...
        def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)
        def close(self) -> bool: ...

    def switch_database(self, path: Path, *, create: bool = False) -> bool:
        """Open ``path`` instead of the current database; ``create`` (New database only)
        makes a new one where no file is. A refused file is said and left as it is; a file
        another window holds may be opened read-only."""
        from ita_desktop.store.sharing import (
            DatabaseInUseError,
            open_for_changes,
            open_read_only,
        )

        if Path(path).resolve() == self.db.path.resolve() and not self.db.read_only:
            return True  # already open here for changes
        if not self.confirm_unsaved():
            return False
        try:
            try:
                db = open_for_changes(path, create=create)
            except DatabaseInUseError as exc:
                from ita_desktop.ui.shell.in_use_dialog import ask_read_only

                if not ask_read_only(exc, self, english=self.language() == "en",
                                     digits=self.settings.digit_style):
                    return False
                db = open_read_only(path)
        except StoreError as exc:
            db = self._restored_instead(exc, path)
            if db is None:
                return False
        self.db.close()
        self.db = db
        self._build()
        self.auto_backups.database_changed()
        if db.last_backup is not None:
            self.tell_upgraded(db.last_backup)
        # Said once the window shows the file (File › Open, New database, an imported
        # bundle opened now): the window is then what the warning speaks of.
        from ita_desktop.ui.shell.network_drive import warn_network_drive

        warn_network_drive(db, self)
        return True

    def _restored_instead(self, error: StoreError, path: Path) -> Database | None:
        """A damaged file opened with File › Open: its newest good backup offered in its
        place, as at start-up; the file opened after a restore, or None (the refusal said)."""
        from ita_desktop.store.sharing import open_for_changes
        from ita_desktop.ui.shell.startup_restore import offer_restore

        restored = offer_restore(error, english=self.language() == "en", parent=self)
        if restored is None:
            show_open_error(error, self)
        if not restored:
            return None
        try:
            return open_for_changes(path)
        except StoreError as exc:
            show_open_error(exc, self)
            return None

    def restore_from_backup(self) -> None:
        from ita_desktop.ui.shell.restore_dialog import RestoreDialog

        if not self.confirm_unsaved():
            return
        dialog = RestoreDialog(self.db.path, self.jobs, english=self.language() == "en",
                               digits=self.settings.digit_style, release=self._release_database,
                               reopen=self._reopen_database, parent=self)
        dialog.exec()
        result = dialog.result_of_restore
        dialog.deleteLater()
        if result is not None and result.before_restore is not None:
            self.statusBar().showMessage(
                fill(QCoreApplication.translate(
                    "MainWindow", "The backup was restored; the file it replaced is kept as %1"),
                     result.before_restore), 20000)

    def _release_database(self) -> None:
        """Close the window's connection so that a restore can replace the file; until
        ``_reopen_database`` the window shows what it showed and reads nothing.

        The lock file the window holds goes with the connection, and is taken again on
        reopening."""
        self.auto_backups.stop()
        self.db.close()

    def _reopen_database(self) -> bool:
        """Open the file again after a restore (the restored copy, or the file as it was);
        when it cannot be opened the window says why and closes, having no file to show."""
        from ita_desktop.store.sharing import open_for_changes

        try:
            db = open_for_changes(self.db.path)
        except StoreError as exc:
            show_open_error(exc, self)
            self.close()
            return False
        self.db = db
        self._build()
        self.auto_backups.database_changed()
        return True

    def new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox
        name, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "New database"),
            str(self.settings.export_dir() / "ita-unit.sqlite"),
            QCoreApplication.translate("MainWindow", "ITA Desktop databases (*.sqlite)"),
        )
        if not name:
            return
        path = Path(name)
        if path.exists():
            QMessageBox.warning(
                self, QCoreApplication.translate("MainWindow", "New database"),
                fill(QCoreApplication.translate(
                    "MainWindow", "'%1' already exists. Use Open database to open it."), path))
            return
        self.switch_database(path, create=True)

    def open_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        name, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Open database"),
            str(self.db.path.parent),
            QCoreApplication.translate("MainWindow",
                                       "ITA Desktop databases (*.sqlite *.db);;All files (*)"),
        )
        if name:
            self.switch_database(Path(name))

    def backup_copy(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from ita_desktop.services.backups import save_backup_copy

        name, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "Save a backup copy"),
            str(self.settings.export_dir() / f"{self.db.path.stem}-backup.sqlite"),
            QCoreApplication.translate("MainWindow", "ITA Desktop databases (*.sqlite)"),
        )
        if not name:
            return
        try:
            target = save_backup_copy(self.db, Path(name))
        except AppError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("MainWindow", "Backup not saved"),
                error_text(exc))
            return
        QMessageBox.information(
            self, QCoreApplication.translate("MainWindow", "Backup saved"),
            fill(QCoreApplication.translate(
                "MainWindow", "A full copy of the database was saved to %1."), target))

    def export_handover(self) -> None:
        from ita_desktop.ui.shell.handover import HandOver

        HandOver(self).export()

    def import_handover(self) -> None:
        from ita_desktop.ui.shell.handover import HandOver

        HandOver(self).import_()
