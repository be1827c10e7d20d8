"""The OIT tab's documents: the assignment table (ปฏิทินกิจกรรม ๒), the progress workbook and
report through the window's export dialog (preview, sign-off, register), and the web page for
the unit's website, saved as one file.

A button with a menu in the corner of the tab's pages, so every page reaches them; the command
line makes the same files (`export oit-assignments|oit-progress|oit-progress-report|
oit-web-page`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ita_desktop.domain.digits import apply_digits
from ita_desktop.errors import AppError
from ita_desktop.ui.common.documents_button import ReportsButton
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill
from ita_desktop.ui.shell.tab import TabContext

# The report kinds the menu offers, in the order a secretary needs them over the year.
REPORTS = ("oit-assignments", "oit-progress", "oit-progress-report")


class DocumentsButton(ReportsButton):
    """"Documents ▾": each report of the year's OIT work, and the web page."""

    def __init__(self, context: TabContext, may_leave: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, may_leave, parent)
        self.setText(self.tr("Documents"))
        self.setToolTip(self.tr("Export the year's OIT documents, or save the web page of the "
                                "year's OIT links for the unit's website"))
        titles = {
            "oit-assignments": self.tr("Assignment table (ปฏิทินกิจกรรม ๒)…"),
            "oit-progress": self.tr("Progress workbook (Excel)…"),
            "oit-progress-report": self.tr("Progress report with charts (PDF)…"),
        }
        self.add_reports({kind: titles[kind] for kind in REPORTS})
        self.report_menu.addSeparator()
        self.web_page_action = self.report_menu.addAction(
            self.tr("Web page for the unit's website…"))
        self.web_page_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.web_page_action.triggered.connect(self.save_web_page)

    def save_web_page(self) -> None:
        from ita_desktop.services import oit_exports

        if not self._may_leave():
            return
        year = self.context.year()
        suggested = self.context.export_dir() / f"oit-{year}.html"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the web page of the year's OIT items"), str(suggested),
            self.tr("Web pages (*.html)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".html", ".htm"):
            path = path.with_name(path.name + ".html")
        try:
            count = oit_exports.export_web_page(self.context.db, year, path)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Web page not saved"), error_text(exc))
            return
        QMessageBox.information(self, self.tr("Web page saved"), fill(
            self.tr("The %1 OIT items of fiscal year %2 were saved to %3, one file with "
                    "nothing else to copy: give it to the unit's webmaster to put on the "
                    "website."),
            *(apply_digits(str(n), self.context.digits()) for n in (count, year)), path))
