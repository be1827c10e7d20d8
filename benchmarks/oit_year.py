"""The OIT tab's data over ten fiscal years in one database: how long reading a year and its
dashboard takes, and switching between years, and how large the file grows.

``build_ten_year_database(path)`` makes the database: the demo unit (its roster, its 2568
plan) and nine more fiscal years, each with the framework the program starts for it (the
bundled catalog, or the latest one copied forward), every item assigned, its log taken to
published, each monthly item's twelve reports with their logs, and files (random bytes, so
nothing compresses them) on every item and report. The tab's timing is added by the lead on
top of that function.

    python benchmarks/oit_year.py [--runs 15] [--keep PATH]

Prints the median of ``oit_year()`` + ``dashboard()`` for one year, of a switch to the other
year and back, and the file's size in MB; then the window's part, offscreen: building and
showing the OIT tab on the latest year (its items page in view, as it opens), and the year
switch with the items page and with the dashboard (its charts drawn again) in view. Goal
(issue 15): under 100 ms each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ita_desktop.demo import create_demo_database  # noqa: E402
from ita_desktop.domain.fiscal import fiscal_year_bounds  # noqa: E402
from ita_desktop.domain.oit import CadenceKind  # noqa: E402
from ita_desktop.domain.oit_dashboard import dashboard  # noqa: E402
from ita_desktop.domain.oit_plan import OitFile, default_assignment  # noqa: E402
from ita_desktop.domain.oit_workflow import Status, StatusChange  # noqa: E402
from ita_desktop.services.frameworks import ensure_year, framework_name  # noqa: E402
from ita_desktop.services.oit import oit_year  # noqa: E402
from ita_desktop.store import open_database  # noqa: E402
from ita_desktop.store.blobs import BlobStore  # noqa: E402
from ita_desktop.store.database import Database  # noqa: E402
from ita_desktop.store.frameworks import FrameworkRepository  # noqa: E402
from ita_desktop.store.oit import OitRepository  # noqa: E402

DEMO_DAY = date(2025, 3, 1)  # the demo's own year, 2568, is planned by the demo itself
YEARS = tuple(range(2559, 2569))
ITEM_FILE_BYTES = (24_000, 9_000)  # a scanned order and a workbook per item
REPORT_FILE_BYTES = 6_000  # one PDF per monthly report
WALK = (Status.IN_PREPARATION, Status.SUBMITTED, Status.CHECKED, Status.APPROVED,
        Status.PUBLISHED)


def _walk(repo: OitRepository, fiscal_year: int, key: str, month: date | None, day: date,
          preparer: int, controller: int, commander: int, url: str) -> None:
    """The log of an item or report taken to published on ``day``, each step by whom the
    workflow asks for it."""
    doers = {Status.CHECKED: controller, Status.APPROVED: commander}
    before = Status.NOT_STARTED
    for hour, to in enumerate(WALK, start=8):
        published = to is Status.PUBLISHED
        repo.add_change(fiscal_year, key, month, StatusChange(
            from_status=before, to_status=to, person_id=doers.get(to, preparer),
            when=datetime.combine(day, clock(hour)), url=url if published else "",
            published_on=day if published else None))
        before = to


def _fill_year(db: Database, fiscal_year: int, people: list[int], commander: int) -> None:
    repo = OitRepository(db)
    blobs = BlobStore(db)
    catalog = ensure_year(FrameworkRepository(db), framework_name(db), fiscal_year)
    start, _ = fiscal_year_bounds(fiscal_year)
    site = f"https://immigration-demo.example.org/ita/{fiscal_year}"
    for place, item in enumerate(catalog.oit_items):
        preparer = people[(place * 2) % len(people)]
        controller = people[(place * 2 + 1) % len(people)]
        plan = repo.save_plan(replace(
            default_assignment(item, fiscal_year),
            preparers=(preparer, people[(place * 2 + 2) % len(people)]),
            controllers=(controller,)),
            item.code)
        day = start + timedelta(days=100 + place)
        code = item.code.lower()
        _walk(repo, fiscal_year, plan.item_key, None, day, preparer, controller, commander,
              f"{site}/{code}")
        for n, size in enumerate(ITEM_FILE_BYTES):
            data = os.urandom(size)
            repo.add_file(fiscal_year, plan.item_key, OitFile(
                name=f"{code}-{n}.{'pdf' if n == 0 else 'xlsx'}", sha256=blobs.put(data),
                size=size, added_at=datetime.combine(day, clock(7))))
        if plan.cadence.kind is CadenceKind.MONTHLY:
            for month in (date(start.year + (m + 9) // 12, (m + 9) % 12 + 1, 1)
                          for m in range(12)):
                report_day = month + timedelta(days=32)
                _walk(repo, fiscal_year, plan.item_key, month, report_day.replace(day=1),
                      preparer, controller, commander, f"{site}/{code}-{month:%Y-%m}")
                data = os.urandom(REPORT_FILE_BYTES)
                repo.add_file(fiscal_year, plan.item_key, OitFile(
                    name=f"{code}-{month:%Y-%m}.pdf", sha256=blobs.put(data),
                    size=REPORT_FILE_BYTES, added_at=datetime.combine(month, clock(7)),
                    month=month))


def build_ten_year_database(path: Path) -> Path:
    """The demo database with ten fiscal years (``YEARS``) of OIT plans, logs, monthly reports
    and files; ``path`` must not exist. Returns ``path``."""
    create_demo_database(path, today=DEMO_DAY)
    db = open_database(path)
    try:
        people = [row[0] for row in db.query("SELECT id FROM people WHERE active = 1 "
                                              "ORDER BY id")]
        commander = db.query("SELECT commander_id FROM unit")[0][0]
        workers = [p for p in people if p != commander]
        for fiscal_year in YEARS:
            if OitRepository(db).planned(fiscal_year):
                continue  # the demo's own year
            with db.transaction():
                _fill_year(db, fiscal_year, workers, commander)
    finally:
        db.close()
    return path


def _read_year(db: Database, fiscal_year: int, today: date) -> float:
    began = time.perf_counter()
    dashboard(oit_year(db, fiscal_year), today)
    return (time.perf_counter() - began) * 1000


def _tab_timings(path: Path, runs: int) -> dict[str, list[float]]:
    """Milliseconds to build and show the OIT tab, and to switch its year, offscreen; each
    figure includes the event loop's turn that paints the result."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ita_desktop.store.settings import SettingsRepository
    from ita_desktop.ui.common.jobs import JobRunner
    from ita_desktop.ui.oit.tab import OitTab
    from ita_desktop.ui.shell.fonts import install_fonts
    from ita_desktop.ui.shell.tab import ShellEvents, TabContext

    app = QApplication.instance() or QApplication([])
    install_fonts(app)
    db = open_database(path)
    shown_year = [YEARS[-1]]
    events = ShellEvents()
    settings = SettingsRepository(db).load()
    context = TabContext(db=db, settings=lambda: settings, year=lambda: shown_year[0],
                         jobs=JobRunner(events), events=events, english=False)

    def timed(action) -> float:  # type: ignore[no-untyped-def]
        began = time.perf_counter()
        action()
        app.processEvents()
        return (time.perf_counter() - began) * 1000

    found: dict[str, list[float]] = {"open": [], "switch (items page)": [],
                                     "switch (dashboard)": []}
    try:
        tabs: list[OitTab] = []

        def open_tab() -> None:
            tab = OitTab(context, today=lambda: DEMO_DAY)
            tab.resize(1340, 680)
            tab.show()
            tabs.append(tab)

        timed(open_tab)  # the first pays for the imports, as the window's lazy tab does once
        tabs.pop().deleteLater()
        for _ in range(runs):
            found["open"].append(timed(open_tab))
            tabs.pop().deleteLater()
            app.processEvents()
        open_tab()
        tab = tabs[-1]
        for page, label in ((tab.items_page, "switch (items page)"),
                            (tab.dashboard_page, "switch (dashboard)")):
            tab.pages.setCurrentWidget(page)
            app.processEvents()
            for _ in range(runs):
                for year in (YEARS[-2], YEARS[-1]):
                    shown_year[0] = year
                    found[label].append(timed(lambda y=year: tab.year_changed(y)))
        tab.deleteLater()
        app.processEvents()
    finally:
        db.close()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--keep", type=Path, help="build the database here and keep it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = args.keep or Path(folder) / "ten-years.sqlite"
        began = time.perf_counter()
        build_ten_year_database(path)
        built = time.perf_counter() - began
        db = open_database(path)
        try:
            one, other = YEARS[-1], YEARS[-2]
            _read_year(db, one, DEMO_DAY)  # the first read pays for imports and caches
            year_ms = [_read_year(db, one, DEMO_DAY) for _ in range(args.runs)]
            switch_ms = [_read_year(db, year, DEMO_DAY)
                         for _ in range(args.runs) for year in (other, one)]
            counts = db.query(
                "SELECT (SELECT count(*) FROM oit_plans), (SELECT count(*) FROM "
                "oit_status_changes), (SELECT count(*) FROM oit_files)")[0]
        finally:
            db.close()
        size_mb = path.stat().st_size / 1024 / 1024
        print(f"ten fiscal years {YEARS[0]}-{YEARS[-1]}: {counts[0]} item plans, "
              f"{counts[1]} status changes, {counts[2]} files; built in {built:.1f} s")
        print(f"oit_year() + dashboard() of {one}: median {statistics.median(year_ms):.1f} ms "
              f"(min {min(year_ms):.1f}, max {max(year_ms):.1f}) over {args.runs} runs")
        print(f"switching to the other year: median {statistics.median(switch_ms):.1f} ms "
              f"(max {max(switch_ms):.1f}) over {len(switch_ms)} switches")
        print(f"database size: {size_mb:.1f} MB")
        for label, figures in _tab_timings(path, args.runs).items():
            print(f"OIT tab, {label}: median {statistics.median(figures):.1f} ms "
                  f"(max {max(figures):.1f}) over {len(figures)} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
