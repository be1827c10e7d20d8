"""A database holding a thousand photos against one holding none: opening it as the window
does, and reading the photo evidence of a year and switching to another.

One run builds three databases from the same start, the unit's measures (the standard
measures of its kind, for two fiscal years): with no photos ("none"); with 1,000 photos
spread over the measures of one year ("photos"); and with the same 1,000 photos' rows whose
pictures are a few bytes each ("rows only"). The pictures are random bytes (700 KB as the
picture, 200 and 60 KB as its half and quarter, 20 KB as its thumbnail) stored through the
store as the import stores decoded photos: nothing timed decodes them, and random bytes
neither compress nor repeat, so the file weighs what a year of real photos does.

    python benchmarks/photo_database.py [--runs 7] [--photos 1000] [--keep FOLDER]

Prints, side by side, the medians of opening each file (``open_for_changes``: lock, the
opening's checks, migration check, WAL, as the window's start does), of switching to the
year without photos (``evidence_year()``), and of reading the photos' year and switching to
the other, with the ratios photos/none and photos/rows only. Target (issue 13): ratios close
to 1 where the photos' rows are not read (opening, the other year); reading the year's 1,000
rows of metadata costs what it costs, and photos/rows only, close to 1, shows that their
pictures' bytes are never read. Then, once each, SQLite's whole integrity check (what
``ita-desktop check`` runs) on each file: what the opening no longer does.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ita_desktop.domain.evidence import Photo  # noqa: E402
from ita_desktop.services.evidence import evidence_year, start_measures  # noqa: E402
from ita_desktop.store import open_database  # noqa: E402
from ita_desktop.store.blobs import BlobStore  # noqa: E402
from ita_desktop.store.evidence import EvidenceRepository  # noqa: E402
from ita_desktop.store.sharing import open_for_changes  # noqa: E402
from ita_desktop.store.unit import UnitRepository  # noqa: E402

YEARS = (2567, 2568)
PHOTO_YEAR = YEARS[-1]
SIZES = (700_000, 200_000, 60_000, 20_000)  # picture, half, quarter, thumbnail
TINY = (64, 48, 32, 16)
BATCH = 50  # photos per transaction, as an import of a phone's afternoon would be


def _unit(db) -> None:  # type: ignore[no-untyped-def]
    from ita_desktop.domain.unit_profile import UnitProfile
    from ita_desktop.domain.units import UnitKind

    UnitRepository(db).save(UnitProfile(UnitKind.PROVINCIAL_IMMIGRATION,
                                        full_name="ตรวจคนเข้าเมืองจังหวัดทดสอบ",
                                        short_name="ตม.จว.ทดสอบ", version=0))


def build(path: Path, photos: int, sizes: tuple[int, ...] = SIZES) -> Path:
    """A database at ``path`` with the standard measures for ``YEARS`` and ``photos``
    photos over the measures of ``PHOTO_YEAR``, their pictures random bytes of ``sizes``."""
    db = open_database(path)
    try:
        _unit(db)
        for year in YEARS:
            start_measures(db, year)
        measures = evidence_year(db, PHOTO_YEAR).measures
        repo = EvidenceRepository(db)
        blobs = BlobStore(db)
        taken = datetime(2025, 1, 6, 9, 0)
        for first in range(0, photos, BATCH):
            rows = []
            with db.transaction():
                for n in range(first, min(first + BATCH, photos)):
                    digests = [blobs.put(os.urandom(size)) for size in sizes]
                    measure = measures[n % len(measures)]
                    rows.append(Photo(
                        fiscal_year=PHOTO_YEAR, sha256=digests[0], half_sha256=digests[1],
                        quarter_sha256=digests[2], thumb_sha256=digests[3], width=1890,
                        height=1417, source_sha256=f"{n:064x}", name=f"IMG_{n:04d}.jpg",
                        taken=taken + timedelta(minutes=n), measure_id=measure.id,
                        position=n // len(measures)))
                repo.add_photos(rows)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return path


def _medians_ms(actions: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """Median ms of each action, the actions taking turns within each run so that the load
    of a shared machine falls on all of them alike. A first round, untimed, pays for the
    imports and a cold cache."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for action in actions.values():
        action()
    for _ in range(runs):
        for name, action in actions.items():
            began = time.perf_counter()
            action()
            times[name].append((time.perf_counter() - began) * 1000)
    return {name: statistics.median(found) for name, found in times.items()}


def _open(path: Path) -> None:
    open_for_changes(path, create=False).close()


def _readings(files: dict[str, Path], runs: int, *years: int) -> dict[str, float]:
    """Median ms of ``evidence_year`` of ``years`` in turn on each file, opened once, as the
    window's year switch reads it."""
    opened = {name: open_for_changes(path, create=False) for name, path in files.items()}
    try:
        return _medians_ms({name: lambda db=db: [evidence_year(db, y) for y in years]
                            for name, db in opened.items()}, runs)
    finally:
        for db in opened.values():
            db.close()


def _whole_check_ms(path: Path) -> float:
    from ita_desktop.store.database import integrity_problems, read_only

    began = time.perf_counter()
    with read_only(path, whole=True) as db:
        assert integrity_problems(db) == []
    return (time.perf_counter() - began) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--photos", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="build the two databases in this folder")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="photo-db-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ITA_DESKTOP_DATA_DIR", str(folder / "data"))
    files = {"none": folder / "none.sqlite", "rows only": folder / "rows.sqlite",
             "photos": folder / "photos.sqlite"}
    for path in files.values():
        if path.exists():
            path.unlink()
    began = time.perf_counter()
    build(files["none"], 0)
    build(files["rows only"], args.photos, TINY)
    build(files["photos"], args.photos)
    print(f"Built in {time.perf_counter() - began:.1f} s: the standard measures of "
          f"{' and '.join(map(str, YEARS))}; {args.photos} photos on those of {PHOTO_YEAR}, "
          "their pictures random bytes stored through the store (700 + 200 + 60 + 20 KB "
          "each; a few bytes in 'rows only'), never decoded.")
    print("File sizes: " + ", ".join(f"{name} {path.stat().st_size / 1e6:.1f} MB"
                                      for name, path in files.items()))
    rows = {
        "open (as the window starts)": _medians_ms(
            {name: lambda p=path: _open(p) for name, path in files.items()}, args.runs),
        f"switch to {YEARS[0]} (no photos)": _readings(files, args.runs, YEARS[0]),
        f"read {PHOTO_YEAR} + switch": _readings(files, args.runs, PHOTO_YEAR, YEARS[0]),
    }
    print(f"{'median of ' + str(args.runs) + ' runs, ms':30} {'none':>8} {'rows only':>10} "
          f"{'photos':>8} {'photos/none':>12} {'photos/rows':>12}")
    for label, ms in rows.items():
        print(f"{label:30} {ms['none']:8.1f} {ms['rows only']:10.1f} {ms['photos']:8.1f} "
              f"{ms['photos'] / ms['none']:12.2f} {ms['photos'] / ms['rows only']:12.2f}")
    print("Target: ratios close to 1 (blobs are never read by the opening nor by the year); "
          f"reading {PHOTO_YEAR} reads its {args.photos} photos' rows, so there photos/rows "
          "is the one to hold to 1.")
    print("SQLite's whole integrity check (ita-desktop check), once, ms: " + ", ".join(
        f"{name} {_whole_check_ms(path):.0f}" for name, path in files.items()))
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
