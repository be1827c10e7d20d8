"""The report register in the window: every signed-off version, its signers and files; a saved
copy of any signed-off file; and checking whether a file someone sends back is one of them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.signoff import CONTEXT as SIGNOFF_CONTEXT
from ita_desktop.domain.signoff import SUBJECT_TEXT, Subject, role_text
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.errors import AppError, fill_named
from ita_desktop.services import reports as report_service
from ita_desktop.store.database import Database
from ita_desktop.store.report_register import VersionRecord
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import THAI_MARK_ROOM, fill
from ita_desktop.ui.common.replace_file import may_write

FORMAT_NAMES = {"pdf": "PDF", "docx": "Word", "xlsx": "Excel"}


class RegisterDialog(QDialog):
    def __init__(self, db: Database, *, english: bool = False,
                 digits: DigitStyle = DigitStyle.THAI, folder: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report register"))
        self.resize(980, 620)
        self._db = db
        self._english = english
        self._digits = digits
        self._folder = folder or Path.home()
        self.versions: list[VersionRecord] = report_service.signed_versions(db)

        intro = QLabel(self.tr(
            "Every signed-off version of every report. A signed-off version never changes: "
            "when the data changes, the next export is a new version that needs its own "
            "sign-off."
        ))
        intro.setWordWrap(True)
        intro.setContentsMargins(0, THAI_MARK_ROOM, 0, 0)
        self.table = QTableWidget(len(self.versions), 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("Report no."), self.tr("Version"), self.tr("Report"), self.tr("Subject"),
            self.tr("Fiscal year"), self.tr("Signed off"), self.tr("Digits of the files"),
            self.tr("Hash"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._fill()
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.empty = QLabel(self.tr(
            "No report has been signed off yet. Export a report (File › Export report…) and "
            "press \"Sign off…\"; it then appears here."
        ))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.versions)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.verify_button = QPushButton(self.tr("&Check a file…"))
        self.verify_button.setToolTip(self.tr(
            "Whether a file is exactly a signed-off version: a single changed byte is found."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_copy)
        self.verify_button.clicked.connect(self.check_file)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.table.itemSelectionChanged.connect(self._show_selected)
        if self.versions:
            self.table.selectRow(0)
        self._show_selected()

    # --- showing --------------------------------------------------------------------------
    def _number(self, text: str) -> str:
        """Report numbers and years as the documents print them (the unit's digits)."""
        return text if self._english else apply_digits(text, self._digits)

    def _date(self, when: date) -> str:
        if self._english:
            return when.isoformat()
        return format_thai_date(when, DateForm.ABBR, self._digits)

    def _title(self, version: VersionRecord) -> str:
        if self._english:
            from ita_desktop.reports.signing import REPORT_KINDS

            kind = REPORT_KINDS.get(version.kind)
            return kind.english if kind else version.title
        return version.title

    def _subject(self, subject: Subject) -> str:
        """What the report is about (a year, a meeting, an order), in the window's language."""
        text = QCoreApplication.translate(SIGNOFF_CONTEXT, SUBJECT_TEXT[subject.kind])
        return fill_named(text, {"key": self._number(subject.key)})

    def _files_digits(self, version: VersionRecord) -> str:
        """The digits a version's files are written in: they stay so whatever digits are
        chosen later."""
        if version.digit_style == DigitStyle.ARABIC:
            return self.tr("Arabic (123)")
        if version.digit_style == DigitStyle.THAI:
            return self.tr("Thai (๑๒๓)")
        return version.digit_style

    def _fill(self) -> None:
        from ita_desktop.reports.signing import short_fingerprint

        for row, v in enumerate(self.versions):
            cells = (self._number(v.report_number), self._number(str(v.version)),
                     self._title(v), self._subject(v.subject),
                     self._number(str(v.fiscal_year)), self._date(v.signed_on),
                     self._files_digits(v), short_fingerprint(v.fingerprint))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == len(cells) - 1:
                    item.setToolTip(v.fingerprint)
                self.table.setItem(row, column, item)

    def selected(self) -> VersionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()] if rows else None

    def _role(self, role: str) -> str:
        # The kind's own roles, worded by the translation (a role this program does not know
        # is shown by its key).
        return QCoreApplication.translate(SIGNOFF_CONTEXT, role_text(role).english)

    def _show_selected(self) -> None:
        version = self.selected()
        self.save_button.setEnabled(version is not None and bool(version.files))
        if version is None:
            self.details.clear()
            return
        from html import escape

        lines = [f"<p><b>{escape(self._title(version))}</b> — "
                 + escape(fill(self.tr("report %1, version %2, about %3"),
                               self._number(version.report_number),
                               self._number(str(version.version)),
                               self._subject(version.subject))) + "</p>",
                 "<table cellspacing='0' cellpadding='3'>"]
        for s in version.signoffs:
            lines.append(f"<tr><td>{escape(self._role(s.role))}</td>"
                         f"<td>{escape(s.name)}</td><td>{escape(s.position)}</td>"
                         f"<td>{escape(self._date(s.signed_on))}</td></tr>")
        lines.append("</table>")
        lines.append("<p>" + escape(self.tr("Hash (SHA-256 of the data):"))
                     + f"<br>{version.fingerprint}</p>")
        lines.append("<p>" + escape(fill(self.tr(
            "Signed-off files (SHA-256), written with %1 digits; a copy is always these "
            "files, whatever digits are chosen now:"), self._files_digits(version)))
            + "</p><table>")
        for fmt, digest in version.files.items():
            lines.append(f"<tr><td>{FORMAT_NAMES.get(fmt, fmt)}</td><td>{digest}</td>"
                         "</tr>")
        lines.append("</table>")
        self.details.setHtml("".join(lines))

    def select_version(self, version_id: int) -> None:
        for row, v in enumerate(self.versions):
            if v.id == version_id:
                self.table.selectRow(row)
                return

    # --- actions --------------------------------------------------------------------------
    def save_copy(self) -> None:
        version = self.selected()
        if version is None or not version.files:
            return
        formats = list(version.files)
        filters = [f"{FORMAT_NAMES.get(f, f)} (*.{f})" for f in formats]
        suggested = self._folder / f"{version.kind}-{version.report_number}-v{version.version}" \
            f".{formats[0]}"
        # The question whether to replace a file is asked once, below, for the name with its
        # extension (the file dialog would ask about the name without it).
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the signed-off file"), str(suggested),
            ";;".join(filters), options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        path = Path(name)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in formats:
            # The chosen filter names the format; its extension is added, never swapped in
            # for part of the name ("report v1.2" stays whole).
            fmt = formats[filters.index(chosen)] if chosen in filters else formats[0]
            path = path.with_name(f"{path.name}.{fmt}")
        if not may_write(self, path):
            return
        try:
            report_service.save_signed_copy(self._db, version, fmt, path)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return
        self._folder = path.parent
        QMessageBox.information(self, self.tr("Copy saved"),
                                fill(self.tr("The signed-off file was saved to %1, byte for "
                                             "byte as it was signed off."), path))

    def check_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Check a file against the register"), str(self._folder),
            self.tr("Reports (*.pdf *.docx *.xlsx);;All files (*)"))
        if not name:
            return
        path = Path(name)
        try:
            verdict = report_service.verify_file(self._db, path)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Cannot read the file"), error_text(exc))
            return
        title = self.tr("Check a file")
        v = verdict.version
        if v is not None:
            self.select_version(v.id)
        if verdict.exact and v is not None:
            fmt = verdict.format or ""
            QMessageBox.information(self, title, fill(self.tr(
                "%1 is exactly report %2, version %3 (%4), signed off %5."
            ), path.name, self._number(v.report_number), self._number(str(v.version)),
                FORMAT_NAMES.get(fmt, fmt), self._date(v.signed_on)))
        elif v is not None:
            QMessageBox.warning(self, title, fill(self.tr(
                "%1 is NOT a signed-off file. It names report %2, version %3, but its content "
                "differs from every file signed off for that version: it was changed after "
                "sign-off, or exported from other data."
            ), path.name, self._number(v.report_number), self._number(str(v.version))))
        else:
            QMessageBox.warning(self, title, fill(self.tr(
                "%1 is NOT a signed-off file: no signed-off report in this database has this "
                "content."
            ), path.name))
