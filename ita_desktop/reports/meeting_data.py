"""A meeting as its two documents print it, as plain JSON-ready values: the minutes
(``reports/meeting_minutes.py``) and the attendance sheet (``reports/attendance_sheet.py``)
are built from this dictionary alone, so that a signed-off version freezes it and the same
dictionary always gives the same documents.

Every person is written out here in each form the documents use, from the roster entry the
meeting points at: the full rank and name with the full position (the minutes' attendance
lists, as seed 002 prints them), the abbreviated rank apart from the bare name with the
abbreviated position (the attendance sheet's columns, the signature blocks), and the short
form "พ.ต.ท.หญิง สุดาฯ" of a speaker. Digits stay Arabic: the document's digit style is how it
is written, not what it says.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from ita_desktop.domain.digits import to_arabic_digits
from ita_desktop.domain.meetings import (
    KIND_TITLES,
    ActionItem,
    AgendaItem,
    Attendee,
    Meeting,
    Presence,
    register_key,
)
from ita_desktop.domain.positions import abbreviate_position, expand_position
from ita_desktop.domain.ranks import (
    IncompleteNameError,
    PersonName,
    UnknownRankError,
    format_title,
    name_in_order,
    name_in_table,
    name_short,
    parse_person_name,
)
from ita_desktop.domain.roster import Person, official_order
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.reports.unit_data import NoUnitError

register({
    "report.meeting_person": QT_TRANSLATE_NOOP(
        "Errors", "Meeting %number names a person (roster no. %id) who is not in the roster; "
        "choose someone else in the meeting and export again."),
    "report.meeting_subject": QT_TRANSLATE_NOOP(
        "Errors", "'%given' does not name a meeting: give its number as N/YYYY (e.g. 1/2567)."),
    "report.no_meeting": QT_TRANSLATE_NOOP(
        "Errors", "Fiscal year %year has no meeting %number; its meetings are: %known."),
})

def _parsed(typed: str) -> PersonName | None:
    try:
        return parse_person_name(typed)
    except (UnknownRankError, IncompleteNameError):
        return None


def _forms(name: PersonName | None, typed: str, position: str) -> dict[str, str]:
    """The forms of one person's name and position the two documents print. A guest whose
    typed name cannot be read keeps it as typed in every form rather than a guessed rank."""
    full_position = expand_position(position) if position else ""
    abbr_position = abbreviate_position(position) if position else ""
    if name is None:
        return {"full_name": typed, "rank": "", "name": typed, "short_name": typed,
                "table_name": typed, "position": full_position, "position_abbr": abbr_position}
    if name.title.rank.police:
        rank, bare = format_title(name.title, abbreviated=True), f"{name.first} {name.last}"
    else:
        # A civilian has no rank column entry: the title stays with the name, in full.
        rank, bare = "", f"{name.title.rank.full}{name.first} {name.last}"
    return {"full_name": name_in_order(name), "rank": rank, "name": bare,
            "short_name": name_short(name), "table_name": name_in_table(name),
            "position": full_position, "position_abbr": abbr_position}


def _roster_person(meeting: Meeting, people: Mapping[int, Person], person_id: int
                   ) -> dict[str, str]:
    try:
        person = people[person_id]
    except KeyError:
        raise AppError("report.meeting_person", number=register_key(meeting),
                       id=person_id) from None
    return _forms(person.name, person.display_name, person.position or person.position_abbr)


def _attendee(meeting: Meeting, people: Mapping[int, Person], attendee: Attendee,
              places: Mapping[int, int]) -> dict[str, Any]:
    if attendee.person_id is not None:
        forms = _roster_person(meeting, people, attendee.person_id)
    else:
        forms = _forms(_parsed(attendee.name), attendee.name.strip(), attendee.position.strip())
    return {"id": attendee.person_id, "presence": str(attendee.presence), **forms,
            "role": attendee.role_text.strip(), "reason": attendee.reason.strip(),
            "roster_place": (places.get(attendee.person_id)
                             if attendee.person_id is not None else None)}


def _roster_places(meeting: Meeting, unit: UnitProfile, people: Mapping[int, Person]
                   ) -> dict[int, int]:
    """Where each person of the roster in the meeting stands in the official order: the
    attendance sheet lists people as the roster does (seed 002's sheet: by office and rank,
    the absentee in her place), while the minutes list them as the committee does."""
    # Who has left since keeps the place they had: the sheet is about the day of the meeting.
    named = [replace(people[a.person_id], active=True) for a in meeting.attendees
             if a.person_id is not None and a.person_id in people]
    return {p.id: n for n, p in enumerate(official_order(named, unit.kind, unit.commander_id))
            if p.id is not None}


def _action(meeting: Meeting, people: Mapping[int, Person], action: ActionItem
            ) -> dict[str, Any]:
    who = [_roster_person(meeting, people, action.person_id)["table_name"]] \
        if action.person_id is not None else []
    if action.who_text.strip():
        who.append(action.who_text.strip())
    return {"what": action.what.strip(), "who": " ".join(who),
            "due": action.due.isoformat() if action.due else None,
            "done_on": action.done_on.isoformat() if action.done_on else None}


def _item(meeting: Meeting, people: Mapping[int, Person], item: AgendaItem, *,
          top: bool = True) -> dict[str, Any]:
    """An item as printed; only an item of the agenda itself, not a sub-item, takes the
    standard title of its kind when it has none of its own."""
    speaker = ""
    if item.speaker_id is not None:
        speaker = _roster_person(meeting, people, item.speaker_id)["short_name"]
    # The seed prints the role (เลขาฯ, ประธานฯ) under the name, beside the text.
    speaker = "\n".join(p for p in (speaker, item.speaker_text.strip()) if p)
    found: dict[str, Any] = {"kind": str(item.kind),
                             "title": item.title.strip() or (KIND_TITLES[item.kind] if top
                                                             else ""),
                             "text": item.text.strip(), "speaker": speaker,
                             "resolution": item.resolution.strip(),
                             "actions": [_action(meeting, people, a) for a in item.actions],
                             "items": [_item(meeting, people, sub, top=False)
                                       for sub in item.items]}
    # Only when set: the data (and so the hash) of minutes signed off before items could
    # hold the table stays what it was.
    if item.oit_table:
        found["oit_table"] = True
    return found


def holds_oit_table(items: Sequence[AgendaItem]) -> bool:
    """Whether any item or sub-item of ``items`` prints the year's OIT assignment table."""
    return any(item.oit_table or holds_oit_table(item.items) for item in items)


def _signer(meeting: Meeting, people: Mapping[int, Person], person_id: int | None
            ) -> dict[str, str] | None:
    """A signer of the minutes as minutes print one: the abbreviated rank on the signing
    line, the bare name in brackets, the abbreviated position (seed 002)."""
    if person_id is None:
        return None
    forms = _roster_person(meeting, people, person_id)
    return {"rank": forms["rank"], "name": forms["name"], "position": forms["position_abbr"]}


def meeting_named(meetings: Sequence[Meeting], fiscal_year: int, key: str) -> Meeting:
    """The meeting of ``fiscal_year`` numbered ``key`` ("1/2567", Thai digits and spaces
    allowed, as the secretary may type it); ``report.meeting_subject`` for text that is no
    number N/YYYY, ``report.no_meeting`` when the year has no such meeting."""
    wanted = re.fullmatch(r"\s*(\d+)\s*/\s*(\d{4})\s*", to_arabic_digits(key))
    if wanted is None:
        raise AppError("report.meeting_subject", given=key)
    number, year = int(wanted.group(1)), int(wanted.group(2))
    for meeting in meetings:
        if meeting.fiscal_year == fiscal_year and (meeting.number, meeting.number_year) == (
                number, year):
            return meeting
    known = ", ".join(register_key(m) for m in meetings if m.fiscal_year == fiscal_year)
    raise AppError("report.no_meeting", year=fiscal_year, number=f"{number}/{year}",
                   known=known or "-")


def meeting_data(meeting: Meeting, unit: UnitProfile | None, people: Mapping[int, Person],
                 *, oit: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """What the minutes and the attendance sheet of ``meeting`` are built from. ``people``
    maps a roster id to the person (who may have left since: minutes keep who came).
    ``oit`` is the year's OIT assignment table (``reports/oit_data.oit_table_data``), which
    the items marked to hold it print; it is kept only when an item does.
    ``NoUnitError`` without a unit profile; ``report.meeting_person`` when the meeting names
    someone ``people`` does not hold."""
    if unit is None or not unit.full_name.strip():
        raise NoUnitError()
    places = _roster_places(meeting, unit, people)
    data: dict[str, Any] = {
        "unit": {"full_name": unit.full_name, "short_name": unit.short_name,
                 "parent_bureau": unit.parent_bureau},
        "meeting": {
            "fiscal_year": meeting.fiscal_year, "number": meeting.number,
            "number_year": meeting.number_year, "dated": meeting.dated.isoformat(),
            "subject": meeting.subject.strip(), "place": meeting.place.strip(),
            "start": meeting.start.strftime("%H:%M") if meeting.start else None,
            "end": meeting.end.strftime("%H:%M") if meeting.end else None,
        },
        "attendees": {str(presence): [_attendee(meeting, people, a, places)
                                      for a in meeting.of_presence(presence)]
                      for presence in Presence},
        "agenda": [_item(meeting, people, item) for item in meeting.agenda],
        "recorder": _signer(meeting, people, meeting.recorder_id),
        "checker": _signer(meeting, people, meeting.checker_id),
        "chair": _signer(meeting, people, meeting.chair_id),
    }
    if oit is not None and holds_oit_table(meeting.agenda):
        data["oit"] = oit
    return data


def number_text(data: dict[str, Any]) -> str:
    """"1/2567" in Arabic digits; the document writes it in its own."""
    return f"{data['meeting']['number']}/{data['meeting']['number_year']}"
