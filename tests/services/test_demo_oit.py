"""The demo's OIT plan (made on 1 March 2025, fiscal year 2568): every item assigned as seed
001 assigns them, a spread of states, the monthly reports, attached files, the survey figures,
progress counts and EIT(2) contacts, the surveys' caretakers as seed 002 appoints them, and OIT
work in the start-up notice."""

from __future__ import annotations

from datetime import date

from ita_desktop.demo import ITAP_ADMIN
from ita_desktop.demo.oit import CARETAKERS
from ita_desktop.domain.framework.model import DeadlineKind, SampleKey
from ita_desktop.domain.oit import CadenceKind
from ita_desktop.domain.oit_dashboard import dashboard
from ita_desktop.domain.oit_plan import CaretakerRole, caretaking
from ita_desktop.domain.oit_workflow import Status
from ita_desktop.domain.year_view import EntryKind
from ita_desktop.services import committee, oit, year_view
from ita_desktop.store.people import PeopleRepository

YEAR = 2568
TODAY = date(2025, 3, 1)
SITE = "https://immigration-demo.example.org/"


def test_every_item_has_preparers_and_an_inspector_controlling_it(demo_db):
    year = oit.oit_year(demo_db, YEAR)
    people = {p.id: p for p in PeopleRepository(demo_db).all()}
    assert len(year.items) == 24
    for plan in year.items:
        assert plan.assignment.preparers and plan.assignment.controllers, plan.code
        assert all(people[p].active for p in plan.assignment.people)
        # Seed 001: an inspector (สารวัตร) controls and follows the item up.
        assert people[plan.assignment.controllers[0]].position.startswith("สารวัตร")
    # Several people share the work.
    assert len({p for plan in year.items for p in plan.assignment.people}) >= 10


def test_a_spread_of_states_with_addresses_on_the_demo_website(demo_db):
    year = oit.oit_year(demo_db, YEAR)
    states = [plan.status for plan in year.items]
    assert {Status.PUBLISHED, Status.APPROVED, Status.CHECKED, Status.RETURNED,
            Status.SUBMITTED, Status.IN_PREPARATION, Status.NOT_STARTED} <= set(states)
    published = [plan for plan in year.items if plan.status is Status.PUBLISHED]
    assert published and all(plan.url.startswith(SITE) and plan.published_on
                             for plan in published)
    [returned] = [plan for plan in year.items if plan.status is Status.RETURNED]
    assert returned.track().log[-1].comment


def test_monthly_items_have_their_reports_published_up_to_a_week_ago(demo_db):
    year = oit.oit_year(demo_db, YEAR)
    monthly = [plan for plan in year.items
               if plan.item.deadline.kind is DeadlineKind.MONTHLY]
    assert [plan.code for plan in monthly] == ["O6", "O10", "O12", "O13", "O14", "O16"]
    for plan in monthly:
        assert plan.assignment.cadence.kind is CadenceKind.MONTHLY
        done = [due.month for due in plan.dues() if due.done]
        assert done == [date(2024, 10, 1), date(2024, 11, 1), date(2024, 12, 1),
                        date(2025, 1, 1)]
        assert plan.track(date(2025, 1, 1)).publication.url.endswith("-2025-01")


def test_the_dashboard_and_the_notice_show_late_and_soon_oit_work(demo_db):
    board = dashboard(oit.oit_year(demo_db, YEAR), TODAY)
    assert board.late and board.due_soon
    assert any(item.due.month is None for item in board.due_soon)
    assert board.projection is not None and board.projection.level is not None
    assert board.unassigned == [] and board.shortfalls
    said = year_view.summary(demo_db, YEAR, TODAY)
    assert EntryKind.OIT_DEADLINE in {e.kind for e in said.late}
    assert EntryKind.DELIVERABLE in {e.kind for e in said.due_soon}


def test_a_pdf_and_a_word_file_are_attached_and_read_back(demo_db):
    year = oit.oit_year(demo_db, YEAR)
    [plan] = [plan for plan in year.items if plan.files]
    assert sorted(f.format for f in plan.files) == ["PDF", "Word"]
    pdf = next(f for f in plan.files if f.format == "PDF")
    assert oit.file_content(demo_db, pdf.id).startswith(b"%PDF")
    assert plan.missing() == []


def test_survey_figures_progress_and_contacts_in_the_catalogs_groups(demo_db):
    year = oit.oit_year(demo_db, YEAR)
    assert year.figures.iit_score is not None and year.figures.eligible_staff == 20
    assert year.figures.survey_start == date(2025, 1, 1)
    assert {SampleKey.IIT, SampleKey.EIT, SampleKey.EIT2} <= set(year.progress)
    eit = year.progress[SampleKey.EIT][-1]
    assert set(eit.by_section) == {q.section for q in year.catalog.eit_quotas}
    groups = [g.description for g in year.catalog.eit2_groups]
    assert [c.group for c in year.contacts] == groups
    board = dashboard(year, TODAY)
    assert board.targets_problem is None and len(board.standings) == 3


def test_the_demo_holds_seed_002s_caretakers(demo_db):
    year = oit.oit_year(demo_db, YEAR)
    people = {p.id: p for p in PeopleRepository(demo_db).all()}
    ids = sorted(people)
    assert year.caretakers == {role: tuple(ids[place] for place in places)
                               for role, places in CARETAKERS.items()}
    # The committee's ITAP administrator runs ITAP, keeps the website and collects IIT.
    admin = ids[ITAP_ADMIN]
    [order] = committee.orders_of_year(demo_db, YEAR)
    assert [a.person_id for a in order.itap_admins] == [admin]
    assert year.caretakers[CaretakerRole.ITAP_ADMIN] == (admin,)
    assert year.caretakers[CaretakerRole.WEBSITE] == (admin,)
    assert set(caretaking(year)[admin]) >= {CaretakerRole.ITAP_ADMIN, CaretakerRole.WEBSITE,
                                            CaretakerRole.IIT}
    # IIT and EIT(1): an inspector controls; EIT(1) has two people of each section.
    for role in (CaretakerRole.IIT, CaretakerRole.EIT):
        assert people[year.caretakers[role][0]].position.startswith("สารวัตร")
    sections = [people[p].section_key for p in year.caretakers[CaretakerRole.EIT][1:]]
    assert len(set(sections)) == 4 and all(sections.count(s) == 2 for s in sections)
    # EIT(2): four people, one of each section, all serving.
    eit2 = year.caretakers[CaretakerRole.EIT2]
    assert len(eit2) == 4 and len({people[p].section_key for p in eit2}) == 4
    assert all(people[p].active for roles in year.caretakers.values() for p in roles)
