"""The catalogue of bad inputs (tests/robustness/bad_inputs.py, with bad_inputs_stores.py and
bad_inputs_texts.py), each taken in as the window takes it and as the command line does. For
every one: a clear message in the window's language (it changes when worded in English, and
its template has Thai), the program still running (a refusal, never another exception),
nothing partly imported (the database's content unchanged, no file left beside it), the file
itself unchanged; and, over the whole catalogue run in one child process, memory bounded.
benchmarks/bad_inputs.py prints how each ended, its time and the memory it took."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, dump
from tests.robustness.bad_inputs import BadInput, catalogue

# Every entry's refusal in one process must stay under this peak (resident set size): the
# program itself with Qt, the demo data and the worst file refused. A bomb that were read would
# take gigabytes.
PEAK_LIMIT_MB = 600
THAI = re.compile("[\u0e01-\u0e5b]")


def _entries() -> list[BadInput]:
    # The demo file is only read by the damaged-database entry, at make time.
    return catalogue(Path("unused"))


ENTRY_IDS = [entry.id for entry in _entries()]


def test_the_catalogue_holds_at_least_forty_bad_inputs():
    assert len(ENTRY_IDS) >= 40
    assert len(set(ENTRY_IDS)) == len(ENTRY_IDS)


@pytest.fixture
def thai_window(qapp):
    from ita_desktop.ui.shell.translation import install_translators

    assert "ita_desktop_th" in install_translators(qapp, "th")
    yield
    install_translators(qapp, "en")


def _entry(demo_file: Path, entry_id: str) -> BadInput:
    return next(e for e in catalogue(demo_file) if e.id == entry_id)


def _sha(path: Path) -> str | None:
    if not path.exists() or path.is_dir():
        return None
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _files(folder: Path) -> set[str]:
    """Every file and folder under ``folder``; SQLite's own companions of the open unit file
    come and go with its connection and are left out."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*")
            if not p.name.startswith("unit.sqlite-")}


@pytest.mark.parametrize("entry_id", ENTRY_IDS)
def test_refused_in_thai_with_nothing_changed(entry_id, demo_file, tmp_path, qapp, thai_window):
    from PySide6.QtCore import QCoreApplication

    from ita_desktop.errors import CONTEXT, messages
    from ita_desktop.store import open_database
    from ita_desktop.ui.shell.translation import install_translators

    entry = _entry(demo_file, entry_id)
    unit = tmp_path / "unit.sqlite"
    shutil.copy(demo_file, unit)
    folder = tmp_path / "in"
    folder.mkdir()
    bad = entry.make(folder)
    before_file, before_data, before_files = _sha(bad), dump(unit), _files(tmp_path)

    db = open_database(unit)
    try:
        said = entry.act(db, bad)
    finally:
        db.close()

    assert said.messages, f"{entry.id}: accepted, no message"
    if entry.codes:
        assert said.code in entry.codes, f"{entry.id}: {said.code} {said.messages}"
    for message in said.messages:
        assert THAI.search(message), f"{entry.id}: not said in Thai: {message}"
        assert not re.search(r"%[a-z_]+\b|%\d", message), f"{entry.id}: unfilled: {message}"
        # A list of problems may run over lines; none of them, nor the whole, runs on and on.
        longest = max(len(line) for line in message.splitlines())
        assert longest < 500 and len(message) < 5000, f"{entry.id}: {len(message)} characters"
    # Worded again in English, each message must change: Thai that only a value brings (the
    # Thai file name in an English sentence) is not the window's language.
    assert said.reword is not None
    install_translators(qapp, "en")
    try:
        english = said.reword()
    finally:
        install_translators(qapp, "th")
    for thai, other in zip(said.messages, english, strict=True):
        assert thai != other, f"{entry.id}: not translated: {thai}"
    # A message whose findings are in Thai may still say its own sentence in English.
    if said.code in messages():
        template = messages()[said.code]
        assert QCoreApplication.translate(CONTEXT, template) != template, \
            f"{entry.id}: {said.code} has no Thai"
    assert _sha(bad) == before_file, f"{entry.id}: the file was changed"
    assert dump(unit) == before_data, f"{entry.id}: the database was changed"
    # Nothing half made is left: no imported database, part file, backups folder or lock.
    assert _files(tmp_path) == before_files, f"{entry.id}: files left behind"


@pytest.mark.parametrize("entry_id", [e.id for e in _entries() if e.cli is not None])
def test_command_line_refuses_without_traceback(entry_id, demo_file, tmp_path, capsys):
    from ita_desktop.cli import main

    entry = _entry(demo_file, entry_id)
    assert entry.cli is not None
    unit = tmp_path / "unit.sqlite"
    shutil.copy(demo_file, unit)
    folder = tmp_path / "in"
    folder.mkdir()
    bad = entry.make(folder)
    before_file, before_data = _sha(bad), dump(unit)

    before_files = _files(tmp_path)
    code = main(entry.cli(unit, bad))

    said = capsys.readouterr()
    # Refusals go to stderr; a roster's problems are listed on stdout, as `check` lists its
    # findings.
    err = said.err + said.out
    assert code in (1, 2), f"{entry.id}: exit {code}: {err}"
    assert "Traceback" not in err and err.strip(), f"{entry.id}: {err}"
    assert _sha(bad) == before_file
    assert dump(unit) == before_data
    assert _files(tmp_path) == before_files, f"{entry.id}: files left behind"


CHILD = """
import json, resource, shutil, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from ita_desktop.store import open_database
from tests.robustness.bad_inputs import catalogue

demo, work = Path(sys.argv[2]), Path(sys.argv[3])
from PySide6.QtWidgets import QApplication
app = QApplication([])
peaks = {}
for n, entry in enumerate(catalogue(demo)):
    folder = work / str(n)
    folder.mkdir()
    unit = folder / "unit.sqlite"
    shutil.copy(demo, unit)
    bad = entry.make(folder)
    db = open_database(unit)
    try:
        said = entry.act(db, bad)
    finally:
        db.close()
    peaks[entry.id] = [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, said.code]
    shutil.rmtree(folder)
print(json.dumps(peaks))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="resource is POSIX")
def test_memory_stays_bounded_over_the_whole_catalogue(demo_file, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), str(demo_file), str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    peaks = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(peaks) == len(ENTRY_IDS)
    assert all(code for _, code in peaks.values()), peaks
    worst = max(peaks, key=lambda name: peaks[name][0])
    assert peaks[worst][0] < PEAK_LIMIT_MB, f"peak {peaks[worst][0]} MB after {worst}"
