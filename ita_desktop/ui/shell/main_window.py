"""The main window: builds the menus, the fiscal-year selector and the tabs, and wires them.

Tabs get their repositories and settings through their constructors; the window owns the one
open database and rebuilds the tabs when the database or the language changes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from ita_desktop import __version__
from ita_desktop.domain.fiscal import current_fiscal_year
from ita_desktop.store import open_database
from ita_desktop.store.database import Database
from ita_desktop.store.errors import StoreError
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.settings import Settings, SettingsRepository
from ita_desktop.store.unit import UnitRepository
from ita_desktop.ui.common.jobs import JobRunner
from ita_desktop.ui.shell.error_dialog import show_open_error
from ita_desktop.ui.shell.lazy_tab import LazyTab
from ita_desktop.ui.unit.tab import UnitTab

if TYPE_CHECKING:
    from ita_desktop.ui.framework.tab import FrameworkTab


class MainWindow(QMainWindow):
    def __init__(self, db: Database, language: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(1280, 800)
        self.db = db
        # ``--lang`` wins over the saved setting for this run, until Settings changes it.
        self._language = language
        # The window's one runner for long work; every dialog and tab it opens uses it.
        self.jobs = JobRunner(self)
        self._build()

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        """(Re)build everything that shows text, so a language change applies at once."""
        self.menuBar().clear()
        self.units = UnitRepository(self.db)
        self.people = PeopleRepository(self.db)
        self.frameworks = FrameworkRepository(self.db)
        self.settings_repo = SettingsRepository(self.db)
        self.settings = self.settings_repo.load()
        english = self.language() == "en"

        self.year = QComboBox()
        self.year.setMinimumContentsLength(6)
        # The year sits at the right of the tab bar: it applies to every tab.
        year_label = QLabel(self.tr("Fiscal yea&r (B.E.)") + " ")
        year_label.setBuddy(self.year)
        year_box = QWidget()
        year_layout = QHBoxLayout(year_box)
        year_layout.setContentsMargins(8, 2, 4, 2)
        year_layout.addWidget(year_label)
        year_layout.addWidget(self.year)

        self.unit_tab = UnitTab(
            self.units, self.people, english=english,
            digits=lambda: self.settings.digit_style, export_dir=self.settings.export_dir,
        )
        self._framework_holder: LazyTab[FrameworkTab] = LazyTab(self._make_framework_tab)
        old = self.centralWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.unit_tab, self.tr("&Unit && people"))
        self.tabs.addTab(self._framework_holder, self.tr("ITA fra&mework"))
        self.tabs.setCornerWidget(year_box, Qt.Corner.TopRightCorner)
        self.setCentralWidget(self.tabs)
        if old is not None:
            old.deleteLater()
        self._build_menus()
        self._fill_years()
        self.year.currentIndexChanged.connect(self._year_changed)
        self.unit_tab.form.saved.connect(self._update_title)
        self._year_changed()
        self._update_title()
        self.statusBar().showMessage(str(self.db.path))

    def language(self) -> str:
        return self._language or self.settings.language

    def _make_framework_tab(self) -> FrameworkTab:
        from ita_desktop.ui.framework.tab import FrameworkTab

        tab = FrameworkTab(
            self.frameworks, self.unit_tab.unit_kind, english=self.language() == "en",
            export_dir=self.settings.export_dir, digits=lambda: self.settings.digit_style,
        )
        tab.years_changed.connect(self._select_year)
        tab.set_year(self.selected_year())
        return tab

    @property
    def framework_tab(self) -> FrameworkTab:
        return self._framework_holder.content()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._add(file_menu, self.tr("&New database…"), self.new_database,
                  QKeySequence("Ctrl+Shift+N"))
        self._add(file_menu, self.tr("&Open database…"), self.open_database,
                  QKeySequence(QKeySequence.StandardKey.Open))
        self._add(file_menu, self.tr("Save a &backup copy…"), self.backup_copy)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("E&xport report…"), self.export_report,
                  QKeySequence("Ctrl+E"))
        self._add(file_menu, self.tr("Report &register…"), self.show_register,
                  QKeySequence("Ctrl+R"))
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Save unit profile"), self.save_profile,
                  QKeySequence(QKeySequence.StandardKey.Save))
        self._add(file_menu, self.tr("Se&ttings…"), self.open_settings,
                  QKeySequence("Ctrl+,"))
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), self.close,
                  QKeySequence(QKeySequence.StandardKey.Quit))

        year_menu = bar.addMenu(self.tr("&Year"))
        self._add(year_menu, self.tr("Start a &new fiscal year…"),
                  lambda: self._on_framework_tab("start_new_year"))
        self._add(year_menu, self.tr("&Import framework…"),
                  lambda: self._on_framework_tab("import_framework"))
        self._add(year_menu, self.tr("&Export framework…"),
                  lambda: self._on_framework_tab("export_framework"))

        help_menu = bar.addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&About ITA Desktop"), self.about)

    def _add(self, menu, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _on_framework_tab(self, action: str) -> None:
        self.tabs.setCurrentWidget(self._framework_holder)
        getattr(self.framework_tab, action)()

    # --- fiscal year ----------------------------------------------------------------------
    def _fill_years(self) -> None:
        wanted = self.year.currentData() or self.settings.fiscal_year or current_fiscal_year()
        years = set(self.frameworks.years()) | {current_fiscal_year()}
        self.year.blockSignals(True)
        self.year.clear()
        for year in sorted(years, reverse=True):
            self.year.addItem(str(year), year)
        index = self.year.findData(wanted)
        self.year.setCurrentIndex(index if index >= 0 else 0)
        self.year.blockSignals(False)
        if self._framework_holder.is_built:
            self.framework_tab.set_year(self.year.currentData())

    def _select_year(self, year: int) -> None:
        self._fill_years()
        index = self.year.findData(year)
        if index >= 0:
            self.year.setCurrentIndex(index)

    def selected_year(self) -> int:
        return int(self.year.currentData())

    def _year_changed(self) -> None:
        year = self.selected_year()
        if self._framework_holder.is_built:
            self.framework_tab.set_year(year)
        if year != self.settings.fiscal_year:
            self._save_settings(replace(self.settings, fiscal_year=year))

    def _save_settings(self, settings: Settings) -> None:
        self.settings_repo.save(settings)
        self.settings = settings

    # --- actions ----------------------------------------------------------------------------
    def _update_title(self) -> None:
        unit = self.units.get()
        name = (unit.short_name or unit.full_name) if unit else ""
        parts = ["ITA Desktop", name, self.db.path.name]
        self.setWindowTitle(" — ".join(p for p in parts if p))

    def save_profile(self) -> None:
        self.tabs.setCurrentWidget(self.unit_tab)
        self.unit_tab.form.save()

    def _confirm_unsaved(self) -> bool:
        """True when it is fine to leave the current database (saved, discarded or clean)."""
        if not self.unit_tab.form.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The unit profile has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.unit_tab.form.save()
        return answer == QMessageBox.StandardButton.Discard

    def switch_database(self, path: Path) -> bool:
        if not self._confirm_unsaved():
            return False
        try:
            db = open_database(path)
        except StoreError as exc:
            show_open_error(exc, self)
            return False
        self.db.close()
        self.db = db
        self._build()
        if db.last_backup is not None:
            self.tell_upgraded(db.last_backup)
        return True

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(self.settings.export_dir() / "ita-unit.sqlite"),
            self.tr("ITA Desktop databases (*.sqlite)"),
        )
        if not name:
            return
        path = Path(name)
        if path.exists():
            QMessageBox.warning(self, self.tr("New database"),
                                self.tr("'%1' already exists. Use Open database to open it.")
                                .replace("%1", str(path)))
            return
        self.switch_database(path)

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(self.db.path.parent),
            self.tr("ITA Desktop databases (*.sqlite *.db);;All files (*)"),
        )
        if name:
            self.switch_database(Path(name))

    def backup_copy(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a backup copy"),
            str(self.settings.export_dir() / f"{self.db.path.stem}-backup.sqlite"),
            self.tr("ITA Desktop databases (*.sqlite)"),
        )
        if not name:
            return
        target = Path(name)
        if target.resolve() == self.db.path.resolve():
            QMessageBox.warning(self, self.tr("Backup not saved"),
                                self.tr("Choose another file than the open database."))
            return
        try:
            temp = target.with_name(target.name + ".part")
            temp.unlink(missing_ok=True)
            self.db.backup_to(temp)
            temp.replace(target)
        except (OSError, sqlite3.Error) as exc:
            QMessageBox.warning(self, self.tr("Backup not saved"), str(exc))
            return
        QMessageBox.information(self, self.tr("Backup saved"),
                                self.tr("A full copy of the database was saved to %1.")
                                .replace("%1", str(target)))

    def export_report(self) -> None:
        from ita_desktop.ui.reports.export_dialog import ExportDialog

        if not self._confirm_unsaved():
            return
        dialog = ExportDialog(self.db, self.selected_year(), self.settings.digit_style,
                              self.settings.export_dir(), self.language() == "en", self,
                              runner=self.jobs)
        dialog.exec()
        # Closing it cancelled its jobs; deleting it frees its preview pages, which would
        # otherwise stay with the window, one dialog more each time.
        dialog.deleteLater()

    def show_register(self) -> None:
        from ita_desktop.ui.reports.register_dialog import RegisterDialog

        RegisterDialog(self.db, english=self.language() == "en",
                       digits=self.settings.digit_style, folder=self.settings.export_dir(),
                       parent=self).exec()

    def open_settings(self) -> None:
        from ita_desktop.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if not dialog.exec():
            return
        new = dialog.settings()
        language_changed = new.language != self.language()
        self._language = None
        self._save_settings(new)
        if language_changed:
            from ita_desktop.ui.shell.translation import install_translators

            app = QApplication.instance()
            assert isinstance(app, QApplication)
            install_translators(app, new.language)
        if not self._confirm_unsaved():
            return
        self._build()

    def tell_upgraded(self, backup: Path) -> None:
        self.statusBar().showMessage(
            self.tr("The database was upgraded; a copy from before is at %1")
            .replace("%1", str(backup)), 20000
        )

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About ITA Desktop"),
            self.tr("ITA Desktop %1\n\nThe yearly ITA paperwork of a police station or "
                    "immigration unit, kept offline in one file.\n\nDatabase: %2")
            .replace("%1", __version__).replace("%2", str(self.db.path)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._confirm_unsaved():
            self.jobs.cancel_all()
            event.accept()
        else:
            event.ignore()
