"""The integrity measures of a fiscal year and the photos that show they were carried out.

O23 asks each unit for its measures (มาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน);
O24 (O25 at police stations) for a report that shows, with photos, what was done. The seeds
group the measures in three areas (``Area``): the One Stop Service point and its items, the
communication of the unit's role and results, and the publication of the OIT data (the
meetings that assigned and followed it up). Each measure names what is to be developed
(``title``: the "ด้าน" / "การพัฒนาด้าน" column), the issue to improve, what is planned, who is
responsible (people of the roster or a section by name), and after the fact the result text
(ผลการดำเนินการ) and its photos.

A photo belongs to a measure, to a meeting of the calendar, or to both: the photos of a
meeting are the same photos wherever they are shown, and a measure that reports on a meeting
(``Measure.meeting_id``) shows the meeting's photos with its own.

``EvidenceYear`` is a year's measures with their photos' metadata as the store reads them in
one go (never the pictures themselves): the tab, the command line and both documents work from
it. No Qt, no SQL, no files.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

register({
    "evidence.no_title": QT_TRANSLATE_NOOP(
        "Errors", "A measure needs a title: what is to be developed (the \"ด้าน\" column)."),
    "evidence.bad_columns": QT_TRANSLATE_NOOP(
        "Errors", "Photos are printed 1, 2 or 4 to a row, not %columns."),
    "evidence.empty_responsible": QT_TRANSLATE_NOOP(
        "Errors", "A line of \"%title\"'s people responsible names nobody: choose a person "
                  "or type a section or group."),
    "evidence.responsible_twice": QT_TRANSLATE_NOOP(
        "Errors", "%name is listed twice as \"%duty\" for \"%title\"."),
    "evidence.no_such_measure": QT_TRANSLATE_NOOP(
        "Errors", "Fiscal year %year has no measure \"%measure\". The measures are: %known."),
    "evidence.no_measures": QT_TRANSLATE_NOOP(
        "Errors", "Fiscal year %year has no integrity measures yet. Start them in the photo "
                  "evidence tab first."),
})


class Area(StrEnum):
    """The three areas the seeds group the measures in, in their order."""

    SERVICE = "service"
    """The One Stop Service point and its items (service point, signs, pledge, No Gift
    Policy, the manual's download sign, facilities)."""
    COMMUNICATION = "communication"
    """Communicating the unit's role, duties and results to the people it serves."""
    OIT = "oit"
    """Publishing the OIT data: who is responsible, the website, the meetings that assign and
    follow up the work."""


AREAS: tuple[Area, ...] = (Area.SERVICE, Area.COMMUNICATION, Area.OIT)

# Photos are printed one, two or four to a row, as the seeds print them.
PHOTO_COLUMNS: tuple[int, ...] = (1, 2, 4)
DEFAULT_PHOTO_COLUMNS = 2


def area_number(area: Area) -> int:
    """1, 2 or 3: the area's number in the documents and in measure labels."""
    return AREAS.index(area) + 1


@dataclass(frozen=True)
class Responsible:
    """One line of a measure's people responsible: a duty ("ควบคุมการปฏิบัติ", "ผู้ปฏิบัติ",
    "จัดทำป้าย"; may be empty) and who holds it: a person of the roster, or a section or group
    by name (``text``, "งานส่งกำลังบำรุง") when it is not one person."""

    duty: str = ""
    person_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class Measure:
    fiscal_year: int
    area: Area
    title: str
    """What is developed: the "ด้าน" of the measures document, the "การพัฒนาด้าน" of the
    results report."""
    issue: str = ""
    """The issue to improve (ประเด็นที่ต้องปรับปรุง / ยกระดับการพัฒนา)."""
    plan: str = ""
    """What is planned to be done about it."""
    responsible: tuple[Responsible, ...] = ()
    result: str = ""
    """What was done (ผลการดำเนินการ), written after the fact."""
    meeting_id: int | None = None
    """The calendar meeting this measure reports on: its photos are shown with the measure's."""
    photo_columns: int = DEFAULT_PHOTO_COLUMNS
    position: int = 0
    """Order within its area, from 0."""
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class Photo:
    fiscal_year: int
    sha256: str
    """The stored picture: a JPEG, upright, at least 1,890 px on its long side when the
    original was (``media/photos.py``)."""
    thumb_sha256: str
    width: int
    height: int
    """Of the stored picture (``sha256``)."""
    source_sha256: str
    """SHA-256 of the file as imported: the same file imported again is noticed by it."""
    name: str
    """The imported file's name."""
    caption: str = ""
    taken: datetime | None = None
    """When the photo was taken: from its EXIF, editable; None when unknown."""
    measure_id: int | None = None
    meeting_id: int | None = None
    position: int = 0
    """Order among the photos of its measure (or of its meeting when it has no measure)."""
    added_at: datetime | None = None
    id: int | None = None
    version: int | None = None
    half_sha256: str = ""
    """The picture at half the long side (at least 945 px: 300 dpi two to a row); the same
    as ``sha256`` when the original is too small to halve."""
    quarter_sha256: str = ""
    """At a quarter (at least 472 px: 300 dpi four to a row), or the next larger one."""

    def print_sha256(self, columns: int) -> str:
        """The stored picture a document prints when photos go ``columns`` to a row: the
        smallest that still gives 300 dpi there, so a report of a hundred photos weighs
        what it needs and nothing is decoded or encoded again at export time."""
        if columns >= 4 and self.quarter_sha256:
            return self.quarter_sha256
        if columns >= 2 and self.half_sha256:
            return self.half_sha256
        return self.sha256


def measure_label(measure: Measure) -> str:
    """"1.3": the area's number and the measure's place in it, as the window, the documents
    and ``export --list`` show it and ``import photos --measure`` takes it."""
    return f"{area_number(measure.area)}.{measure.position + 1}"


def measure_problems(measure: Measure) -> list[AppError]:
    """What stops ``measure`` from being saved; empty when it can be."""
    found: list[AppError] = []
    title = measure.title.strip()
    if not title:
        found.append(AppError("evidence.no_title"))
    if measure.photo_columns not in PHOTO_COLUMNS:
        found.append(AppError("evidence.bad_columns", columns=measure.photo_columns))
    seen: set[tuple[str, object]] = set()
    for line in measure.responsible:
        who: object = line.person_id if line.person_id is not None else line.text.strip()
        if who == "":
            found.append(AppError("evidence.empty_responsible", title=title))
            continue
        key = (line.duty.strip(), who)
        if key in seen:
            found.append(AppError("evidence.responsible_twice", name=str(line.text or who),
                                  duty=line.duty, title=title))
        seen.add(key)
    return found


def in_order(measures: Iterable[Measure]) -> list[Measure]:
    """Measures by area, then position: the order of the documents and the tab."""
    return sorted(measures, key=lambda m: (AREAS.index(m.area), m.position, m.id or 0))


def renumbered(measures: Sequence[Measure]) -> list[Measure]:
    """``measures`` (in the order wanted) with positions 0, 1, 2… within each area."""
    next_position: dict[Area, int] = {}
    out = []
    for measure in measures:
        position = next_position.get(measure.area, 0)
        next_position[measure.area] = position + 1
        out.append(measure if measure.position == position else replace(measure,
                                                                          position=position))
    return out


def carried_forward(measures: Iterable[Measure], fiscal_year: int) -> list[Measure]:
    """Next year's measures starting from ``measures``: the same titles, issues, plans and
    people, in the same order; no result, no photos, no meeting (those are the year's own)."""
    return [Measure(fiscal_year=fiscal_year, area=m.area, title=m.title, issue=m.issue,
                    plan=m.plan, responsible=m.responsible, photo_columns=m.photo_columns,
                    position=m.position)
            for m in in_order(measures)]


@dataclass(frozen=True)
class EvidenceYear:
    """A fiscal year's measures (in order) and the photos of the year, metadata only."""

    fiscal_year: int
    measures: tuple[Measure, ...]
    photos: tuple[Photo, ...]
    """Every photo of the year: of its measures and of its meetings."""

    def measure(self, measure_id: int) -> Measure:
        return next(m for m in self.measures if m.id == measure_id)

    def in_area(self, area: Area) -> list[Measure]:
        return [m for m in self.measures if m.area == area]

    def own_photos(self, measure_id: int) -> list[Photo]:
        """The photos put on the measure itself, in their order."""
        return sorted((p for p in self.photos if p.measure_id == measure_id),
                      key=lambda p: (p.position, p.id or 0))

    def meeting_photos(self, meeting_id: int) -> list[Photo]:
        """The photos of a meeting, in their order: those imported on the meeting, and those
        of measures attached to it."""
        return sorted((p for p in self.photos if p.meeting_id == meeting_id),
                      key=lambda p: (p.position, p.id or 0))

    def photos_of(self, measure: Measure) -> list[Photo]:
        """What the results report prints under the measure: its own photos, then those of
        the meeting it reports on that are not already among them."""
        own = self.own_photos(measure.id) if measure.id is not None else []
        if measure.meeting_id is None:
            return own
        ids = {p.id for p in own}
        return own + [p for p in self.meeting_photos(measure.meeting_id) if p.id not in ids]

    def find(self, label_or_title: str) -> Measure | None:
        """The measure ``import photos --measure`` names: its label ("1.3") or its title
        (spaces and case ignored)."""
        wanted = label_or_title.strip()
        for measure in self.measures:
            if measure_label(measure) == wanted:
                return measure
        folded = " ".join(wanted.split()).casefold()
        for measure in self.measures:
            if " ".join(measure.title.split()).casefold() == folded:
                return measure
        return None

    def duplicate_of(self, source_sha256: str, sha256: str = "") -> Photo | None:
        """The photo of the year already holding this file (or this very picture)."""
        return next((p for p in self.photos if p.source_sha256 == source_sha256
                     or (sha256 and p.sha256 == sha256)), None)
