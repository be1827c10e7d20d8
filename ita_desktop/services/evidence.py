"""The photo evidence's use cases: the photos of the year's integrity measures and meetings
(import, caption, date, reorder, move, attach to a meeting, remove with undo, read the
pictures back), and, re-exported from ``services/measures.py``, the measures' own (add, edit,
reorder, move, remove with undo, start a year): the one module the window and the command
line call for the evidence.

Every write is one transaction, its rules checked inside it against what is stored at that
moment; a refusal (``EvidenceProblemsError``) lists every finding and leaves the data as it
was.

Importing photos is split so that the window's job runner can decode in a worker thread
without touching the database (a sqlite3 connection belongs to the thread that opened it):
``known_photos`` (database) hands plain data to ``prepare_import`` (no database: decoding,
hashing, duplicates within the batch), whose result ``store_import`` (database) writes in one
transaction. ``import_photos`` runs the three, for the command line and tests.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from ita_desktop.domain.evidence import EvidenceYear, Photo, measure_label
from ita_desktop.domain.progress import CancelCheck, Cancelled, never_cancelled
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.files import write_atomically
from ita_desktop.media.images import ImageFileError
from ita_desktop.media.photos import PreparedPhoto, prepare_photos
from ita_desktop.services.measures import (
    EvidenceProblemsError,
    check_meeting,
    delete_measure,
    evidence_year,
    last_year_with_measures,
    move_measure,
    reorder_measures,
    restore_measure,
    save_measure,
    start_measures,
)
from ita_desktop.store.blobs import BlobStore
from ita_desktop.store.database import Database
from ita_desktop.store.evidence import EvidenceRepository, now_stamp

__all__ = [
    "EvidenceProblemsError", "ImportOutcome", "PreparedImport", "Skipped", "delete_measure",
    "evidence_year", "import_photos", "known_photos", "last_year_with_measures",
    "move_measure", "move_photos", "photo_picture", "photo_thumbnail", "prepare_import",
    "remove_photos", "reorder_measures", "reorder_photos", "restore_measure",
    "restore_photos", "save_measure", "save_photo_copy", "set_caption", "set_photo_meeting",
    "set_taken", "start_measures", "store_import",
]

register({
    "evidence.other_year": QT_TRANSLATE_NOOP(
        "Errors", "\"%title\" is a measure of fiscal year %other, not of %year. Nothing was "
                  "changed."),
    "evidence.no_target": QT_TRANSLATE_NOOP(
        "Errors", "Choose the measure or the meeting the photos belong to."),
    "evidence.photos_not_together": QT_TRANSLATE_NOOP(
        "Errors", "Only the photos of one measure (or of one meeting) can be put in order "
                  "together. Nothing was changed."),
    "evidence.photo_nowhere": QT_TRANSLATE_NOOP(
        "Errors", "\"%name\" belongs to no measure: it must stay with a meeting. Move it to a "
                  "measure first, or remove it."),
    "evidence.duplicate": QT_TRANSLATE_NOOP(
        "Errors", "\"%name\" was not imported: the same photo is already in %where."),
    "evidence.in_measure": QT_TRANSLATE_NOOP("Errors", "measure %label \"%title\""),
    "evidence.in_meeting": QT_TRANSLATE_NOOP("Errors", "meeting %number"),
    "evidence.in_this_import": QT_TRANSLATE_NOOP(
        "Errors", "this import, as \"%name\""),
    "evidence.photo_not_written": QT_TRANSLATE_NOOP(
        "Errors", "Could not write %path: %detail"),
})


# --- photos: import --------------------------------------------------------------------------


@dataclass(frozen=True)
class Skipped:
    """A file not imported and why: an ``ImageFileError``, or ``evidence.duplicate``."""

    name: str
    reason: AppError


@dataclass(frozen=True)
class PreparedImport:
    """Decoded photos ready to store, and the files skipped on the way; plain data."""

    photos: tuple[PreparedPhoto, ...]
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True)
class ImportOutcome:
    added: tuple[Photo, ...]
    skipped: tuple[Skipped, ...]


def _places(db: Database, year: EvidenceYear) -> dict[int, AppError]:
    """Where each photo of ``year`` is, as a duplicate's reason names it."""
    numbers = EvidenceRepository(db).meeting_numbers(
        p.meeting_id for p in year.photos if p.meeting_id is not None)
    measures = {m.id: m for m in year.measures}
    places: dict[int, AppError] = {}
    for photo in year.photos:
        assert photo.id is not None
        measure = measures.get(photo.measure_id) if photo.measure_id is not None else None
        if measure is not None:
            places[photo.id] = AppError("evidence.in_measure", label=measure_label(measure),
                                        title=measure.title)
        elif photo.meeting_id is not None:
            places[photo.id] = AppError("evidence.in_meeting",
                                        number=numbers.get(photo.meeting_id, "?"))
    return places


def known_photos(db: Database, fiscal_year: int) -> dict[str, AppError]:
    """The source SHA-256 and the stored picture's SHA-256 of every photo of the year ->
    where it is (worded as an ``AppError``: ``str()`` is "measure 1.3 "title"" or "meeting
    2/2569"): plain data for the import's worker, which cannot read the database."""
    year = evidence_year(db, fiscal_year)
    places = _places(db, year)
    known: dict[str, AppError] = {}
    for photo in year.photos:
        if photo.id in places:
            known.setdefault(photo.source_sha256, places[photo.id])
            known.setdefault(photo.sha256, places[photo.id])
    return known


def _duplicate(name: str, where: AppError) -> Skipped:
    return Skipped(name, AppError("evidence.duplicate", name=name, where=where))


def prepare_import(paths: Sequence[Path], known: Mapping[str, AppError], *,
                   cancelled: CancelCheck = never_cancelled,
                   progress: Callable[[int, int, str], None] | None = None,
                   workers: int = 2) -> PreparedImport:
    """Decode ``paths`` (``media.photos.prepare_photos``, in parallel) and sort out what is
    not to be stored: files refused with their reason, photos already in ``known`` (the
    year's, from ``known_photos``) or twice in this batch. No database: it runs in a worker.
    Raises ``Cancelled`` as soon as ``cancelled()``."""
    results = prepare_photos(paths, workers=workers, cancelled=cancelled, progress=progress)
    photos: list[PreparedPhoto] = []
    skipped: list[Skipped] = []
    in_batch: dict[str, str] = {}
    for path, result in zip(paths, results, strict=True):
        if isinstance(result, ImageFileError):
            skipped.append(Skipped(Path(path).name, result))
            continue
        where = known.get(result.source_sha256) or known.get(result.sha256)
        if where is not None:
            skipped.append(_duplicate(result.name, where))
            continue
        first = in_batch.get(result.source_sha256) or in_batch.get(result.sha256)
        if first is not None:
            skipped.append(_duplicate(result.name, AppError("evidence.in_this_import",
                                                            name=first)))
            continue
        in_batch[result.source_sha256] = in_batch[result.sha256] = result.name
        photos.append(result)
    if cancelled():
        raise Cancelled()
    return PreparedImport(tuple(photos), tuple(skipped))


def _target_year(db: Database, fiscal_year: int, measure_id: int | None,
                 meeting_id: int | None) -> None:
    if measure_id is None and meeting_id is None:
        raise AppError("evidence.no_target")
    if measure_id is not None:
        measure = EvidenceRepository(db).measure(measure_id)
        if measure.fiscal_year != fiscal_year:
            raise EvidenceProblemsError([AppError("evidence.other_year", title=measure.title,
                                                  other=measure.fiscal_year,
                                                  year=fiscal_year)])
    check_meeting(db, meeting_id, fiscal_year)


def store_import(db: Database, fiscal_year: int, prepared: PreparedImport, *,
                 measure_id: int | None = None,
                 meeting_id: int | None = None) -> ImportOutcome:
    """Store the prepared photos on the measure (or the meeting), after its photos, in the
    order given, in one transaction: captions empty, dates taken from their EXIF. Checked
    for duplicates again against the database as it is now (another window may have
    imported the same photos meanwhile)."""
    repo = EvidenceRepository(db)
    blobs = BlobStore(db)
    with db.transaction():
        _target_year(db, fiscal_year, measure_id, meeting_id)
        known = known_photos(db, fiscal_year)
        position = repo.next_photo_position(measure_id=measure_id, meeting_id=meeting_id)
        skipped = list(prepared.skipped)
        rows: list[Photo] = []
        for p in prepared.photos:
            where = known.get(p.source_sha256) or known.get(p.sha256)
            if where is not None:
                skipped.append(_duplicate(p.name, where))
                continue
            digests = [blobs.put(data) for data in (p.jpeg, p.half, p.quarter, p.thumb)]
            rows.append(Photo(fiscal_year=fiscal_year, sha256=digests[0],
                              half_sha256=digests[1], quarter_sha256=digests[2],
                              thumb_sha256=digests[3], width=p.width, height=p.height,
                              source_sha256=p.source_sha256, name=p.name, taken=p.taken,
                              measure_id=measure_id, meeting_id=meeting_id,
                              position=position + len(rows)))
        added = repo.add_photos(rows) if rows else []
    return ImportOutcome(tuple(added), tuple(skipped))


def import_photos(db: Database, fiscal_year: int, paths: Sequence[Path], *,
                  measure_id: int | None = None, meeting_id: int | None = None,
                  cancelled: CancelCheck = never_cancelled,
                  progress: Callable[[int, int, str], None] | None = None) -> ImportOutcome:
    """``paths`` imported onto the measure (or the meeting): the three steps in one go."""
    _target_year(db, fiscal_year, measure_id, meeting_id)
    prepared = prepare_import(paths, known_photos(db, fiscal_year), cancelled=cancelled,
                              progress=progress)
    return store_import(db, fiscal_year, prepared, measure_id=measure_id,
                        meeting_id=meeting_id)


# --- photos: editing -------------------------------------------------------------------------


def set_caption(db: Database, photo_id: int, caption: str) -> Photo:
    repo = EvidenceRepository(db)
    with db.transaction():
        photo = repo.photos([photo_id])[0]
        return repo.update_photo(replace(photo, caption=caption.strip()))


def set_taken(db: Database, photo_id: int, taken: datetime | None) -> Photo:
    """The date taken, as the user corrected it (None: unknown)."""
    repo = EvidenceRepository(db)
    with db.transaction():
        photo = repo.photos([photo_id])[0]
        return repo.update_photo(replace(photo, taken=taken))


def _group(photo: Photo) -> tuple[str, int | None]:
    # Photos are ordered among those of their measure, or of their meeting without measure.
    return ("measure", photo.measure_id) if photo.measure_id is not None else \
        ("meeting", photo.meeting_id)


def reorder_photos(db: Database, photo_ids: Sequence[int]) -> None:
    """The photos of one measure (or of one meeting without measure) in the order
    ``photo_ids``; any of the group not named keep their order after them."""
    repo = EvidenceRepository(db)
    with db.transaction():
        photos = repo.photos(photo_ids)
        if not photos:
            return
        groups = {_group(p) for p in photos}
        if len(groups) != 1:
            raise EvidenceProblemsError([AppError("evidence.photos_not_together")])
        group = groups.pop()
        year = repo.year(photos[0].fiscal_year)
        rest = (year.own_photos(group[1]) if group[0] == "measure" else
                [p for p in year.meeting_photos(group[1]) if p.measure_id is None])
        named = {p.id for p in photos}
        ordered = photos + [p for p in rest if p.id not in named]
        for position, photo in enumerate(ordered):
            if photo.position != position:
                repo.update_photo(replace(photo, position=position))


def move_photos(db: Database, photo_ids: Sequence[int], measure_id: int) -> list[Photo]:
    """The photos to the end of another measure of their year, in the order given; a photo
    of a meeting stays the meeting's too."""
    repo = EvidenceRepository(db)
    with db.transaction():
        target = repo.measure(measure_id)
        photos = repo.photos(photo_ids)
        for photo in photos:
            if photo.fiscal_year != target.fiscal_year:
                raise EvidenceProblemsError([AppError(
                    "evidence.other_year", title=target.title, other=target.fiscal_year,
                    year=photo.fiscal_year)])
        position = repo.next_photo_position(measure_id=measure_id, meeting_id=None)
        return [repo.update_photo(replace(photo, measure_id=measure_id, position=position + i))
                for i, photo in enumerate(photos)]


def set_photo_meeting(db: Database, photo_ids: Sequence[int],
                      meeting_id: int | None) -> list[Photo]:
    """The photos shown with a meeting of their year (None: with none). A photo of no measure
    must keep a meeting."""
    repo = EvidenceRepository(db)
    with db.transaction():
        photos = repo.photos(photo_ids)
        moved = []
        for photo in photos:
            if meeting_id is None and photo.measure_id is None:
                raise EvidenceProblemsError([AppError("evidence.photo_nowhere",
                                                      name=photo.name)])
            check_meeting(db, meeting_id, photo.fiscal_year)
            position = photo.position
            if photo.measure_id is None and meeting_id != photo.meeting_id:
                position = repo.next_photo_position(measure_id=None, meeting_id=meeting_id)
            moved.append(repo.update_photo(replace(photo, meeting_id=meeting_id,
                                                   position=position)))
        return moved


def remove_photos(db: Database, photo_ids: Sequence[int]) -> list[Photo]:
    """Remove the photos softly (``restore_photos`` puts them back); returns them."""
    repo = EvidenceRepository(db)
    with db.transaction():
        photos = repo.photos(photo_ids)
        repo.remove_photos(_ids(photos), now_stamp())
        return photos


def restore_photos(db: Database, photo_ids: Sequence[int]) -> list[Photo]:
    """Undo of ``remove_photos``: the photos back at their places."""
    repo = EvidenceRepository(db)
    with db.transaction():
        photos = repo.photos(photo_ids, removed=True)
        repo.restore_photos(_ids(photos))
        return repo.photos(_ids(photos))


def _ids(photos: Iterable[Photo]) -> list[int]:
    return [p.id for p in photos if p.id is not None]


# --- photos: reading the pictures -------------------------------------------------------------


def photo_picture(db: Database, photo_id: int) -> bytes:
    """The stored picture (JPEG, upright) of the photo."""
    return BlobStore(db).get(EvidenceRepository(db).photo_blob(photo_id))


def photo_thumbnail(db: Database, photo_id: int) -> bytes:
    """The photo's thumbnail (JPEG)."""
    return BlobStore(db).get(EvidenceRepository(db).photo_blob(photo_id, thumb=True))


def save_photo_copy(db: Database, photo_id: int, path: Path) -> None:
    """Write the stored picture to ``path`` whole or not at all."""
    content = photo_picture(db, photo_id)
    try:
        write_atomically(Path(path), content)
    except OSError as exc:
        raise AppError("evidence.photo_not_written", path=os.fspath(path),
                       detail=exc.strerror or str(exc)) from exc
