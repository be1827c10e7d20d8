"""The hand-over bundle: a round trip keeps every row, and each kind of bad bundle is refused
with its own reason before anything is written where the user looks."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tracemalloc
import warnings
import zipfile
from pathlib import Path

import pytest

from ita_desktop.domain.progress import Cancelled
from ita_desktop.errors import AppError
from ita_desktop.exchange import bundle_file
from ita_desktop.services.bundle import export_bundle, import_bundle
from ita_desktop.store import open_database
from ita_desktop.store.migrations import LATEST_VERSION


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        # Sorted: a vacuumed copy lists its indexes and triggers in another order.
        return sorted(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def bundle(demo_db, tmp_path) -> Path:
    return export_bundle(demo_db.path, tmp_path / "unit.zip").path


@pytest.fixture
def out(tmp_path) -> Path:
    """An empty folder for the imported database: a refusal must leave it empty."""
    folder = tmp_path / "received"
    folder.mkdir()
    return folder


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def _manifest(members: dict[str, bytes], **changes: object) -> bytes:
    data = json.loads(members["manifest.json"])
    listed = {m["name"]: m for m in data["members"]}
    for name, content in members.items():
        if name in listed:
            listed[name].update(size=len(content), sha256=hashlib.sha256(content).hexdigest())
    data.update(changes)
    return json.dumps(data).encode()


def _write(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate names a test writes
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, content in entries:
                zf.writestr(zipfile.ZipInfo(name), content, zipfile.ZIP_DEFLATED)
    return path


def _rebuilt(bundle: Path, tmp_path: Path, *, manifest: bytes | None = None,
             **replaced: bytes) -> Path:
    """``bundle`` with members replaced, the manifest's sizes and hashes kept as they were
    unless ``manifest`` is given."""
    members = _members(bundle)
    members.update({name.replace("_", "."): data for name, data in replaced.items()})
    if manifest is not None:
        members["manifest.json"] = manifest
    return _write(tmp_path / "changed.zip", list(members.items()))


def _refused(bundle: Path, out: Path, code: str) -> AppError:
    with pytest.raises(AppError) as caught:
        import_bundle(bundle, out / "new.sqlite")
    assert caught.value.code == code, caught.value.english()
    assert list(out.iterdir()) == [], "a refused bundle left files behind"
    return caught.value


# --- the round trip -----------------------------------------------------------------------

def test_round_trip_keeps_every_row_and_blob(demo_db, bundle, out):
    imported = import_bundle(bundle, out / "new.sqlite")
    assert imported.unit_name == "ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์"
    assert imported.people == 21
    assert imported.schema_version == LATEST_VERSION and not imported.needs_upgrade
    assert _dump(out / "new.sqlite") == _dump(demo_db.path)
    assert sorted(p.name for p in out.iterdir()) == ["new.sqlite"]
    # The program opens it like any of its databases.
    opened = open_database(out / "new.sqlite", create=False)
    opened.close()


def test_export_holds_changes_committed_by_the_open_window(db, tmp_path, out):
    """The window keeps its file open in WAL mode: the bundle must hold what is still in the
    -wal file, not only what reached the main file."""
    db.execute("PRAGMA wal_autocheckpoint = 0")
    with db.transaction():
        db.execute("INSERT INTO unit (id, kind, full_name, updated_at) VALUES "
                   "(1, 'provincial_immigration', 'หน่วยทดสอบ', '2025-01-01')")
    assert (tmp_path / "unit.sqlite-wal").stat().st_size > 0
    made = export_bundle(db.path, tmp_path / "unit.zip")
    assert made.unit_name == "หน่วยทดสอบ"
    assert import_bundle(made.path, out / "new.sqlite").unit_name == "หน่วยทดสอบ"


def test_manifest_names_versions_and_hashes(bundle):
    members = _members(bundle)
    manifest = json.loads(members["manifest.json"])
    assert manifest["format"] == "ita-desktop-bundle"
    assert manifest["schema_version"] == LATEST_VERSION
    assert manifest["program_version"]
    listed = {m["name"]: m for m in manifest["members"]}
    assert set(listed) == {"database.sqlite", "README.txt"}
    for name, entry in listed.items():
        assert entry["size"] == len(members[name])
        assert entry["sha256"] == hashlib.sha256(members[name]).hexdigest()
    assert "ita-desktop bundle import" in members["README.txt"].decode()


def test_export_never_replaces_a_file_unless_forced(demo_db, tmp_path):
    target = tmp_path / "unit.zip"
    target.write_bytes(b"signed-off report")
    with pytest.raises(AppError) as caught:
        export_bundle(demo_db.path, target)
    assert caught.value.code == "bundle.target_exists"
    assert target.read_bytes() == b"signed-off report"
    export_bundle(demo_db.path, target, force=True)
    assert zipfile.is_zipfile(target)


def test_export_onto_the_database_itself_is_refused(demo_db):
    before = demo_db.path.read_bytes()
    with pytest.raises(AppError) as caught:
        export_bundle(demo_db.path, demo_db.path, force=True)
    assert caught.value.code == "bundle.target_is_source"
    assert demo_db.path.read_bytes() == before


def test_cancelled_export_leaves_nothing(demo_db, tmp_path):
    target = tmp_path / "unit.zip"
    with pytest.raises(Cancelled):
        export_bundle(demo_db.path, target, cancelled=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".unit", "unit.zip"))
                  ) == []


# --- where the import goes ----------------------------------------------------------------

def test_an_existing_target_is_left_as_it_is(bundle, out):
    target = out / "new.sqlite"
    target.write_bytes(b"someone's work")
    with pytest.raises(AppError) as caught:
        import_bundle(bundle, target)
    assert caught.value.code == "bundle.target_exists"
    assert target.read_bytes() == b"someone's work"
    assert list(out.iterdir()) == [target]
    import_bundle(bundle, target, force=True)
    assert _dump(target)


def test_the_open_database_is_never_the_target(bundle, demo_db):
    before = demo_db.path.read_bytes()
    with pytest.raises(AppError) as caught:
        import_bundle(bundle, demo_db.path, force=True, open_database=demo_db.path)
    assert caught.value.code == "bundle.target_is_open"
    assert demo_db.path.read_bytes() == before


def test_a_database_open_elsewhere_is_not_replaced(bundle, tmp_path):
    from ita_desktop.store.sharing import open_for_changes

    other = open_for_changes(tmp_path / "other.sqlite")
    try:
        with pytest.raises(AppError) as caught:
            import_bundle(bundle, other.path, force=True)
        assert caught.value.code == "store.in_use"
        assert other.query("SELECT count(*) FROM people")[0][0] == 0
    finally:
        other.close()


def test_cancelled_import_leaves_nothing(bundle, out):
    with pytest.raises(Cancelled):
        import_bundle(bundle, out / "new.sqlite", cancelled=lambda: True)
    assert list(out.iterdir()) == []


# --- refusals: the zip ----------------------------------------------------------------------

@pytest.mark.parametrize("name", ["../database.sqlite", "/etc/cron.d/x", "..\\..\\x.sqlite",
                                  "C:database.sqlite", "docs/../../x", "./database.sqlite"])
def test_zip_slip_names_are_refused(bundle, tmp_path, out, name):
    members = _members(bundle)
    evil = _write(tmp_path / "evil.zip", [*members.items(), (name, b"x")])
    error = _refused(evil, out, "bundle.unsafe_name")
    assert error.values["name"] == name
    assert not (tmp_path / "x").exists() and not (tmp_path / "x.sqlite").exists()


def test_an_unexpected_member_is_refused(bundle, tmp_path, out):
    members = _members(bundle)
    extra = _write(tmp_path / "extra.zip", [*members.items(), ("photos.sqlite", b"x")])
    error = _refused(extra, out, "bundle.unexpected_member")
    assert error.values["name"] == "photos.sqlite"


def test_a_member_twice_is_refused(bundle, tmp_path, out):
    members = _members(bundle)
    twice = _write(tmp_path / "twice.zip",
                   [*members.items(), ("database.sqlite", b"SQLite format 3\x00")])
    _refused(twice, out, "bundle.duplicate_member")


def test_a_member_the_manifest_does_not_list_is_refused(bundle, tmp_path, out):
    members = _members(bundle)
    manifest = json.loads(members["manifest.json"])
    manifest["members"] = [m for m in manifest["members"] if m["name"] != "README.txt"]
    _refused(_rebuilt(bundle, tmp_path, manifest=json.dumps(manifest).encode()), out,
             "bundle.member_unlisted")


def test_a_member_the_manifest_lists_but_the_zip_lacks_is_refused(bundle, tmp_path, out):
    members = _members(bundle)
    del members["README.txt"]
    _refused(_write(tmp_path / "short.zip", list(members.items())), out,
             "bundle.member_missing")


def test_a_file_that_is_not_a_zip_is_refused(tmp_path, out):
    fake = tmp_path / "unit.zip"
    fake.write_text("not a zip at all")
    _refused(fake, out, "bundle.not_a_zip")
    _refused(tmp_path / "nowhere.zip", out, "bundle.unreadable")


def test_a_member_declaring_a_huge_size_is_refused_before_unpacking(bundle, tmp_path, out):
    members = _members(bundle)
    path = tmp_path / "huge.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        # The central directory (what a reader trusts) claims 100 GiB, as zip64 allows.
        zf.getinfo("database.sqlite").file_size = 100 << 30
    error = _refused(path, out, "bundle.too_large")
    assert error.values["size"] == 100 << 30


def _bomb(path: Path, manifest: bytes | None, zeros: int = 50 << 20) -> zipfile.ZipInfo:
    """``zeros`` zero bytes as the database member, compressed about 1000:1, written in
    chunks so that the test itself stays small."""
    digest = hashlib.sha256()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("database.sqlite", "w") as member:
            chunk = bytes(1 << 20)
            for _ in range(zeros >> 20):
                member.write(chunk)
                digest.update(chunk)
        if manifest is None:
            manifest = json.dumps({
                "format": "ita-desktop-bundle", "format_version": 1, "schema_version": 4,
                "members": [{"name": "database.sqlite", "size": zeros,
                             "sha256": digest.hexdigest()}]}).encode()
        zf.writestr("manifest.json", manifest)
        return zf.getinfo("database.sqlite")


def test_a_zip_bomb_is_refused_before_unpacking_in_bounded_memory(tmp_path, out):
    info = _bomb(tmp_path / "bomb.zip", None)
    assert info.file_size / info.compress_size > 500
    tracemalloc.start()
    try:
        error = _refused(tmp_path / "bomb.zip", out, "bundle.too_compressed")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert error.values["size"] == 50 << 20
    assert peak < 2 << 20, f"{peak} bytes to refuse a bomb"


def test_a_bomb_that_lies_about_its_size_stops_at_the_declared_size(tmp_path, out):
    """The zip claims a size that passes the ratio check; the unpacking stops where the
    claimed size ends, in bounded memory, and nothing is left behind."""
    path = tmp_path / "liar.zip"
    declared = 4 << 20
    zeros_sha = hashlib.sha256(bytes(declared)).hexdigest()
    manifest = json.dumps({
        "format": "ita-desktop-bundle", "format_version": 1, "schema_version": 4,
        "members": [{"name": "database.sqlite", "size": declared, "sha256": zeros_sha}],
    }).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("database.sqlite", "w") as member:
            for _ in range(200):
                member.write(bytes(1 << 20))
        zf.getinfo("database.sqlite").file_size = declared
        zf.writestr("manifest.json", manifest)
    tracemalloc.start()
    try:
        error = _refused(path, out, "bundle.damaged")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "CRC" in str(error.values["detail"])
    assert peak < 8 << 20, f"{peak} bytes to unpack {declared}"


# --- refusals: the manifest -------------------------------------------------------------

def test_no_manifest_is_refused(bundle, tmp_path, out):
    members = _members(bundle)
    del members["manifest.json"]
    _refused(_write(tmp_path / "bare.zip", list(members.items())), out, "bundle.no_manifest")


@pytest.mark.parametrize("manifest", [b"{not json", b"\xff\xfe garbage", b"[1, 2]",
                                      b'{"format": "ita-desktop-bundle"}',
                                      b"[" * 30000 + b"]" * 30000])
def test_a_garbled_manifest_is_refused(bundle, tmp_path, out, manifest):
    error = _refused(_rebuilt(bundle, tmp_path, manifest=manifest), out,
                     "bundle.manifest_garbled")
    assert len(error.english()) < 600


def test_a_manifest_too_large_is_refused_unread(bundle, tmp_path, out):
    members = _members(bundle)
    big = _manifest(members, unit_name="ก" * 100_000)
    _refused(_rebuilt(bundle, tmp_path, manifest=big), out, "bundle.manifest_too_large")


def test_a_bundle_of_another_program_or_a_newer_format_is_refused(bundle, tmp_path, out):
    members = _members(bundle)
    error = _refused(_rebuilt(bundle, tmp_path, manifest=_manifest(members, format="backup")),
                     out, "bundle.not_ours")
    assert error.values["format"] == "backup"
    error = _refused(_rebuilt(bundle, tmp_path, manifest=_manifest(members, format_version=2)),
                     out, "bundle.newer_format")
    assert error.values["found"] == 2


@pytest.mark.parametrize("version", [0, -1, "4", None, True, 4.0])
def test_an_unknown_schema_version_is_refused(bundle, tmp_path, out, version):
    members = _members(bundle)
    _refused(_rebuilt(bundle, tmp_path, manifest=_manifest(members, schema_version=version)),
             out, "bundle.unknown_schema")


def test_a_newer_schema_version_is_refused_before_unpacking(bundle, tmp_path, out,
                                                            monkeypatch):
    members = _members(bundle)
    changed = _rebuilt(bundle, tmp_path,
                       manifest=_manifest(members, schema_version=LATEST_VERSION + 1))
    unpacked: list[str] = []
    monkeypatch.setattr(bundle_file.BundleReader, "extract_database",
                        lambda *args: unpacked.append("database"))
    error = _refused(changed, out, "bundle.newer_schema")
    assert (error.values["found"], error.values["known"]) == (LATEST_VERSION + 1,
                                                              LATEST_VERSION)
    assert unpacked == []


def test_a_manifest_that_misstates_the_schema_version_is_refused(bundle, tmp_path, out):
    members = _members(bundle)
    changed = _rebuilt(bundle, tmp_path,
                       manifest=_manifest(members, schema_version=LATEST_VERSION - 1))
    error = _refused(changed, out, "bundle.schema_mismatch")
    assert error.values["found"] == LATEST_VERSION


# --- refusals: the content ----------------------------------------------------------------

def test_a_database_changed_after_export_is_refused(bundle, tmp_path, out):
    members = _members(bundle)
    database = bytearray(members["database.sqlite"])
    database[-100] ^= 0xFF
    error = _refused(_rebuilt(bundle, tmp_path, database_sqlite=bytes(database)), out,
                     "bundle.hash_mismatch")
    assert error.values["name"] == "database.sqlite"


def test_a_changed_readme_is_refused(bundle, tmp_path, out):
    members = _members(bundle)
    readme = members["README.txt"].replace(b"ITA", b"XYZ")
    _refused(_rebuilt(bundle, tmp_path, README_txt=readme), out, "bundle.hash_mismatch")


def test_a_size_that_disagrees_with_the_manifest_is_refused(bundle, tmp_path, out):
    members = _members(bundle)
    _refused(_rebuilt(bundle, tmp_path, database_sqlite=members["database.sqlite"] + b"\0"),
             out, "bundle.size_mismatch")


def _with_database(bundle: Path, tmp_path: Path, database: bytes) -> Path:
    members = _members(bundle)
    members["database.sqlite"] = database
    members["manifest.json"] = _manifest(members)
    return _write(tmp_path / "other.zip", list(members.items()))


def test_a_database_that_is_not_sqlite_is_refused(bundle, tmp_path, out):
    _refused(_with_database(bundle, tmp_path, b"MZ\x90\x00" * 1000), out,
             "bundle.database_not_sqlite")


def test_a_database_of_another_program_is_refused(bundle, tmp_path, out):
    other = tmp_path / "firefox.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA user_version = 4")
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    _refused(_with_database(bundle, tmp_path, other.read_bytes()), out,
             "bundle.database_foreign")


def test_a_damaged_database_is_refused(bundle, tmp_path, out):
    database = bytearray(_members(bundle)["database.sqlite"])
    page = 4096
    # A page of a table in the middle of the file, written over: its rows are unreadable.
    database[5 * page + 8: 6 * page] = b"\xa5" * (page - 8)
    error = _refused(_with_database(bundle, tmp_path, bytes(database)), out,
                     "bundle.database_damaged")
    assert error.values["problems"]


def test_a_disk_without_room_for_the_database_is_refused_before_unpacking(bundle, out,
                                                                          monkeypatch):
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda folder: usage(10 << 20, 9 << 20, 1 << 20))
    error = _refused(bundle, out, "bundle.no_space")
    assert error.values["free"] == 1


def test_a_hand_edited_database_is_refused_with_its_findings(bundle, tmp_path, out):
    """SQLite's own check passes it; the window would refuse the new file when opened."""
    edited = tmp_path / "edited.sqlite"
    edited.write_bytes(_members(bundle)["database.sqlite"])
    conn = sqlite3.connect(edited)
    conn.execute("UPDATE people SET rank_key = 'admiral' WHERE id = 4")
    conn.commit()
    conn.close()
    error = _refused(_with_database(bundle, tmp_path, edited.read_bytes()), out,
                     "bundle.database_hand_edited")
    assert "unknown rank 'admiral'" in str(error) and "Nothing was imported" in str(error)


def test_parts_a_killed_import_left_are_removed_a_day_later(bundle, out):
    import os
    import time

    target = out / "new.sqlite"
    old = out / ".new.sqlite.k1ll3d.part"
    recent = out / ".new.sqlite.n0w.part"  # another window's import, running now
    for part in (old, recent):
        part.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))
    import_bundle(bundle, target)
    assert target.exists() and not old.exists() and recent.exists()
