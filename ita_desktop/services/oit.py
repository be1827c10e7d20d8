"""The OIT plan's use cases: read a year whole, assign people to items (one or many at once),
move an item or a monthly deliverable along the workflow, attach and remove files, and keep
the survey figures, progress counts, EIT(2) contacts and the surveys' caretakers.

Every write is one transaction, and its rules are checked inside it against what is stored
at that moment (the domain's ``assignment_problems`` and ``change_problems``, the roster, the
unit's commander): two windows cannot both take an item past the same step. A refusal lists
every finding (``OitProblemsError``) and leaves the data as it was. The window and the
command line call the same functions.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from ita_desktop.domain.committee import PersonFacts
from ita_desktop.domain.framework.model import Catalog, OitItem, SampleKey
from ita_desktop.domain.oit import ProgressEntry, progress_problems
from ita_desktop.domain.oit_plan import (
    Assignment,
    AssignMode,
    CaretakerRole,
    Eit2Contact,
    ItemPlan,
    OitFile,
    OitYear,
    SurveyFigures,
    Track,
    assign,
    assignment_problems,
    attachable_problems,
    content_problems,
    default_assignment,
    unassign,
)
from ita_desktop.domain.oit_workflow import Duty, Status, StatusChange, change_problems
from ita_desktop.domain.progress import CancelCheck, Cancelled, never_cancelled
from ita_desktop.domain.year_view import OitDue
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.files import write_atomically
from ita_desktop.services.committee import person_facts, shown_date
from ita_desktop.services.frameworks import ensure_year, framework_name, starting_point
from ita_desktop.store.blobs import BlobStore
from ita_desktop.store.database import Database
from ita_desktop.store.errors import StoreError
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.store.oit import OitRepository
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.unit import UnitRepository

register({
    "oit.problems": QT_TRANSLATE_NOOP("Errors", "Nothing was changed:\n%findings"),
    "oit.no_item": QT_TRANSLATE_NOOP(
        "Errors", "The framework of fiscal year %year has no OIT item '%item'."),
    "oit.person_not_in_roster": QT_TRANSLATE_NOOP(
        "Errors", "Person number %id is not in the roster (someone may have removed them): "
        "choose someone from the roster."),
    "oit.person_left": QT_TRANSLATE_NOOP(
        "Errors", "%name has left the unit: choose someone who serves in it now."),
    "oit.not_a_month": QT_TRANSLATE_NOOP(
        "Errors", "%code has no report for the month of %month: its reports cover %start "
        "to %end."),
    "oit.no_months": QT_TRANSLATE_NOOP(
        "Errors", "%code is not reported month by month: record its work on the item itself."),
    "oit.file_empty": QT_TRANSLATE_NOOP(
        "Errors", "'%name' is empty (0 bytes): attach the file with its content."),
    "oit.file_too_large": QT_TRANSLATE_NOOP(
        "Errors", "'%name' is %size MB; a file attached to an OIT item may be at most "
        "%limit MB. Reduce it (for instance, scan at a lower resolution) and attach it "
        "again."),
    "oit.file_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "'%name' could not be read: %detail"),
    "oit.bad_eligible_staff": QT_TRANSLATE_NOOP(
        "Errors", "Give the number of eligible staff as a whole number from 1 up, not %count."),
    "oit.contact_without_name": QT_TRANSLATE_NOOP(
        "Errors", "Give the name of the EIT(2) contact."),
    "oit.file_not_written": QT_TRANSLATE_NOOP(
        "Errors", "Could not write %path: %detail"),
    "oit.caretaker_twice": QT_TRANSLATE_NOOP(
        "Errors", "%name is listed twice among the people who take care of %role."),
    "oit.caretaker.itap_admin": QT_TRANSLATE_NOOP("Errors", "the ITAP system"),
    "oit.caretaker.website": QT_TRANSLATE_NOOP("Errors", "the unit's website"),
    "oit.caretaker.iit": QT_TRANSLATE_NOOP("Errors", "the IIT respondents"),
    "oit.caretaker.eit": QT_TRANSLATE_NOOP("Errors", "the EIT(1) respondents"),
    "oit.caretaker.eit2": QT_TRANSLATE_NOOP("Errors", "the EIT(2) contacts"),
})

MAX_FILE_BYTES = 50 * 1024 * 1024
"""The largest file an item takes: a scanned order or a year's workbook is far below it, and
a file beyond it is most likely a video or a scan at a resolution nobody needs; the whole
database stays a file a secretary can copy to a USB stick."""

_MB = 1024 * 1024


class OitProblemsError(AppError):
    """An OIT change that breaks the rules; ``findings`` says each thing, nothing was
    written."""

    def __init__(self, findings: list[AppError]) -> None:
        self.findings = findings
        super().__init__("oit.problems", findings=findings)


# --- reading ---------------------------------------------------------------------------------


def _catalog(db: Database, fiscal_year: int) -> Catalog:
    """The unit's framework of the year, or what it would start from (not saved: reading a
    year never writes)."""
    frameworks = FrameworkRepository(db)
    stored = frameworks.get(fiscal_year)
    if stored is not None:
        return stored
    return starting_point(frameworks, framework_name(db), fiscal_year)


def _key(item: OitItem) -> str:
    return item.key or item.code.lower()


def _commander(db: Database) -> int | None:
    unit = UnitRepository(db).get()
    return unit.commander_id if unit is not None else None


def oit_year(db: Database, fiscal_year: int) -> OitYear:
    """The year's OIT work whole: each catalog item with its stored plan (or the catalog's
    defaults), its tracks and its files (metadata only), the survey figures, progress counts,
    EIT(2) contacts and caretakers, and the unit's commander."""
    catalog = _catalog(db, fiscal_year)
    stored = OitRepository(db).year(fiscal_year)
    items = []
    for item in catalog.oit_items:
        key = _key(item)
        tracks = {month: Track(month, log) for month, log in stored.logs.get(key, {}).items()}
        items.append(ItemPlan(item, stored.plans.get(key) or default_assignment(item,
                                                                                fiscal_year),
                              tracks, stored.files.get(key, ())))
    return OitYear(fiscal_year=fiscal_year, catalog=catalog, items=items,
                   commander_id=_commander(db), figures=stored.figures,
                   progress=stored.progress, contacts=stored.contacts,
                   caretakers=stored.caretakers)


def year_dues(db: Database, fiscal_year: int) -> list[OitDue]:
    """The year's OIT deadlines and monthly deliverables for the year view, each with its
    preparers as who. A year the unit has not started planning gives none: a unit that does
    not use the OIT tab is not told every catalog deadline as late work."""
    if not OitRepository(db).planned(fiscal_year):
        return []
    names = {p.id: p.display_name for p in PeopleRepository(db).all() if p.id is not None}
    dues: list[OitDue] = []
    for plan in oit_year(db, fiscal_year).items:
        who = ", ".join(names[p] for p in plan.assignment.preparers if p in names)
        dues += plan.dues(who)
    return dues


# --- the plan --------------------------------------------------------------------------------


def _item(catalog: Catalog, item_key: str) -> OitItem:
    found = next((item for item in catalog.oit_items if _key(item) == item_key), None)
    if found is None:
        raise OitProblemsError([AppError("oit.no_item", year=catalog.fiscal_year,
                                         item=item_key)])
    return found


def _people_problems(people: Iterable[int], facts: dict[int, PersonFacts]) -> list[AppError]:
    found: list[AppError] = []
    for person in dict.fromkeys(people):
        fact = facts.get(person)
        if fact is None:
            found.append(AppError("oit.person_not_in_roster", id=person))
        elif not fact.active or fact.left_on is not None:
            found.append(AppError("oit.person_left", name=fact.name))
    return found


# An item with preparers and no controller, or the other way round: refused when one plan is
# saved from the editor, which shows both lists, but not by the actions on many rows, which
# set one duty at a time by nature (select the rows, pick the preparer; then the
# controller). The dashboard lists such items as not yet assigned.
_HALF_ASSIGNED = frozenset({"oit.no_preparer", "oit.no_controller"})


def _plan_problems(assignment: Assignment, stored: Assignment | None, code: str,
                   facts: dict[int, PersonFacts], *, whole: bool = True) -> list[AppError]:
    # Only the people this save brings in must serve now: someone who has left since they
    # were assigned can still be taken off, and the rest of the plan edited meanwhile.
    before = set(stored.people) if stored is not None else set()
    names = {person: fact.name for person, fact in facts.items()}
    found = [problem for problem in assignment_problems(assignment, code, names)
             if whole or problem.code not in _HALF_ASSIGNED]
    return found + _people_problems((p for p in assignment.people if p not in before), facts)


def save_assignment(db: Database, assignment: Assignment) -> Assignment:
    """Store the plan of one item over the revision it was read as: refused when someone
    saved it since (``OitPlanChangedMeanwhileError``, before any finding), or with every
    finding (``OitProblemsError``). Returns the plan as stored."""
    repo = OitRepository(db)
    with db.transaction():
        catalog = ensure_year(FrameworkRepository(db), framework_name(db),
                              assignment.fiscal_year)
        item = _item(catalog, assignment.item_key)
        repo.check_unchanged(assignment, item.code)
        stored = repo.plan(assignment.fiscal_year, assignment.item_key)
        findings = _plan_problems(assignment, stored, item.code, person_facts(db))
        if findings:
            raise OitProblemsError(findings)
        return repo.save_plan(assignment, item.code)


def _change_many(db: Database, fiscal_year: int, item_keys: Sequence[str],
                 change: Callable[[Assignment], Assignment]) -> list[Assignment]:
    """``change`` applied to the stored plan of each item, all saved or none."""
    repo = OitRepository(db)
    with db.transaction():
        catalog = ensure_year(FrameworkRepository(db), framework_name(db), fiscal_year)
        facts = person_facts(db)
        findings: list[AppError] = []
        planned: list[tuple[str, Assignment]] = []
        for key in dict.fromkeys(item_keys):
            try:
                item = _item(catalog, key)
            except OitProblemsError as exc:
                findings += exc.findings
                continue
            stored = repo.plan(fiscal_year, key)
            changed = change(stored or default_assignment(item, fiscal_year))
            findings += _plan_problems(changed, stored, item.code, facts, whole=False)
            planned.append((item.code, changed))
        if findings:
            # The same person refused on every row is said once.
            unique = list({(f.code, repr(sorted(f.values.items(), key=str))): f
                           for f in findings}.values())
            raise OitProblemsError(unique)
        return [repo.save_plan(plan, code) for code, plan in planned]


def assign_many(db: Database, fiscal_year: int, item_keys: Sequence[str], person_id: int,
                duty: Duty, mode: AssignMode = AssignMode.ADD) -> list[Assignment]:
    """``person_id`` as preparer or controller of every item of ``item_keys`` (added to those
    there, or alone with ``AssignMode.REPLACE``): all saved, or none with every finding. An
    item may be left with one duty filled (see ``_HALF_ASSIGNED``)."""
    return _change_many(db, fiscal_year, item_keys,
                        lambda plan: assign(plan, person_id, duty, mode))


def unassign_many(db: Database, fiscal_year: int, item_keys: Sequence[str], person_id: int,
                  duty: Duty) -> list[Assignment]:
    """``person_id`` taken off ``duty`` on every item of ``item_keys``, all or none."""
    return _change_many(db, fiscal_year, item_keys,
                        lambda plan: unassign(plan, person_id, duty))


def _month_problems(plan: ItemPlan, month: date | None) -> list[AppError]:
    if month is None:
        return []
    months = plan.months()
    if not months:
        return [AppError("oit.no_months", code=plan.code)]
    if month not in months:
        return [AppError("oit.not_a_month", code=plan.code, month=shown_date(month),
                         start=shown_date(months[0]), end=shown_date(months[-1]))]
    return []


def _stored_plan(db: Database, fiscal_year: int, item_key: str) -> ItemPlan:
    item = _item(_catalog(db, fiscal_year), item_key)
    assignment = (OitRepository(db).plan(fiscal_year, item_key)
                  or default_assignment(item, fiscal_year))
    return ItemPlan(item, assignment)


def _first_of_month(month: date | None) -> date | None:
    return month.replace(day=1) if month is not None else None


def change_status(db: Database, fiscal_year: int, item_key: str, month: date | None,
                  to: Status, person_id: int, *, comment: str = "", url: str = "",
                  published_on: date | None = None, when: datetime | None = None) -> Track:
    """Move the item (``month`` None) or its deliverable of ``month`` to ``to``, made by
    ``person_id`` (their duties come from the item's plan and the unit's commander); refused
    with every finding. Returns the track with the change at its end."""
    month = _first_of_month(month)
    # To the second, as it is stored: the next change is compared with it as read back.
    moment = (when or datetime.now()).replace(microsecond=0)
    repo = OitRepository(db)
    with db.transaction():
        plan = _stored_plan(db, fiscal_year, item_key)
        findings = _month_problems(plan, month)
        findings += _people_problems([person_id], person_facts(db))
        log = repo.log(fiscal_year, item_key, month)
        change = StatusChange(from_status=Track(month, tuple(log)).status, to_status=to,
                              person_id=person_id, when=moment, comment=comment.strip(),
                              url=url.strip(), published_on=published_on)
        if not findings:
            findings = change_problems(
                change, plan.assignment.duties_of(person_id, _commander(db)), log, shown_date)
        if findings:
            raise OitProblemsError(findings)
        repo.add_change(fiscal_year, item_key, month, change)
        return Track(month, (*log, change))


# --- files -----------------------------------------------------------------------------------


def _read(path: Path) -> tuple[bytes | None, list[AppError]]:
    """The file's content, or why it is refused (its type first: a video is refused for what
    it is, without reading it)."""
    name = path.name
    refused = attachable_problems(name)
    if refused:
        return None, refused
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [AppError("oit.file_too_large", name=name,
                                   size=f"{size / _MB:.1f}", limit=MAX_FILE_BYTES // _MB)]
        data = path.read_bytes()
    except OSError as exc:
        return None, [AppError("oit.file_unreadable", name=name,
                               detail=exc.strerror or str(exc))]
    if not data:
        return None, [AppError("oit.file_empty", name=name)]
    if len(data) > MAX_FILE_BYTES:  # grown since it was looked at
        return None, [AppError("oit.file_too_large", name=name,
                               size=f"{len(data) / _MB:.1f}", limit=MAX_FILE_BYTES // _MB)]
    misnamed = content_problems(name, data[:1024])
    if misnamed:
        return None, misnamed
    return data, []


def attach_files(db: Database, fiscal_year: int, item_key: str, month: date | None,
                 paths: Sequence[Path], cancelled: CancelCheck = never_cancelled,
                 progress: Callable[[int, int], None] | None = None) -> list[OitFile]:
    """Attach ``paths`` to the item (``month`` None) or its deliverable of ``month``, all or
    nothing: any file refused (its type, empty, too large, unreadable) refuses the batch with
    every file's reason. Cancelled (``Cancelled``) before anything is written."""
    month = _first_of_month(month)
    findings = _month_problems(_stored_plan(db, fiscal_year, item_key), month)
    if findings:
        raise OitProblemsError(findings)
    read: list[tuple[str, bytes]] = []
    total = len(paths)
    for done, path in enumerate(paths):
        if cancelled():
            raise Cancelled
        data, problems = _read(Path(path))
        findings += problems
        if data is not None:
            read.append((Path(path).name, data))
        if progress is not None:
            progress(done + 1, total)
    if findings:
        raise OitProblemsError(findings)
    if cancelled():
        raise Cancelled
    repo = OitRepository(db)
    blobs = BlobStore(db)
    added_at = datetime.now()
    with db.transaction():
        return [repo.add_file(fiscal_year, item_key, OitFile(
            name=name, sha256=blobs.put(data), size=len(data), added_at=added_at, month=month))
            for name, data in read]


def remove_file(db: Database, file_id: int) -> OitFile:
    """Take a file off its item; returns it, for ``restore_file`` to put back (Undo)."""
    return OitRepository(db).remove_file(file_id).file


def restore_file(db: Database, file: OitFile) -> OitFile:
    """Put back a file ``remove_file`` took off, as it was."""
    if file.id is None:
        raise StoreError("store.no_oit_file", id="")
    return OitRepository(db).restore_file(file.id).file


def file_content(db: Database, file_id: int) -> bytes:
    return BlobStore(db).get(OitRepository(db).file(file_id).file.sha256)


def save_file_copy(db: Database, file_id: int, path: Path) -> None:
    """Write the file's content to ``path`` whole or not at all."""
    content = file_content(db, file_id)
    try:
        write_atomically(Path(path), content)
    except OSError as exc:
        raise AppError("oit.file_not_written", path=os.fspath(path),
                       detail=exc.strerror or str(exc)) from exc


# --- surveys ---------------------------------------------------------------------------------


def _score_problems(tool: str, value: Decimal | None) -> list[AppError]:
    if value is not None and not Decimal(0) <= value <= Decimal(100):
        return [AppError("oit.score_out_of_range", tool=tool, value=value)]
    return []


def save_figures(db: Database, fiscal_year: int, figures: SurveyFigures) -> None:
    """The figures copied from ITAP for the year, replacing those stored."""
    findings = _score_problems("IIT", figures.iit_score)
    findings += _score_problems("EIT", figures.eit_score)
    if figures.eligible_staff is not None and figures.eligible_staff < 1:
        findings.append(AppError("oit.bad_eligible_staff", count=figures.eligible_staff))
    start, deadline = figures.survey_start, figures.survey_deadline
    if start is not None and deadline is not None and deadline < start:
        findings.append(AppError("oit.deadline_before_start", deadline=shown_date(deadline),
                                 start=shown_date(start)))
    if findings:
        raise OitProblemsError(findings)
    OitRepository(db).save_figures(fiscal_year, figures)


def save_progress(db: Database, fiscal_year: int, key: SampleKey,
                  entry: ProgressEntry) -> None:
    """A count as ITAP showed it on a day; one already stored for that day is replaced."""
    findings = progress_problems([entry])
    if findings:
        raise OitProblemsError(findings)
    OitRepository(db).save_progress(fiscal_year, key, entry)


def delete_progress(db: Database, fiscal_year: int, key: SampleKey, on: date) -> None:
    OitRepository(db).delete_progress(fiscal_year, key, on)


def save_contact(db: Database, fiscal_year: int, contact: Eit2Contact) -> Eit2Contact:
    """Add a contact (``id`` None) or change one; returns it as stored."""
    if not contact.name.strip():
        raise OitProblemsError([AppError("oit.contact_without_name")])
    return OitRepository(db).save_contact(fiscal_year, contact)


def delete_contact(db: Database, contact_id: int) -> None:
    OitRepository(db).delete_contact(contact_id)



def save_caretakers(db: Database, fiscal_year: int, role: CaretakerRole,
                    people: Sequence[int]) -> None:
    """``people`` (roster ids, in order; a controller first where the role has one) as the
    year's caretakers of ``role``, replacing those stored, in one transaction. Refused with
    every finding: someone not in the roster, listed twice, or brought in after leaving the
    unit (one who left since they were chosen may stay listed, so that the rest of the list
    can still be edited, as with an item's plan)."""
    chosen = tuple(people)
    repo = OitRepository(db)
    with db.transaction():
        facts = person_facts(db)
        before = set(repo.caretakers(fiscal_year).get(role, ()))
        findings = _people_problems((p for p in chosen if p not in before), facts)
        twice = [p for p in dict.fromkeys(chosen) if chosen.count(p) > 1 and p in facts]
        findings += [AppError("oit.caretaker_twice", name=facts[person].name,
                              role=AppError(f"oit.caretaker.{role.value}"))
                     for person in twice]
        if findings:
            raise OitProblemsError(findings)
        repo.save_caretakers(fiscal_year, role, chosen)
