"""The unit profile and its emblem without a window."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.domain.units import UnitKind
from ita_desktop.errors import AppError
from ita_desktop.media.images import ImageFileError
from ita_desktop.services import unit
from ita_desktop.store.errors import ProblemsError, WriteError
from ita_desktop.store.unit import UnitRepository


def test_profile_is_checked_and_saved(db):
    with pytest.raises(ProblemsError):
        unit.save_profile(db, UnitProfile(kind=UnitKind.PROVINCIAL_POLICE_STATION))
    saved = unit.save_profile(db, UnitProfile(kind=UnitKind.PROVINCIAL_POLICE_STATION,
                                              full_name="สถานีตำรวจทดสอบ"))
    assert saved.full_name == "สถานีตำรวจทดสอบ" == UnitRepository(db).get().full_name


@pytest.mark.parametrize("how", ["locked", "read_only"])
def test_profile_save_on_a_blocked_database_changes_nothing(demo_db, write_blocked, content,
                                                           how):
    profile = replace(UnitRepository(demo_db).get(), phone="02-000-0000")
    before = content(demo_db.path)
    with write_blocked(demo_db, how), pytest.raises(WriteError) as info:
        unit.save_profile(demo_db, profile)
    assert info.value.code == f"store.{how}"
    assert content(demo_db.path) == before


def test_emblem_needs_the_profile_first(db, tmp_path):
    from PIL import Image

    photo = tmp_path / "garuda.jpg"
    Image.new("RGB", (2400, 1800), (200, 30, 30)).save(photo)
    with pytest.raises(AppError) as info:
        unit.import_emblem(db, photo)
    assert info.value.code == "store.emblem_before_profile"
    unit.save_profile(db, UnitProfile(kind=UnitKind.PROVINCIAL_POLICE_STATION,
                                      full_name="สภ.ทดสอบ"))
    png = unit.import_emblem(db, photo)
    assert UnitRepository(db).emblem() == png
    from io import BytesIO

    assert Image.open(BytesIO(png)).size == (600, 450)


@pytest.mark.parametrize("how", ["locked", "read_only"])
def test_emblem_on_a_blocked_database_changes_nothing(demo_db, tmp_path, write_blocked,
                                                     content, how):
    from PIL import Image

    photo = tmp_path / "garuda.png"
    Image.new("RGB", (300, 300), (10, 200, 30)).save(photo)
    before = content(demo_db.path)
    with write_blocked(demo_db, how), pytest.raises(WriteError):
        unit.import_emblem(demo_db, photo)
    assert content(demo_db.path) == before


def test_damaged_emblem_keeps_the_old_one(demo_db, tmp_path):
    old = UnitRepository(demo_db).emblem()
    bad = tmp_path / "emblem.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n broken")
    with pytest.raises(ImageFileError):
        unit.import_emblem(demo_db, bad)
    assert UnitRepository(demo_db).emblem() == old


def _back_date(db, day: str) -> None:
    with db.transaction():
        db.execute("UPDATE unit SET data_changed_on = ?", (day,))
        db.execute("UPDATE people SET data_changed_on = ?", (day,))


def test_the_fact_sheet_is_as_of_the_last_change_and_not_of_the_day_it_is_made(demo_db):
    from datetime import date

    from ita_desktop.domain.digits import DigitStyle
    from ita_desktop.domain.section_heads import resolve_section_heads
    from ita_desktop.services import reports
    from ita_desktop.store.people import PeopleRepository

    _back_date(demo_db, "2024-05-01")
    first = reports.prepare(demo_db, "fact-sheet", 2568, DigitStyle.THAI)
    assert first.data["as_of"] == "2024-05-01"
    # Saving the profile as it is changes nothing printed: same data, same fingerprint.
    unit.save_profile(demo_db, UnitRepository(demo_db).get())
    assert reports.prepare(demo_db, "fact-sheet", 2568, DigitStyle.THAI).fingerprint == \
        first.fingerprint

    profile = UnitRepository(demo_db).get()
    suggested = {h.section.key: h for h in resolve_section_heads(
        profile.kind, PeopleRepository(demo_db).all(), profile.heads, profile.commander_id)}
    administration = suggested["administration"]
    assert administration.head.first_name == "กิตติพงษ์", "the deputy, not the commander"
    inspector = next(p for p in administration.members if p.first_name == "อรุณี")
    unit.save_profile(demo_db, replace(profile, section_heads=(("administration",
                                                                inspector.id),)))
    after = reports.prepare(demo_db, "fact-sheet", 2568, DigitStyle.THAI)
    assert after.data["as_of"] == date.today().isoformat()
    assert after.fingerprint != first.fingerprint
    section = after.data["sections"][0]
    assert section["confirmed"] and "อรุณี" in section["head"]["name"]
    assert [s["confirmed"] for s in after.data["sections"][1:]] == [False] * 4


def test_profile_texts_are_stored_in_their_normal_form(db):
    """The unit's names head every signed document: a zero-width space or ํ + า typed for ำ
    is stored as it draws."""
    saved = unit.save_profile(db, UnitProfile(
        kind=UnitKind.PROVINCIAL_POLICE_STATION, full_name="สถานีตำรวจภูธรล\u0e4d\u0e32ปาง\u200b",
        parent_bureau=" ตำรวจภูธรภาค ๕ ", address=" 99  ถนนพหลโยธิน\u200b \n\nลำปาง \n"))
    assert saved.full_name == "สถานีตำรวจภูธรลำปาง"
    assert saved.parent_bureau == "ตำรวจภูธรภาค ๕"
    assert saved.address == "99 ถนนพหลโยธิน\n\nลำปาง"


@pytest.mark.parametrize(("field", "text", "code"), [
    ("full_name", "สถานีตำรวจ🚓", "unprintable"),
    ("short_name", "\u0e34สภ.", "stray_mark"),
    ("address", "99 ถนน\nลำปาง ☎", "unprintable"),
    ("full_name", "\u200b", "only_invisible"),
])
def test_profile_texts_that_cannot_be_printed_are_refused(db, field, text, code):
    profile = replace(UnitProfile(kind=UnitKind.PROVINCIAL_POLICE_STATION,
                                  full_name="สถานีตำรวจทดสอบ"), **{field: text})
    with pytest.raises(ProblemsError) as info:
        unit.save_profile(db, profile)
    assert code in [p.code for p in info.value.problems]
    assert UnitRepository(db).get() is None


@pytest.mark.parametrize("field", ["full_name", "parent_bureau", "address", "website"])
def test_a_profile_text_past_300_characters_is_refused(db, field):
    """Text pasted into a field by mistake would head every document and run off the page."""
    base = UnitProfile(kind=UnitKind.PROVINCIAL_POLICE_STATION, full_name="สถานีตำรวจทดสอบ")
    fits = "ก" * 300 if field != "website" else "www." + "a" * 292 + ".com"
    unit.save_profile(db, replace(base, **{field: fits}))
    too_long = replace(UnitRepository(db).get(), **{field: fits + "ก"})
    with pytest.raises(ProblemsError) as info:
        unit.save_profile(db, too_long)
    assert [(p.code, p.column) for p in info.value.problems
            if p.code == "too_long"] == [("too_long", field)]
    assert getattr(UnitRepository(db).get(), field) == fits
