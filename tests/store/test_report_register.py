"""Schema v2: upgrading a saved v1 file, and the register that never changes what was signed."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from ita_desktop.store import open_database
from ita_desktop.store.errors import StoreError
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.report_register import ReportRegister, SignOff, sha256_hex

V1_FILE = Path(__file__).parent / "data" / "unit-v1.sqlite"


def test_a_saved_v1_database_is_upgraded_with_a_backup_and_keeps_its_data(tmp_path):
    path = tmp_path / "unit.sqlite"
    shutil.copy(V1_FILE, path)
    db = open_database(path)
    try:
        assert db.user_version == 2
        assert db.last_backup is not None and db.last_backup.exists()
        person = PeopleRepository(db).get(1)
        assert person.first_name == "ธีรวัฒน์"
        assert PeopleRepository(db).signature(1) is None
        tables = {r["name"] for r in db.query("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"reports", "report_versions", "report_signoffs", "report_files"} <= tables
    finally:
        db.close()
    # The backup is the untouched v1 file.
    backup = sqlite3.connect(db.last_backup)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    backup.close()


SIGNERS = (
    SignOff("prepared", None, "ด.ต.หญิง สุภาพร มีสุข", "ผบ.หมู่", date(2026, 11, 20)),
    SignOff("checked", None, "พ.ต.ท.หญิง อรุณี ทองประเสริฐ", "สว.", date(2026, 11, 20)),
    SignOff("approved", None, "พ.ต.อ.ธีรวัฒน์ แสงอรุณ", "ผกก.", date(2026, 11, 21)),
)


def _record(register: ReportRegister, version: int, payload: bytes = b"%PDF-1 one"):
    return register.record(kind="roster", fiscal_year=2569, title="บัญชีรายชื่อ",
                           number="2569-001", version=version, snapshot='{"a":1}',
                           fingerprint="ab" * 32, digit_style="thai", signoffs=SIGNERS,
                           files={"pdf": payload, "xlsx": b"PK xlsx"})


def test_recorded_versions_are_found_by_content_and_numbered_on(db):
    register = ReportRegister(db)
    assert register.next_number("roster", 2569) == ("2569-001", 1)
    first = _record(register, 1)
    assert first.signed_on == date(2026, 11, 21)  # the last signature
    assert [s.role for s in first.signoffs] == ["prepared", "checked", "approved"]
    assert register.next_number("roster", 2569) == ("2569-001", 2)
    assert register.next_number("fact-sheet", 2569) == ("2569-002", 1)
    match = register.find_file(b"%PDF-1 one")
    assert match is not None and match.format == "pdf" and match.version.version == 1
    assert register.find_file(b"%PDF-1 onE") is None
    assert register.file(first.id, "xlsx") == b"PK xlsx"
    assert first.files["pdf"] == sha256_hex(b"%PDF-1 one")


def test_a_signed_off_version_cannot_be_changed_or_deleted(db):
    version = _record(ReportRegister(db), 1)
    for statement in (
        "UPDATE report_versions SET snapshot = '{}' WHERE id = ?",
        "DELETE FROM report_versions WHERE id = ?",
        "UPDATE report_files SET content = x'00' WHERE version_id = ?",
        "DELETE FROM report_files WHERE version_id = ?",
        "UPDATE report_signoffs SET name = 'x' WHERE version_id = ?",
        "DELETE FROM report_signoffs WHERE version_id = ?",
    ):
        with pytest.raises(sqlite3.IntegrityError):
            with db.transaction():
                db.execute(statement, (version.id,))
    assert ReportRegister(db).file(version.id, "pdf") == b"%PDF-1 one"


def test_the_same_version_twice_or_missing_signers_store_nothing(db):
    register = ReportRegister(db)
    _record(register, 1)
    with pytest.raises(StoreError):
        _record(register, 1, b"%PDF other")
    assert register.find_file(b"%PDF other") is None
    with pytest.raises(StoreError, match="prepared, checked and approved"):
        register.record(kind="roster", fiscal_year=2569, title="t", number="2569-001",
                        version=2, snapshot="{}", fingerprint="cd" * 32, digit_style="thai",
                        signoffs=SIGNERS[:2], files={"pdf": b"x"})
    assert [v.version for v in register.versions()] == [1]
