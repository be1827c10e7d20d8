"""The committee of a fiscal year: the orders (คำสั่ง) that appoint it and amend it, their members
with committee roles, duties and ITAP administrators, and the rules an order must keep.

No Qt, no SQL, no files: the store keeps these dataclasses, the services check them with
``order_problems`` before saving, the order document is built from them.

Numbering: an order is "ที่ N/YYYY", YYYY the B.E. calendar year of the order's date, not the
fiscal year. Official numbering restarts each 1 January, so the order for fiscal year 2567
signed on 28 Dec 2566 is 222/2566 (seed 002). The unit issues orders outside ITA too, so N is
typed; the next number after the orders the program knows is only a suggestion.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.fiscal import fiscal_year_bounds, signing_window
from ita_desktop.domain.thai_dates import ce_to_be
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

register({
    "committee.no_members": QT_TRANSLATE_NOOP(
        "Errors", "The order has no members: add the committee's members from the roster."),
    "committee.no_head": QT_TRANSLATE_NOOP(
        "Errors", "The order has no head of the committee: give one member the role of head."),
    "committee.heads": QT_TRANSLATE_NOOP(
        "Errors", "The order has %count heads of the committee (%names): an order names "
        "exactly one."),
    "committee.no_secretary": QT_TRANSLATE_NOOP(
        "Errors", "The order has no secretary: give one member the role of member and "
        "secretary."),
    "committee.secretaries": QT_TRANSLATE_NOOP(
        "Errors", "The order has %count secretaries (%names): an order names exactly one."),
    "committee.twice": QT_TRANSLATE_NOOP(
        "Errors", "%name is in the order twice: each person appears once, with one role."),
    "committee.not_in_roster": QT_TRANSLATE_NOOP(
        "Errors", "Member number %id is not in the roster (someone may have removed them)."),
    "committee.has_left": QT_TRANSLATE_NOOP(
        "Errors", "%name has left the unit (%left_on) and cannot be appointed by an order of "
        "%date: choose a serving officer in their place."),
    "committee.free_role_empty": QT_TRANSLATE_NOOP(
        "Errors", "%name has a role of the order's own without its words: type the role as "
        "the order prints it."),
    "committee.bad_number": QT_TRANSLATE_NOOP(
        "Errors", "'%number' cannot be the number of an order: give a whole number from 1 "
        "up (the part before the slash, as in 222/2566)."),
    "committee.number_taken": QT_TRANSLATE_NOOP(
        "Errors", "Order number %number is already used by another order of the year "
        "%year (%subject): numbers restart each 1 January and are not used twice."),
    "committee.date_out_of_reach": QT_TRANSLATE_NOOP(
        "Errors", "%date is outside the reach of fiscal year %year: its committee order is "
        "dated from %earliest to %latest."),
    "committee.effective_before_order": QT_TRANSLATE_NOOP(
        "Errors", "The order takes effect on %effective, before its own date %date: it can "
        "take effect on its date or later."),
    "committee.no_subject": QT_TRANSLATE_NOOP(
        "Errors", "The order has no subject (เรื่อง)."),
    "committee.no_signer": QT_TRANSLATE_NOOP(
        "Errors", "The order has no signer: choose the commander, or who signs in their place."),
    "committee.amends_other_year": QT_TRANSLATE_NOOP(
        "Errors", "An order of fiscal year %year cannot amend order %number of fiscal year "
        "%other."),
    "committee.amends_later": QT_TRANSLATE_NOOP(
        "Errors", "The order is dated %date, before the order %number (%other_date) it "
        "amends: an amendment comes after the order it changes."),
})


class Role(Enum):
    """A member's place in the committee, in the order the seeds print the groups."""

    HEAD = "head"  # หัวหน้าคณะ… / ประธาน…
    VICE = "vice"  # รองหัวหน้าคณะ… / รองประธาน…
    MEMBER = "member"  # คณะกรรมการ / คณะทำงาน
    OTHER = "other"  # a role of the order's own words (``Member.role_text``)
    SECRETARY = "secretary"  # …และเลขานุการ
    ASSISTANT_SECRETARY = "assistant_secretary"  # …และผู้ช่วยเลขานุการ


ROLE_ORDER = tuple(Role)


class Amendment(Enum):
    """How a later order of the year changes an earlier one."""

    REPLACES = "replaces"  # the committee is this order's, the earlier one no longer in force
    ADDS = "adds"  # this order's members and duties join the earlier order's


COMMITTEE = "คณะทำงาน"
"""What the seeds call the body; seed 002 also says คณะกรรมการ. The order chooses (``body``)."""


def role_words(role: Role, body: str = COMMITTEE, text: str = "") -> str:
    """The role as the order prints it to the right of the member: seed 002's "หัวหน้า
    คณะกรรมการ", "คณะทำงาน", "คณะทำงานและเลขานุการ". ``text`` (a role typed by the secretary)
    is printed as it is, for every role."""
    if text.strip():
        return text.strip()
    return {
        Role.HEAD: f"หัวหน้า{body}",
        Role.VICE: f"รองหัวหน้า{body}",
        Role.MEMBER: body,
        Role.OTHER: body,
        Role.SECRETARY: f"{body}และเลขานุการ",
        Role.ASSISTANT_SECRETARY: f"{body}และผู้ช่วยเลขานุการ",
    }[role]


@dataclass(frozen=True)
class Member:
    """One person of the roster in the order, with their role; ``role_text`` replaces the
    role's standard words (needed for ``Role.OTHER``)."""

    person_id: int
    role: Role
    role_text: str = ""


@dataclass(frozen=True)
class ItapAdmin:
    """A named duty of the ITAP system (ผู้ดูแลระบบ ITAP, as seed 002 assigns it)."""

    person_id: int
    duty: str


@dataclass(frozen=True)
class CommitteeOrder:
    fiscal_year: int
    number: int
    dated: date
    subject: str
    body: str = COMMITTEE
    preamble: tuple[str, ...] = ()
    members: tuple[Member, ...] = ()
    duties: tuple[str, ...] = ()
    itap_admins: tuple[ItapAdmin, ...] = ()
    # None: "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", in force from its date.
    effective_on: date | None = None
    signer_id: int | None = None
    amends_id: int | None = None
    amendment: Amendment | None = None
    id: int | None = None
    # The stored revision the user saw: a save over someone else's change is refused.
    version: int | None = None

    @property
    def number_year(self) -> int:
        """YYYY of "ที่ N/YYYY": the B.E. calendar year of the order's date."""
        return ce_to_be(self.dated.year)

    @property
    def in_force_from(self) -> date:
        return self.effective_on or self.dated

    def number_text(self, digits: DigitStyle = DigitStyle.THAI) -> str:
        return apply_digits(f"{self.number}/{self.number_year}", digits)

    def members_in_order(self) -> list[Member]:
        """Grouped as the seeds print them (head, vice, members, …, secretary, assistant),
        keeping the secretary's order within each group."""
        return sorted(self.members, key=lambda m: ROLE_ORDER.index(m.role))


@dataclass(frozen=True)
class PersonFacts:
    """What the rules need to know of a member: their name as shown, whether and when they
    left the unit."""

    name: str
    left_on: date | None = None
    active: bool = True


@dataclass(frozen=True)
class Committee:
    """The committee in force on a day: the order that set it up, the orders that added to it
    since, and their members and duties together."""

    base: CommitteeOrder
    additions: tuple[CommitteeOrder, ...] = field(default=())

    @property
    def orders(self) -> tuple[CommitteeOrder, ...]:
        return (self.base, *self.additions)

    @property
    def members(self) -> list[Member]:
        seen: set[int] = set()
        found: list[Member] = []
        for order in self.orders:
            for member in order.members_in_order():
                if member.person_id not in seen:
                    seen.add(member.person_id)
                    found.append(member)
        return found

    @property
    def latest(self) -> CommitteeOrder:
        """The order a later document cites ("ประกอบคำสั่ง … ที่ … ลงวันที่ …")."""
        return self.orders[-1]


def order_reach(fiscal_year: int) -> tuple[date, date]:
    """The days an order of ``fiscal_year`` may be dated: from the start of the last quarter
    of the year before (the next year's committee is appointed then) to the year's last day."""
    earliest = signing_window(fiscal_year, fiscal_year_bounds(fiscal_year)[1])[0]
    return earliest, fiscal_year_bounds(fiscal_year)[1]


def order_problems(order: CommitteeOrder, people: Mapping[int, PersonFacts],
                   others: Iterable[CommitteeOrder] = (),
                   day_text: Callable[[date], str] | None = None) -> list[AppError]:
    """Every rule ``order`` breaks, as coded findings: exactly one head and one secretary,
    nobody twice, only people of the roster who serve on the order's date, a number not used
    by another order (``others``: the orders the program knows) of the same B.E. year, a date
    within the fiscal year's reach. ``day_text`` words dates in the findings (ISO otherwise)."""
    shown = day_text or (lambda d: d.isoformat())
    found: list[AppError] = []
    if order.number < 1:
        found.append(AppError("committee.bad_number", number=order.number))
    if not order.subject.strip():
        found.append(AppError("committee.no_subject"))
    earliest, latest = order_reach(order.fiscal_year)
    if not earliest <= order.dated <= latest:
        found.append(AppError("committee.date_out_of_reach", date=shown(order.dated),
                              year=order.fiscal_year, earliest=shown(earliest),
                              latest=shown(latest)))
    if order.effective_on is not None and order.effective_on < order.dated:
        found.append(AppError("committee.effective_before_order",
                              effective=shown(order.effective_on), date=shown(order.dated)))
    if order.signer_id is None:
        found.append(AppError("committee.no_signer"))
    for other in others:
        if other.id is not None and other.id == order.id:
            continue
        if other.number == order.number and other.number_year == order.number_year:
            found.append(AppError("committee.number_taken", number=order.number_text(
                DigitStyle.ARABIC), year=order.number_year, subject=other.subject))
        if order.amends_id is not None and other.id == order.amends_id:
            if other.fiscal_year != order.fiscal_year:
                found.append(AppError("committee.amends_other_year", year=order.fiscal_year,
                                      number=other.number_text(DigitStyle.ARABIC),
                                      other=other.fiscal_year))
            elif other.dated > order.dated:
                found.append(AppError("committee.amends_later", date=shown(order.dated),
                                      number=other.number_text(DigitStyle.ARABIC),
                                      other_date=shown(other.dated)))
    found += _member_problems(order, people, shown)
    return found


def _member_problems(order: CommitteeOrder, people: Mapping[int, PersonFacts],
                     shown: Callable[[date], str]) -> list[AppError]:
    found: list[AppError] = []
    if not order.members:
        # An order that only adds duties or ITAP administrators needs no members of its own.
        return [] if order.amendment is Amendment.ADDS else [AppError("committee.no_members")]

    def name(member: Member) -> str:
        facts = people.get(member.person_id)
        return facts.name if facts else f"#{member.person_id}"

    for role, none, many in ((Role.HEAD, "committee.no_head", "committee.heads"),
                             (Role.SECRETARY, "committee.no_secretary",
                              "committee.secretaries")):
        holders = [m for m in order.members if m.role is role]
        if len(holders) > 1:
            found.append(AppError(many, count=len(holders),
                                  names=", ".join(name(m) for m in holders)))
        elif not holders and order.amendment is not Amendment.ADDS:
            found.append(AppError(none))
    seen: set[int] = set()
    for member in order.members:
        facts = people.get(member.person_id)
        if member.person_id in seen:
            found.append(AppError("committee.twice", name=name(member)))
        seen.add(member.person_id)
        if facts is None:
            found.append(AppError("committee.not_in_roster", id=member.person_id))
        elif not facts.active and (facts.left_on is None or facts.left_on <= order.dated):
            left = shown(facts.left_on) if facts.left_on else "?"
            found.append(AppError("committee.has_left", name=facts.name, left_on=left,
                                  date=shown(order.dated)))
        if member.role is Role.OTHER and not member.role_text.strip():
            found.append(AppError("committee.free_role_empty", name=name(member)))
    return found


def suggested_number(orders: Iterable[CommitteeOrder], dated: date) -> int:
    """The number after the highest the program knows for ``dated``'s B.E. year (1 in a new
    year). Only a suggestion: the unit's other orders use numbers the program never sees."""
    year = ce_to_be(dated.year)
    used = [o.number for o in orders if o.number_year == year]
    return max(used, default=0) + 1


def register_key(order: CommitteeOrder) -> str:
    """The order's subject key in the register of signed-off documents: its number N/YYYY in
    Arabic digits ("222/2566", as ``Subject(SubjectKind.ORDER, key)``). The one spelling the
    store looks for (is this order signed off?) and the documents are recorded under: a
    second spelling would let a signed-off order be changed or deleted."""
    return order.number_text(DigitStyle.ARABIC)


def committee_on(orders: Sequence[CommitteeOrder], day: date) -> Committee | None:
    """The committee in force on ``day``: the latest order in force by then that does not add
    to another (it set up or replaced the committee), with every adding order in force by then
    that came after it. None before the year's first order takes effect."""
    in_force = sorted((o for o in orders if o.in_force_from <= day),
                      key=lambda o: (o.in_force_from, o.dated, o.number_year, o.number))
    base_index = max((i for i, o in enumerate(in_force) if o.amendment is not Amendment.ADDS),
                     default=None)
    if base_index is None:
        return None
    return Committee(in_force[base_index], tuple(in_force[base_index + 1:]))


def history(orders: Sequence[CommitteeOrder]) -> list[CommitteeOrder]:
    """The year's orders in the order they took effect."""
    return sorted(orders, key=lambda o: (o.in_force_from, o.dated, o.number_year, o.number))


def copied_forward(order: CommitteeOrder, fiscal_year: int, dated: date, number: int,
                   people: Mapping[int, PersonFacts]) -> tuple[CommitteeOrder, list[Member]]:
    """Next year's order started from ``order``: the same members, roles, duties and ITAP
    duties, the year words of subject and preamble moved on, a new date and number; and the
    members who have left the unit since, still listed, for the secretary to replace (the
    checks refuse the order until they are)."""
    old, new = str(order.fiscal_year), str(fiscal_year)

    def moved(text: str) -> str:
        for style in (DigitStyle.ARABIC, DigitStyle.THAI):
            text = text.replace(apply_digits(old, style), apply_digits(new, style))
        return text

    copy = replace(order, id=None, version=None, fiscal_year=fiscal_year, number=number,
                   dated=dated, effective_on=None, amends_id=None, amendment=None,
                   subject=moved(order.subject),
                   preamble=tuple(moved(p) for p in order.preamble),
                   duties=tuple(moved(d) for d in order.duties))
    gone = [m for m in copy.members
            if m.person_id not in people or not people[m.person_id].active]
    return copy, gone


def default_subject(unit_short: str, fiscal_year: int,
                    digits: DigitStyle = DigitStyle.THAI) -> str:
    """Seed 002's subject, for this unit and year."""
    del unit_short  # the subject names the assessment, not the unit (seed 002)
    return apply_digits(
        "แต่งตั้งคณะทำงานในการขับเคลื่อนและกำกับติดตามการประเมินคุณธรรมและความโปร่งใส"
        "ในการดำเนินงานของหน่วยงานภาครัฐ (Integrity & Transparency Assessment : ITA) "
        f"ประจำปีงบประมาณ พ.ศ. {fiscal_year}", digits)


def default_preamble(unit_name: str, fiscal_year: int,
                     digits: DigitStyle = DigitStyle.THAI) -> tuple[str, ...]:
    """Seed 002's two paragraphs, for this unit and year."""
    first = (
        "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) "
        "ได้พัฒนาเครื่องมือการประเมินเชิงบวกเพื่อเป็นมาตรฐานการป้องกันการทุจริต "
        "และเป็นกลไกในการสร้างความตระหนักให้หน่วยงานภาครัฐมีการดำเนินงานอย่างโปร่งใส"
        "และมีคุณธรรม โดยใช้ชื่อว่า “การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ"
        "หน่วยงานภาครัฐ (Integrity & Transparency Assessment : ITA)” "
        "โดยมุ่งหวังให้หน่วยงานภาครัฐที่เข้ารับการประเมินได้รับทราบผลการประเมินและแนวทาง"
        "ในการพัฒนาและยกระดับด้านคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยได้อย่างเหมาะสม")
    second = (
        "เพื่อให้การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
        f"(Integrity & Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. {fiscal_year} "
        f"ของ{unit_name} เป็นไปด้วยความเรียบร้อย มีประสิทธิภาพ บรรลุเป้าหมายที่กำหนดไว้ "
        "จึงแต่งตั้งคณะทำงานในการขับเคลื่อนและกำกับติดตามการประเมินคุณธรรมและความโปร่งใส"
        "ในการดำเนินงานของหน่วยงานภาครัฐ โดยมีองค์ประกอบและหน้าที่ความรับผิดชอบ ดังนี้")
    return tuple(apply_digits(p, digits) for p in (first, second))


def default_duties(unit_name: str, fiscal_year: int,
                   digits: DigitStyle = DigitStyle.THAI) -> tuple[str, ...]:
    """Seed 002's four duties, for this unit and year."""
    ita = "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ " \
          "(Integrity & Transparency Assessment : ITA)"
    duties = (
        f"กำกับ ดูแล ติดตาม และกำหนดทิศทางในการดำเนินการตามแนวทางการขับเคลื่อน{ita}",
        f"มอบหมายเจ้าหน้าที่ของ{unit_name} เพื่อรับผิดชอบจัดเก็บข้อมูล รวบรวมเอกสารหลักฐาน"
        f"ที่เกี่ยวข้องกับการดำเนินการ{ita} ประจำปีงบประมาณ พ.ศ. {fiscal_year}",
        f"เร่งรัดให้ดำเนินการ{ita} ของ{unit_name} ให้แล้วเสร็จภายในกรอบระยะเวลา"
        "อย่างมีประสิทธิภาพ",
        f"อื่น ๆ ที่เกี่ยวข้องในการดำเนินการตามแนวทางขับเคลื่อน{ita}",
    )
    return tuple(apply_digits(d, digits) for d in duties)


EFFECTIVE_NOW = "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"
