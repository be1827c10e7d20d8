"""Export a report: choose report, format, digits and file; preview the PDF pages; save; sign
off. Rendering runs as a job of the window's runner with a progress bar; the window stays
responsive, and closing the dialog cancels whatever it still had running."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPixmap, QShortcut
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
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.progress import CancelCheck, Cancelled, Progress, never_cancelled
from ita_desktop.domain.signoff import CONTEXT as SIGNOFF_CONTEXT
from ita_desktop.domain.signoff import role_text
from ita_desktop.errors import AppError
from ita_desktop.files import write_atomically
from ita_desktop.reports import signing
from ita_desktop.reports.unit_data import NoUnitError
from ita_desktop.services import reports as report_service
from ita_desktop.store.database import Database
from ita_desktop.store.errors import StoreError
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.report_register import SignOff
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, fill, lay_out_form_dialog, show_error
from ita_desktop.ui.common.jobs import Job, JobRunner
from ita_desktop.ui.framework.oit_item_dialog import ThaiDateField

PREVIEW_WIDTH = 520


def preview_pages(pdf: bytes, width: int = PREVIEW_WIDTH,
                  cancelled: CancelCheck = never_cancelled) -> list[bytes]:
    """Each page as PNG bytes ``width`` pixels wide (pdfium; runs in the job's thread)."""
    import io

    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for page in document:
            if cancelled():
                raise Cancelled
            scale = width / page.get_width()
            image = page.render(scale=scale).to_pil()
            out = io.BytesIO()
            image.save(out, "PNG")
            pages.append(out.getvalue())
    finally:
        document.close()
    return pages


class ExportDialog(QDialog):
    def __init__(self, db: Database, fiscal_year: int, digits: DigitStyle, folder: Path,
                 english: bool = False, parent: QWidget | None = None, *,
                 runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        # The window's runner; made here when the dialog is used on its own (tests, CLI-less
        # tools), and then it stops with the dialog.
        self.jobs = runner if runner is not None else JobRunner(self)
        self.setWindowTitle(self.tr("Export report"))
        self.resize(980, 760)
        self.db = db
        self.year = fiscal_year
        self.folder = folder
        self.english = english
        self.prepared: report_service.Prepared | None = None
        self.job: Job | None = None
        self.saved_path: Path | None = None

        self.report = QComboBox()
        for kind in signing.REPORT_KINDS.values():
            self.report.addItem(kind.english if english else kind.title, kind.key)
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
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("&Digits"), self.digits)
        save_to = QLabel(self.tr("Save &to"))
        save_to.setBuddy(self.path)  # a label without a buddy would show its "&" as text
        form.addRow(save_to, path_row)

        self.pages = QVBoxLayout()
        pages_box = QWidget()
        pages_box.setLayout(self.pages)
        self.scroll = QScrollArea()
        self.scroll.setWidget(pages_box)
        self.scroll.setWidgetResizable(True)
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
        preview = QVBoxLayout()
        preview.addWidget(QLabel(self.tr("Preview of the PDF pages")))
        preview.addWidget(self.scroll, 1)
        body.addLayout(preview, 3)
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

    def _report_changed(self) -> None:
        self.format.blockSignals(True)
        self.format.clear()
        for fmt in self.kind().formats:
            self.format.addItem(fmt.upper(), fmt)
        self.format.blockSignals(False)
        self.refresh()

    def _update_path(self) -> None:
        name = f"{self.kind().key}-{self.year}.{self.format.currentData()}"
        current = Path(self.path.text()) if self.path.text() else None
        folder = current.parent if current else self.folder
        self.path.setText(str(folder / name))

    def refresh(self) -> None:
        """Read the data again and preview it (also after a sign-off)."""
        self._update_path()
        show_error(self.errors, "")
        try:
            # Qt hands the enum back as its plain string value.
            self.prepared = report_service.prepare(self.db, self.kind().key, self.year,
                                                   DigitStyle(self.digits.currentData()))
        except (NoUnitError, signing.ReportError, StoreError) as exc:
            self.prepared = None
            show_error(self.errors, fill(self.tr("This report cannot be made yet: %1"), exc))
            self.status.setText("")
            self._set_busy(False)
            self.save_button.setEnabled(False)
            self.sign_button.setEnabled(False)
            return
        p = self.prepared
        if p.signed is not None:
            self.status.setText(fill(self.tr(
                "Report %1, version %2: signed off on %3. The data has not changed since, so "
                "the signed-off file is saved exactly as it was signed."),
                p.number, p.version, p.signed.signed_on.isoformat()))
        else:
            self.status.setText(fill(self.tr(
                "Report %1, version %2: DRAFT, not signed off. The signature blocks are left "
                "blank; sign it off to freeze this version with a verification line and QR code."),
                p.number, p.version))
        self.sign_button.setEnabled(p.signed is None)
        self.save_button.setEnabled(True)
        self._preview()

    # --- background work ------------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.progress.setFormat(text)
        for widget in (self.report, self.format, self.digits, self.save_button,
                       self.sign_button):
            widget.setEnabled(not busy)
        if not busy and self.prepared is not None:
            self.sign_button.setEnabled(self.prepared.signed is None)

    def _on_progress(self, done: int, total: int, text: str = "") -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def _run(self, text: str, fn: Callable[[Progress, CancelCheck], object],
             on_done: Callable[[object], None]) -> None:
        """Start ``fn`` (plain data in, plain data out) as the dialog's one job; a preview
        still being made for the previous choice is cancelled, not waited for."""
        if self.job is not None:
            self.job.cancel()
        self._set_busy(True, text)

        def finished(result: object) -> None:
            self._set_busy(False)
            on_done(result)

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            show_error(self.errors, str(exc))

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
        self._run(self.tr("Preparing the preview… %p%"), work, self._show_pages)

    def _show_pages(self, pages: object) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for png in pages:  # type: ignore[attr-defined]
            label = QLabel()
            pixmap = QPixmap()
            pixmap.loadFromData(png)
            label.setPixmap(pixmap)
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self.pages.addWidget(label)
        self.pages.addStretch(1)

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

        self._run(self.tr("Saving… %p%"), work, self._saved)

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
        dialog = SignOffDialog(PeopleRepository(self.db), self.prepared.kind.roles, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        signoffs = dialog.signoffs()
        p = self.prepared
        try:
            doc = report_service.signed_document(self.db, p, signoffs)
        except (signing.ReportError, StoreError) as exc:
            show_error(self.errors, str(exc))
            return
        formats = p.kind.formats

        def work(progress: Progress, cancelled: CancelCheck) -> dict[str, bytes]:
            return signing.render_all(doc, formats, progress)

        def store(files: object) -> None:
            try:
                record = report_service.record_sign_off(self.db, p, signoffs, files)  # type: ignore[arg-type]
            except StoreError as exc:
                QMessageBox.warning(self, self.tr("Not signed off"),
                                    error_text(exc) if isinstance(exc, AppError) else str(exc))
                return
            QMessageBox.information(self, self.tr("Signed off"), fill(self.tr(
                "Report %1 version %2 is signed off and frozen. Fingerprint %3."),
                record.report_number, record.version,
                signing.short_fingerprint(record.fingerprint)))
            self.refresh()

        self._run(self.tr("Signing off… %p%"), work, store)


class SignOffDialog(QDialog):
    """Each signer of the report's kind (``roles``, in printed order), a person of the roster,
    and when they signed."""

    def __init__(self, people: PeopleRepository, roles: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign off report"))
        self.people = people.all(include_inactive=False)
        self.combos: dict[str, QComboBox] = {}
        self.dates: dict[str, ThaiDateField] = {}
        form = QFormLayout()
        for n, role in enumerate(roles):
            combo = QComboBox()
            for person in self.people:
                combo.addItem(f"{person.display_name}  {person.position_abbr}", person.id)
            # Sensible first choices: the last signer (who approves or signs alone) is the
            # commander, first in the roster; the others the people after.
            combo.setCurrentIndex(min(len(self.people) - 1, len(roles) - 1 - n))
            when = ThaiDateField()
            when.set_date(date.today())
            row = QHBoxLayout()
            row.addWidget(combo, 2)
            row.addWidget(when, 1)
            label = QLabel(QCoreApplication.translate(SIGNOFF_CONTEXT, role_text(role).english))
            label.setBuddy(combo)
            form.addRow(label, row)
            self.combos[role] = combo
            self.dates[role] = when
        self.errors = error_label()
        buttons = lay_out_form_dialog(self, form, self.errors, QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.disconnect()
        buttons.accepted.connect(self._accept)

    def _accept(self) -> None:
        if not self.people:
            show_error(self.errors, self.tr("The roster is empty: add the signers first."))
            return
        if any(self.dates[role].date() is None for role in self.dates):
            show_error(self.errors, self.tr("Give the date of each signature, e.g. 21 พ.ย. 69."))
            return
        self.accept()

    def signoffs(self) -> list[SignOff]:
        by_id = {p.id: p for p in self.people}
        result = []
        for role, combo in self.combos.items():
            person = by_id[combo.currentData()]
            when = self.dates[role].date()
            assert when is not None
            result.append(SignOff(role, person.id, person.display_name,
                                  person.position_abbr or person.position, when))
        return result
