"""The surveys' caretakers through the service: a role's list replaced whole and read back with
the year, refusals (not in the roster, left the unit, listed twice) leaving the file as it
was. The demo's caretakers: tests/services/test_demo_oit.py."""

from __future__ import annotations

import pytest

from ita_desktop.domain.oit_plan import CaretakerRole
from ita_desktop.domain.roster import Person
from ita_desktop.services import oit
from ita_desktop.store.oit import OitRepository
from ita_desktop.store.people import PeopleRepository

FY = 2568


@pytest.fixture
def people(db):
    repo = PeopleRepository(db)
    found = [repo.add(Person("pol_capt", name, "ทดสอบ")).id
             for name in ("ควบคุม", "รวบรวม", "ธุรการ", "ย้ายออก")]
    repo.set_active(found[3], False)
    return found


def _codes(info) -> list[str]:
    return [finding.code for finding in info.value.findings]


def test_a_roles_list_is_replaced_whole_and_read_with_the_year(db, people):
    controller, collector, clerk, _ = people
    oit.save_caretakers(db, FY, CaretakerRole.IIT, [controller, collector])
    oit.save_caretakers(db, FY, CaretakerRole.WEBSITE, [collector])
    assert oit.oit_year(db, FY).caretakers == {CaretakerRole.WEBSITE: (collector,),
                                               CaretakerRole.IIT: (controller, collector)}
    # Reordered and changed: the new list, in its order, and nothing else of the year moves.
    oit.save_caretakers(db, FY, CaretakerRole.IIT, [clerk, controller])
    year = oit.oit_year(db, FY)
    assert year.caretakers[CaretakerRole.IIT] == (clerk, controller)
    assert year.caretakers[CaretakerRole.WEBSITE] == (collector,)
    # Nobody: the role is left to nobody; another year keeps its own.
    oit.save_caretakers(db, FY + 1, CaretakerRole.IIT, [collector])
    oit.save_caretakers(db, FY, CaretakerRole.IIT, [])
    assert CaretakerRole.IIT not in oit.oit_year(db, FY).caretakers
    assert oit.oit_year(db, FY + 1).caretakers == {CaretakerRole.IIT: (collector,)}


@pytest.mark.parametrize(("chosen", "codes"), [
    (lambda p: [p[0], 999], ["oit.person_not_in_roster"]),
    (lambda p: [p[0], p[3]], ["oit.person_left"]),
    (lambda p: [p[0], p[1], p[0]], ["oit.caretaker_twice"]),
    (lambda p: [p[3], p[1], p[1]], ["oit.person_left", "oit.caretaker_twice"]),
])
def test_refusals_say_why_and_leave_the_file_as_it_was(db, people, content, chosen, codes):
    oit.save_caretakers(db, FY, CaretakerRole.EIT, [people[1], people[2]])
    before = content(db.path)
    with pytest.raises(oit.OitProblemsError) as info:
        oit.save_caretakers(db, FY, CaretakerRole.EIT, chosen(people))
    assert _codes(info) == codes
    assert content(db.path) == before


def test_the_twice_refusal_names_the_person_and_the_role(db, people):
    with pytest.raises(oit.OitProblemsError) as info:
        oit.save_caretakers(db, FY, CaretakerRole.EIT2, [people[2], people[2]])
    [finding] = info.value.findings
    assert "ธุรการ" in str(finding) and "EIT(2) contacts" in str(finding)


def test_someone_who_left_since_may_stay_while_the_rest_is_edited(db, people):
    controller, collector, clerk, _ = people
    oit.save_caretakers(db, FY, CaretakerRole.EIT, [controller, collector])
    PeopleRepository(db).set_active(collector, False)
    oit.save_caretakers(db, FY, CaretakerRole.EIT, [controller, collector, clerk])
    assert oit.oit_year(db, FY).caretakers[CaretakerRole.EIT] == (controller, collector, clerk)


def test_the_year_is_still_read_in_a_handful_of_queries(db, people):
    oit.save_caretakers(db, FY, CaretakerRole.EIT, people[:3])
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        stored = OitRepository(db).year(FY)
    finally:
        db.conn.set_trace_callback(None)
    assert stored.caretakers == {CaretakerRole.EIT: tuple(people[:3])}
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 8
