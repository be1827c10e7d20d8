"""The photo import as a kill path: batches of small JPEGs imported onto the demo's first
measure (1.1), each batch one transaction. A kill must leave each batch all there or not there
at all: never some of its photos, never a photo listed without its picture or thumbnail.

Importing goes through the services on even runs and through ``ita-desktop import photos`` on
odd runs, as the tab and the command line do."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from kill_data_paths import DB, _read
from kill_ledger import Reporter

YEAR, LABEL = 2568, "1.1"
PHOTOS = "evidence-photos"
BATCH = 3


def _measure_id(conn) -> int:  # type: ignore[no-untyped-def]
    # Label 1.1: the first measure of the first area, as measure_label numbers them.
    return conn.execute("SELECT id FROM measures WHERE fiscal_year = ? AND area = 'service' "
                        "AND position = 0 AND removed_at IS NULL", (YEAR,)).fetchone()[0]


def _evidence_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    conn = _read(workdir / DB)
    assert conn is not None
    try:
        measure = _measure_id(conn)
        # A photo counts only with its picture, its print sizes and its thumbnail stored.
        whole = conn.execute(
            "SELECT count(*) FROM photos AS p WHERE p.measure_id = ? AND p.removed_at IS NULL "
            + "".join(f"AND EXISTS (SELECT 1 FROM blobs WHERE sha256 = p.{column}) "
                      for column in ("sha256", "half_sha256", "quarter_sha256",
                                     "thumb_sha256")),
            (measure,)).fetchone()[0]
        listed = conn.execute("SELECT count(*) FROM photos WHERE measure_id = ? AND "
                              "removed_at IS NULL", (measure,)).fetchone()[0]
        state = f"{whole} photos" + ("" if listed == whole else
                                     f":{listed - whole} without their pictures")
        return {key: state for key in keys}
    finally:
        conn.close()


def _camera_file(path: Path, run: int, step: int, n: int) -> None:
    """A small JPEG no other run makes: its colour and its words are the run's own, so no
    batch is refused as a duplicate of an earlier one."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (480, 360), ((run * 37) % 256, (step * 80 + n * 30) % 256, 160))
    ImageDraw.Draw(image).text((20, 20), f"run {run} batch {step} photo {n}", fill="white")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    path.write_bytes(out.getvalue())


def _evidence_run(workdir: Path, run: int, reporter: Reporter) -> None:
    from kill_data_paths import _services

    from ita_desktop import cli
    from ita_desktop.services import evidence

    folder = workdir / f"photos-{run}"
    folder.mkdir(exist_ok=True)
    reporter.ready()
    db = _services(workdir)
    try:
        measure = evidence.evidence_year(db, YEAR).find(LABEL)
        assert measure is not None and measure.id is not None
        for step in range(3):
            files = [folder / f"IMG_{run:03d}_{step}_{n}.jpg" for n in range(BATCH)]
            for n, path in enumerate(files):
                _camera_file(path, run, step, n)
            count = int(reporter.state(PHOTOS).split(" photos")[0])
            with reporter.op(PHOTOS, f"{count + BATCH} photos"):
                if run % 2 == 0:
                    outcome = evidence.import_photos(db, YEAR, files, measure_id=measure.id)
                    if len(outcome.added) != BATCH:
                        raise AssertionError(f"imported {len(outcome.added)} of {BATCH}: "
                                             f"{outcome.skipped}")
                else:
                    code = cli.main(["import", "photos", "--year", str(YEAR), "--measure",
                                     LABEL, *map(str, files), "--db", str(workdir / DB)])
                    if code != 0:
                        raise AssertionError(f"import photos ended with exit status {code}")
    finally:
        db.close()
