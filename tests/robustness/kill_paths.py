"""The program's write paths, as the kill harness runs them: one entry of ``PATHS`` each.

A path says how a chain of runs starts (``prepare``, in the parent), what one run of the child
does (``run``: the program's own services or its command line, one ``reporter.op`` around each
write), how to read each key's state back from the files (``observe``: plain SQLite reads, no
open of the program's, so the child can call it beside its own connection), and what else must
hold after a kill (``extra_check``). Adding a path is one function per part and one entry.

Even runs go through the services on one long-lived connection, as the window does; odd runs
through ``ita_desktop.cli.main``, a fresh open per command, as the command line does.

A bundle import, say, would be: ``prepare`` copies the demo and exports a bundle of it into
the folder; ``run`` imports it to a new file inside ``reporter.op("imported",
content_digest(<the demo copy>))``; ``observe`` gives ``content_digest`` of the new file
(``absent`` before); ``extra_check`` that nothing half extracted is left under a database's
name; ``database`` names the file to open and check.
"""

from __future__ import annotations

from kill_data_paths import (
    WritePath,
    _copy_demo,
    _emblem_observe,
    _emblem_run,
    _framework_observe,
    _framework_run,
    _roster_observe,
    _roster_run,
    _signoff_check,
    _signoff_observe,
    _signoff_run,
)
from kill_file_paths import (
    _backup_check,
    _backup_observe,
    _backup_run,
    _demo_observe,
    _demo_run,
    _migration_check,
    _migration_observe,
    _migration_prepare,
    _migration_run,
    _replace_observe,
    _replace_prepare,
    _replace_run,
)

PATHS: dict[str, WritePath] = {p.name: p for p in (
    WritePath("roster-import", _copy_demo, _roster_run, _roster_observe),
    WritePath("sign-off", _copy_demo, _signoff_run, _signoff_observe, _signoff_check),
    WritePath("framework", _copy_demo, _framework_run, _framework_observe),
    WritePath("emblem", _copy_demo, _emblem_run, _emblem_observe),
    WritePath("migration", _migration_prepare, _migration_run, _migration_observe,
              _migration_check, fresh_chain_when_done=True),
    WritePath("demo", lambda workdir, demo: None, _demo_run, _demo_observe, may_be_absent=True,
              fresh_chain_when_done=True),
    WritePath("demo-replace", _replace_prepare, _replace_run, _replace_observe,
              fresh_chain_when_done=True),
    WritePath("backup", _copy_demo, _backup_run, _backup_observe, _backup_check),
)}
