"""Asking for a fiscal year (starting a new year's framework): typed as a B.E. year in either
kind of digits, checked by the domain's rule, and read back as it is typed: the year's span,
whether it already has a framework, or why it is not a fiscal year and which year was meant."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.fiscal import FiscalYearError, fiscal_year_bounds, parse_fiscal_year
from ita_desktop.domain.thai_dates import format_date_range
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, fill, lay_out_form_dialog, show_error


class FiscalYearDialog(QDialog):
    """One fiscal year, typed; a C.E., two-digit or far-off year is refused, and the line
    under the field says so while it is typed, with the year that was meant.

    ``existing`` are the years that already have what the dialog starts (a framework): such a
    year is accepted too, and the dialog says that OK opens it rather than starting it again,
    also when the year meant by "2025" or "68" is one of them.
    """

    def __init__(self, title: str, prompt: str, suggested: int, *,
                 existing: Collection[int] = (),
                 digits: DigitStyle = DigitStyle.THAI, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._digits = digits
        self._today = today
        self._existing = frozenset(existing)
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
        self.edit.textChanged.connect(self._read_back)
        self._read_back()

    def _years(self, text: str) -> str:
        return apply_digits(text, self._digits)

    def _read_back(self) -> None:
        """The span of the year typed, or why it is no fiscal year, as the user types: the
        reason is never held back until OK."""
        try:
            year = parse_fiscal_year(self.edit.text(), self._today)
        except FiscalYearError as exc:
            self.span.clear()
            self.span.hide()
            if self.edit.text().strip():
                show_error(self.errors, self._refusal(exc))
            else:
                self.errors.hide()  # nothing typed yet: OK says what is missing
            return
        self.errors.hide()
        lines = [fill(self.tr("fiscal year %1: %2"), self._years(str(year)),
                      format_date_range(*fiscal_year_bounds(year), self._digits))]
        if year in self._existing:
            lines.append(self.tr("This year already has a framework: OK opens it."))
        self.span.setText("\n".join(lines))
        self.span.show()

    def _refusal(self, exc: FiscalYearError) -> str:
        """Why the text is no fiscal year; when the year meant already has a framework, also
        that typing it and OK open that framework."""
        text = error_text(exc)
        meant = exc.values.get("suggested")
        if meant in self._existing:
            text += "\n" + fill(self.tr("Fiscal year %1 already has a framework: type %1 and OK "
                                        "opens it."), meant)
        return self._years(text)

    def accept(self) -> None:
        try:
            self._year = parse_fiscal_year(self.edit.text(), self._today)
        except FiscalYearError as exc:
            show_error(self.errors, self._refusal(exc))
            self.edit.setFocus()
            self.edit.selectAll()
            return
        super().accept()

    def year(self) -> int | None:
        """The year accepted, None before OK was accepted."""
        return self._year
