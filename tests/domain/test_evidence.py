"""The measures and photos as values: labels, what stops a measure from being saved, order,
renumbering, next year's copy, and the year's look-ups (a measure by label or title, the
photos a report prints under a measure, a photo imported twice)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ita_desktop.domain.evidence import (
    Area,
    EvidenceYear,
    Measure,
    Photo,
    Responsible,
    carried_forward,
    in_order,
    measure_label,
    measure_problems,
    renumbered,
)

FY = 2568


def _photo(n: int, *, measure_id: int | None = None, meeting_id: int | None = None,
           position: int = 0) -> Photo:
    return Photo(fiscal_year=FY, sha256=f"{n:064x}", thumb_sha256=f"{n + 500:064x}",
                 width=1890, height=1417, source_sha256=f"{n + 1000:064x}", name=f"{n}.jpg",
                 measure_id=measure_id, meeting_id=meeting_id, position=position, id=n,
                 half_sha256=f"{n + 2000:064x}", quarter_sha256=f"{n + 3000:064x}")


def test_a_label_is_the_areas_number_and_the_place_in_it():
    assert measure_label(Measure(FY, Area.SERVICE, "จุดบริการ", position=2)) == "1.3"
    assert measure_label(Measure(FY, Area.COMMUNICATION, "สื่อสาร")) == "2.1"
    assert measure_label(Measure(FY, Area.OIT, "ประชุม", position=0)) == "3.1"


def test_a_sound_measure_has_no_problems():
    measure = Measure(FY, Area.SERVICE, "ป้าย", photo_columns=4,
                      responsible=(Responsible("ผู้ปฏิบัติ", person_id=1),
                                   Responsible("ผู้ปฏิบัติ", text="งานธุรการ"),
                                   Responsible("ควบคุม", person_id=1)))
    assert measure_problems(measure) == []


@pytest.mark.parametrize(("change", "code"), [
    ({"title": "  "}, "evidence.no_title"),
    ({"photo_columns": 3}, "evidence.bad_columns"),
    ({"responsible": (Responsible("ผู้ปฏิบัติ", text="  "),)}, "evidence.empty_responsible"),
    ({"responsible": (Responsible("ผู้ปฏิบัติ", person_id=4),
                      Responsible("ผู้ปฏิบัติ ", person_id=4))}, "evidence.responsible_twice"),
    ({"responsible": (Responsible("", text="งานธุรการ"),
                      Responsible("", text=" งานธุรการ"))}, "evidence.responsible_twice"),
])
def test_each_problem_of_a_measure_is_named(change, code):
    measure = replace(Measure(FY, Area.SERVICE, "ป้าย"), **change)
    assert [p.code for p in measure_problems(measure)] == [code]


def test_problems_name_the_measure_and_the_person():
    measure = Measure(FY, Area.SERVICE, "ป้าย No Gift Policy", responsible=(
        Responsible("จัดทำป้าย", text="งานส่งกำลังบำรุง"),
        Responsible("จัดทำป้าย", text="งานส่งกำลังบำรุง")))
    (problem,) = measure_problems(measure)
    assert str(problem) == ('งานส่งกำลังบำรุง is listed twice as "จัดทำป้าย" for '
                            '"ป้าย No Gift Policy".')


def test_order_is_by_area_then_position_and_renumbering_closes_gaps():
    a = Measure(FY, Area.OIT, "ประชุม", position=5, id=1)
    b = Measure(FY, Area.SERVICE, "ป้าย", position=3, id=2)
    c = Measure(FY, Area.SERVICE, "จุดบริการ", position=1, id=3)
    ordered = in_order([a, b, c])
    assert [m.id for m in ordered] == [3, 2, 1]
    assert [(m.id, m.position) for m in renumbered(ordered)] == [(3, 0), (2, 1), (1, 0)]
    assert [measure_label(m) for m in renumbered([b, c, a])] == ["1.1", "1.2", "3.1"]


def test_next_years_measures_keep_the_plan_and_drop_what_was_done():
    measure = Measure(FY, Area.SERVICE, "ป้าย", issue="ประเด็น", plan="แผน",
                      responsible=(Responsible("ผู้ปฏิบัติ", person_id=2),), result="ทำแล้ว",
                      meeting_id=7, photo_columns=1, position=0, id=9, version=3)
    (carried,) = carried_forward([measure], FY + 1)
    assert carried == Measure(FY + 1, Area.SERVICE, "ป้าย", issue="ประเด็น", plan="แผน",
                              responsible=(Responsible("ผู้ปฏิบัติ", person_id=2),),
                              photo_columns=1, position=0)


def _year() -> EvidenceYear:
    service = Measure(FY, Area.SERVICE, "จุดบริการ One Stop Service", position=0, id=1)
    sign = Measure(FY, Area.SERVICE, "ป้าย  No Gift Policy", position=1, id=2)
    meeting = Measure(FY, Area.OIT, "การประชุมติดตาม", meeting_id=40, position=0, id=3)
    photos = (_photo(1, measure_id=1, position=1), _photo(2, measure_id=1, position=0),
              _photo(3, measure_id=3, meeting_id=40, position=0),
              _photo(4, meeting_id=40, position=1), _photo(5, meeting_id=41))
    return EvidenceYear(FY, (service, sign, meeting), photos)


def test_a_measure_is_found_by_label_or_by_title_ignoring_spaces_and_case():
    year = _year()
    assert year.find("1.2").id == 2
    assert year.find(" ป้าย no gift policy ").id == 2
    assert year.find("3.1").id == 3
    assert year.find("1.9") is None and year.find("ป้ายอื่น") is None


def test_the_report_prints_a_measures_photos_then_its_meetings_not_twice():
    year = _year()
    assert [p.id for p in year.photos_of(year.measure(1))] == [2, 1]
    assert year.photos_of(year.measure(2)) == []
    assert [p.id for p in year.photos_of(year.measure(3))] == [3, 4]
    assert [p.id for p in year.meeting_photos(41)] == [5]


def test_a_photo_imported_again_is_found_by_its_file_or_its_picture():
    year = _year()
    assert year.duplicate_of(f"{1001:064x}").id == 1
    assert year.duplicate_of("f" * 64, f"{2:064x}").id == 2
    assert year.duplicate_of("f" * 64, "e" * 64) is None


def test_a_document_prints_the_smallest_picture_that_keeps_300_dpi():
    photo = _photo(1)
    assert photo.print_sha256(1) == photo.sha256
    assert photo.print_sha256(2) == photo.half_sha256
    assert photo.print_sha256(4) == photo.quarter_sha256
    assert replace(photo, half_sha256="", quarter_sha256="").print_sha256(4) == photo.sha256
