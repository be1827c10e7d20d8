"""Kill a write path's child process with SIGKILL at random moments and check what it leaves.

A chain of runs works on one folder, as a secretary's PC goes on after each power cut: the
first two runs (one through the services, one through the command line) go to the end
undisturbed (their timings place the later kills, and they prove the path's predictions
right), every later run is killed. After each kill a copy of the folder, exactly as
the kill left it, is checked:

- ``PRAGMA integrity_check`` passes on the database file;
- every key is where the ledger says it must be (``kill_ledger``): each change the child
  reported saved is there, and the operation in flight is either whole or not there at all;
- the path's own check (copies in ``backups``, a ``.part`` beside a backup, files verifying);
- the program opens the file (``open_database``) and ``check`` finds nothing it did not find
  before the chain began.

The moment of each kill comes from a seeded RNG: from the start of the process (a third of those
within its first 50 ms, while Python starts), anywhere in the writing part of the run, or
within one write operation (the most likely place for a half-written file). The seed is in every
failure message: ``ITA_KILL_SEED=<seed>`` replays the same kills.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kill_data_paths import WritePath
from kill_ledger import Event, Ledger, parse

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CHILD = HERE / "kill_child.py"
# A run that takes this much longer than the undisturbed one hangs.
HANG_FACTOR, HANG_SLACK = 6, 60.0


@dataclass
class Timing:
    """When, in the undisturbed run, the child was ready and each write began and returned."""

    total: float
    ready: float
    operations: list[tuple[float, float]]


@dataclass
class Outcome:
    run: int
    moment: str
    killed: bool
    events: list[Event]
    problems: list[str]
    stderr: str = ""


@dataclass
class PathReport:
    name: str
    seed: str
    wanted: int
    kills: int = 0
    finished: int = 0  # runs that ended before their moment came
    saved: int = 0  # operations reported saved, each checked after the kill
    seconds: float = 0.0
    failures: list[Outcome] = field(default_factory=list)
    moments: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        moments = ", ".join(f"{k} {v}" for k, v in sorted(self.moments.items()))
        return (f"{self.name}: {self.kills} kills ({moments}), {self.finished} runs finished "
                f"first, {self.saved} saved operations checked, "
                f"{len(self.failures)} with problems, {self.seconds:.1f} s")

    def message(self) -> str:
        lines = [self.summary(), f"replay with ITA_KILL_SEED={self.seed}"]
        for outcome in self.failures[:5]:
            lines.append(f"run {outcome.run}, killed at {outcome.moment}:")
            lines += [f"  - {p}" for p in outcome.problems]
            said = [" ".join(filter(None, (e.what, e.key, *e.after))) for e in outcome.events]
            lines.append(f"  the child said: {said}")
            if outcome.stderr:
                lines.append("  its stderr ends: " + outcome.stderr[-1500:])
        return "\n".join(lines)


class Child:
    """One run of the path in its own process, its stdout lines timed as they arrive."""

    def __init__(self, module: str, path: WritePath, workdir: Path, run: int,
                 stderr: Path) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(HERE), env.get("PYTHONPATH", "")])
        env["ITA_KILL_PATHS"] = module
        self._stderr = stderr.open("wb")
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), path.name, str(workdir), str(run)],
            stdout=subprocess.PIPE, stderr=self._stderr, stdin=subprocess.DEVNULL, env=env,
            cwd=workdir)
        self.lines: list[tuple[float, str]] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            with self._changed:
                self.lines.append((time.monotonic() - self.started,
                                   raw.decode("utf-8", "replace")))
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def wait_for(self, seen: Callable[[list[str]], bool], timeout: float) -> str:
        """Until the lines so far satisfy ``seen``: ``seen``, else ``ended`` (the child closed
        its stdout first) or ``hung`` (``timeout`` passed)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not seen([line for _, line in self.lines]):
                left = deadline - time.monotonic()
                if not self._reader.is_alive():
                    return "ended"
                if left <= 0:
                    return "hung"
                self._changed.wait(min(left, 0.05))
        return "seen"

    def kill(self) -> bool:
        """SIGKILL; True when the child was still running."""
        running = self.proc.poll() is None
        if running:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.finish(None)
        return running

    def finish(self, timeout: float | None) -> int:
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
            code = self.proc.wait()
        self._reader.join()
        self._stderr.close()
        return code

    def events(self) -> list[Event]:
        return [parse(line) for _, line in self.lines]


def _timing(child: Child) -> Timing:
    ready, begun, operations = 0.0, 0.0, []
    for at, line in child.lines:
        event = parse(line)
        if event.what == "ready":
            ready = at
        elif event.what == "begin":
            begun = at
        elif event.what == "saved":
            operations.append((begun, at))
    return Timing(time.monotonic() - child.started, ready, operations)


def _integrity(path: Path) -> list[str]:
    import sqlite3

    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True)
        try:
            found = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"{path.name}: SQLite cannot read it ({exc})"]
    return [] if found == ["ok"] else [f"{path.name}: integrity check says {found}"]


def findings(path: Path) -> set[str]:
    """What ``ita-desktop check`` says of the file, opened as the program opens it."""
    from ita_desktop.store import open_database
    from ita_desktop.store.checks import run_checks

    db = open_database(path, create=False)
    try:
        return set(run_checks(db))
    finally:
        db.close()


class Chain:
    """One folder's life: prepared once, then run, killed and checked again and again."""

    def __init__(self, module: str, path: WritePath, demo: Path, scratch: Path) -> None:
        self.module, self.path, self.demo, self.scratch = module, path, demo, scratch
        self.number = 0
        self.start()

    def start(self) -> None:
        self.number += 1
        self.workdir = self.scratch / f"chain-{self.number}"
        self.workdir.mkdir(parents=True)
        self.path.prepare(self.workdir, self.demo)
        self.ledger = Ledger()
        self.run = 0
        database = self.workdir / self.path.database if self.path.database else None
        self.baseline = findings(self._copy() / database.name) \
            if database is not None and database.exists() else set()

    def _copy(self) -> Path:
        """The folder exactly as the last process left it (database, WAL, journal and all),
        so that checking it changes nothing the next run will find."""
        copy = self.scratch / "snapshot"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(self.workdir, copy, symlinks=True)
        return copy

    def child(self) -> Child:
        child = Child(self.module, self.path, self.workdir, self.run,
                      self.scratch / f"stderr-{self.number}-{self.run}.txt")
        self.run += 1
        return child

    def check(self, child: Child, killed: bool, moment: str) -> Outcome:
        code = child.proc.returncode
        stderr = (self.scratch / f"stderr-{self.number}-{self.run - 1}.txt").read_text(
            "utf-8", "replace")
        outcome = Outcome(self.run - 1, moment, killed, child.events(), [], stderr)
        if not killed and code != 0:
            outcome.problems.append(f"the run failed on its own (exit status {code})")
        copy = self._copy()
        database = copy / self.path.database if self.path.database else None
        if database is not None and (database.exists() or not self.path.may_be_absent):
            outcome.problems += _integrity(database)
        try:
            outcome.problems += self.ledger.check(
                outcome.events, lambda keys: self.path.observe(copy, keys))
            if self.path.extra_check is not None:
                outcome.problems += self.path.extra_check(copy)
            if database is not None and database.exists():
                new = sorted(findings(database) - self.baseline)
                outcome.problems += [f"check finds: {f}" for f in new]
        except Exception as exc:  # a check that cannot even read the file is a finding
            outcome.problems.append(f"checking the file failed: {type(exc).__name__}: {exc}")
        if code == 0 and self.path.fresh_chain_when_done:
            self.start()
        return outcome


def run_path(path: WritePath, kills: int, seed: str, demo: Path, scratch: Path,
             module: str = "kill_paths") -> PathReport:
    """Kill ``path``'s child ``kills`` times (runs that end before their moment come on top);
    the report lists every run whose files were not as they must be."""
    rng = random.Random(f"{seed}:{path.name}")
    report = PathReport(path.name, seed, kills)
    began = time.monotonic()
    chain = Chain(module, path, demo, scratch)

    # Runs 0 and 1 (the window's way and the command line's) go to the end undisturbed.
    timings: list[Timing] = []
    for _ in range(2):
        child = chain.child()
        code = child.finish(timeout=600)
        timings.append(_timing(child))
        outcome = chain.check(child, False, "never (an undisturbed run)")
        report.saved += len(timings[-1].operations)
        if outcome.problems or code != 0 or not timings[-1].operations:
            if not timings[-1].operations:
                outcome.problems.append("the undisturbed run reported no saved operation")
            report.failures.append(outcome)
            report.seconds = time.monotonic() - began
            return report

    attempts = 0
    while report.kills < kills and attempts < kills * 3:
        attempts += 1
        timing = timings[chain.run % 2]
        child = chain.child()
        hang = timing.total * HANG_FACTOR + HANG_SLACK
        draw = rng.random()
        if draw < 0.15:
            early = rng.random() < 1 / 3
            delay = rng.uniform(0, 0.05 if early else timing.total)
            mode = "start" if not early else "first-50ms"
            moment = f"{delay * 1000:.0f} ms after the start"
            reached = "seen"
        elif draw < 0.45:
            delay = rng.uniform(0, max(timing.total - timing.ready, 0.001))
            mode, moment = "run", f"{delay * 1000:.0f} ms after 'ready'"
            reached = child.wait_for(lambda lines: "ready\n" in lines, hang)
        else:
            k = rng.randrange(len(timing.operations))
            begun, saved = timing.operations[k]
            delay = rng.uniform(0, (saved - begun) * 1.25 + 0.002)
            mode = "operation"
            moment = f"{delay * 1000:.1f} ms into write {k + 1}"
            reached = child.wait_for(
                lambda lines, k=k: sum(line.startswith("begin") for line in lines) > k, hang)
        hung = reached == "hung"
        if reached == "seen":
            # From the start: what is left of the delay; otherwise from the awaited line.
            since = mode in ("start", "first-50ms")
            time.sleep(max(0.0, delay - (time.monotonic() - child.started)) if since else delay)
        killed = child.kill()
        outcome = chain.check(child, killed, moment)
        if hung:
            outcome.problems.append(f"the run hung (no progress for {hang:.0f} s)")
        report.saved += sum(e.what == "saved" for e in outcome.events)
        if killed:
            report.kills += 1
            report.moments[mode] = report.moments.get(mode, 0) + 1
        else:
            report.finished += 1
        if outcome.problems:
            report.failures.append(outcome)
            break  # the chain's state is no longer known; the first failure is the one to read
    report.seconds = time.monotonic() - began
    return report
