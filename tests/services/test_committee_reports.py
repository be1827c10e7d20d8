"""The committee order through the report register: which order a report is about when none
is named, the one register key under which a signed-off order is kept (so it can be neither
changed nor deleted), the roster read whole, and the words later documents cite it with. The
demo database (today 1 March 2025, fiscal year 2568) carries order 222/2567 of 28 Dec 2024."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ita_desktop.domain.committee import Amendment, Member, Role
from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.signoff import SignOff, Subject, SubjectKind
from ita_desktop.errors import AppError
from ita_desktop.reports import signing
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.services import reports
from ita_desktop.services.committee import (
    amend,
    citation,
    delete_order,
    orders_of_year,
    save_order,
)
from ita_desktop.store.committee import OrderRepository
from ita_desktop.store.errors import StoreError
from ita_desktop.store.people import PeopleRepository

YEAR = 2568
SIGNED_ON = date(2025, 1, 6)


def _order(db):  # type: ignore[no-untyped-def]
    [order] = orders_of_year(db, YEAR)
    return order


def _sign(db, prepared):  # type: ignore[no-untyped-def]
    commander = PeopleRepository(db).get(_order(db).signer_id)
    return reports.sign_off(db, prepared, [SignOff(
        "signed", commander.id, commander.display_name, commander.position_abbr, SIGNED_ON)])


def test_without_a_subject_the_report_is_about_the_order_in_force_else_the_latest(demo_db):
    kind = signing.report_kind("committee-order")
    in_force = Subject(SubjectKind.ORDER, "222/2567")
    assert reports.default_subject(demo_db, kind, YEAR, date(2025, 3, 1)) == in_force
    # Before the year's first order takes effect, the year's latest order.
    assert reports.default_subject(demo_db, kind, YEAR, date(2024, 10, 2)) == in_force
    assert reports.default_subject(demo_db, kind, YEAR + 1, date(2025, 3, 1)) is None
    prepared = reports.prepare(demo_db, "committee-members", YEAR, DigitStyle.THAI)
    assert prepared.subject == in_force and prepared.data["order"]["number"] == 222


def test_a_year_without_orders_is_refused_in_words(demo_db):
    with pytest.raises(AppError) as refused:
        reports.prepare(demo_db, "committee-order", YEAR + 1, DigitStyle.THAI)
    assert refused.value.code == "report.no_order_yet"
    assert "2569 has no committee order yet" in str(refused.value)


def test_an_order_named_in_thai_digits_is_signed_off_under_its_one_register_key(demo_db):
    prepared = reports.prepare(demo_db, "committee-order", YEAR, DigitStyle.THAI,
                               Subject(SubjectKind.ORDER, " ๒๒๒ / ๒๕๖๗ "))
    assert prepared.subject == Subject(SubjectKind.ORDER, "222/2567")
    record = _sign(demo_db, prepared)
    assert record.subject.key == "222/2567" and [s.role for s in record.signoffs] == ["signed"]
    text = "".join(pdf_pages_text(reports.export_bytes(
        demo_db, reports.prepare(demo_db, "committee-order", YEAR, DigitStyle.THAI), "pdf")))
    # The signed-off file comes back: the commander's block in full, with the verification.
    assert "พันตำรวจเอก" in text and "ผู้กำกับการตรวจคนเข้าเมืองจังหวัดศรีวารินทร์" in text
    assert "รายงานเลขที่" in text

    order = _order(demo_db)
    assert OrderRepository(demo_db).signed_off(order)
    with pytest.raises(StoreError) as refused:
        delete_order(demo_db, order.id, order.version)
    assert refused.value.code == "store.order_signed_off"


def test_a_signed_off_order_is_not_changed_in_place_but_amended(demo_db):
    _sign(demo_db, reports.prepare(demo_db, "committee-order", YEAR, DigitStyle.THAI))
    order = _order(demo_db)
    with pytest.raises(AppError) as refused:
        save_order(demo_db, replace(order, subject=order.subject + " (แก้ไข)"))
    assert refused.value.code == "committee.signed_off"
    assert "make an order that amends it" in str(refused.value)
    assert _order(demo_db) == order

    # The way to change it: an amending order, which saves and is a report of its own.
    draft = amend(demo_db, order.id, Amendment.REPLACES, date(2025, 2, 3), 15)
    saved = save_order(demo_db, replace(draft, number=15))
    assert saved.number_text(DigitStyle.ARABIC) == "15/2568"
    kind = signing.report_kind("committee-order")
    assert reports.default_subject(demo_db, kind, YEAR, date(2025, 3, 1)) == Subject(
        SubjectKind.ORDER, "15/2568")
    assert reports.prepare(demo_db, kind.key, YEAR, DigitStyle.THAI,
                           Subject(SubjectKind.ORDER, "15/2568")).signed is None


def test_the_order_keeps_members_who_have_left_since(demo_db):
    order = _order(demo_db)
    people = PeopleRepository(demo_db)
    member = next(m for m in order.members if m.role is Role.MEMBER)
    leaver = people.get(member.person_id)
    people.set_active(leaver.id, False, on=date(2025, 2, 1))
    prepared = reports.prepare(demo_db, "committee-members", YEAR, DigitStyle.THAI)
    assert leaver.id in [m["id"] for m in prepared.data["members"]]


def test_later_documents_cite_the_order_in_force(demo_db):
    assert citation(demo_db, YEAR, date(2025, 3, 1), DigitStyle.THAI) == (
        "ประกอบคำสั่ง ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ ที่ ๒๒๒/๒๕๖๗ ลงวันที่ ๒๘ ธันวาคม ๒๕๖๗")
    assert citation(demo_db, YEAR, date(2025, 3, 1), DigitStyle.ARABIC) == (
        "ประกอบคำสั่ง ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ ที่ 222/2567 ลงวันที่ 28 ธันวาคม 2567")
    assert citation(demo_db, YEAR, date(2024, 12, 27), DigitStyle.THAI) is None
    assert citation(demo_db, YEAR + 1, date(2025, 3, 1), DigitStyle.THAI) is None

    # An order adding to the committee is the one cited from the day it is made.
    order = _order(demo_db)
    newcomer = next(p for p in PeopleRepository(demo_db).all(include_inactive=False)
                    if p.id not in {m.person_id for m in order.members})
    draft = amend(demo_db, order.id, Amendment.ADDS, date(2025, 2, 10), 31)
    save_order(demo_db, replace(draft, members=(Member(newcomer.id, Role.MEMBER),)))
    assert citation(demo_db, YEAR, date(2025, 2, 9), DigitStyle.ARABIC).endswith(
        "ที่ 222/2567 ลงวันที่ 28 ธันวาคม 2567")
    assert citation(demo_db, YEAR, date(2025, 2, 10), DigitStyle.ARABIC).endswith(
        "ที่ 31/2568 ลงวันที่ 10 กุมภาพันธ์ 2568")
