"""OIT cadence and deliverables, late and due soon as the year view says, IIT/EIT progress."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ita_desktop.domain.framework.model import (
    Catalog,
    Deadline,
    DeadlineKind,
    EitQuota,
    Framework,
    SampleKey,
    Tool,
)
from ita_desktop.domain.oit import (
    Cadence,
    CadenceKind,
    Deliverable,
    Pace,
    ProgressEntry,
    SurveyTarget,
    cadence_of,
    cadence_problems,
    continuous_shortfall,
    deliverables,
    dues_soon,
    expected_count,
    late_dues,
    oit_dues,
    standing,
    survey_targets,
)
from ita_desktop.domain.year_view import EntryKind, oit_entries
from ita_desktop.errors import AppError

FY2568 = (date(2024, 10, 1), date(2025, 9, 30))
MONTHLY = Cadence(CadenceKind.MONTHLY, day=1)


def test_monthly_deliverables_across_a_fiscal_year_and_its_year_end():
    found = deliverables(MONTHLY, *FY2568)
    assert len(found) == 12
    assert found[0] == Deliverable(due=date(2024, 11, 1), month=date(2024, 10, 1))
    # December's report is due on the first day of the new calendar year.
    assert found[2] == Deliverable(due=date(2025, 1, 1), month=date(2024, 12, 1))
    # September's closes the fiscal year and is due in the next one.
    assert found[-1] == Deliverable(due=date(2025, 10, 1), month=date(2025, 9, 1))
    assert [d.month.month for d in found if d.month] == [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9]


def test_a_due_day_the_month_lacks_falls_on_its_last_day():
    found = deliverables(Cadence(CadenceKind.MONTHLY, day=31), date(2025, 1, 1),
                         date(2025, 3, 31))
    assert [d.due for d in found] == [date(2025, 2, 28), date(2025, 3, 31), date(2025, 4, 30)]
    leap = deliverables(Cadence(CadenceKind.MONTHLY, day=30), date(2024, 1, 15),
                        date(2024, 1, 15))
    assert leap == [Deliverable(due=date(2024, 2, 29), month=date(2024, 1, 1))]


def test_a_period_begun_mid_month_still_owes_that_months_report():
    found = deliverables(MONTHLY, date(2025, 1, 15), date(2025, 3, 10))
    assert [d.month for d in found] == [date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1)]


def test_once_and_continuous_items():
    once = Cadence(CadenceKind.ONCE, due=date(2025, 2, 28))
    assert deliverables(once, *FY2568) == [Deliverable(due=date(2025, 2, 28))]
    continuous = Cadence(CadenceKind.CONTINUOUS, minimum=4)
    assert deliverables(continuous, *FY2568) == []
    assert continuous_shortfall(continuous, 1) == 3
    assert continuous_shortfall(continuous, 6) == 0


def test_bad_cadences_and_periods_are_refused():
    with pytest.raises(AppError) as raised:
        deliverables(MONTHLY, date(2025, 9, 30), date(2024, 10, 1))
    assert raised.value.code == "oit.period_backwards"
    assert [p.code for p in cadence_problems(Cadence(CadenceKind.MONTHLY, day=0))] == [
        "oit.bad_due_day"]
    assert [p.code for p in cadence_problems(Cadence(CadenceKind.ONCE))] == [
        "oit.once_without_date"]
    assert [p.code for p in cadence_problems(Cadence(CadenceKind.CONTINUOUS, minimum=0))] == [
        "oit.bad_minimum"]
    with pytest.raises(AppError) as raised:
        deliverables(Cadence(CadenceKind.MONTHLY, day=32), *FY2568)
    assert raised.value.english() == ("32 cannot be the day of the month a report is due: "
                                      "give a day from 1 to 31.")


def test_the_catalogs_deadlines_become_cadences():
    assert cadence_of(Deadline(DeadlineKind.DATE, date=date(2025, 2, 28))) == Cadence(
        CadenceKind.ONCE, due=date(2025, 2, 28))
    assert cadence_of(Deadline(DeadlineKind.MONTHLY, day=1)) == MONTHLY
    assert cadence_of(Deadline(DeadlineKind.MONTHLY)) == MONTHLY  # seed 001's day 1
    assert cadence_of(Deadline(DeadlineKind.NONE), minimum=12) == Cadence(
        CadenceKind.CONTINUOUS, minimum=12)


def test_dues_feed_the_year_view_and_late_means_after_the_due_day():
    dues = oit_dues(2568, "O12", "รายงานผลการจัดซื้อจัดจ้าง", MONTHLY, *FY2568,
                    done=[date(2024, 10, 1)], who="ร.ต.อ.หญิง ก")
    entries = oit_entries(dues)
    assert {e.kind for e in entries} == {EntryKind.DELIVERABLE}
    assert entries[0].ref == "deliverable:2568:O12:2024-10" and entries[0].done
    # October's is done; November's is due 1 December: on that day it is due, not late.
    on_due_day = date(2024, 12, 1)
    assert late_dues(dues, on_due_day) == []
    assert [d.month for d in dues_soon(dues, on_due_day)] == [date(2024, 11, 1)]
    next_day = date(2024, 12, 2)
    assert [d.month for d in late_dues(dues, next_day)] == [date(2024, 11, 1)]
    # A week before the due day it is not yet "due soon"; six days before, it is.
    assert dues_soon(dues, date(2024, 11, 24)) == []
    assert [d.month for d in dues_soon(dues, date(2024, 11, 25))] == [date(2024, 11, 1)]


def test_a_once_item_done_is_never_late():
    once = Cadence(CadenceKind.ONCE, due=date(2025, 2, 28))
    open_dues = oit_dues(2568, "O1", "โครงสร้าง", once, *FY2568)
    assert oit_entries(open_dues)[0].kind is EntryKind.OIT_DEADLINE
    assert late_dues(open_dues, date(2025, 3, 1)) == open_dues
    done = oit_dues(2568, "O1", "โครงสร้าง", once, *FY2568, done=[None])
    assert late_dues(done, date(2025, 3, 1)) == []


def _catalog(**minimums: int) -> Catalog:
    return Catalog(
        framework=Framework.IMMIGRATION, fiscal_year=2567, title="", notes="",
        weights={Tool.IIT: Decimal(30), Tool.EIT: Decimal(30), Tool.OIT: Decimal(40)},
        minimum_samples={SampleKey(k): v for k, v in minimums.items()},
        eit_quotas=[EitQuota("งานอำนวยการ", 10), EitQuota("งานบริการคนต่างด้าว", 490)],
        eit2_groups=[], indicators=[], oit_items=[], calendar=[])


SURVEY = (date(2024, 1, 1), date(2024, 7, 1))  # seed 002: 1 ม.ค. to 1 ก.ค. 2567, 182 days


def test_targets_come_from_the_staff_and_the_catalog():
    iit, eit, eit2 = survey_targets(_catalog(EIT=500, EIT2=5), 48, *SURVEY)
    assert (iit.key, iit.minimum, iit.quotas) == (SampleKey.IIT, 48, {})
    assert (eit.key, eit.minimum) == (SampleKey.EIT, 500)
    assert eit.quotas == {"งานอำนวยการ": 10, "งานบริการคนต่างด้าว": 490}
    assert (eit2.key, eit2.minimum) == (SampleKey.EIT2, 5)
    only_iit = survey_targets(_catalog(), 48, *SURVEY)
    assert [t.key for t in only_iit] == [SampleKey.IIT]
    with pytest.raises(AppError) as raised:
        survey_targets(_catalog(), 0, *SURVEY)
    assert raised.value.code == "oit.no_eligible_staff"
    with pytest.raises(AppError) as raised:
        survey_targets(_catalog(), 48, SURVEY[1], SURVEY[0])
    assert raised.value.code == "oit.deadline_before_start"


EIT = SurveyTarget(SampleKey.EIT, 500, *SURVEY,
                   quotas={"งานอำนวยการ": 10, "งานบริการคนต่างด้าว": 490})


def test_the_straight_line_from_start_to_deadline():
    assert expected_count(EIT, date(2023, 12, 20)) == 0
    assert expected_count(EIT, SURVEY[0]) == 0
    assert expected_count(EIT, date(2024, 4, 1)) == 250  # 91 of 182 days
    assert expected_count(EIT, date(2024, 1, 2)) == 3  # 500/182 = 2.7: three to be on track
    assert expected_count(EIT, SURVEY[1]) == 500
    assert expected_count(EIT, date(2024, 8, 1)) == 500


def test_progress_on_track_and_behind():
    entries = [ProgressEntry(date(2024, 2, 1), 80),
               ProgressEntry(date(2024, 4, 1), 260,
                             by_section={"งานอำนวยการ": 12, "งานบริการคนต่างด้าว": 248})]
    on_track = standing(EIT, entries, date(2024, 4, 1))
    assert (on_track.pace, on_track.count, on_track.expected) == (Pace.ON_TRACK, 260, 250)
    assert on_track.short == 240 and on_track.behind_by == 0
    assert [(s.section, s.short) for s in on_track.sections] == [
        ("งานอำนวยการ", 0), ("งานบริการคนต่างด้าว", 242)]
    # Two weeks on with no new count, the same 260 falls behind the line.
    behind = standing(EIT, entries, date(2024, 4, 15))
    assert behind.pace is Pace.BEHIND
    assert behind.expected == 289 and behind.behind_by == 29
    assert behind.counted_on == date(2024, 4, 1)


def test_progress_reached_missed_and_before_any_count():
    assert standing(EIT, [ProgressEntry(date(2024, 6, 1), 512)], date(2024, 6, 1)).pace is (
        Pace.REACHED)
    missed = standing(EIT, [ProgressEntry(date(2024, 7, 1), 430)], date(2024, 7, 2))
    assert (missed.pace, missed.short) == (Pace.MISSED, 70)
    # On the deadline itself the survey is still open: behind, not missed.
    assert standing(EIT, [ProgressEntry(date(2024, 7, 1), 430)], SURVEY[1]).pace is Pace.BEHIND
    nothing = standing(EIT, [], SURVEY[0])
    assert (nothing.pace, nothing.count, nothing.counted_on) == (Pace.ON_TRACK, 0, None)
    # An entry dated after today is not a count anyone could have read yet.
    ahead = standing(EIT, [ProgressEntry(date(2024, 5, 1), 400)], date(2024, 3, 1))
    assert ahead.count == 0 and ahead.pace is Pace.BEHIND


def test_a_negative_count_is_refused():
    with pytest.raises(AppError) as raised:
        standing(EIT, [ProgressEntry(date(2024, 2, 1), 5, by_section={"งานอำนวยการ": -1})],
                 date(2024, 3, 1))
    assert raised.value.code == "oit.negative_count"
