"""The integrity measures' use cases: read a year, add and edit a measure, reorder and move
measures, remove one with undo, start a year from an earlier one or from the standard
measures of the unit's kind.

Every write is one transaction, and its rules are checked inside it against what is stored at
that moment (the domain's ``measure_problems``, the roster, the row's version): a refusal
lists every finding (``EvidenceProblemsError``) and leaves the data as it was. The window and
the command line reach these through ``services/evidence.py``, with the photos' use cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ita_desktop.domain.evidence import (
    Area,
    EvidenceYear,
    Measure,
    carried_forward,
    measure_problems,
)
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.services.committee import person_facts
from ita_desktop.store.database import Database
from ita_desktop.store.evidence import EvidenceRepository, now_stamp
from ita_desktop.store.meetings import MeetingRepository

register({
    "evidence.problems": QT_TRANSLATE_NOOP("Errors", "Nothing was changed:\n%findings"),
    "evidence.person_not_in_roster": QT_TRANSLATE_NOOP(
        "Errors", "Person number %id is not in the roster (someone may have removed them): "
        "choose someone from the roster."),
    "evidence.person_left": QT_TRANSLATE_NOOP(
        "Errors", "%name has left the unit: choose someone who serves in it now."),
    "evidence.already_started": QT_TRANSLATE_NOOP(
        "Errors", "Fiscal year %year already has its integrity measures: edit them instead "
                  "of starting the year again."),
    "evidence.order_changed": QT_TRANSLATE_NOOP(
        "Errors", "The measures of this area were changed in another window meanwhile, so "
                  "the new order was not saved. Look at them again and reorder them."),
    "evidence.meeting_other_year": QT_TRANSLATE_NOOP(
        "Errors", "Meeting %number belongs to fiscal year %other, not to %year. Nothing was "
                  "changed."),
})


class EvidenceProblemsError(AppError):
    """A change to the measures or photos that breaks the rules; ``findings`` says each thing,
    nothing was written."""

    def __init__(self, findings: list[AppError]) -> None:
        self.findings = findings
        super().__init__("evidence.problems", findings=findings)


# --- measures --------------------------------------------------------------------------------


def evidence_year(db: Database, fiscal_year: int) -> EvidenceYear:
    """The year's measures in order and its photos' metadata; never a picture."""
    return EvidenceRepository(db).year(fiscal_year)


def _people_problems(measure: Measure, stored: Measure | None,
                     db: Database) -> list[AppError]:
    # Someone who has left since they were made responsible may stay (the measure is edited
    # for other reasons, and last year's document named them); only a newcomer must serve.
    people = [line.person_id for line in measure.responsible if line.person_id is not None]
    if not people:
        return []
    facts = person_facts(db)
    before = {line.person_id for line in stored.responsible} if stored is not None else set()
    found: list[AppError] = []
    for person in dict.fromkeys(people):
        fact = facts.get(person)
        if fact is None:
            found.append(AppError("evidence.person_not_in_roster", id=person))
        elif (not fact.active or fact.left_on is not None) and person not in before:
            found.append(AppError("evidence.person_left", name=fact.name))
    return found


def check_meeting(db: Database, meeting_id: int | None, fiscal_year: int) -> None:
    """Refuse a meeting that is not there (``store.no_meeting``) or of another year."""
    if meeting_id is None:
        return
    meeting = MeetingRepository(db).get(meeting_id)  # store.no_meeting when it is gone
    if meeting.fiscal_year != fiscal_year:
        raise EvidenceProblemsError([AppError(
            "evidence.meeting_other_year", number=f"{meeting.number}/{meeting.number_year}",
            other=meeting.fiscal_year, year=fiscal_year)])


def _renumber(repo: EvidenceRepository, ids: Sequence[int]) -> None:
    repo.set_positions((measure_id, position) for position, measure_id in enumerate(ids))


def save_measure(db: Database, measure: Measure) -> Measure:
    """``measure`` stored: a new one (``id`` None) at the end of its area, whatever its
    position; else its content over the revision it was read as (refused with
    ``MeasureChangedMeanwhileError`` when someone saved it since), moved to the end of its new
    area when its area changed. Its place within an area changes through ``move_measure`` and
    ``reorder_measures``."""
    repo = EvidenceRepository(db)
    measure = replace(measure, title=measure.title.strip())
    with db.transaction():
        stored = repo.measure(measure.id) if measure.id is not None else None
        if stored is not None:
            repo.check_unchanged(measure)
        found = measure_problems(measure) + _people_problems(measure, stored, db)
        if found:
            raise EvidenceProblemsError(found)
        check_meeting(db, measure.meeting_id, measure.fiscal_year)
        if stored is None:
            place = len(repo.area_ids(measure.fiscal_year, measure.area))
            return repo.add_measure(replace(measure, position=place))
        if stored.area == measure.area:
            return repo.update_measure(replace(measure, fiscal_year=stored.fiscal_year,
                                               position=stored.position))
        place = len(repo.area_ids(stored.fiscal_year, measure.area))
        saved = repo.update_measure(replace(measure, fiscal_year=stored.fiscal_year,
                                            position=place))
        _renumber(repo, repo.area_ids(stored.fiscal_year, stored.area))
        return saved


def delete_measure(db: Database, measure_id: int) -> Measure:
    """Remove the measure and its own photos (softly: ``restore_measure`` puts them back);
    the area's measures after it move up. Returns the measure as it was."""
    repo = EvidenceRepository(db)
    with db.transaction():
        measure = repo.measure(measure_id)
        repo.remove_measure(measure_id, now_stamp())
        _renumber(repo, repo.area_ids(measure.fiscal_year, measure.area))
    return measure


def restore_measure(db: Database, measure_id: int) -> Measure:
    """Undo of ``delete_measure``: the measure back at its place with the photos removed with
    it (not those removed on their own before)."""
    repo = EvidenceRepository(db)
    with db.transaction():
        stamp = repo.removed_stamp(measure_id)
        if stamp is None:
            return repo.measure(measure_id)  # already back: an Undo pressed twice
        measure = repo.measure(measure_id, removed=True)
        ids = repo.area_ids(measure.fiscal_year, measure.area)
        place = min(measure.position, len(ids))
        repo.restore_measure(measure_id, stamp, place)
        _renumber(repo, ids[:place] + [measure_id] + ids[place:])
        return repo.measure(measure_id)


def reorder_measures(db: Database, fiscal_year: int, area: Area,
                     measure_ids: Sequence[int]) -> None:
    """The area's measures in the order ``measure_ids``; refused when they are not exactly
    the area's measures as stored now (someone added or removed one meanwhile)."""
    repo = EvidenceRepository(db)
    with db.transaction():
        ids = list(measure_ids)
        if sorted(ids) != sorted(repo.area_ids(fiscal_year, area)):
            raise EvidenceProblemsError([AppError("evidence.order_changed")])
        _renumber(repo, ids)


def move_measure(db: Database, measure_id: int, area: Area, position: int) -> Measure:
    """The measure to ``position`` (from 0, clamped) in ``area``, its own or another; the
    measures around it close up or make room."""
    repo = EvidenceRepository(db)
    with db.transaction():
        measure = repo.measure(measure_id)
        old = [i for i in repo.area_ids(measure.fiscal_year, measure.area) if i != measure_id]
        new = old if area == measure.area else repo.area_ids(measure.fiscal_year, area)
        place = max(0, min(position, len(new)))
        if area != measure.area:
            repo.set_area(measure_id, area, place)
            _renumber(repo, old)
        _renumber(repo, new[:place] + [measure_id] + new[place:])
        return repo.measure(measure_id)


def last_year_with_measures(db: Database, before: int) -> int | None:
    """The latest fiscal year before ``before`` that has measures: the one a new year starts
    from."""
    years = [y for y in EvidenceRepository(db).years_with_measures() if y < before]
    return years[-1] if years else None


def start_measures(db: Database, fiscal_year: int, *,
                   from_year: int | None = None) -> list[Measure]:
    """The year's first measures: a copy of ``from_year``'s (titles, issues, plans and people
    in the same order; no results, photos or meetings), or when None the standard measures of
    the unit's kind. Refused when the year already has measures. People who have left the
    unit since are not carried into the new year."""
    from ita_desktop.exchange.measure_templates import standard_measures
    from ita_desktop.services.roster import unit_kind
    from ita_desktop.store.unit import UnitRepository

    repo = EvidenceRepository(db)
    with db.transaction():
        if repo.year(fiscal_year).measures:
            raise AppError("evidence.already_started", year=fiscal_year)
        if from_year is not None:
            source = repo.year(from_year).measures
            if not source:
                raise AppError("evidence.no_measures", year=from_year)
            facts = person_facts(db)
            serving = {p for p, f in facts.items() if f.active and f.left_on is None}
            first = [replace(m, responsible=tuple(
                line for line in m.responsible
                if line.person_id is None or line.person_id in serving))
                for m in carried_forward(source, fiscal_year)]
        else:
            unit = UnitRepository(db).get()
            first = standard_measures(unit_kind(db).value, fiscal_year,
                                      unit.short_name if unit is not None else "")
        return [repo.add_measure(measure) for measure in first]
