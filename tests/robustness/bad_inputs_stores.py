"""Bad inputs that are whole databases: hand-over bundles, database files given to the program,
and copies given to restore. Each is fed as the window feeds it (the service its dialog calls,
in the job runner there) and as the command line does.

A bundle is made from the demo database (``export_bundle``) and then changed as a damaged
download or an attacker would change it; the manifest's hashes are made to fit again where the
point is a check after the hashes (a foreign or damaged database inside).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

from ita_desktop.store.database import Database

if __package__:
    from .bad_inputs import (
        THAI_NAME,
        BadInput,
        Said,
        _damaged_copy,
        _refusal,
        _sqlite,
        _write,
        as_database,
        cli_check,
    )
else:  # imported by plain name, as the kill harness imports its modules
    from bad_inputs import (  # type: ignore[no-redef]
        THAI_NAME,
        BadInput,
        Said,
        _damaged_copy,
        _refusal,
        _sqlite,
        _write,
        as_database,
        cli_check,
    )

MANIFEST = "manifest.json"
DATABASE = "database.sqlite"
# What the import makes: the window asks for a new file name, suggested beside the bundle.
IMPORTED_NAME = "ฐานข้อมูลที่รับมอบ.sqlite"
OLD_VERSION = Path(__file__).resolve().parents[1] / "store" / "data" / "reports-v2.sqlite"


# --- how the window takes each kind of file ------------------------------------------------

def as_bundle(db: Database, path: Path) -> Said:
    """File › Import hand-over bundle… (``ui/shell/handover.py``): into a new file the user
    named beside the bundle, never over the open database."""
    from ita_desktop.services.bundle import import_bundle

    target = path.parent / IMPORTED_NAME
    return _refusal(lambda: import_bundle(path, target, force=True, open_database=db.path))


def as_restore(db: Database, path: Path) -> Said:
    """File › Restore from a backup (``ui/shell/restore_dialog.py``) runs ``restore_backup``
    on the copy chosen; the copy is checked before the database is touched."""
    from ita_desktop.services.backups import restore_backup

    return _refusal(lambda: restore_backup(db.path, path))


def cli_bundle(db: Path, path: Path) -> list[str]:
    return ["bundle", "import", str(path), "--out", str(path.parent / IMPORTED_NAME)]


def cli_restore(db: Path, path: Path) -> list[str]:
    return ["restore", str(path), "--db", str(db)]


def cli_backup(db: Path, path: Path) -> list[str]:
    """A command that opens the file for changes, so that it would upgrade an old one."""
    return ["backup", "--db", str(path)]


# --- bundles ---------------------------------------------------------------------------------

Change = Callable[[dict[str, object], dict[str, bytes]], bool]
"""Changes the manifest and the members in place; True: make the manifest's hashes fit."""


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _bundle(demo: Path, name: str, change: Change) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        from ita_desktop.services.bundle import export_bundle

        base = folder / ".base.zip"
        export_bundle(demo, base)
        with zipfile.ZipFile(base) as zf:
            members = {n: zf.read(n) for n in zf.namelist()}
        base.unlink()
        manifest = json.loads(members.pop(MANIFEST))
        if change(manifest, members):
            manifest["members"] = [{"name": n, "size": len(d), "sha256": _sha(d)}
                                   for n, d in members.items() if n != MANIFEST]
        path = folder / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for member, data in members.items():
                zf.writestr(member, data)
            if MANIFEST not in members and manifest:
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False))
        return path

    return make


def _add_member(member: str, data: bytes = b"x") -> Change:
    def change(manifest: dict[str, object], members: dict[str, bytes]) -> bool:
        members[member] = data
        return False

    return change


def _flip_database_byte(manifest: dict[str, object], members: dict[str, bytes]) -> bool:
    data = bytearray(members[DATABASE])
    data[len(data) // 2] ^= 0xFF
    members[DATABASE] = bytes(data)
    return False  # the manifest still holds the hash of what was sent


def _manifest_set(key: str, value: object) -> Change:
    def change(manifest: dict[str, object], members: dict[str, bytes]) -> bool:
        manifest[key] = value
        return False

    return change


def _garbled_manifest(manifest: dict[str, object], members: dict[str, bytes]) -> bool:
    text = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    members[MANIFEST] = text[: len(text) // 2]  # cut off on the way
    return False


def _no_manifest(manifest: dict[str, object], members: dict[str, bytes]) -> bool:
    manifest.clear()
    return False


def _database_bytes(build: Callable[[Path], Path]) -> Change:
    """The bundle's database replaced by the file ``build`` makes, the hashes made to fit."""
    def change(manifest: dict[str, object], members: dict[str, bytes]) -> bool:
        import tempfile

        with tempfile.TemporaryDirectory() as scratch:
            members[DATABASE] = build(Path(scratch)).read_bytes()
        return True

    return change


def _zip_bomb(folder: Path) -> Path:
    """A bundle whose database member unpacks about a thousand times (64 MB of zeros)."""
    path = folder / f"{THAI_NAME}-ระเบิด.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zf.open(DATABASE, "w", force_zip64=True) as member:
            block = bytes(1 << 20)
            for _ in range(64):
                member.write(block)
        zf.writestr(MANIFEST, json.dumps({
            "format": "ita-desktop-bundle", "format_version": 1, "schema_version": 1,
            "members": [{"name": DATABASE, "size": 64 << 20, "sha256": "0" * 64}]}))
    return path


def _truncated_bundle(demo: Path) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = _bundle(demo, f"{THAI_NAME}-ครึ่ง.zip", lambda m, d: False)(folder)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
        return path

    return make


# --- database files ----------------------------------------------------------------------------

def _empty_sqlite(conn: sqlite3.Connection) -> None:
    """An SQLite file with no tables, id 0, version 0: a new file of any other program."""
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")


def _hand_edited(demo: Path, *statements: str) -> Callable[[Path], Path]:
    """The demo database as DB Browser leaves it after an edit: sound to SQLite's own check."""
    def make(folder: Path) -> Path:
        path = folder / f"{THAI_NAME}-แก้เอง.sqlite"
        source = sqlite3.connect(demo)
        target = sqlite3.connect(path)
        try:
            source.backup(target)
        finally:
            source.close()
        try:
            target.execute("PRAGMA journal_mode = DELETE")
            for statement in statements:
                target.execute(statement)
            target.commit()
        finally:
            target.close()
        return path

    return make


def _old_without_backup_folder(folder: Path) -> Path:
    """A file of schema version 2, and a file named ``backups`` where the copy made before the
    upgrade must go."""
    path = folder / f"{THAI_NAME}-รุ่นเก่า.sqlite"
    shutil.copy(OLD_VERSION, path)
    (folder / "backups").write_text("ไม่ใช่โฟลเดอร์", encoding="utf-8")
    return path


def _newer(conn: sqlite3.Connection) -> None:
    from ita_desktop.store.database import APPLICATION_ID
    from ita_desktop.store.migrations import LATEST_VERSION

    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.execute("CREATE TABLE future (x)")


def _foreign(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE photos (name TEXT, data BLOB)")
    conn.execute("INSERT INTO photos VALUES ('ภาพ😀', x'00')")


def _first_half(demo: Path) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        data = demo.read_bytes()
        path = folder / f"{THAI_NAME}-2568-03-01-daily.sqlite"
        path.write_bytes(data[: len(data) // 2])
        return path

    return make


def store_inputs(demo: Path) -> list[BadInput]:
    """Bundles, database files and copies to restore."""
    bundle = {"act": as_bundle, "cli": cli_bundle}
    database = {"act": as_database, "cli": cli_check}
    restore = {"act": as_restore, "cli": cli_restore}
    edited = "store.hand_edited"
    return [
        # Hand-over bundles.
        BadInput("bundle-zip-slip", _bundle(demo, f"{THAI_NAME}.zip",
                                            _add_member("../../ita-desktop.sqlite")),
                 **bundle, codes=("bundle.unsafe_name",)),
        BadInput("bundle-windows-path", _bundle(demo, f"{THAI_NAME}.zip",
                                                _add_member("..\\..\\Windows\\evil.dll")),
                 **bundle, codes=("bundle.unsafe_name",)),
        BadInput("bundle-extra-member", _bundle(demo, f"{THAI_NAME}.zip",
                                                _add_member("ภาพ/รูป.jpg")),
                 **bundle, codes=("bundle.unexpected_member",)),
        BadInput("bundle-zip-bomb-member", _zip_bomb, **bundle,
                 codes=("bundle.too_compressed",)),
        BadInput("bundle-hash-mismatch", _bundle(demo, f"{THAI_NAME}.zip", _flip_database_byte),
                 **bundle, codes=("bundle.hash_mismatch",)),
        BadInput("bundle-newer-schema", _bundle(demo, f"{THAI_NAME}.zip",
                                                _manifest_set("schema_version", 99)),
                 **bundle, codes=("bundle.newer_schema",)),
        BadInput("bundle-schema-in-thai-digits",
                 _bundle(demo, f"{THAI_NAME}.zip", _manifest_set("schema_version", "๕")),
                 **bundle, codes=("bundle.unknown_schema",)),
        BadInput("bundle-schema-mismatch", _bundle(demo, f"{THAI_NAME}.zip",
                                                   _manifest_set("schema_version", 1)),
                 **bundle, codes=("bundle.schema_mismatch",)),
        BadInput("bundle-newer-format", _bundle(demo, f"{THAI_NAME}.zip",
                                                _manifest_set("format_version", 7)),
                 **bundle, codes=("bundle.newer_format",)),
        BadInput("bundle-manifest-garbled", _bundle(demo, f"{THAI_NAME}.zip", _garbled_manifest),
                 **bundle, codes=("bundle.manifest_garbled",)),
        BadInput("bundle-no-manifest", _bundle(demo, f"{THAI_NAME}.zip", _no_manifest),
                 **bundle, codes=("bundle.no_manifest",)),
        BadInput("bundle-not-a-zip", _write(f"{THAI_NAME}.zip", "ชุดส่งมอบงาน " * 50), **bundle,
                 codes=("bundle.not_a_zip",)),
        BadInput("bundle-empty-file", _write(f"{THAI_NAME}.zip", b""), **bundle,
                 codes=("bundle.not_a_zip",)),
        BadInput("bundle-cut-in-half", _truncated_bundle(demo), **bundle,
                 codes=("bundle.not_a_zip",)),
        BadInput("bundle-thai-name-foreign-database",
                 _bundle(demo, "ชุดส่งมอบ สภ.เมือง 🚓.zip",
                         _database_bytes(_sqlite("x.sqlite", _foreign))),
                 **bundle, codes=("bundle.database_foreign",)),
        BadInput("bundle-text-as-database",
                 _bundle(demo, f"{THAI_NAME}.zip",
                         _database_bytes(_write("x.sqlite", "ไม่ใช่ฐานข้อมูล"))),
                 **bundle, codes=("bundle.database_not_sqlite",)),
        BadInput("bundle-damaged-database",
                 _bundle(demo, f"{THAI_NAME}.zip", _database_bytes(_damaged_copy(demo))),
                 **bundle, codes=("bundle.database_damaged", "bundle.database_not_sqlite")),
        BadInput("bundle-hand-edited-database",
                 _bundle(demo, f"{THAI_NAME}.zip", _database_bytes(_hand_edited(
                     demo, "UPDATE people SET active = 0, left_on = '2567-13-45' "
                     "WHERE id = 3"))),
                 **bundle, codes=("bundle.database_hand_edited",)),
        # Database files given to the program.
        BadInput("database-zero-bytes", _write(f"{THAI_NAME}.sqlite", b""), **database,
                 codes=("store.empty",)),
        BadInput("database-empty-foreign-sqlite", _sqlite("อื่น.db", _empty_sqlite),
                 **database, codes=("store.foreign",)),
        BadInput("database-bad-left-on-date", _hand_edited(
            demo, "UPDATE people SET active = 0, left_on = '2567-13-45' WHERE id = 3"),
                 **database, codes=(edited,)),
        BadInput("database-unknown-unit-kind", _hand_edited(
            demo, "UPDATE unit SET kind = 'สถานีอวกาศ'"), **database, codes=(edited,)),
        BadInput("database-unknown-rank", _hand_edited(
            demo, "UPDATE people SET rank_key = 'จอมพล👑' WHERE id = 4"), **database,
                 codes=(edited,)),
        BadInput("database-missing-column", _hand_edited(
            demo, "ALTER TABLE people DROP COLUMN email"), **database, codes=(edited,)),
        BadInput("database-missing-table", _hand_edited(demo, "DROP TABLE section_heads"),
                 **database, codes=(edited,)),
        BadInput("database-dropped-freeze-trigger", _hand_edited(
            demo, "DROP TRIGGER report_files_frozen"), **database, codes=(edited,)),
        BadInput("database-every-rank-unknown", _hand_edited(
            demo, "UPDATE people SET rank_key = 'ยศ' || id || '" + "ก" * 500 + "'"),
                 **database, codes=(edited,)),
        BadInput("database-old-version-no-backup-folder", _old_without_backup_folder,
                 act=as_database, cli=cli_backup, codes=("store.migration_no_backup",)),
        # Copies given to restore.
        BadInput("restore-damaged-copy", _damaged_copy(demo), **restore,
                 codes=("backups.damaged", "backups.not_a_database")),
        BadInput("restore-half-a-copy", _first_half(demo), **restore,
                 codes=("backups.damaged", "backups.not_a_database", "backups.unreadable")),
        BadInput("restore-foreign-file", _sqlite("ภาพถ่าย.sqlite", _foreign), **restore,
                 codes=("backups.foreign",)),
        BadInput("restore-newer-copy", _sqlite(f"{THAI_NAME}-ใหม่.sqlite", _newer), **restore,
                 codes=("backups.newer",)),
        BadInput("restore-text-file", _write(f"{THAI_NAME}.sqlite", "สำรอง " * 100),
                 **restore, codes=("backups.not_a_database",)),
        BadInput("restore-zero-bytes", _write(f"{THAI_NAME}.sqlite", b""), **restore,
                 codes=("backups.not_a_database", "backups.unreadable", "backups.damaged")),
    ]

