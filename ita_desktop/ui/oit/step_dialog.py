"""One step of an item's workflow (or of one monthly deliverable's): who makes it, from the
people holding the step's duty, a comment (required when returning) and, for publishing, the
web address, checked as it is typed, and the day it went up."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.oit_workflow import Step, url_problems
from ita_desktop.errors import AppError
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, lay_out_form_dialog, show_error
from ita_desktop.ui.common.thai_date_field import ThaiDateField
from ita_desktop.ui.oit.words import LATE_COLOUR


class StepDialog(QDialog):
    def __init__(self, heading: str, step: Step, people: Sequence[tuple[int, str]],
                 today: date, digits: DigitStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a step"))
        self._step = step
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.person = QComboBox()
        for person_id, name in people:
            self.person.addItem(name, person_id)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(90)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.url_check = QLabel()
        self.url_check.setWordWrap(True)
        self.published_on = ThaiDateField(digits=digits)
        self.published_on.set_date(today)
        self.errors = error_label()
        form = QFormLayout()
        form.addRow(self.heading)
        form.addRow(self.tr("&Who makes it:"), self.person)
        form.addRow(self.tr("Comment (what to correct):") if step.needs_comment
                    else self.tr("Comment (if any):"), self.comment)
        if step.publishes:
            form.addRow(self.tr("Web &address:"), self.url)
            form.addRow(self.url_check)
            form.addRow(self.tr("Published &on:"), self.published_on)
            self.url.textChanged.connect(self._check_url)
        else:
            for widget in (self.url, self.url_check, self.published_on):
                widget.hide()
        lay_out_form_dialog(self, form, self.errors, QDialogButtonBox.StandardButton.Ok)
        self.resize(520, self.sizeHint().height())

    def _check_url(self) -> None:
        problems = url_problems(self.url.text())
        if problems and self.url.text().strip():
            self.url_check.setText(error_text(problems[0]))
            self.url_check.setStyleSheet(f"color: {LATE_COLOUR.name()};")
        else:
            self.url_check.setText("")
            self.url_check.setStyleSheet("")

    def person_id(self) -> int:
        return int(self.person.currentData())

    def comment_text(self) -> str:
        return self.comment.toPlainText().strip()

    def url_text(self) -> str:
        return self.url.text().strip() if self._step.publishes else ""

    def published_day(self) -> date | None:
        return self.published_on.checked_date() if self._step.publishes else None

    def accept(self) -> None:
        # What the dialog can see for itself is said here, before anything is sent; the
        # services check the rest (who may, the dates against the log) inside the write.
        problems: list[AppError] = []
        if self._step.needs_comment and not self.comment_text():
            problems.append(AppError("oit.return_without_comment"))
        if self._step.publishes:
            problems += url_problems(self.url.text())
            try:
                if self.published_day() is None:
                    problems.append(AppError("oit.publish_without_date"))
            except AppError as exc:
                problems.append(exc)
        if problems:
            show_error(self.errors, "\n".join(error_text(p) for p in problems))
            return
        super().accept()

