"""Export a report: choose report, format, digits and file; preview the PDF pages; save; sign
off. Rendering runs as a job of the window's runner with a progress bar; the window stays
responsive, and closing the dialog cancels whatever it still had running.

The numbers and dates the dialog shows (report number, version, day of signing) follow its
Digits choice, which starts at the digits chosen in Settings (screen and documents) and is the
digits of the document in the preview beside them; the sign-off dialog it opens writes its
dates with the same digits. A signed-off version keeps the files it was signed with: when the
data has not changed, its files are saved in their own digits, and the dialog says so.

Saving never replaces a file without asking, and a draft is suggested under another name than
a signed-off version ("-draft"), so that the two are not saved over each other by habit.

A tab may open the dialog on one report about one subject (the Committee tab: the order
selected); the subject applies to the reports about that kind of subject, and the others are
still about what they are about by default."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.progress import CancelCheck, Cancelled, Progress
from ita_desktop.domain.signoff import SUBJECT_TEXT, Subject, SubjectKind
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.errors import AppError, fill_named
from ita_desktop.files import write_atomically
from ita_desktop.reports import signing
from ita_desktop.services import reports as report_service
from ita_desktop.services.roster import roster_in_order
from ita_desktop.store.database import Database
from ita_desktop.ui.common.error_text import error_text, file_error_reason
from ita_desktop.ui.common.forms import error_label, fill, show_error
from ita_desktop.ui.common.jobs import Job, JobRunner
from ita_desktop.ui.common.pdf_preview import PdfPreview, preview_pages
from ita_desktop.ui.common.replace_file import may_write
from ita_desktop.ui.common.screen import fit_to_screen
from ita_desktop.ui.common.sign_off_dialog import SignOffDialog

# Room for the form beside an A4 page of the preview where the screen has it; on a 1366×768
# laptop the dialog takes what the screen has and the preview scrolls.
PREFERRED_SIZE = (980, 760)


class ExportDialog(QDialog):
    def __init__(self, db: Database, fiscal_year: int, digits: DigitStyle, folder: Path,
                 english: bool = False, parent: QWidget | None = None, *,
                 runner: JobRunner | None = None, kind: str | None = None,
                 subject: Subject | None = None) -> None:
        super().__init__(parent)
        # The window's runner; made here when the dialog is used on its own (tests, CLI-less
        # tools), and then it stops with the dialog.
        self.jobs = runner if runner is not None else JobRunner(self)
        self.setWindowTitle(self.tr("Export report"))
        fit_to_screen(self, *PREFERRED_SIZE)
        self.db = db
        self.year = fiscal_year
        self.folder = folder
        self.english = english
        self.subject = subject
        self.prepared: report_service.Prepared | None = None
        self.job: Job | None = None
        self.saved_path: Path | None = None

        self.report = QComboBox()
        for each in signing.REPORT_KINDS.values():
            self.report.addItem(each.english if english else each.title, each.key)
        if kind is not None:
            self.report.setCurrentIndex(max(0, self.report.findData(kind)))
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.format = QComboBox()
        self.digits = QComboBox()
        self.digits.addItem(self.tr("Thai digits (๑๒๓)"), DigitStyle.THAI)
        self.digits.addItem(self.tr("Arabic digits (123)"), DigitStyle.ARABIC)
        self.digits.setCurrentIndex(0 if digits is DigitStyle.THAI else 1)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.errors = error_label()

        form = QFormLayout()
        form.addRow(self.tr("&Report"), self.report)
        form.addRow(self.tr("About"), self.about)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("&Digits"), self.digits)
        save_to = QLabel(self.tr("Save &to"))
        save_to.setBuddy(self.path)  # a label without a buddy would show its "&" as text
        form.addRow(save_to, path_row)

        self.preview = PdfPreview(self.tr("Preview of the PDF pages"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.sign_button = QPushButton(self.tr("Sign &off…"))
        self.open_folder = QPushButton(self.tr("Open fo&lder"))
        self.open_folder.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.save_button, self.sign_button, self.open_folder):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.sign_button.clicked.connect(self.sign_off)
        self.open_folder.clicked.connect(self.show_folder)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.status)
        left.addWidget(self.errors)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.preview, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)

        self.report.currentIndexChanged.connect(self._report_changed)
        self.format.currentIndexChanged.connect(self._update_path)
        self.digits.currentIndexChanged.connect(self.refresh)
        self._report_changed()

    # --- state ----------------------------------------------------------------------------
    def kind(self) -> signing.ReportKind:
        return signing.REPORT_KINDS[self.report.currentData()]

    def subject_of(self, kind: signing.ReportKind) -> Subject | None:
        """The subject the dialog was opened on, for a report about that kind of subject;
        None (the report's own default) for the others."""
        if self.subject is not None and kind.subject is self.subject.kind:
            return self.subject
        return None

    def shown_digits(self) -> DigitStyle:
        """The digits of the numbers and dates this dialog and its sign-off dialog show."""
        return DigitStyle(self.digits.currentData())

    def _number(self, value: object) -> str:
        return apply_digits(str(value), self.shown_digits())

    def _date(self, when: date) -> str:
        return format_thai_date(when, DateForm.ABBR, self.shown_digits())

    def _digit_name(self, digits: DigitStyle) -> str:
        return self.tr("Thai") if digits is DigitStyle.THAI else self.tr("Arabic")

    def _title(self) -> str:
        """What is being exported or signed: the report, its number and version."""
        assert self.prepared is not None
        p = self.prepared
        return fill(self.tr("%1, report no. %2, version %3"),
                    p.kind.english if self.english else p.kind.title,
                    self._number(p.number), self._number(p.version))

    def _about(self, subject: Subject) -> str:
        """What the report is about, as the register names it (คำสั่งที่ N/YYYY), in the
        window's language and the dialog's digits."""
        return fill_named(QCoreApplication.translate("SignOff", SUBJECT_TEXT[subject.kind]),
                          {"key": self._number(subject.key)})

    def _report_changed(self) -> None:
        self.format.blockSignals(True)
        self.format.clear()
        for fmt in self.kind().formats:
            self.format.addItem(fmt.upper(), fmt)
        self.format.blockSignals(False)
        self.refresh()

    def _update_path(self) -> None:
        p = self.prepared
        if p is not None and p.kind.key == self.kind().key and p.signed is not None:
            stem = f"{p.kind.key}-{p.number}-v{p.version}"  # as the register names a copy
        else:
            subject = p.subject if p is not None and p.kind.key == self.kind().key else None
            if subject is not None and subject.kind is SubjectKind.ORDER:
                # One draft file per order: two orders of a year are not saved over each other.
                stem = f"{self.kind().key}-{subject.key.replace('/', '-')}-draft"
            else:
                stem = f"{self.kind().key}-{self.year}-draft"
        name = f"{stem}.{self.format.currentData()}"
        current = Path(self.path.text()) if self.path.text() else None
        folder = current.parent if current else self.folder
        self.path.setText(str(folder / name))

    def refresh(self) -> None:
        """Read the data again and preview it (also after a sign-off)."""
        show_error(self.errors, "")
        try:
            # Qt hands the enum back as its plain string value.
            self.prepared = report_service.prepare(self.db, self.kind().key, self.year,
                                                   DigitStyle(self.digits.currentData()),
                                                   self.subject_of(self.kind()))
        except AppError as exc:
            self.prepared = None
            self.about.setText("")
            self._update_path()
            show_error(self.errors, fill(self.tr("This report cannot be made yet: %1"),
                                         error_text(exc)))
            self.status.setText("")
            self._set_busy(False)
            self.save_button.setEnabled(False)
            self.sign_button.setEnabled(False)
            return
        p = self.prepared
        self._update_path()
        self.about.setText(self._about(p.subject))
        if p.signed is not None:
            text = fill(self.tr(
                "Report %1, version %2: signed off on %3. The data has not changed since, so "
                "the signed-off file is saved exactly as it was signed, with %4 digits."),
                self._number(p.number), self._number(p.version),
                self._date(p.signed.signed_on), self._digit_name(p.signed_digits))
            if p.signed_digits is not p.digits:
                text += " " + fill(self.tr(
                    "It keeps the digits it was signed off with: %1 digits alone make no new "
                    "version."), self._digit_name(p.digits))
            self.status.setText(text)
        elif p.numbered:
            self.status.setText(fill(self.tr(
                "Report %1, version %2: DRAFT, not signed off. The signature blocks are left "
                "blank; sign it off to freeze this version with a verification line and QR code."),
                self._number(p.number), self._number(p.version)))
        else:
            # The number of a report not yet in the register is given at sign-off: another
            # report signed off first would take the one a draft might show.
            self.status.setText(fill(self.tr(
                "New report of fiscal year %1: DRAFT, not signed off. It gets its report "
                "number when it is signed off. The signature blocks are left blank; sign it "
                "off to freeze this version with a verification line and QR code."),
                self._number(p.fiscal_year)))
        self.sign_button.setEnabled(p.signed is None)
        self.save_button.setEnabled(True)
        self._preview()

    # --- background work ------------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str = "", *, choices_open: bool = False) -> None:
        """While a job runs, Save and Sign off wait; the report, format and digits stay open
        during a preview (choosing again cancels it), and wait while saving or signing."""
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.progress.setFormat(text)
        for widget in (self.report, self.format, self.digits):
            widget.setEnabled(not busy or choices_open)
        for widget in (self.save_button, self.sign_button):
            widget.setEnabled(not busy)
        if not busy and self.prepared is not None:
            self.sign_button.setEnabled(self.prepared.signed is None)

    def _on_progress(self, done: int, total: int, text: str = "") -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def _refused(self, exc: Exception) -> None:
        """A refusal (an ``AppError``) on the error line, in the window's language; anything
        else is a defect, for the crash dialog and its report."""
        if isinstance(exc, AppError):
            show_error(self.errors, error_text(exc))
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _run(self, text: str, fn: Callable[[Progress, CancelCheck], object],
             on_done: Callable[[object], None],
             on_error: Callable[[Exception], None] | None = None, *,
             choices_open: bool = False) -> None:
        """Start ``fn`` (plain data in, plain data out) as the dialog's one job; a preview
        still being made for the previous choice is cancelled, not waited for."""
        if self.job is not None:
            self.job.cancel()
        self._set_busy(True, text, choices_open=choices_open)
        refused = on_error or self._refused

        def finished(result: object) -> None:
            self._set_busy(False)
            on_done(result)

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            refused(exc)

        self.job = self.jobs.start(fn, on_done=finished, on_error=failed,
                                   on_progress=self._on_progress, owner=self)

    def _preview(self) -> None:
        assert self.prepared is not None
        p = self.prepared
        # Read on the window's thread (the database connection is its own); only the bytes
        # or the document tree go to the worker.
        if p.signed is not None:
            pdf = report_service.export_bytes(self.db, p, "pdf")

            def work(progress: Progress, cancelled: CancelCheck) -> list[bytes]:
                return preview_pages(pdf, cancelled=cancelled)
        else:
            doc = signing.draft_document(p)

            def work(progress: Progress, cancelled: CancelCheck) -> list[bytes]:
                return preview_pages(signing.render(doc, "pdf", progress), cancelled=cancelled)
        self._run(self.tr("Preparing the preview… %p%"), work, self._show_pages,
                  choices_open=True)

    def _show_pages(self, pages: object) -> None:
        self.preview.show_pages(pages)  # type: ignore[arg-type]

    # --- actions --------------------------------------------------------------------------
    def browse(self) -> None:
        fmt = self.format.currentData()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save report as"), self.path.text(),
                                              f"{fmt.upper()} (*.{fmt})")
        if name:
            self.path.setText(name if name.lower().endswith(f".{fmt}") else f"{name}.{fmt}")

    def save(self) -> None:
        if self.prepared is None or self.busy:
            return
        target = Path(self.path.text().strip())
        if not self.path.text().strip():
            show_error(self.errors, self.tr("Choose where to save the report."))
            return
        if not may_write(self, target):
            return
        fmt = self.format.currentData()
        p = self.prepared
        stored = report_service.export_bytes(self.db, p, fmt) if p.signed is not None else None
        doc = None if stored is not None else signing.draft_document(p)

        def work(progress: Progress, cancelled: CancelCheck) -> Path:
            data = stored if stored is not None else signing.render(doc, fmt, progress)
            if cancelled():
                raise Cancelled  # closed while rendering: nothing is written
            write_atomically(target, data, make_folder=True)
            return target

        def not_written(exc: Exception) -> None:
            if isinstance(exc, OSError):
                show_error(self.errors, fill(
                    self.tr("Cannot write %1 (%2). Nothing was written there."), target,
                    file_error_reason(exc)))
            else:
                self._refused(exc)

        self._run(self.tr("Saving… %p%"), work, self._saved, not_written)

    def _saved(self, target: object) -> None:
        self.saved_path = Path(str(target))
        self.open_folder.setEnabled(True)
        self.status.setText(self.status.text() + "\n"
                            + fill(self.tr("Saved to %1."), self.saved_path))

    def show_folder(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))

    def sign_off(self) -> None:
        if self.prepared is None or self.prepared.signed is not None:
            return
        self.errors.hide()  # a refusal of the last attempt no longer applies
        try:
            # In official order: the commander first, as the dialog's first choices expect.
            people = [p for p in roster_in_order(self.db) if p.active]
        except AppError as exc:
            self._refused(exc)
            return
        dialog = SignOffDialog(people, self.prepared.kind.roles, document=self._title(),
                               digits=self.shown_digits(),
                               fiscal_year=self.prepared.fiscal_year,
                               data_as_of=report_service.data_as_of(self.prepared), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        signoffs = dialog.signoffs()
        p = self.prepared
        try:
            doc = report_service.signed_document(self.db, p, signoffs)
        except AppError as exc:
            self._refused(exc)
            return
        formats = p.kind.formats
        signed_at = doc.created

        def work(progress: Progress, cancelled: CancelCheck) -> dict[str, bytes]:
            return signing.render_all(doc, formats, progress)

        def store(files: object) -> None:
            try:
                record = report_service.record_sign_off(self.db, p, signoffs, files,  # type: ignore[arg-type]
                                                        signed_at)
            except AppError as exc:
                QMessageBox.warning(self, self.tr("Not signed off"), error_text(exc))
                return
            QMessageBox.information(self, self.tr("Signed off"), fill(self.tr(
                "Report %1 version %2 is signed off and frozen. Hash %3."),
                self._number(record.report_number), self._number(record.version),
                signing.short_fingerprint(record.fingerprint)))
            self.refresh()

        self._run(self.tr("Signing off… %p%"), work, store)
