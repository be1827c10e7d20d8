"""How the OIT tab says an item's facts: its state in words and a colour, its due work, the
people on it, and a refusal with all its findings. Shared by the items table, the item editor
and the workflow panel so the three never word one fact two ways."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.oit import CadenceKind, dues_soon, late_dues
from ita_desktop.domain.oit_plan import ItemPlan
from ita_desktop.domain.oit_workflow import Status, status_word
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.errors import AppError
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill

# A state's colour backs its words, never replaces them: a printout or a colour-blind reader
# still reads the state. Green only once the item counts towards the score.
STATUS_COLOURS: Mapping[Status, QColor] = {
    Status.NOT_STARTED: QColor("#6b6b6b"),
    Status.IN_PREPARATION: QColor("#1f5fa8"),
    Status.SUBMITTED: QColor("#7a4fb0"),
    Status.RETURNED: QColor("#b00020"),
    Status.CHECKED: QColor("#8a6100"),
    Status.APPROVED: QColor("#2e7d32"),
    Status.PUBLISHED: QColor("#1b5e20"),
}
LATE_COLOUR = QColor("#b00020")
SOON_BACKGROUND = QColor("#fff4d6")


# The context is written out at each call: lupdate reads only literal contexts.


def status_text(status: Status) -> str:
    return error_text(status_word(status))


def day_text(day: date, digits: DigitStyle) -> str:
    return format_thai_date(day, DateForm.ABBR, digits)


def month_text(month: date, digits: DigitStyle) -> str:
    """A deliverable's month as a Thai office names it: "ต.ค. 67"."""
    return format_thai_date(month, DateForm.ABBR, digits).split(" ", 1)[1]


def due_text(plan: ItemPlan, digits: DigitStyle) -> str:
    """The item's deadline or cadence in a few words."""
    cadence = plan.assignment.cadence
    if cadence.kind is CadenceKind.ONCE:
        if cadence.due is None:
            return QCoreApplication.translate("OitWords", "no deadline set")
        return fill(QCoreApplication.translate("OitWords", "by %1"),
                    day_text(cadence.due, digits))
    if cadence.kind is CadenceKind.MONTHLY:
        return apply_digits(fill(QCoreApplication.translate(
            "OitWords", "monthly, due on day %1 of the next month"), cadence.day), digits)
    return apply_digits(fill(QCoreApplication.translate(
        "OitWords", "all year, at least %1 entries"), cadence.minimum), digits)


def marks(plan: ItemPlan, today: date) -> tuple[int, int]:
    """How many of the item's due pieces are late, and how many fall due within the week."""
    dues = plan.dues()
    return len(late_dues(dues, today)), len(dues_soon(dues, today))


def marks_text(late: int, soon: int, digits: DigitStyle) -> str:
    words = []
    if late:
        words.append(QCoreApplication.translate("OitWords", "late") if late == 1
                     else fill(QCoreApplication.translate("OitWords", "%1 late"), late))
    if soon:
        words.append(QCoreApplication.translate("OitWords", "due this week"))
    return apply_digits(", ".join(words), digits)


def names_text(people: Sequence[int], names: Mapping[int, str]) -> str:
    return ", ".join(names.get(person, fill(QCoreApplication.translate(
        "OitWords", "(person %1)"), person)) for person in people)


def problems_text(exc: AppError) -> str:
    """A refusal in full: a services' "problems" error lists each finding on its own line."""
    findings: list[AppError] | None = getattr(exc, "findings", None)
    if not findings:
        return error_text(exc)
    return "\n".join(f"• {error_text(finding)}" for finding in findings)
