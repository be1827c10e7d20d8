"""The ITA framework of one kind of unit for one fiscal year: what it holds, as plain dataclasses.

A catalog holds what the NACC's framework asks of a unit in a year: the score weights of the
three tools (IIT, EIT, OIT), the minimum numbers of respondents, the EIT(1) quota of each
section and the EIT(2) stakeholder groups, the ten indicators with their sub-indicators and
points, the OIT items O1..O24/O25 with their content, file formats, deadline and points, and the
assessment calendar.

The closed vocabularies are ``StrEnum``s: a member compares and hashes equal to its text, so the
JSON files and the database columns hold exactly the strings they always held.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from ita_desktop.domain.calendar import PhaseGroup


class Framework(StrEnum):
    """Which NACC framework a kind of unit follows (see ``domain/units.py``)."""

    IMMIGRATION = "immigration"
    POLICE = "police"


class Tool(StrEnum):
    """The three assessment tools, each with a share of the score."""

    IIT = "IIT"  # internal integrity survey of the unit's own staff
    EIT = "EIT"  # external survey of the people the unit serves
    OIT = "OIT"  # open data the unit publishes on its website


class SampleKey(StrEnum):
    """The surveys with a minimum number of respondents."""

    IIT = "IIT"
    EIT = "EIT"
    EIT2 = "EIT2"  # the stakeholder groups of EIT(2)


class Provenance(StrEnum):
    """Why a value waits for the unit to confirm it (an edit confirms it too)."""

    # Derived by the program's makers where the NACC's documents at hand say nothing, e.g.
    # police 2568's deadlines, the 1.8125 points of each 10.x item, the quota of 60 per section.
    NOT_FROM_NACC = "not_from_nacc"
    # Copied forward from an earlier year the NACC has not yet documented (2569, 2570).
    PROVISIONAL = "provisional"


# The fields of an item and the parts of a catalog that can wait for confirmation.
ITEM_MARKABLE = ("indicator", "title", "components", "formats", "deadline", "points")
CATALOG_MARKABLE = ("weights", "minimum_samples", "sample_targets", "eit_quotas", "eit2_groups",
                    "indicators", "calendar")


class DeadlineKind(StrEnum):
    DATE = "date"  # done by a given date
    MONTHLY = "monthly"  # reported every month, on a given day of the next month
    NONE = "none"  # kept up to date continuously


# The formats the seeds ask for; others are accepted so a new NACC requirement can be typed in.
KNOWN_FORMATS: tuple[str, ...] = ("PDF", "Word", "Excel", "URL")

# An item's required formats are groups: every group is needed, and a group is met by any one
# of its formats. Seed 002 asks O10-O14 for "PDF และ Excel หรือ Word": [["PDF"], ["Excel",
# "Word"], ...]. A flat list, as files and databases held it before, is every format needed.
FormatGroups = list[list[str]]


@dataclass(frozen=True)
class Deadline:
    """When an OIT item must be done.

    ``kind`` says which of ``date`` (done by that date) and ``day`` (the day of the next month
    a monthly report is due) applies; ``text`` is the wording the unit's documents use, e.g.
    "ดำเนินการเสร็จสิ้น ภายใน ก.พ.68".
    """

    kind: DeadlineKind
    date: date | None = None
    day: int | None = None
    text: str = ""


@dataclass(frozen=True)
class OitItem:
    """One item of the open-data check (OIT), e.g. O1 "โครงสร้าง อัตรากำลัง และข้อมูลผู้บริหาร"."""

    code: str
    indicator: str  # the sub-indicator code, "9.1" .. "10.2"
    title: str
    components: list[str]
    formats: FormatGroups
    deadline: Deadline
    points: Decimal
    # The item's identity across years: kept when the item is renumbered (its code changes)
    # or copied forward, so a year's history can be followed to the next. Files and databases
    # from before keys read with the item's code as its key.
    key: str = ""
    # The fields (of ``ITEM_MARKABLE``) still waiting for the unit to confirm them, and why.
    unconfirmed: dict[str, Provenance] = field(default_factory=dict)


@dataclass(frozen=True)
class SubIndicator:
    code: str
    title: str
    points: Decimal


@dataclass(frozen=True)
class Indicator:
    """One of the ten indicators; ``questions`` counts survey questions (IIT, EIT) or OIT items."""

    number: int
    tool: Tool
    title: str
    sub_indicators: list[SubIndicator]
    questions: int
    points: Decimal


@dataclass(frozen=True)
class CalendarPhase:
    """A phase of the assessment calendar.

    ``responsible`` names a role, never a person, in the words of the NACC manual ("ผู้ดูแลระบบ
    และผู้บริหาร", "หน่วยประเมิน (ผู้บริหารของหน่วยรับทราบและอนุมัติ)"): free text, because the
    manuals combine and qualify roles differently from year to year.
    """

    order: int
    title: str
    start: date
    end: date
    description: str
    responsible: str
    # Which part of the year's table the phase prints under. Framework files written before
    # phases were grouped have no group: they read as the assessment part, the group most
    # phases belong to, and the secretary moves the few others.
    group: PhaseGroup = PhaseGroup.ASSESSMENT


@dataclass(frozen=True)
class EitQuota:
    """The least number of EIT(1) respondents a section of the unit must bring in."""

    section: str
    minimum: int


@dataclass(frozen=True)
class Eit2Group:
    """A stakeholder group for the EIT(2) contact list and the section that gathers it."""

    description: str
    section: str


@dataclass(frozen=True)
class Catalog:
    framework: Framework
    fiscal_year: int
    title: str
    notes: str
    weights: dict[Tool, Decimal]
    minimum_samples: dict[SampleKey, int]
    eit_quotas: list[EitQuota]
    eit2_groups: list[Eit2Group]
    indicators: list[Indicator]
    oit_items: list[OitItem]
    calendar: list[CalendarPhase]
    # The number of respondents the unit plans for, above the minimum (seed 002 plans 550 EIT
    # respondents for a minimum of 500); a survey without one plans the minimum.
    sample_targets: dict[SampleKey, int] = field(default_factory=dict)
    # The parts (of ``CATALOG_MARKABLE``) still waiting for the unit to confirm them, and why.
    unconfirmed: dict[str, Provenance] = field(default_factory=dict)
