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
