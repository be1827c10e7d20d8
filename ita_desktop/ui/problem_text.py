"""Findings of the domain checks, said in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ita_desktop.domain.roster import COLUMN_HEADERS, Problem


def _tr(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


FIELD_NAMES = {
    "first_name": "first name",
    "last_name": "last name",
    "rank": "rank",
    "position": "position",
    "position_abbr": "position abbreviation",
    "section": "section",
    "phone": "phone",
    "email": "e-mail",
    "full_name": "full name of the unit",
    "website": "website",
}


def field_label(column: str) -> str:
    if column in FIELD_NAMES:
        return _tr(FIELD_NAMES[column])
    return column


def problem_text(problem: Problem) -> str:
    texts = {
        "missing_column": _tr("The column '%1' is missing from the header row."),
        "missing_value": _tr("'%1' is empty."),
        "empty_name": _tr("The first name is empty."),
        "unknown_rank": _tr("Unknown rank or title '%2'."),
        "female_civilian": _tr("'%2': หญิง and ว่าที่ go with police ranks only."),
        "duplicate_in_file": _tr("%2 appears again (first on row %3)."),
        "duplicate_in_roster": _tr("%2 is already in the roster."),
        "unknown_section": _tr("Unknown section '%2' for this unit (known: %3)."),
        "bad_email": _tr("'%2' is not an e-mail address."),
        "bad_website": _tr("'%2' is not a web address."),
        "too_long": _tr("'%1' is longer than 300 characters."),
        "no_rows": _tr("The sheet has no people below the header row."),
    }
    template = texts.get(problem.code)
    if template is None:
        return problem.english()
    column = problem.column
    if column not in COLUMN_HEADERS.values():
        column = field_label(column)
    text = template.replace("%1", column).replace("%2", problem.value).replace("%3", problem.other)
    if problem.row is not None:
        return _tr("Row %1: %2").replace("%1", str(problem.row)).replace("%2", text)
    return text


def problems_text(problems: list[Problem]) -> str:
    return "\n".join(problem_text(p) for p in problems)
