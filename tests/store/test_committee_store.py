"""The committee orders as stored: what is saved comes back whole and in its order, a save
over someone else's change is refused, and an order other records rely on is kept."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from ita_desktop.domain.committee import Amendment, CommitteeOrder, ItapAdmin, Member, Role
from ita_desktop.domain.roster import Person
from ita_desktop.domain.signoff import Subject, SubjectKind
from ita_desktop.domain.units import UnitKind
from ita_desktop.store import open_database
from ita_desktop.store.committee import OrderChangedMeanwhileError, OrderRepository
from ita_desktop.store.errors import StoreError
from ita_desktop.store.people import PeopleRepository

KIND = UnitKind.PROVINCIAL_IMMIGRATION


def _people(db, count: int = 4) -> list[int]:  # type: ignore[no-untyped-def]
    repo = PeopleRepository(db)
    return [repo.add(Person(rank_key="pol_capt", first_name=f"สมชาย{i}", last_name="ใจดี",
                            phone=f"08100000{i:02d}"), KIND).id for i in range(count)]


def _order(ids: list[int], **changes: object) -> CommitteeOrder:
    order = CommitteeOrder(
        fiscal_year=2567, number=222, dated=date(2023, 12, 28), subject="แต่งตั้งคณะทำงาน",
        body="คณะกรรมการ", preamble=("ย่อหน้าแรก", "ย่อหน้าที่สอง"),
        members=(Member(ids[0], Role.HEAD), Member(ids[2], Role.OTHER, "ที่ปรึกษา"),
                 Member(ids[1], Role.SECRETARY)),
        duties=("หน้าที่หนึ่ง", "หน้าที่สอง", "หน้าที่สาม"),
        itap_admins=(ItapAdmin(ids[3], "ผู้ดูแลระบบ ITAP"),),
        effective_on=date(2024, 1, 2), signer_id=ids[0])
    return replace(order, **changes)  # type: ignore[arg-type]


def test_an_order_comes_back_whole_with_its_parts_in_the_order_given(db):
    ids = _people(db)
    repo = OrderRepository(db)
    saved = repo.add(_order(ids))
    assert saved.id is not None and saved.version == 1
    assert repo.get(saved.id) == saved
    assert repo.of_year(2567) == [saved] and repo.of_year(2568) == []
    # Reordered members, a duty dropped: the new order, not the old rows appended.
    changed = replace(saved, members=tuple(reversed(saved.members)), duties=("หน้าที่สาม",),
                      effective_on=None)
    again = repo.update(changed)
    assert again.version == 2
    assert repo.get(saved.id) == again
    assert [m.role for m in repo.get(saved.id).members] == [Role.SECRETARY, Role.OTHER,
                                                            Role.HEAD]


def test_of_year_and_all_see_orders_of_one_calendar_year_in_two_fiscal_years(db):
    ids = _people(db)
    repo = OrderRepository(db)
    # 222/2566 is of fiscal year 2567; 5/2566 of fiscal year 2566: numbers share the B.E. year.
    repo.add(_order(ids))
    repo.add(_order(ids, fiscal_year=2566, number=5, dated=date(2023, 2, 1), effective_on=None))
    assert [o.number for o in repo.of_year(2567)] == [222]
    assert sorted((o.number, o.number_year, o.fiscal_year) for o in repo.all()) == [
        (5, 2566, 2566), (222, 2566, 2567)]


def test_the_same_number_in_the_same_year_is_refused_by_the_file_itself(db):
    """The last guard behind the services' check: the unique index on number and year."""
    ids = _people(db)
    repo = OrderRepository(db)
    repo.add(_order(ids))
    with pytest.raises(sqlite3.IntegrityError):
        repo.add(_order(ids, dated=date(2023, 10, 5)))
    assert len(repo.all()) == 1
    # The same number in the next calendar year is another number.
    repo.add(_order(ids, dated=date(2024, 1, 5), effective_on=None))
    assert len(repo.all()) == 2


def test_the_later_of_two_edits_of_one_order_is_refused(tmp_path):
    path = tmp_path / "unit.sqlite"
    first, second = open_database(path), open_database(path)
    try:
        ids = _people(first)
        order_id = OrderRepository(first).add(_order(ids)).id
        assert order_id is not None
        mine = OrderRepository(first).get(order_id)
        theirs = OrderRepository(second).get(order_id)
        OrderRepository(second).update(replace(theirs, subject="ของเขา"))
        with pytest.raises(OrderChangedMeanwhileError) as info:
            OrderRepository(first).update(replace(mine, subject="ของฉัน", duties=()))
        assert info.value.values["number"] == "222/2566"
        kept = OrderRepository(first).get(order_id)
        assert kept.subject == "ของเขา" and len(kept.duties) == 3
        # Read again, the same change goes through.
        OrderRepository(first).update(replace(kept, subject="ของฉัน"))
        assert OrderRepository(second).get(order_id).subject == "ของฉัน"
    finally:
        second.close()
        first.close()


def test_an_order_typed_by_mistake_is_deleted_with_its_parts(db):
    ids = _people(db)
    repo = OrderRepository(db)
    order_id = repo.add(_order(ids)).id
    repo.delete(order_id)
    assert repo.all() == []
    for table in ("committee_members", "committee_preamble", "committee_duties",
                  "committee_itap_admins"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    with pytest.raises(StoreError) as info:
        repo.get(order_id)
    assert info.value.code == "store.no_order"


def test_an_order_amended_by_another_is_kept(db):
    ids = _people(db)
    repo = OrderRepository(db)
    first = repo.add(_order(ids))
    repo.add(_order(ids, number=3, dated=date(2024, 2, 1), effective_on=None,
                    amends_id=first.id, amendment=Amendment.ADDS))
    with pytest.raises(StoreError) as info:
        repo.delete(first.id)
    assert info.value.code == "store.order_amended"
    assert (info.value.values["number"], info.value.values["by"]) == ("222/2566", "3/2567")
    assert len(repo.all()) == 2


def test_a_signed_off_order_is_kept(db):
    ids = _people(db)
    repo = OrderRepository(db)
    order = repo.add(_order(ids))
    # The register's row for the order's document, as a sign-off leaves it.
    db.execute("INSERT INTO reports (kind, fiscal_year, subject_kind, subject_key, number, "
               "title) VALUES ('committee_order', 2567, ?, ?, 'R-1', 'คำสั่ง')",
               (str(SubjectKind.ORDER), Subject(SubjectKind.ORDER, "222/2566").key))
    db.conn.commit()
    with pytest.raises(StoreError) as info:
        repo.delete(order.id)
    assert info.value.code == "store.order_signed_off"
    assert repo.get(order.id) == order


def test_deleting_an_order_changed_meanwhile_is_refused(db):
    ids = _people(db)
    repo = OrderRepository(db)
    order = repo.add(_order(ids))
    repo.update(replace(order, subject="แก้แล้ว"))
    with pytest.raises(OrderChangedMeanwhileError):
        repo.delete(order.id, order.version)
    assert len(repo.all()) == 1
