"""The year as an iCalendar file (RFC 5545) for phone and desktop calendars.

Written by hand: the format the program needs is small, and a library would be one more
dependency to lock and ship for it. Every date of the year view becomes one event: a phase or
due work as all-day events, a meeting at its times in Bangkok time; work not done carries an
alarm the day before it is due.

The UID of an event comes from the entry's ref and the unit's name, so an export made again
(after a change of date or title) updates the events a calendar already holds instead of
adding them twice, and two units' files never share an event.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from ita_desktop import __version__
from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.fiscal import fiscal_year_label
from ita_desktop.domain.year_view import DUE_KINDS, EntryKind, YearEntry, in_order, is_late
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.files import write_atomically

register({
    "ics.not_written": QT_TRANSLATE_NOOP(
        "Errors", "The calendar file could not be written to '%path' (%detail). Nothing was "
        "written there."),
})

TIMEZONE = "Asia/Bangkok"
PRODID = f"-//ITA Desktop//ITA Desktop {__version__}//TH"
LINE_OCTETS = 75
CRLF = "\r\n"

# Thailand has kept UTC+7 all year since 1920: one standard part, no daylight saving.
_VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TIMEZONE}",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0700",
    "TZOFFSETTO:+0700",
    "TZNAME:+07",
    "END:STANDARD",
    "END:VTIMEZONE",
)

# The file is read on a phone, in Thai, as the unit's other documents are.
KIND_WORDS: dict[EntryKind, str] = {
    EntryKind.PHASE: "ปฏิทินการประเมิน",
    EntryKind.MEETING: "การประชุม",
    EntryKind.ACTION: "งานที่ได้รับมอบหมาย",
    EntryKind.OIT_DEADLINE: "กำหนดส่ง OIT",
    EntryKind.DELIVERABLE: "งานส่งรายเดือน OIT",
}
DONE_WORD = "ดำเนินการแล้ว"
LATE_WORD = "เลยกำหนด"
WHO_WORD = "ผู้รับผิดชอบ"
ALARM_WORD = "ครบกำหนดพรุ่งนี้"
# A calendar rings an all-day event's alarm relative to its midnight; 15 hours before it is
# 09:00 of the day before, one working day ahead, rather than a call in the middle of the night.
ALARM_BEFORE = "-PT15H"


def calendar_name(unit_name: str, fiscal_year: int,
                  digits: DigitStyle = DigitStyle.ARABIC) -> str:
    """The unit and the year, worded as the unit's reports word a fiscal year."""
    return f"{unit_name} {fiscal_year_label(fiscal_year, digits)}".strip()


def event_uid(ref: str, unit_name: str) -> str:
    """The same ref of the same unit gives the same UID in every export."""
    digest = hashlib.sha256(f"{unit_name}\n{ref}".encode()).hexdigest()[:32]
    return f"{digest}@ita-desktop"


def ics_text(entries: Iterable[YearEntry], *, unit_name: str, fiscal_year: int,
             stamp: datetime, today: date, digits: DigitStyle = DigitStyle.ARABIC) -> str:
    """The whole file as text, lines folded and ended with CRLF.

    ``stamp`` is the moment of the export (DTSTAMP; naive means UTC); ``today`` decides which
    work is marked late: the file shows the state of the day it was made. ``digits`` is the
    unit's digit style for the calendar's name (the entries come worded already).
    """
    stamp_text = _utc(stamp)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(calendar_name(unit_name, fiscal_year, digits))}",
        f"X-WR-TIMEZONE:{TIMEZONE}",
        *_VTIMEZONE,
    ]
    for entry in in_order(entries):
        lines += _event(entry, unit_name, stamp_text, today)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)


def write_ics(path: Path, entries: Iterable[YearEntry], *, unit_name: str, fiscal_year: int,
              today: date, stamp: datetime | None = None,
              digits: DigitStyle = DigitStyle.ARABIC) -> Path:
    """Write the year to ``path`` whole or not at all (a file already there is replaced only
    by a complete one)."""
    text = ics_text(entries, unit_name=unit_name, fiscal_year=fiscal_year,
                    stamp=stamp or datetime.now(UTC), today=today, digits=digits)
    path = Path(path)
    try:
        write_atomically(path, text.encode("utf-8"), make_folder=True)
    except OSError as exc:
        raise AppError("ics.not_written", path=path, detail=exc.strerror or str(exc)) from exc
    return path


def _event(entry: YearEntry, unit_name: str, stamp: str, today: date) -> list[str]:
    late = is_late(entry, today)
    categories = [KIND_WORDS[entry.kind]]
    if entry.done:
        categories.append(DONE_WORD)
    elif late:
        categories.append(LATE_WORD)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event_uid(entry.ref, unit_name)}",
        f"DTSTAMP:{stamp}",
        *_when(entry),
        f"SUMMARY:{escape_text(entry.title)}",
    ]
    description = _description(entry, categories[1:])
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    if entry.place:
        lines.append(f"LOCATION:{escape_text(entry.place)}")
    lines.append("CATEGORIES:" + ",".join(escape_text(word) for word in categories))
    lines.append("STATUS:CONFIRMED")
    # A timed meeting takes the time of the phone; the rest is marked free, as a holiday is,
    # so that a month-long phase does not show the secretary as busy all month.
    lines.append(f"TRANSP:{'OPAQUE' if entry.at is not None else 'TRANSPARENT'}")
    if entry.kind in DUE_KINDS and not entry.done:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY",
                  f"DESCRIPTION:{escape_text(f'{ALARM_WORD}: {entry.title}')}",
                  f"TRIGGER:{ALARM_BEFORE}", "END:VALARM"]
    lines.append("END:VEVENT")
    return lines


def _when(entry: YearEntry) -> list[str]:
    if entry.at is None:
        # DTEND of an all-day event is the day after its last day (RFC 5545, 3.6.1).
        return [f"DTSTART;VALUE=DATE:{entry.start:%Y%m%d}",
                f"DTEND;VALUE=DATE:{entry.end + timedelta(days=1):%Y%m%d}"]
    lines = [f"DTSTART;TZID={TIMEZONE}:{_local(entry.start, entry.at)}"]
    if entry.until is not None:
        lines.append(f"DTEND;TZID={TIMEZONE}:{_local(entry.end, entry.until)}")
    return lines


def _description(entry: YearEntry, state: list[str]) -> str:
    parts = [*state, entry.detail]
    if entry.who:
        parts.append(f"{WHO_WORD}: {entry.who}")
    return "\n".join(part for part in parts if part)


def _local(day: date, at: time) -> str:
    return f"{datetime.combine(day, at):%Y%m%dT%H%M%S}"


def _utc(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return f"{moment:%Y%m%dT%H%M%SZ}"


def escape_text(text: str) -> str:
    """A TEXT value as RFC 5545 (3.3.11) writes it: backslash, semicolon, comma and line
    breaks escaped; other control characters, which the format forbids, left out."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or ord(ch) >= 0x20 and ord(ch) != 0x7F)
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line: str) -> str:
    """``line`` folded into lines of at most 75 octets (RFC 5545, 3.1): each further line
    starts with one space. A line is cut between characters, never inside one: a Thai
    character is three octets in UTF-8, and a cut inside it would leave bytes no reader
    decodes."""
    if len(line.encode("utf-8")) <= LINE_OCTETS:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    room = LINE_OCTETS
    for ch in line:
        octets = len(ch.encode("utf-8"))
        if size + octets > room:
            pieces.append("".join(current))
            current, size = [], 0
            room = LINE_OCTETS - 1  # the leading space takes one octet
        current.append(ch)
        size += octets
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)
