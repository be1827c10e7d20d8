"""The packaged program's start-up to the shown window against the source tree's, in one run,
and the bundle's size.

Both open the same demo database as fresh processes, in turn, with the same environment; the
figure is the wall time from spawning the process to the moment the window has been shown and
the event loop has turned, as the program itself prints it when ITA_DESKTOP_EXIT_WHEN_SHOWN is
set (ita_desktop/app.py): the same stamp for both, no code injected into either. The source
tree runs `python -m ita_desktop` from the virtual environment, compiled to bytecode first as
an installed program is. Size: the bundle folder unpacked (files, links not counted twice) and
its portable .zip.

    python benchmarks/frozen_startup.py [--bundle dist/ita-desktop] [--runs 15]

Without --bundle, and with no dist/ita-desktop, the bundle is built first into a temporary
folder (about a minute). The screen is offscreen unless QT_QPA_PLATFORM says otherwise (under
Xvfb: QT_QPA_PLATFORM=xcb DISPLAY=:N).
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from build_bundle import EXE, folder_size  # noqa: E402  (the build's own names and measure)


def start(command: list[str], env: dict[str, str]) -> float:
    began = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    for line in result.stdout.splitlines():
        if line.startswith("shown "):
            return float(line.split()[1]) - began
    raise RuntimeError(f"{command[0]} printed no 'shown' line (exit {result.returncode}):\n"
                       f"{result.stdout}\n{result.stderr}")


def build(into: Path) -> Path:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_bundle.py"),
                    "--dist", str(into), "--work", str(into / "work")], check=True)
    return into / "ita-desktop"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="a built bundle folder (dist/ita-desktop)")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        bundle = args.bundle or ROOT / "dist" / "ita-desktop"
        if not (bundle / EXE).exists():
            if args.bundle:
                sys.exit(f"no {EXE} in {bundle}")
            bundle = build(folder / "dist")
        compileall.compile_dir(ROOT / "ita_desktop", quiet=1)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(folder),
               "LANG": "C.UTF-8", "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM",
                                                                    "offscreen"),
               "ITA_DESKTOP_DATA_DIR": str(folder / "data"), "ITA_DESKTOP_EXIT_WHEN_SHOWN": "1"}
        if "DISPLAY" in os.environ:
            env["DISPLAY"] = os.environ["DISPLAY"]
        demo = folder / "demo.sqlite"
        subprocess.run([str(bundle / EXE), "demo", "--db", str(demo)], env=env, check=True,
                       capture_output=True)
        frozen_cmd = [str(bundle / EXE), "--db", str(demo)]
        source_cmd = [sys.executable, "-m", "ita_desktop", "--db", str(demo)]
        source_env = {**env, "PYTHONPATH": str(ROOT)}
        start(frozen_cmd, env)  # warm the file cache (and make the day's backup) for both
        start(source_cmd, source_env)
        frozen: list[float] = []
        source: list[float] = []
        for _ in range(args.runs):
            frozen.append(start(frozen_cmd, env))
            source.append(start(source_cmd, source_env))
        archives = sorted(bundle.parent.glob("ita-desktop-*-portable.zip"))
        unpacked = folder_size(bundle)
        packed = (archives[-1].name, archives[-1].stat().st_size) if archives else None

    def line(name: str, values: list[float]) -> str:
        return (f"{name:<36} median {statistics.median(values) * 1000:5.0f} ms "
                f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})")

    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs} each, in turn; {bundle}")
    print(line("packaged program (PyInstaller)", frozen))
    print(line("source tree (python -m ita_desktop)", source))
    print(f"ratio packaged / source: {statistics.median(frozen) / statistics.median(source):.2f}")
    print(f"bundle unpacked: {unpacked / 1e6:.1f} MB")
    if packed:
        print(f"portable .zip: {packed[1] / 1e6:.1f} MB ({packed[0]})")
    else:
        print("portable .zip: not found beside the bundle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
