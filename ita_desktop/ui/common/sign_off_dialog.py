"""Who signs a document off, and on which day: one dialog for every document the program
freezes (unit reports, committee orders, meeting minutes, the calendar).

The caller says what is signed (``document``, a line such as "คำสั่งที่ ๑๒/๒๕๖๘"), who signs
it (``roles``, the kind's signer roles from ``domain/signoff.py`` in printed order), who may
sign (the roster's people) and, when it knows, who signs in which role (``chosen``: the order's
signer, the meeting's chair). The dialog reads no database; ``signoffs()`` hands back what was
chosen, for the caller's service to record.

One person in several roles (preparer, checker and approver) is allowed, since a small unit
may have no one else, but the dialog says so while it is chosen: the checks are meant to be
made by others.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.fiscal import check_signing_date
from ita_desktop.domain.roster import Person
from ita_desktop.domain.signoff import CONTEXT as SIGNOFF_CONTEXT
from ita_desktop.domain.signoff import SignOff, role_text
from ita_desktop.domain.thai_dates import DateForm, ThaiDateError, format_thai_date
from ita_desktop.errors import AppError
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, fill, grow_with_contents, show_error
from ita_desktop.ui.common.thai_date_field import ThaiDateField


def role_label(role: str) -> str:
    """A signer role as the window names it (the documents print ``role_text(role).thai``)."""
    return QCoreApplication.translate(SIGNOFF_CONTEXT, role_text(role).english)


class SignOffDialog(QDialog):
    """Each signer of a document, a person of the roster, and the day they signed.

    ``digits`` is the digit style of the document being signed; the dates are shown with it.
    A date is never in the future, nor, for a document of ``fiscal_year``, before that year's
    documents are signed (``domain/fiscal.py: check_signing_date``).
    """

    def __init__(self, people: Sequence[Person], roles: Sequence[str], *,
                 document: str = "", digits: DigitStyle = DigitStyle.THAI,
                 chosen: Mapping[str, int] | None = None, today: date | None = None,
                 fiscal_year: int | None = None, data_as_of: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign off"))
        self.people = [p for p in people if p.id is not None]
        self.combos: dict[str, QComboBox] = {}
        self.dates: dict[str, ThaiDateField] = {}
        chosen = chosen or {}
        today = today or date.today()
        # The example in a refusal is written as the dates are: in the document's digits.
        self._example = format_thai_date(today, DateForm.ABBR_SHORT_YEAR, digits)

        heading = QLabel(document)
        heading.setWordWrap(True)
        heading.setVisible(bool(document))
        heading.setStyleSheet("font-weight: bold;")

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Name and position")), 0, 1)
        grid.addWidget(QLabel(self.tr("Date of signature")), 0, 2)
        for n, role in enumerate(roles, start=1):
            combo = QComboBox()
            for person in self.people:
                combo.addItem(f"{person.display_name}  {person.position_abbr}", person.id)
            index = combo.findData(chosen[role]) if role in chosen else -1
            if index < 0:
                # Sensible first choices: the last signer (who approves or signs alone) is the
                # commander, first in the roster; the others the people after.
                index = min(len(self.people) - 1, len(roles) - n)
            combo.setCurrentIndex(index)
            when = ThaiDateField(digits=digits)
            when.set_rule(partial(check_signing_date, fy=fiscal_year, today=today,
                                  data_as_of=data_as_of))
            when.set_date(today)
            when.edit.textChanged.connect(self._show_date_problems)
            label = QLabel(role_label(role))
            label.setBuddy(combo)
            grid.addWidget(label, n, 0)
            grid.addWidget(combo, n, 1)
            grid.addWidget(when, n, 2)
            self.combos[role] = combo
            self.dates[role] = when
        grid.setColumnStretch(1, 1)

        self.repeated = QLabel()
        self.repeated.setWordWrap(True)
        # A warning, not a refusal: amber, where the red error line would say "not saved".
        self.repeated.setStyleSheet("color: #8a5300; padding: 2px;")
        self.repeated.hide()
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self._show_repeated)
        self._show_repeated()

        self.errors = error_label()
        grow_with_contents(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.repeated)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _show_repeated(self) -> None:
        """Name each person chosen for more than one role, and those roles."""
        roles: dict[int, list[str]] = {}
        for role, combo in self.combos.items():
            if combo.currentData() is not None:
                roles.setdefault(combo.currentData(), []).append(role)
        names = {p.id: p.display_name for p in self.people}
        lines = [fill(self.tr("%1 signs as %2. This is allowed, but the document then lacks "
                              "a check by another person."),
                      names[who], ", ".join(role_label(r) for r in found))
                 for who, found in roles.items() if len(found) > 1]
        self.repeated.setText("\n".join(lines))
        self.repeated.setVisible(bool(lines))

    def _date_problems(self) -> list[tuple[ThaiDateField, str]]:
        """Each row whose date is missing, unreadable or breaks the rule, with its reason."""
        found = []
        for role, field in self.dates.items():
            name = role_label(role)
            try:
                when = field.checked_date()
            except ThaiDateError as exc:
                found.append((field, fill(self.tr("%1: %2. Type it as, e.g., %3."),
                                          name, error_text(exc), self._example)))
                continue
            except AppError as exc:
                found.append((field, fill(self.tr("%1: %2"), name, error_text(exc))))
                continue
            if when is None:
                found.append((field, fill(self.tr("%1: the date of signature is missing. "
                                                  "Type it as, e.g., %2."),
                                          name, self._example)))
        return found

    def _show_date_problems(self) -> list[ThaiDateField]:
        """Say, one line per row, why each red date is refused, while it is typed: the red
        read-back alone does not say why, and OK would have named only the first row."""
        problems = self._date_problems()
        if problems:
            show_error(self.errors, "\n".join(text for _, text in problems))
        else:
            self.errors.hide()
        return [field for field, _ in problems]

    def _accept(self) -> None:
        if not self.people:
            show_error(self.errors, self.tr("The roster is empty: add the signers first."))
            return
        refused = self._show_date_problems()
        if refused:
            refused[0].edit.setFocus()
            return
        self.accept()

    def signoffs(self) -> list[SignOff]:
        """Who signed in each role and when, in the order of ``roles``."""
        by_id = {p.id: p for p in self.people}
        result = []
        for role, combo in self.combos.items():
            person = by_id[combo.currentData()]
            when = self.dates[role].date()
            assert when is not None  # _accept let no empty or unreadable date through
            result.append(SignOff(role, person.id, person.display_name,
                                  person.position_abbr or person.position, when))
        return result
