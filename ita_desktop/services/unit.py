"""The unit profile's use cases: save the profile, import or remove the emblem."""

from __future__ import annotations

from pathlib import Path

from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.store.database import Database
from ita_desktop.store.unit import UnitRepository


def save_profile(db: Database, profile: UnitProfile) -> UnitProfile:
    """Check and save the profile in one transaction; ``ProblemsError`` lists what is wrong,
    ``WriteError`` says the file could not be written. Nothing is saved in either case."""
    return UnitRepository(db).save(profile)


def decode_emblem(path: Path) -> bytes:
    """The emblem image as the database keeps it (PNG, upright, at most 600 px);
    ``ImageFileError`` says why a file cannot be used. No database: a background job can run
    it."""
    from ita_desktop.media.images import load_image_as_png

    return load_image_as_png(Path(path))


def import_emblem(db: Database, path: Path) -> bytes:
    """Decode ``path`` and store it as the unit's emblem. The file is decoded before anything
    is written, so a damaged image leaves the old emblem in place."""
    png = decode_emblem(path)
    set_emblem(db, png)
    return png


def set_emblem(db: Database, png: bytes | None) -> None:
    """Store an already decoded emblem (None removes it); refused before the profile exists."""
    UnitRepository(db).set_emblem(png)
