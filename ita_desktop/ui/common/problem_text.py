"""Findings of the domain checks, said in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ita_desktop.domain.problems import Problem
from ita_desktop.domain.roster import COLUMN_HEADERS
from ita_desktop.ui.common.forms import fill

FIELD_NAMES = {
    "first_name": QT_TRANSLATE_NOOP("Problems", "first name"),
    "last_name": QT_TRANSLATE_NOOP("Problems", "last name"),
    "rank": QT_TRANSLATE_NOOP("Problems", "rank"),
    "position": QT_TRANSLATE_NOOP("Problems", "position"),
    "position_abbr": QT_TRANSLATE_NOOP("Problems", "position abbreviation"),
    "section": QT_TRANSLATE_NOOP("Problems", "section"),
    "phone": QT_TRANSLATE_NOOP("Problems", "phone"),
    "email": QT_TRANSLATE_NOOP("Problems", "e-mail"),
    "full_name": QT_TRANSLATE_NOOP("Problems", "full name of the unit"),
    "short_name": QT_TRANSLATE_NOOP("Problems", "short name of the unit"),
    "parent_bureau": QT_TRANSLATE_NOOP("Problems", "parent bureau"),
    "address": QT_TRANSLATE_NOOP("Problems", "address"),
    "website": QT_TRANSLATE_NOOP("Problems", "website"),
}


def field_label(column: str) -> str:
    if column in FIELD_NAMES:
        return QCoreApplication.translate("Problems", FIELD_NAMES[column])
    return column


def problem_text(problem: Problem, *, with_row: bool = True) -> str:
    texts = {
        "missing_column": QCoreApplication.translate(
            "Problems", "The column '%1' is missing from the header row."
        ),
        "missing_value": QCoreApplication.translate("Problems", "'%1' is empty."),
        "empty_name": QCoreApplication.translate("Problems", "The first name is empty."),
        "unknown_rank": QCoreApplication.translate("Problems", "Unknown rank or title '%2'."),
        "female_civilian": QCoreApplication.translate(
            "Problems", "'%2': หญิง and ว่าที่ go with police ranks only."
        ),
        "duplicate_in_file": QCoreApplication.translate(
            "Problems", "%2 appears again (first on row %3)."
        ),
        "duplicate_in_roster": QCoreApplication.translate(
            "Problems", "%2 is already in the roster."
        ),
        "unknown_section": QCoreApplication.translate(
            "Problems", "Unknown section '%2' for this unit (known: %3)."
        ),
        "bad_email": QCoreApplication.translate("Problems", "'%2' is not an e-mail address."),
        "bad_phone": QCoreApplication.translate(
            "Problems", "'%2' is not a phone number: it has letters."
        ),
        "bad_website": QCoreApplication.translate("Problems", "'%2' is not a web address."),
        "too_long": QCoreApplication.translate("Problems", "'%1' is longer than 300 characters."),
        "no_rows": QCoreApplication.translate(
            "Problems", "The sheet has no people below the header row."
        ),
        "template_example": QCoreApplication.translate(
            "Problems", "This row carries the remark of the template's example row; if it is "
            "a real person, delete the remark, otherwise delete the row."
        ),
        "template_example_skipped": QCoreApplication.translate(
            "Problems", "Skipped: the template's example row (%2)."
        ),
        "only_invisible": QCoreApplication.translate(
            "Problems", "'%1' holds only invisible characters (such as zero-width spaces)."
        ),
        "stray_mark": QCoreApplication.translate(
            "Problems", "'%1' has a vowel or tone mark with no letter under it (%3): '%2'."
        ),
        "unprintable": QCoreApplication.translate(
            "Problems", "'%1' has characters the documents cannot print (%3): '%2'."
        ),
        "name_date": QCoreApplication.translate(
            "Problems", "'%1' holds a date, not a name: '%2'."
        ),
        "name_symbols": QCoreApplication.translate(
            "Problems", "'%1' has characters no name has (%3): '%2'."
        ),
        "name_no_letters": QCoreApplication.translate("Problems", "'%1' has no letters: '%2'."),
    }
    template = texts.get(problem.code)
    if template is None:
        return problem.english()
    column = problem.column
    if column not in COLUMN_HEADERS.values():
        column = field_label(column)
    # One pass: a cell's value may itself hold "%2" and must be shown as it is.
    text = fill(template, column, problem.value, problem.other)
    if with_row and problem.row is not None:
        return fill(QCoreApplication.translate("Problems", "Row %1: %2"), problem.row, text)
    return text


def problems_text(problems: list[Problem]) -> str:
    return "\n".join(problem_text(p) for p in problems)
