"""One step of an item's workflow (or of one monthly deliverable's): who makes it, from the
people holding the step's duty, a comment (required when returning) and, for publishing, the
web address, checked as it is typed, and the day it went up; ``record_step`` asks for them and
stores the step through the services."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.oit_plan import ItemPlan, OitYear
from ita_desktop.domain.oit_workflow import STEPS, Duty, Status, Step, url_problems
from ita_desktop.errors import AppError
from ita_desktop.services import oit as oit_service
from ita_desktop.store.database import Database
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, fill, lay_out_form_dialog, show_error
from ita_desktop.ui.common.thai_date_field import ThaiDateField
from ita_desktop.ui.oit.words import LATE_COLOUR, month_text, problems_text, status_text


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



def holders(year: OitYear, plan: ItemPlan, duties: frozenset[Duty],
            names: Mapping[int, str]) -> list[tuple[int, str]]:
    """(roster id, name) of everyone holding one of ``duties`` on the item: its preparers,
    its controllers, the unit's commander."""
    found: list[int] = []
    if Duty.PREPARER in duties:
        found += plan.assignment.preparers
    if Duty.CONTROLLER in duties:
        found += plan.assignment.controllers
    if Duty.COMMANDER in duties and year.commander_id is not None:
        found.append(year.commander_id)
    return [(person, names.get(person, str(person))) for person in dict.fromkeys(found)]


# The context is written out at each call: lupdate reads only literal contexts.
def record_step(parent: QWidget, db: Database, year: OitYear, plan: ItemPlan,
                month: date | None, to: Status, names: Mapping[int, str], today: date,
                digits: DigitStyle) -> bool:
    """Ask for the step of ``plan`` (or its deliverable of ``month``) to ``to`` and store it;
    True when it was stored. A refusal is said with every reason, nothing stored."""
    current = plan.track(month).status
    step = STEPS[(current, to)]
    people = holders(year, plan, step.duties, names)
    if not people:
        QMessageBox.information(
            parent, QCoreApplication.translate("StepDialog", "Nobody to make this step"),
            fill(QCoreApplication.translate(
                "StepDialog", "Nobody holds the duty this step needs on %1: assign a preparer "
                "and a controller (the commander is set in the unit's profile) first."),
                plan.code))
        return False
    what = plan.code if month is None else fill(QCoreApplication.translate(
        "StepDialog", "%1, the deliverable of %2"), plan.code, month_text(month, digits))
    heading = fill(QCoreApplication.translate("StepDialog", "%1: from %2 to %3"), what,
                   status_text(current), status_text(to))
    dialog = StepDialog(heading, step, people, today, digits, parent)
    try:
        if not dialog.exec():
            return False
        oit_service.change_status(
            db, year.fiscal_year, plan.assignment.item_key, month, to, dialog.person_id(),
            comment=dialog.comment_text(), url=dialog.url_text(),
            published_on=dialog.published_day())
    except AppError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate(
            "StepDialog", "Step not recorded"), problems_text(exc))
        return False
    finally:
        dialog.deleteLater()
    return True
