"""Kinds of unit that do ITA paperwork, the ITA framework each one follows, and its sections.

Immigration units (provincial immigration, checkpoints) and police stations are assessed on
different OIT catalogs (O1-O24 versus the stations' O1-O25), split their EIT respondent quotas
and OIT work by different sections (งาน), and are named with different unit words. Everything
that depends on the kind of unit starts from :data:`UNIT_KINDS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "UNIT_KINDS",
    "Section",
    "UnitKind",
    "UnitKindInfo",
    "detect_unit_kind",
    "find_section",
    "section_by_key",
    "unit_kind_info",
    "unit_name",
]


class UnitKind(StrEnum):
    """The kinds of unit ITA Desktop is made for."""

    PROVINCIAL_IMMIGRATION = "provincial_immigration"
    IMMIGRATION_CHECKPOINT = "immigration_checkpoint"
    PROVINCIAL_POLICE_STATION = "provincial_police_station"
    METROPOLITAN_POLICE_STATION = "metropolitan_police_station"


@dataclass(frozen=True)
class Section:
    """A section (งาน) of a unit; ``aliases`` are other names the reports use for it."""

    key: str
    thai: str
    english: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnitKindInfo:
    """What a kind of unit is called, which ITA framework it follows and its sections."""

    kind: UnitKind
    thai: str
    thai_abbr: str
    english: str
    framework: str
    sections: tuple[Section, ...]
    commander_position: str


# The immigration reports call the administration section by three names: งานอำนวยการ in the
# OIT assignments, งานอำนวยความสะดวก in the EIT quotas and งานอำนวยความสะดวก/ธุรการ in the
# respondent counts; the police-station reports use the first two.
_ADMINISTRATION_ALIASES = ("งานอำนวยความสะดวก", "งานอำนวยความสะดวก/ธุรการ", "งานธุรการ")

_IMMIGRATION_SECTIONS: tuple[Section, ...] = (
    Section("administration", "งานอำนวยการ", "Administration", _ADMINISTRATION_ALIASES),
    Section(
        "investigation_suppression",
        "งานสืบสวนปราบปราม",
        "Investigation and Suppression",
    ),
    Section("foreigner_services", "งานบริการคนต่างด้าว", "Foreigner Services"),
    Section(
        "person_vehicle_inspection",
        "งานตรวจบุคคลและพาหนะ",
        "Person and Vehicle Inspection",
        ("งานตรวจบุคคลและยานพาหนะ",),
    ),
    Section(
        "exclusion_deportation",
        "งานควบคุมคนต้องห้ามและส่งกลับ",
        "Exclusion and Deportation",
    ),
)

_POLICE_SECTIONS: tuple[Section, ...] = (
    Section("administration", "งานอำนวยการ", "Administration", _ADMINISTRATION_ALIASES),
    Section("crime_prevention", "งานป้องกันปราบปราม", "Crime Prevention and Suppression"),
    Section("traffic", "งานจราจร", "Traffic"),
    Section("investigation", "งานสืบสวน", "Investigation"),
    Section("inquiry", "งานสอบสวน", "Inquiry"),
)

UNIT_KINDS: dict[UnitKind, UnitKindInfo] = {
    UnitKind.PROVINCIAL_IMMIGRATION: UnitKindInfo(
        kind=UnitKind.PROVINCIAL_IMMIGRATION,
        thai="ตรวจคนเข้าเมืองจังหวัด",
        thai_abbr="ตม.จว.",
        english="Provincial Immigration Office",
        framework="immigration",
        sections=_IMMIGRATION_SECTIONS,
        commander_position="ผู้กำกับการ",
    ),
    UnitKind.IMMIGRATION_CHECKPOINT: UnitKindInfo(
        kind=UnitKind.IMMIGRATION_CHECKPOINT,
        thai="ด่านตรวจคนเข้าเมือง",
        thai_abbr="ด่าน ตม.",
        english="Immigration Checkpoint",
        framework="immigration",
        sections=_IMMIGRATION_SECTIONS,
        commander_position="ผู้กำกับการ",
    ),
    UnitKind.PROVINCIAL_POLICE_STATION: UnitKindInfo(
        kind=UnitKind.PROVINCIAL_POLICE_STATION,
        thai="สถานีตำรวจภูธร",
        thai_abbr="สภ.",
        english="Provincial Police Station",
        framework="police",
        sections=_POLICE_SECTIONS,
        commander_position="ผู้กำกับการ",
    ),
    UnitKind.METROPOLITAN_POLICE_STATION: UnitKindInfo(
        kind=UnitKind.METROPOLITAN_POLICE_STATION,
        thai="สถานีตำรวจนครบาล",
        thai_abbr="สน.",
        english="Metropolitan Police Station",
        framework="police",
        sections=_POLICE_SECTIONS,
        commander_position="ผู้กำกับการ",
    ),
}


def unit_kind_info(kind: UnitKind | str) -> UnitKindInfo:
    """Return the description of a unit kind, given the enum member or its string value."""
    try:
        return UNIT_KINDS[UnitKind(kind)]
    except ValueError:
        raise ValueError(f"Unknown unit kind {kind!r}") from None


def section_by_key(kind: UnitKind | str, key: str) -> Section:
    """Return the section of ``kind`` with the given key; KeyError if the kind has none."""
    info = unit_kind_info(kind)
    for section in info.sections:
        if section.key == key:
            return section
    raise KeyError(f"Unit kind {info.kind.value!r} has no section with key {key!r}")


def _squash(text: str) -> str:
    # OCR and table extraction split words anywhere ("งานสืบสวน ปราบปราม"), so spaces are noise.
    return re.sub(r"[\s\u200b\u00a0]+", "", text).lower()


def find_section(kind: UnitKind | str, thai_or_key: str) -> Section | None:
    """Find a section by key, Thai name or alias, ignoring spaces and a missing "งาน" prefix."""
    wanted = _squash(thai_or_key)
    if not wanted:
        return None
    candidates = {wanted, "งาน" + wanted}
    for section in unit_kind_info(kind).sections:
        names = (section.key, section.thai, *section.aliases)
        if candidates & {_squash(name) for name in names}:
            return section
    return None


# Checked in this order because "ตรวจคนเข้าเมืองจังหวัด" also contains "ตรวจคนเข้าเมือง"
# and "ด่าน ตม." also contains "ตม.".
_KIND_MARKERS: tuple[tuple[UnitKind, tuple[str, ...]], ...] = (
    (UnitKind.IMMIGRATION_CHECKPOINT, ("ด่านตรวจคนเข้าเมือง", "ด่านตม.")),
    (UnitKind.PROVINCIAL_IMMIGRATION, ("ตรวจคนเข้าเมืองจังหวัด", "ตม.จว.")),
    (UnitKind.PROVINCIAL_POLICE_STATION, ("สถานีตำรวจภูธร", "สภ.")),
    (UnitKind.METROPOLITAN_POLICE_STATION, ("สถานีตำรวจนครบาล", "สน.")),
)


def detect_unit_kind(unit_name_text: str) -> UnitKind | None:
    """Guess the kind of unit from its name, e.g. "ตม.จว.มุกดาหาร" or "สภ.กระบี่"."""
    squashed = _squash(unit_name_text)
    for kind, markers in _KIND_MARKERS:
        if any(squashed.startswith(marker) for marker in markers):
            return kind
    return None


def unit_name(kind: UnitKind | str, place: str, abbreviated: bool = False) -> str:
    """Name a unit from its kind and place.

    Gives "ตรวจคนเข้าเมืองจังหวัดมุกดาหาร" or, abbreviated, "ตม.จว.มุกดาหาร"; the place is
    glued to the unit word as in the reports ("สภ.เมืองระนอง").
    """
    info = unit_kind_info(kind)
    prefix = info.thai_abbr if abbreviated else info.thai
    return prefix + place.strip()
