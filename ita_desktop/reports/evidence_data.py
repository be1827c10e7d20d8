"""The integrity measures of a year as the measures document (O23) and the results report
(O24, O25 at police stations) print them, as plain JSON-ready values: both documents are built
from these alone, so a signed-off version freezes exactly what it showed.

Each measure is written out as the seeds print it: its title (the "ด้าน" column), the issue to
improve and the plan, the people responsible as "- duty name" lines with the rank kept on the
name ("- ควบคุมการปฏิบัติ พ.ต.ท.ประโมทย์ พูลประเสริฐ"; a section by name as typed: "- จัดทำป้าย
งานส่งกำลังบำรุง"), the result text, the meeting it reports on (its number and date) and its
photos in order, each named by the SHA-256 of the stored picture printed at the measure's
number of photos to a row (``Photo.print_sha256``).

The pictures themselves are handed in by the caller (``read_picture``: ``services/reports.py``
reads them from the blob store) and travel beside the data under :data:`PICTURES`, keyed by
their SHA-256: the snapshot leaves them out (``reports/signing.py``), since the data already
names each picture by its hash, and megabytes of photos have no place in the register.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ita_desktop.domain.evidence import (
    Area,
    EvidenceYear,
    Measure,
    Photo,
    Responsible,
    area_number,
    measure_label,
)
from ita_desktop.domain.framework.model import Catalog
from ita_desktop.domain.meetings import Meeting
from ita_desktop.domain.roster import Person
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.domain.units import UnitKind
from ita_desktop.errors import AppError
from ita_desktop.reports.kept_names import person_name
from ita_desktop.reports.unit_data import NoUnitError

PICTURES = "pictures"
"""The key of the data holding the printed pictures, {SHA-256: JPEG bytes}."""

MEASURES_TITLE = "มาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน"
RESULTS_TITLE = "รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน"

_POLICE = (UnitKind.PROVINCIAL_POLICE_STATION, UnitKind.METROPOLITAN_POLICE_STATION)
# The catalogs' codes when a year's catalog has no item of that title: the police framework
# numbers the measures O24 and the results O25, the immigration one O23 and O24.
_FALLBACK = {"measures": ("O23", "O24"), "results": ("O24", "O25")}


def _squashed(text: str) -> str:
    return "".join(text.split())


def item_code(catalog: Catalog | None, kind: str, which: str) -> str:
    """The OIT code of the measures (``which`` "measures") or of their results report
    ("results") in the year's catalog: the item whose title names the measures for raising
    integrity and transparency, with or without "รายงานผล"; by the unit's kind when the
    catalog has none."""
    for item in catalog.oit_items if catalog is not None else ():
        title = _squashed(item.title)
        if "ยกระดับคุณธรรม" not in title or "มาตรการ" not in title:
            continue
        if ("รายงานผล" in title) == (which == "results"):
            return item.code
    immigration, police = _FALLBACK[which]
    return police if kind in _POLICE else immigration




def responsible_line(line: Responsible, people: Mapping[int, Person]) -> dict[str, Any]:
    """The duty and who holds it: a person with the rank on the name, or a section or group
    as typed ("จัดทำป้าย", "งานส่งกำลังบำรุง")."""
    person = line.person_id is not None
    who = person_name(people, line.person_id) if line.person_id is not None \
        else " ".join(line.text.split())
    return {"duty": " ".join(line.duty.split()), "who": who, "person": person}


def _photo(photo: Photo, columns: int) -> dict[str, Any]:
    return {"sha256": photo.print_sha256(columns), "caption": " ".join(photo.caption.split()),
            "taken": photo.taken.date().isoformat() if photo.taken is not None else None}


def _meeting(meetings: Mapping[int, Meeting], meeting_id: int | None) -> dict[str, Any] | None:
    meeting = meetings.get(meeting_id) if meeting_id is not None else None
    if meeting is None:
        return None
    return {"number": f"{meeting.number}/{meeting.number_year}",
            "dated": meeting.dated.isoformat(), "subject": " ".join(meeting.subject.split())}


def _measure(year: EvidenceYear, measure: Measure, people: Mapping[int, Person],
             meetings: Mapping[int, Meeting], with_photos: bool) -> dict[str, Any]:
    found: dict[str, Any] = {
        "label": measure_label(measure),
        "title": " ".join(measure.title.split()),
        "issue": measure.issue.strip(),
        "plan": measure.plan.strip(),
        "responsible": [responsible_line(line, people) for line in measure.responsible],
    }
    if with_photos:
        found.update({
            "result": measure.result.strip(),
            "meeting": _meeting(meetings, measure.meeting_id),
            "columns": measure.photo_columns,
            "photos": [_photo(p, measure.photo_columns) for p in year.photos_of(measure)],
        })
    return found


def evidence_data(year: EvidenceYear, unit: UnitProfile | None, people: Mapping[int, Person],
                  *, code: str, meetings: Mapping[int, Meeting] | None = None,
                  read_picture: Callable[[str], bytes] | None = None) -> dict[str, Any]:
    """What the measures document (``read_picture`` None: no results, meetings or photos) or
    the results report (``read_picture`` given: every printed picture is read through it
    once) is built from. ``people`` maps roster ids to people, those who have left included
    (a past year's document keeps its names). ``NoUnitError`` without a unit profile;
    ``evidence.no_measures`` for a year without measures: a document of empty tables helps
    nobody."""
    if unit is None or not unit.full_name.strip():
        raise NoUnitError()
    if not year.measures:
        raise AppError("evidence.no_measures", year=year.fiscal_year)
    with_photos = read_picture is not None
    areas = []
    for area in Area:
        measures = [_measure(year, m, people, meetings or {}, with_photos)
                    for m in year.in_area(area)]
        if measures:
            areas.append({"area": str(area), "number": area_number(area),
                          "measures": measures})
    data: dict[str, Any] = {
        "unit": {"kind": str(unit.kind), "full_name": unit.full_name.strip(),
                 "short_name": unit.short_name.strip()},
        "code": code,
        "areas": areas,
    }
    if read_picture is not None:
        wanted = {photo["sha256"] for area in areas for measure in area["measures"]
                  for photo in measure["photos"]}
        data[PICTURES] = {sha: read_picture(sha) for sha in sorted(wanted)}
    return data


def responsible_texts(data: Mapping[str, Any]) -> list[str]:
    """The people the measures name as responsible, for the names a line keeps whole (a
    section's name is left to the dictionary, which knows its words)."""
    return [line["who"] for area in data["areas"] for measure in area["measures"]
            for line in measure["responsible"] if line["person"]]
