"""Tests for unit kinds, their ITA frameworks and sections."""

import pytest

from ita_desktop.domain.positions import abbreviate_position, expand_position
from ita_desktop.domain.units import (
    UNIT_KINDS,
    Section,
    UnitKind,
    UnitKindInfo,
    detect_unit_kind,
    find_section,
    section_by_key,
    unit_kind_info,
    unit_name,
)

IMMIGRATION_KINDS = [UnitKind.PROVINCIAL_IMMIGRATION, UnitKind.IMMIGRATION_CHECKPOINT]
POLICE_KINDS = [UnitKind.PROVINCIAL_POLICE_STATION, UnitKind.METROPOLITAN_POLICE_STATION]


def test_unit_kind_values_are_stable() -> None:
    assert [kind.value for kind in UnitKind] == [
        "provincial_immigration",
        "immigration_checkpoint",
        "provincial_police_station",
        "metropolitan_police_station",
    ]
    assert UnitKind("immigration_checkpoint") is UnitKind.IMMIGRATION_CHECKPOINT
    assert UnitKind.PROVINCIAL_POLICE_STATION == "provincial_police_station"


def test_every_kind_is_described() -> None:
    assert set(UNIT_KINDS) == set(UnitKind)
    for kind, info in UNIT_KINDS.items():
        assert isinstance(info, UnitKindInfo)
        assert info.kind is kind
        assert unit_kind_info(kind) is info
        assert unit_kind_info(kind.value) is info


@pytest.mark.parametrize(
    ("kind", "thai", "abbr", "framework"),
    [
        (UnitKind.PROVINCIAL_IMMIGRATION, "ตรวจคนเข้าเมืองจังหวัด", "ตม.จว.", "immigration"),
        (UnitKind.IMMIGRATION_CHECKPOINT, "ด่านตรวจคนเข้าเมือง", "ด่าน ตม.", "immigration"),
        (UnitKind.PROVINCIAL_POLICE_STATION, "สถานีตำรวจภูธร", "สภ.", "police"),
        (UnitKind.METROPOLITAN_POLICE_STATION, "สถานีตำรวจนครบาล", "สน.", "police"),
    ],
)
def test_names_and_frameworks(kind: UnitKind, thai: str, abbr: str, framework: str) -> None:
    info = unit_kind_info(kind)
    assert (info.thai, info.thai_abbr, info.framework) == (thai, abbr, framework)
    assert info.english
    # The unit words must agree with the position table used for signature blocks.
    assert abbreviate_position(info.thai) == info.thai_abbr
    assert expand_position(info.thai_abbr) == info.thai


def test_commander_is_a_superintendent() -> None:
    for info in UNIT_KINDS.values():
        assert info.commander_position == "ผู้กำกับการ"
        assert abbreviate_position(info.commander_position) == "ผกก."


def test_unknown_kind_is_rejected() -> None:
    with pytest.raises(ValueError, match="navy_base"):
        unit_kind_info("navy_base")


@pytest.mark.parametrize("kind", IMMIGRATION_KINDS)
def test_immigration_sections(kind: UnitKind) -> None:
    sections = unit_kind_info(kind).sections
    assert [section.thai for section in sections] == [
        "งานอำนวยการ",
        "งานสืบสวนปราบปราม",
        "งานบริการคนต่างด้าว",
        "งานตรวจบุคคลและพาหนะ",
        "งานควบคุมคนต้องห้ามและส่งกลับ",
    ]


@pytest.mark.parametrize("kind", POLICE_KINDS)
def test_police_station_sections(kind: UnitKind) -> None:
    sections = unit_kind_info(kind).sections
    assert [section.thai for section in sections] == [
        "งานอำนวยการ",
        "งานป้องกันปราบปราม",
        "งานจราจร",
        "งานสืบสวน",
        "งานสอบสวน",
    ]
    assert [section.key for section in sections] == [
        "administration",
        "crime_prevention",
        "traffic",
        "investigation",
        "inquiry",
    ]


@pytest.mark.parametrize("kind", list(UnitKind))
def test_section_keys_are_unique_ascii(kind: UnitKind) -> None:
    sections = unit_kind_info(kind).sections
    keys = [section.key for section in sections]
    assert len(set(keys)) == len(keys)
    assert all(key.isascii() and key.isidentifier() for key in keys)
    assert all(section.english for section in sections)
    for section in sections:
        assert section_by_key(kind, section.key) is section
        assert find_section(kind, section.key) is section
        assert find_section(kind, section.thai) is section


def test_section_by_key_rejects_unknown_key() -> None:
    with pytest.raises(KeyError, match="traffic"):
        section_by_key(UnitKind.PROVINCIAL_IMMIGRATION, "traffic")
    assert section_by_key(UnitKind.PROVINCIAL_POLICE_STATION, "traffic").thai == "งานจราจร"


@pytest.mark.parametrize(
    ("kind", "text", "key"),
    [
        (UnitKind.PROVINCIAL_IMMIGRATION, "งานสืบสวน ปราบปราม", "investigation_suppression"),
        (UnitKind.PROVINCIAL_IMMIGRATION, " งาน บริการคนต่างด้าว ", "foreigner_services"),
        (UnitKind.PROVINCIAL_IMMIGRATION, "งานตรวจบุคคลและยานพาหนะ", "person_vehicle_inspection"),
        (UnitKind.PROVINCIAL_IMMIGRATION, "งานอำนวยความสะดวก/ธุรการ", "administration"),
        (UnitKind.IMMIGRATION_CHECKPOINT, "งานอำนวยความสะดวก", "administration"),
        (UnitKind.IMMIGRATION_CHECKPOINT, "บริการคนต่างด้าว", "foreigner_services"),
        (UnitKind.PROVINCIAL_POLICE_STATION, "งานป้องกัน ปราบปราม", "crime_prevention"),
        (UnitKind.PROVINCIAL_POLICE_STATION, "งานอำนวยความสะดวก", "administration"),
        (UnitKind.METROPOLITAN_POLICE_STATION, "สอบสวน", "inquiry"),
        (UnitKind.METROPOLITAN_POLICE_STATION, "TRAFFIC", "traffic"),
        ("provincial_police_station", "งานสืบสวน", "investigation"),
    ],
)
def test_find_section_is_tolerant(kind: UnitKind | str, text: str, key: str) -> None:
    section = find_section(kind, text)
    assert isinstance(section, Section)
    assert section.key == key


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (UnitKind.PROVINCIAL_IMMIGRATION, "งานจราจร"),
        (UnitKind.PROVINCIAL_POLICE_STATION, "งานบริการคนต่างด้าว"),
        (UnitKind.PROVINCIAL_POLICE_STATION, ""),
        (UnitKind.PROVINCIAL_POLICE_STATION, "   "),
        (UnitKind.PROVINCIAL_POLICE_STATION, "งาน"),
    ],
)
def test_find_section_returns_none_for_other_kinds_sections(kind: UnitKind, text: str) -> None:
    assert find_section(kind, text) is None


def test_investigation_and_inquiry_are_distinct_at_stations() -> None:
    kind = UnitKind.PROVINCIAL_POLICE_STATION
    assert find_section(kind, "งานสืบสวน") != find_section(kind, "งานสอบสวน")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("ตม.จว.ตัวอย่าง", UnitKind.PROVINCIAL_IMMIGRATION),
        ("ตรวจคนเข้าเมืองจังหวัดตัวอย่าง", UnitKind.PROVINCIAL_IMMIGRATION),
        ("ด่าน ตม.ตัวอย่าง", UnitKind.IMMIGRATION_CHECKPOINT),
        ("ด่านตรวจคนเข้าเมืองตัวอย่าง", UnitKind.IMMIGRATION_CHECKPOINT),
        ("สภ.ตัวอย่าง", UnitKind.PROVINCIAL_POLICE_STATION),
        ("สถานีตำรวจภูธรเมืองตัวอย่าง", UnitKind.PROVINCIAL_POLICE_STATION),
        ("สน.ตัวอย่าง", UnitKind.METROPOLITAN_POLICE_STATION),
        ("สถานีตำรวจนครบาลตัวอย่าง", UnitKind.METROPOLITAN_POLICE_STATION),
    ],
)
def test_detect_unit_kind(name: str, kind: UnitKind) -> None:
    assert detect_unit_kind(name) is kind


def test_detect_unit_kind_returns_none_for_other_units() -> None:
    assert detect_unit_kind("กองบังคับการตรวจคนเข้าเมือง ๔") is None
    assert detect_unit_kind("") is None


@pytest.mark.parametrize(
    ("kind", "place", "full", "abbr"),
    [
        (
            UnitKind.PROVINCIAL_IMMIGRATION,
            "ตัวอย่าง",
            "ตรวจคนเข้าเมืองจังหวัดตัวอย่าง",
            "ตม.จว.ตัวอย่าง",
        ),
        (UnitKind.IMMIGRATION_CHECKPOINT, "ตัวอย่าง", "ด่านตรวจคนเข้าเมืองตัวอย่าง", "ด่าน ตม.ตัวอย่าง"),
        (
            UnitKind.PROVINCIAL_POLICE_STATION,
            " เมืองตัวอย่าง ",
            "สถานีตำรวจภูธรเมืองตัวอย่าง",
            "สภ.เมืองตัวอย่าง",
        ),
        (UnitKind.METROPOLITAN_POLICE_STATION, "ตัวอย่าง", "สถานีตำรวจนครบาลตัวอย่าง", "สน.ตัวอย่าง"),
    ],
)
def test_unit_name(kind: UnitKind, place: str, full: str, abbr: str) -> None:
    assert unit_name(kind, place) == full
    assert unit_name(kind, place, abbreviated=True) == abbr
    assert abbreviate_position(full) == abbr
    assert detect_unit_kind(full) is kind
    assert detect_unit_kind(abbr) is kind
