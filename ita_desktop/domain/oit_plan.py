"""The unit's OIT plan of a fiscal year: who prepares and who controls each catalog item, its
cadence and period, the workflow of the item and of each monthly deliverable, the files
attached to them, the survey figures the unit copies from ITAP, and who takes care of the
surveys and the system (``CaretakerRole``).

``OitYear`` is the whole of it, as the store reads it in one go: the tab, the dashboard, the
documents, the web page and the year view all work from the same value, so they never
disagree about an item. The rules it builds on are ``domain/oit.py`` (cadences, deliverables,
survey progress), ``domain/oit_workflow.py`` (states and who may change them) and
``domain/oit_score.py`` (the projection).

No Qt, no SQL, no files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import PurePath

from ita_desktop.domain.fiscal import fiscal_year_bounds
from ita_desktop.domain.framework.formats import missing_formats
from ita_desktop.domain.framework.model import Catalog, FormatGroups, OitItem, SampleKey
from ita_desktop.domain.oit import (
    Cadence,
    CadenceKind,
    ProgressEntry,
    cadence_of,
    cadence_problems,
    continuous_shortfall,
    oit_dues,
)
from ita_desktop.domain.oit_score import COUNTED
from ita_desktop.domain.oit_workflow import Duty, Status, StatusChange, current_status
from ita_desktop.domain.year_view import OitDue
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

register({
    "oit.no_preparer": QT_TRANSLATE_NOOP(
        "Errors", "%code has no preparer: choose at least one person who prepares it."),
    "oit.no_controller": QT_TRANSLATE_NOOP(
        "Errors", "%code has no controller: choose at least one person who checks it."),
    "oit.person_twice": QT_TRANSLATE_NOOP(
        "Errors", "%name is listed twice among the %duty of %code."),
    "oit.period_outside_year": QT_TRANSLATE_NOOP(
        "Errors", "The period of %code (%start to %end) is not within fiscal year %year."),
    "oit.negative_entries": QT_TRANSLATE_NOOP(
        "Errors", "%code cannot have %count entries: a count is zero or more."),
    "oit.file_type": QT_TRANSLATE_NOOP(
        "Errors", "'%name' is not a file an OIT item takes: attach PDF, Word (.doc, .docx), "
        "Excel (.xls, .xlsx) or picture (JPEG, PNG) files."),
    "oit.file_content": QT_TRANSLATE_NOOP(
        "Errors", "'%name' is not a %kind file inside, whatever its name says: it may be "
        "damaged or misnamed. Open it on this computer, save it again as %kind and attach "
        "that copy."),
    "oit.duty.preparer": QT_TRANSLATE_NOOP("Errors", "preparers"),
    "oit.duty.controller": QT_TRANSLATE_NOOP("Errors", "controllers"),
})

# The formats an attached file meets, by its name's ending. "URL" is met by the item's
# published address, not by a file.
FORMAT_SUFFIXES: Mapping[str, tuple[str, ...]] = {
    "PDF": (".pdf",),
    "Word": (".doc", ".docx"),
    "Excel": (".xls", ".xlsx"),
}
IMAGE_SUFFIXES: tuple[str, ...] = (".jpg", ".jpeg", ".png")
ATTACHABLE_SUFFIXES: tuple[str, ...] = (
    *(suffix for suffixes in FORMAT_SUFFIXES.values() for suffix in suffixes), *IMAGE_SUFFIXES)
URL_FORMAT = "URL"


def file_format(name: str) -> str | None:
    """The required format (``PDF``, ``Word``, ``Excel``) a file of this name meets; None for a
    picture or anything else."""
    suffix = PurePath(name).suffix.lower()
    return next((fmt for fmt, suffixes in FORMAT_SUFFIXES.items() if suffix in suffixes), None)


def is_image(name: str) -> bool:
    return PurePath(name).suffix.lower() in IMAGE_SUFFIXES


def attachable(name: str) -> bool:
    return PurePath(name).suffix.lower() in ATTACHABLE_SUFFIXES


def attachable_problems(name: str) -> list[AppError]:
    return [] if attachable(name) else [AppError("oit.file_type", name=PurePath(name).name)]


# How each kind of file begins: a PDF with "%PDF-", Word and Excel files of Office 2007 on as
# zip packages, older .doc and .xls as OLE2 compound files, pictures with their own marks. A
# file whose content does not begin as its name says is damaged or misnamed: the assessors
# could not open it either.
_SIGNATURES: Mapping[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF-",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    ".xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
}
KIND_WORDS: Mapping[str, str] = {".pdf": "PDF", ".docx": "Word", ".doc": "Word",
                                 ".xlsx": "Excel", ".xls": "Excel", ".jpg": "JPEG",
                                 ".jpeg": "JPEG", ".png": "PNG"}


def content_problems(name: str, head: bytes) -> list[AppError]:
    """Whether the file's first bytes ``head`` are those of the kind its name says; a PDF may
    carry a few bytes before its mark, as some scanners write them."""
    suffix = PurePath(name).suffix.lower()
    marks = _SIGNATURES.get(suffix)
    if marks is None:
        return []
    window = head[:1024] if suffix == ".pdf" else head
    if any(window.startswith(mark) or (suffix == ".pdf" and mark in window) for mark in marks):
        return []
    return [AppError("oit.file_content", name=PurePath(name).name, kind=KIND_WORDS[suffix])]


@dataclass(frozen=True)
class OitFile:
    """A file attached to an item (``month`` None) or to one monthly deliverable; its content
    sits in the database's content-addressed store under ``sha256``."""

    name: str
    sha256: str
    size: int
    added_at: datetime
    month: date | None = None
    id: int | None = None

    @property
    def format(self) -> str | None:
        return file_format(self.name)


@dataclass(frozen=True)
class Assignment:
    """The unit's plan for one catalog item of a fiscal year, found by ``item_key`` (the item's
    identity across years, ``OitItem.key``).

    ``preparers`` and ``controllers`` are roster ids in the order the documents list them.
    ``cadence`` starts from the catalog's deadline and can be edited (a monthly item's due day,
    a continuous item's minimum count). ``period_start``..``period_end`` is the span a monthly
    item reports over (seed 001: the first six months, October to March). ``entries`` counts
    what a continuous item has published so far (seed 001's O18: "ไม่น้อยกว่า 5 กิจกรรม").
    ``done_components`` is the item's checklist: which of the catalog's components are done.
    ``id`` None: not stored yet, the catalog's defaults.
    """

    fiscal_year: int
    item_key: str
    preparers: tuple[int, ...]
    controllers: tuple[int, ...]
    cadence: Cadence
    period_start: date
    period_end: date
    entries: int = 0
    # The places (from 0) of the catalog item's components the preparers have ticked done:
    # the checklist of what the item must show.
    done_components: tuple[int, ...] = ()
    note: str = ""
    id: int | None = None
    version: int = 0

    def duties_of(self, person_id: int, commander_id: int | None) -> frozenset[Duty]:
        """The duties ``person_id`` holds on this item (the unit's commander approves every
        item)."""
        found = set()
        if person_id in self.preparers:
            found.add(Duty.PREPARER)
        if person_id in self.controllers:
            found.add(Duty.CONTROLLER)
        if commander_id is not None and person_id == commander_id:
            found.add(Duty.COMMANDER)
        return frozenset(found)

    @property
    def people(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys((*self.preparers, *self.controllers)))


def default_assignment(item: OitItem, fiscal_year: int) -> Assignment:
    """The plan of an item nobody has planned yet: nobody assigned, the catalog's cadence, the
    whole fiscal year."""
    start, end = fiscal_year_bounds(fiscal_year)
    return Assignment(fiscal_year=fiscal_year, item_key=item.key or item.code.lower(),
                      preparers=(), controllers=(), cadence=cadence_of(item.deadline),
                      period_start=start, period_end=end)


def assignment_problems(assignment: Assignment, code: str,
                        names: Mapping[int, str] | None = None) -> list[AppError]:
    """What keeps the plan of item ``code`` from being saved. Nobody assigned at all is a plan
    not yet made, and may be saved (the secretary fills the table over several sittings);
    but an item with preparers needs a controller and the other way round."""
    found: list[AppError] = []
    shown = names or {}
    if assignment.preparers and not assignment.controllers:
        found.append(AppError("oit.no_controller", code=code))
    if assignment.controllers and not assignment.preparers:
        found.append(AppError("oit.no_preparer", code=code))
    for duty, people in ((Duty.PREPARER, assignment.preparers),
                         (Duty.CONTROLLER, assignment.controllers)):
        seen: set[int] = set()
        for person in people:
            if person in seen:
                found.append(AppError("oit.person_twice", code=code,
                                      name=shown.get(person, str(person)),
                                      duty=AppError(f"oit.duty.{duty.value}")))
            seen.add(person)
    found += cadence_problems(assignment.cadence)
    start, end = fiscal_year_bounds(assignment.fiscal_year)
    if assignment.period_end < assignment.period_start:
        found.append(AppError("oit.period_backwards", start=assignment.period_start.isoformat(),
                              end=assignment.period_end.isoformat()))
    elif assignment.period_start < start or assignment.period_end > end:
        found.append(AppError("oit.period_outside_year", code=code,
                              start=assignment.period_start.isoformat(),
                              end=assignment.period_end.isoformat(),
                              year=assignment.fiscal_year))
    if assignment.entries < 0:
        found.append(AppError("oit.negative_entries", code=code, count=assignment.entries))
    return found


class AssignMode(StrEnum):
    ADD = "add"  # add the person to those already assigned
    REPLACE = "replace"  # the person alone holds the duty on the chosen items


def assign(assignment: Assignment, person_id: int, duty: Duty,
           mode: AssignMode = AssignMode.ADD) -> Assignment:
    """The plan with ``person_id`` holding ``duty`` (preparer or controller); adding a person
    already there changes nothing, so assigning many rows at once is safe to repeat."""
    if duty is Duty.COMMANDER:
        raise ValueError("the commander is the unit's, not assigned per item")
    field_name = "preparers" if duty is Duty.PREPARER else "controllers"
    held: tuple[int, ...] = getattr(assignment, field_name)
    if mode is AssignMode.REPLACE:
        return replace(assignment, **{field_name: (person_id,)})
    if person_id in held:
        return assignment
    return replace(assignment, **{field_name: (*held, person_id)})


def unassign(assignment: Assignment, person_id: int, duty: Duty) -> Assignment:
    field_name = "preparers" if duty is Duty.PREPARER else "controllers"
    held: tuple[int, ...] = getattr(assignment, field_name)
    return replace(assignment, **{field_name: tuple(p for p in held if p != person_id)})


@dataclass(frozen=True)
class Track:
    """The workflow of the item itself (``month`` None) or of one monthly deliverable: its log,
    oldest first."""

    month: date | None
    log: tuple[StatusChange, ...] = ()

    @property
    def status(self) -> Status:
        return current_status(self.log)

    @property
    def publication(self) -> StatusChange | None:
        """The change that published it, while it stays published."""
        if self.log and self.log[-1].to_status is Status.PUBLISHED:
            return self.log[-1]
        return None

    @property
    def changed_at(self) -> datetime | None:
        return self.log[-1].when if self.log else None


@dataclass(frozen=True)
class ItemPlan:
    """A catalog item with all the unit recorded about it in the year."""

    item: OitItem
    assignment: Assignment
    tracks: Mapping[date | None, Track] = field(default_factory=dict)
    files: tuple[OitFile, ...] = ()

    @property
    def code(self) -> str:
        return self.item.code

    def track(self, month: date | None = None) -> Track:
        return self.tracks.get(month) or Track(month)

    @property
    def status(self) -> Status:
        """The item's own state: the one the score counts and the web page publishes."""
        return self.track(None).status

    @property
    def url(self) -> str:
        publication = self.track(None).publication
        return publication.url if publication else ""

    @property
    def published_on(self) -> date | None:
        publication = self.track(None).publication
        return publication.published_on if publication else None

    def files_of(self, month: date | None = None) -> list[OitFile]:
        return [file for file in self.files if file.month == month]

    def missing(self) -> FormatGroups:
        """The required format groups no file of the item or its deliverables meets; "URL" is
        met once the item is published with its address."""
        at_hand = {fmt for file in self.files if (fmt := file.format)}
        if self.url:
            at_hand.add(URL_FORMAT)
        return missing_formats(self.item.formats, at_hand)

    def months(self) -> list[date]:
        """The months of a monthly item's deliverables (their first days); none otherwise."""
        return [due.month for due in self.dues() if due.month is not None]

    def dues(self, who: str = "") -> list[OitDue]:
        """The item's due work as the year view takes it: a once item's deadline, a monthly
        item's deliverables (done when approved or published), nothing for a continuous one."""
        cadence = self.assignment.cadence
        if cadence_problems(cadence):
            return []
        done: list[date | None] = [month for month, track in self.tracks.items()
                                   if track.status in COUNTED]
        return oit_dues(self.assignment.fiscal_year, self.item.code, self.item.title, cadence,
                        self.assignment.period_start, self.assignment.period_end, done, who)

    @property
    def shortfall(self) -> int:
        """How many more entries a continuous item needs (0 for other cadences)."""
        if self.assignment.cadence.kind is not CadenceKind.CONTINUOUS:
            return 0
        return continuous_shortfall(self.assignment.cadence, self.assignment.entries)


@dataclass(frozen=True)
class SurveyFigures:
    """What the unit copies from ITAP for a year: the IIT and EIT scores once known, the staff
    eligible for IIT (the IIT target), and the surveys' span."""

    iit_score: Decimal | None = None
    eit_score: Decimal | None = None
    eligible_staff: int | None = None
    survey_start: date | None = None
    survey_deadline: date | None = None


@dataclass(frozen=True)
class Eit2Contact:
    """A person or organisation on the EIT(2) contact list; ``group`` is the stakeholder
    group's words as the catalog lists them (seed 002's groups)."""

    group: str
    name: str
    organisation: str = ""
    phone: str = ""
    email: str = ""
    id: int | None = None


class CaretakerRole(StrEnum):
    """The care of the samples and the system as seed 002's calendar assigns it, apart from the
    items' preparers and controllers: the ITAP administrator (records the unit's basic data,
    runs IIT and EIT in ITAP), the website's caretaker, the people who bring in the IIT
    respondents (a controller, then the collectors), those who bring in the EIT(1)
    respondents (a controller, then people of each section) and those who pick the EIT(2)
    contacts ("คัดเลือกผู้รับบริการและผู้ติดต่อราชการ ไม่น้อยกว่า ๕ ราย")."""

    ITAP_ADMIN = "itap_admin"
    WEBSITE = "website"
    IIT = "iit"
    EIT = "eit"
    EIT2 = "eit2"


@dataclass(frozen=True)
class OitYear:
    """Everything about a fiscal year's OIT work, items in the catalog's order."""

    fiscal_year: int
    catalog: Catalog
    items: list[ItemPlan]
    commander_id: int | None = None
    figures: SurveyFigures = SurveyFigures()
    progress: Mapping[SampleKey, Sequence[ProgressEntry]] = field(default_factory=dict)
    contacts: list[Eit2Contact] = field(default_factory=list)
    # Roster ids by role, in the order the calendar lists them (a controller first where the
    # role has one); a role nobody holds is absent.
    caretakers: Mapping[CaretakerRole, tuple[int, ...]] = field(default_factory=dict)

    def item(self, code: str) -> ItemPlan:
        return next(plan for plan in self.items if plan.code == code)

    def statuses(self) -> dict[str, Status]:
        """Each item's own state by code, as ``oit_score.project`` takes them."""
        return {plan.code: plan.status for plan in self.items}


def status_counts(items: Iterable[ItemPlan]) -> dict[Status, int]:
    """How many items stand in each state, every state listed (zero included)."""
    counts = dict.fromkeys(Status, 0)
    for plan in items:
        counts[plan.status] += 1
    return counts


@dataclass(frozen=True)
class Workload:
    """A person's share of the year: the items they prepare and control, and how many of those
    are still open (not approved or published)."""

    person_id: int
    preparing: tuple[str, ...]
    controlling: tuple[str, ...]
    open_items: int

    @property
    def total(self) -> int:
        return len(set(self.preparing) | set(self.controlling))


def workloads(items: Iterable[ItemPlan]) -> list[Workload]:
    """Each assigned person's workload, the busiest first (then by roster id, so the order is
    stable)."""
    preparing: dict[int, list[str]] = {}
    controlling: dict[int, list[str]] = {}
    open_of: dict[int, set[str]] = {}
    for plan in items:
        for person in plan.assignment.preparers:
            preparing.setdefault(person, []).append(plan.code)
        for person in plan.assignment.controllers:
            controlling.setdefault(person, []).append(plan.code)
        if plan.status not in COUNTED:
            for person in plan.assignment.people:
                open_of.setdefault(person, set()).add(plan.code)
    people = set(preparing) | set(controlling)
    found = [Workload(person, tuple(preparing.get(person, ())),
                      tuple(controlling.get(person, ())), len(open_of.get(person, ())))
             for person in people]
    return sorted(found, key=lambda load: (-load.total, -load.open_items, load.person_id))


def caretaking(year: OitYear) -> dict[int, list[CaretakerRole]]:
    """Each caretaker's roles in the year, in ``CaretakerRole``'s order. Kept apart from
    ``workloads``, which counts items: a caretaker prepares no item by being one."""
    found: dict[int, list[CaretakerRole]] = {}
    for role in CaretakerRole:
        for person in dict.fromkeys(year.caretakers.get(role, ())):
            found.setdefault(person, []).append(role)
    return found
