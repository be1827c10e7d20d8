"""The integrity measures and their photos: SQL in, the domain's ``Measure``, ``Photo`` and
``EvidenceYear`` out.

A year is read in three queries whatever its size (``year``): measures, their people
responsible, photos. Pictures stay in ``blobs`` and are never selected here: only their
SHA-256, so a year of a thousand photos reads as fast as one of none. Removal is soft
(``removed_at``) so that Undo puts back exactly what was there; a measure removed takes its
own photos with it under the same stamp, and only those come back with it. The rules are the
domain's and the services', run inside the same write transaction; this module refuses only
what would corrupt the rows: a measure saved over someone else's change, a row that is not
there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime

from ita_desktop.domain.evidence import Area, EvidenceYear, Measure, Photo, Responsible, in_order
from ita_desktop.domain.thai_dates import ce_to_be
from ita_desktop.errors import QT_TRANSLATE_NOOP, register
from ita_desktop.store.database import Database
from ita_desktop.store.errors import StoreError

register({
    "store.measure_changed_meanwhile": QT_TRANSLATE_NOOP(
        "Errors", "The measure \"%title\" was changed in another window or on another "
        "computer after you opened it, so your change was not saved (it would have undone "
        "theirs). Open it again."),
    "store.no_measure": QT_TRANSLATE_NOOP(
        "Errors", "There is no measure number %id (someone else may have removed it). "
        "Nothing was changed."),
    "store.no_photo": QT_TRANSLATE_NOOP(
        "Errors", "There is no photo number %id (someone else may have removed it). Nothing "
        "was changed."),
})

_PHOTO_COLUMNS = ("id, fiscal_year, measure_id, meeting_id, position, sha256, half_sha256, "
                  "quarter_sha256, thumb_sha256, width, height, source_sha256, name, caption, "
                  "taken, added_at, version")


class MeasureChangedMeanwhileError(StoreError):
    """The measure was saved by someone else since it was read; nothing was written."""

    def __init__(self, measure_id: int, title: str) -> None:
        self.measure_id = measure_id
        super().__init__("store.measure_changed_meanwhile", title=title)


def now_stamp() -> str:
    # Microseconds: a removal's stamp names the photos removed with a measure, and two
    # removals within a second must not share one.
    return datetime.now().isoformat(timespec="microseconds")


def _when(text: str | None) -> datetime | None:
    # A date and time edited by hand into something else reads as unknown, as a photo without
    # EXIF does: the year still opens, and ``ita-desktop check`` names the value
    # (store/soundness.py, TIMESTAMP_COLUMNS).
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _measure(row: sqlite3.Row, responsible: tuple[Responsible, ...]) -> Measure:
    return Measure(fiscal_year=row["fiscal_year"], area=Area(row["area"]), title=row["title"],
                   issue=row["issue"], plan=row["plan"], responsible=responsible,
                   result=row["result"], meeting_id=row["meeting_id"],
                   photo_columns=row["photo_columns"], position=row["position"], id=row["id"],
                   version=row["version"])


def _photo(row: sqlite3.Row) -> Photo:
    # Unpacked by position, in the order of _PHOTO_COLUMNS: a year reads a thousand photos
    # at each switch, and a Row looked up by name compares every column's name each time
    # (a third of the year's reading).
    (photo_id, fiscal_year, measure_id, meeting_id, position, sha256, half, quarter, thumb,
     width, height, source, name, caption, taken, added_at, version) = row
    return Photo(fiscal_year=fiscal_year, sha256=sha256, thumb_sha256=thumb, width=width,
                 height=height, source_sha256=source, name=name, caption=caption,
                 taken=_when(taken),
                 measure_id=measure_id, meeting_id=meeting_id, position=position,
                 added_at=_when(added_at),
                 id=photo_id, version=version, half_sha256=half, quarter_sha256=quarter)


def _marks(count: int) -> str:
    return ", ".join("?" * count)


class EvidenceRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # Reading -----------------------------------------------------------------------------

    def year(self, fiscal_year: int) -> EvidenceYear:
        """The year's measures in order and its photos (metadata only), in three queries."""
        params = (fiscal_year,)
        people: dict[int, list[Responsible]] = {}
        for row in self.db.query(
                "SELECT r.measure_id, r.duty, r.person_id, r.text FROM measure_responsible r "
                "JOIN measures m ON m.id = r.measure_id "
                "WHERE m.fiscal_year = ? AND m.removed_at IS NULL "
                "ORDER BY r.measure_id, r.position", params):
            people.setdefault(row["measure_id"], []).append(
                Responsible(duty=row["duty"], person_id=row["person_id"], text=row["text"]))
        measures = [_measure(row, tuple(people.get(row["id"], ())))
                    for row in self.db.query(
                        "SELECT * FROM measures WHERE fiscal_year = ? AND removed_at IS NULL",
                        params)]
        photos = [_photo(row) for row in self.db.query(
            f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE fiscal_year = ? "
            "AND removed_at IS NULL AND (measure_id IS NULL OR measure_id IN "
            "(SELECT id FROM measures WHERE removed_at IS NULL)) ORDER BY position, id",
            params)]
        return EvidenceYear(fiscal_year=fiscal_year, measures=tuple(in_order(measures)),
                            photos=tuple(photos))

    def measure(self, measure_id: int, *, removed: bool = False) -> Measure:
        """The measure ``measure_id`` (a removed one only with ``removed``)."""
        row = self.db.execute(
            "SELECT * FROM measures WHERE id = ? AND (removed_at IS NULL OR ?)",
            (measure_id, removed)).fetchone()
        if row is None:
            raise StoreError("store.no_measure", id=measure_id)
        responsible = tuple(Responsible(duty=r["duty"], person_id=r["person_id"], text=r["text"])
                            for r in self.db.query(
                                "SELECT duty, person_id, text FROM measure_responsible "
                                "WHERE measure_id = ? ORDER BY position", (measure_id,)))
        return _measure(row, responsible)

    def removed_stamp(self, measure_id: int) -> str | None:
        row = self.db.execute("SELECT removed_at FROM measures WHERE id = ?",
                              (measure_id,)).fetchone()
        if row is None:
            raise StoreError("store.no_measure", id=measure_id)
        return row["removed_at"]

    def area_ids(self, fiscal_year: int, area: Area) -> list[int]:
        """The ids of the area's measures, in their order."""
        return [row["id"] for row in self.db.query(
            "SELECT id FROM measures WHERE fiscal_year = ? AND area = ? AND removed_at IS NULL "
            "ORDER BY position, id", (fiscal_year, area.value))]

    def years_with_measures(self) -> list[int]:
        return [row[0] for row in self.db.query(
            "SELECT DISTINCT fiscal_year FROM measures WHERE removed_at IS NULL "
            "ORDER BY fiscal_year")]

    def photos(self, photo_ids: Iterable[int], *, removed: bool = False) -> list[Photo]:
        """The photos ``photo_ids``, in that order; ``store.no_photo`` for one not there
        (or removed, unless ``removed``)."""
        ids = list(dict.fromkeys(photo_ids))
        if not ids:
            return []
        found = {row["id"]: _photo(row) for row in self.db.query(
            f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE id IN ({_marks(len(ids))}) "
            "AND (removed_at IS NULL OR ?)", (*ids, removed))}
        for photo_id in ids:
            if photo_id not in found:
                raise StoreError("store.no_photo", id=photo_id)
        return [found[i] for i in ids]

    def next_photo_position(self, *, measure_id: int | None, meeting_id: int | None) -> int:
        """After every photo of the measure (or of the meeting, without measure), removed
        ones included: a photo put back finds its place free."""
        if measure_id is not None:
            row = self.db.execute("SELECT max(position) FROM photos WHERE measure_id = ?",
                                  (measure_id,)).fetchone()
        else:
            row = self.db.execute("SELECT max(position) FROM photos WHERE meeting_id = ? "
                                  "AND measure_id IS NULL", (meeting_id,)).fetchone()
        return 0 if row[0] is None else int(row[0]) + 1

    def meeting_numbers(self, meeting_ids: Iterable[int]) -> dict[int, str]:
        """"N/YYYY" (B.E. calendar year of the date) of each meeting, as documents name it."""
        ids = list(set(meeting_ids))
        if not ids:
            return {}
        return {row["id"]: f"{row['number']}/{ce_to_be(int(row['dated'][:4]))}"
                for row in self.db.query(
                    f"SELECT id, number, dated FROM meetings WHERE id IN ({_marks(len(ids))})",
                    tuple(ids))}

    def meeting_year(self, meeting_id: int) -> int:
        row = self.db.execute("SELECT fiscal_year FROM meetings WHERE id = ?",
                              (meeting_id,)).fetchone()
        if row is None:
            raise StoreError("store.no_meeting", id=meeting_id)
        return int(row[0])

    # Measures ----------------------------------------------------------------------------

    def add_measure(self, measure: Measure) -> Measure:
        """Insert ``measure`` at its ``position`` as given (the services choose it)."""
        with self.db.transaction():
            cursor = self.db.execute(
                "INSERT INTO measures (fiscal_year, area, position, title, issue, plan, "
                "result, meeting_id, photo_columns, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?)",
                (measure.fiscal_year, measure.area.value, measure.position,
                 measure.title.strip(), measure.issue, measure.plan, measure.result,
                 measure.meeting_id, measure.photo_columns, now_stamp()))
            measure_id = int(cursor.lastrowid or 0)
            self._write_responsible(measure_id, measure.responsible)
            return self.measure(measure_id)

    def update_measure(self, measure: Measure) -> Measure:
        """Store ``measure``'s content over the revision it was read as (``version``); its
        place (area, position) is the one given."""
        assert measure.id is not None
        with self.db.transaction():
            self.check_unchanged(measure)
            self.db.execute(
                "UPDATE measures SET area = ?, position = ?, title = ?, issue = ?, plan = ?, "
                "result = ?, meeting_id = ?, photo_columns = ?, updated_at = ?, "
                "version = version + 1 WHERE id = ?",
                (measure.area.value, measure.position, measure.title.strip(), measure.issue,
                 measure.plan, measure.result, measure.meeting_id, measure.photo_columns,
                 now_stamp(), measure.id))
            self.db.execute("DELETE FROM measure_responsible WHERE measure_id = ?",
                            (measure.id,))
            self._write_responsible(measure.id, measure.responsible)
            return self.measure(measure.id)

    def check_unchanged(self, measure: Measure) -> None:
        """Inside the caller's write transaction: ``MeasureChangedMeanwhileError`` when the
        stored measure is not the revision ``measure`` was read as."""
        assert measure.id is not None
        row = self.db.execute("SELECT title, version FROM measures WHERE id = ? "
                              "AND removed_at IS NULL", (measure.id,)).fetchone()
        if row is None:
            raise StoreError("store.no_measure", id=measure.id)
        if measure.version is not None and row["version"] != measure.version:
            raise MeasureChangedMeanwhileError(measure.id, row["title"])

    def _write_responsible(self, measure_id: int, lines: Sequence[Responsible]) -> None:
        self.db.conn.executemany(
            "INSERT INTO measure_responsible (measure_id, position, duty, person_id, text) "
            "VALUES (?, ?, ?, ?, ?)",
            [(measure_id, i, line.duty.strip(), line.person_id,
              "" if line.person_id is not None else line.text.strip())
             for i, line in enumerate(lines)])

    def set_positions(self, positions: Iterable[tuple[int, int]]) -> None:
        """(measure id, position) pairs; a place is not a revision of the content, so the
        version stays (an editor open on the measure can still save)."""
        self.db.conn.executemany("UPDATE measures SET position = ? WHERE id = ?",
                                 [(position, measure_id) for measure_id, position in positions])

    def set_area(self, measure_id: int, area: Area, position: int) -> None:
        self.db.execute("UPDATE measures SET area = ?, position = ?, version = version + 1, "
                        "updated_at = ? WHERE id = ?",
                        (area.value, position, now_stamp(), measure_id))

    def remove_measure(self, measure_id: int, stamp: str) -> None:
        """The measure and its own photos still shown, removed under ``stamp``."""
        self.db.execute("UPDATE measures SET removed_at = ? WHERE id = ?", (stamp, measure_id))
        self.db.execute("UPDATE photos SET removed_at = ? WHERE measure_id = ? "
                        "AND removed_at IS NULL", (stamp, measure_id))

    def restore_measure(self, measure_id: int, stamp: str, position: int) -> None:
        """Undo of ``remove_measure``: the measure at ``position`` and the photos removed
        with it (not those removed on their own before)."""
        self.db.execute("UPDATE measures SET removed_at = NULL, position = ? WHERE id = ?",
                        (position, measure_id))
        self.db.execute("UPDATE photos SET removed_at = NULL WHERE measure_id = ? "
                        "AND removed_at = ?", (measure_id, stamp))

    # Photos ------------------------------------------------------------------------------

    def add_photos(self, photos: Sequence[Photo]) -> list[Photo]:
        """Insert ``photos`` (their blobs already stored) as given; inside the caller's
        transaction when there is one."""
        stamp = now_stamp()
        ids = []
        with self.db.transaction():
            for p in photos:
                cursor = self.db.execute(
                    "INSERT INTO photos (fiscal_year, measure_id, meeting_id, position, sha256, "
                    "half_sha256, quarter_sha256, thumb_sha256, width, height, source_sha256, "
                    "name, caption, taken, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?)",
                    (p.fiscal_year, p.measure_id, p.meeting_id, p.position, p.sha256,
                     p.half_sha256 or p.sha256, p.quarter_sha256 or p.half_sha256 or p.sha256,
                     p.thumb_sha256, p.width, p.height, p.source_sha256, p.name, p.caption,
                     p.taken.isoformat(timespec="seconds") if p.taken else None,
                     p.added_at.isoformat(timespec="seconds") if p.added_at else stamp))
                ids.append(int(cursor.lastrowid or 0))
            return self.photos(ids)

    def update_photo(self, photo: Photo) -> Photo:
        """What can change of a photo once stored: caption, date taken, place (measure,
        meeting, position)."""
        assert photo.id is not None
        with self.db.transaction():
            self.db.execute(
                "UPDATE photos SET caption = ?, taken = ?, measure_id = ?, meeting_id = ?, "
                "position = ?, version = version + 1 WHERE id = ?",
                (photo.caption, photo.taken.isoformat(timespec="seconds") if photo.taken
                 else None, photo.measure_id, photo.meeting_id, photo.position, photo.id))
            return self.photos([photo.id])[0]

    def remove_photos(self, photo_ids: Sequence[int], stamp: str) -> None:
        self.db.conn.executemany("UPDATE photos SET removed_at = ? WHERE id = ?",
                                 [(stamp, i) for i in photo_ids])

    def restore_photos(self, photo_ids: Sequence[int]) -> None:
        self.db.conn.executemany("UPDATE photos SET removed_at = NULL WHERE id = ?",
                                 [(i,) for i in photo_ids])

    def photo_blob(self, photo_id: int, *, thumb: bool = False) -> str:
        """The SHA-256 of a photo's picture (or thumbnail), removed ones included (Undo's
        grid still shows them)."""
        column = "thumb_sha256" if thumb else "sha256"
        row = self.db.execute(f"SELECT {column} FROM photos WHERE id = ?",
                              (photo_id,)).fetchone()
        if row is None:
            raise StoreError("store.no_photo", id=photo_id)
        return str(row[0])

