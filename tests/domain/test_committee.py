"""The committee's rules without a window or a database: numbering, checks, the order in force
on a day, next year's order started from this year's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ita_desktop.domain.committee import (
    Amendment,
    CommitteeOrder,
    Member,
    PersonFacts,
    Role,
    committee_on,
    copied_forward,
    default_subject,
    order_problems,
    role_words,
    suggested_number,
)
from ita_desktop.domain.digits import DigitStyle

PEOPLE = {n: PersonFacts(f"คน{n}") for n in range(1, 9)}
SEED_002 = CommitteeOrder(
    fiscal_year=2567, number=222, dated=date(2023, 12, 28), subject="แต่งตั้งคณะทำงาน",
    members=(Member(1, Role.HEAD, "หัวหน้าคณะกรรมการ"), Member(2, Role.MEMBER, "คณะกรรมการ"),
             Member(3, Role.MEMBER, "คณะกรรมการ"), Member(4, Role.MEMBER, "คณะกรรมการ"),
             Member(5, Role.MEMBER), Member(6, Role.MEMBER), Member(7, Role.SECRETARY)),
    signer_id=1, id=1)


def codes(order: CommitteeOrder, others=(), people=PEOPLE) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.code for p in order_problems(order, people, others)]


def test_the_number_takes_the_calendar_year_of_the_orders_date_not_the_fiscal_year():
    assert SEED_002.number_text() == "๒๒๒/๒๕๖๖"
    assert SEED_002.number_text(DigitStyle.ARABIC) == "222/2566"
    january = replace(SEED_002, dated=date(2024, 1, 3))
    assert january.number_text(DigitStyle.ARABIC) == "222/2567"


def test_seed_002s_committee_keeps_every_rule():
    assert codes(SEED_002) == []


def test_the_roles_print_as_the_seed_prints_them():
    assert role_words(Role.SECRETARY) == "คณะทำงานและเลขานุการ"
    assert role_words(Role.HEAD, "คณะกรรมการ") == "หัวหน้าคณะกรรมการ"
    assert role_words(Role.MEMBER, text=" คณะกรรมการ ") == "คณะกรรมการ"
    assert [m.role for m in replace(SEED_002, members=tuple(reversed(SEED_002.members)))
            .members_in_order()][::6] == [Role.HEAD, Role.SECRETARY]


@pytest.mark.parametrize(("change", "code"), [
    (dict(members=()), "committee.no_members"),
    (dict(members=(Member(2, Role.MEMBER), Member(7, Role.SECRETARY))), "committee.no_head"),
    (dict(members=(Member(1, Role.HEAD), Member(2, Role.HEAD), Member(7, Role.SECRETARY))),
     "committee.heads"),
    (dict(members=(Member(1, Role.HEAD),)), "committee.no_secretary"),
    (dict(members=(Member(1, Role.HEAD), Member(2, Role.SECRETARY), Member(3, Role.SECRETARY))),
     "committee.secretaries"),
    (dict(members=(Member(1, Role.HEAD), Member(1, Role.MEMBER), Member(7, Role.SECRETARY))),
     "committee.twice"),
    (dict(members=(Member(1, Role.HEAD), Member(99, Role.MEMBER), Member(7, Role.SECRETARY))),
     "committee.not_in_roster"),
    (dict(members=(Member(1, Role.HEAD), Member(2, Role.OTHER), Member(7, Role.SECRETARY))),
     "committee.free_role_empty"),
    (dict(number=0), "committee.bad_number"),
    (dict(subject="  "), "committee.no_subject"),
    (dict(signer_id=None), "committee.no_signer"),
    (dict(dated=date(2023, 6, 30)), "committee.date_out_of_reach"),
    (dict(dated=date(2024, 10, 1)), "committee.date_out_of_reach"),
    (dict(effective_on=date(2023, 12, 1)), "committee.effective_before_order"),
])
def test_each_rule_is_refused_with_its_code(change, code):
    assert code in codes(replace(SEED_002, **change))


def test_someone_who_left_before_the_order_cannot_be_appointed():
    people = {**PEOPLE, 5: PersonFacts("คน5", date(2023, 11, 1), active=False)}
    assert codes(SEED_002, people=people) == ["committee.has_left"]
    later = {**PEOPLE, 5: PersonFacts("คน5", date(2024, 2, 1), active=False)}
    assert codes(SEED_002, people=later) == []  # served on the order's date


def test_a_number_is_used_once_in_its_calendar_year():
    other = replace(SEED_002, id=2, dated=date(2023, 11, 2), subject="อื่น")
    assert codes(SEED_002, [other]) == ["committee.number_taken"]
    next_year = replace(other, dated=date(2024, 2, 1))  # 222/2567: another year
    assert codes(SEED_002, [next_year]) == []
    assert suggested_number([SEED_002, other], date(2023, 12, 30)) == 223
    assert suggested_number([SEED_002], date(2024, 1, 2)) == 1


def test_the_order_in_force_on_a_day_follows_replacements_and_additions():
    first = replace(SEED_002, number=27, dated=date(2023, 10, 20), id=10)
    adds = replace(SEED_002, number=30, dated=date(2023, 11, 15), id=11,
                   members=(Member(8, Role.MEMBER),), amends_id=10,
                   amendment=Amendment.ADDS)
    replaces = replace(SEED_002, number=41, dated=date(2024, 2, 1), id=12, amends_id=10,
                       amendment=Amendment.REPLACES, effective_on=date(2024, 2, 5))
    orders = [replaces, adds, first]
    assert committee_on(orders, date(2023, 10, 1)) is None
    assert committee_on(orders, date(2023, 10, 20)).base == first
    on_december = committee_on(orders, date(2023, 12, 1))
    assert on_december.base == first and on_december.additions == (adds,)
    assert 8 in [m.person_id for m in on_december.members]
    assert on_december.latest == adds
    assert committee_on(orders, date(2024, 2, 4)).latest == adds  # signed, not yet in force
    assert committee_on(orders, date(2024, 2, 5)).orders == (replaces,)


def test_next_years_order_starts_from_this_years_with_leavers_flagged():
    order = replace(SEED_002, subject=default_subject("ตม.จว.มุกดาหาร", 2567),
                    duties=("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",))
    people = {**PEOPLE, 5: PersonFacts("คน5", date(2024, 5, 1), active=False)}
    copy, gone = copied_forward(order, 2568, date(2024, 10, 3), 5, people)
    assert copy.id is None and copy.number_text(DigitStyle.ARABIC) == "5/2567"
    assert copy.subject.endswith("๒๕๖๘") and copy.duties == ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",)
    assert [m.person_id for m in gone] == [5]
    assert "committee.has_left" in codes(copy, people=people)
