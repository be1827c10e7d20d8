"""The main window: the menus, the fiscal-year selector and the tabs of ``ui/shell/tabs.py``.

The window owns the one open database and hands each tab a ``TabContext``; it knows the tabs
only through the ``Tab`` contract. Changing the database or the language rebuilds every tab,
after asking each one about unsaved changes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from ita_desktop import __version__
from ita_desktop.domain.digits import apply_digits
from ita_desktop.domain.fiscal import current_fiscal_year
from ita_desktop.errors import AppError
from ita_desktop.services.settings import save_settings
from ita_desktop.store.database import Database
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.store.settings import Settings, SettingsRepository
from ita_desktop.store.unit import UnitRepository
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill
from ita_desktop.ui.common.jobs import JobRunner
from ita_desktop.ui.common.screen import fit_to_screen
from ita_desktop.ui.shell.auto_backup import AutoBackups
from ita_desktop.ui.shell.database_actions import DatabaseActions
from ita_desktop.ui.shell.lazy_tab import LazyTab
from ita_desktop.ui.shell.tab import ShellEvents, Tab, TabContext
from ita_desktop.ui.shell.tabs import TABS, TabAction, TabSpec

if TYPE_CHECKING:
    from ita_desktop.services.backups import RestoreResult

# QMessageBox and QFileDialog are imported where they are used, here and in the unit tab's
# modules: creating their Python types (and their enums) costs start-up about 7 ms, for
# dialogs the user may not open.

# The window's text; ``tr`` would also work, but this keeps the tab titles' context in one place.
CONTEXT = "MainWindow"


class MainWindow(DatabaseActions, QMainWindow):
    def __init__(self, db: Database, language: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        # ``--lang`` wins over the saved setting for this run, until Settings changes it.
        self._language = language
        self._holders: dict[str, LazyTab[Tab]] = {}
        self._read_only_label: QLabel | None = None
        self._network_label: QLabel | None = None
        # The window's one runner for long work; every dialog and tab it opens uses it.
        self.jobs = JobRunner(self)
        self._build()
        # Started by app.run_gui once the window shows (a window built in a test makes none).
        self.auto_backups = AutoBackups(lambda: self.db, lambda: self.settings.backups_to_keep,
                                        self.jobs, self.statusBar().showMessage, self)
        # 1280×800 where there is room; within the screen on a 1366×768 laptop.
        fit_to_screen(self, 1280, 800)

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        """(Re)build everything that shows text, so a language change applies at once."""
        self.menuBar().clear()
        # The window's own copies of the menu actions go too: two actions with one shortcut
        # make Qt call it ambiguous and run neither.
        for action in self.actions():
            self.removeAction(action)
            action.deleteLater()
        self.units = UnitRepository(self.db)
        self.frameworks = FrameworkRepository(self.db)
        self.settings_repo = SettingsRepository(self.db)
        self.settings = self.settings_repo.load()
        self.events = ShellEvents(self)
        self.context = TabContext(
            db=self.db, settings=lambda: self.settings, year=self.selected_year,
            jobs=self.jobs, events=self.events, english=self.language() == "en",
        )

        self.year = QComboBox()
        self.year.setMinimumContentsLength(6)
        # The year sits at the right of the tab bar: it applies to every tab.
        year_label = QLabel(self.tr("Fiscal yea&r (B.E.)") + " ")
        year_label.setBuddy(self.year)
        year_box = QWidget()
        year_layout = QHBoxLayout(year_box)
        # No room above and below: the corner is as tall as the tab bar, and margins there
        # squeezed the combo box below its height.
        year_layout.setContentsMargins(8, 0, 4, 0)
        year_layout.addWidget(year_label)
        year_layout.addWidget(self.year)
        self._fill_years()

        old = self.centralWidget()
        shown = old.currentIndex() if isinstance(old, QTabWidget) else 0
        self.tabs = QTabWidget()
        self._holders = {}
        for spec in TABS:
            holder: LazyTab[Tab] = LazyTab(lambda spec=spec: self._make_tab(spec))
            self._holders[spec.key] = holder
            self.tabs.addTab(holder, QCoreApplication.translate(CONTEXT, spec.title))
        self.tabs.setCornerWidget(year_box, Qt.Corner.TopRightCorner)
        self.setCentralWidget(self.tabs)
        self.tabs.setCurrentIndex(shown)
        if old is not None:
            old.deleteLater()
            # A rebuild keeps the tab the user was on, built now rather than on the next paint.
            self.tabs.currentWidget().content()
        self._build_menus()
        self.year.currentIndexChanged.connect(self._year_changed)
        self.events.years_changed.connect(self._select_year)
        self.events.unit_changed.connect(self._update_title)
        self.events.entry_requested.connect(self.show_in_calendar)
        self._update_title()
        for label in (self._read_only_label, self._network_label):
            if label is not None:
                self.statusBar().removeWidget(label)
                label.deleteLater()
        self._read_only_label = self._network_label = None
        if self.db.network_location is not None:
            # Kept in view while working: the warning on opening is read once.
            from ita_desktop.ui.shell.network_drive import network_drive_badge

            self._network_label = network_drive_badge(self.db)
            self.statusBar().addPermanentWidget(self._network_label)
        if self.db.read_only:
            self.statusBar().showMessage(fill(self.tr(
                "%1 — opened read-only: it is open for changes in another window or on "
                "another computer"), self.db.path))
            self._save_action.setEnabled(False)
            # The message above goes as soon as a menu is browsed; this stays in view.
            from ita_desktop.ui.shell.in_use_dialog import read_only_badge

            self._read_only_label = read_only_badge()
            self.statusBar().addPermanentWidget(self._read_only_label)
        else:
            self.statusBar().showMessage(str(self.db.path))

    def _make_tab(self, spec: TabSpec) -> Tab:
        return spec.build(self.context)

    def language(self) -> str:
        return self._language or self.settings.language

    def tab(self, key: str) -> Tab:
        """The tab ``key`` of ``ui/shell/tabs.py``, built now if it was not yet."""
        return self._holders[key].content()

    def built_tabs(self) -> list[Tab]:
        return [h.content() for h in self._holders.values() if h.is_built]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._add(file_menu, self.tr("&New database…"), self.new_database,
                  QKeySequence("Ctrl+Shift+N"))
        self._add(file_menu, self.tr("&Open database…"), self.open_database,
                  QKeySequence(QKeySequence.StandardKey.Open))
        self._add(file_menu, self.tr("Save a &backup copy…"), self.backup_copy)
        self._add(file_menu, self.tr("Export &hand-over bundle…"), self.export_handover)
        self._add(file_menu, self.tr("&Import hand-over bundle…"), self.import_handover)
        restore = self._add(file_menu, self.tr("Restore from a bac&kup…"),
                            self.restore_from_backup)
        # A read-only window shares the file with the window that has it for changes: a
        # restore would be refused, and the file could then be reopened only read-only.
        restore.setEnabled(not self.db.read_only)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("E&xport report…"), self.export_report,
                  QKeySequence("Ctrl+E"))
        self._add(file_menu, self.tr("Report &register…"), self.show_register,
                  QKeySequence("Ctrl+R"))
        file_menu.addSeparator()
        self._save_action = self._add(file_menu, self.tr("&Save changes"), self.save_current,
                                      QKeySequence(QKeySequence.StandardKey.Save))
        self._add(file_menu, self.tr("Se&ttings…"), self.open_settings,
                  QKeySequence("Ctrl+,"))
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), self.close,
                  QKeySequence(QKeySequence.StandardKey.Quit))

        menus = {"file": file_menu, "year": bar.addMenu(self.tr("&Year"))}
        for spec in TABS:
            for action in spec.actions:
                added = self._add(
                    menus[action.menu], QCoreApplication.translate(CONTEXT, action.text),
                    lambda _=False, spec=spec, action=action: self._run(spec, action),
                    QKeySequence(action.shortcut) if action.shortcut else None)
                added.setEnabled(not (action.changes and self.db.read_only))

        help_menu = bar.addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&About ITA Desktop"), self.about)

    def _add(self, menu: QMenu, text: str, slot, shortcut: QKeySequence | None = None  # type: ignore[no-untyped-def]
             ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            # Window shortcuts work wherever the focus is, a dialog of the window excepted.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        # Also on the window itself, so the shortcut works while the menu bar is hidden.
        self.addAction(action)
        return action

    def _run(self, spec: TabSpec, action: TabAction) -> None:
        self.tabs.setCurrentWidget(self._holders[spec.key])
        getattr(self.tab(spec.key), action.method)()

    # --- fiscal year ----------------------------------------------------------------------
    def _fill_years(self) -> None:
        wanted = self.year.currentData() or self.settings.fiscal_year or current_fiscal_year()
        years = set(self.frameworks.years()) | {current_fiscal_year()}
        self.year.blockSignals(True)
        self.year.clear()
        for year in sorted(years, reverse=True):
            # In the digits chosen in Settings, as every number of the tab below it.
            self.year.addItem(apply_digits(str(year), self.settings.digit_style), year)
        index = self.year.findData(wanted)
        self.year.setCurrentIndex(index if index >= 0 else 0)
        self.year.blockSignals(False)

    def _select_year(self, year: int) -> None:
        before = self.selected_year()
        self._fill_years()
        index = self.year.findData(year)
        if index >= 0:
            self.year.setCurrentIndex(index)
        if self.selected_year() == before:
            # The same year, but its framework is new: the tabs show it again.
            for tab in self.built_tabs():
                tab.year_changed(before)

    def selected_year(self) -> int:
        return int(self.year.currentData())

    def _year_changed(self) -> None:
        year = self.selected_year()
        for tab in self.built_tabs():
            tab.year_changed(year)
        if year != self.settings.fiscal_year:
            # The year shown next time; when the file cannot be written the choice still
            # applies now, and the status bar says it will not be remembered.
            try:
                self._save_settings(replace(self.settings, fiscal_year=year))
            except AppError as exc:
                self.settings = replace(self.settings, fiscal_year=year)
                self.statusBar().showMessage(error_text(exc), 20000)

    def _save_settings(self, settings: Settings) -> None:
        """Save ``settings`` and use them; an ``AppError`` leaves the old ones in force."""
        self.settings = save_settings(self.db, settings)

    # --- unsaved changes --------------------------------------------------------------------
    def _update_title(self) -> None:
        unit = self.units.get()
        name = (unit.short_name or unit.full_name) if unit else ""
        file_name = self.db.path.name
        if self.db.read_only:
            file_name = fill(self.tr("%1 (read-only)"), file_name)
        parts = ["ITA Desktop", name, file_name]
        self.setWindowTitle(" — ".join(p for p in parts if p))

    def save_current(self) -> None:
        holder = self.tabs.currentWidget()
        if isinstance(holder, LazyTab) and holder.is_built:
            holder.content().save_changes()

    def confirm_unsaved(self) -> bool:
        """True when it is fine to leave the tabs as they are built now: nothing unsaved, or
        every tab's changes saved or discarded as the user chose."""
        from PySide6.QtWidgets import QMessageBox
        pending = [(tab, what) for tab in self.built_tabs() for what in tab.unsaved_changes()]
        if not pending:
            return True
        listed = "\n".join(f"• {what}" for _, what in pending)
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            fill(self.tr("These changes are not saved:\n%1\n\nSave them?"), listed),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        tabs = list(dict.fromkeys(tab for tab, _ in pending))
        if answer == QMessageBox.StandardButton.Save:
            for tab in tabs:
                if not tab.save_changes():
                    self.tabs.setCurrentWidget(tab.parentWidget())
                    return False
            return True
        if answer == QMessageBox.StandardButton.Discard:
            for tab in tabs:
                tab.discard_changes()
            return True
        return False

    # --- reports ----------------------------------------------------------------------------
    def export_report(self) -> None:
        from ita_desktop.ui.reports.export_dialog import ExportDialog

        if not self.confirm_unsaved():
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

        dialog = RegisterDialog(self.db, english=self.language() == "en",
                                digits=self.settings.digit_style,
                                folder=self.settings.export_dir(), parent=self)
        dialog.exec()
        dialog.deleteLater()

    # --- settings -----------------------------------------------------------------------------
    def open_settings(self) -> None:
        from ita_desktop.ui.shell.settings_dialog import SettingsDialog

        # The language in force (``--lang`` may differ from the saved one), so that changing
        # only the digits does not also switch the language.
        dialog = SettingsDialog(replace(self.settings, language=self.language()), self)
        accepted = dialog.exec()
        chosen = dialog.settings()
        dialog.deleteLater()
        if accepted:
            self.apply_settings(chosen)

    def apply_settings(self, new: Settings) -> bool:
        """Save and apply ``new``; all or nothing. A language change rebuilds the tabs, so it
        asks about unsaved changes first: cancelling leaves every setting as it was."""
        from PySide6.QtWidgets import QMessageBox
        language_changed = new.language != self.language()
        if language_changed and not self.confirm_unsaved():
            return False
        try:
            self._save_settings(new)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Settings not saved"), error_text(exc))
            return False
        self._language = None
        if language_changed:
            from ita_desktop.ui.shell.translation import install_translators

            app = QApplication.instance()
            assert isinstance(app, QApplication)
            install_translators(app, new.language)
            self._build()
            return True
        self._fill_years()
        for tab in self.built_tabs():
            tab.digits_changed(new.digit_style)
        return True

    def tell_upgraded(self, backup: Path) -> None:
        self.statusBar().showMessage(
            fill(self.tr("The database was upgraded; a copy from before is at %1"), backup),
            20000,
        )

    def tell_restored(self, result: RestoreResult) -> None:
        """Said once the window shows after a start-up restore: which copy the window now
        shows, and where the damaged file went. Not modal: the secretary reads it over the
        restored work."""
        from PySide6.QtWidgets import QMessageBox

        if result.before_restore is not None:
            text = fill(self.tr("The database could not be opened and was replaced by its "
                                "backup copy %1. Work saved after that copy is not in it. "
                                "The damaged file is kept as %2."),
                        result.restored_from.name, result.before_restore)
        else:
            text = fill(self.tr("The database was replaced by its backup copy %1. Work saved "
                                "after that copy is not in it."), result.restored_from.name)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup restored"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.restored_notice = box

    def tell_due(self, today: date) -> None:
        """Said once the window shows: the selected year's late work and the work due this
        week, in a small window beside this one (nothing when there is none). A year whose
        calendar cannot be read is not worth stopping the start for: it says nothing."""
        from ita_desktop.services import year_view
        from ita_desktop.ui.shell.due_notice import DueNotice

        try:
            summary = year_view.summary(self.db, self.selected_year(), today,
                                        self.settings.digit_style)
        except AppError:
            return
        if not summary:
            return
        notice = DueNotice(summary, today, digits=self.settings.digit_style, parent=self)
        notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        notice.show_in_calendar.connect(self.show_in_calendar)
        notice.show()
        self.due_notice = notice

    def show_in_calendar(self, ref: str) -> None:
        """Bring forward the entry ``ref`` names: in the tab that owns its kind (an OIT
        item in the OIT tab), in the Calendar tab otherwise."""
        kind = ref.partition(":")[0]
        key = next((spec.key for spec in TABS if kind in spec.refs), "calendar")
        holder = self._holders[key]
        self.tabs.setCurrentWidget(holder)
        tab = holder.content()
        tab.show_entry(ref)  # type: ignore[attr-defined]

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.about(
            self, self.tr("About ITA Desktop"),
            fill(self.tr("ITA Desktop %1\n\nThe yearly ITA paperwork of a police station or "
                         "immigration unit, kept offline in one file.\n\nDatabase: %2"),
                 __version__, self.db.path),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_unsaved():
            self.jobs.cancel_all()
            event.accept()
        else:
            event.ignore()
