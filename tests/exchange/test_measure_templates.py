"""The standard measures shipped in resources/measures: both kinds load, as the seeds name
them, with the unit's name filled in; a damaged file is refused with a reason."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ita_desktop.domain.evidence import AREAS, Area, measure_label, measure_problems
from ita_desktop.domain.units import UnitKind
from ita_desktop.errors import AppError
from ita_desktop.exchange import measure_templates
from ita_desktop.exchange.measure_templates import measures_file, standard_measures

KINDS = [kind.value for kind in UnitKind]

# A word of each of the NACC's six One Stop Service items, as both kinds of unit word them.
ONE_STOP_ITEMS = ("จุด", "ป้ายประชาสัมพันธ์จุดบริการ", "พันธ", "No Gift Policy",
                  "Download คู่มือการให้บริการ", "สิ่งอำนวยความสะดวก")


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_of_unit_has_measures_in_every_area(kind):
    measures = standard_measures(kind, 2569, "หน่วยทดสอบ")
    for area in AREAS:
        in_area = [m for m in measures if m.area is area]
        assert in_area, area
        assert [m.position for m in in_area] == list(range(len(in_area)))
        assert len({m.title for m in in_area}) == len(in_area), "titles unique per area"
    assert all(m.fiscal_year == 2569 and m.id is None for m in measures)
    assert all(not measure_problems(m) for m in measures)
    assert all(m.issue and m.plan for m in measures)
    # Area by area, as the documents print them.
    assert [m.area for m in measures] == sorted((m.area for m in measures), key=AREAS.index)


@pytest.mark.parametrize("kind", ["immigration", "police"])
def test_the_six_one_stop_service_items_in_the_seeds_order(kind):
    service = [m for m in standard_measures(kind, 2569) if m.area is Area.SERVICE]
    assert len(service) == 6
    for measure, word in zip(service, ONE_STOP_ITEMS, strict=True):
        assert word in measure.title, (measure_label(measure), measure.title)
    # A sign prints one photo to a row, the facilities four.
    assert service[3].photo_columns == 1
    assert service[5].photo_columns == 4


def test_police_stations_and_immigration_units_word_themselves_differently():
    police = standard_measures(UnitKind.PROVINCIAL_POLICE_STATION.value, 2569)
    immigration = standard_measures(UnitKind.IMMIGRATION_CHECKPOINT.value, 2569)
    assert police[0].title == "จุดประชาสัมพันธ์/สอบถามความคืบหน้าการดำเนินคดี"
    assert immigration[0].title == "จุดบริการและอำนวยความสะดวกแก่ประชาชน/ชาวต่างชาติ"
    police_text = " ".join(m.plan + m.issue for m in police)
    immigration_text = " ".join(m.plan + m.issue for m in immigration)
    assert "สถานีตำรวจ" in police_text and "ตรวจคนเข้าเมือง" not in police_text
    assert "O1–O25" in police_text and "O1–O24" in immigration_text


def test_the_unit_short_name_fills_the_placeholder():
    named = standard_measures("provincial_immigration", 2569, " ตม.จว.ศรีวารินทร์ ")
    texts = [m.title + m.issue + m.plan for m in named]
    assert not any("{unit}" in text for text in texts)
    assert sum("ตม.จว.ศรีวารินทร์" in text for text in texts) >= 5
    unnamed = standard_measures("provincial_immigration", 2569)
    assert not any("{unit}" in m.plan for m in unnamed)
    assert any("เว็บไซต์ของตรวจคนเข้าเมือง" in m.plan for m in unnamed)


def test_an_unknown_kind_is_refused_naming_the_known_ones():
    with pytest.raises(AppError) as caught:
        standard_measures("fire_brigade", 2569)
    assert caught.value.code == "measure_templates.unknown_kind"
    assert "provincial_police_station" in str(caught.value)


@pytest.fixture
def copied_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The measures files copied to a folder the test may damage."""
    folder = tmp_path / "measures"
    shutil.copytree(measures_file("immigration").parent, folder)
    monkeypatch.setattr(measure_templates, "resource_path",
                        lambda *parts: tmp_path.joinpath(*parts))
    return folder / "immigration.json"


def _damage(path: Path, change) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize(("change", "reason"), [
    (lambda d: d["areas"].pop("oit"), "area 'oit' has no measures"),
    (lambda d: d["areas"]["service"][1].update(title=" "), "needs a title"),
    (lambda d: d["areas"]["service"][1].update(photo_columns=3), "not 3"),
    (lambda d: d["areas"]["service"].append(dict(d["areas"]["service"][0])), "twice"),
    (lambda d: d.update(format_version=9), "format_version 9"),
    (lambda d: d.update(framework="police"), "not 'immigration'"),
    (lambda d: d["areas"].update(extra=[]), "unknown area 'extra'"),
])
def test_a_damaged_file_is_refused_with_its_reason(copied_resources, change, reason):
    _damage(copied_resources, change)
    with pytest.raises(AppError) as caught:
        standard_measures("immigration", 2569)
    assert caught.value.code == "measure_templates.damaged"
    assert reason in str(caught.value)
    assert str(copied_resources) in str(caught.value)


def test_a_file_that_is_not_json_or_missing_is_refused(copied_resources):
    copied_resources.write_bytes(b'{"format": "ita-desktop-measures",')
    with pytest.raises(AppError, match="line 1") as caught:
        standard_measures("immigration", 2569)
    assert caught.value.code == "measure_templates.damaged"
    copied_resources.unlink()
    with pytest.raises(AppError) as caught:
        standard_measures("immigration", 2569)
    assert caught.value.code == "measure_templates.unreadable"
