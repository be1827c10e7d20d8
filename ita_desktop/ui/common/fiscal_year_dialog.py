"""Asking for a fiscal year (starting a new year's framework): typed as a B.E. year in either
kind of digits, checked by the domain's rule, with the year's span read back as it is typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.fiscal import FiscalYearError, fiscal_year_bounds, parse_fiscal_year
from ita_desktop.domain.thai_dates import format_date_range
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, fill, lay_out_form_dialog, show_error


class FiscalYearDialog(QDialog):
    """One fiscal year, typed; OK refuses a C.E., two-digit or far-off year and says which
    year was meant, on the dialog's error line."""

    def __init__(self, title: str, prompt: str, suggested: int, *,
                 digits: DigitStyle = DigitStyle.THAI, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._digits = digits
        self._today = today
        self._year: int | None = None
        self.edit = QLineEdit(apply_digits(str(suggested), digits))
        self.edit.setPlaceholderText(fill(self.tr("e.g. %1"), apply_digits(str(suggested),
                                                                           digits)))
        # The year's first and last day: 2569 is "1 ต.ค. 2568 - 30 ก.ย. 2569", so a year typed
        # one off is seen before it is started.
        self.span = QLabel()
        self.errors = error_label()
        form = QFormLayout()
        form.addRow(prompt, self.edit)
        form.addRow("", self.span)
        lay_out_form_dialog(self, form, self.errors, accept=QDialogButtonBox.StandardButton.Ok)
        self.edit.textChanged.connect(self._show_span)
        self._show_span()

    def _show_span(self) -> None:
        try:
            year = parse_fiscal_year(self.edit.text(), self._today)
        except FiscalYearError:
            self.span.setText("")
            return
        self.errors.hide()
        self.span.setText(fill(self.tr("fiscal year %1: %2"), apply_digits(str(year),
                                                                           self._digits),
                               format_date_range(*fiscal_year_bounds(year), self._digits)))

    def accept(self) -> None:
        try:
            self._year = parse_fiscal_year(self.edit.text(), self._today)
        except FiscalYearError as exc:
            show_error(self.errors, error_text(exc))
            self.edit.setFocus()
            return
        super().accept()

    def year(self) -> int | None:
        """The year accepted, None before OK was accepted."""
        return self._year
