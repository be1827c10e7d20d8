"""The year's OIT plan: the rules of an assignment, assigning many rows, an item's state and
publication from its log, the formats still missing (any of a group, all of the groups, the
URL met by the publication), the due work of each cadence, workloads and counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from ita_desktop.domain.oit import Cadence, CadenceKind
from ita_desktop.domain.oit_plan import (
    AssignMode,
    ItemPlan,
    OitFile,
    Track,
    assign,
    assignment_problems,
    default_assignment,
    status_counts,
    unassign,
    workloads,
)
from ita_desktop.domain.oit_workflow import Duty, Status
from tests.oit_samples import CONTINUOUS, FISCAL_YEAR, MONTHLY, ONCE, change, walk_to

PREPARER, CONTROLLER, COMMANDER = 11, 12, 1


def _plan(item=ONCE, preparers=(PREPARER,), controllers=(CONTROLLER,), tracks=None,
          files=(), **changes) -> ItemPlan:
    assignment = replace(default_assignment(item, FISCAL_YEAR), preparers=tuple(preparers),
                         controllers=tuple(controllers), **changes)
    return ItemPlan(item, assignment, tracks or {}, tuple(files))


def _file(name: str, month: date | None = None) -> OitFile:
    return OitFile(name=name, sha256="0" * 64, size=10, added_at=datetime(2024, 11, 1),
                   month=month)


def _codes(problems) -> list[str]:
    return [p.code for p in problems]


# --- assignment rules ------------------------------------------------------------------------

def test_nobody_assigned_is_a_plan_not_yet_made_and_may_be_saved():
    assert assignment_problems(default_assignment(ONCE, FISCAL_YEAR), "O1") == []


def test_preparers_need_a_controller_and_controllers_a_preparer():
    plan = _plan(controllers=())
    assert _codes(assignment_problems(plan.assignment, "O1")) == ["oit.no_controller"]
    plan = _plan(preparers=())
    assert _codes(assignment_problems(plan.assignment, "O1")) == ["oit.no_preparer"]


def test_a_person_twice_in_one_duty_is_named_by_the_names_given():
    plan = _plan(preparers=(PREPARER, PREPARER))
    problems = assignment_problems(plan.assignment, "O1", {PREPARER: "ร.ต.อ. สมชาย ใจดี"})
    assert _codes(problems) == ["oit.person_twice"]
    assert problems[0].values["name"] == "ร.ต.อ. สมชาย ใจดี"


def test_a_period_outside_the_year_backwards_or_a_negative_count_is_refused():
    outside = _plan(period_start=date(2024, 9, 1))
    assert _codes(assignment_problems(outside.assignment, "O1")) == ["oit.period_outside_year"]
    backwards = _plan(period_start=date(2025, 3, 1), period_end=date(2025, 1, 31))
    assert _codes(assignment_problems(backwards.assignment, "O1")) == ["oit.period_backwards"]
    negative = _plan(entries=-1)
    assert _codes(assignment_problems(negative.assignment, "O1")) == ["oit.negative_entries"]
    no_date = _plan(cadence=Cadence(CadenceKind.ONCE))
    assert _codes(assignment_problems(no_date.assignment, "O1")) == ["oit.once_without_date"]


# --- assigning many rows ----------------------------------------------------------------------

def test_add_appends_the_person_once_and_replace_leaves_them_alone():
    first = default_assignment(ONCE, FISCAL_YEAR)
    added = assign(assign(first, 5, Duty.PREPARER), 6, Duty.PREPARER)
    assert added.preparers == (5, 6)
    assert assign(added, 5, Duty.PREPARER) == added  # repeating the action changes nothing
    assert assign(added, 7, Duty.PREPARER, AssignMode.REPLACE).preparers == (7,)
    assert assign(added, 7, Duty.CONTROLLER).controllers == (7,)
    assert assign(added, 7, Duty.CONTROLLER).preparers == (5, 6)


def test_unassign_takes_the_person_off_that_duty_only():
    both = assign(assign(default_assignment(ONCE, FISCAL_YEAR), 5, Duty.PREPARER), 5,
                  Duty.CONTROLLER)
    left = unassign(both, 5, Duty.PREPARER)
    assert left.preparers == () and left.controllers == (5,)


def test_the_commander_is_not_assigned_per_item():
    with pytest.raises(ValueError):
        assign(default_assignment(ONCE, FISCAL_YEAR), 1, Duty.COMMANDER)


# --- state and publication -----------------------------------------------------------------

def test_a_track_without_changes_is_not_started_and_unpublished():
    track = Track(None)
    assert track.status is Status.NOT_STARTED
    assert track.publication is None and track.changed_at is None


def test_the_publication_holds_while_the_item_stays_published():
    log = walk_to(Status.PUBLISHED, PREPARER, CONTROLLER, COMMANDER, date(2025, 1, 10))
    track = Track(None, log)
    assert track.status is Status.PUBLISHED
    assert track.publication is log[-1]
    assert Track(None, log[:-1]).publication is None
    plan = _plan(tracks={None: track})
    assert plan.url == "https://www.example.go.th/oit/o1"
    assert plan.published_on == date(2025, 1, 10)


# --- the formats still missing -------------------------------------------------------------

def test_every_group_is_needed_and_any_format_of_a_group_meets_it():
    plan = _plan(item=MONTHLY, files=[_file("report.pdf")])
    assert plan.missing() == [["Excel", "Word"]]
    plan = _plan(item=MONTHLY, files=[_file("report.PDF"), _file("sheet.docx")])
    assert plan.missing() == []
    # A deliverable's file counts for the item too.
    plan = _plan(item=MONTHLY, files=[_file("a.pdf"), _file("b.xlsx", date(2024, 10, 1))])
    assert plan.missing() == []
    # A picture meets no required format.
    assert _plan(item=ONCE, files=[_file("photo.jpg")]).missing() == [["PDF"]]


def test_a_url_is_met_by_the_publication_not_by_a_file():
    assert _plan(item=CONTINUOUS).missing() == [["URL"]]
    published = Track(None, walk_to(Status.PUBLISHED, PREPARER, CONTROLLER, COMMANDER,
                                    date(2025, 1, 10)))
    assert _plan(item=CONTINUOUS, tracks={None: published}).missing() == []


# --- due work --------------------------------------------------------------------------------

def test_a_once_item_is_due_on_its_deadline_and_done_when_approved():
    plan = _plan(item=ONCE)
    [due] = plan.dues()
    assert (due.due, due.month, due.done) == (date(2025, 1, 31), None, False)
    approved = Track(None, walk_to(Status.APPROVED, PREPARER, CONTROLLER, COMMANDER,
                                   date(2025, 1, 5)))
    assert _plan(item=ONCE, tracks={None: approved}).dues()[0].done


def test_a_monthly_item_has_a_deliverable_per_month_done_month_by_month():
    october, november = date(2024, 10, 1), date(2024, 11, 1)
    published = Track(october, walk_to(Status.PUBLISHED, PREPARER, CONTROLLER, COMMANDER,
                                       date(2024, 11, 1)))
    checked = Track(november, walk_to(Status.CHECKED, PREPARER, CONTROLLER, COMMANDER,
                                      date(2024, 12, 1)))
    plan = _plan(item=MONTHLY, period_end=date(2025, 3, 31),
                 tracks={october: published, november: checked})
    dues = plan.dues()
    assert [d.month for d in dues] == [date(2024, m, 1) for m in (10, 11, 12)] + [
        date(2025, m, 1) for m in (1, 2, 3)]
    assert dues[0].due == date(2024, 11, 1)  # seed 001: the 1st of the next month
    assert [d.done for d in dues] == [True, False, False, False, False, False]
    assert plan.months() == [d.month for d in dues]


def test_a_continuous_item_has_no_dated_work_but_a_shortfall():
    plan = _plan(item=CONTINUOUS, cadence=Cadence(CadenceKind.CONTINUOUS, minimum=5),
                 entries=2)
    assert plan.dues() == []
    assert plan.shortfall == 3
    assert _plan(item=ONCE).shortfall == 0


def test_an_unusable_cadence_gives_no_dues_rather_than_failing():
    assert _plan(item=ONCE, cadence=Cadence(CadenceKind.ONCE)).dues() == []


# --- workloads and counts ------------------------------------------------------------------

def test_workloads_put_the_busiest_first_and_count_open_items():
    approved = Track(None, walk_to(Status.APPROVED, 5, 6, COMMANDER, date(2025, 1, 5)))
    plans = [_plan(item=ONCE, preparers=(5,), controllers=(6,), tracks={None: approved}),
             _plan(item=MONTHLY, preparers=(5, 7), controllers=(6,)),
             _plan(item=CONTINUOUS, preparers=(7,), controllers=(5,))]
    loads = workloads(plans)
    # 6 and 7 both hold two items; 7's are both open, 6's O1 is approved: 7 comes first.
    assert [load.person_id for load in loads] == [5, 7, 6]
    five = loads[0]
    assert five.preparing == ("O1", "O2") and five.controlling == ("O3",)
    assert five.total == 3 and five.open_items == 2
    assert (loads[2].total, loads[2].open_items) == (2, 1)
    # Equal loads keep the roster's order, so the list does not jump between readings.
    assert [load.person_id for load in workloads(plans[1:])] == [5, 7, 6]


def test_status_counts_list_every_state():
    submitted = Track(None, walk_to(Status.SUBMITTED, 5, 6, COMMANDER, date(2025, 1, 5)))
    counts = status_counts([_plan(), _plan(tracks={None: submitted}), _plan()])
    assert set(counts) == set(Status)
    assert counts[Status.NOT_STARTED] == 2 and counts[Status.SUBMITTED] == 1
    assert counts[Status.PUBLISHED] == 0


def test_change_helper_builds_the_log_the_workflow_accepts():
    from ita_desktop.domain.oit_workflow import history_problems

    log = walk_to(Status.PUBLISHED, PREPARER, CONTROLLER, COMMANDER, date(2025, 1, 10))
    duties = {PREPARER: frozenset({Duty.PREPARER}), CONTROLLER: frozenset({Duty.CONTROLLER}),
              COMMANDER: frozenset({Duty.COMMANDER})}
    assert history_problems(log, duties) == []
    wrong = (change(Status.NOT_STARTED, Status.IN_PREPARATION, CONTROLLER, date(2025, 1, 1)),)
    assert history_problems(wrong, duties)


def test_a_files_content_must_be_the_kind_its_name_says():
    from ita_desktop.domain.oit_plan import content_problems

    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    for name, head in (("order.pdf", b"%PDF-1.7\n"), ("scan.pdf", b"\r\n%PDF-1.4"),
                       ("report.docx", b"PK\x03\x04..."), ("old.doc", ole), ("old.xls", ole),
                       ("photo.JPG", b"\xff\xd8\xff\xe0"), ("sign.png", b"\x89PNG\r\n\x1a\n")):
        assert content_problems(name, head) == [], name
    for name, head, kind in (("order.pdf", b"<html>", "PDF"), ("report.docx", ole, "Word"),
                             ("sheet.xlsx", b"hello", "Excel"), ("photo.jpg", b"\x89PNG", "JPEG")):
        found = content_problems(name, head)
        assert [f.code for f in found] == ["oit.file_content"] and found[0].values["kind"] == kind
