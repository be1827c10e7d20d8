"""Who heads each section (งาน) of the unit: the head the secretary recorded, or a suggestion.

O1 asks for "หัวหน้าแต่ละสายงานที่เป็นปัจจุบัน", and no rule finds that person: the most senior
officer of งานอำนวยการ is usually the commander, who heads the unit, not the section. So the
unit profile records each head, and the roster only suggests one until the secretary confirms
it. A recorded head who has since left the unit or moved to another section is not printed:
the section is reported as needing a new choice, and its suggestion stands in, marked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from ita_desktop.domain.roster import Person, official_order
from ita_desktop.domain.units import Section, UnitKind, unit_kind_info

__all__ = ["HeadStatus", "SectionHead", "resolve_section_heads", "suggest_head"]


class HeadStatus(StrEnum):
    CONFIRMED = "confirmed"
    """The recorded head serves in this section."""
    SUGGESTED = "suggested"
    """Nobody recorded; ``head`` is the suggestion (or None for an empty section)."""
    LEFT = "left"
    """The recorded head has left the unit (or is no longer in the roster)."""
    MOVED = "moved"
    """The recorded head now serves in another section (``recorded.section_key``)."""


@dataclass(frozen=True)
class SectionHead:
    section: Section
    members: tuple[Person, ...]
    """The section's serving people, in official order."""
    status: HeadStatus
    head: Person | None
    """Whom documents name: the recorded head when confirmed, else the suggestion."""
    recorded: Person | None = None
    """The recorded head when it is stale (LEFT or MOVED), for the window to name."""
    recorded_id: int | None = None

    @property
    def confirmed(self) -> bool:
        return self.status is HeadStatus.CONFIRMED

    @property
    def stale(self) -> bool:
        return self.status in (HeadStatus.LEFT, HeadStatus.MOVED)


def suggest_head(members: Iterable[Person], commander_id: int | None = None) -> Person | None:
    """The first of the section's people in official order, passing over the unit's
    commander, who heads the unit rather than a section, unless the section holds only them."""
    ordered = list(members)
    for person in ordered:
        if commander_id is None or person.id != commander_id:
            return person
    return ordered[0] if ordered else None


def resolve_section_heads(kind: UnitKind | str, people: Iterable[Person],
                          recorded: Mapping[str, int], commander_id: int | None = None
                          ) -> list[SectionHead]:
    """Every section of ``kind`` in official order, with its serving people and its head.

    ``people`` may include people who have left (the window passes the whole roster, so it can
    say that a recorded head has left); ``recorded`` maps section keys to person ids.
    """
    everyone = list(people)
    by_id = {p.id: p for p in everyone if p.id is not None}
    serving = official_order((p for p in everyone if p.active), kind, commander_id)
    result: list[SectionHead] = []
    for section in unit_kind_info(kind).sections:
        members = tuple(p for p in serving if p.section_key == section.key)
        suggestion = suggest_head(members, commander_id)
        chosen_id = recorded.get(section.key)
        if chosen_id is None:
            result.append(SectionHead(section, members, HeadStatus.SUGGESTED, suggestion))
            continue
        chosen = by_id.get(chosen_id)
        if chosen is None or not chosen.active:
            result.append(SectionHead(section, members, HeadStatus.LEFT, suggestion, chosen,
                                      chosen_id))
        elif chosen.section_key != section.key:
            result.append(SectionHead(section, members, HeadStatus.MOVED, suggestion, chosen,
                                      chosen_id))
        else:
            result.append(SectionHead(section, members, HeadStatus.CONFIRMED, chosen,
                                      recorded_id=chosen_id))
    return result
