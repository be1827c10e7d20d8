"""What a year without measures shows: one panel offering the two ways to start them."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.ui.common.forms import fill


class StartPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_year: int | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.carry_button = QPushButton()
        # No M: the tab bar's "ITA fra&mework" takes it on every tab.
        self.standard_button = QPushButton(self.tr("Start from the &standard measures"))
        self.standard_button.setToolTip(self.tr(
            "The measures the seeds list for the unit's kind: the One Stop Service items, "
            "communication and the OIT data, each with its issue and plan to edit"))
        # A fixed width: a box sized by its hint gave the wrapped texts one short line each
        # and cut the rest off.
        box = QWidget()
        box.setFixedWidth(640)
        layout = QVBoxLayout(box)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(12)
        layout.addWidget(self.carry_button)
        layout.addWidget(self.standard_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def offer(self, fiscal_year: int, last_year: int | None, digits: DigitStyle, *,
              writable: bool) -> None:
        """Offer to start ``fiscal_year``'s measures; from ``last_year``'s when there is one."""
        self.last_year = last_year
        self.heading.setText(apply_digits(fill(
            self.tr("Fiscal year %1 has no integrity measures yet"), fiscal_year), digits))
        if last_year is not None:
            self.explanation.setText(apply_digits(fill(self.tr(
                "Start from %1's measures (the same titles, issues, plans and people, without "
                "results, photos or meetings) or from the standard ones, then edit them."),
                last_year), digits))
        else:
            self.explanation.setText(self.tr(
                "Start from the standard measures of the unit's kind, then edit them."))
        self.carry_button.setVisible(last_year is not None)
        if last_year is not None:
            self.carry_button.setText(apply_digits(fill(
                self.tr("Start fr&om %1's measures"), last_year), digits))
        self.carry_button.setEnabled(writable)
        self.standard_button.setEnabled(writable)
