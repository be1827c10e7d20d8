"""The evidence's use cases: measures added, edited over someone else's change, reordered,
moved, removed and put back, a year started from another or from the standard measures;
photos imported with the bad files skipped each with its reason, duplicates noticed, a
cancelled import writing nothing, and photos captioned, dated, reordered, moved, attached to
a meeting, removed and put back."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from ita_desktop.domain.evidence import Area, Measure, Responsible, measure_label
from ita_desktop.domain.meetings import new_meeting
from ita_desktop.domain.progress import Cancelled
from ita_desktop.domain.roster import Person
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.domain.units import UnitKind
from ita_desktop.errors import AppError
from ita_desktop.services import evidence
from ita_desktop.store.errors import StoreError
from ita_desktop.store.evidence import MeasureChangedMeanwhileError
from ita_desktop.store.meetings import MeetingRepository
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.unit import UnitRepository
from tests.media.samples import png_header

FY = 2568


@pytest.fixture
def unit(db):
    """A unit with two people serving and one who has left."""
    people = PeopleRepository(db)
    boss, clerk, gone = (people.add(Person("pol_col", name, "ทดสอบ")).id
                         for name in ("ผู้กำกับ", "เสมียน", "ผู้ย้าย"))
    people.set_active(gone, False)
    UnitRepository(db).save(UnitProfile(UnitKind.PROVINCIAL_IMMIGRATION, full_name="ทดสอบ",
                                        short_name="ตม.จว.ทดสอบ", commander_id=boss,
                                        version=0))
    return db, boss, clerk, gone


def _measures(db, *titles: str, area: Area = Area.SERVICE) -> list[Measure]:
    return [evidence.save_measure(db, Measure(FY, area, title)) for title in titles]


def _jpeg(path: Path, n: int, taken: str | None = "2024:12:01 09:30:00") -> Path:
    image = Image.new("RGB", (400, 300), (20 + n * 7 % 200, 40, 200))
    ImageDraw.Draw(image).rectangle((0, 0, 40 + n * 5, 30), fill=(220, 20, 20))
    exif = Image.Exif()
    if taken is not None:
        exif.get_ifd(0x8769)[36867] = taken
    image.save(path, "JPEG", exif=exif.tobytes())
    return path


def _bad_files(folder: Path) -> dict[str, Path]:
    """One file of each kind the import refuses, by the kind it is refused as."""
    empty = folder / "empty.jpg"
    empty.write_bytes(b"")
    text = folder / "notes.jpg"
    text.write_text("not a picture at all, only words " * 20)
    gif = folder / "anim.gif"
    Image.new("RGB", (50, 50), (1, 2, 3)).save(gif, "GIF")
    whole = io.BytesIO()
    Image.new("RGB", (800, 600), (9, 9, 9)).save(whole, "JPEG")
    cut = folder / "cut.jpg"
    cut.write_bytes(whole.getvalue()[:400])
    bomb = png_header(folder / "bomb.png", 50_000, 50_000)
    return {"empty": empty, "not_an_image": text, "unsupported": gif, "damaged": cut,
            "bomb": bomb}


# --- measures ---------------------------------------------------------------------------------


def test_new_measures_go_to_the_end_of_their_area_whatever_position_they_carry(unit):
    db, *_ = unit
    first, second = _measures(db, "จุดบริการ", "ป้าย")
    third = evidence.save_measure(db, Measure(FY, Area.SERVICE, "สิ่งอำนวยความสะดวก",
                                              position=0))
    assert [measure_label(m) for m in (first, second, third)] == ["1.1", "1.2", "1.3"]
    assert [m.title for m in evidence.evidence_year(db, FY).measures] == [
        "จุดบริการ", "ป้าย", "สิ่งอำนวยความสะดวก"]


def test_a_measure_is_refused_with_every_finding_and_nothing_written(unit, content):
    db, boss, clerk, gone = unit
    before = content(db.path)
    with pytest.raises(evidence.EvidenceProblemsError) as info:
        evidence.save_measure(db, Measure(FY, Area.SERVICE, " ", photo_columns=3,
                                          responsible=(Responsible("ทำ", person_id=gone),
                                                       Responsible("ทำ", person_id=999))))
    assert [f.code for f in info.value.findings] == [
        "evidence.no_title", "evidence.bad_columns", "evidence.person_left",
        "evidence.person_not_in_roster"]
    assert "ผู้ย้าย" in str(info.value)
    assert content(db.path) == before


def test_someone_who_has_left_may_stay_on_a_measure_that_already_named_them(unit):
    db, boss, clerk, gone = unit
    people = PeopleRepository(db)
    people.set_active(gone, True)
    measure = evidence.save_measure(db, Measure(FY, Area.SERVICE, "ป้าย", responsible=(
        Responsible("ทำ", person_id=gone),)))
    people.set_active(gone, False)
    saved = evidence.save_measure(db, replace(measure, result="ติดตั้งแล้ว"))
    assert saved.result == "ติดตั้งแล้ว" and saved.responsible[0].person_id == gone


def test_a_measure_saved_over_someone_elses_change_is_refused(unit):
    db, *_ = unit
    (measure,) = _measures(db, "ป้าย")
    evidence.save_measure(db, replace(measure, plan="ของเขา"))
    with pytest.raises(MeasureChangedMeanwhileError):
        evidence.save_measure(db, replace(measure, plan="ของเรา"))
    assert evidence.evidence_year(db, FY).measures[0].plan == "ของเขา"


def test_a_measure_changed_to_another_area_goes_to_its_end_and_the_old_area_closes_up(unit):
    db, *_ = unit
    first, second, third = _measures(db, "หนึ่ง", "สอง", "สาม")
    moved = evidence.save_measure(db, replace(first, area=Area.COMMUNICATION))
    assert measure_label(moved) == "2.1"
    year = evidence.evidence_year(db, FY)
    assert [(m.title, measure_label(m)) for m in year.measures] == [
        ("สอง", "1.1"), ("สาม", "1.2"), ("หนึ่ง", "2.1")]


def test_reorder_move_delete_and_undo_keep_labels_without_gaps(unit):
    db, *_ = unit
    one, two, three = _measures(db, "หนึ่ง", "สอง", "สาม")
    evidence.reorder_measures(db, FY, Area.SERVICE, [three.id, one.id, two.id])
    labels = {m.title: measure_label(m) for m in evidence.evidence_year(db, FY).measures}
    assert labels == {"สาม": "1.1", "หนึ่ง": "1.2", "สอง": "1.3"}
    with pytest.raises(evidence.EvidenceProblemsError):
        evidence.reorder_measures(db, FY, Area.SERVICE, [three.id, one.id])
    moved = evidence.move_measure(db, one.id, Area.OIT, 5)
    assert measure_label(moved) == "3.1"
    evidence.delete_measure(db, three.id)
    assert [(m.title, measure_label(m)) for m in evidence.evidence_year(db, FY).measures] == [
        ("สอง", "1.1"), ("หนึ่ง", "3.1")]
    restored = evidence.restore_measure(db, three.id)
    assert measure_label(restored) == "1.1"
    assert [m.title for m in evidence.evidence_year(db, FY).measures] == [
        "สาม", "สอง", "หนึ่ง"]


def test_a_year_starts_from_an_earlier_one_without_its_results_or_people_who_left(unit):
    db, boss, clerk, gone = unit
    people = PeopleRepository(db)
    people.set_active(gone, True)
    old = evidence.save_measure(db, Measure(FY - 1, Area.SERVICE, "ป้าย", plan="ติดป้าย",
                                            result="ติดแล้ว", responsible=(
                                                Responsible("ทำ", person_id=gone),
                                                Responsible("ทำ", person_id=clerk))))
    people.set_active(gone, False)
    assert evidence.last_year_with_measures(db, FY) == FY - 1
    assert evidence.last_year_with_measures(db, FY - 1) is None
    (started,) = evidence.start_measures(db, FY, from_year=FY - 1)
    assert (started.title, started.plan, started.result) == ("ป้าย", "ติดป้าย", "")
    assert started.responsible == (Responsible("ทำ", person_id=clerk),)
    assert started.id != old.id
    with pytest.raises(AppError) as info:
        evidence.start_measures(db, FY, from_year=FY - 1)
    assert info.value.code == "evidence.already_started"


def test_a_first_year_starts_from_the_standard_measures_of_the_units_kind(unit):
    db, *_ = unit
    started = evidence.start_measures(db, FY)
    year = evidence.evidence_year(db, FY)
    assert len(started) == len(year.measures) > 5
    assert {m.area for m in year.measures} == set(Area)
    assert [measure_label(m) for m in year.in_area(Area.SERVICE)][:2] == ["1.1", "1.2"]


# --- photos -----------------------------------------------------------------------------------


def test_good_photos_are_imported_and_each_bad_file_skipped_with_its_reason(unit, tmp_path):
    db, *_ = unit
    (measure,) = _measures(db, "ป้าย")
    bad = _bad_files(tmp_path)
    good = [_jpeg(tmp_path / f"IMG_{n}.jpg", n) for n in range(3)]
    paths = [good[0], bad["empty"], bad["not_an_image"], good[1], bad["unsupported"],
             bad["damaged"], bad["bomb"], good[2]]
    seen: list[tuple[int, int, str]] = []
    outcome = evidence.import_photos(db, FY, paths, measure_id=measure.id,
                                     progress=lambda *a: seen.append(a))
    assert [p.name for p in outcome.added] == ["IMG_0.jpg", "IMG_1.jpg", "IMG_2.jpg"]
    reasons = {s.name: s.reason.code for s in outcome.skipped}
    assert reasons["empty.jpg"] == "image.empty"
    assert reasons["notes.jpg"] == "image.not_a_photo"
    assert reasons["anim.gif"] == "image.unsupported"
    assert reasons["cut.jpg"] == "image.damaged"
    assert reasons["bomb.png"] in ("image.too_large", "image.too_many_pixels")
    assert len(seen) == len(paths) and seen[-1][:2] == (len(paths), len(paths))
    year = evidence.evidence_year(db, FY)
    photos = year.own_photos(measure.id)
    assert [p.name for p in photos] == ["IMG_0.jpg", "IMG_1.jpg", "IMG_2.jpg"]
    assert photos[0].taken == datetime(2024, 12, 1, 9, 30) and photos[0].caption == ""
    picture = Image.open(io.BytesIO(evidence.photo_picture(db, photos[0].id)))
    assert picture.format == "JPEG" and picture.size == (photos[0].width, photos[0].height)
    thumb = Image.open(io.BytesIO(evidence.photo_thumbnail(db, photos[0].id)))
    assert max(thumb.size) <= 320


def test_duplicates_are_skipped_naming_where_the_photo_already_is(unit, tmp_path):
    db, *_ = unit
    first, second = _measures(db, "จุดบริการ", "ป้าย")
    photo = _jpeg(tmp_path / "IMG_1.jpg", 1)
    copy = tmp_path / "copy of IMG_1.jpg"
    copy.write_bytes(photo.read_bytes())
    other = _jpeg(tmp_path / "IMG_2.jpg", 2)
    outcome = evidence.import_photos(db, FY, [photo, copy, other], measure_id=first.id)
    assert [p.name for p in outcome.added] == ["IMG_1.jpg", "IMG_2.jpg"]
    (twice,) = outcome.skipped
    assert twice.reason.code == "evidence.duplicate"
    assert str(twice.reason) == ('"copy of IMG_1.jpg" was not imported: the same photo is '
                                 'already in this import, as "IMG_1.jpg".')
    again = evidence.import_photos(db, FY, [copy], measure_id=second.id)
    assert again.added == ()
    assert str(again.skipped[0].reason).endswith('already in measure 1.1 "จุดบริการ".')
    # Another year does not hold it: the same photo may show next year's work.
    later = evidence.save_measure(db, Measure(FY + 1, Area.SERVICE, "ป้าย"))
    assert len(evidence.import_photos(db, FY + 1, [copy], measure_id=later.id).added) == 1


def test_a_duplicate_imported_meanwhile_by_another_window_is_caught_when_storing(unit,
                                                                                 tmp_path):
    db, *_ = unit
    (measure,) = _measures(db, "ป้าย")
    photo = _jpeg(tmp_path / "IMG_1.jpg", 1)
    prepared = evidence.prepare_import([photo], evidence.known_photos(db, FY))
    evidence.import_photos(db, FY, [photo], measure_id=measure.id)
    outcome = evidence.store_import(db, FY, prepared, measure_id=measure.id)
    assert outcome.added == () and outcome.skipped[0].reason.code == "evidence.duplicate"
    assert len(evidence.evidence_year(db, FY).photos) == 1


def test_a_cancelled_import_writes_nothing(unit, tmp_path, content):
    db, *_ = unit
    (measure,) = _measures(db, "ป้าย")
    paths = [_jpeg(tmp_path / f"IMG_{n}.jpg", n) for n in range(4)]
    before = content(db.path)
    done: list[int] = []

    def cancelled() -> bool:
        return len(done) >= 1

    with pytest.raises(Cancelled):
        evidence.import_photos(db, FY, paths, measure_id=measure.id, cancelled=cancelled,
                               progress=lambda d, t, n: done.append(d))
    assert content(db.path) == before


def test_a_meetings_photos_and_the_measure_that_reports_on_it(unit, tmp_path):
    db, *_ = unit
    meeting = MeetingRepository(db).add(new_meeting(FY, date(2025, 1, 15), 2, "ประชุม",
                                                    None)).id
    measure = evidence.save_measure(db, Measure(FY, Area.OIT, "การประชุม",
                                                meeting_id=meeting))
    on_meeting = evidence.import_photos(db, FY, [_jpeg(tmp_path / "m.jpg", 1)],
                                        meeting_id=meeting).added
    own = evidence.import_photos(db, FY, [_jpeg(tmp_path / "o.jpg", 2)],
                                 measure_id=measure.id).added
    year = evidence.evidence_year(db, FY)
    assert [p.id for p in year.photos_of(year.measure(measure.id))] == [
        own[0].id, on_meeting[0].id]
    again = evidence.import_photos(db, FY, [tmp_path / "m.jpg"], measure_id=measure.id)
    assert str(again.skipped[0].reason).endswith("already in meeting 2/2568.")
    with pytest.raises(evidence.EvidenceProblemsError) as info:
        evidence.set_photo_meeting(db, [on_meeting[0].id], None)
    assert info.value.findings[0].code == "evidence.photo_nowhere"
    (attached,) = evidence.set_photo_meeting(db, [own[0].id], meeting)
    assert attached.meeting_id == meeting and attached.measure_id == measure.id
    with pytest.raises(AppError) as nowhere:
        evidence.import_photos(db, FY, [tmp_path / "o.jpg"])
    assert nowhere.value.code == "evidence.no_target"


def test_photos_are_captioned_dated_reordered_moved_removed_and_put_back(unit, tmp_path):
    db, *_ = unit
    first, second = _measures(db, "จุดบริการ", "ป้าย")
    one, two, three = evidence.import_photos(
        db, FY, [_jpeg(tmp_path / f"IMG_{n}.jpg", n) for n in range(3)],
        measure_id=first.id).added
    assert evidence.set_caption(db, one.id, "  จุดบริการ ชั้น 1 ").caption == "จุดบริการ ชั้น 1"
    assert evidence.set_taken(db, one.id, None).taken is None
    evidence.reorder_photos(db, [three.id, one.id])

    def names(measure_id: int) -> list[str]:
        return [p.name for p in evidence.evidence_year(db, FY).own_photos(measure_id)]

    assert names(first.id) == ["IMG_2.jpg", "IMG_0.jpg", "IMG_1.jpg"]
    evidence.move_photos(db, [two.id], second.id)
    assert names(first.id) == ["IMG_2.jpg", "IMG_0.jpg"] and names(second.id) == ["IMG_1.jpg"]
    with pytest.raises(evidence.EvidenceProblemsError):
        evidence.reorder_photos(db, [two.id, one.id])
    evidence.remove_photos(db, [three.id])
    assert names(first.id) == ["IMG_0.jpg"]
    evidence.restore_photos(db, [three.id])
    assert names(first.id) == ["IMG_2.jpg", "IMG_0.jpg"]
    evidence.delete_measure(db, first.id)
    assert evidence.evidence_year(db, FY).photos[0].name == "IMG_1.jpg"
    evidence.restore_measure(db, first.id)
    assert names(first.id) == ["IMG_2.jpg", "IMG_0.jpg"]
    with pytest.raises(StoreError):
        evidence.set_caption(db, 999, "ไม่มี")


def test_a_photo_is_saved_whole_as_a_copy(unit, tmp_path):
    db, *_ = unit
    (measure,) = _measures(db, "ป้าย")
    (photo,) = evidence.import_photos(db, FY, [_jpeg(tmp_path / "IMG_1.jpg", 1)],
                                      measure_id=measure.id).added
    target = tmp_path / "out" / "copy.jpg"
    target.parent.mkdir()
    evidence.save_photo_copy(db, photo.id, target)
    assert target.read_bytes() == evidence.photo_picture(db, photo.id)
    with pytest.raises(AppError) as info:
        evidence.save_photo_copy(db, photo.id, tmp_path / "missing" / "copy.jpg")
    assert info.value.code == "evidence.photo_not_written"
    assert not list((tmp_path / "out").glob("*part*"))
