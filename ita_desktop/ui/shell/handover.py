"""File › Export hand-over bundle… and File › Import hand-over bundle…: the window's side of
``services/bundle.py``.

Both run in the window's job runner behind a small dialog with a progress bar and Cancel (a
bundle of a year of photos takes a while to compress and to check). The import makes a new
database file and only then offers to open it in place of the open one; the open database is
never written to, whatever the answer.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import apply_digits
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.errors import AppError
from ita_desktop.files import same_file
from ita_desktop.services.bundle import (
    BUNDLE_SUFFIX,
    ExportedBundle,
    ImportedBundle,
    export_bundle,
    import_bundle,
)
from ita_desktop.store.migrations import LATEST_VERSION
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill
from ita_desktop.ui.common.jobs import Job, JobRunner, Work
from ita_desktop.ui.common.replace_file import may_write

if TYPE_CHECKING:
    from ita_desktop.ui.shell.main_window import MainWindow



class BundleJobDialog(QDialog):
    """Runs one bundle job with a progress bar; Cancel (or Esc, or closing) stops it and waits
    until the job has removed what it had written so far."""

    def __init__(self, title: str, text: str, work: Work, runner: JobRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.outcome: Any = None
        self.error: Exception | None = None
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self._job: Job = runner.start(work, on_done=self._done, on_error=self._failed,
                                      on_progress=self._progressed,
                                      on_cancelled=self._cancelled, owner=self)

    @property
    def busy(self) -> bool:
        return self._job.running

    def _progressed(self, done: int, total: int, text: str) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)
            return
        # QProgressBar counts in a 32-bit int: the bytes of a file past 1 GiB are scaled down.
        shift = max(0, total.bit_length() - 30)
        self.bar.setRange(0, max(total >> shift, 1))
        self.bar.setValue(done >> shift)

    def _done(self, outcome: object) -> None:
        self.outcome = outcome
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.error = exc
        self.done(QDialog.DialogCode.Rejected)

    def _cancelled(self) -> None:
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        if not self.busy:
            super().reject()
            return
        # Closed only once the job has stopped, so that its part files are gone by then.
        self._job.cancel()
        self.text.setText(self.tr("Cancelling…"))
        self.buttons.setEnabled(False)


class HandOver(QObject):
    """The two menu actions of one window (a QObject, so that its texts are translated in one
    context of their own). Made for one action and dropped after it: no parent, so that the
    window does not collect one per use."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window

    def _number(self, value: int) -> str:
        """In the digits of Settings, as every number on the screen."""
        return apply_digits(str(value), self.window.settings.digit_style)

    def _day(self, created: str) -> str:
        """The day a bundle was made, as the window writes dates; the manifest's text as it is
        when it is not a date (a bundle is checked by its hashes, not by this field)."""
        try:
            day = datetime.fromisoformat(created).date()
        except ValueError:
            return created[:40] or "?"
        if self.window.language() == "en":
            return apply_digits(day.isoformat(), self.window.settings.digit_style)
        return format_thai_date(day, DateForm.ABBR, self.window.settings.digit_style)

    def _run(self, title: str, text: str, work: Work) -> Any:
        """The job's result, or None when it was cancelled or refused (the refusal is shown)."""
        from PySide6.QtWidgets import QMessageBox

        dialog = BundleJobDialog(title, text, work, self.window.jobs, self.window)
        dialog.exec()
        dialog.deleteLater()
        if dialog.error is not None:
            if not isinstance(dialog.error, AppError):
                exc = dialog.error
                sys.excepthook(type(exc), exc, exc.__traceback__)
                return None
            QMessageBox.warning(self.window, title, error_text(dialog.error))
            return None
        return dialog.outcome

    def export(self) -> ExportedBundle | None:
        """Ask where, then write the bundle of the open database there."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        window = self.window
        if not window.confirm_unsaved():
            return None
        source = window.db.path
        title = self.tr("Export hand-over bundle")
        suggested = window.settings.export_dir() / (
            f"{source.stem}-handover-{date.today().isoformat()}{BUNDLE_SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(
            window, title, str(suggested), self.tr("Hand-over bundles (*.zip)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return None
        target = Path(name if name.lower().endswith(BUNDLE_SUFFIX) else name + BUNDLE_SUFFIX)
        if not may_write(window, target):
            return None
        made: ExportedBundle | None = self._run(
            title, fill(self.tr("Writing the whole database into %1…"), target.name),
            lambda progress, cancelled: export_bundle(source, target, force=True,
                                                      progress=progress, cancelled=cancelled))
        if made is not None:
            QMessageBox.information(window, self.tr("Hand-over bundle saved"), fill(
                self.tr("The hand-over bundle of %1 (%2 people, the whole database) was saved "
                        "to %3. Whoever receives it opens it with File › Import hand-over "
                        "bundle."),
                made.unit_name or source.name, self._number(made.people), made.path))
        return made

    def import_(self) -> ImportedBundle | None:
        """Ask for a bundle and a name for the new database, check and import the bundle
        there, then offer to open the new database in place of the open one."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        window = self.window
        title = self.tr("Import hand-over bundle")
        name, _ = QFileDialog.getOpenFileName(
            window, title, str(window.settings.export_dir()),
            self.tr("Hand-over bundles (*.zip);;All files (*)"))
        if not name:
            return None
        bundle = Path(name)
        name, _ = QFileDialog.getSaveFileName(
            window, self.tr("Save the imported database as"),
            str(window.settings.export_dir() / f"{bundle.stem}.sqlite"),
            self.tr("ITA Desktop databases (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return None
        target = Path(name if Path(name).suffix else name + ".sqlite")
        open_now = window.db.path
        # The open database is refused by the import itself, with its reason, not asked about.
        if not same_file(target, open_now) and not may_write(window, target):
            return None
        got: ImportedBundle | None = self._run(
            title, fill(self.tr("Checking %1 and saving its database as %2…"), bundle.name,
                        target.name),
            lambda progress, cancelled: import_bundle(bundle, target, force=True,
                                                      open_database=open_now,
                                                      progress=progress, cancelled=cancelled))
        if got is None:
            return None
        text = fill(self.tr("The hand-over bundle was imported as the new database %1:\n\n"
                            "%2, %3 people, made by ITA Desktop %4 on %5.\n\n"
                            "Open it now in place of %6? The database open now is left as it "
                            "is."),
                    got.path, got.unit_name or "-", self._number(got.people),
                    got.program_version or "?", self._day(got.created), open_now.name)
        if got.needs_upgrade:
            text += "\n\n" + fill(self.tr("It was made by an older ITA Desktop and is upgraded "
                                          "to schema version %1 when opened; a copy from "
                                          "before is kept."), self._number(LATEST_VERSION))
        answer = QMessageBox.question(
            window, self.tr("Hand-over bundle imported"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            window.switch_database(got.path)
        return got
