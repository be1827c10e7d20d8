"""The year's dashboard: counts, late and due-soon work in date order, the projection with its
reason when it cannot be made, the next level, survey standings, missing formats, shortfalls
and the items nobody is assigned to."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from ita_desktop.domain.framework.model import SampleKey
from ita_desktop.domain.oit import Cadence, CadenceKind, Pace, ProgressEntry
from ita_desktop.domain.oit_dashboard import dashboard
from ita_desktop.domain.oit_plan import ItemPlan, OitYear, SurveyFigures, Track, default_assignment
from ita_desktop.domain.oit_score import Level
from ita_desktop.domain.oit_workflow import Status
from tests.oit_samples import CONTINUOUS, FISCAL_YEAR, MONTHLY, ONCE, catalog, walk_to

P, C, BOSS = 11, 12, 1


def _year(tracks: dict | None = None, figures: SurveyFigures | None = None,
          progress: dict | None = None, items=None, assigned: bool = True) -> OitYear:
    cat = catalog(items)
    plans = []
    for item in cat.oit_items:
        assignment = default_assignment(item, FISCAL_YEAR)
        if assigned:
            assignment = replace(assignment, preparers=(P,), controllers=(C,))
        if item is CONTINUOUS:
            assignment = replace(assignment, cadence=Cadence(CadenceKind.CONTINUOUS, minimum=4),
                                 entries=1)
        plans.append(ItemPlan(item, assignment, (tracks or {}).get(item.code, {})))
    return OitYear(FISCAL_YEAR, cat, plans, commander_id=BOSS, figures=figures or SurveyFigures(),
                   progress=progress or {})


def test_counts_list_every_state_and_workloads_come_from_the_plan():
    board = dashboard(_year(), date(2024, 10, 15))
    assert board.counts[Status.NOT_STARTED] == 3
    assert set(board.counts) == set(Status) and board.counts[Status.PUBLISHED] == 0
    assert [load.person_id for load in board.workloads] == [P, C]
    assert board.fiscal_year == FISCAL_YEAR and board.today == date(2024, 10, 15)


def test_late_and_due_soon_follow_the_year_views_rule_in_date_order():
    # On 3 December: October's and November's O2 reports were due on 1 Nov and 1 Dec; O1 is
    # due on 31 January.
    board = dashboard(_year(), date(2024, 12, 3))
    assert [(d.plan.code, d.due.month) for d in board.late] == [
        ("O2", date(2024, 10, 1)), ("O2", date(2024, 11, 1))]
    assert board.due_soon == []
    # October's report published: only November's is late.
    done = {"O2": {date(2024, 10, 1): Track(date(2024, 10, 1), walk_to(
        Status.PUBLISHED, P, C, BOSS, date(2024, 10, 31)))}}
    assert [d.due.month for d in dashboard(_year(done), date(2024, 12, 3)).late] == [
        date(2024, 11, 1)]
    # The due day itself is due soon, not late; O1's deadline and January's O2 report fall in
    # the same week, O2's on 1 February, so O1 comes first.
    board = dashboard(_year(done), date(2025, 1, 28))
    assert [(d.plan.code, d.due.due) for d in board.due_soon] == [
        ("O1", date(2025, 1, 31)), ("O2", date(2025, 2, 1))]
    assert all(d.due.month is None for d in board.due_soon if d.plan.code == "O1")


def test_the_projection_counts_approved_items_and_waits_for_the_survey_figures():
    tracks = {"O3": {None: Track(None, walk_to(Status.APPROVED, P, C, BOSS, date(2025, 1, 5)))}}
    board = dashboard(_year(tracks), date(2025, 2, 1))
    assert board.projection is not None and board.projection_problem is None
    assert board.projection.oit == Decimal("40.00")  # 2 of the 5 points
    assert board.projection.total is None and board.next_level is None


def test_with_both_survey_figures_the_level_and_what_the_next_one_lacks():
    figures = SurveyFigures(iit_score=Decimal(96), eit_score=Decimal(96))
    board = dashboard(_year(figures=figures), date(2025, 2, 1))
    # Nothing approved yet: 0.3 x 96 + 0.3 x 96 = 57.60.
    assert board.projection is not None and board.projection.total == Decimal("57.60")
    assert board.projection.level is Level.IMPROVE
    assert board.next_level is not None and board.next_level.level is Level.PASSED
    all_published = {code: {None: Track(None, walk_to(Status.PUBLISHED, P, C, BOSS,
                                                      date(2025, 1, 5)))}
                     for code in ("O1", "O2", "O3")}
    best = dashboard(_year(all_published, figures=figures), date(2025, 2, 1))
    assert best.projection is not None and best.projection.level is Level.EXCELLENT
    assert best.next_level is None


def test_a_projection_that_cannot_be_made_says_why_and_the_rest_still_shows():
    pointless = [replace(item, points=Decimal(0)) for item in (ONCE, MONTHLY, CONTINUOUS)]
    board = dashboard(_year(items=pointless), date(2024, 12, 3))
    assert board.projection is None and board.next_level is None
    assert board.projection_problem is not None
    assert board.projection_problem.code == "oit.no_points"
    assert len(board.late) == 2
    out_of_range = SurveyFigures(iit_score=Decimal(120), eit_score=Decimal(90))
    board = dashboard(_year(figures=out_of_range), date(2024, 12, 3))
    assert board.projection_problem is not None
    assert board.projection_problem.code == "oit.score_out_of_range"


def test_standings_need_the_eligible_staff_and_the_survey_dates():
    board = dashboard(_year(), date(2025, 2, 1))
    assert board.standings == [] and board.targets_problem is not None
    assert board.targets_problem.code == "oit.no_eligible_staff"
    no_dates = SurveyFigures(eligible_staff=20)
    board = dashboard(_year(figures=no_dates), date(2025, 2, 1))
    assert board.targets_problem is not None
    assert board.targets_problem.code == "oit.no_survey_dates"


def test_standings_against_the_targets_by_the_latest_count():
    figures = SurveyFigures(eligible_staff=20, survey_start=date(2025, 1, 1),
                            survey_deadline=date(2025, 1, 31))
    progress = {SampleKey.IIT: [ProgressEntry(date(2025, 1, 10), 5),
                                ProgressEntry(date(2025, 1, 20), 20)],
                SampleKey.EIT: [ProgressEntry(date(2025, 1, 20), 30,
                                              {"งานบริการ": 20, "งานสืบสวน": 10})]}
    board = dashboard(_year(figures=figures, progress=progress), date(2025, 1, 21))
    assert board.targets_problem is None
    by_key = {s.target.key: s for s in board.standings}
    assert set(by_key) == {SampleKey.IIT, SampleKey.EIT, SampleKey.EIT2}
    assert by_key[SampleKey.IIT].pace is Pace.REACHED
    assert by_key[SampleKey.EIT].pace is Pace.BEHIND and by_key[SampleKey.EIT].short == 70
    assert [s.short for s in by_key[SampleKey.EIT].sections] == [40, 30]
    assert by_key[SampleKey.EIT2].count == 0


def test_missing_formats_shortfalls_and_unassigned_items():
    board = dashboard(_year(assigned=False), date(2025, 2, 1))
    assert board.missing == {"O1": [["PDF"]], "O2": [["PDF"], ["Excel", "Word"]],
                             "O3": [["URL"]]}
    assert board.shortfalls == {"O3": 3}
    assert board.unassigned == ["O1", "O2", "O3"]
    assert dashboard(_year(), date(2025, 2, 1)).unassigned == []
