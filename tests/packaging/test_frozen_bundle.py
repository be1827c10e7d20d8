"""The packaged program, built from build.spec and run as a unit runs it: no Python, no source
tree, a fresh home folder. It makes the demo database, imports a HEIC and a JPEG photo, exports
every report in every format it lists, signs one off and verifies the signed file (and reads a
changed copy's claim back through pdfium), opens its window (offscreen), and runs as a
portable copy unpacked from the .zip. Nothing may be written outside the data folder.

Building takes about a minute. ``ITA_BUNDLE=dist/ita-desktop`` runs these tests on a bundle
built already (`make smoke` builds, then runs them so).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pillow_heif
import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from build_bundle import EXE  # noqa: E402  (the executable the build makes)

TIMEOUT = 180
FREE_SPACE_NEEDED = 2_000_000_000  # the bundle, its .zip and PyInstaller's work folder: ~0.6 GB

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the smoke test builds on Linux")
pillow_heif.register_heif_opener()  # to write the HEIC photo the built program imports


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Iterator[tuple[Path, Path | None]]:
    """The bundle folder, and its portable .zip (None when a bundle built beforehand has none
    beside it). A bundle built here (about 600 MB with PyInstaller's work folder) is deleted
    after the tests."""
    prebuilt = os.environ.get("ITA_BUNDLE")
    if prebuilt:
        folder = Path(prebuilt).resolve()
        zips = sorted(folder.parent.glob("ita-desktop-*-portable.zip"))
        yield folder, (zips[-1] if zips else None)
        return
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("work")
    if shutil.disk_usage(dist).free < FREE_SPACE_NEEDED:
        pytest.skip(f"building the bundle needs {FREE_SPACE_NEEDED / 1e9:.0f} GB free beside "
                    f"{dist}; run `make smoke` where there is room")
    try:
        result = subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--dist", str(dist),
             "--work", str(work)], capture_output=True, text=True, timeout=1200)
        shutil.rmtree(work)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        (archive,) = dist.glob("ita-desktop-*-portable.zip")
        yield dist / "ita-desktop", archive
    finally:
        shutil.rmtree(dist, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture
def home(tmp_path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def frozen(program: Path, home: Path, *args: str, cwd: Path, **extra: str
           ) -> subprocess.CompletedProcess[str]:
    """Run the packaged program with nothing of the test run's environment but a fresh home
    and an offscreen screen: no ITA_DESKTOP_DATA_DIR, no Python paths."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", **extra}
    return subprocess.run([str(program), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=TIMEOUT)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr
    return result.stdout


def listed_files(listing: str) -> list[tuple[str, list[str]]]:
    """(name, formats) of every report and file ``export --list`` names."""
    found = []
    for line in listing.splitlines():
        match = re.match(r"(\S+)\s.*; formats?: ([A-Z, ]+)", line)
        if match:
            found.append((match[1], [f.strip().lower() for f in match[2].split(",")]))
    return found


def written_outside(home: Path, data: Path) -> list[str]:
    """Every file under ``home`` that is not in the data folder ``data``."""
    return sorted(str(path.relative_to(home)) for path in home.rglob("*")
                  if path.is_file() and data not in path.parents)


def test_the_built_program_makes_the_demo_exports_every_report_and_signs_one_off(
        built, home, tmp_path):
    folder, _ = built
    program = folder / EXE
    work = tmp_path / "work"
    work.mkdir()
    db = ["--db", str(work / "demo.sqlite")]
    ok(frozen(program, home, "demo", *db, cwd=work))

    # photos through the bundled JPEG and HEIC decoders (pillow-heif's libheif)
    photos = []
    for name, colour in (("counter.heic", (200, 120, 40)), ("sign.jpg", (20, 120, 240))):
        Image.new("RGB", (800, 600), colour).save(work / name, quality=70)
        photos.append(str(work / name))
    said = ok(frozen(program, home, "import", "photos", "--measure", "1.1", *photos, *db,
                     cwd=work))
    assert "Imported 2 of 2 photo(s)" in said, said

    files = listed_files(ok(frozen(program, home, "export", "--list", cwd=work)))
    names = [name for name, _ in files]
    assert {"fact-sheet", "integrity-results", "meeting-minutes", "year-calendar"} <= set(names)
    outs = [work / f"{name}.{fmt}" for name, formats in files for fmt in formats]
    with ThreadPoolExecutor(max_workers=2) as pool:  # each export is its own process
        results = pool.map(lambda out: frozen(program, home, "export", out.stem, *db,
                                              "--out", str(out), cwd=work), outs)
        for out, result in zip(outs, results, strict=True):
            ok(result)
            assert out.stat().st_size > 300, out
    assert len(outs) >= 30
    # Thai text laid out by the bundled HarfBuzz and the bundled word list, fonts embedded
    pdf = (work / "integrity-results.pdf").read_bytes()
    assert b"/FontFile2" in pdf and b"DCTDecode" in pdf

    ok(frozen(program, home, "sign-off", "fact-sheet", *db, "--prepared", "1",
              "--checked", "2", "--approved", "3", cwd=work))
    signed = work / "signed.pdf"
    ok(frozen(program, home, "export", "fact-sheet", *db, "--out", str(signed), cwd=work))
    said = ok(frozen(program, home, "verify", str(signed), *db, cwd=work))
    assert re.search(r"Exact copy of report \d{4}-\d{3} version 1 \(fact-sheet", said), said
    register = ok(frozen(program, home, "register", *db, cwd=work))
    assert re.search(r"^\d{4}-\d{3} v1 ", register, re.M) and "PDF SHA-256" in register
    # a changed file is not the signed-off one, though it says which it claims to be: its
    # text read back through the bundled pdfium (the window's PDF preview uses it too)
    signed.write_bytes(signed.read_bytes() + b"\n")
    changed = frozen(program, home, "verify", str(signed), *db, cwd=work)
    assert changed.returncode == 1
    assert re.search(r"looks like report \d{4}-\d{3} version 1", changed.stdout), changed.stdout

    shown = ok(frozen(program, home, *db, cwd=work, ITA_DESKTOP_EXIT_WHEN_SHOWN="1"))
    assert re.search(r"^shown \d+\.\d+$", shown, re.M), shown
    # PyThaiNLP kept to its bundled word list: no ~/pythainlp-data, nothing else in the home
    assert written_outside(home, home / ".local" / "share" / "ITA Desktop") == []


def test_a_portable_copy_keeps_its_database_and_backups_beside_the_program(built, tmp_path):
    _, archive = built
    if archive is None:
        pytest.skip("no portable .zip beside the prebuilt bundle")
    stick = tmp_path / "stick"
    # as a user unpacks it (Python's zipfile would drop the x bits and the links)
    subprocess.run(["unzip", "-q", "-o", str(archive), "-d", str(stick)], check=True)
    folder = stick / "ita-desktop"
    assert (folder / "portable.txt").is_file()
    home = tmp_path / "home"
    home.mkdir()
    ok(frozen(folder / EXE, home, "demo", "--db", str(folder / "data" / "ita-desktop.sqlite"),
              cwd=tmp_path))
    # the window on the default database: the portable one (a new one in the home would fail
    # the last check)
    shown = ok(frozen(folder / EXE, home, cwd=tmp_path, ITA_DESKTOP_EXIT_WHEN_SHOWN="1"))
    assert "shown" in shown
    # the commands' default database is the portable one too, and so is its backups folder
    ok(frozen(folder / EXE, home, "check", cwd=tmp_path))
    ok(frozen(folder / EXE, home, "backup", cwd=tmp_path))
    assert list((folder / "data" / "backups").glob("ita-desktop*")), "no backup beside it"
    assert written_outside(home, home / "nothing") == []
