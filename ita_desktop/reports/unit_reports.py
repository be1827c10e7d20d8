"""The two unit reports: the unit fact sheet and the roster, built from ``unit_data``.

Builders only arrange parts; the renderers know the formats. Signers and the verification
line come from the sign-off (``reports.signing``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.reports.kept_names import kept_names
from ita_desktop.reports.model import (
    Align,
    Cell,
    Document,
    Heading,
    Orientation,
    PageSetup,
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
from ita_desktop.reports.unit_data import emblem_bytes, section_name


def _cell(text: str, *, align: Align = Align.LEFT, bold: bool = False,
          verbatim: bool = False, colspan: int = 1) -> Cell:
    return Cell((Run(text, verbatim=verbatim),) if text else (), colspan=colspan, align=align,
                bold=bold)


def _count(value: int) -> Cell:
    """A centred number that a workbook keeps as a number (row numbers, head counts)."""
    return Cell((Run(str(value)),), align=Align.CENTER, number=value)


def _header(*titles: str) -> Row:
    return tuple(_cell(t, align=Align.CENTER, bold=True) for t in titles)


def _roster_table(data: dict[str, Any], *, with_contacts: bool) -> Table:
    kind = data["unit"]["kind"]
    rows: list[Row] = []
    for n, person in enumerate(data["people"], start=1):
        row: list[Cell | None] = [
            _count(n), _cell(person["name"]),
            _cell(person["position"]), _cell(section_name(kind, person["section"]))]
        if with_contacts:
            # Telephone numbers follow the digit style, as in the seeds; addresses do not.
            row += [_cell(person["phone"]), _cell(person["email"], verbatim=True)]
        rows.append(tuple(row))
    if with_contacts:
        return Table(columns=(1.4, 5.0, 5.0, 4.4, 3.0, 5.0),
                     header_rows=(_header("ลำดับ", "ยศ ชื่อ สกุล", "ตำแหน่ง", "สายงาน",
                                          "โทรศัพท์", "อีเมล"),),
                     rows=tuple(rows), title="บัญชีรายชื่อ")
    return Table(columns=(1.4, 5.5, 5.0, 4.6),
                 header_rows=(_header("ลำดับ", "ยศ ชื่อ สกุล", "ตำแหน่ง", "สายงาน"),),
                 rows=tuple(rows), title="บัญชีรายชื่อ")


# Marks a section head that is only the roster's suggestion, not yet confirmed in the profile.
UNCONFIRMED_MARK = "*"
UNCONFIRMED_NOTE = (f"{UNCONFIRMED_MARK} ยังไม่ได้ยืนยันหัวหน้าสายงาน ชื่อที่แสดงเป็นผู้ที่เสนอ"
                    "ตามลำดับตำแหน่งและยศในสายงาน")


def _as_of(data: dict[str, Any], digits: DigitStyle) -> list[Part]:
    """"ข้อมูล ณ วันที่ …": OIT item O1 asks the staffing figures to say the date they are as of.
    It is the day the data last changed, kept in the data, so a signed version says the same
    on any later day and its fingerprint does not move with the calendar."""
    if not data.get("as_of"):
        return []
    when = format_thai_date(date.fromisoformat(data["as_of"]), DateForm.FULL, digits)
    return [Paragraph((Run(f"ข้อมูล ณ วันที่ {when}"),), align=Align.CENTER, space_after=4)]


def _head_text(section: dict[str, Any]) -> str:
    head = section["head"]
    if head is None:
        return "-"
    text = f"{head['name']} {head['position']}".strip()
    # Data signed before heads were recorded has no "confirmed": it printed the guess.
    return text if section.get("confirmed", False) else f"{text} {UNCONFIRMED_MARK}"


def _names(data: dict[str, Any], signers: tuple[Signer, ...]) -> frozenset[str]:
    """The unit's names and everyone the reports list (the commander and the section heads
    are among them), kept whole on a line."""
    return kept_names(data["unit"], (person["name"] for person in data["people"]),
                      signers=signers)


def _closing(signers: tuple[Signer, ...], columns: int = 1) -> list[Part]:
    return [SignatureBlock(signers=signers, columns=columns)] if signers else []


def build_fact_sheet(data: dict[str, Any], fiscal_year: int, digits: DigitStyle,
                     signers: tuple[Signer, ...], verification: Verification | None
                     ) -> Document:
    unit = data["unit"]
    profile_rows: list[Row] = []
    for label, value, verbatim in (
        ("ชื่อหน่วยงาน", unit["full_name"], False),
        ("ชื่อย่อ", unit["short_name"], False),
        ("ประเภทหน่วยงาน", unit["kind_name"], False),
        ("สังกัด", unit["parent_bureau"], False),
        ("ที่ตั้ง", unit["address"], False),
        ("โทรศัพท์", unit["phone"], False),
        ("อีเมล", unit["email"], True),
        ("เว็บไซต์", unit["website"], True),
        ("ผู้บังคับบัญชา", (f"{data['commander']['name']} {data['commander']['position']}"
                            if data["commander"] else "ยังไม่ได้กำหนด"), False),
        ("จำนวนกำลังพล", f"{len(data['people'])} นาย", False),
    ):
        profile_rows.append((_cell(label, bold=True), _cell(value or "-", verbatim=verbatim)))
    section_rows: list[Row] = []
    for section in data["sections"]:
        section_rows.append((
            _cell(section["name"]),
            _cell(_head_text(section)),
            _count(section["count"]),
        ))
    # The note is printed only when a head is marked: a confirmed head is a fact the unit
    # recorded and needs no note, while a suggestion must not pass for the unit's choice.
    unconfirmed = any(s["head"] is not None and not s.get("confirmed", False)
                      for s in data["sections"])
    head_note: list[Part] = [
        Paragraph((Run(UNCONFIRMED_NOTE),), size=14, space_before=2)] if unconfirmed else []
    parts: list[Part] = [
        TitleBlock(lines=((Run("ข้อมูลพื้นฐานของหน่วยงาน"),), (Run(unit["full_name"]),),
                          (Run(f"ปีงบประมาณ พ.ศ. {fiscal_year}"),)),
                   emblem=emblem_bytes(data), emblem_height_cm=2.5),
        *_as_of(data, digits),
        Heading((Run("๑. ข้อมูลหน่วยงาน"),)),
        Table(columns=(1.3, 3.2), header_rows=(), rows=tuple(profile_rows), title="หน่วยงาน",
              size=16),
        Heading((Run("๒. สายงานและหัวหน้าสายงาน"),)),
        # The head's column is the widest: a name with its position and mark fits one line.
        Table(columns=(2.0, 4.0, 1.2), header_rows=(_header("สายงาน", "หัวหน้าสายงาน",
                                                            "จำนวน (นาย)"),),
              rows=tuple(section_rows), title="สายงาน", size=16),
        *head_note,
        Heading((Run("๓. บัญชีรายชื่อกำลังพล"),)),
        _roster_table(data, with_contacts=False),
        *_closing(signers),
    ]
    return Document(title=f"ข้อมูลพื้นฐานของหน่วยงาน {unit['short_name'] or unit['full_name']}",
                    parts=tuple(parts), digits=digits, author=unit["full_name"],
                    verification=verification, keep_whole=_names(data, signers))


def build_roster(data: dict[str, Any], fiscal_year: int, digits: DigitStyle,
                 signers: tuple[Signer, ...], verification: Verification | None) -> Document:
    unit = data["unit"]
    parts: list[Part] = [
        TitleBlock(lines=((Run(f"บัญชีรายชื่อกำลังพล {unit['full_name']}"),),
                          (Run(f"ปีงบประมาณ พ.ศ. {fiscal_year}"),))),
        *_as_of(data, digits),
        _roster_table(data, with_contacts=True),
        # Landscape: the signers side by side fit under the last rows instead of a page
        # of their own.
        *_closing(signers, columns=len(signers)),
    ]
    return Document(title=f"บัญชีรายชื่อกำลังพล {unit['short_name'] or unit['full_name']}",
                    parts=tuple(parts), digits=digits, author=unit["full_name"],
                    page=PageSetup(orientation=Orientation.LANDSCAPE, left_cm=2.0, right_cm=2.0),
                    verification=verification, keep_whole=_names(data, signers))
