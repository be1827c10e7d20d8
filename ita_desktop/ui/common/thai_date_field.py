"""The Thai date field every form shares: typed the way a Thai office writes a date, read back in
full beside it, so a mistyped day or year is seen before it is saved.

A form with a rule for its dates (a signature is never dated in the future) gives the field
that rule (``set_rule``): a date that breaks it is read back in red with the reason as its
tooltip, and ``checked_date`` refuses it with the reason, for the form's error line.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.thai_dates import DateForm, ThaiDateError, format_thai_date, parse_thai_date
from ita_desktop.errors import AppError
from ita_desktop.ui.common.error_text import error_text

DateRule = Callable[[date], object]
"""Raises an ``AppError`` for a date the form does not accept; its return value is ignored."""

_REFUSED_STYLE = "color: #b00020;"

# Room the line edit's frame and text margins take beside the text itself.
_EDIT_FRAME = 18


def _widest(texts: list[str], field: QWidget) -> int:
    metrics = field.fontMetrics()
    return max(metrics.horizontalAdvance(text) for text in texts)


# The widths of a year's dates by font, digit style and form: measuring 730 dates took a tab
# tens of milliseconds for every date field it built or switched, and they never change.
_FITTED: dict[tuple[str, DigitStyle, str], tuple[int, int]] = {}


class ThaiDateField(QWidget):
    """A date typed the Thai way ("28 ก.พ. 68", "๒๘ กุมภาพันธ์ ๒๕๖๘") and read back aloud.

    ``digits`` is the digit style of the screen the field is on: the date it writes into the
    box and the date it reads back both use it, so the field never shows two kinds of digits.
    Either kind is accepted when typed. The field is never narrower than the longest date it
    can show, so a date is never cut.
    """

    def __init__(self, parent: QWidget | None = None, *,
                 digits: DigitStyle = DigitStyle.THAI) -> None:
        super().__init__(parent)
        self._digits = digits
        self._rule: DateRule | None = None
        self.edit = QLineEdit()
        self.echo = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.echo, 1)
        self.edit.textChanged.connect(self._echo)
        self._fit()

    @property
    def digits(self) -> DigitStyle:
        return self._digits

    def set_digits(self, digits: DigitStyle) -> None:
        """Show the date with ``digits`` from now on; a date already typed is rewritten."""
        if digits == self._digits:
            return  # the same digits: the box and its width stay as they are
        self._digits = digits
        self._fit()
        try:
            value = self.date()
        except ThaiDateError:
            return  # what the user typed stays as typed until it reads as a date
        self.set_date(value)

    def _fit(self) -> None:
        self.edit.setPlaceholderText(
            apply_digits(self.tr("e.g. 28 ก.พ. 2568"), self._digits))
        key = (self.edit.font().key() + "|" + self.echo.font().key(), self._digits,
               self.edit.placeholderText())
        if key not in _FITTED:
            # Every day of a year: each month with each weekday, so the widest date fits.
            first = date(2025, 1, 1)
            days = [first + timedelta(days=n) for n in range(365)]
            typed = [format_thai_date(d, DateForm.ABBR, self._digits) for d in days]
            echoed = [format_thai_date(d, DateForm.WEEKDAY_FULL, self._digits) for d in days]
            _FITTED[key] = (_widest([*typed, self.edit.placeholderText()], self.edit)
                            + _EDIT_FRAME, _widest(echoed, self.echo))
        edit_width, echo_width = _FITTED[key]
        self.edit.setMinimumWidth(edit_width)
        self.echo.setMinimumWidth(echo_width)
        self._echo()

    def set_rule(self, rule: DateRule | None) -> None:
        """Check every date typed with ``rule`` from now on (None: any readable date)."""
        self._rule = rule
        self._echo()

    def set_date(self, value: date | None) -> None:
        self.edit.setText(format_thai_date(value, DateForm.ABBR, self._digits) if value else "")

    def date(self) -> date | None:
        """The date typed, None when empty; ``ThaiDateError`` when it cannot be read."""
        text = self.edit.text().strip()
        return parse_thai_date(text) if text else None

    def checked_date(self) -> date | None:
        """The date typed, None when empty; an ``AppError`` saying why when it cannot be read
        (``ThaiDateError``) or breaks the field's rule."""
        value = self.date()
        if value is not None and self._rule is not None:
            self._rule(value)
        return value

    def _echo(self) -> None:
        try:
            value = self.date()
        except ThaiDateError as exc:
            self.echo.setText(self.tr("not a date"))
            self.echo.setStyleSheet(_REFUSED_STYLE)
            self.echo.setToolTip(error_text(exc))
            return
        self.echo.setText(format_thai_date(value, DateForm.WEEKDAY_FULL, self._digits)
                          if value else "")
        try:
            self.checked_date()
        except AppError as exc:
            # The date as it was read stays in view (2568-03-15 is 15 March 2568), in red.
            self.echo.setStyleSheet(_REFUSED_STYLE)
            self.echo.setToolTip(error_text(exc))
            return
        self.echo.setStyleSheet("")
        self.echo.setToolTip("")
