"""The hand-over bundle: one .zip with a unit's whole database, for the next secretary or
another PC (File › Export/Import hand-over bundle…, ``ita-desktop bundle export/import``).

Everything of a unit, photos and signed-off files included, lives in its one SQLite file, so a
bundle is that file (a consistent copy through SQLite's backup API), a manifest naming program
and schema versions and the SHA-256 of every member, and a README for whoever finds the file.

An import is never merged into the open database: it becomes a new database file the user
names, and the window then offers to open it instead. It checks everything before anything is
written where the user looks: the zip (``exchange/bundle_file.py``), the manifest's schema
version, and then the extracted database read-only (``store/handover.py``); only a bundle that
passes every check is moved to the chosen name. Both directions work on file paths, not on the
window's ``Database``, so that they run in the window's job runner with progress and cancel.
"""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ita_desktop import __version__
from ita_desktop.domain.progress import CancelCheck, Progress, never_cancelled, no_progress
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.exchange.bundle_file import (
    BundleError,
    BundleReader,
    open_bundle,
    write_bundle,
)
from ita_desktop.files import remove_stale_parts, same_file
from ita_desktop.store.backups import put_in_place, remove_with_sides
from ita_desktop.store.errors import WriteError
from ita_desktop.store.handover import copy_for_handover, hand_edited_findings, inspect_copy
from ita_desktop.store.lock import held_for_replacing
from ita_desktop.store.migrations import LATEST_VERSION

register({
    "bundle.target_exists": QT_TRANSLATE_NOOP(
        "Errors", "'%path' already exists and was left as it is. Choose another name, or "
        "replace it (--force on the command line)."),
    "bundle.target_is_folder": QT_TRANSLATE_NOOP(
        "Errors", "'%path' is a folder. Choose a file name. Nothing was written."),
    "bundle.target_is_source": QT_TRANSLATE_NOOP(
        "Errors", "'%path' is the file being read. Choose another name for the file to write; "
        "nothing was written."),
    "bundle.target_is_open": QT_TRANSLATE_NOOP(
        "Errors", "'%path' is the database open now. A bundle is imported as a new database "
        "file, never over the open one: choose another name. Nothing was imported."),
    "bundle.target_in_use": QT_TRANSLATE_NOOP(
        "Errors", "'%path' cannot be replaced: it has a '-wal' or '-shm' file beside it, so it "
        "is open in ITA Desktop or was not closed cleanly. Choose another name. Nothing was "
        "imported."),
    "bundle.source_not_ours": QT_TRANSLATE_NOOP(
        "Errors", "'%path' is not an ITA Desktop database, so no hand-over bundle was made."),
    "bundle.source_damaged": QT_TRANSLATE_NOOP(
        "Errors", "'%path' is damaged (integrity check: %problems), so no hand-over bundle was "
        "made: it could not be imported at the other end. Restore a backup copy first."),
    "bundle.write_failed": QT_TRANSLATE_NOOP(
        "Errors", "The hand-over bundle could not be written to '%path' (%detail). Nothing was "
        "written there, and the database is unchanged."),
    "bundle.unknown_schema": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: its manifest gives no database schema version ITA "
        "Desktop knows ('%found'). Nothing was imported."),
    "bundle.newer_schema": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was made by a newer ITA Desktop (database schema version %found; "
        "this program knows up to %known). Install the newer ITA Desktop to import it. Nothing "
        "was imported."),
    "bundle.schema_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: its manifest says database schema version %expected, "
        "but the database in it is version %found. Nothing was imported."),
    "bundle.database_not_sqlite": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: the database in it is not an SQLite database. Nothing "
        "was imported."),
    "bundle.database_foreign": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: the database in it belongs to another program, not to "
        "ITA Desktop. Nothing was imported."),
    "bundle.database_damaged": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: the database in it is damaged (integrity check: "
        "%problems). Ask the sender to make the bundle again. Nothing was imported."),
    "bundle.database_hand_edited": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: the database in it was changed outside ITA Desktop and "
        "holds what this program cannot read:\n%findings\nAsk the sender to restore a backup "
        "copy and make the bundle again. Nothing was imported."),
    "bundle.no_space": QT_TRANSLATE_NOOP(
        "Errors", "There is not enough free space in '%folder' for the database of the bundle "
        "(%size MB needed, %free MB free). Free some space or choose another place. Nothing "
        "was imported."),
    "bundle.import_write_failed": QT_TRANSLATE_NOOP(
        "Errors", "The imported database could not be written to '%path' (%detail). Nothing "
        "was imported."),
})

BUNDLE_SUFFIX = ".zip"
# Room on the disk beyond the database itself: SQLite's journal when the file is first opened.
SPACE_MARGIN = 16 << 20

README_TEXT = """\
ชุดส่งมอบงาน ITA (ITA Desktop hand-over bundle)
==============================================

แฟ้มนี้บรรจุฐานข้อมูลงาน ITA ทั้งหมดของหน่วยงาน {unit} (ข้อมูลหน่วยงาน บัญชีรายชื่อกำลังพล
กรอบการประเมิน ภาพถ่าย และเอกสารที่ลงนามแล้ว) จัดทำเมื่อ {created} ด้วย ITA Desktop {program}
(ฐานข้อมูลรุ่น {schema})

วิธีนำเข้า: เปิด ITA Desktop เลือกเมนู แฟ้ม › นำเข้าชุดส่งมอบงาน… หรือใช้คำสั่ง
    ita-desktop bundle import แฟ้มนี้.zip --out ฐานข้อมูลใหม่.sqlite
โปรแกรมจะตรวจสอบความครบถ้วนของแฟ้ม (SHA-256 ของทุกส่วนตาม manifest.json) ก่อนนำเข้า
และนำเข้าเป็นฐานข้อมูลใหม่เสมอ ไม่รวมเข้ากับฐานข้อมูลที่เปิดอยู่ โปรดอย่าแตกแฟ้มและแก้ไขเนื้อหา
มิฉะนั้นจะนำเข้าไม่ได้

This file holds the whole ITA database of the unit {unit} (unit profile, roster, frameworks,
photos and signed-off documents), made on {created} by ITA Desktop {program} (schema {schema}).

To import it: in ITA Desktop choose File › Import hand-over bundle…, or run
    ita-desktop bundle import this-file.zip --out new-database.sqlite
The import checks every member against the SHA-256 in manifest.json and always creates a new
database; it is never merged into the database that is open. Do not unpack and edit the bundle:
a changed bundle is refused.
"""


@dataclass(frozen=True)
class ExportedBundle:
    path: Path
    unit_name: str
    people: int
    schema_version: int
    database_size: int
    bundle_size: int


@dataclass(frozen=True)
class ImportedBundle:
    path: Path
    unit_name: str
    people: int
    schema_version: int
    size: int
    program_version: str
    created: str

    @property
    def needs_upgrade(self) -> bool:
        """Made by an older ITA Desktop: upgraded (after a backup copy) when first opened."""
        return self.schema_version < LATEST_VERSION


def _check_target(target: Path, force: bool, *sources: Path) -> None:
    if target.is_dir():
        raise AppError("bundle.target_is_folder", path=target)
    if any(same_file(target, source) for source in sources):
        raise AppError("bundle.target_is_source", path=target)
    if target.exists() and not force:
        raise AppError("bundle.target_exists", path=target)


def _detail(exc: BaseException) -> str:
    if isinstance(exc, WriteError):
        return str(exc.values.get("detail") or exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


# --- export --------------------------------------------------------------------------------

def export_bundle(database: Path, target: Path, *, force: bool = False,
                  progress: Progress = no_progress,
                  cancelled: CancelCheck = never_cancelled) -> ExportedBundle:
    """Write the hand-over bundle of the database file ``database`` to ``target``.

    The bundle is built in a private folder beside ``target`` and moved there only when
    complete and checked: a cancel, a full disk or a crash leaves no half bundle, and an
    existing ``target`` (replaced only when ``force``) stays whole until then.
    """
    database, target = Path(database), Path(target)
    _check_target(target, force, database)
    try:
        work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError as exc:
        raise AppError("bundle.write_failed", path=target, detail=_detail(exc)) from exc
    try:
        copy = work / "database.sqlite"
        progress(0, 0)
        copy_for_handover(database, copy)
        facts = inspect_copy(copy)
        if not facts.ours:
            raise AppError("bundle.source_not_ours", path=database)
        if facts.problems:
            raise AppError("bundle.source_damaged", path=database,
                           problems="; ".join(facts.problems[:3]))
        created = datetime.now(UTC).isoformat(timespec="seconds")
        readme = README_TEXT.format(unit=facts.unit_name or "-", created=created,
                                    program=__version__, schema=facts.user_version)
        part = work / "bundle.zip"
        for compression in (zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED):
            with part.open("wb") as out:
                write_bundle(out, copy, readme, program_version=__version__,
                             schema_version=facts.user_version, unit_name=facts.unit_name,
                             created=created, compression=compression,
                             progress=progress, cancelled=cancelled)
            try:
                # What is sent must pass the checks of the import at the other end.
                with open_bundle(part):
                    break
            except BundleError as exc:
                # A database of very repetitive rows can compress past the zip-bomb ratio the
                # import refuses; stored uncompressed it is larger but imports.
                if exc.code != "bundle.too_compressed" or compression == zipfile.ZIP_STORED:
                    raise
        size = copy.stat().st_size
        _fsync(part)
        put_in_place(part, target)
    except (OSError, WriteError) as exc:
        raise AppError("bundle.write_failed", path=target, detail=_detail(exc)) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return ExportedBundle(target, facts.unit_name, facts.people, facts.user_version, size,
                          target.stat().st_size)


# --- import --------------------------------------------------------------------------------

def import_bundle(bundle: Path, target: Path, *, force: bool = False,
                  open_database: Path | None = None, progress: Progress = no_progress,
                  cancelled: CancelCheck = never_cancelled) -> ImportedBundle:
    """Check the bundle ``bundle`` and make its database the new file ``target``.

    Every check runs before ``target`` is touched: the zip's names and sizes, the manifest,
    its schema version, the database's bytes against the manifest's SHA-256 (extracted to a
    hidden file beside ``target``), and the extracted database itself, opened read-only. Only
    then is it moved to ``target``. ``open_database``, the file the window has open, is never
    a target, not even with ``force``.
    """
    bundle, target = Path(bundle), Path(target)
    if open_database is not None and same_file(target, Path(open_database)):
        raise AppError("bundle.target_is_open", path=target)
    _check_target(target, force, bundle)
    with open_bundle(bundle) as reader:
        manifest = reader.manifest
        schema = manifest.schema_version
        if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
            raise AppError("bundle.unknown_schema", path=bundle, found=str(schema)[:40])
        if schema > LATEST_VERSION:
            raise AppError("bundle.newer_schema", path=bundle, found=schema,
                           known=LATEST_VERSION)
        reader.check_readme()
        size = reader.database_size()
        _check_space(target.parent, size, bundle)
        part = _extract(reader, target, progress, cancelled)
    try:
        facts = inspect_copy(part)
        if not facts.sqlite:
            raise AppError("bundle.database_not_sqlite", path=bundle)
        if not facts.ours:
            raise AppError("bundle.database_foreign", path=bundle)
        if facts.problems:
            raise AppError("bundle.database_damaged", path=bundle,
                           problems="; ".join(facts.problems[:3]))
        if facts.user_version != schema:
            raise AppError("bundle.schema_mismatch", path=bundle, expected=schema,
                           found=facts.user_version)
        findings = hand_edited_findings(part)
        if findings:
            raise AppError("bundle.database_hand_edited", path=bundle, findings=findings)
        _discard_journal(part)
        with held_for_replacing(target):
            if target.exists() and _has_journal(target):
                raise AppError("bundle.target_in_use", path=target)
            put_in_place(part, target)
    except OSError as exc:
        raise AppError("bundle.import_write_failed", path=target, detail=_detail(exc)) from exc
    finally:
        remove_with_sides(part)
    return ImportedBundle(target, facts.unit_name, facts.people, facts.user_version, size,
                          manifest.program_version, manifest.created)


def _check_space(folder: Path, size: int, bundle: Path) -> None:
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # a folder that cannot be asked is said by the write itself
    if free < size + SPACE_MARGIN:
        raise AppError("bundle.no_space", path=bundle, folder=folder,
                       size=(size + SPACE_MARGIN) >> 20, free=free >> 20)


def _extract(reader: BundleReader, target: Path, progress: Progress,
             cancelled: CancelCheck) -> Path:
    """The database unpacked and verified into a hidden file beside ``target`` (the same disk,
    so that the final move is a rename); removed again on any refusal or cancel."""
    _remove_stale_parts(target)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                        dir=target.parent)
    except OSError as exc:
        raise AppError("bundle.import_write_failed", path=target, detail=_detail(exc)) from exc
    part = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            reader.extract_database(out, progress, cancelled)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        remove_with_sides(part)
        raise AppError("bundle.import_write_failed", path=target, detail=_detail(exc)) from exc
    except BaseException:
        remove_with_sides(part)
        raise
    return part


def _remove_stale_parts(target: Path) -> None:
    """Part files a killed import left beside ``target`` (hidden, never taken for a database)
    are removed once they are a day old: an import running now in another window is younger."""
    remove_stale_parts(target.parent, f".{glob.escape(target.name)}.*.part")


def _journal_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _has_journal(path: Path) -> bool:
    # A '-journal' is only a crash's leftover, but a '-wal' or '-shm' beside a database that is
    # replaced would be applied to the new file: the replaced one is open or was not closed.
    return any(p.exists() for p in _journal_files(path)[:2])


def _discard_journal(part: Path) -> None:
    """Files SQLite may have made beside the extracted copy while reading it: they belong to
    that private copy, never to the target."""
    for extra in _journal_files(part):
        extra.unlink(missing_ok=True)

