"""The OIT use cases without a window: reading a year, assigning one and many items, the
workflow with the duties from the plan and the commander, files all or nothing, the survey
figures, progress and contacts, and the year view's OIT entries. Every refusal leaves the
database as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from ita_desktop.domain.framework.model import SampleKey
from ita_desktop.domain.oit import ProgressEntry
from ita_desktop.domain.oit_plan import AssignMode, Eit2Contact, SurveyFigures
from ita_desktop.domain.oit_workflow import Duty, Status
from ita_desktop.domain.progress import Cancelled
from ita_desktop.domain.roster import Person
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.domain.units import UnitKind
from ita_desktop.domain.year_view import EntryKind
from ita_desktop.errors import AppError
from ita_desktop.exchange.framework_file import load_bundled_catalog
from ita_desktop.services import oit
from ita_desktop.services.year_view import summary, year_entries
from ita_desktop.store.blobs import BlobStore
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.store.oit import OitPlanChangedMeanwhileError
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.unit import UnitRepository

FY = 2568
# Items of the bundled immigration 2568 catalog: a once item (O1, due 28 February 2025), a
# monthly one (O6: PDF, Word and URL) and a continuous one (O5: URL only).
ONCE, MONTHLY, CONTINUOUS = "structure", "performance-report", "news"
OCT, NOV = date(2024, 10, 1), date(2024, 11, 1)


@pytest.fixture
def unit(db):
    """A unit with a commander, a preparer, a controller and someone who has left, and the
    bundled immigration catalog as its framework of 2568."""
    people = PeopleRepository(db)
    boss, prep, ctrl, gone = (people.add(Person("pol_col", name, "ทดสอบ")).id
                              for name in ("ผู้กำกับ", "ผู้จัดทำ", "ผู้ควบคุม", "ผู้ย้าย"))
    people.set_active(gone, False)
    UnitRepository(db).save(UnitProfile(UnitKind.PROVINCIAL_IMMIGRATION, full_name="ทดสอบ",
                                        commander_id=boss, version=0))
    FrameworkRepository(db).save(load_bundled_catalog("immigration", FY))
    return db, boss, prep, ctrl, gone


def _codes(info) -> list[str]:
    return [finding.code for finding in info.value.findings]


def _planned(db, prep, ctrl, keys=(ONCE, MONTHLY, CONTINUOUS)) -> None:
    oit.assign_many(db, FY, list(keys), prep, Duty.PREPARER)
    oit.assign_many(db, FY, list(keys), ctrl, Duty.CONTROLLER)


def test_a_year_never_planned_reads_as_the_catalog_with_nobody_assigned(unit):
    db, boss, *_ = unit
    year = oit.oit_year(db, FY)
    assert [plan.code for plan in year.items][:3] == ["O1", "O2", "O3"]
    assert len(year.items) == 24
    assert all(plan.assignment.id is None and not plan.assignment.people
               for plan in year.items)
    assert year.commander_id == boss and year.figures == SurveyFigures()


def test_assign_many_adds_or_replaces_on_every_row(unit, content):
    db, _, prep, ctrl, _ = unit
    _planned(db, prep, ctrl, [ONCE, MONTHLY])
    year = oit.oit_year(db, FY)
    assert [(year.item(code).assignment.preparers, year.item(code).assignment.controllers)
            for code in ("O1", "O6", "O5")] == [((prep,), (ctrl,)), ((prep,), (ctrl,)), ((), ())]
    oit.assign_many(db, FY, [ONCE], ctrl, Duty.PREPARER, AssignMode.REPLACE)
    assert oit.oit_year(db, FY).item("O1").assignment.preparers == (ctrl,)
    # Rows are assigned one duty at a time: a row left with a controller alone is saved (the
    # dashboard lists it as unassigned), but the editor saving it whole is told.
    oit.unassign_many(db, FY, [MONTHLY], prep, Duty.PREPARER)
    half = oit.oit_year(db, FY).item("O6").assignment
    assert half.preparers == () and half.controllers == (ctrl,)
    with pytest.raises(oit.OitProblemsError) as info:
        oit.save_assignment(db, replace(half, note="ครบ"))
    assert _codes(info) == ["oit.no_preparer"]


def test_assign_many_is_all_or_nothing_with_every_finding(unit, content):
    db, _, prep, ctrl, gone = unit
    _planned(db, prep, ctrl, [ONCE])
    before = content(db.path)
    with pytest.raises(oit.OitProblemsError) as info:
        oit.assign_many(db, FY, [MONTHLY, "o99"], gone, Duty.PREPARER)
    # o99 is not in the catalog, and the person has left (said once though it touches every
    # row); O6 is written no more than O1.
    assert sorted(_codes(info)) == ["oit.no_item", "oit.person_left"]
    with pytest.raises(oit.OitProblemsError) as info:
        oit.assign_many(db, FY, [ONCE], 999, Duty.CONTROLLER)
    assert _codes(info) == ["oit.person_not_in_roster"]
    assert content(db.path) == before


def test_unassign_takes_off_someone_who_has_left_since(unit):
    db, _, prep, ctrl, _ = unit
    _planned(db, prep, ctrl, [ONCE])
    oit.assign_many(db, FY, [ONCE], ctrl, Duty.PREPARER)
    PeopleRepository(db).set_active(prep, False)
    oit.unassign_many(db, FY, [ONCE], prep, Duty.PREPARER)
    assert oit.oit_year(db, FY).item("O1").assignment.preparers == (ctrl,)


def test_a_stale_save_is_refused_before_its_findings(unit, content):
    db, _, prep, ctrl, _ = unit
    _planned(db, prep, ctrl, [ONCE])
    mine = oit.oit_year(db, FY).item("O1").assignment
    oit.save_assignment(db, replace(mine, note="theirs"))
    before = content(db.path)
    with pytest.raises(OitPlanChangedMeanwhileError):
        oit.save_assignment(db, replace(mine, controllers=()))
    assert content(db.path) == before
    fresh = oit.oit_year(db, FY).item("O1").assignment
    saved = oit.save_assignment(db, replace(fresh, period_start=date(2024, 12, 1),
                                            note="ตามคำสั่ง"))
    assert saved.version == fresh.version + 1 and saved.note == "ตามคำสั่ง"
    with pytest.raises(oit.OitProblemsError) as info:
        oit.save_assignment(db, replace(saved, period_start=date(2023, 1, 1)))
    assert _codes(info) == ["oit.period_outside_year"]


def _walk(db, key, month, prep, ctrl, boss, last: Status, day: date) -> None:
    steps = [(Status.IN_PREPARATION, prep), (Status.SUBMITTED, prep),
             (Status.CHECKED, ctrl), (Status.APPROVED, boss), (Status.PUBLISHED, prep)]
    for hour, (to, who) in enumerate(steps, start=8):
        extra = ({"url": "https://www.example.go.th/oit", "published_on": day}
                 if to is Status.PUBLISHED else {})
        oit.change_status(db, FY, key, month, to, who,
                          when=datetime.combine(day, datetime.min.time()).replace(hour=hour),
                          **extra)
        if to is last:
            return


def test_the_workflow_takes_duties_from_the_plan_and_the_commander(unit, content):
    db, boss, prep, ctrl, _ = unit
    _planned(db, prep, ctrl)
    before = content(db.path)
    with pytest.raises(oit.OitProblemsError) as info:
        oit.change_status(db, FY, ONCE, None, Status.IN_PREPARATION, ctrl)
    assert _codes(info) == ["oit.start_not_preparer"]
    with pytest.raises(oit.OitProblemsError) as info:
        oit.change_status(db, FY, ONCE, None, Status.APPROVED, boss)
    assert _codes(info) == ["oit.skips_check"]
    assert content(db.path) == before
    _walk(db, ONCE, None, prep, ctrl, boss, Status.CHECKED, date(2025, 1, 10))
    with pytest.raises(oit.OitProblemsError) as info:
        oit.change_status(db, FY, ONCE, None, Status.APPROVED, ctrl)
    assert _codes(info) == ["oit.approve_not_commander"]
    track = oit.change_status(db, FY, ONCE, None, Status.RETURNED, boss,
                              comment="แก้ไขแผนผัง", when=datetime(2025, 1, 11, 9))
    assert track.status is Status.RETURNED and track.log[-1].comment == "แก้ไขแผนผัง"
    plan = oit.oit_year(db, FY).item("O1")
    assert plan.status is Status.RETURNED and len(plan.track().log) == 4


def test_publishing_needs_a_url_and_records_it(unit):
    db, boss, prep, ctrl, _ = unit
    _planned(db, prep, ctrl)
    _walk(db, CONTINUOUS, None, prep, ctrl, boss, Status.APPROVED, date(2025, 1, 10))
    with pytest.raises(oit.OitProblemsError) as info:
        oit.change_status(db, FY, CONTINUOUS, None, Status.PUBLISHED, prep,
                          url="http://localhost/oit", published_on=date(2025, 1, 10),
                          when=datetime(2025, 1, 12, 9))
    assert _codes(info) == ["oit.url_local"]
    oit.change_status(db, FY, CONTINUOUS, None, Status.PUBLISHED, prep,
                      url="https://www.example.go.th/o5", published_on=date(2025, 1, 11),
                      when=datetime(2025, 1, 12, 9))
    plan = oit.oit_year(db, FY).item("O5")
    assert plan.url == "https://www.example.go.th/o5" and plan.missing() == []


def test_monthly_deliverables_have_their_own_tracks_and_months(unit):
    db, boss, prep, ctrl, gone = unit
    _planned(db, prep, ctrl)
    _walk(db, MONTHLY, date(2024, 10, 15), prep, ctrl, boss, Status.PUBLISHED, date(2024, 11, 1))
    plan = oit.oit_year(db, FY).item("O6")
    assert plan.track(OCT).status is Status.PUBLISHED  # the month is its first day
    assert plan.status is Status.NOT_STARTED and plan.track(NOV).status is Status.NOT_STARTED
    with pytest.raises(oit.OitProblemsError) as info:
        oit.change_status(db, FY, MONTHLY, date(2025, 10, 1), Status.IN_PREPARATION, prep)
    assert _codes(info) == ["oit.not_a_month"]
    with pytest.raises(oit.OitProblemsError) as info:
        oit.change_status(db, FY, ONCE, OCT, Status.IN_PREPARATION, prep)
    assert _codes(info) == ["oit.no_months"]
    with pytest.raises(oit.OitProblemsError) as info:
        oit.change_status(db, FY, MONTHLY, NOV, Status.IN_PREPARATION, gone)
    assert "oit.person_left" in _codes(info)


def test_files_are_attached_all_or_nothing_with_every_reason(unit, content, tmp_path):
    db, *_ = unit
    good = tmp_path / "คำสั่ง.pdf"
    good.write_bytes(b"%PDF-1.4 order")
    sheet = tmp_path / "รายงาน.docx"
    sheet.write_bytes(b"PK\x03\x04 document")
    empty = tmp_path / "ว่าง.docx"
    empty.write_bytes(b"")
    video = tmp_path / "คลิป.mp4"
    video.write_bytes(b"video")
    before = content(db.path)
    with pytest.raises(oit.OitProblemsError) as info:
        oit.attach_files(db, FY, MONTHLY, OCT, [good, empty, video, tmp_path / "ไม่มี.pdf"])
    assert _codes(info) == ["oit.file_empty", "oit.file_type", "oit.file_unreadable"]
    assert content(db.path) == before
    # Named as Word but not one inside (a page saved from a browser, a damaged copy).
    misnamed = tmp_path / "บันทึก.docx"
    misnamed.write_bytes(b"<html>not a document</html>")
    with pytest.raises(oit.OitProblemsError) as info:
        oit.attach_files(db, FY, MONTHLY, OCT, [good, misnamed])
    assert _codes(info) == ["oit.file_content"]
    assert info.value.findings[0].values["kind"] == "Word"
    assert content(db.path) == before
    seen: list[tuple[int, int]] = []
    added = oit.attach_files(db, FY, MONTHLY, OCT, [good, sheet],
                             progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]
    assert [(f.name, f.month, f.size) for f in added] == [("คำสั่ง.pdf", OCT, 14),
                                                          ("รายงาน.docx", OCT, 13)]
    plan = oit.oit_year(db, FY).item("O6")
    assert plan.files_of(OCT) == added and plan.missing() == [["URL"]]
    assert oit.file_content(db, added[0].id) == b"%PDF-1.4 order"
    copy = tmp_path / "out" / "copy.pdf"
    copy.parent.mkdir()
    oit.save_file_copy(db, added[0].id, copy)
    assert copy.read_bytes() == b"%PDF-1.4 order"
    with pytest.raises(AppError) as written:
        oit.save_file_copy(db, added[0].id, tmp_path / "missing-folder" / "copy.pdf")
    assert written.value.code == "oit.file_not_written"


def test_a_file_too_large_is_refused_without_reading_it(unit, tmp_path, monkeypatch):
    db, *_ = unit
    monkeypatch.setattr(oit, "MAX_FILE_BYTES", 10)
    big = tmp_path / "ใหญ่.pdf"
    big.write_bytes(b"x" * 11)
    with pytest.raises(oit.OitProblemsError) as info:
        oit.attach_files(db, FY, ONCE, None, [big])
    assert _codes(info) == ["oit.file_too_large"]
    assert oit.oit_year(db, FY).item("O1").files == ()


def test_cancelling_an_attach_writes_nothing(unit, tmp_path, content):
    db, *_ = unit
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    before = content(db.path)
    with pytest.raises(Cancelled):
        oit.attach_files(db, FY, ONCE, None, [pdf], cancelled=lambda: True)
    assert content(db.path) == before


def test_a_removed_file_comes_back_with_undo(unit, tmp_path):
    db, *_ = unit
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    [added] = oit.attach_files(db, FY, ONCE, None, [pdf])
    removed = oit.remove_file(db, added.id)
    assert removed == added and oit.oit_year(db, FY).item("O1").files == ()
    assert BlobStore(db).exists(added.sha256)  # the content waits for Undo
    assert oit.restore_file(db, removed) == added
    assert oit.oit_year(db, FY).item("O1").files == (added,)


def test_figures_progress_and_contacts(unit, content):
    db, *_ = unit
    before = content(db.path)
    with pytest.raises(oit.OitProblemsError) as info:
        oit.save_figures(db, FY, SurveyFigures(iit_score=Decimal(101), eligible_staff=0,
                                               survey_start=date(2025, 3, 1),
                                               survey_deadline=date(2025, 2, 1)))
    assert _codes(info) == ["oit.score_out_of_range", "oit.bad_eligible_staff",
                            "oit.deadline_before_start"]
    with pytest.raises(oit.OitProblemsError):
        oit.save_progress(db, FY, SampleKey.IIT, ProgressEntry(date(2025, 3, 2), -1))
    with pytest.raises(oit.OitProblemsError):
        oit.save_contact(db, FY, Eit2Contact("สถานศึกษา", "  "))
    assert content(db.path) == before
    figures = SurveyFigures(Decimal("92.5"), Decimal("88"), 40, date(2025, 3, 1),
                            date(2025, 5, 31))
    oit.save_figures(db, FY, figures)
    oit.save_progress(db, FY, SampleKey.IIT, ProgressEntry(date(2025, 3, 2), 10))
    oit.save_progress(db, FY, SampleKey.IIT, ProgressEntry(date(2025, 3, 2), 12))
    oit.save_progress(db, FY, SampleKey.IIT, ProgressEntry(date(2025, 3, 9), 20))
    oit.delete_progress(db, FY, SampleKey.IIT, date(2025, 3, 9))
    contact = oit.save_contact(db, FY, Eit2Contact("สถานศึกษา", "โรงเรียนบ้านสวน"))
    changed = oit.save_contact(db, FY, replace(contact, phone="0 4200 0000"))
    year = oit.oit_year(db, FY)
    assert year.figures == figures
    assert year.progress == {SampleKey.IIT: [ProgressEntry(date(2025, 3, 2), 12)]}
    assert year.contacts == [changed] and changed.phone == "0 4200 0000"
    oit.delete_contact(db, contact.id)
    assert oit.oit_year(db, FY).contacts == []


def test_the_year_view_shows_oit_work_once_the_year_is_planned(unit):
    db, boss, prep, ctrl, _ = unit
    assert oit.year_dues(db, FY) == []  # nobody uses the OIT tab yet: no flood of late work
    _planned(db, prep, ctrl)
    _walk(db, MONTHLY, OCT, prep, ctrl, boss, Status.APPROVED, date(2024, 10, 30))
    dues = oit.year_dues(db, FY)
    by = {(d.code, d.month): d for d in dues}
    assert by[("O1", None)].due == date(2025, 2, 28) and "ผู้จัดทำ" in by[("O1", None)].who
    assert by[("O6", OCT)].done and not by[("O6", NOV)].done
    assert by[("O2", None)].who == ""  # in the catalog, nobody planned yet
    assert not any(d.code == "O5" for d in dues)  # continuous: nothing dated
    entries = year_entries(db, FY)
    kinds = {e.ref: e.kind for e in entries}
    assert kinds[f"oit:{FY}:O1"] is EntryKind.OIT_DEADLINE
    assert kinds[f"deliverable:{FY}:O6:2024-11"] is EntryKind.DELIVERABLE
    # September's report is due in October, in the next year's view.
    assert f"deliverable:{FY}:O6:2025-09" not in kinds
    assert f"deliverable:{FY}:O6:2025-09" in {e.ref for e in year_entries(db, FY + 1)}
    late = {e.ref for e in summary(db, FY, date(2024, 12, 3)).late}
    assert f"deliverable:{FY}:O6:2024-11" in late
    assert f"deliverable:{FY}:O6:2024-10" not in late
