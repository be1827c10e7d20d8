"""What the demo's photo evidence adds to building the demo database, which many tests do.

Builds the demo with and without ``add_demo_evidence`` in turns, in one process, and prints
the best time of each, the difference (the target: under about 1.5 s on a two-core machine)
and where the evidence's own time goes: drawing and saving the JPEGs, preparing them as an
import does (``media.photos.prepare_photo_bytes``), storing.

    python benchmarks/demo_evidence.py [--rounds N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

# This checkout's package, not whichever checkout the environment installed.
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = date(2025, 3, 1)  # the tests' demo day


def _build(with_evidence: bool) -> tuple[float, float]:
    """(wall seconds, CPU seconds of all the process's threads) of one demo build."""
    import ita_desktop.demo as demo

    real = demo.add_demo_evidence
    if not with_evidence:
        demo.add_demo_evidence = lambda *args, **kwargs: "no evidence"  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as folder:
            start, cpu = time.perf_counter(), time.process_time()
            demo.create_demo_database(Path(folder) / "demo.sqlite", today=TODAY)
            return time.perf_counter() - start, time.process_time() - cpu
    finally:
        demo.add_demo_evidence = real


def _photo_steps() -> tuple[int, float, float]:
    """(photos, seconds drawing and saving them, seconds preparing them), one thread."""
    from ita_desktop.demo.evidence import MEETING_SHOTS, SHOTS
    from ita_desktop.demo.evidence_photos import Signage, camera_jpeg, draw_scene
    from ita_desktop.media.photos import prepare_photo_bytes

    sign = Signage("ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์", "ตม.จว.ศรีวารินทร์",
                   "immigration-demo.example.org", "การประชุมคณะทำงาน ครั้งที่ 1/2568",
                   "222/2567")
    shots = [*MEETING_SHOTS, *(shot for group in SHOTS.values() for shot in group)]
    drawing = preparing = 0.0
    for shot in shots:
        start = time.perf_counter()
        data = camera_jpeg(draw_scene(shot.scene, sign, shot.variant), datetime(2025, 1, 5))
        middle = time.perf_counter()
        prepare_photo_bytes(data, "demo.jpg")
        drawing += middle - start
        preparing += time.perf_counter() - middle
    return len(shots), drawing, preparing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    _build(True)  # imports, fonts and the drawn backgrounds, outside the timings
    without, with_ = [], []
    for _ in range(rounds):
        without.append(_build(False))
        with_.append(_build(True))
    # CPU time beside wall time: on a machine shared with other work the wall clock mostly
    # measures the others; CPU time is what the build itself costs.
    base, full = min(w for w, _ in without), min(w for w, _ in with_)
    base_cpu, full_cpu = min(c for _, c in without), min(c for _, c in with_)
    print(f"                       wall      CPU   (best of {rounds})")
    print(f"demo without evidence  {base:6.2f} s {base_cpu:6.2f} s")
    print(f"demo with evidence     {full:6.2f} s {full_cpu:6.2f} s")
    print(f"evidence adds          {full - base:6.2f} s {full_cpu - base_cpu:6.2f} s   "
          f"({full / base:.2f}x wall)")
    photos, drawing, preparing = _photo_steps()
    print(f"{photos} photos, one thread: drawing and saving {drawing:.2f} s "
          f"({1000 * drawing / photos:.0f} ms each), preparing {preparing:.2f} s "
          f"({1000 * preparing / photos:.0f} ms each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
