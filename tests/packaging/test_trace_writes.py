"""packaging/trace_writes.py reads strace's log as strace writes it: the writes are found (a
call cut in two by another thread, a path relative to a directory descriptor, a Thai file
name), reads and failed calls are not, and a write in the home outside the data folder is
named."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import trace_writes  # noqa: E402

LOG = r"""
100 openat(AT_FDCWD</w>, "/w/lib.so", O_RDONLY|O_CLOEXEC) = 3</w/lib.so>
100 openat(AT_FDCWD</w>, "out.pdf", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0666) = 3</w/out.pdf>
100 mkdir("/h/.cache", 0700) = -1 EEXIST (File exists)
101 openat(5</h/.config>, "QtProject.conf.lock", O_RDWR|O_CREAT <unfinished ...>
100 mkdir("/h/.local/share/ITA Desktop", 0777) = 0
101 <... openat resumed>, 0644) = 7</h/.config/QtProject.conf.lock>
100 rename("/h/.config/a.tmp", "/h/.config/QtProject.conf") = 0
100 unlink("/w/\340\270\201.docx") = 0
"""


def test_the_writes_of_a_log_are_found_and_nothing_else(tmp_path):
    log = tmp_path / "run.strace"
    log.write_text(LOG)
    assert trace_writes.written(log, Path("/w")) == {
        Path("/w/out.pdf"), Path("/h/.config/QtProject.conf.lock"),
        Path("/h/.local/share/ITA Desktop"), Path("/h/.config/a.tmp"),
        Path("/h/.config/QtProject.conf"), Path("/w/ก.docx")}


def test_only_the_data_folder_the_work_folder_and_system_places_are_allowed():
    home, program, work = Path("/tmp/t/home"), Path("/tmp/t/app/ita-desktop"), Path("/tmp/t/work")
    data = home / ".local/share/ITA Desktop/ITA Desktop"

    def allowed(path: str, data: Path = data) -> bool:
        return trace_writes.allowed(Path(path), data, work, (home, program))

    assert allowed(f"{data}/qt-state/QtProject.conf")
    assert allowed(f"{home}/.local/share")  # made on the way to the data folder
    assert allowed(f"{work}/backups/unit.sqlite")
    assert allowed("/tmp/openpyxl.x") and allowed("/dev/null")
    # the home and the program's folder are under /tmp here, and still watched
    assert not allowed(f"{home}/.config/QtProject.conf")
    assert not allowed(f"{home}/.local/share/other")
    assert not allowed(f"{program}/crash.log")
    assert allowed(f"{program}/data/crash.log", data=program / "data")
    assert not allowed("/var/lib/x")
