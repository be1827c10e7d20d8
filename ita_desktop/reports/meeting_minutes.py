"""The minutes of a committee meeting (รายงานการประชุม) in the official layout, built from
``meeting_data`` as every report is built from plain data. No rendering and no SQL here.

The layout follows seed 002 (minutes ครั้งที่ ๑/๒๕๖๗): "รายงานการประชุม<subject>" and
"ครั้งที่ N/YYYY" centred in bold, the day, time and place under them; ผู้มาประชุม numbered,
the full rank and name with the full position under it and the role in a column of its own,
without grid lines; ผู้ไม่มาประชุม the same with the reason in brackets; ผู้เข้าร่วมประชุม
when anyone came without being a member; "เริ่มประชุมเวลา …" and the chair's opening line;
each "ระเบียบวาระที่ N <title>" with its text (the speaker's short name to the left of what
they said), its sub-items, the action items decided and "มติที่ประชุม …", "(ไม่มี)" for an
item with nothing in it; "เลิกประชุมเวลา …"; the recorder and the checker signing side by
side, and under them the chair who approves the minutes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, time
from typing import Any

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.meetings import Meeting
from ita_desktop.domain.roster import Person
from ita_desktop.domain.signoff import SignerRole, role_text
from ita_desktop.domain.thai_dates import DateForm, format_thai_date, format_time
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.reports.kept_names import kept_names, meeting_names
from ita_desktop.reports.meeting_data import meeting_data, number_text
from ita_desktop.reports.model import (
    BODY_SIZE,
    Align,
    Cell,
    Document,
    Paragraph,
    Part,
    Row,
    Run,
    SignatureBlock,
    Signer,
    Table,
    TitleBlock,
    Verification,
)
from ita_desktop.reports.oit_assignments import minutes_parts
from ita_desktop.reports.oit_data import printed_names

INDENT_CM = 2.5
"""The first-line indent of an official text's paragraphs (ระเบียบงานสารบรรณ: 2.5 cm)."""
SUB_INDENT_CM = 1.0
"""How much further in each level of sub-items stands."""
ATTENDEE_COLUMNS = (1.0, 10.0, 5.0)
"""The number, the name with the position under it, the role (seed 002's two-column list)."""
SPEAKER_COLUMNS = (4.2, 11.8)
"""The speaker's short name and role on the left, what they said on the right."""
ACTION_COLUMNS = (1.0, 8.0, 4.5, 2.5)
OPENING = "ประธานกล่าวเปิดประชุม และดำเนินการตามระเบียบวาระการประชุม ดังต่อไปนี้"
NOTHING = "(ไม่มี)"
RESOLUTION = "มติที่ประชุม"
OWN_MARK = re.compile(r"\s*(?:[-•–]\s|[0-9๐-๙]+(?:\)|\.\s))")
"""A text that opens with its own list mark ("- ", "๑) ", "1. "), as seed 002 writes what a
speaker said ("- แจ้งคำสั่ง …"): the secretary numbered it, so the minutes add no number."""
LISTS = (("present", "ผู้มาประชุม"), ("absent", "ผู้ไม่มาประชุม"),
         ("attending", "ผู้เข้าร่วมประชุม"))


def _clock(text: str | None, digits: DigitStyle) -> str:
    return format_time(time.fromisoformat(text), digits) if text else ""


def when_line(data: dict[str, Any], digits: DigitStyle) -> str:
    """"ในวันศุกร์ที่ ๕ มกราคม ๒๕๖๗ เวลา ๑๐.๐๐ น." (without the time when none is set)."""
    meeting = data["meeting"]
    day = format_thai_date(date.fromisoformat(meeting["dated"]), DateForm.WEEKDAY_FULL, digits)
    start = _clock(meeting["start"], digits)
    return f"ใน{day} เวลา {start}" if start else f"ใน{day}"


def _attendee_table(people: list[dict[str, Any]], title: str) -> Table:
    """No grid lines: the columns only line up the numbers, the names (the position under
    the name, an absentee's reason under that) and the roles, as seed 002 prints them."""
    rows: list[Row] = []
    for n, person in enumerate(people, start=1):
        lines = [person["full_name"], person["position"]]
        if person["reason"]:
            lines.append(f"({person['reason']})")
        rows.append((Cell((Run(f"{n}."),), align=Align.RIGHT),
                     Cell((Run("\n".join(line for line in lines if line)),)),
                     Cell((Run(person["role"]),) if person["role"] else ())))
    return Table(columns=ATTENDEE_COLUMNS, header_rows=(), rows=tuple(rows), title=title,
                 size=BODY_SIZE, grid=False)


def _attendance(data: dict[str, Any]) -> list[Part]:
    parts: list[Part] = []
    for key, label in LISTS:
        people = data["attendees"][key]
        # Nobody absent is worth saying; nobody from outside the committee is not.
        if not people and key == "attending":
            continue
        parts.append(Paragraph((Run(label, bold=True),), space_before=6, keep_with_next=True))
        if people:
            parts.append(_attendee_table(people, label))
        else:
            parts.append(Paragraph((Run(NOTHING),), left_indent_cm=SUB_INDENT_CM))
    return parts


def _paragraphs(text: str, depth: int) -> list[Part]:
    return [Paragraph((Run(line),), first_line_indent_cm=INDENT_CM if depth == 0 else 0,
                      left_indent_cm=depth * SUB_INDENT_CM, space_after=2)
            for line in text.split("\n") if line.strip()]


def _due(action: dict[str, Any], digits: DigitStyle) -> str:
    lines = []
    if action["due"]:
        lines.append(format_thai_date(date.fromisoformat(action["due"]), DateForm.ABBR, digits))
    if action["done_on"]:
        done = format_thai_date(date.fromisoformat(action["done_on"]), DateForm.ABBR, digits)
        lines.append(f"(เสร็จ {done})")
    return "\n".join(lines)


def _actions(actions: list[dict[str, Any]], depth: int, digits: DigitStyle) -> list[Part]:
    """Who does what by when, as a ruled table under the item that decided it."""
    if not actions:
        return []
    header: Row = tuple(Cell((Run(t),), align=Align.CENTER, bold=True)
                        for t in ("ที่", "สิ่งที่ต้องดำเนินการ", "ผู้รับผิดชอบ", "กำหนดเสร็จ"))
    rows: list[Row] = [
        (Cell((Run(str(n)),), align=Align.CENTER), Cell((Run(a["what"]),)),
         Cell((Run(a["who"]),) if a["who"] else ()),
         Cell((Run(text),) if (text := _due(a, digits)) else (), align=Align.CENTER))
        for n, a in enumerate(actions, start=1)]
    return [Paragraph((Run("การดำเนินการที่มอบหมาย", bold=True),),
                      left_indent_cm=depth * SUB_INDENT_CM + (INDENT_CM if depth == 0 else 0),
                      space_before=4, keep_with_next=True),
            Table(columns=ACTION_COLUMNS, header_rows=(header,), rows=tuple(rows),
                  title="การดำเนินการที่มอบหมาย")]


def _spoken(speaker: str, text: str, title: str) -> Table:
    """The speaker beside the first line of what they said, each further line a row of its
    own under it: a page may then break between lines, as in seed 002, where one row holding
    a long report would be carried whole to the next page with its heading, leaving a third
    of a page empty."""
    lines = [line for line in text.split("\n") if line.strip()]
    rows = tuple((Cell((Run(speaker),) if n == 0 else ()), Cell((Run(line),)))
                 for n, line in enumerate(lines))
    return Table(columns=SPEAKER_COLUMNS, header_rows=(), rows=rows, title=title,
                 size=BODY_SIZE, grid=False)


def _is_empty(item: dict[str, Any]) -> bool:
    return not (item["text"] or item["items"] or item["actions"] or item["resolution"])


def _item_parts(item: dict[str, Any], label: str, depth: int, digits: DigitStyle,
                oit: list[dict[str, Any]] | None = None) -> list[Part]:
    parts: list[Part] = []
    text = item["text"]
    if depth == 0:
        parts.append(Paragraph((Run(f"ระเบียบวาระที่ {label} {item['title']}".strip(),
                                    bold=True),), space_before=10, space_after=2,
                               keep_with_next=True))
    elif item["title"] and item["title"] != text:
        parts.append(Paragraph((Run(f"{label} {item['title']}"),),
                               left_indent_cm=(depth - 1) * SUB_INDENT_CM + INDENT_CM,
                               space_before=4, space_after=2, keep_with_next=True))
    elif text and not OWN_MARK.match(text):
        # An untitled sub-item carries its number at the head of its text.
        text = f"{label} {text}"
    if text and item["speaker"]:
        parts.append(_spoken(item["speaker"], text, item["title"]))
    elif text:
        parts += _paragraphs(text, depth)
    if item.get("oit_table") and oit:
        # Right after what was said, as seed 002's meeting 1/2567 prints the assignments.
        parts += minutes_parts(oit, depth * SUB_INDENT_CM)
    parts += _actions(item["actions"], depth, digits)
    for k, sub in enumerate(item["items"], start=1):
        parts += _item_parts(sub, f"{label}.{k}", depth + 1, digits, oit)
    if item["resolution"]:
        parts.append(Paragraph((Run(RESOLUTION, bold=True), Run(f" {item['resolution']}")),
                               first_line_indent_cm=INDENT_CM if depth == 0 else 0,
                               left_indent_cm=depth * SUB_INDENT_CM, space_before=4))
    if depth == 0 and _is_empty(item) and not (item.get("oit_table") and oit):
        parts.append(Paragraph((Run(NOTHING),), first_line_indent_cm=INDENT_CM))
    return parts


def _named(data: dict[str, Any], key: str, role: SignerRole) -> Signer:
    """A signer of the minutes named in the meeting, with a dotted line for the hand
    signature; a blank block when the meeting names nobody."""
    text = role_text(role)
    person = data[key]
    if person is None:
        return Signer(role=text.thai, above=text.above)
    return Signer(role=text.thai, above=text.above, rank=person["rank"], name=person["name"],
                  position=person["position"])


def minutes_signers(data: dict[str, Any], signers: tuple[Signer, ...]
                    ) -> tuple[Signer, Signer, Signer]:
    """The recorder, the checker and the chair: from the sign-off when it names them (with
    their signatures and dates), else as the meeting names them."""
    found = []
    for key, role in (("recorder", SignerRole.RECORDER), ("checker", SignerRole.MINUTES_CHECKER),
                      ("chair", SignerRole.CHAIR)):
        label = role_text(role).thai
        given = next((s for s in signers if s.role == label and s.name), None)
        found.append(given or _named(data, key, role))
    return found[0], found[1], found[2]


def build_minutes(data: dict[str, Any], fiscal_year: int, digits: DigitStyle,
                  signers: tuple[Signer, ...], verification: Verification | None) -> Document:
    """The minutes as an official document (DOCX and PDF)."""
    del fiscal_year  # the meeting's own year is in its data; the register passes the year too
    meeting = data["meeting"]
    parts: list[Part] = [
        TitleBlock(lines=((Run(f"รายงานการประชุม{meeting['subject']}"),),
                          (Run(f"ครั้งที่ {number_text(data)}"),)), size=BODY_SIZE + 2),
        Paragraph((Run(when_line(data, digits)),), align=Align.CENTER),
    ]
    if meeting["place"]:
        parts.append(Paragraph((Run(f"ณ {meeting['place']}"),), align=Align.CENTER))
    parts.append(Paragraph((Run("-" * 24),), align=Align.CENTER, space_after=4))
    parts += _attendance(data)
    if meeting["start"]:
        parts.append(Paragraph((Run(f"เริ่มประชุมเวลา {_clock(meeting['start'], digits)}",
                                    bold=True),), space_before=8))
    parts.append(Paragraph((Run(OPENING),), first_line_indent_cm=INDENT_CM, space_before=4))
    for n, item in enumerate(data["agenda"], start=1):
        parts += _item_parts(item, str(n), 0, digits, data.get("oit"))
    if meeting["end"]:
        parts.append(Paragraph((Run(f"เลิกประชุมเวลา {_clock(meeting['end'], digits)}",
                                    bold=True),), space_before=10, space_after=12))
    recorder, checker, chair = minutes_signers(data, signers)
    # One block, so that no renderer can part the chair from the two above.
    parts.append(SignatureBlock(signers=(recorder, checker, chair), columns=2))
    unit = data["unit"]
    return Document(title=f"รายงานการประชุม ครั้งที่ {number_text(data)} "
                          f"{unit['short_name'] or unit['full_name']}",
                    parts=tuple(parts), digits=digits, author=unit["full_name"],
                    verification=verification,
                    keep_whole=meeting_names(data, signers) | kept_names(
                        unit, people=printed_names(data.get("oit") or ())))


def minutes_document(meeting: Meeting, unit: UnitProfile | None,
                     people: Mapping[int, Person], digits: DigitStyle = DigitStyle.THAI, *,
                     signers: tuple[Signer, ...] = (),
                     verification: Verification | None = None,
                     oit: list[dict[str, Any]] | None = None) -> Document:
    """The minutes from the domain objects (see ``meeting_data`` for ``people`` and
    ``oit``)."""
    return build_minutes(meeting_data(meeting, unit, people, oit=oit), meeting.fiscal_year,
                         digits, signers, verification)
