"""Refusing roster bombs and reading an ordinary roster: time and peak memory of each.

Three files, built first in a temporary folder:
- a shared-text bomb: 1.6 MB packed, its shared texts 200 MB unpacked (refused by the part
  size before anything is unpacked);
- a sheet of a million empty numbered rows (2.4 MB packed; refused at row 20,001);
- an ordinary 500-person roster, every column filled, written by openpyxl.

Each is read by ``read_roster`` in a fresh process, so that the peak resident memory (RSS) is
that reading's own; the process's RSS after imports is given as its baseline, and the peak of
Python's own allocations (tracemalloc, a separate pass) beside it. ``--before`` also reads the
files as the reader did before its limits (openpyxl's read-only mode, every row), for the
comparison; that takes a minute or more and a few hundred MB.

    python benchmarks/roster_limits.py [--runs 3] [--before]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# This checkout's package and test helpers, not whichever checkout the environment installed.
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MB = 1 << 20

CHILD = """
import json, resource, sys, time, tracemalloc
sys.path.insert(0, {root!r})
import openpyxl  # noqa: F401 - in the baseline: the window has it loaded after a first import
from ita_desktop.exchange.roster_xlsx import RosterFileError, read_roster

path, runs, before = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "before"


def bounded():
    try:
        return f"read {{len(read_roster(path).rows)}} people"
    except RosterFileError as exc:
        return exc.code


def unbounded():
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return f"read {{rows}} rows"


work = unbounded if before else bounded
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
times = []
for _ in range(runs):
    start = time.perf_counter()
    outcome = work()
    times.append(time.perf_counter() - start)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
tracemalloc.start()
work()
traced = tracemalloc.get_traced_memory()[1]
print(json.dumps({{"outcome": outcome, "times": times, "baseline": baseline, "peak": peak,
                  "traced": traced}}))
"""


def build(folder: Path) -> dict[str, Path]:
    from openpyxl import Workbook

    from tests.exchange import xlsx_bombs as bombs

    base = bombs.roster(folder / "base.xlsx")
    rows = [bombs.HEADER_ROW, *bombs.numbered_rows(2, 1_000_000, ' spans="1:4"')]
    normal = folder / "roster500.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["ยศ/คำนำหน้า", "ชื่อ", "นามสกุล", "ตำแหน่ง", "ตำแหน่งย่อ", "สายงาน",
                  "โทรศัพท์", "อีเมล", "หมายเหตุ"])
    for k in range(500):
        sheet.append(["ส.ต.ต.", f"ทดสอบ{k}", f"ใจดี{k}", "ผู้บังคับหมู่ งานตรวจคนเข้าเมือง",
                      "ผบ.หมู่", "งานอำนวยการ", f"08{k:08d}", f"p{k}@example.org", ""])
    book.save(normal)
    return {
        "shared-text bomb (200 MB unpacked)":
            bombs.shared_text_bomb(base, folder / "shared.xlsx", 200 * MB, level=1),
        "a million empty rows":
            bombs.swap_parts(base, folder / "rows.xlsx", {bombs.SHEET: bombs.sheet(rows)}),
        "ordinary roster, 500 people": normal,
    }


def measure(path: Path, runs: int, before: bool) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(root=str(ROOT)), str(path), str(runs),
         "before" if before else "after"], capture_output=True, text=True, check=False)
    if done.returncode:
        return {"outcome": f"failed (exit {done.returncode}): {done.stderr.strip()[-200:]}"}
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", action="store_true",
                        help="also read the files without the limits, as before")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        start = time.perf_counter()
        files = build(Path(temp))
        print(f"built {len(files)} files in {time.perf_counter() - start:.1f} s")
        passes = [("with limits", False)] + ([("before, no limits", True)] if args.before
                                               else [])
        for label, before in passes:
            print(f"\n{label} (median of {args.runs} runs, each file in its own process):")
            for name, path in files.items():
                result = measure(path, args.runs, before)
                size = path.stat().st_size / 1024
                if "times" not in result:
                    print(f"  {name} [{size:,.0f} KB]: {result['outcome']}")
                    continue
                seconds = statistics.median(result["times"])  # type: ignore[arg-type]
                baseline = int(result["baseline"]) / MB  # type: ignore[call-overload]
                peak = int(result["peak"]) / MB  # type: ignore[call-overload]
                traced = int(result["traced"]) / MB  # type: ignore[call-overload]
                print(f"  {name} [{size:,.0f} KB]: {result['outcome']}\n"
                      f"    {seconds:.3f} s, peak RSS {peak:.0f} MB (baseline {baseline:.0f} "
                      f"MB, +{peak - baseline:.0f}), Python allocations peak {traced:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
