"""The demo's integrity measures and photos (made on 1 March 2025, fiscal year 2568): the
standard measures with people, dated results and drawn photos for every one of them, the first
meeting's photos on the meeting and under the measure that reports on it."""

from __future__ import annotations

import hashlib
import io
from datetime import date, datetime

import pytest
from PIL import Image

from ita_desktop.demo.evidence import MEETING_SHOTS, RESULTS, SHOTS
from ita_desktop.demo.evidence_photos import SCENES, Signage, camera_jpeg, draw_scene
from ita_desktop.domain.evidence import AREAS, Area, measure_label
from ita_desktop.domain.fiscal import fiscal_year_bounds
from ita_desktop.exchange.measure_templates import standard_measures
from ita_desktop.media.photos import THUMB_SIDE, prepare_photo_bytes
from ita_desktop.services import evidence, meetings
from ita_desktop.store.people import PeopleRepository

YEAR = 2568
TODAY = date(2025, 3, 1)
SIGN = Signage("ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์", "ตม.จว.ศรีวารินทร์",
               "immigration-demo.example.org", "การประชุมคณะทำงาน ครั้งที่ 1/2568", "222/2567")


def test_every_standard_measure_has_its_photos_and_result_text():
    # A new standard measure without photos would leave the demo's report with a gap.
    labels = {measure_label(m) for m in standard_measures("provincial_immigration", YEAR)}
    assert labels == set(SHOTS) == set(RESULTS)


def test_every_measure_has_people_a_dated_result_and_photos(demo_db):
    year = evidence.evidence_year(demo_db, YEAR)
    people = {p.id: p for p in PeopleRepository(demo_db).all()}
    assert [m.area for m in year.measures].count(Area.SERVICE) == 6
    assert {m.area for m in year.measures} == set(AREAS)
    for measure in year.measures:
        label = measure_label(measure)
        assert year.photos_of(measure), label
        assert len(year.own_photos(measure.id)) == len(SHOTS[label])
        # Seed 002's manner: "วันที่ ๕ ม.ค. ๖๘ ...", in the unit's Thai digits.
        assert "วันที่ " in measure.result and "๖๘" in measure.result, label
        assert not any(ch.isdigit() and ch.isascii() for ch in measure.result), label
        persons = [line.person_id for line in measure.responsible if line.person_id]
        assert len(persons) == 2 and all(people[p].active for p in persons), label
        # The sections the standard measures name stay after the people.
        assert measure.responsible[-1].text, label
    facilities = year.find("1.6")
    assert facilities is not None and facilities.photo_columns == 4
    assert len(year.photos_of(facilities)) == 4


def test_photos_are_print_sized_dated_within_the_year_distinct_and_captioned(demo_db):
    year = evidence.evidence_year(demo_db, YEAR)
    start, _ = fiscal_year_bounds(YEAR)
    assert len(year.photos) == sum(map(len, SHOTS.values())) + len(MEETING_SHOTS)
    for photo in year.photos:
        assert (photo.width, photo.height) in ((2000, 1500), (1500, 2000)), photo.name
        assert photo.taken is not None and start <= photo.taken.date() <= TODAY, photo.name
        assert photo.caption and photo.name.startswith("IMG_")
    assert len({p.sha256 for p in year.photos}) == len(year.photos)
    thumb = Image.open(io.BytesIO(evidence.photo_thumbnail(demo_db, year.photos[0].id)))
    assert thumb.format == "JPEG" and max(thumb.size) == THUMB_SIDE


def test_an_oit_measure_reports_on_the_first_meeting_with_its_photos(demo_db):
    first = meetings.meetings_of_year(demo_db, YEAR)[0]
    year = evidence.evidence_year(demo_db, YEAR)
    reporting = [m for m in year.measures if m.meeting_id is not None]
    assert [measure_label(m) for m in reporting] == ["3.1"]
    assert reporting[0].meeting_id == first.id
    assert first.number_text() in reporting[0].result
    on_meeting = year.meeting_photos(first.id)
    assert len(on_meeting) == 2
    assert all(p.measure_id is None and p.taken.date() == first.dated for p in on_meeting)
    # The results report prints the measure's own photo, then the meeting's.
    shown = year.photos_of(reporting[0])
    assert [p.id for p in shown[1:]] == [p.id for p in on_meeting]


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_each_scene_is_drawn_at_a_phone_photo_size(scene):
    image = draw_scene(scene, SIGN)
    assert image.size in ((2000, 1500), (1500, 2000))
    # More than a blank wall: signs, furniture, people.
    assert len(image.resize((200, 150)).getcolors(40000)) > 20


def test_the_demo_pictures_differ_so_none_is_refused_as_a_duplicate():
    shots = [*MEETING_SHOTS, *(shot for group in SHOTS.values() for shot in group)]
    keys = {(shot.scene, shot.variant) for shot in shots}
    assert len(keys) == len(shots)
    digests = {hashlib.sha256(draw_scene(scene, SIGN, variant).tobytes()).digest()
               for scene, variant in keys}
    assert len(digests) == len(keys)


def test_a_drawn_photo_carries_its_date_taken_through_the_import():
    taken = datetime(2025, 1, 5, 10, 20)
    prepared = prepare_photo_bytes(camera_jpeg(draw_scene("no_gift", SIGN), taken), "a.jpg")
    assert prepared.taken == taken
    assert (prepared.width, prepared.height) == (1500, 2000)
