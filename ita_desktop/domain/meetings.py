"""The committee's meetings: number, date and times, place, chair, who came and who did not,
the agenda (ระเบียบวาระ) with its items, resolutions and sub-items, the action items decided,
and who recorded and checked the minutes (seed 002, meetings 1/2567 and 2/2567).

No Qt, no SQL, no files: the store keeps these dataclasses, the services check them before
saving, the minutes and the attendance sheet are built from them.

Numbering: a meeting is "ครั้งที่ N/YYYY", YYYY the B.E. calendar year of its date (not the
fiscal year), restarting each 1 January as order numbers do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.thai_dates import ce_to_be


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
