"""A copy cut off half way (the PC switched off, the program killed) is never offered as a
backup: every copy in ``backups`` is written under a hidden part name and renamed complete.

The kills here are real: a child process copies page by page and ends with ``os._exit``
half way, which runs no ``finally`` and no clean-up, as SIGKILL or a power cut would.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from ita_desktop.services import backups
from ita_desktop.store.backups import folder_of, new_backup_path, parse_backup_name, part_of

ROOT = Path(__file__).resolve().parent.parent.parent
V2 = ROOT / "tests" / "store" / "data" / "reports-v2.sqlite"
T0 = datetime(2025, 3, 1, 8, 0, 0)

# The copy goes one page a step; after two steps the process dies where it stands.
_DIE_MID_COPY = """
import os, sys
from pathlib import Path
import ita_desktop.store.backups as store_backups
from ita_desktop.store.database import Database

store_backups.PAGES_PER_STEP = 1
steps = 0

def die_after_two(*_args):
    global steps
    steps += 1
    if steps > 2:
        os._exit(0)

def backup_to(self, target):
    import sqlite3
    dest = sqlite3.connect(str(target), isolation_level=None)
    self.conn.backup(dest, pages=1, progress=lambda *a: die_after_two())

Database.backup_to = backup_to
what, db, *rest = sys.argv[1:]
if what == "migrate":
    from ita_desktop.store import open_database
    open_database(Path(db), create=False)
elif what == "restore":
    from ita_desktop.services.backups import restore_backup
    restore_backup(Path(db), Path(rest[0]),
                   progress=lambda done, total, text="": text == "keep" and die_after_two())
elif what == "backup":
    from ita_desktop.services.backups import make_backup
    make_backup(Path(db), "manual", progress=lambda *a: die_after_two())
raise SystemExit("the copy was not cut off")
"""


def _killed_mid_copy(*argv: str) -> None:
    done = subprocess.run([sys.executable, "-c", _DIE_MID_COPY, *argv], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def _content(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _left_in_backups(db: Path) -> list[str]:
    return sorted(p.name for p in folder_of(db).iterdir())


def test_an_upgrade_killed_while_copying_leaves_no_copy_the_restore_list_offers(tmp_path):
    db = tmp_path / "unit.sqlite"
    shutil.copy(V2, db)
    _killed_mid_copy("migrate", str(db))

    left = _left_in_backups(db)
    assert left and all(name.startswith(".") and ".part" in name for name in left), left
    assert backups.list_backups(db) == []
    assert backups.newest_good_backup(db) is None
    # The file was not touched: the upgrade comes only after a complete copy.
    assert db.read_bytes() == V2.read_bytes()


def test_a_restore_killed_while_keeping_the_file_it_replaces_lists_only_good_copies(unit):
    good = backups.make_backup(unit, "manual", now=T0)
    before = _content(unit)
    _killed_mid_copy("restore", str(unit), str(good.path))

    listed = backups.list_backups(unit)
    assert [e.path for e in listed] == [good.path]
    assert all(e.good for e in listed)
    assert backups.newest_good_backup(unit).path == good.path
    # Its log folded in, the file holds what it held: the replace comes after the copy.
    assert _content(unit) == before


def test_a_backup_killed_half_way_is_not_listed_and_the_next_one_is_made(unit):
    first = backups.make_backup(unit, "manual", now=T0)
    _killed_mid_copy("backup", str(unit))

    assert [e.path for e in backups.list_backups(unit)] == [first.path]
    # The part the kill left does not stand in the way of the next copy, not even in the
    # same second.
    taken = datetime.now().replace(microsecond=0)
    again = backups.make_backup(unit, "manual", now=taken)
    again_too = backups.make_backup(unit, "manual", now=taken)
    assert {e.path for e in backups.list_backups(unit) if e.good} == {
        first.path, again.path, again_too.path}


def test_part_files_are_never_copies_even_when_they_hold_a_whole_database(unit):
    good = backups.make_backup(unit, "daily", now=T0)
    newer = new_backup_path(unit, "manual", T0.replace(hour=9))
    # A part that happens to be complete (killed just before the rename), and its journal.
    shutil.copy(good.path, part_of(newer))
    shutil.copy(good.path, Path(f"{part_of(newer)}-journal"))

    assert parse_backup_name(unit, part_of(newer).name) is None
    assert [e.path for e in backups.list_backups(unit)] == [good.path]
    assert backups.newest_good_backup(unit).path == good.path
    # The name of that part is not given to the next copy of the same second.
    assert new_backup_path(unit, "manual", T0.replace(hour=9)) != newer


@pytest.fixture
def unit(demo_file, tmp_path) -> Path:
    path = tmp_path / "unit.sqlite"
    shutil.copy(demo_file, path)
    return path


def test_copies_in_one_second_with_one_kept_each_leave_the_newest(unit):
    """Keep 1: each copy deletes the one before. The third of one second took the first free
    name (``-1``, deleted by then), sorted as the oldest, was deleted at once, and the backup
    ended in a crash."""
    made = []
    for phone in ("0 4200 0001", "0 4200 0002", "0 4200 0003"):
        _set_unit_phone(unit, phone)
        made.append(backups.make_backup(unit, "manual", keep=1, now=T0))
    listed = backups.list_backups(unit)
    assert [e.path for e in listed] == [made[-1].path]
    assert _unit_phone(listed[0].path) == "0 4200 0003"


def test_a_copy_made_with_the_clock_set_back_is_kept(unit):
    backups.make_backup(unit, "manual", keep=1, now=T0)
    _set_unit_phone(unit, "0 4200 0009")
    earlier = backups.make_backup(unit, "manual", keep=1, now=T0.replace(year=2024))
    assert earlier.path.exists()
    assert [e.path for e in backups.list_backups(unit)] == [earlier.path]


def _set_unit_phone(path: Path, phone: str) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE unit SET phone = ?", (phone,))
    finally:
        conn.close()


def _unit_phone(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT phone FROM unit").fetchone()[0]
    finally:
        conn.close()
