"""Watch the packaged program's command line write files, and name every write outside its
places.

    python packaging/trace_writes.py dist/ita-desktop [--keep]
    python packaging/trace_writes.py dist/ita-desktop-VERSION-linux-x64-portable.zip [--keep]

Runs the folder's executable (or that of the portable .zip, unpacked with unzip into a
temporary folder) under strace (Linux) with a fresh home, no XDG_* variables and
nothing else of the caller's environment, for the command-line steps a unit takes: the demo
database in the data folder and in a folder of the user's, exports in each format (PDF, DOCX,
XLSX, ICS, HTML), a sign-off, backups and a hand-over bundle. A write is an open for writing
or creating, a mkdir, a rename, a link, an unlink or a truncate that succeeded. Allowed: the
data folder (~/.local/share/ITA Desktop/ITA Desktop/, or data/ beside the executable of a
portable copy, the folder holding portable.txt), the folder of the named database and the
files exported into it, /tmp, /var/tmp, /dev, /proc and /sys. Prints every other path
written, with the step that wrote it first; exit status 1 when there is any, 0 when there is
none, 2 when the program or strace fails.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

EXE = "ita-desktop"
SYSCALLS = ("openat,open,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,"
            "symlink,symlinkat,link,linkat,truncate")
WRITE_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC")
# pid, call name, its arguments, its result; `-y` prints a directory descriptor with its path
# as 3</home/x>, which a relative path of an *at call is relative to.
CALL = re.compile(r"^(\d+)\s+(\w+)\((.*)\)\s+=\s+(-?\d+)")
# With several threads a call is cut in two: "12 openat(..., O_RDONLY <unfinished ...>" and,
# later, "12 <... openat resumed>) = 3".
UNFINISHED = re.compile(r"^(\d+)\s+(.*) <unfinished \.\.\.>$")
RESUMED = re.compile(r"^(\d+)\s+<\.\.\. \w+ resumed>(.*)$")
STRING = re.compile(r'(?:(?:AT_FDCWD|\d+)<([^>]*)>,\s*|AT_FDCWD,\s*)?"((?:[^"\\]|\\.)*)"')
# /var/tmp: where SQLite makes (and at once unlinks) its temporary files when TMPDIR is unset
SYSTEM = (Path("/tmp"), Path("/var/tmp"), Path("/dev"), Path("/proc"), Path("/sys"))


def steps(data: Path, work: Path) -> list[tuple[str, list[str]]]:
    """The command-line steps of a unit, each with its arguments."""
    db = ["--db", str(work / "unit.sqlite")]
    out = [(name, fmt) for name in ("fact-sheet", "assessment-calendar")
           for fmt in ("pdf", "docx", "xlsx")]
    out += [("integrity-results", "pdf"), ("integrity-results", "docx")]
    return [
        # the default database, which the commands without --db use
        ("demo in the data folder", ["demo", "--db", str(data / "ita-desktop.sqlite")]),
        ("backup in the data folder", ["backup"]),
        ("demo", ["demo", *db]),
        *[(f"export {name}.{fmt}", ["export", name, *db, "--out", str(work / f"{name}.{fmt}")])
          for name, fmt in out],
        ("export year-calendar.ics",
         ["export", "year-calendar", *db, "--out", str(work / "year.ics")]),
        ("export oit-web-page.html",
         ["export", "oit-web-page", *db, "--out", str(work / "oit.html")]),
        ("sign-off", ["sign-off", "fact-sheet", *db, "--prepared", "1", "--checked", "2",
                      "--approved", "3"]),
        ("backup", ["backup", *db]),
        ("backup --out", ["backup", *db, "--out", str(work / "copy.sqlite")]),
        ("bundle export", ["bundle", "export", *db, "--out", str(work / "unit.zip")]),
    ]


def written(log: Path, cwd: Path) -> set[Path]:
    """The paths the calls in an strace log wrote (or made, renamed, removed)."""
    paths: set[Path] = set()
    cut: dict[str, str] = {}
    for line in log.read_text(errors="replace").splitlines():
        if part := UNFINISHED.match(line):
            cut[part[1]] = part[2]
            continue
        if part := RESUMED.match(line):
            line = f"{part[1]} {cut.pop(part[1], '')}{part[2]}"
        call = CALL.match(line)
        if call is None or int(call[4]) < 0:
            continue
        name, args = call[2], call[3]
        if name in ("open", "openat") and not WRITE_FLAGS.search(args):
            continue
        for folder, text in STRING.findall(args):
            # strace writes the bytes of a Thai name as C escapes (\340\270\201)
            decoded = ast.literal_eval(f'b"{text}"').decode("utf-8", "replace")
            paths.add(Path(os.path.normpath(Path(folder or cwd) / decoded)))
    return paths


def inside(path: Path, place: Path) -> bool:
    return path == place or place in path.parents


def allowed(path: Path, data: Path, work: Path, watched: tuple[Path, ...]) -> bool:
    """In the data folder, the work folder or a system place. The ``watched`` folders (the
    fresh home and the program's folder, both made under /tmp when traced) count as the
    user's: only the data folder and the folders made on the way to it (~/.local,
    ~/.local/share, ...) are allowed in them."""
    if inside(path, data) or inside(path, work):
        return True
    if any(inside(path, folder) for folder in watched):
        return path in data.parents and path not in watched
    return any(inside(path, place) for place in SYSTEM)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("program", type=Path,
                        help="the program folder (dist/ita-desktop) or the portable .zip")
    parser.add_argument("--keep", action="store_true",
                        help="keep the fresh home, the work folder and the strace logs")
    args = parser.parse_args(argv)
    if shutil.which("strace") is None or shutil.which("unzip") is None:
        print("trace_writes: needs strace and unzip", file=sys.stderr)
        return 2
    root = Path(tempfile.mkdtemp(prefix="ita-trace-"))
    home, work = root / "home", root / "work"
    home.mkdir()
    work.mkdir()
    folder = args.program.resolve()
    if folder.suffix == ".zip":
        subprocess.run(["unzip", "-q", str(folder), "-d", str(root / "app")], check=True)
        folder = root / "app" / "ita-desktop"
    program = folder / EXE
    data = (folder / "data" if (folder / "portable.txt").is_file()
            else home / ".local/share/ITA Desktop/ITA Desktop")
    if not program.is_file() or (data / "ita-desktop.sqlite").exists():
        # a portable copy in use holds the unit's own database: never make a demo over it
        print(f"trace_writes: needs {program} and no {data / 'ita-desktop.sqlite'}: trace a "
              "fresh copy", file=sys.stderr)
        shutil.rmtree(root, ignore_errors=True)
        return 2
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen"}
    outside: dict[Path, str] = {}
    try:
        for number, (step, command) in enumerate(steps(data, work), 1):
            log = root / f"{number:02}.strace"
            run = subprocess.run(["strace", "-f", "-y", "-qq", "-o", str(log), "-e",
                                  f"trace={SYSCALLS}", str(program), *command],
                                 cwd=work, env=env, capture_output=True, text=True,
                                 timeout=300)
            if run.returncode != 0:
                print(f"trace_writes: {step} failed ({run.returncode}):\n{run.stderr}",
                      file=sys.stderr)
                return 2
            for path in sorted(written(log, work)):
                if not allowed(path, data, work, (home, folder)):
                    outside.setdefault(path, step)
    finally:
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    print(f"data folder: {data}")
    for path, step in sorted(outside.items()):
        print(f"written outside: {path}  ({step})")
    print(f"{len(outside)} path(s) written outside the allowed places")
    return 1 if outside else 0


if __name__ == "__main__":
    sys.exit(main())
