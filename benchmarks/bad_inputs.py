"""The whole catalogue of bad inputs (tests/robustness/bad_inputs.py and its two companions) run
in one process, as the window takes each file, with the Thai translator installed: how each
ended, what the window said, how long the refusal took and what it did to memory.

Every entry gets a fresh copy of the demo database in a folder of its own, removed afterwards.
Memory is the process's peak resident set (``ru_maxrss``), which only grows: the "peak" column
is the peak so far, after that entry, and "+act" what the refusal itself added to it (making
the file, a 200 MB bomb included, is streamed and not counted there). The worst peak of the run
and the entry that reached it are named at the end.

    python benchmarks/bad_inputs.py [--only ID-PREFIX] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

# This checkout's package and test helpers, not whichever checkout the environment installed.
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MESSAGE_CHARS = 100


def _peak_mb() -> float:
    # Kilobytes on Linux, bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / (1 << 20)


def run(only: str | None) -> tuple[float, list[dict[str, object]]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ita_desktop.demo import create_demo_database
    from ita_desktop.store import open_database
    from ita_desktop.ui.shell.translation import install_translators
    from tests.robustness.bad_inputs import catalogue

    app = QApplication.instance() or QApplication([])
    install_translators(app, "th")
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="bad-inputs-") as scratch:
        work = Path(scratch)
        demo = work / "demo.sqlite"
        create_demo_database(demo, today=date(2025, 3, 1))
        baseline = _peak_mb()
        for number, entry in enumerate(catalogue(demo)):
            if only and not entry.id.startswith(only):
                continue
            folder = work / str(number)
            (folder / "in").mkdir(parents=True)
            unit = folder / "unit.sqlite"
            shutil.copy(demo, unit)
            bad = entry.make(folder / "in")
            before = _peak_mb()
            db = open_database(unit)
            started = time.perf_counter()
            try:
                said = entry.act(db, bad)
            except Exception as exc:  # a crash is a result to show, not the end of the run
                said = None
                ended, message = f"CRASH {type(exc).__name__}", str(exc)
            finally:
                seconds = time.perf_counter() - started
                db.close()
            if said is not None:
                ended = said.code or "ACCEPTED"
                message = " ".join(" / ".join(said.messages).split())
            # The scratch folder named in a message says nothing and would fill the column.
            message = message.replace(f"{folder / 'in'}{os.sep}", "")
            after = _peak_mb()
            rows.append({"entry": entry.id, "ended": ended, "message": message[:MESSAGE_CHARS],
                         "seconds": round(seconds, 3), "peak_mb": round(after, 1),
                         "act_mb": round(after - before, 1)})
            shutil.rmtree(folder)
    return baseline, rows


def table(baseline: float, rows: list[dict[str, object]]) -> str:
    width = max(len(str(r["entry"])) for r in rows)
    ended_width = max(len(str(r["ended"])) for r in rows)
    lines = [f"{'entry':<{width}}  {'ended':<{ended_width}}  {'time s':>7}  {'peak MB':>7}  "
             f"{'+act':>5}  message (Thai, first {MESSAGE_CHARS} characters)"]
    for r in rows:
        lines.append(f"{r['entry']:<{width}}  {r['ended']:<{ended_width}}  "
                     f"{r['seconds']:>7.3f}  {r['peak_mb']:>7.1f}  {r['act_mb']:>5.1f}  "
                     f"{r['message']}")
    worst = max(rows, key=lambda r: (float(r["act_mb"]), -rows.index(r)))
    highest = max(float(r["peak_mb"]) for r in rows)
    top = next(r for r in rows if float(r["peak_mb"]) == highest)
    refused = sum(1 for r in rows if r["ended"] not in ("ACCEPTED",)
                  and not str(r["ended"]).startswith("CRASH"))
    slowest = max(rows, key=lambda r: float(r["seconds"]))
    lines += [
        "",
        f"{len(rows)} bad inputs: {refused} refused with a message, "
        f"{sum(1 for r in rows if r['ended'] == 'ACCEPTED')} accepted, "
        f"{sum(1 for r in rows if str(r['ended']).startswith('CRASH'))} crashed.",
        f"Peak RSS after start-up, Qt and the demo database: {baseline:.1f} MB.",
        f"Worst peak of the run: {top['peak_mb']} MB, first reached with {top['entry']} "
        f"({top['ended']}, +{top['act_mb']} MB in its refusal).",
        f"Largest growth in one refusal: +{worst['act_mb']} MB, by {worst['entry']} "
        f"({worst['ended']}).",
        f"Slowest refusal: {slowest['entry']}, {slowest['seconds']:.2f} s.",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", metavar="ID-PREFIX", help="only entries whose id starts so")
    parser.add_argument("--json", action="store_true", help="the rows as JSON, not a table")
    args = parser.parse_args()
    baseline, rows = run(args.only)
    if not rows:
        print("no entry matches", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"baseline_mb": baseline, "rows": rows}, ensure_ascii=False, indent=1))
    else:
        print(table(baseline, rows))
    ok = all(r["ended"] != "ACCEPTED" and not str(r["ended"]).startswith("CRASH") for r in rows)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
