"""One run of a write path, in the child process the kill harness kills.

    python kill_child.py PATH WORKDIR RUN

Runs ``PATHS[PATH].run`` (of ``kill_paths``, or of the module ``ITA_KILL_PATHS`` names) on
the files in WORKDIR and reports on stdout as ``kill_ledger`` describes; exit status 0 once
every operation returned.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

from kill_ledger import Reporter


def main(name: str, workdir: str, run: str) -> int:
    # The harness's own tests hand it paths that lose data on purpose, from another module.
    path = importlib.import_module(os.environ.get("ITA_KILL_PATHS", "kill_paths")).PATHS[name]
    # Stdout is the report to the harness alone: what the commands print goes to stderr.
    channel = os.dup(1)
    os.dup2(2, 1)
    folder = Path(workdir)
    reporter = Reporter(folder, path.observe, channel)
    path.run(folder, int(run), reporter)
    reporter.done()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
