"""A finding of the domain's checks: a code and the values that go with it, not a sentence,
so that the window can say it in Thai and the command line in English from the same finding.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One finding. ``row`` is the spreadsheet row number (1-based), or None for the file."""

    code: str
    row: int | None = None
    column: str = ""
    value: str = ""
    other: str = ""

    def english(self) -> str:
        where = f"row {self.row}: " if self.row is not None else ""
        text = PROBLEM_TEXTS[self.code].format(
            column=self.column, value=self.value, other=self.other
        )
        return where + text


PROBLEM_TEXTS: dict[str, str] = {
    "missing_column": "the column '{column}' is missing from the header row",
    "missing_value": "'{column}' is empty",
    "empty_name": "the first name is empty",
    "unknown_rank": "unknown rank or title '{value}'",
    "female_civilian": "'{value}': หญิง and ว่าที่ go with police ranks only",
    "duplicate_in_file": "{value} appears again (first on row {other})",
    "duplicate_in_roster": "{value} is already in the roster",
    "unknown_section": "unknown section '{value}' for this unit (known: {other})",
    "bad_email": "'{value}' is not an e-mail address",
    "bad_phone": "'{value}' is not a phone number: it has letters",
    "bad_website": "'{value}' is not a web address",
    "too_long": "'{column}' is longer than 300 characters",
    "no_rows": "the sheet has no people below the header row",
    "template_example": "this row carries the remark of the template's example row; if it is "
                        "a real person, delete the remark, otherwise delete the row",
    "template_example_skipped": "skipped: the template's example row ({value})",
    "only_invisible": "'{column}' holds only invisible characters (such as zero-width spaces)",
    "stray_mark": "'{column}' has a vowel or tone mark with no letter under it ({other}): "
                  "'{value}'",
    "unprintable": "'{column}' has characters the documents cannot print ({other}): '{value}'",
    "name_date": "'{column}' holds a date, not a name: '{value}'",
    "name_symbols": "'{column}' has characters no name has ({other}): '{value}'",
    "name_no_letters": "'{column}' has no letters: '{value}'",
}
