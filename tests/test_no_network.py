"""The program never opens a network connection (issue 10): every command and the window run
in child processes whose sockets record and refuse any attempt to reach anything.

The guard is a ``sitecustomize`` module put first on ``PYTHONPATH``, so it is installed before
the program imports anything. It covers Python's own ways out (socket connect, name lookups,
TLS); Qt's C++ networking would pass it by, so each run also reports whether
``PySide6.QtNetwork`` was ever imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GUARD = r'''
import atexit, json, os, socket, sys, traceback

_LOG = os.environ["NONET_LOG"]


def _write(event):
    event["pid"] = os.getpid()
    event["argv"] = sys.argv[1:]
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(json.dumps(event) + "\n")


def _refuse(what):
    def refused(*args, **kwargs):
        # The stack says which code tried: that is the finding to report.
        _write({"event": "attempt", "call": what, "args": repr(args)[:300],
                "stack": "".join(traceback.format_stack(limit=25)[:-1])})
        raise OSError("network use refused by tests/test_no_network.py: " + what)
    return refused


socket.socket.connect = _refuse("socket.connect")
socket.socket.connect_ex = _refuse("socket.connect_ex")
socket.socket.sendto = _refuse("socket.sendto")
socket.create_connection = _refuse("socket.create_connection")
socket.getaddrinfo = _refuse("socket.getaddrinfo")
socket.gethostbyname = _refuse("socket.gethostbyname")
socket.gethostbyname_ex = _refuse("socket.gethostbyname_ex")
import ssl
ssl.SSLContext.wrap_socket = _refuse("ssl.wrap_socket")
ssl.SSLContext.wrap_bio = _refuse("ssl.wrap_bio")

_write({"event": "start"})


@atexit.register
def _at_exit():
    _write({"event": "exit",
            "qt_network": sorted(m for m in sys.modules if m.startswith("PySide6.QtNetwork")),
            "pythainlp": "pythainlp.tokenize" in sys.modules})
'''

# The window as a user meets it: started by the command line on the demo database, every tab
# built, the export dialog's preview rendered, then everything closed so the program exits.
WINDOW = r'''
import json, os, sys, time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
db_path, folder = Path(sys.argv[1]), Path(sys.argv[2])
done = {"event": "window", "tabs": [], "pages": 0}


def drive():
    from ita_desktop.domain.digits import DigitStyle
    from ita_desktop.ui.reports.export_dialog import ExportDialog
    from ita_desktop.ui.shell.main_window import MainWindow
    from ita_desktop.ui.shell.tabs import TABS

    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    for spec in TABS:
        window.tab(spec.key)
        done["tabs"].append(spec.key)
    dialog = ExportDialog(window.db, window.selected_year(), DigitStyle.THAI, folder, False,
                          window, runner=window.jobs)
    dialog.show()
    deadline = time.monotonic() + 40

    def wait():
        if dialog.preview.page_count() > 0 or time.monotonic() > deadline:
            done["pages"] = dialog.preview.page_count()
            dialog.close()
            window.close()
        else:
            QTimer.singleShot(50, wait)
    wait()


QTimer.singleShot(0, drive)
from ita_desktop.cli import main

code = main(["--db", str(db_path), "--lang", "en"])
with open(os.environ["NONET_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps(done) + "\n")
sys.exit(code)
'''


def _guarded_env(tmp_path: Path, log: Path) -> dict[str, str]:
    guard = tmp_path / "guard"
    guard.mkdir(exist_ok=True)
    (guard / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    env = dict(os.environ)
    # The worktree's package before the installed one, then the guard before everything.
    env["PYTHONPATH"] = os.pathsep.join([str(guard), str(ROOT)])
    env["NONET_LOG"] = str(log)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _events(log: Path) -> list[dict]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def _run(env: dict[str, str], args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def _cli(env: dict[str, str], cwd: Path, *argv: str, ok: tuple[int, ...] = (0,)) -> str:
    done = _run(env, ["-m", "ita_desktop", *argv], cwd)
    assert done.returncode in ok and "Traceback" not in done.stderr, \
        (argv, done.returncode, done.stderr)
    return done.stdout


def _assert_no_network(events: list[dict], runs: int) -> list[dict]:
    attempts = [e for e in events if e["event"] == "attempt"]
    assert not attempts, "network attempted:\n" + "\n\n".join(
        f"{e['call']}{e['args']} in {e['argv']}\n{e['stack']}" for e in attempts)
    starts = [e for e in events if e["event"] == "start"]
    exits = [e for e in events if e["event"] == "exit"]
    # Every child ran under the guard and ended normally, so its report is complete.
    assert len(starts) == len(exits) == runs
    assert [(e["argv"], e["qt_network"]) for e in exits if e["qt_network"]] == []
    return exits


def test_the_guard_records_an_attempt(tmp_path):
    """Without this, a broken guard would let the real tests pass on anything."""
    log = tmp_path / "net.log"
    env = _guarded_env(tmp_path, log)
    code = ("import socket, urllib.request\n"
            "s = socket.socket()\n"
            "try:\n    s.connect(('127.0.0.1', 9))\nexcept OSError:\n    pass\n"
            "try:\n    urllib.request.urlopen('https://example.org', timeout=1)\n"
            "except OSError:\n    pass\n"
            "import PySide6.QtNetwork\n")
    done = _run(env, ["-c", code], tmp_path)
    assert done.returncode == 0, done.stderr
    events = _events(log)
    calls = [e["call"] for e in events if e["event"] == "attempt"]
    assert calls == ["socket.connect", "socket.create_connection"]
    assert [e["qt_network"] for e in events if e["event"] == "exit"] == \
        [["PySide6.QtNetwork"]]


def test_the_commands_open_no_connection(tmp_path):
    log = tmp_path / "net.log"
    env = _guarded_env(tmp_path, log)
    db = str(tmp_path / "unit.sqlite")
    runs = 0

    def cli(*argv: str, ok: tuple[int, ...] = (0,)) -> str:
        nonlocal runs
        runs += 1
        return _cli(env, tmp_path, *argv, "--db", db, ok=ok)

    cli("demo")
    listing = cli("export", "--list")
    reports = {}
    about_an_order = set()
    reports_part, _, measures_part = listing.partition("\nMeasures of fiscal year")
    # The demo's measures follow the reports, for `import photos --measure` to name.
    assert "\n1.1  " in measures_part
    for line in reports_part.strip().splitlines():
        key, _, rest = line.partition("  ")
        formats = rest.split("format: ", 1)[-1] if "format: " in rest else \
            rest.split("formats: ", 1)[1]
        reports[key] = [f.strip().lower() for f in formats.split(";")[0].split(",")]
        if "(--subject N/YYYY)" in rest:
            about_an_order.add(key)
    assert {"fact-sheet", "roster", "committee-order", "roster-workbook", "framework"} <= \
        set(reports)
    for key, formats in reports.items():
        for fmt in formats:
            # The demo's order is of the current fiscal year, the year its settings hold.
            # The demo's measures are of the current fiscal year too.
            year = [] if key in ("roster-workbook", "roster-template", "integrity-measures",
                                 "integrity-results", *about_an_order) else ["--year", "2568"]
            cli("export", key, *year, "--out", str(tmp_path / f"{key}.{fmt}"))
    cli("sign-off", "roster", "--year", "2568", "--prepared", "5", "--checked", "3",
        "--approved", "1")
    signed = tmp_path / "signed.pdf"
    cli("export", "roster", "--year", "2568", "--out", str(signed))
    assert "Exact copy" in cli("verify", str(signed))
    cli("register")
    cli("check")
    cli("backup", "--out", str(tmp_path / "copy.sqlite"))
    cli("backup")  # a rotating copy in the backups folder: the lock note names the computer
    cli("backup", "--list")
    cli("restore", "--latest")
    cli("bundle", "export", "--out", str(tmp_path / "unit.zip"))
    runs += 1
    _cli(env, tmp_path, "bundle", "import", str(tmp_path / "unit.zip"), "--out",
         str(tmp_path / "received.sqlite"))
    # The demo's own roster: read and checked in full, its people reported as already present
    # (exit 1, findings); and its framework, replacing the year's so the import writes.
    cli("import", "roster", str(tmp_path / "roster-workbook.xlsx"), "--dry-run", ok=(0, 1))
    cli("import", "roster", str(tmp_path / "roster-workbook.xlsx"), ok=(0, 1))
    cli("import", "framework", str(tmp_path / "framework.json"), "--replace")
    from PIL import Image, ImageDraw

    image = tmp_path / "signature.png"
    picture = Image.new("RGB", (300, 120), "white")
    ImageDraw.Draw(picture).line([(20, 90), (120, 30), (280, 80)], fill="black", width=6)
    picture.save(image)
    cli("import", "emblem", str(image))
    photo = tmp_path / "counter.jpg"
    Image.new("RGB", (640, 480), "steelblue").save(photo)
    cli("import", "photos", "--measure", "1.1", str(photo))
    cli("import", "signature", "5", str(image))
    exits = _assert_no_network(_events(log), runs)
    # PyThaiNLP breaks the Thai lines of the PDFs; its word lists ship with it, and had it
    # tried to download a corpus the guard would have recorded the attempt above.
    assert any(e["pythainlp"] for e in exits)


def test_the_window_opens_no_connection(tmp_path, demo_file):
    log = tmp_path / "net.log"
    env = _guarded_env(tmp_path, log)
    db = tmp_path / "unit.sqlite"
    db.write_bytes(demo_file.read_bytes())
    script = tmp_path / "window.py"
    script.write_text(WINDOW, encoding="utf-8")
    done = _run(env, [str(script), str(db), str(tmp_path)], tmp_path)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    events = _events(log)
    window = [e for e in events if e["event"] == "window"]
    from ita_desktop.ui.shell.tabs import TABS

    assert window and window[0]["tabs"] == [spec.key for spec in TABS]
    assert window[0]["pages"] >= 1, "the export preview was never rendered"
    [exit_event] = _assert_no_network(events, 1)
    assert exit_event["pythainlp"]  # the preview's Thai lines were broken under the guard

