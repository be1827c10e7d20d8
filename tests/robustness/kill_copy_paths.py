"""The write paths that copy a whole database to another place and back: the hand-over bundle
(export and import), the rotating copies in ``backups`` and restoring one."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from kill_data_paths import DB, _command, _read, _services, batch_people, content_digest
from kill_ledger import Reporter

from ita_desktop.store.database import Database


def _unit_phone(workdir: Path) -> str:
    conn = _read(workdir / DB)
    assert conn is not None
    try:
        return conn.execute("SELECT phone FROM unit").fetchone()[0]
    finally:
        conn.close()


def _save_phone(db: Database, phone: str) -> None:
    from ita_desktop.services.unit import save_profile
    from ita_desktop.store.unit import UnitRepository

    profile = UnitRepository(db).get()
    assert profile is not None
    save_profile(db, replace(profile, phone=phone))


def _phone_of(run: int, step: int) -> str:
    return f"0 4200 {(run * 2 + step) % 10000:04d}"


def _hidden_part(name: str) -> bool:
    """A file a write in progress (or one a kill cut off) keeps under a name no one opens."""
    return name.startswith(".")


# --- hand-over bundle: import over an existing file and into a new one ------------------------

SOURCES = ("a", "b")


def _bundle(workdir: Path, which: str) -> Path:
    return workdir / "in" / f"{which}.zip"


def _reference(workdir: Path, which: str) -> Path:
    """The bundle ``which`` imported once, undisturbed: what every import of it must leave."""
    return workdir / "in" / f"{which}-imported.sqlite"


def _import_prepare(workdir: Path, demo: Path) -> None:
    """The unit's file (the demo), and two bundles of it from other PCs, each with a person
    the others do not have."""
    from ita_desktop.services.bundle import export_bundle, import_bundle
    from ita_desktop.services.roster import save_person
    from ita_desktop.store import open_database

    shutil.copy(demo, workdir / DB)
    (workdir / "in").mkdir()
    shutil.copy(demo, workdir / "in" / "unit-at-start.sqlite")
    for n, which in enumerate(SOURCES):
        source = workdir / "in" / f"{which}.sqlite"
        shutil.copy(demo, source)
        db = open_database(source, create=False)
        try:
            save_person(db, batch_people(6000 + n, 0)[0])
        finally:
            db.close()
        export_bundle(source, _bundle(workdir, which))
        import_bundle(_bundle(workdir, which), _reference(workdir, which))


def _import_run(workdir: Path, run: int, reporter: Reporter) -> None:
    from ita_desktop.services.bundle import import_bundle

    over, new = SOURCES[run % 2], SOURCES[(run + 1) % 2]
    wanted = {which: content_digest(_reference(workdir, which)) for which in SOURCES}
    reporter.ready()
    jobs = (("unit", workdir / DB, over), (f"new:{run}", workdir / f"new-{run}.sqlite", new))
    for key, target, which in jobs:
        with reporter.op(key, wanted[which]):
            if run % 2 == 0:
                import_bundle(_bundle(workdir, which), target, force=True)
            else:
                _command("bundle", "import", str(_bundle(workdir, which)), "--out",
                         str(target), "--force")


def _import_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    return {key: content_digest(workdir / (DB if key == "unit" else
                                           f"new-{key.split(':')[1]}.sqlite"))
            for key in keys}


def _import_check(workdir: Path) -> list[str]:
    """Under a database's name only whole databases (the unit's own, or one bundle's), with no
    journal or log beside them; what the import keeps while it checks is hidden."""
    whole = {content_digest(_reference(workdir, which)) for which in SOURCES}
    whole.add(content_digest(workdir / "in" / "unit-at-start.sqlite"))
    problems = []
    for path in sorted(workdir.iterdir()):
        name = path.name
        if path.is_dir() or _hidden_part(name) or name.endswith(".lock"):
            continue
        if not name.endswith(".sqlite"):
            problems.append(f"{name} lies beside the databases")
        elif content_digest(path) not in whole:
            problems.append(f"{name} holds {content_digest(path)!r}, neither the file before "
                            "nor a whole imported bundle")
    return problems


# --- hand-over bundle: export -----------------------------------------------------------------

BUNDLE = "unit.zip"


def _export_run(workdir: Path, run: int, reporter: Reporter) -> None:
    from ita_desktop.services.bundle import export_bundle

    out = workdir / "out" / BUNDLE
    out.parent.mkdir(exist_ok=True)
    reporter.ready()
    for step in range(2):
        db = _services(workdir)
        try:
            with reporter.op("phone", _phone_of(run, step)):
                _save_phone(db, _phone_of(run, step))
            if run % 2 == 0:
                # As the window exports: its own connection stays open meanwhile.
                with reporter.op("bundle", content_digest(workdir / DB)):
                    export_bundle(workdir / DB, out, force=True)
        finally:
            db.close()
        if run % 2 == 1:
            with reporter.op("bundle", content_digest(workdir / DB)):
                _command("bundle", "export", "--db", str(workdir / DB), "--out", str(out),
                         "--force")


def _bundle_state(path: Path) -> str:
    """What the bundle brings to the other end: its database as the import makes it, or the
    reason the import refuses it."""
    from ita_desktop.errors import AppError
    from ita_desktop.services.bundle import import_bundle

    if not path.exists():
        return "absent"
    folder = Path(tempfile.mkdtemp(prefix="kill-bundle-"))
    try:
        try:
            import_bundle(path, folder / "imported.sqlite")
        except AppError as exc:
            return f"refused:{exc.code}"
        return content_digest(folder / "imported.sqlite")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _export_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    return {key: _unit_phone(workdir) if key == "phone"
            else _bundle_state(workdir / "out" / BUNDLE) for key in keys}


def _export_check(workdir: Path) -> list[str]:
    """Beside the bundle only what the export builds in, hidden: never a half .zip."""
    folder = workdir / "out"
    extra = sorted(p.name for p in folder.iterdir()
                   if p.name != BUNDLE and not _hidden_part(p.name)) if folder.is_dir() else []
    return [f"out/ holds {extra} beside the bundle"] if extra else []


# --- rotating copies in backups/ ---------------------------------------------------------------

KEEP = 2  # few, so that nearly every copy also deletes an old one


def _rotating_prepare(workdir: Path, demo: Path) -> None:
    from ita_desktop.store.settings import SettingsRepository

    shutil.copy(demo, workdir / DB)
    db = _services(workdir)
    try:
        settings = SettingsRepository(db)
        settings.save(replace(settings.load(), backups_to_keep=KEEP))
    finally:
        db.close()


def _rotating_run(workdir: Path, run: int, reporter: Reporter) -> None:
    from ita_desktop.services.backups import make_backup

    reporter.ready()
    for step in range(2):
        db = _services(workdir)
        try:
            with reporter.op("phone", _phone_of(run, step)):
                _save_phone(db, _phone_of(run, step))
            if run % 2 == 0:
                # The window's copy, made while the window keeps the file open.
                with reporter.op("newest", content_digest(workdir / DB)):
                    make_backup(workdir / DB, "manual", keep=KEEP)
        finally:
            db.close()
        if run % 2 == 1:
            with reporter.op("newest", content_digest(workdir / DB)):
                _command("backup", "--db", str(workdir / DB))


def _newest_copy(workdir: Path) -> str:
    from ita_desktop.services.backups import backups_of

    listed = backups_of(workdir / DB)
    return content_digest(listed[0].path) if listed else "absent"


def _rotating_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    return {key: _unit_phone(workdir) if key == "phone" else _newest_copy(workdir)
            for key in keys}


def _every_listed_copy_good(workdir: Path) -> list[str]:
    """What Restore lists: every copy passes the check (a copy a kill cut off is not listed at
    all, not listed as damaged)."""
    from ita_desktop.services.backups import list_backups

    return [f"backups/{e.path.name} is listed, and is {e.inspection.state.value}"
            for e in list_backups(workdir / DB)
            if not e.good and e.inspection is not None]


# --- restore ----------------------------------------------------------------------------------

def _restore_prepare(workdir: Path, demo: Path) -> None:
    from ita_desktop.services.backups import make_backup

    shutil.copy(demo, workdir / DB)
    make_backup(workdir / DB, "manual")


def _restore_run(workdir: Path, run: int, reporter: Reporter) -> None:
    from ita_desktop.services.backups import newest_good_backup, restore_backup

    reporter.ready()
    db = _services(workdir)
    try:
        # A change after the newest copy, which the restore takes back (the copy of the file
        # before the restore keeps it).
        with reporter.op("phone", _phone_of(run, 0)), reporter.op("file", "db:*"):
            _save_phone(db, _phone_of(run, 0))
    finally:
        db.close()
    latest = newest_good_backup(workdir / DB)
    assert latest is not None
    conn = _read(latest.path)
    assert conn is not None
    try:
        phone = conn.execute("SELECT phone FROM unit").fetchone()[0]
    finally:
        conn.close()
    with reporter.op("file", content_digest(latest.path)), reporter.op("phone", phone):
        if run % 2 == 0:
            restore_backup(workdir / DB, latest.path)
        else:
            _command("restore", "--latest", "--db", str(workdir / DB))


def _restore_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    return {key: _unit_phone(workdir) if key == "phone" else content_digest(workdir / DB)
            for key in keys}
