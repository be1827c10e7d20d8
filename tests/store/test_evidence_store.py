"""The measures and photos as the database keeps them: a year read whole in three queries
without a picture's bytes, measures saved over the revision they were read as, soft removal
that Undo reverses exactly, a meeting deleted taking its own photos, and a schema 10 file
upgraded with every byte of its data kept."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime

import pytest

from ita_desktop.domain.evidence import Area, Measure, Photo, Responsible
from ita_desktop.domain.meetings import new_meeting
from ita_desktop.domain.roster import Person
from ita_desktop.store import open_database
from ita_desktop.store.blobs import BlobStore
from ita_desktop.store.database import connect
from ita_desktop.store.errors import StoreError
from ita_desktop.store.evidence import EvidenceRepository, MeasureChangedMeanwhileError
from ita_desktop.store.meetings import MeetingRepository
from ita_desktop.store.migrations import LATEST_VERSION, MIGRATIONS, migrate
from ita_desktop.store.people import PeopleRepository
from tests.conftest import dump

FY = 2568


def _photo(db, n: int, *, measure_id=None, meeting_id=None, position=0) -> Photo:
    blobs = BlobStore(db)
    picture = blobs.put(b"picture %d" % n + b"\0" * 5000)
    thumb = blobs.put(b"thumb %d" % n)
    return Photo(fiscal_year=FY, sha256=picture, thumb_sha256=thumb, half_sha256=picture,
                 quarter_sha256=picture, width=1890, height=1417,
                 source_sha256=f"{n:064x}", name=f"IMG_{n}.jpg", measure_id=measure_id,
                 meeting_id=meeting_id, position=position,
                 taken=datetime(2024, 12, 1, 9, 30, n))


def _meeting(db, number: int = 1) -> int:
    meeting = new_meeting(FY, date(2025, 1, 15), number, "ประชุมคณะทำงาน", None)
    saved = MeetingRepository(db).add(meeting)
    assert saved.id is not None
    return saved.id


@pytest.fixture
def person(db) -> int:
    added = PeopleRepository(db).add(Person("pol_col", "หนึ่ง", "ทดสอบ"))
    assert added.id is not None
    return added.id


def test_a_measure_round_trips_with_its_people_in_order(db, person):
    repo = EvidenceRepository(db)
    measure = Measure(FY, Area.SERVICE, "จุดบริการ One Stop Service", issue="ประเด็น",
                      plan="แผน", result="ผล", photo_columns=4,
                      responsible=(Responsible("ผู้ปฏิบัติ", text="งานอำนวยการ"),
                                   Responsible("ควบคุม", person_id=person)))
    saved = repo.add_measure(measure)
    assert saved.id is not None and saved.version == 1
    assert replace(saved, id=None, version=None) == measure
    assert repo.year(FY).measures == (saved,)
    assert repo.year(FY + 1).measures == ()


def test_a_measure_saved_over_someone_elses_change_is_refused(db):
    repo = EvidenceRepository(db)
    first = repo.add_measure(Measure(FY, Area.SERVICE, "ป้าย"))
    second = repo.update_measure(replace(first, plan="ติดตั้งป้าย"))
    assert second.version == 2
    with pytest.raises(MeasureChangedMeanwhileError) as info:
        repo.update_measure(replace(first, plan="แผนเก่า"))
    assert "ป้าย" in str(info.value)
    assert repo.measure(first.id).plan == "ติดตั้งป้าย"


def test_a_year_reads_in_order_in_three_queries_and_never_a_pictures_bytes(db):
    repo = EvidenceRepository(db)
    last = repo.add_measure(Measure(FY, Area.OIT, "การประชุม", position=0))
    first = repo.add_measure(Measure(FY, Area.SERVICE, "จุดบริการ", position=0))
    repo.add_photos([_photo(db, n, measure_id=first.id, position=2 - n) for n in range(3)])
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        year = repo.year(FY)
    finally:
        db.conn.set_trace_callback(None)
    assert [m.id for m in year.measures] == [first.id, last.id]
    assert [p.name for p in year.own_photos(first.id)] == ["IMG_2.jpg", "IMG_1.jpg",
                                                           "IMG_0.jpg"]
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 3
    assert not any("content" in s for s in statements)


def test_a_removed_measure_takes_its_photos_and_undo_brings_back_only_those(db):
    repo = EvidenceRepository(db)
    measure = repo.add_measure(Measure(FY, Area.SERVICE, "จุดบริการ"))
    one, two = repo.add_photos([_photo(db, n, measure_id=measure.id, position=n)
                                for n in range(2)])
    with db.transaction():
        repo.remove_photos([one.id], "2025-01-01T10:00:00.000001")
    with db.transaction():
        repo.remove_measure(measure.id, "2025-01-01T11:00:00.000001")
    year = repo.year(FY)
    assert year.measures == () and year.photos == ()
    with pytest.raises(StoreError):
        repo.measure(measure.id)
    with db.transaction():
        repo.restore_measure(measure.id, "2025-01-01T11:00:00.000001", 0)
    assert [p.id for p in repo.year(FY).photos] == [two.id]


def test_a_deleted_meeting_takes_the_photos_of_no_measure_and_leaves_the_others(db):
    repo = EvidenceRepository(db)
    meeting = _meeting(db)
    measure = repo.add_measure(Measure(FY, Area.OIT, "การประชุม", meeting_id=meeting))
    only_meeting, both = repo.add_photos([
        _photo(db, 1, meeting_id=meeting), _photo(db, 2, measure_id=measure.id,
                                                   meeting_id=meeting)])
    assert [p.id for p in repo.year(FY).meeting_photos(meeting)] == [only_meeting.id, both.id]
    MeetingRepository(db).delete(meeting)
    year = repo.year(FY)
    assert [p.id for p in year.photos] == [both.id]
    assert year.photos[0].meeting_id is None and year.measures[0].meeting_id is None


def test_meeting_numbers_are_those_of_the_documents(db):
    meeting = _meeting(db, number=3)
    assert EvidenceRepository(db).meeting_numbers([meeting]) == {meeting: "3/2568"}


def test_a_photo_must_belong_to_a_measure_or_a_meeting(db):
    # The services never ask it: the schema refuses a photo nobody would find again.
    with pytest.raises(sqlite3.IntegrityError):
        EvidenceRepository(db).add_photos([_photo(db, 1)])
    assert EvidenceRepository(db).year(FY).photos == ()


def test_a_schema_10_file_keeps_every_byte_of_its_data_when_upgraded(tmp_path):
    path = tmp_path / "unit.sqlite"
    old = connect(path)
    migrate(old, MIGRATIONS[:10])
    with old.transaction():
        old.execute("INSERT INTO people (rank_key, first_name, last_name, created_at, "
                    "updated_at) VALUES ('pol_col', 'เก่า', 'ข้อมูล', '2025-01-02T08:00:00', "
                    "'2025-02-03T09:30:00')")
        old.execute("INSERT INTO blobs (sha256, size, content) VALUES (?, 3, x'010203')",
                    ("a" * 64,))
        old.execute("INSERT INTO meetings (fiscal_year, number, dated, subject, created_at, "
                    "updated_at) VALUES (2568, 1, '2025-01-15', 'ประชุม', 'x', 'x')")
        old.execute("INSERT INTO oit_files (fiscal_year, item_key, name, sha256, size, "
                    "added_at) VALUES (2568, 'o1', 'a.pdf', ?, 3, 'x')", ("a" * 64,))
    old.close()
    before = dump(path)

    upgraded = open_database(path)
    try:
        assert upgraded.user_version == LATEST_VERSION
        backup = sqlite3.connect(upgraded.last_backup)
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 10
        backup.close()
        assert EvidenceRepository(upgraded).year(FY).measures == ()
    finally:
        upgraded.close()
    after = dump(path)
    new_lines = set(after.splitlines())
    assert [line for line in before.splitlines() if line not in new_lines] == []
    assert "CREATE TABLE measures" in after and "CREATE TABLE photos" in after


def test_a_date_taken_edited_into_nonsense_reads_as_unknown_and_check_names_it(db):
    from ita_desktop.store.soundness import timestamp_findings

    repo = EvidenceRepository(db)
    measure = repo.add_measure(Measure(FY, Area.SERVICE, "จุดบริการ"))
    (photo,) = repo.add_photos([_photo(db, 1, measure_id=measure.id)])
    with db.transaction():
        db.execute("UPDATE photos SET taken = 'เมื่อวาน', added_at = 'soon' WHERE id = ?",
                   (photo.id,))
    (read,) = repo.year(FY).photos
    assert read.taken is None and read.added_at is None
    assert [(f.values["table"], f.values["column"]) for f in timestamp_findings(db)] == [
        ("photos", "added_at")]
