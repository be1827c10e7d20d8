"""The committee's appointment order (คำสั่ง) in the official layout, and its member list as a
workbook, built from plain data as every report is.

``order_data`` turns the domain objects (the order, the unit profile, the roster, the emblem)
into the JSON-ready dictionary a signed-off version freezes; ``build_order`` and
``build_member_list`` arrange it as parts; ``order_document`` does both for callers holding
the domain objects. No rendering and no SQL here.

The layout follows seed 002 (order ที่ ๒๒๒/๒๕๖๖): the emblem 3 cm high, centred;
"คำสั่ง <unit> <parent bureau>", "ที่ N/YYYY", "เรื่อง …"; the preamble paragraphs; the members
numbered ๑.๑, ๑.๒ … without grid lines, full rank and name on one line, full position under
it, the committee role to the right; "หน้าที่ความรับผิดชอบ" and the duties; the ITAP
administrators; the effective clause; "สั่ง ณ วันที่ …"; and the commander's block: the full
rank on the signing line, the bare name in brackets, the full position, the parent bureau.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from ita_desktop.domain.committee import (
    EFFECTIVE_NOW,
    CommitteeOrder,
    register_key,
    role_words,
)
from ita_desktop.domain.digits import DigitStyle, to_arabic_digits
from ita_desktop.domain.positions import expand_position
from ita_desktop.domain.ranks import format_title, name_in_order
from ita_desktop.domain.roster import Person
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.reports.kept_names import kept_names
from ita_desktop.reports.model import (
    Align,
    Cell,
    Document,
    ListBlock,
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
from ita_desktop.reports.unit_data import NoUnitError, emblem_bytes

register({
    "report.no_order": QT_TRANSLATE_NOOP(
        "Errors", "Fiscal year %year has no committee order %number; its orders: %known."),
    "report.order_subject": QT_TRANSLATE_NOOP(
        "Errors", "'%given' does not name an order: give its number as N/YYYY, as in "
        "222/2566."),
    "report.order_no_emblem": QT_TRANSLATE_NOOP(
        "Errors", "An order prints the unit's emblem at its head, and the unit profile has "
        "none: import the emblem (Unit & people tab, or `ita-desktop import emblem FILE`) "
        "and export the order again."),
})

INDENT_CM = 2.5
"""The first-line indent of an official letter's paragraphs (ระเบียบงานสารบรรณ: 2.5 cm)."""
ORDERED_AT_INDENT_CM = 4.5
""""สั่ง ณ วันที่ …" stands further in than the paragraphs above it, as the seeds print it."""
DUTIES_HEADING = "หน้าที่ความรับผิดชอบ"
ITAP_HEADING = "ผู้ดูแลระบบ ITAP"
MEMBER_COLUMNS = (1.2, 9.8, 5.0)
"""The member list's widths: the number, the name with the position under it, the role."""


def _full_name(person: Person) -> str:
    """"พันตำรวจโทหญิง สุดา ใจดี": the full rank, as an order writes its members."""
    return name_in_order(person.name)


def _full_position(person: Person) -> str:
    return expand_position(person.position or person.position_abbr)


def _person(people: Mapping[int, Person], person_id: int) -> Person:
    try:
        return people[person_id]
    except KeyError:
        # The checks before saving refuse such an order; one read back after someone
        # removed a member from the roster still must not print a gap.
        raise AppError("committee.not_in_roster", id=person_id) from None


def _signer(person: Person) -> dict[str, str]:
    """The commander's block as orders print it: the full rank alone on the signing line
    (none for a civilian, whose title stays with the name), the bare name in brackets."""
    title = person.title
    if title.rank.police:
        rank, name = format_title(title, abbreviated=False), \
            f"{person.first_name} {person.last_name}"
    else:
        rank, name = "", f"{title.rank.full}{person.first_name} {person.last_name}"
    return {"rank": rank, "name": name, "position": _full_position(person)}


def order_data(order: CommitteeOrder, unit: UnitProfile | None, people: Mapping[int, Person],
               emblem: bytes | None) -> dict[str, Any]:
    """What the order's documents are built from: the order's texts, each member as the
    order prints them (full rank and name, full position, role words), the ITAP
    administrators, the signer, the unit's printed names and its emblem. ``people`` maps a
    roster id to the person (who may have left since: an order keeps whom it appointed).
    ``NoUnitError`` without a unit profile, ``report.order_no_emblem`` without an emblem:
    an official order is not printed without the emblem at its head."""
    if unit is None or not unit.full_name.strip():
        raise NoUnitError()
    if not emblem:
        raise AppError("report.order_no_emblem")
    members = []
    for member in order.members_in_order():
        person = _person(people, member.person_id)
        members.append({"id": person.id, "name": _full_name(person),
                        "position": _full_position(person),
                        "role": role_words(member.role, order.body, member.role_text)})
    admins = []
    for admin in order.itap_admins:
        person = _person(people, admin.person_id)
        admins.append({"id": person.id, "name": _full_name(person),
                       "position": _full_position(person), "duty": admin.duty})
    signer = _signer(_person(people, order.signer_id)) if order.signer_id is not None else None
    return {
        "unit": {"full_name": unit.full_name, "short_name": unit.short_name,
                 "parent_bureau": unit.parent_bureau},
        "emblem_png": base64.b64encode(emblem).decode("ascii"),
        "order": {
            "fiscal_year": order.fiscal_year, "number": order.number,
            "number_year": order.number_year, "dated": order.dated.isoformat(),
            "subject": order.subject, "body": order.body, "preamble": list(order.preamble),
            "duties": list(order.duties),
            "effective_on": order.effective_on.isoformat() if order.effective_on else None,
        },
        "members": members,
        "itap_admins": admins,
        "signer": signer,
    }


_UNBREAKABLE = re.compile(r"(พ\.ศ\.|ค\.ศ\.) (?=[0-9๐-๙])| (?=:)")


def _bound(text: str) -> str:
    """No line break inside "พ.ศ. ๒๕๖๗", nor before the colon of "Assessment : ITA": the
    space there becomes a no-break space."""
    return _UNBREAKABLE.sub(lambda m: (m.group(1) or "") + "\u00a0", text)


def order_named(orders: Sequence[CommitteeOrder], fiscal_year: int, key: str
                ) -> CommitteeOrder:
    """The order of ``fiscal_year`` whose number is ``key`` ("222/2566", Thai digits and
    spaces allowed, as the secretary may type it); ``report.order_subject`` for text that is
    no number N/YYYY, ``report.no_order`` when the year has no such order."""
    wanted = re.fullmatch(r"\s*(\d+)\s*/\s*(\d{4})\s*", to_arabic_digits(key))
    if wanted is None:
        raise AppError("report.order_subject", given=key)
    number, year = int(wanted.group(1)), int(wanted.group(2))
    for order in orders:
        if order.fiscal_year == fiscal_year and (order.number, order.number_year) == (
                number, year):
            return order
    known = ", ".join(register_key(o) for o in orders if o.fiscal_year == fiscal_year)
    raise AppError("report.no_order", year=fiscal_year, number=f"{number}/{year}",
                   known=known or "-")


def number_text(data: dict[str, Any]) -> str:
    """"222/2566" in Arabic digits; the document writes it in its own."""
    return f"{data['order']['number']}/{data['order']['number_year']}"


def heading_line(data: dict[str, Any]) -> str:
    """"คำสั่ง ตรวจคนเข้าเมืองจังหวัดมุกดาหาร กองบังคับการตรวจคนเข้าเมือง ๔", as seed 002."""
    unit = data["unit"]
    return " ".join(p for p in ("คำสั่ง", unit["full_name"], unit["parent_bureau"]) if p)


def effective_clause(data: dict[str, Any], digits: DigitStyle) -> str:
    effective = data["order"]["effective_on"]
    if effective is None:
        return EFFECTIVE_NOW
    when = format_thai_date(date.fromisoformat(effective), DateForm.FULL_WITH_PREFIX, digits)
    return _bound(f"ทั้งนี้ ตั้งแต่วันที่ {when} เป็นต้นไป")


def ordered_on(data: dict[str, Any], digits: DigitStyle) -> str:
    when = date.fromisoformat(data["order"]["dated"])
    return _bound(f"สั่ง ณ วันที่ {format_thai_date(when, DateForm.FULL_WITH_PREFIX, digits)}")


def _member_table(data: dict[str, Any]) -> Table:
    """No grid lines: the columns only line up the numbers, the names (the full position on
    the line under the name) and the roles, as the seeds print them."""
    rows: list[Row] = []
    for n, member in enumerate(data["members"], start=1):
        rows.append((Cell((Run(f"1.{n}"),)),
                     Cell((Run(f"{member['name']}\n{member['position']}"),)),
                     Cell((Run(member["role"]),))))
    return Table(columns=MEMBER_COLUMNS, header_rows=(), rows=tuple(rows),
                 title=data["order"]["body"], size=16, grid=False)


def _itap_part(data: dict[str, Any]) -> list[Part]:
    admins = data["itap_admins"]
    if not admins:
        return []
    items = tuple(
        (Run(f"มอบหมาย {a['name']} {a['position']} เป็นผู้ดูแลระบบ ITAP {a['duty']}".strip()),)
        for a in admins)
    return [Paragraph((Run(ITAP_HEADING, bold=True),), space_before=6, keep_with_next=True),
            ListBlock(items=items, numbered=False)]


def _order_signers(data: dict[str, Any], signers: tuple[Signer, ...]) -> tuple[Signer, ...]:
    """The commander's block: from the sign-off when there is one (with the signature), else
    the order's signer with a dotted line for the hand signature. Under the position stands
    the parent bureau, not a role label, and no date: the order is dated above the block."""
    bureau = data["unit"]["parent_bureau"]
    named = [s for s in signers if s.name]
    if named:
        return tuple(replace(s, role=bureau, date_text="", above="") for s in named)
    signer = data["signer"]
    if signer is None:
        return (Signer(role=bureau),)
    return (Signer(role=bureau, rank=signer["rank"], name=signer["name"],
                   position=signer["position"]),)


def _names(data: dict[str, Any], signers: tuple[Signer, ...]) -> frozenset[str]:
    """The unit's names, the members', the ITAP administrators' and the signer's, kept
    whole on a line."""
    people = [person["name"] for person in (*data["members"], *data["itap_admins"])]
    if data["signer"] is not None:
        people.append(data["signer"]["name"])
    return kept_names(data["unit"], people, signers=signers)


def build_order(data: dict[str, Any], fiscal_year: int, digits: DigitStyle,
                signers: tuple[Signer, ...], verification: Verification | None) -> Document:
    """The order as an official document (DOCX and PDF)."""
    del fiscal_year  # the order's own year is in its data; the register passes the year too
    order = data["order"]
    parts: list[Part] = [
        TitleBlock(lines=((Run(heading_line(data)),),), emblem=emblem_bytes(data),
                   emblem_height_cm=3.0),
        Paragraph((Run(f"ที่ {number_text(data)}"),), align=Align.CENTER),
        Paragraph((Run(_bound(f"เรื่อง {order['subject']}")),), align=Align.CENTER,
                  space_after=6),
        Paragraph((Run("-" * 24),), align=Align.CENTER, space_after=6),
        # Left-aligned: spreading a Thai line over its few spaces leaves wide gaps.
        *(Paragraph((Run(_bound(text)),), first_line_indent_cm=INDENT_CM, space_after=4)
          for text in order["preamble"]),
        _member_table(data),
        Paragraph((Run(DUTIES_HEADING, bold=True),), space_before=6, keep_with_next=True),
        ListBlock(items=tuple((Run(_bound(duty)),) for duty in order["duties"]), numbered=False),
        *_itap_part(data),
        Paragraph((Run(effective_clause(data, digits)),), first_line_indent_cm=INDENT_CM,
                  space_before=6),
        Paragraph((Run(ordered_on(data, digits)),), first_line_indent_cm=ORDERED_AT_INDENT_CM,
                  space_before=6, space_after=12),
        SignatureBlock(signers=_order_signers(data, signers)),
    ]
    unit = data["unit"]
    return Document(title=f"คำสั่ง {unit['short_name'] or unit['full_name']} "
                          f"ที่ {number_text(data)}",
                    parts=tuple(parts), digits=digits, author=unit["full_name"],
                    page_numbers=False, verification=verification,
                    keep_whole=_names(data, signers))


def build_member_list(data: dict[str, Any], fiscal_year: int, digits: DigitStyle,
                      signers: tuple[Signer, ...], verification: Verification | None
                      ) -> Document:
    """The members as a workbook (and its PDF): one row each, with grid lines, in the
    order's order and numbering."""
    del fiscal_year
    header: Row = tuple(Cell((Run(t),), align=Align.CENTER, bold=True)
                        for t in ("ลำดับ", "ยศ ชื่อ สกุล", "ตำแหน่ง", "หน้าที่"))
    rows: list[Row] = [
        (Cell((Run(f"1.{n}"),), align=Align.CENTER), Cell((Run(m["name"]),)),
         Cell((Run(m["position"]),)), Cell((Run(m["role"]),)))
        for n, m in enumerate(data["members"], start=1)]
    unit = data["unit"]
    body = data["order"]["body"]
    when = format_thai_date(date.fromisoformat(data["order"]["dated"]), DateForm.FULL, digits)
    parts: list[Part] = [
        TitleBlock(lines=((Run(f"รายชื่อ{body}"),),
                          (Run(f"ตามคำสั่ง {unit['full_name']} ที่ {number_text(data)} "
                               f"ลงวันที่ {when}"),)), size=18),
        Table(columns=(1.4, 6.0, 7.5, 4.0), header_rows=(header,), rows=tuple(rows),
              title=f"รายชื่อ{body}"),
    ]
    if signers:
        parts.append(SignatureBlock(signers=signers))
    return Document(title=f"รายชื่อ{body} {unit['short_name'] or unit['full_name']} "
                          f"ที่ {number_text(data)}",
                    parts=tuple(parts), digits=digits, author=unit["full_name"],
                    verification=verification, keep_whole=_names(data, signers))


def order_document(order: CommitteeOrder, unit: UnitProfile | None,
                   people: Mapping[int, Person], emblem: bytes | None,
                   digits: DigitStyle = DigitStyle.THAI, *, signers: tuple[Signer, ...] = (),
                   verification: Verification | None = None) -> Document:
    """The order from the domain objects (see ``order_data`` for ``people``)."""
    return build_order(order_data(order, unit, people, emblem), order.fiscal_year, digits,
                       signers, verification)
