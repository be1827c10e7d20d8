"""The program's write paths killed with SIGKILL at random moments: after every kill the file
passes SQLite's integrity check, opens, ``check`` finds nothing new, every change reported saved
is there and nothing is half imported (``kill_harness`` says how).

``ITA_KILLS`` sets the number of kills, spread over the paths by their weight: a short run by
default (the suite's, about two per path), ``ITA_KILLS=336`` for the full run (24 per path).
``ITA_KILL_SEED`` replays a run; a failure message names its seed.
"""

from __future__ import annotations

import os
import secrets

import pytest
from kill_broken_paths import BROKEN
from kill_harness import PathReport, run_path
from kill_paths import PATHS

SHORT_RUN = 24


def _kills(name: str) -> int:
    total = int(os.environ.get("ITA_KILLS", SHORT_RUN))
    weights = sum(p.weight for p in PATHS.values())
    return max(1, round(total * PATHS[name].weight / weights))


@pytest.fixture(scope="session")
def kill_seed() -> str:
    return os.environ.get("ITA_KILL_SEED") or secrets.token_hex(4)


def _said(report: PathReport, capsys) -> None:
    if "ITA_KILLS" in os.environ:
        with capsys.disabled():
            print(f"\n{report.summary()} (seed {report.seed})")


@pytest.mark.parametrize("name", sorted(PATHS))
def test_a_kill_loses_nothing_saved_and_half_writes_nothing(name, demo_file, tmp_path,
                                                            kill_seed, capsys):
    wanted = _kills(name)
    report = run_path(PATHS[name], wanted, kill_seed, demo_file, tmp_path)
    _said(report, capsys)
    assert not report.failures, report.message()
    # Kills that came after the run had ended prove nothing: most must land.
    assert report.kills >= wanted, report.message()


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_the_harness_sees_a_lost_or_half_written_change(name, demo_file, tmp_path, kill_seed):
    """Paths that lose data on purpose: the harness must say so, or it proves nothing."""
    report = run_path(BROKEN[name], 6, kill_seed, demo_file, tmp_path,
                      module="kill_broken_paths")
    assert report.failures, report.message()
    problems = [p for outcome in report.failures for p in outcome.problems]
    assert any(BROKEN_SAYS[name] in p for p in problems), report.message()


BROKEN_SAYS = {"lies-about-saving": "reported saved as 'present'",
               "one-commit-per-person": "partial:"}
