"""The program's write paths, as the kill harness runs them: one entry of ``PATHS`` each.

A path says how a chain of runs starts (``prepare``, in the parent), what one run of the child
does (``run``: the program's own services or its command line, one ``reporter.op`` around each
write), how to read each key's state back from the files (``observe``: plain SQLite reads, no
open of the program's, so the child can call it beside its own connection), and what else must
hold after a kill (``extra_check``). Adding a path is one function per part and one entry.

Even runs go through the services on one long-lived connection, as the window does; odd runs
through ``ita_desktop.cli.main``, a fresh open per command, as the command line does.

The bundle import (``kill_copy_paths``) is an example: ``prepare`` exports two bundles into
the folder and imports each once, undisturbed, for reference; ``run`` imports one over the
unit's file and the other to a new file, each inside ``reporter.op(<file>,
content_digest(<its reference>))``; ``observe`` gives ``content_digest`` of each file
(``absent`` before); ``extra_check`` that nothing half extracted is left under a database's
name; ``database`` names the file to open and check.
"""

from __future__ import annotations

from kill_copy_paths import (
    _every_listed_copy_good,
    _export_check,
    _export_observe,
    _export_run,
    _import_check,
    _import_observe,
    _import_prepare,
    _import_run,
    _restore_observe,
    _restore_prepare,
    _restore_run,
    _rotating_observe,
    _rotating_prepare,
    _rotating_run,
)
from kill_data_paths import (
    WritePath,
    _copy_demo,
    _emblem_observe,
    _emblem_run,
    _framework_observe,
    _framework_run,
    _person_observe,
    _person_run,
    _roster_observe,
    _roster_run,
    _signoff_check,
    _signoff_observe,
    _signoff_run,
)
from kill_evidence_paths import _evidence_observe, _evidence_run
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
    _migration_v4_prepare,
    _replace_observe,
    _replace_prepare,
    _replace_run,
)
from kill_meeting_paths import _meeting_observe, _meeting_run
from kill_oit_paths import _oit_observe, _oit_run

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
    WritePath("person-save", _copy_demo, _person_run, _person_observe),
    WritePath("migration-v4", _migration_v4_prepare, _migration_run, _migration_observe,
              _migration_check, fresh_chain_when_done=True),
    WritePath("bundle-import", _import_prepare, _import_run, _import_observe, _import_check),
    WritePath("bundle-export", _copy_demo, _export_run, _export_observe, _export_check),
    WritePath("backup-rotating", _rotating_prepare, _rotating_run, _rotating_observe,
              _every_listed_copy_good),
    WritePath("restore", _restore_prepare, _restore_run, _restore_observe,
              _every_listed_copy_good),
    WritePath("meeting-save", _copy_demo, _meeting_run, _meeting_observe),
    WritePath("oit-change", _copy_demo, _oit_run, _oit_observe),
    WritePath("evidence-import", _copy_demo, _evidence_run, _evidence_observe),
)}
