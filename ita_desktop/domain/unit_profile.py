"""The unit profile: who the unit is, as printed at the head of its documents."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from ita_desktop.domain.problems import Problem
from ita_desktop.domain.roster import EMAIL_RE, MAX_FIELD_LENGTH
from ita_desktop.domain.text_checks import text_problems
from ita_desktop.domain.thai_text import normalise_lines, normalise_text
from ita_desktop.domain.units import UnitKind

WEBSITE_RE = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class UnitProfile:
    kind: UnitKind
    full_name: str = ""
    short_name: str = ""
    parent_bureau: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    commander_id: int | None = None
    has_emblem: bool = False
    section_heads: tuple[tuple[str, int], ...] = ()
    """(section key, person id) for each section whose head the secretary chose."""
    data_as_of: date | None = None
    """When what the unit reports print last changed: the profile, its emblem, a section head
    or anyone's printed entry in the roster. Kept by the store, never typed; ``None`` only for
    a profile not yet read back from the database."""
    version: int | None = None
    """The revision of the saved profile this was read as, 0 when there was none yet (kept by
    the store); a save that names it is refused when someone saved the profile since. None:
    saved without that check."""

    @property
    def heads(self) -> dict[str, int]:
        return dict(self.section_heads)


# The texts printed at the head of the unit's documents, one line each; the address may have
# several.
PRINTED_LINES = ("full_name", "short_name", "parent_bureau")


def normalised_profile(unit: UnitProfile) -> UnitProfile:
    """The profile as it is stored: its texts in normal form (no invisible characters, Thai
    marks in one order, single spaces), the address line by line."""
    return replace(
        unit,
        address=normalise_lines(unit.address),
        **{f: normalise_text(getattr(unit, f))
           for f in (*PRINTED_LINES, "phone", "email", "website")},
    )


def unit_problems(unit: UnitProfile) -> list[Problem]:
    problems: list[Problem] = []
    if not unit.full_name.strip():
        problems.append(Problem("missing_value", column="full_name"))
    for column in PRINTED_LINES:
        problems += text_problems(getattr(unit, column), column)
    for line in unit.address.splitlines():
        problems += text_problems(line, "address")
    # The profile heads every document: a line past what a roster entry may hold (text pasted
    # by mistake) would run over the page, and no real unit name or address line is that long.
    for column in (*PRINTED_LINES, "phone", "email", "website"):
        if len(normalise_text(getattr(unit, column))) > MAX_FIELD_LENGTH:
            problems.append(Problem("too_long", column=column))
    if any(len(normalise_text(line)) > MAX_FIELD_LENGTH for line in unit.address.splitlines()):
        problems.append(Problem("too_long", column="address"))
    if unit.email and not EMAIL_RE.match(unit.email.strip()):
        problems.append(Problem("bad_email", column="email", value=unit.email))
    if unit.website and not WEBSITE_RE.match(unit.website.strip()):
        problems.append(Problem("bad_website", column="website", value=unit.website))
    return problems
