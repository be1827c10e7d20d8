"""What can be wrong with a framework, as codes and values the window words in its language.

Every finding is a ``CatalogProblem`` (an ``AppError`` that is listed, not raised); a refusal
is a ``CatalogError`` carrying all of them, so a secretary sees every problem of a file at once.
The English templates below are registered with ``ita_desktop.errors``; ``%where`` is the place
in the file ("oit_items[3] (O4)"), left as it is written in the file in every language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

# A refusal lists this many findings and counts the rest: a file with a systematic slip can
# have a thousand, and a message box that tall hides its own buttons.
SHOWN_PROBLEMS = 20

register({
    # The refusal as a whole.
    "framework.refused_one": QT_TRANSLATE_NOOP("Errors", "The framework cannot be used: %problem"),
    "framework.refused": QT_TRANSLATE_NOOP(
        "Errors", "The framework cannot be used (%count problems):\n%problems"),
    "framework.file_refused_one": QT_TRANSLATE_NOOP(
        "Errors", "The framework file '%path' cannot be used: %problem"),
    "framework.file_refused": QT_TRANSLATE_NOOP(
        "Errors", "The framework file '%path' cannot be used (%count problems):\n%problems"),
    "framework.not_saved_one": QT_TRANSLATE_NOOP(
        "Errors", "The framework was not saved to '%path': %problem"),
    "framework.not_saved": QT_TRANSLATE_NOOP(
        "Errors", "The framework was not saved to '%path' (%count problems):\n%problems"),
    "framework.more_problems": QT_TRANSLATE_NOOP("Errors", "… and %count more"),
    # Findings of the reader: the shape of each field.
    "framework.missing": QT_TRANSLATE_NOOP("Errors", "%where: '%key' is missing"),
    "framework.unknown_field": QT_TRANSLATE_NOOP("Errors", "%where: unknown field '%key'"),
    "framework.not_object": QT_TRANSLATE_NOOP("Errors", "%where: must be an object"),
    "framework.not_string": QT_TRANSLATE_NOOP("Errors", "%where: '%key' must be a string"),
    "framework.empty": QT_TRANSLATE_NOOP("Errors", "%where: '%key' must not be empty"),
    "framework.not_whole": QT_TRANSLATE_NOOP(
        "Errors", "%where: '%key' must be a whole number"),
    "framework.too_small": QT_TRANSLATE_NOOP(
        "Errors", "%where: '%key' must be at least %minimum, not %value"),
    "framework.not_number": QT_TRANSLATE_NOOP(
        "Errors", "%where: '%key' must be a number such as 1.5 (or the string \"1.5\")"),
    "framework.number_out_of_range": QT_TRANSLATE_NOOP(
        "Errors",
        "%where: '%key' must have at most %digits digits before and after the decimal point, "
        "not %value"),
    "framework.negative": QT_TRANSLATE_NOOP(
        "Errors", "%where: '%key' must not be negative, not %value"),
    "framework.not_real_date": QT_TRANSLATE_NOOP(
        "Errors", "%where: '%key' is not a real date: %value"),
    "framework.not_iso_date": QT_TRANSLATE_NOOP(
        "Errors", "%where: '%key' must be an ISO date string (YYYY-MM-DD), not %value"),
    "framework.not_list": QT_TRANSLATE_NOOP("Errors", "%where: '%key' must be a list"),
    "framework.not_text_list": QT_TRANSLATE_NOOP(
        "Errors", "%where: '%key' must be a list of strings"),
    "framework.empty_list": QT_TRANSLATE_NOOP(
        "Errors", "%where: '%key' must have at least one entry"),
    "framework.empty_entry": QT_TRANSLATE_NOOP(
        "Errors", "%where: '%key' must not contain empty strings"),
    "framework.not_one_of": QT_TRANSLATE_NOOP(
        "Errors", "%where: '%key' must be one of %choices, not %value"),
    "framework.not_be_year": QT_TRANSLATE_NOOP(
        "Errors", "%where: '%key' must be a Buddhist Era year such as 2568, not %value"),
    # Findings of the reader: how the parts fit together.
    "framework.weights_total": QT_TRANSLATE_NOOP(
        "Errors", "%where: the weights of IIT, EIT and OIT must add up to 100, not %total"),
    "framework.duplicate_quota": QT_TRANSLATE_NOOP(
        "Errors", "%where: section '%section' has more than one quota"),
    "framework.unknown_group_section": QT_TRANSLATE_NOOP(
        "Errors", "%where: section '%section' is not one of the EIT sections (%known)"),
    "framework.bad_sub_code": QT_TRANSLATE_NOOP(
        "Errors", "%where: code '%code' must be of the form %number.<n>"),
    "framework.duplicate_indicator": QT_TRANSLATE_NOOP(
        "Errors", "%where: indicator number %number is used more than once"),
    "framework.duplicate_sub": QT_TRANSLATE_NOOP(
        "Errors", "%where: sub-indicator code '%code' is used more than once"),
    "framework.sub_points": QT_TRANSLATE_NOOP(
        "Errors", "%where: its sub-indicator points add up to %total, not to its %points points"),
    "framework.tool_points": QT_TRANSLATE_NOOP(
        "Errors",
        "%where: the %tool indicators' points add up to %total, not to the %tool weight %weight"),
    "framework.day_not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "%where: a '%kind' deadline must not have a 'day'"),
    "framework.date_not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "%where: a '%kind' deadline must not have a 'date'"),
    "framework.deadline_outside": QT_TRANSLATE_NOOP(
        "Errors", "%where: %date is outside fiscal year %year (%first to %last)"),
    "framework.phase_outside": QT_TRANSLATE_NOOP(
        "Errors", "%where: '%key' %date is outside fiscal year %year (%first to %last)"),
    "framework.bad_day": QT_TRANSLATE_NOOP(
        "Errors", "%where: 'day' must be between 1 and %max, not %value"),
    "framework.bad_oit_code": QT_TRANSLATE_NOOP(
        "Errors", "%where: code '%code' must be O followed by a number, such as O4"),
    "framework.unknown_oit_indicator": QT_TRANSLATE_NOOP(
        "Errors",
        "%where: indicator '%indicator' is not a sub-indicator of an OIT indicator "
        "(known: %known)"),
    "framework.duplicate_format": QT_TRANSLATE_NOOP(
        "Errors", "%where: 'formats' lists a format more than once"),
    "framework.bad_formats": QT_TRANSLATE_NOOP(
        "Errors",
        "%where: each entry of 'formats' must be a format such as \"PDF\" or a list of "
        "formats any one of which will do, such as [\"Excel\", \"Word\"]"),
    "framework.empty_format": QT_TRANSLATE_NOOP(
        "Errors", "%where: 'formats' must not contain an empty format or an empty choice"),
    "framework.bad_item_key": QT_TRANSLATE_NOOP(
        "Errors",
        "%where: 'key' must be lower-case letters, digits and hyphens such as "
        "\"anti-bribery-policy\", not %value"),
    "framework.duplicate_item_key": QT_TRANSLATE_NOOP(
        "Errors", "%where: key '%key' is used by more than one item"),
    "framework.target_below_minimum": QT_TRANSLATE_NOOP(
        "Errors", "%where: the %key target %value is below the minimum of %minimum"),
    "framework.duplicate_item": QT_TRANSLATE_NOOP(
        "Errors", "%where: code %code is used by more than one item (duplicate code)"),
    "framework.oit_points": QT_TRANSLATE_NOOP(
        "Errors", "%where: the item points add up to %total, not to the OIT weight %weight"),
    "framework.sub_item_points": QT_TRANSLATE_NOOP(
        "Errors",
        "%where: the points of the items under sub-indicator %code add up to %total, "
        "not to its %points points"),
    "framework.duplicate_phase": QT_TRANSLATE_NOOP(
        "Errors", "%where: order %order is used by more than one phase"),
    "framework.phase_reversed": QT_TRANSLATE_NOOP(
        "Errors", "%where: it starts (%start) after it ends (%end)"),
    # Findings of the new-year rollover and the editing helpers.
    "framework.year_not_whole": QT_TRANSLATE_NOOP(
        "Errors", "the new fiscal year must be a whole number, not %value"),
    "framework.year_not_be": QT_TRANSLATE_NOOP(
        "Errors", "the new fiscal year must be a Buddhist Era year such as 2569, not %value"),
    "framework.same_year": QT_TRANSLATE_NOOP(
        "Errors", "the framework is already for fiscal year %year"),
    "framework.no_item": QT_TRANSLATE_NOOP(
        "Errors", "there is no OIT item '%code' in the framework"),
    "framework.not_an_item": QT_TRANSLATE_NOOP(
        "Errors", "an OIT item must be an OitItem, not %type"),
    "framework.item_exists": QT_TRANSLATE_NOOP(
        "Errors", "there is already an OIT item %code (duplicate code)"),
    "framework.no_such_field": QT_TRANSLATE_NOOP(
        "Errors", "OIT items have no field '%name' (fields: %fields)"),
})


# A value quoted from the file is cut to this many characters: a finding quoting a
# million-digit number or a page of text once made a message that took seconds to show.
QUOTED_CHARS = 80
# Values that list what the program knows, not what the file says: never cut.
_PROGRAM_LISTS = frozenset({"known", "choices"})


def quoted(value: object) -> object:
    """``value`` for a message: its text cut to ``QUOTED_CHARS`` with "…" when longer."""
    if isinstance(value, AppError | list | tuple):
        return value
    text = str(value)
    if len(text) <= QUOTED_CHARS:
        return value
    return text[:QUOTED_CHARS - 1] + "…"


class CatalogProblem(AppError):
    """One finding about a framework: listed inside a ``CatalogError``, never raised alone.

    Every value but the program's own lists is cut to ``QUOTED_CHARS``, so whatever a file
    holds, the message stays short."""

    def __init__(self, code: str, /, **values: object) -> None:
        super().__init__(code, **{
            name: value if name in _PROGRAM_LISTS else quoted(value)
            for name, value in values.items()
        })


class CatalogError(AppError, ValueError):
    """A framework or framework file that cannot be used; ``problems`` lists every finding.

    ``source`` is the file the framework came from or was going to, when there is one;
    ``saving`` tells a file that was refused for writing from one refused for reading.
    """

    def __init__(
        self, problems: Iterable[CatalogProblem], source: str | None = None, *,
        saving: bool = False,
    ) -> None:
        self.problems: list[CatalogProblem] = list(problems)
        self.source = source
        self.saving = saving
        if source is None:
            head = "framework.refused"
        else:
            head = "framework.not_saved" if saving else "framework.file_refused"
        values: dict[str, object] = {} if source is None else {"path": source}
        if len(self.problems) == 1:
            super().__init__(f"{head}_one", problem=self.problems[0], **values)
            return
        shown: list[AppError] = list(self.problems[:SHOWN_PROBLEMS])
        if len(self.problems) > SHOWN_PROBLEMS:
            shown.append(
                AppError("framework.more_problems", count=len(self.problems) - SHOWN_PROBLEMS)
            )
        super().__init__(head, count=len(self.problems), problems=shown, **values)

    def __reduce__(self) -> tuple[Any, ...]:
        # The default would rebuild the error from its code alone, losing the findings when
        # the error crosses a process boundary (a worker loading a file, for instance).
        return (_rebuild, (type(self), self.problems, self.source, self.saving))


def _rebuild(
    cls: type[CatalogError], problems: list[CatalogProblem], source: str | None, saving: bool
) -> CatalogError:
    return cls(problems, source, saving=saving)

