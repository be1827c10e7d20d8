"""The unit profile: who the unit is, as printed at the head of its documents."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ita_desktop.domain.roster import EMAIL_RE, Problem, normalize_space
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


def unit_problems(unit: UnitProfile) -> list[Problem]:
    problems: list[Problem] = []
    if not normalize_space(unit.full_name):
        problems.append(Problem("missing_value", column="full_name"))
    if unit.email and not EMAIL_RE.match(unit.email.strip()):
        problems.append(Problem("bad_email", column="email", value=unit.email))
    if unit.website and not WEBSITE_RE.match(unit.website.strip()):
        problems.append(Problem("bad_website", column="website", value=unit.website))
    return problems
