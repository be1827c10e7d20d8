"""The committee's use cases without Qt: a saved order keeps every rule or nothing is written,
two windows cannot both take one number, and amending and copying forward start the drafts the
window edits. The demo database (today 1 March 2025, fiscal year 2568) carries order 222/2567."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import date

import pytest

from ita_desktop.domain.committee import Amendment, ItapAdmin, Member, Role, order_problems
from ita_desktop.errors import AppError
from ita_desktop.services.committee import (
    OrderProblemsError,
    amend,
    copy_forward,
    in_force,
    new_order,
    orders_of_year,
    person_facts,
    save_order,
    suggest_number,
)
from ita_desktop.store import open_database
from ita_desktop.store.committee import OrderChangedMeanwhileError, OrderRepository
from ita_desktop.store.people import PeopleRepository

YEAR = 2568


def _demo_order(db):  # type: ignore[no-untyped-def]
    [order] = orders_of_year(db, YEAR)
    return order


def _id_of(db, first_name: str) -> int:  # type: ignore[no-untyped-def]
    return next(p.id for p in PeopleRepository(db).all() if p.first_name == first_name)


def test_the_demo_order_is_seed_002s_committee_and_keeps_every_rule(demo_db):
    order = _demo_order(demo_db)
    assert order.number_text() == "๒๒๒/๒๕๖๗" and order.dated == date(2024, 12, 28)
    people = person_facts(demo_db)
    assert order_problems(order, people, OrderRepository(demo_db).all()) == []
    roles = [m.role for m in order.members_in_order()]
    assert roles == [Role.HEAD, *[Role.MEMBER] * 5, Role.SECRETARY]
    head = order.members_in_order()[0]
    assert people[head.person_id].name == "พันตำรวจเอก ธีรวัฒน์ แสงอรุณ"
    assert order.signer_id == head.person_id
    assert len(order.duties) == 4 and len(order.preamble) == 2
    assert "ศรีวารินทร์" in order.preamble[1] and "๒๕๖๘" in order.subject
    [admin] = order.itap_admins
    assert "ITAP" in admin.duty and people[admin.person_id].name.startswith("ร้อยตำรวจเอกหญิง")


def test_people_are_named_as_an_order_prints_them(demo_db):
    names = {f.name for f in person_facts(demo_db).values()}
    assert {"พันตำรวจโทหญิง อรุณี ทองประเสริฐ", "นางสาวกนกวรรณ ใจงาม",
            "ว่าที่ ร้อยตำรวจตรี สมศักดิ์ ปัญญาดี"} <= names


def test_a_new_order_starts_from_the_units_defaults_and_the_next_number(demo_db):
    draft = new_order(demo_db, 2569, date(2025, 9, 20))
    commander = _id_of(demo_db, "ธีรวัฒน์")
    assert draft.members == (Member(commander, Role.HEAD),) and draft.signer_id == commander
    # 2025 is 2568 B.E., in which the program knows no order yet.
    assert draft.number == 1 and draft.id is None
    assert "๒๕๖๙" in draft.subject and len(draft.duties) == 4
    assert suggest_number(demo_db, date(2024, 11, 1)) == 223


def test_a_new_order_needs_the_unit_described_first(db):
    with pytest.raises(AppError) as info:
        new_order(db, YEAR, date(2024, 12, 1))
    assert info.value.code == "committee.no_unit"


def _refusals(db):  # type: ignore[no-untyped-def]
    """Each way of breaking a rule, applied to a new order built on the demo's."""
    base = replace(_demo_order(db), id=None, version=None, number=30, dated=date(2025, 2, 1))
    head, *rest = base.members_in_order()
    left = _id_of(db, "บุญชู")  # left the unit on 15 January 2025
    return {
        "two heads": (replace(base, members=(*base.members, Member(rest[0].person_id,
                                                                   Role.HEAD))),
                      {"committee.heads", "committee.twice"}),
        "no secretary": (replace(base, members=tuple(
            m for m in base.members if m.role is not Role.SECRETARY)), {"committee.no_secretary"}),
        "someone twice": (replace(base, members=(*base.members, Member(rest[1].person_id,
                                                                       Role.MEMBER))),
                          {"committee.twice"}),
        "someone who left": (replace(base, members=(*base.members, Member(left, Role.MEMBER))),
                             {"committee.has_left"}),
        "number taken": (replace(base, number=222, dated=date(2024, 12, 30)),
                         {"committee.number_taken"}),
        "out of reach": (replace(base, dated=date(2025, 10, 2)),
                         {"committee.date_out_of_reach"}),
        "signer unknown": (replace(base, signer_id=9999), {"committee.signer_not_in_roster"}),
        "ITAP unknown": (replace(base, itap_admins=(ItapAdmin(9999, "ผู้ดูแลระบบ"),)),
                         {"committee.itap_not_in_roster"}),
        "amends nothing": (replace(base, amends_id=9999, amendment=Amendment.REPLACES),
                           {"committee.amends_missing"}),
    }


REFUSALS = ("two heads", "no secretary", "someone twice", "someone who left", "number taken",
            "out of reach", "signer unknown", "ITAP unknown", "amends nothing")


@pytest.mark.parametrize("case", REFUSALS)
def test_each_refusal_reaches_the_caller_with_its_findings_and_nothing_is_written(demo_db,
                                                                                   case):
    order, codes = _refusals(demo_db)[case]
    before = OrderRepository(demo_db).all()
    with pytest.raises(OrderProblemsError) as info:
        save_order(demo_db, order)
    assert {f.code for f in info.value.findings} == codes
    assert info.value.code == "committee.problems"
    assert OrderRepository(demo_db).all() == before


def test_dates_in_findings_are_thai_dates(demo_db):
    order, _ = _refusals(demo_db)["someone who left"]
    with pytest.raises(OrderProblemsError) as info:
        save_order(demo_db, order)
    assert "15 ม.ค. 2568" in str(info.value) and "1 ก.พ. 2568" in str(info.value)


def test_a_refused_update_leaves_the_stored_order_as_it_was(demo_db):
    stored = _demo_order(demo_db)
    headless = replace(stored, members=tuple(m for m in stored.members
                                             if m.role is not Role.HEAD))
    with pytest.raises(OrderProblemsError) as info:
        save_order(demo_db, headless)
    assert [f.code for f in info.value.findings] == ["committee.no_head"]
    assert _demo_order(demo_db) == stored


def test_a_stale_save_is_refused_as_such(demo_file, tmp_path):
    import shutil

    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    first, second = open_database(path), open_database(path)
    try:
        mine, theirs = _demo_order(first), _demo_order(second)
        save_order(second, replace(theirs, subject=theirs.subject + " (แก้ไข)"))
        with pytest.raises(OrderChangedMeanwhileError):
            save_order(first, replace(mine, duties=mine.duties[:1]))
        assert len(_demo_order(first).duties) == 4
    finally:
        second.close()
        first.close()


def test_two_windows_racing_for_one_number_the_second_is_refused_in_its_transaction(demo_file,
                                                                                    tmp_path):
    """The first window holds the write lock while it saves 223/2567; the second, which
    checked nothing yet, waits for it and then finds the number taken, rather than both
    passing a check made before either wrote."""
    import shutil

    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    first = open_database(path)
    draft = replace(_demo_order(first), id=None, version=None, number=223,
                    dated=date(2024, 12, 30), amends_id=None, amendment=None)
    outcome: list[object] = []
    ready, go = threading.Event(), threading.Event()

    def second_window() -> None:
        second = open_database(path)  # a connection belongs to its thread
        try:
            ready.set()
            go.wait(5)
            save_order(second, draft)
            outcome.append("saved")
        except Exception as exc:  # noqa: BLE001 - the test looks at what it was
            outcome.append(exc)
        finally:
            second.close()

    worker = threading.Thread(target=second_window)
    worker.start()
    try:
        assert ready.wait(5)
        with first.transaction():
            go.set()
            time.sleep(0.3)  # the second window is now waiting on the lock
            save_order(first, draft)
        worker.join(10)
        [result] = outcome
        assert isinstance(result, OrderProblemsError)
        assert [f.code for f in result.findings] == ["committee.number_taken"]
        assert [o.number for o in OrderRepository(first).all()] == [222, 223]
    finally:
        worker.join(10)
        first.close()


def test_an_order_that_replaces_takes_over_from_its_day(demo_db):
    old = _demo_order(demo_db)
    draft = amend(demo_db, old.id, Amendment.REPLACES, date(2025, 2, 10), 31)
    assert draft.members == old.members and draft.amends_id == old.id and draft.id is None
    leaving = draft.members_in_order()[1].person_id
    new = save_order(demo_db, replace(draft, members=tuple(
        m for m in draft.members if m.person_id != leaving)))
    before, after = (in_force(demo_db, YEAR, date(2025, 2, 9)),
                     in_force(demo_db, YEAR, date(2025, 2, 10)))
    assert before is not None and before.latest == old
    assert after is not None and after.orders == (new,)
    assert leaving not in {m.person_id for m in after.members} and len(after.members) == 6
    assert in_force(demo_db, YEAR, date(2024, 12, 27)) is None
    assert [o.number for o in orders_of_year(demo_db, YEAR)] == [222, 31]


def test_an_order_that_adds_joins_the_committee_in_force(demo_db):
    old = _demo_order(demo_db)
    draft = amend(demo_db, old.id, Amendment.ADDS, date(2025, 2, 10), 32)
    assert draft.members == () and draft.duties == () and draft.subject == old.subject
    newcomer = _id_of(demo_db, "ณัฐพล")
    added = save_order(demo_db, replace(draft, members=(Member(newcomer, Role.MEMBER),)))
    committee = in_force(demo_db, YEAR, date(2025, 3, 1))
    assert committee is not None and committee.orders == (old, added)
    assert len(committee.members) == 8 and committee.latest.number == 32


def test_next_years_order_is_copied_with_leavers_flagged(demo_db):
    old = _demo_order(demo_db)
    leaver = old.members_in_order()[3].person_id
    PeopleRepository(demo_db).set_active(leaver, False, on=date(2025, 5, 1))
    draft, gone = copy_forward(demo_db, old.id, 2569, date(2025, 9, 25), 1)
    assert [m.person_id for m in gone] == [leaver]
    assert "๒๕๖๙" in draft.subject and "๒๕๖๘" not in draft.subject
    assert draft.id is None and draft.fiscal_year == 2569
    with pytest.raises(OrderProblemsError) as info:
        save_order(demo_db, draft)
    assert [f.code for f in info.value.findings] == ["committee.has_left"]
    replacement = _id_of(demo_db, "ธนากร")
    fixed = replace(draft, members=tuple(Member(replacement, m.role) if m.person_id == leaver
                                         else m for m in draft.members))
    saved = save_order(demo_db, fixed)
    assert orders_of_year(demo_db, 2569) == [saved]
    assert orders_of_year(demo_db, YEAR) == [old]
