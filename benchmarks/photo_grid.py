"""The photo evidence tab on a measure holding 1,000 photos: the time from creating the tab to
the first paint of its photo grid, and the process's memory (resident set) once it is shown.

The database is the demo's with a measure of fiscal year 2569 holding ``--photos`` photos
stored as the import stores them (``services.evidence.store_import``): each picture is random
bytes (the grid never reads one), each thumbnail a real 320×240 JPEG of its own colour, as the
grid decodes those. For comparison the same is measured, in the same run, on a measure with no
photo, and for the grid alone. Goal (issue 13): under 0.5 s and under 300 MB.

    python benchmarks/photo_grid.py [--photos 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

YEAR = 2569
PICTURE_BYTES = 64 * 1024


def rss_mb() -> float:
    """The process's resident set now (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _thumb(n: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (320, 240), (n % 256, (n // 256) * 40 % 256, (n * 7) % 256)).save(
        out, "JPEG", quality=80)
    return out.getvalue()


def build(path: Path, count: int) -> tuple[int, int]:
    """The demo database with two measures of ``YEAR``: (the one holding ``count`` photos, an
    empty one)."""
    from ita_desktop.demo import create_demo_database
    from ita_desktop.domain.evidence import Area, Measure
    from ita_desktop.media.photos import PreparedPhoto
    from ita_desktop.services import evidence as evidence_service
    from ita_desktop.store import open_database

    create_demo_database(path, today=date(2025, 3, 1))
    db = open_database(path)
    try:
        full = evidence_service.save_measure(db, Measure(
            fiscal_year=YEAR, area=Area.SERVICE, title="จุดบริการ One Stop Service"))
        empty = evidence_service.save_measure(db, Measure(
            fiscal_year=YEAR, area=Area.SERVICE, title="ป้ายแสดงขั้นตอน"))
        photos = []
        for n in range(count):
            picture = os.urandom(PICTURE_BYTES)
            digest = hashlib.sha256(picture).hexdigest()
            photos.append(PreparedPhoto(
                name=f"IMG_{n:04d}.jpg", source_sha256=digest, jpeg=picture, sha256=digest,
                width=1890, height=1417, half=picture, quarter=picture, thumb=_thumb(n),
                taken=None))
        evidence_service.store_import(
            db, YEAR, evidence_service.PreparedImport(photos=tuple(photos), skipped=()),
            measure_id=full.id)
        assert full.id is not None and empty.id is not None
        return full.id, empty.id
    finally:
        db.close()


def first_paint(make: object, viewport_of: object) -> float:
    """Seconds from calling ``make()`` to the end of the first paint of
    ``viewport_of(widget)`` (its thumbnails read and drawn)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    watch = Watch()
    start = time.perf_counter()
    widget = make()  # type: ignore[operator]
    viewport_of(widget).installEventFilter(watch)  # type: ignore[operator]
    widget.resize(1340, 700)
    widget.show()
    deadline = start + 30
    while not painted and time.perf_counter() < deadline:
        QApplication.processEvents()
    # The filter sees the paint begin; the figure is taken once it has been drawn.
    done = time.perf_counter()
    # Let the batched layout finish, as the user would see it.
    for _ in range(5):
        QApplication.processEvents()
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()
    return (done if painted else float("inf")) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ita_desktop.services import evidence as evidence_service
    from ita_desktop.store import open_database
    from ita_desktop.store.settings import SettingsRepository
    from ita_desktop.ui.common.jobs import JobRunner
    from ita_desktop.ui.common.photo_grid import GridTarget, PhotoGrid
    from ita_desktop.ui.shell.fonts import install_fonts
    from ita_desktop.ui.shell.tab import ShellEvents, TabContext

    app = QApplication.instance() or QApplication([])
    install_fonts(app)
    with tempfile.TemporaryDirectory(prefix="photo-grid-") as scratch:
        path = Path(scratch) / "photos.sqlite"
        started = time.perf_counter()
        full_id, empty_id = build(path, args.photos)
        print(f"database with {args.photos} photos built in "
              f"{time.perf_counter() - started:.1f} s, {path.stat().st_size / 1e6:.0f} MB")
        db = open_database(path)
        events = ShellEvents()
        settings = SettingsRepository(db).load()
        context = TabContext(db=db, settings=lambda: settings, year=lambda: YEAR,
                             jobs=JobRunner(events), events=events, english=False)
        before = rss_mb()

        def tab_on(measure_id: int) -> object:
            from ita_desktop.ui.evidence.tab import EvidenceTab

            def make() -> object:
                tab = EvidenceTab(context)
                tab.tree.select_measure(measure_id)
                return tab
            return make

        def grid_on(measure_id: int) -> object:
            def make() -> object:
                grid = PhotoGrid(context)
                year = evidence_service.evidence_year(db, YEAR)
                grid.load(GridTarget(YEAR, measure_id=measure_id),
                          year.photos_of(year.measure(measure_id)))
                return grid
            return make

        cases = (("tab, 0 photos", tab_on(empty_id), lambda t: t.grid.view.viewport()),
                 (f"tab, {args.photos} photos", tab_on(full_id),
                  lambda t: t.grid.view.viewport()),
                 (f"grid alone, {args.photos} photos", grid_on(full_id),
                  lambda g: g.view.viewport()))
        first_paint(*cases[0][1:])  # imports and fonts loaded once, outside the figures
        for name, make, viewport in cases:
            times = [first_paint(make, viewport) for _ in range(args.runs)]
            print(f"{name:28} first paint: median {statistics.median(times) * 1000:6.0f} ms "
                  f"(max {max(times) * 1000:.0f} ms)")
        read: list[int] = []
        real = evidence_service.photo_thumbnail
        evidence_service.photo_thumbnail = lambda db, photo_id: read.append(photo_id) or real(  # type: ignore[assignment]
            db, photo_id)
        first_paint(*cases[1][1:])
        print(f"thumbnails read for the first paint of {args.photos} photos: {len(read)}")
        evidence_service.photo_thumbnail = real  # type: ignore[assignment]
        shown = memory_when_shown(context, full_id)
        print(f"memory: {before:.0f} MB before the tab, {shown:.0f} MB with the grid of "
              f"{args.photos} photos shown (VmRSS; goal < 300 MB); goal first paint < 500 ms")
        db.close()


def memory_when_shown(context: object, measure_id: int) -> float:
    """The resident set with the tab shown on ``measure_id`` and scrolled to its end (every
    row's thumbnail has passed through the cache)."""
    from PySide6.QtWidgets import QApplication

    from ita_desktop.ui.evidence.tab import EvidenceTab

    tab = EvidenceTab(context)  # type: ignore[arg-type]
    tab.tree.select_measure(measure_id)
    tab.resize(1340, 700)
    tab.show()
    for _ in range(10):
        QApplication.processEvents()
    view = tab.grid.view
    bar = view.verticalScrollBar()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().repaint()
        QApplication.processEvents()
    shown = rss_mb()
    tab.close()
    tab.deleteLater()
    QApplication.processEvents()
    return shown


if __name__ == "__main__":
    main()
