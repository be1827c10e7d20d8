"""The committee's meetings: number, date and times, place, chair, who came and who did not,
the agenda (ระเบียบวาระ) with its items, resolutions and sub-items, the action items decided,
and who recorded and checked the minutes (seed 002, meetings 1/2567 and 2/2567).

No Qt, no SQL, no files: the store keeps these dataclasses, the services check them before
saving, the minutes and the attendance sheet are built from them.

Numbering: a meeting is "ครั้งที่ N/YYYY", YYYY the B.E. calendar year of its date (not the
fiscal year), restarting each 1 January as order numbers do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, time
from enum import StrEnum

from ita_desktop.domain.committee import Committee, PersonFacts, Role, order_reach, role_words
from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.thai_dates import ce_to_be
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

register({
    "meetings.bad_number": QT_TRANSLATE_NOOP(
        "Errors", "'%number' cannot be the number of a meeting: give a whole number from 1 "
        "up (the part before the slash, as in 1/2567)."),
    "meetings.number_taken": QT_TRANSLATE_NOOP(
        "Errors", "Meeting number %number is already used by the meeting of %date: numbers "
        "restart each 1 January and are not used twice in a year."),
    "meetings.no_subject": QT_TRANSLATE_NOOP(
        "Errors", "The meeting has no subject (what the minutes are headed with)."),
    "meetings.date_out_of_reach": QT_TRANSLATE_NOOP(
        "Errors", "%date is outside the reach of fiscal year %year: its meetings are held "
        "from %earliest to %latest."),
    "meetings.end_before_start": QT_TRANSLATE_NOOP(
        "Errors", "The meeting ends at %end, not after it starts at %start."),
    "meetings.no_chair": QT_TRANSLATE_NOOP(
        "Errors", "The meeting has no chair: choose who chaired it from the roster."),
    "meetings.chair_not_in_roster": QT_TRANSLATE_NOOP(
        "Errors", "The chair (number %id) is not in the roster (someone may have removed "
        "them): choose the chair again from the roster."),
    "meetings.recorder_not_in_roster": QT_TRANSLATE_NOOP(
        "Errors", "Who recorded the minutes (number %id) is not in the roster: choose them "
        "again from the roster."),
    "meetings.checker_not_in_roster": QT_TRANSLATE_NOOP(
        "Errors", "Who checked the minutes (number %id) is not in the roster: choose them "
        "again from the roster."),
    "meetings.attendee_not_in_roster": QT_TRANSLATE_NOOP(
        "Errors", "Attendee %row (number %id) is not in the roster: choose them again from "
        "the roster, or type them as a guest."),
    "meetings.chair_left": QT_TRANSLATE_NOOP(
        "Errors", "The chair, %name, left the unit on %left_on, before the meeting of %date: "
        "choose someone who served on that day."),
    "meetings.recorder_left": QT_TRANSLATE_NOOP(
        "Errors", "The recorder, %name, left the unit on %left_on, before the meeting of "
        "%date: choose someone who served on that day."),
    "meetings.checker_left": QT_TRANSLATE_NOOP(
        "Errors", "The checker, %name, left the unit on %left_on, before the meeting of %date: "
        "choose someone who served on that day."),
    "meetings.attendee_left": QT_TRANSLATE_NOOP(
        "Errors", "%name left the unit on %left_on, before the meeting of %date, and cannot be "
        "listed as coming: mark them absent or remove them."),
    "meetings.speaker_not_in_roster": QT_TRANSLATE_NOOP(
        "Errors", "The speaker of '%item' (number %id) is not in the roster: choose them "
        "again, or type who spoke."),
    "meetings.action_not_in_roster": QT_TRANSLATE_NOOP(
        "Errors", "Who does '%what' (number %id) is not in the roster: choose them again, or "
        "type the section or role."),
    "meetings.twice": QT_TRANSLATE_NOOP(
        "Errors", "%name is in the attendance twice: each person is listed once, as present, "
        "absent or attending."),
    "meetings.guest_no_name": QT_TRANSLATE_NOOP(
        "Errors", "Attendee %row is not from the roster and has no name: type the guest's "
        "name as the minutes print it."),
    "meetings.action_no_words": QT_TRANSLATE_NOOP(
        "Errors", "An action item of '%item' says nothing: type what is to be done."),
    "meetings.action_no_who": QT_TRANSLATE_NOOP(
        "Errors", "The action item '%what' names nobody: choose who does it from the roster "
        "or type the section or role."),
})


class Presence(StrEnum):
    """How a person appears in the minutes."""

    PRESENT = "present"  # ผู้มาประชุม: a member of the committee who came
    ABSENT = "absent"  # ผู้ไม่มาประชุม: a member who did not, with a reason
    ATTENDING = "attending"  # ผู้เข้าร่วมประชุม: came without being a member (guests, staff)


@dataclass(frozen=True)
class Attendee:
    """One person of the minutes' attendance lists.

    ``person_id`` points into the roster; a guest from outside the unit has none and is named
    by ``name`` and ``position`` as typed. ``role_text`` is the role printed beside the name
    (the committee role words for a member, "เจ้าหน้าที่" …); ``reason`` why an absent member
    did not come ("ไปราชการ", "ปฏิบัติหน้าที่งานบริการคนต่างด้าว").
    """

    presence: Presence
    person_id: int | None = None
    name: str = ""
    position: str = ""
    role_text: str = ""
    reason: str = ""


class AgendaKind(StrEnum):
    """The standard items of an agenda, in the order the seeds use them; OTHER_TOPIC is an item
    of the meeting's own title."""

    ANNOUNCEMENTS = "announcements"  # เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ
    PREVIOUS_MINUTES = "previous_minutes"  # เรื่องรับรองรายงานการประชุมครั้งที่ผ่านมา
    MATTERS_ARISING = "matters_arising"  # เรื่องสืบเนื่องจากการประชุมครั้งที่ผ่านมา
    INFORMATION = "information"  # เรื่องเพื่อทราบ
    CONSIDERATION = "consideration"  # เรื่องเพื่อพิจารณา
    OTHER = "other"  # เรื่องอื่น ๆ (ถ้ามี)
    DIRECTIVES = "directives"  # ข้อสั่งการของประธานที่ประชุม
    OTHER_TOPIC = "other_topic"  # an item with a title of its own


@dataclass(frozen=True)
class ActionItem:
    """Who does what by when, as a resolution or a directive decides it.

    ``person_id`` names a person of the roster; ``who_text`` a section, a role or several
    people in words when no single person carries it. ``done_on`` is None while the action is
    open: an open action is carried into the next meeting's matters arising and shows in the
    year view until it is done. ``id`` is the store's, kept when the action is carried.
    """

    what: str
    person_id: int | None = None
    who_text: str = ""
    due: date | None = None
    done_on: date | None = None
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.done_on is None


@dataclass(frozen=True)
class AgendaItem:
    """An item of the agenda, or one of its sub-items (same shape, one level down).

    ``text`` is what was said or reported, ``speaker_id`` (roster) or ``speaker_text``
    (words, e.g. "เลขานุการฯ") who said it, ``resolution`` the มติที่ประชุม ("รับทราบ").
    ``follows_action_id`` marks a matters-arising sub-item that reports on an earlier
    meeting's action item. ``oit_table`` asks the minutes to print the year's OIT assignment
    table in this item (used once the OIT tab exists).
    """

    kind: AgendaKind
    title: str = ""
    text: str = ""
    speaker_id: int | None = None
    speaker_text: str = ""
    resolution: str = ""
    items: tuple[AgendaItem, ...] = ()
    actions: tuple[ActionItem, ...] = ()
    follows_action_id: int | None = None
    oit_table: bool = False


@dataclass(frozen=True)
class Meeting:
    fiscal_year: int
    number: int
    dated: date
    subject: str
    place: str = ""
    start: time | None = None
    end: time | None = None
    chair_id: int | None = None
    attendees: tuple[Attendee, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    recorder_id: int | None = None
    checker_id: int | None = None
    id: int | None = None
    # The stored revision the user saw: a save over someone else's change is refused.
    version: int | None = None

    @property
    def number_year(self) -> int:
        """YYYY of "ครั้งที่ N/YYYY": the B.E. calendar year of the meeting's date."""
        return ce_to_be(self.dated.year)

    def number_text(self, digits: DigitStyle = DigitStyle.THAI) -> str:
        return apply_digits(f"{self.number}/{self.number_year}", digits)

    def of_presence(self, presence: Presence) -> list[Attendee]:
        return [a for a in self.attendees if a.presence is presence]

    def actions(self) -> list[ActionItem]:
        """Every action item decided in the meeting, items before their sub-items."""
        found: list[ActionItem] = []

        def walk(items: tuple[AgendaItem, ...]) -> None:
            for item in items:
                found.extend(item.actions)
                walk(item.items)

        walk(self.agenda)
        return found


def register_key(meeting: Meeting) -> str:
    """The meeting's subject key in the register of signed-off documents: N/YYYY in Arabic
    digits, the one spelling the register is searched by."""
    return meeting.number_text(DigitStyle.ARABIC)


# The rules --------------------------------------------------------------------------------

KIND_TITLES: dict[AgendaKind, str] = {
    AgendaKind.ANNOUNCEMENTS: "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
    AgendaKind.PREVIOUS_MINUTES: "เรื่องรับรองรายงานการประชุมครั้งที่ผ่านมา",
    AgendaKind.MATTERS_ARISING: "เรื่องสืบเนื่องจากการประชุมครั้งที่ผ่านมา",
    AgendaKind.INFORMATION: "เรื่องเพื่อทราบ",
    AgendaKind.CONSIDERATION: "เรื่องเพื่อพิจารณา",
    AgendaKind.OTHER: "เรื่องอื่น ๆ (ถ้ามี)",
    AgendaKind.DIRECTIVES: "ข้อสั่งการของประธานที่ประชุม",
    AgendaKind.OTHER_TOPIC: "",
}
"""Each standard item's title as the seeds print it after "ระเบียบวาระที่ N" (document words,
not UI: they are printed in Thai whatever the window's language)."""

DEFAULT_KINDS = (AgendaKind.ANNOUNCEMENTS, AgendaKind.PREVIOUS_MINUTES,
                 AgendaKind.MATTERS_ARISING, AgendaKind.INFORMATION, AgendaKind.CONSIDERATION,
                 AgendaKind.OTHER, AgendaKind.DIRECTIVES)


def agenda_title(item: AgendaItem) -> str:
    """The title an item prints: its own when typed, else its kind's standard words."""
    return item.title.strip() or KIND_TITLES[item.kind]


def meeting_subject(unit_short: str) -> str:
    """Seed 002's subject, what follows "รายงานการประชุม" in the heading of the minutes."""
    return ("การขับเคลื่อนและกำกับติดตามการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
            "ของหน่วยงานภาครัฐ (Integrity and Transparency Assessment : ITA) "
            f"ของ {unit_short.strip()}").strip()


@dataclass(frozen=True)
class OpenAction:
    """An action item not yet done, with the meeting that decided it."""

    action: ActionItem
    meeting: Meeting


def open_actions(meetings: Iterable[Meeting], before: date | None = None) -> list[OpenAction]:
    """The action items not done, of the meetings held before ``before`` (every meeting when
    None), oldest meeting first and in each meeting's own order. An action stays open, and is
    carried into each next meeting's matters arising, until its ``done_on`` is set."""
    held = sorted((m for m in meetings if before is None or m.dated < before),
                  key=lambda m: (m.dated, m.number_year, m.number))
    return [OpenAction(action, meeting) for meeting in held for action in meeting.actions()
            if action.is_open]


def _directives(meeting: Meeting) -> list[AgendaItem]:
    """The chair's directives of ``meeting`` that are followed as words: each sub-item of its
    directives item (or the item itself when it has text and no sub-items). A directive that
    names action items is followed through them instead (the open ones are carried on their
    own), so that it is not listed twice."""
    found: list[AgendaItem] = []
    for item in meeting.agenda:
        if item.kind is not AgendaKind.DIRECTIVES:
            continue
        parts = item.items or ((item,) if item.text.strip() else ())
        found += [p for p in parts if not p.actions and not _has_actions(p.items)
                  and (p.text.strip() or p.title.strip())]
    return found


def _has_actions(items: tuple[AgendaItem, ...]) -> bool:
    return any(item.actions or _has_actions(item.items) for item in items)


def default_agenda(previous: Meeting | None, carried: Sequence[OpenAction] = (),
                   digits: DigitStyle = DigitStyle.THAI) -> tuple[AgendaItem, ...]:
    """The editable default agenda of the seeds: the chair's announcements, the adoption of
    the previous minutes (only after a previous meeting), matters arising with one sub-item
    per previous directive and per open action item (``follows_action_id`` set, the person
    responsible as speaker: they report on it; left out when there is neither a previous
    meeting nor an open action, as in seed 002's first meeting), for information, for
    consideration, other matters and the chair's directives."""
    items: list[AgendaItem] = []
    for kind in DEFAULT_KINDS:
        if kind is AgendaKind.PREVIOUS_MINUTES:
            if previous is None:
                continue
            items.append(AgendaItem(kind, title="เรื่องรับรองรายงานการประชุมครั้งที่ "
                                    + previous.number_text(digits)))
        elif kind is AgendaKind.MATTERS_ARISING:
            if previous is None and not carried:
                continue  # the year's first meeting has nothing to follow (seed 002, 1/2567)
            arising = [AgendaItem(AgendaKind.OTHER_TOPIC, title=d.title, text=d.text,
                                  speaker_id=d.speaker_id, speaker_text=d.speaker_text)
                       for d in (_directives(previous) if previous is not None else [])]
            arising += [AgendaItem(AgendaKind.OTHER_TOPIC, title=o.action.what,
                                   speaker_id=o.action.person_id,
                                   speaker_text=o.action.who_text,
                                   follows_action_id=o.action.id) for o in carried]
            items.append(AgendaItem(kind, items=tuple(arising)))
        else:
            items.append(AgendaItem(kind))
    return tuple(items)


def attendees_from_committee(committee: Committee) -> tuple[Attendee, ...]:
    """The committee's members, all present, with the role words their order prints
    (``role_words`` in the body of the order that appointed them), in the committee's order."""
    bodies = {m.person_id: order.body for order in reversed(committee.orders)
              for m in order.members}
    return tuple(Attendee(Presence.PRESENT, person_id=m.person_id,
                          role_text=role_words(m.role, bodies[m.person_id], m.role_text))
                 for m in committee.members)


def _holder(committee: Committee, *roles: Role) -> int | None:
    for role in roles:
        for member in committee.members:
            if member.role is role:
                return member.person_id
    return None


def new_meeting(fiscal_year: int, dated: date, number: int, subject: str,
                committee: Committee | None, previous: Meeting | None = None,
                carried: Sequence[OpenAction] = (),
                digits: DigitStyle = DigitStyle.THAI) -> Meeting:
    """A draft of a meeting of the committee in force: its members present, its head in the
    chair, its assistant secretary recording (its secretary when it has none) and its
    secretary checking the minutes, as seed 002; the default agenda; the previous meeting's
    place."""
    return Meeting(
        fiscal_year=fiscal_year, number=number, dated=dated, subject=subject,
        place=previous.place if previous is not None else "",
        chair_id=_holder(committee, Role.HEAD) if committee else None,
        attendees=attendees_from_committee(committee) if committee else (),
        agenda=default_agenda(previous, carried, digits),
        recorder_id=(_holder(committee, Role.ASSISTANT_SECRETARY, Role.SECRETARY)
                     if committee else None),
        checker_id=_holder(committee, Role.SECRETARY) if committee else None,
    )


def next_meeting(previous: Meeting, carried: Sequence[OpenAction], dated: date, number: int,
                 digits: DigitStyle = DigitStyle.THAI) -> Meeting:
    """A draft of the meeting after ``previous``: the same people, place, chair, recorder and
    checker; the previous directives and the open action items as matters arising.

    Who was absent is listed as present again, without the reason: a reason ("ไปราชการ") is
    about that day, and everyone is called to each meeting; the secretary marks who is away
    this time. Guests from outside the roster are left out: they came for an item of that
    meeting (the people of the roster who attended, staff and helpers, are kept)."""
    people = tuple(replace(a, presence=Presence.PRESENT, reason="")
                   if a.presence is Presence.ABSENT else a
                   for a in previous.attendees if a.person_id is not None)
    return Meeting(
        fiscal_year=previous.fiscal_year, number=number, dated=dated, subject=previous.subject,
        place=previous.place, chair_id=previous.chair_id, attendees=people,
        agenda=default_agenda(previous, carried, digits), recorder_id=previous.recorder_id,
        checker_id=previous.checker_id)


def suggested_number(meetings: Iterable[Meeting], dated: date) -> int:
    """The number after the highest of ``dated``'s B.E. year; 1 in a new year (numbers
    restart each 1 January, like the orders')."""
    year = ce_to_be(dated.year)
    return max((m.number for m in meetings if m.number_year == year), default=0) + 1


def meeting_reach(fiscal_year: int) -> tuple[date, date]:
    """The days a meeting of ``fiscal_year`` may be held: from when its committee may be
    appointed (the last quarter of the year before) to the year's last day."""
    return order_reach(fiscal_year)


def _walk(items: tuple[AgendaItem, ...]) -> Iterable[AgendaItem]:
    for item in items:
        yield item
        yield from _walk(item.items)


def meeting_problems(meeting: Meeting, people: Mapping[int, PersonFacts],
                     others: Iterable[Meeting] = (),
                     day_text: Callable[[date], str] | None = None) -> list[AppError]:
    """Every rule ``meeting`` breaks, as coded findings: a number from 1 not used by another
    meeting (``others``) of its B.E. year, a subject, a date within the fiscal year's reach,
    an end after the start, a chair, people of the roster, nobody listed twice, guests with a
    name, action items with words and someone to do them. ``day_text`` words dates (ISO
    otherwise)."""
    shown = day_text or (lambda d: d.isoformat())
    found: list[AppError] = []
    if meeting.number < 1:
        found.append(AppError("meetings.bad_number", number=meeting.number))
    for other in others:
        if other.id is not None and other.id == meeting.id:
            continue
        if other.number == meeting.number and other.number_year == meeting.number_year:
            found.append(AppError("meetings.number_taken",
                                  number=meeting.number_text(DigitStyle.ARABIC),
                                  date=shown(other.dated)))
    if not meeting.subject.strip():
        found.append(AppError("meetings.no_subject"))
    earliest, latest = meeting_reach(meeting.fiscal_year)
    if not earliest <= meeting.dated <= latest:
        found.append(AppError("meetings.date_out_of_reach", date=shown(meeting.dated),
                              year=meeting.fiscal_year, earliest=shown(earliest),
                              latest=shown(latest)))
    if meeting.start is not None and meeting.end is not None and meeting.end <= meeting.start:
        found.append(AppError("meetings.end_before_start", start=meeting.start.strftime("%H:%M"),
                              end=meeting.end.strftime("%H:%M")))
    if meeting.chair_id is None:
        found.append(AppError("meetings.no_chair"))
    for code, person_id in (("meetings.chair_not_in_roster", meeting.chair_id),
                            ("meetings.recorder_not_in_roster", meeting.recorder_id),
                            ("meetings.checker_not_in_roster", meeting.checker_id)):
        if person_id is not None and person_id not in people:
            found.append(AppError(code, id=person_id))
    found += _attendee_problems(meeting, people)
    found += _left_before(meeting, people, shown)
    found += _agenda_problems(meeting, people)
    return found


def _left_before(meeting: Meeting, people: Mapping[int, PersonFacts],
                 shown: Callable[[date], str]) -> list[AppError]:
    """People who had left the unit before the meeting's day, given a part in it: the chair,
    the recorder, the checker, or a place among those present. Someone listed as absent is
    left alone (the minutes may still name a member who did not come), and so is a meeting
    held before they left."""
    found: list[AppError] = []
    parts = [("meetings.chair_left", meeting.chair_id),
             ("meetings.recorder_left", meeting.recorder_id),
             ("meetings.checker_left", meeting.checker_id)]
    parts += [("meetings.attendee_left", a.person_id) for a in meeting.attendees
              if a.presence is not Presence.ABSENT]
    for code, person_id in parts:
        facts = people.get(person_id) if person_id is not None else None
        if facts is not None and facts.left_on is not None and facts.left_on < meeting.dated:
            found.append(AppError(code, name=facts.name, left_on=shown(facts.left_on),
                                  date=shown(meeting.dated)))
    return found


def _attendee_problems(meeting: Meeting, people: Mapping[int, PersonFacts]) -> list[AppError]:
    found: list[AppError] = []
    seen: set[int] = set()
    for row, attendee in enumerate(meeting.attendees, 1):
        if attendee.person_id is None:
            if not attendee.name.strip():
                found.append(AppError("meetings.guest_no_name", row=row))
            continue
        if attendee.person_id not in people:
            found.append(AppError("meetings.attendee_not_in_roster", row=row,
                                  id=attendee.person_id))
        elif attendee.person_id in seen:
            found.append(AppError("meetings.twice", name=people[attendee.person_id].name))
        seen.add(attendee.person_id)
    return found


def _agenda_problems(meeting: Meeting, people: Mapping[int, PersonFacts]) -> list[AppError]:
    found: list[AppError] = []
    for item in _walk(meeting.agenda):
        title = agenda_title(item) or item.text.strip()[:40]
        if item.speaker_id is not None and item.speaker_id not in people:
            found.append(AppError("meetings.speaker_not_in_roster", item=title,
                                  id=item.speaker_id))
        for action in item.actions:
            if not action.what.strip():
                found.append(AppError("meetings.action_no_words", item=title))
                continue
            if action.person_id is None and not action.who_text.strip():
                found.append(AppError("meetings.action_no_who", what=action.what.strip()))
            elif action.person_id is not None and action.person_id not in people:
                found.append(AppError("meetings.action_not_in_roster",
                                      what=action.what.strip(), id=action.person_id))
    return found
