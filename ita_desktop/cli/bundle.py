"""``ita-desktop bundle export|import``: the hand-over bundle on the command line, through the
same service as the window's File › Export/Import hand-over bundle….

A refused bundle exits 1 with the reason (nothing was imported); a database that cannot be
opened for export exits 2, as for every command.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ita_desktop.cli.files import FORCE_HELP

EXPORT_HELP = "write the database as one .zip with a manifest, for another PC or unit"
IMPORT_HELP = "check a hand-over bundle and make its database a new database file"


def add_bundle_command(commands: argparse._SubParsersAction, add_db) -> None:  # type: ignore[type-arg]
    bundle = commands.add_parser(
        "bundle", help="export or import a hand-over bundle (the unit's whole database in one "
        ".zip, checked on import)",
        description="A hand-over bundle is one .zip holding the unit's whole database (photos "
        "and signed-off files included), a README and a manifest with the program and schema "
        "versions and the SHA-256 of every member. Importing checks all of it before writing "
        "anything and makes a new database file; it never merges into an existing one.")
    actions = bundle.add_subparsers(dest="what", metavar="ACTION", required=True)

    export = actions.add_parser(
        "export", help=EXPORT_HELP,
        description="Write the hand-over bundle of the database to FILE (.zip). The copy is "
        "consistent even while the window has the database open. The bundle is built beside "
        "FILE and put in place only when complete.")
    add_db(export, required=False)
    export.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help="the bundle to write (.zip)")
    export.add_argument("--force", action="store_true", help=FORCE_HELP)

    imported = actions.add_parser(
        "import", help=IMPORT_HELP,
        description="Check the hand-over bundle BUNDLE (member names, sizes and compression, "
        "the manifest, the SHA-256 of every member, the schema version, the database's "
        "integrity) and only then write its database as the new file FILE. A bundle failing "
        "any check is refused with the reason, and nothing is written.")
    imported.add_argument("bundle", type=Path, metavar="BUNDLE", help="the .zip to import")
    imported.add_argument("--out", type=Path, required=True, metavar="FILE",
                          help="the new database file to make (.sqlite)")
    imported.add_argument("--force", action="store_true", help=FORCE_HELP)


def _mb(size: int) -> str:
    if size < 1_000_000:
        return f"{max(size // 1000, 1)} KB"
    return f"{size / 1_000_000:.1f} MB"


def run_bundle_export(args: argparse.Namespace, path: Path) -> str:
    """Export the database at ``path`` (already checked open by the caller)."""
    from ita_desktop.services.bundle import export_bundle

    made = export_bundle(path, args.out, force=args.force)
    return (f"Wrote the hand-over bundle '{made.path}' ({_mb(made.bundle_size)}): "
            f"{made.unit_name or 'unit without a name'}, {made.people} people, schema version "
            f"{made.schema_version}, database of {_mb(made.database_size)}.")


def run_bundle_import(args: argparse.Namespace) -> str:
    from ita_desktop.services.bundle import import_bundle
    from ita_desktop.store.migrations import LATEST_VERSION

    got = import_bundle(args.bundle, args.out, force=args.force)
    lines = [
        f"Imported '{args.bundle}' as the new database '{got.path}':",
        f"  unit: {got.unit_name or '(no name)'}; {got.people} people",
        f"  schema version {got.schema_version}; {_mb(got.size)}",
        f"  made by ITA Desktop {got.program_version or '?'} on {got.created or '?'}",
    ]
    if got.needs_upgrade:
        lines.append(f"  It is upgraded to schema version {LATEST_VERSION} when first opened "
                     "(a copy from before is kept in its 'backups' folder).")
    lines.append(f"Open it with: ita-desktop --db {got.path}")
    return "\n".join(lines)
