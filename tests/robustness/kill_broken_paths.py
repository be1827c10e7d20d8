"""Write paths that lose data on purpose, to show the kill harness sees it: one says "saved"
before it commits, one adds a roster one person per transaction."""

from __future__ import annotations

import time
from pathlib import Path

from kill_data_paths import WritePath, _copy_demo, _roster_observe, _services, batch_people
from kill_ledger import Reporter

from ita_desktop.services.roster import import_people, save_person


def _says_saved_first(workdir: Path, run: int, reporter: Reporter) -> None:
    reporter.ready()
    db = _services(workdir)
    try:
        key = f"batch:{run}:0"
        # The line an honest path prints only once the import has returned.
        reporter._say("begin", key, reporter.state(key), "present")
        reporter._say("saved", key)
        time.sleep(0.3)
        import_people(db, batch_people(run, 0))
    finally:
        db.close()


def _one_commit_per_person(workdir: Path, run: int, reporter: Reporter) -> None:
    reporter.ready()
    db = _services(workdir)
    try:
        with reporter.op(f"batch:{run}:0", "present"):
            for person in batch_people(run, 0):
                save_person(db, person)
                time.sleep(0.02)
    finally:
        db.close()


PATHS: dict[str, WritePath] = {p.name: p for p in (
    WritePath("lies-about-saving", _copy_demo, _says_saved_first, _roster_observe),
    WritePath("one-commit-per-person", _copy_demo, _one_commit_per_person, _roster_observe),
)}
BROKEN = PATHS
