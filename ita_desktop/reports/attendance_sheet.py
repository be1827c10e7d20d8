"""The attendance sheet of a committee meeting (บัญชีรายชื่อผู้เข้าประชุม), built from
``meeting_data`` as every report is built from plain data. No rendering and no SQL here.

The layout follows seed 002's sheet of meeting ครั้งที่ 1/2567: the title "บัญชีรายชื่อผู้เข้า
ประชุม<subject>" and "ครั้งที่ N/YYYY ในวัน… ณ …" centred; then one ruled row for everyone
invited (the members who came and those who did not, in the roster's order, then those who
came without being members) with ลำดับ | ยศ | ชื่อ - นามสกุล | ตำแหน่ง (abbreviated) |
ลายมือชื่อ, left empty and tall enough to sign in | หมายเหตุ, the reason of an absentee.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.meetings import Meeting
from ita_desktop.domain.roster import Person
from ita_desktop.domain.thai_dates import WEEKDAYS, DateForm, format_thai_date
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.reports.kept_names import meeting_names
from ita_desktop.reports.meeting_data import meeting_data, number_text
from ita_desktop.reports.model import (
    BODY_SIZE,
    Align,
    Cell,
    Document,
    Part,
    Row,
    Run,
    SignatureBlock,
    Signer,
    Table,
    TitleBlock,
    Verification,
)

COLUMNS = (1.4, 2.3, 3.4, 4.3, 2.4, 3.2)
"""ตำแหน่ง holds an abbreviated position ("รอง ผกก.ตม.จว.…") on one line; หมายเหตุ takes the
rest, so that a reason such as "ปฏิบัติหน้าที่งานบริการคนต่างด้าว" (seed 002's absentee) fits
in two lines rather than three."""
HEADINGS = ("ลำดับ", "ยศ", "ชื่อ - นามสกุล", "ตำแหน่ง", "ลายมือชื่อ", "หมายเหตุ")
SIGN_ROW_CM = 1.0
"""Room for a hand signature: a row of one line of 14 pt text would leave about 0.7 cm.
1 cm rows still fit seed 002's sixteen people and the recorder's block on one page of the PDF
and the DOCX; the workbook's page plan, made for the largest scale it may print at, carries
the last two rows and the block to a second page."""
MEMBERS = ("present", "absent")
"""Those called to the meeting, whether they came or not: the sheet is printed before it.
They are listed as the roster lists them (seed 002's sheet: by office, then rank, the
absentee in her place among the รอง สว.), not in the committee's order of the minutes; those
invited without being members follow, as the meeting lists them."""


def title_line(data: dict[str, Any], digits: DigitStyle) -> str:
    """"ครั้งที่ 1/2567 ในวันศุกร์ที่ 5 ม.ค. 2567 ณ <place>", as the seed's sheet writes it
    (the month abbreviated, unlike the minutes)."""
    meeting = data["meeting"]
    dated = date.fromisoformat(meeting["dated"])
    line = (f"ครั้งที่ {number_text(data)} ใน{WEEKDAYS[dated.weekday()]}ที่ "
            f"{format_thai_date(dated, DateForm.ABBR, digits)}")
    return f"{line} ณ {meeting['place']}" if meeting["place"] else line


def _rows(data: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    members = [p for key in MEMBERS for p in data["attendees"][key]]
    # Someone typed in rather than picked from the roster has no place in it: after those
    # who have, in the order the meeting lists them (the sort is stable).
    members.sort(key=lambda p: (p["roster_place"] is None, p["roster_place"] or 0))
    invited = members + data["attendees"]["attending"]
    for n, person in enumerate(invited, start=1):
        rows.append((Cell((Run(str(n)),), align=Align.CENTER, number=n),
                     Cell((Run(person["rank"]),) if person["rank"] else ()),
                     Cell((Run(person["name"]),)),
                     Cell((Run(person["position_abbr"]),) if person["position_abbr"] else ()),
                     Cell(),
                     Cell((Run(person["reason"]),) if person["reason"] else ())))
    return rows


def build_attendance_sheet(data: dict[str, Any], fiscal_year: int, digits: DigitStyle,
                           signers: tuple[Signer, ...], verification: Verification | None
                           ) -> Document:
    """The sheet as a document (DOCX, PDF and XLSX)."""
    del fiscal_year
    meeting = data["meeting"]
    header: Row = tuple(Cell((Run(t),), align=Align.CENTER, bold=True) for t in HEADINGS)
    parts: list[Part] = [
        TitleBlock(lines=((Run(f"บัญชีรายชื่อผู้เข้าประชุม{meeting['subject']}"),),
                          (Run(title_line(data, digits)),)), size=BODY_SIZE),
        Table(columns=COLUMNS, header_rows=(header,), rows=tuple(_rows(data)),
              title="บัญชีรายชื่อผู้เข้าประชุม", min_row_height_cm=SIGN_ROW_CM),
    ]
    if signers:
        parts.append(SignatureBlock(signers=signers))
    unit = data["unit"]
    return Document(title=f"บัญชีรายชื่อผู้เข้าประชุม ครั้งที่ {number_text(data)} "
                          f"{unit['short_name'] or unit['full_name']}",
                    parts=tuple(parts), digits=digits, author=unit["full_name"],
                    verification=verification, keep_whole=meeting_names(data, signers))


def attendance_sheet_document(meeting: Meeting, unit: UnitProfile | None,
                              people: Mapping[int, Person],
                              digits: DigitStyle = DigitStyle.THAI, *,
                              signers: tuple[Signer, ...] = (),
                              verification: Verification | None = None) -> Document:
    """The sheet from the domain objects (see ``meeting_data`` for ``people``)."""
    return build_attendance_sheet(meeting_data(meeting, unit, people), meeting.fiscal_year,
                                  digits, signers, verification)
