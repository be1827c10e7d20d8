"""The committee's use cases: start, save, amend and copy forward the orders that appoint the
year's committee, and say which committee is in force on a day.

Every save checks the order with the domain's ``order_problems`` inside its own write
transaction (``BEGIN IMMEDIATE``), against the orders stored at that moment: two windows that
both offer 222/2566 cannot both take it, the second is refused with the finding. Starting an
order (``new_order``, ``amend``, ``copy_forward``) only reads and returns a draft for the
window to edit; nothing is stored until ``save_order``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ita_desktop.domain.committee import (
    Amendment,
    Committee,
    CommitteeOrder,
    Member,
    PersonFacts,
    Role,
    committee_on,
    copied_forward,
    default_duties,
    default_preamble,
    default_subject,
    history,
    order_problems,
    register_key,
    suggested_number,
)
from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.ranks import name_in_order
from ita_desktop.domain.roster import Person
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.store.committee import OrderRepository
from ita_desktop.store.database import Database
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.settings import SettingsRepository
from ita_desktop.store.unit import UnitRepository

register({
    "committee.problems": QT_TRANSLATE_NOOP(
        "Errors", "The order was not saved:\n%findings"),
    "committee.no_unit": QT_TRANSLATE_NOOP(
        "Errors", "Describe the unit first (its name and commander, in the unit profile): a "
        "committee order is issued in the unit's name and signed by its commander."),
    "committee.signer_not_in_roster": QT_TRANSLATE_NOOP(
        "Errors", "The signer (number %id) is not in the roster: choose the commander, or who "
        "signs in their place."),
    "committee.itap_not_in_roster": QT_TRANSLATE_NOOP(
        "Errors", "The ITAP administrator number %id is not in the roster: choose them again "
        "from the roster."),
    "committee.itap_no_duty": QT_TRANSLATE_NOOP(
        "Errors", "%name is an ITAP administrator without a duty: type the duty as the order "
        "prints it."),
    "committee.amends_missing": QT_TRANSLATE_NOOP(
        "Errors", "The order it amends (number %id) is not among the saved orders (someone "
        "may have deleted it)."),
    "committee.amends_itself": QT_TRANSLATE_NOOP(
        "Errors", "An order cannot amend itself: choose the earlier order it changes."),
    "committee.signed_off": QT_TRANSLATE_NOOP(
        "Errors", "Order %number has been signed off and is kept in the register of signed "
        "documents as it was signed, so it cannot be changed. To change the committee, make "
        "an order that amends it."),
})


class OrderProblemsError(AppError):
    """An order that breaks the rules; ``findings`` says each thing, nothing was written."""

    def __init__(self, findings: list[AppError]) -> None:
        self.findings = findings
        super().__init__("committee.problems", findings=findings)


def shown_date(day: date) -> str:
    """A date in a finding as fiscal.py's messages show them: B.E. and the Thai month in
    every language, as the secretary typed it and the order prints it."""
    return format_thai_date(day, DateForm.ABBR, DigitStyle.ARABIC)


def order_name(person: Person) -> str:
    """A person as an order prints them: full rank and name ("พันตำรวจเอก ธีรวัฒน์ แสงอรุณ")."""
    try:
        return name_in_order(person.name)
    except ValueError:
        # An entry still being typed (or bad old data) must still be named in a finding.
        return person.display_name


def person_facts(db: Database) -> dict[int, PersonFacts]:
    """Everyone in the roster, left or serving, as the order's rules see them."""
    return {p.id: PersonFacts(order_name(p), p.left_on, p.active)
            for p in PeopleRepository(db).all() if p.id is not None}


def _tidied(order: CommitteeOrder) -> CommitteeOrder:
    """Blank paragraphs and duties dropped (an empty row left in the editor prints nothing
    but a number)."""
    return replace(order, subject=order.subject.strip(), body=order.body.strip(),
                   preamble=tuple(p.strip() for p in order.preamble if p.strip()),
                   duties=tuple(d.strip() for d in order.duties if d.strip()))


def _service_problems(order: CommitteeOrder, people: dict[int, PersonFacts],
                      stored: list[CommitteeOrder]) -> list[AppError]:
    """What the domain leaves to the store's references: a signer, ITAP administrators and
    an amended order that exist."""
    found: list[AppError] = []
    if order.signer_id is not None and order.signer_id not in people:
        found.append(AppError("committee.signer_not_in_roster", id=order.signer_id))
    for admin in order.itap_admins:
        if admin.person_id not in people:
            found.append(AppError("committee.itap_not_in_roster", id=admin.person_id))
        elif not admin.duty.strip():
            found.append(AppError("committee.itap_no_duty", name=people[admin.person_id].name))
    if order.amends_id is not None:
        if order.id is not None and order.amends_id == order.id:
            found.append(AppError("committee.amends_itself"))
        elif all(o.id != order.amends_id for o in stored):
            found.append(AppError("committee.amends_missing", id=order.amends_id))
    return found


def save_order(db: Database, order: CommitteeOrder) -> CommitteeOrder:
    """Add a new order or update a stored one (``order.id``), in one transaction: refused with
    every finding (``OrderProblemsError``) when it breaks a rule, with
    ``OrderChangedMeanwhileError`` when someone saved it since it was read, and with
    ``committee.signed_off`` for an order the register holds signed off (its change is an
    amending order)."""
    order = _tidied(order)
    repo = OrderRepository(db)
    with db.transaction():
        if order.id is not None:
            # A stale copy is refused as such, before its findings (which may be theirs).
            repo.check_unchanged(order.id, order.version)
            # The register's signed-off files must stay the order the program holds: under
            # its number as stored (a changed number would hide it from the register too).
            before = repo.get(order.id)
            if repo.signed_off(before):
                raise AppError("committee.signed_off", number=register_key(before))
        stored = repo.all()
        people = person_facts(db)
        findings = order_problems(order, people, stored, shown_date)
        findings += _service_problems(order, people, stored)
        if findings:
            raise OrderProblemsError(findings)
        return repo.update(order) if order.id is not None else repo.add(order)


def delete_order(db: Database, order_id: int, version: int | None = None) -> None:
    """Remove an order typed by mistake (see ``OrderRepository.delete`` for what is kept)."""
    OrderRepository(db).delete(order_id, version)


def signed_off(db: Database, order: CommitteeOrder) -> bool:
    """Whether the register holds the order signed off (then it is kept as it is)."""
    return OrderRepository(db).signed_off(order)


def orders_of_year(db: Database, fiscal_year: int) -> list[CommitteeOrder]:
    """The year's orders in the order they took effect (the history the tab lists)."""
    return history(OrderRepository(db).of_year(fiscal_year))


def in_force(db: Database, fiscal_year: int, day: date) -> Committee | None:
    """The committee of ``fiscal_year`` in force on ``day``; None before its first order."""
    return committee_on(OrderRepository(db).of_year(fiscal_year), day)


def order_in_force(db: Database, fiscal_year: int, day: date) -> CommitteeOrder | None:
    """The order of ``fiscal_year`` a document of ``day`` cites: the latest order of the
    committee in force that day (an adding order after the one it adds to); None before the
    year's first order takes effect."""
    committee = in_force(db, fiscal_year, day)
    return committee.latest if committee is not None else None


def current_order(db: Database, fiscal_year: int, day: date) -> CommitteeOrder | None:
    """The order a report about "the year's order" is about when none is named: the one in
    force on ``day``, else (a year whose orders take effect later) the year's latest; None
    for a year without orders."""
    found = order_in_force(db, fiscal_year, day)
    if found is not None:
        return found
    orders = orders_of_year(db, fiscal_year)
    return orders[-1] if orders else None


def citation(db: Database, fiscal_year: int, day: date, digits: DigitStyle) -> str | None:
    """How a later document of ``day`` cites the order in force: "ประกอบคำสั่ง
    ตรวจคนเข้าเมืองจังหวัดมุกดาหาร ที่ ๒๒๒/๒๕๖๖ ลงวันที่ ๒๘ ธันวาคม ๒๕๖๖" (seed 002); None
    when no order is in force that day (or the unit has no name to cite it by)."""
    order = order_in_force(db, fiscal_year, day)
    unit = UnitRepository(db).get()
    if order is None or unit is None or not unit.full_name.strip():
        return None
    return (f"ประกอบคำสั่ง {unit.full_name.strip()} ที่ {order.number_text(digits)} "
            f"ลงวันที่ {format_thai_date(order.dated, DateForm.FULL, digits)}")


def suggest_number(db: Database, day: date) -> int:
    """The next number after the orders the program knows in ``day``'s B.E. year."""
    return suggested_number(OrderRepository(db).all(), day)


def new_order(db: Database, fiscal_year: int, dated: date) -> CommitteeOrder:
    """A draft of the year's first order: seed 002's subject, preamble and duties for this
    unit and year, in the digits the settings choose, the commander as signer and as head,
    and the next suggested number."""
    unit = UnitRepository(db).get()
    if unit is None or not unit.full_name.strip():
        raise AppError("committee.no_unit")
    digits = SettingsRepository(db).load().digit_style
    commander = unit.commander_id
    return CommitteeOrder(
        fiscal_year=fiscal_year,
        number=suggest_number(db, dated),
        dated=dated,
        subject=default_subject(unit.short_name, fiscal_year, digits),
        preamble=default_preamble(unit.full_name, fiscal_year, digits),
        duties=default_duties(unit.full_name, fiscal_year, digits),
        members=(Member(commander, Role.HEAD),) if commander is not None else (),
        signer_id=commander,
    )


def amend(db: Database, order_id: int, amendment: Amendment, dated: date,
          number: int) -> CommitteeOrder:
    """A draft of an order amending ``order_id``. One that replaces starts from the whole
    committee of the amended order, to be changed where it differs; one that adds starts
    with the amended order's words and signer but no members, duties or ITAP duties of its
    own, since what it lists joins the committee already in force (listing them again would
    name everyone twice in the order)."""
    base = OrderRepository(db).get(order_id)
    draft = replace(base, id=None, version=None, number=number, dated=dated, effective_on=None,
                    amends_id=order_id, amendment=amendment)
    if amendment is Amendment.ADDS:
        draft = replace(draft, members=(), duties=(), itap_admins=())
    return draft


def copy_forward(db: Database, order_id: int, fiscal_year: int, dated: date,
                 number: int) -> tuple[CommitteeOrder, list[Member]]:
    """A draft of next year's order from ``order_id``, and its members who have left the
    unit since (still listed, for the secretary to replace). The signer is the commander the
    unit has now, when it has one: the commander of last year's order may have moved on."""
    people = person_facts(db)
    draft, gone = copied_forward(OrderRepository(db).get(order_id), fiscal_year, dated,
                                 number, people)
    unit = UnitRepository(db).get()
    if unit is not None and unit.commander_id is not None:
        draft = replace(draft, signer_id=unit.commander_id)
    return draft, gone
