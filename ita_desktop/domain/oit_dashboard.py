"""The year's OIT dashboard: what the secretary looks at first. Counts by state, the work late
and due this week, each person's workload, the projected score and level with what the next
level lacks, the IIT and EIT surveys against their targets, the formats still missing and the
items nobody is assigned to.

It is computed from one ``OitYear`` (``domain/oit_plan.py``), so the tab's dashboard page, the
progress report's charts and the web page never disagree. A figure that cannot be computed
(no points in the catalog, no survey dates yet) is not an error of the dashboard: it comes back
as ``None`` with the reason beside it, so the page shows the rest and words the reason.

No Qt, no SQL, no files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ita_desktop.domain.framework.model import FormatGroups
from ita_desktop.domain.oit import Standing, dues_soon, late_dues, standing, survey_targets
from ita_desktop.domain.oit_plan import ItemPlan, OitYear, Workload, status_counts, workloads
from ita_desktop.domain.oit_score import NextLevel, Projection, project, to_next_level
from ita_desktop.domain.oit_workflow import Status
from ita_desktop.domain.year_view import OitDue
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

register({
    "oit.no_survey_dates": QT_TRANSLATE_NOOP(
        "Errors", "Give the first day and the deadline of the IIT and EIT surveys (from ITAP) "
        "to follow their progress against the targets."),
})


@dataclass(frozen=True)
class DueItem:
    """One late or soon piece of work: the item and its deadline or monthly deliverable."""

    plan: ItemPlan
    due: OitDue  # due.month None: the item's own deadline


@dataclass(frozen=True)
class Dashboard:
    fiscal_year: int
    today: date
    counts: dict[Status, int]  # every Status, zero included
    late: list[DueItem]  # by due date
    due_soon: list[DueItem]  # today .. today+6, by due date
    workloads: list[Workload]
    projection: Projection | None  # None when it cannot be computed ...
    projection_problem: AppError | None  # ... and this says why
    next_level: NextLevel | None  # IIT and EIT entered and not at the best level
    standings: list[Standing]  # IIT/EIT/EIT2 against targets
    targets_problem: AppError | None  # why ``standings`` is empty
    missing: dict[str, FormatGroups]  # code -> required format groups still missing
    shortfalls: dict[str, int]  # continuous item code -> entries still needed
    unassigned: list[str]  # codes with no preparer or no controller


def dashboard(year: OitYear, today: date) -> Dashboard:
    late: list[DueItem] = []
    soon: list[DueItem] = []
    for plan in year.items:
        dues = plan.dues()
        late += [DueItem(plan, due) for due in late_dues(dues, today)]
        soon += [DueItem(plan, due) for due in dues_soon(dues, today)]
    # By due day; on one day, in the catalog's order (O2 before O10), then month by month.
    order = {plan.code: place for place, plan in enumerate(year.items)}

    def by_due(entry: DueItem) -> tuple[date, int, date]:
        return (entry.due.due, order[entry.plan.code], entry.due.month or date.min)

    projection, projection_problem, next_level = _projection(year)
    standings, targets_problem = _standings(year, today)
    return Dashboard(
        fiscal_year=year.fiscal_year, today=today, counts=status_counts(year.items),
        late=sorted(late, key=by_due), due_soon=sorted(soon, key=by_due),
        workloads=workloads(year.items), projection=projection,
        projection_problem=projection_problem, next_level=next_level, standings=standings,
        targets_problem=targets_problem,
        missing={plan.code: gaps for plan in year.items if (gaps := plan.missing())},
        shortfalls={plan.code: short for plan in year.items if (short := plan.shortfall)},
        unassigned=[plan.code for plan in year.items
                    if not plan.assignment.preparers or not plan.assignment.controllers])


def _projection(year: OitYear) -> tuple[Projection | None, AppError | None, NextLevel | None]:
    statuses = year.statuses()
    figures = year.figures
    try:
        projection = project(year.catalog, statuses, figures.iit_score, figures.eit_score)
        next_level = (to_next_level(year.catalog, statuses, figures.iit_score,
                                    figures.eit_score)
                      if figures.iit_score is not None and figures.eit_score is not None
                      else None)
    except AppError as exc:
        # The catalog without points or weights, a year before the level table, a score typed
        # out of range: the projection says why instead of the dashboard failing whole.
        return None, exc, None
    return projection, None, next_level


def _standings(year: OitYear, today: date) -> tuple[list[Standing], AppError | None]:
    figures = year.figures
    if figures.eligible_staff is None:
        return [], AppError("oit.no_eligible_staff")
    if figures.survey_start is None or figures.survey_deadline is None:
        return [], AppError("oit.no_survey_dates")
    try:
        targets = survey_targets(year.catalog, figures.eligible_staff, figures.survey_start,
                                 figures.survey_deadline)
        return [standing(target, list(year.progress.get(target.key, ())), today)
                for target in targets], None
    except AppError as exc:
        return [], exc
