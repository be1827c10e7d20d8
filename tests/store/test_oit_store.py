"""The OIT plan as the database keeps it: a year read whole, plans saved over the revision they
were read as, logs in order per item and month, files removed and put back, figures, counts
and contacts; and a schema 9 file upgraded with every byte of its data kept."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from ita_desktop.domain.framework.model import SampleKey
from ita_desktop.domain.oit import Cadence, CadenceKind, ProgressEntry
from ita_desktop.domain.oit_plan import Eit2Contact, OitFile, SurveyFigures, default_assignment
from ita_desktop.domain.oit_workflow import Status
from ita_desktop.domain.roster import Person
from ita_desktop.store import open_database
from ita_desktop.store.blobs import BlobStore
from ita_desktop.store.database import connect
from ita_desktop.store.errors import StoreError
from ita_desktop.store.migrations import LATEST_VERSION, MIGRATIONS, migrate
from ita_desktop.store.oit import OitPlanChangedMeanwhileError, OitRepository
from ita_desktop.store.people import PeopleRepository
from tests.conftest import dump
from tests.oit_samples import FISCAL_YEAR, MONTHLY, ONCE, change


@pytest.fixture
def people(db) -> list[int]:
    repo = PeopleRepository(db)
    return [repo.add(Person("pol_col", name, "ทดสอบ")).id for name in ("หนึ่ง", "สอง", "สาม")]


def test_a_plan_round_trips_with_its_people_in_order(db, people):
    repo = OitRepository(db)
    one, two, three = people
    plan = replace(default_assignment(MONTHLY, FISCAL_YEAR), preparers=(three, one),
                   controllers=(two,), period_end=date(2025, 3, 31), done_components=(0, 2),
                   note="  ตามคำสั่ง  ", cadence=Cadence(CadenceKind.MONTHLY, day=5))
    saved = repo.save_plan(plan, "O2")
    assert saved.id is not None and saved.version == 1
    assert saved == replace(plan, id=saved.id, version=1, note="ตามคำสั่ง")
    assert repo.year(FISCAL_YEAR).plans == {"o2": saved}
    assert repo.year(FISCAL_YEAR + 1).plans == {}
    again = repo.save_plan(replace(saved, preparers=(two,)), "O2")
    assert again.version == 2 and again.preparers == (two,) and again.controllers == (two,)


def test_a_save_over_someone_elses_change_is_refused_and_nothing_is_written(db, people):
    repo = OitRepository(db)
    first = repo.save_plan(replace(default_assignment(ONCE, FISCAL_YEAR),
                                   preparers=(people[0],), controllers=(people[1],)), "O1")
    repo.save_plan(replace(first, note="theirs"), "O1")
    with pytest.raises(OitPlanChangedMeanwhileError) as info:
        repo.save_plan(replace(first, note="mine"), "O1")
    assert info.value.values["code"] == "O1"
    # Two windows both planning an item never planned before: the second is told.
    with pytest.raises(OitPlanChangedMeanwhileError):
        repo.save_plan(default_assignment(ONCE, FISCAL_YEAR), "O1")
    assert repo.plan(FISCAL_YEAR, "o1").note == "theirs"


def test_logs_keep_their_order_per_item_and_per_month(db, people):
    repo = OitRepository(db)
    p = people[0]
    october = date(2024, 10, 1)
    repo.add_change(FISCAL_YEAR, "o2", october,
                    change(Status.NOT_STARTED, Status.IN_PREPARATION, p, date(2024, 11, 1)))
    repo.add_change(FISCAL_YEAR, "o2", None,
                    change(Status.NOT_STARTED, Status.IN_PREPARATION, p, date(2024, 11, 2)))
    repo.add_change(FISCAL_YEAR, "o2", october,
                    change(Status.IN_PREPARATION, Status.SUBMITTED, p, date(2024, 11, 3),
                           comment="ส่งตรวจ"))
    logs = repo.year(FISCAL_YEAR).logs["o2"]
    assert [c.to_status for c in logs[october]] == [Status.IN_PREPARATION, Status.SUBMITTED]
    assert logs[october][1].comment == "ส่งตรวจ"
    assert [c.to_status for c in logs[None]] == [Status.IN_PREPARATION]
    assert repo.log(FISCAL_YEAR, "o2", None) == list(logs[None])


def test_a_removed_file_is_left_out_until_put_back(db):
    repo = OitRepository(db)
    digest = BlobStore(db).put(b"%PDF-1.4 test")
    added = repo.add_file(FISCAL_YEAR, "o1", OitFile("คำสั่ง.pdf", digest, 13,
                                                    datetime(2024, 11, 1, 9, 30, 15, 999)))
    assert added.id is not None and added.added_at == datetime(2024, 11, 1, 9, 30, 15)
    assert repo.year(FISCAL_YEAR).files == {"o1": (added,)}
    place = repo.remove_file(added.id)
    assert (place.fiscal_year, place.item_key, place.file) == (FISCAL_YEAR, "o1", added)
    assert repo.year(FISCAL_YEAR).files == {}
    with pytest.raises(StoreError) as info:
        repo.remove_file(added.id)
    assert info.value.code == "store.no_oit_file"
    repo.restore_file(added.id)
    assert repo.year(FISCAL_YEAR).files == {"o1": (added,)}


def test_figures_progress_and_contacts(db):
    repo = OitRepository(db)
    assert repo.figures(FISCAL_YEAR) == SurveyFigures()
    figures = SurveyFigures(Decimal("91.25"), None, 80, date(2025, 3, 1), date(2025, 5, 31))
    repo.save_figures(FISCAL_YEAR, figures)
    repo.save_progress(FISCAL_YEAR, SampleKey.EIT,
                       ProgressEntry(date(2025, 3, 10), 40, {"งานบริการ": 30}))
    repo.save_progress(FISCAL_YEAR, SampleKey.EIT,
                       ProgressEntry(date(2025, 3, 10), 45, {"งานบริการ": 35}))
    repo.save_progress(FISCAL_YEAR, SampleKey.EIT, ProgressEntry(date(2025, 3, 3), 10))
    contact = repo.save_contact(FISCAL_YEAR, Eit2Contact("สถานศึกษา", " โรงเรียนบ้านสวน "))
    year = repo.year(FISCAL_YEAR)
    assert year.figures == figures
    assert year.progress == {SampleKey.EIT: [
        ProgressEntry(date(2025, 3, 3), 10), ProgressEntry(date(2025, 3, 10), 45,
                                                           {"งานบริการ": 35})]}
    assert year.contacts == [Eit2Contact("สถานศึกษา", "โรงเรียนบ้านสวน", id=contact.id)]
    repo.delete_progress(FISCAL_YEAR, SampleKey.EIT, date(2025, 3, 3))
    repo.delete_contact(contact.id)
    year = repo.year(FISCAL_YEAR)
    assert len(year.progress[SampleKey.EIT]) == 1 and year.contacts == []
    with pytest.raises(StoreError):
        repo.delete_contact(contact.id)


def test_a_year_is_read_in_a_handful_of_queries_whatever_its_size(db, people):
    repo = OitRepository(db)
    for n in range(1, 30):
        repo.save_plan(replace(default_assignment(replace(ONCE, key=f"o{n}"), FISCAL_YEAR),
                               preparers=(people[0],), controllers=(people[1],)), f"O{n}")
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        year = repo.year(FISCAL_YEAR)
    finally:
        db.conn.set_trace_callback(None)
    assert len(year.plans) == 29
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 8
    assert not any("content" in s for s in statements)  # never a file's bytes


def test_a_schema_9_file_keeps_every_byte_of_its_data_when_upgraded(tmp_path):
    path = tmp_path / "unit.sqlite"
    old = connect(path)
    migrate(old, MIGRATIONS[:9])
    with old.transaction():
        old.execute("INSERT INTO people (rank_key, first_name, last_name, created_at, "
                    "updated_at) VALUES ('pol_col', 'เก่า', 'ข้อมูล', '2025-01-02T08:00:00', "
                    "'2025-02-03T09:30:00')")
        old.execute("INSERT INTO blobs (sha256, size, content) VALUES (?, 3, x'010203')",
                    ("a" * 64,))
        old.execute("INSERT INTO settings (key, value) VALUES ('digits', 'thai')")
    old.close()
    before = dump(path)

    upgraded = open_database(path)
    try:
        assert upgraded.user_version == LATEST_VERSION
        backup = sqlite3.connect(upgraded.last_backup)
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 9
        backup.close()
        assert OitRepository(upgraded).year(FISCAL_YEAR).plans == {}
    finally:
        upgraded.close()
    after = dump(path)
    # Every statement of the old file's dump is in the new one: the new tables are added,
    # nothing of the old is changed.
    new_lines = set(after.splitlines())
    assert [line for line in before.splitlines() if line not in new_lines] == []
    assert "oit_plans" in after
