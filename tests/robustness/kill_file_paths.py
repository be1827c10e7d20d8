"""The write paths that make or replace whole files: the schema upgrade and its copy in
``backups``, the demo, ``demo --replace`` over a unit's own file, a backup copy."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from kill_data_paths import (
    DB,
    STORE_DATA,
    _command,
    _read,
    _services,
    _short,
    batch_people,
    content_digest,
)
from kill_ledger import Reporter

from ita_desktop.store import open_database

# --- migration ------------------------------------------------------------------------------

BEFORE = "in/before.sqlite"  # the file as the chain began, for the copy in ``backups``


def _migration_prepare(workdir: Path, demo: Path) -> None:
    # Schema 2 with signed-off reports: the upgrade rebuilds the register around their files.
    shutil.copy(STORE_DATA / "reports-v2.sqlite", workdir / DB)
    (workdir / BEFORE).parent.mkdir(exist_ok=True)
    shutil.copy(workdir / DB, workdir / BEFORE)


def _migration_v4_prepare(workdir: Path, demo: Path) -> None:
    """The same file at schema 4, as the release before row versions left it: the upgrade is
    the last step alone (migration 5)."""
    from ita_desktop.store.database import connect
    from ita_desktop.store.migrations import MIGRATIONS, migrate

    _migration_prepare(workdir, demo)
    db = connect(workdir / DB, create=False)
    try:
        migrate(db, MIGRATIONS[:4])
    finally:
        db.close()
    for side in ("-wal", "-shm", "-journal"):
        Path(f"{workdir / DB}{side}").unlink(missing_ok=True)
    shutil.copy(workdir / DB, workdir / BEFORE)
    shutil.rmtree(workdir / "backups", ignore_errors=True)


def _schema_state(path: Path) -> str:
    """The schema version, and what a user would miss: the people and every stored file."""
    conn = _read(path)
    if conn is None:
        return "absent"
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        people = conn.execute("SELECT first_name, last_name FROM people ORDER BY id").fetchall()
        if version <= 2:
            files = conn.execute("SELECT sha256, content FROM report_files").fetchall()
        else:
            files = conn.execute("SELECT f.sha256, b.content FROM report_files f "
                                 "JOIN blobs b ON b.sha256 = f.sha256").fetchall()
        sound = all(hashlib.sha256(c).hexdigest() == s for s, c in files)
        content = _short(json.dumps([people, sorted(s for s, _ in files)],
                                    ensure_ascii=False))
        return f"v{version}:{len(files)}:{'ok' if sound else 'bad'}:{content}"
    except sqlite3.DatabaseError as exc:
        return f"unreadable:{exc}"
    finally:
        conn.close()


def _migration_run(workdir: Path, run: int, reporter: Reporter) -> None:
    from ita_desktop.store.migrations import LATEST_VERSION

    reporter.ready()
    before = reporter.state("schema")
    version = int(before.split(":")[0][1:])
    rest = before.split(":", 1)[1]
    steps = [f"v{v}:{rest}" for v in range(version + 1, LATEST_VERSION + 1)]
    with reporter.op("schema", *(steps or [before])):
        open_database(workdir / DB, create=False).close()


def _migration_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    return {key: _schema_state(workdir / DB) for key in keys}


def _migration_check(workdir: Path) -> list[str]:
    """Every copy in ``backups`` is the file as it was before the upgrade: a copy cut off
    half way is only ever under a hidden part name (``.NAME.part``), which no list shows."""
    original = _schema_state(workdir / BEFORE).split(":", 1)[1]
    problems = []
    folder = workdir / "backups"
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if path.name.startswith(".") and ".part" in path.name:
            continue
        state = _schema_state(path)
        if state.split(":", 1)[-1] != original:
            problems.append(f"backups/{path.name} holds {state!r}, not the file before the "
                            f"upgrade ({original!r})")
    return problems


# --- demo -----------------------------------------------------------------------------------

def _demo_state(path: Path) -> str:
    conn = _read(path)
    if conn is None:
        return "absent"
    try:
        people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
        emblem = conn.execute("SELECT emblem IS NOT NULL FROM unit").fetchone()
        years = conn.execute("SELECT count(*) FROM frameworks").fetchone()[0]
        settings = conn.execute("SELECT count(*) FROM settings").fetchone()[0]
        demo = people == 21 and emblem == (1,) and years >= 1 and settings >= 1
        return "demo" if demo else f"incomplete:{people}:{emblem}:{years}:{settings}"
    except sqlite3.DatabaseError as exc:
        return f"unreadable:{exc}"
    finally:
        conn.close()


def _demo_run(workdir: Path, run: int, reporter: Reporter) -> None:
    path = workdir / DB
    reporter.ready()
    # A file left by a kill after the move and before the report is replaced, as the user
    # who saw no "Created" line would do.
    again = ("--replace",) if path.exists() else ()
    with reporter.op("demo", "demo"):
        _command("demo", "--db", str(path), *again)


def _demo_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    return {key: _demo_state(workdir / DB) for key in keys}


# --- demo --replace over a unit's own file --------------------------------------------------

def _replace_prepare(workdir: Path, demo: Path) -> None:
    """The unit's own file as a window killed after its last save leaves it: that save, a
    person the demo does not have, is still in the WAL beside the file."""
    shutil.copy(demo, workdir / DB)
    person = batch_people(4000, 0)[0]
    killed_window = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA journal_mode = WAL')\n"
        "conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "conn.execute(\"INSERT INTO people (rank_key, first_name, last_name, created_at, \"\n"
        "             \"updated_at) VALUES (?, ?, ?, '2025-03-01T08:00:00', \"\n"
        "             \"'2025-03-01T08:00:00')\", sys.argv[2:])\n"
        "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", killed_window, str(workdir / DB), person.rank_key,
                    person.first_name, person.last_name], check=True)


def _newest_replaced(workdir: Path) -> Path | None:
    """The newest copy of a replaced file in ``backups``. A copy a kill cut off is only under
    a hidden part name: any other file there is a copy, and must be whole."""
    found = sorted((workdir / "backups").glob("*.replaced.*"), key=lambda p: p.stat().st_mtime)
    found = [p for p in found
             if not p.name.startswith(".") and not p.name.endswith(("-wal", "-shm"))]
    return found[-1] if found else None


def _replace_run(workdir: Path, run: int, reporter: Reporter) -> None:
    reporter.ready()
    # What the file holds, even when an earlier killed run already made it a demo.
    own = content_digest(workdir / DB)
    # The unit's data must be in the copy the command keeps, whatever the file becomes.
    with reporter.op("file", "demo"), reporter.op("replaced-copy", own):
        _command("demo", "--db", str(workdir / DB), "--replace")


def _replace_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    states = {}
    for key in keys:
        if key == "file":
            path: Path | None = workdir / DB
            states[key] = "demo" if _demo_state(workdir / DB) == "demo" \
                else content_digest(workdir / DB)
        else:
            path = _newest_replaced(workdir)
            states[key] = "absent" if path is None else content_digest(path)
    return states


# --- backup copy ----------------------------------------------------------------------------

BACKUP = "copy.sqlite"


def _backup_run(workdir: Path, run: int, reporter: Reporter) -> None:
    from ita_desktop.services.unit import save_profile
    from ita_desktop.store.unit import UnitRepository

    out = workdir / "out" / BACKUP
    out.parent.mkdir(exist_ok=True)
    reporter.ready()
    for step in range(2):
        db = _services(workdir)
        try:
            profile = UnitRepository(db).get()
            assert profile is not None
            phone = f"0 4200 {(run * 2 + step) % 10000:04d}"
            with reporter.op("phone", phone):
                save_profile(db, replace(profile, phone=phone))
        finally:
            db.close()
        with reporter.op("copy", content_digest(workdir / DB)):
            _command("backup", "--db", str(workdir / DB), "--out", str(out), "--force")


def _backup_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    states = {}
    for key in keys:
        if key == "phone":
            conn = _read(workdir / DB)
            assert conn is not None
            try:
                states[key] = conn.execute("SELECT phone FROM unit").fetchone()[0]
            finally:
                conn.close()
        else:
            states[key] = content_digest(workdir / "out" / BACKUP)
    return states


def _backup_check(workdir: Path) -> list[str]:
    """Beside the copy, at most its ``.part`` (and SQLite's journal, log and shared memory of
    it, which it makes while the backup API writes the part): names no one takes for a
    finished backup; SQLite clears the log and shared memory when the next copy opens the
    part, and the copy removes the part."""
    allowed = {BACKUP, *(BACKUP + ".part" + side for side in ("", "-journal", "-wal", "-shm"))}
    folder = workdir / "out"
    extra = sorted(p.name for p in folder.iterdir() if p.name not in allowed) \
        if folder.is_dir() else []
    return [f"out/ holds {extra}, beside the copy and its .part"] if extra else []
