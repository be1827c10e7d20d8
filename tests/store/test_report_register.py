"""The register that never changes what was signed: subjects, roles per kind, files in blobs."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from ita_desktop.domain.signoff import (
    MINUTES_SIGNERS,
    ORDER_SIGNERS,
    REPORT_SIGNERS,
    SignersError,
    Subject,
    SubjectKind,
)
from ita_desktop.store import open_database
from ita_desktop.store.errors import StoreError
from ita_desktop.store.migrations import LATEST_VERSION
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.report_register import ReportRegister, SignOff, sha256_hex

V1_FILE = Path(__file__).parent / "data" / "unit-v1.sqlite"
YEAR = Subject.year(2569)


def test_a_saved_v1_database_is_upgraded_with_a_backup_and_keeps_its_data(tmp_path):
    path = tmp_path / "unit.sqlite"
    shutil.copy(V1_FILE, path)
    db = open_database(path)
    try:
        assert db.user_version == LATEST_VERSION
        assert db.last_backup is not None and db.last_backup.exists()
        person = PeopleRepository(db).get(1)
        assert person.first_name == "ธีรวัฒน์"
        assert PeopleRepository(db).signature(1) is None
        tables = {r["name"] for r in db.query("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"reports", "report_versions", "report_signoffs", "report_files", "blobs"} \
            <= tables
        assert ReportRegister(db).versions() == []
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


def _record(register: ReportRegister, version: int, payload: bytes = b"%PDF-1 one", *,
            kind: str = "roster", subject: Subject = YEAR, number: str = "2569-001",
            roles=REPORT_SIGNERS, signoffs=SIGNERS, xlsx: bytes = b"PK xlsx"):
    return register.record(kind=kind, fiscal_year=2569, subject=subject, title="บัญชีรายชื่อ",
                           number=number, version=version, snapshot='{"a":1}',
                           fingerprint=f"{version:02d}" * 32, digit_style="thai",
                           roles=roles, signoffs=signoffs,
                           files={"pdf": payload, "xlsx": xlsx})


def test_recorded_versions_are_found_by_content_and_numbered_on(db):
    register = ReportRegister(db)
    assert register.next_number("roster", 2569, YEAR) == ("2569-001", 1)
    first = _record(register, 1)
    assert first.signed_on == date(2026, 11, 21)  # the last signature
    assert first.subject == YEAR
    assert [s.role for s in first.signoffs] == ["prepared", "checked", "approved"]
    assert register.next_number("roster", 2569, YEAR) == ("2569-001", 2)
    assert register.next_number("fact-sheet", 2569, YEAR) == ("2569-002", 1)
    match = register.find_file(b"%PDF-1 one")
    assert match is not None and match.format == "pdf" and match.version.version == 1
    assert register.find_file(b"%PDF-1 onE") is None
    assert register.file(first.id, "xlsx") == b"PK xlsx"
    assert register.file(first.id, "docx") is None
    assert first.files["pdf"] == sha256_hex(b"%PDF-1 one")


def test_several_reports_of_a_kind_per_year_each_about_its_subject(db):
    register = ReportRegister(db)
    chair, recorder, checker = SIGNERS[2], SIGNERS[0], SIGNERS[1]
    minutes = [SignOff("chair", None, chair.name, chair.position, chair.signed_on),
               SignOff("recorder", None, recorder.name, recorder.position, recorder.signed_on),
               SignOff("minutes-checker", None, checker.name, checker.position,
                       checker.signed_on)]
    first, second = (Subject(SubjectKind.MEETING, "1/2569"), Subject(SubjectKind.MEETING,
                                                                     "2/2569"))
    _record(register, 1, b"%PDF minutes 1", kind="minutes", subject=first,
            roles=MINUTES_SIGNERS, signoffs=minutes)
    assert register.next_number("minutes", 2569, second) == ("2569-002", 1)
    _record(register, 1, b"%PDF minutes 2", kind="minutes", subject=second, number="2569-002",
            roles=MINUTES_SIGNERS, signoffs=minutes)
    assert register.next_number("minutes", 2569, first) == ("2569-001", 2)

    found = register.versions("minutes", 2569)
    assert [v.subject.key for v in found] == ["2/2569", "1/2569"]
    # Stored in the order the kind prints its signers, whatever order they were given in.
    assert [s.role for s in found[0].signoffs] == ["recorder", "minutes-checker", "chair"]
    assert register.versions(subject=first)[0].report_number == "2569-001"

    order = Subject(SubjectKind.ORDER, "12/2569")
    signed = _record(register, 1, b"%PDF order", kind="order", subject=order,
                     number="2569-003", roles=ORDER_SIGNERS,
                     signoffs=[SignOff("signed", None, chair.name, chair.position,
                                       chair.signed_on)])
    assert [s.role for s in signed.signoffs] == ["signed"]


def test_the_same_bytes_are_stored_once(db):
    register = ReportRegister(db)
    _record(register, 1, b"%PDF v1", xlsx=b"PK same workbook")
    second = _record(register, 2, b"%PDF v2", xlsx=b"PK same workbook")
    assert db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 3
    assert register.file(second.id, "xlsx") == b"PK same workbook"


def test_a_signed_off_version_cannot_be_changed_or_deleted(db):
    version = _record(ReportRegister(db), 1)
    digest = sha256_hex(b"%PDF-1 one")
    for statement, params in (
        ("UPDATE report_versions SET snapshot = '{}' WHERE id = ?", (version.id,)),
        ("DELETE FROM report_versions WHERE id = ?", (version.id,)),
        ("UPDATE report_files SET sha256 = ? WHERE version_id = ?", ("0" * 64, version.id)),
        ("DELETE FROM report_files WHERE version_id = ?", (version.id,)),
        ("UPDATE report_signoffs SET name = 'x' WHERE version_id = ?", (version.id,)),
        ("UPDATE report_signoffs SET role_order = 9 WHERE version_id = ?", (version.id,)),
        ("DELETE FROM report_signoffs WHERE version_id = ?", (version.id,)),
        ("UPDATE blobs SET content = x'00', size = 1 WHERE sha256 = ?", (digest,)),
        ("DELETE FROM blobs WHERE sha256 = ?", (digest,)),
    ):
        with pytest.raises(sqlite3.IntegrityError):
            with db.transaction():
                db.execute(statement, params)
    assert ReportRegister(db).file(version.id, "pdf") == b"%PDF-1 one"


def test_the_same_version_twice_or_wrong_signers_store_nothing(db):
    register = ReportRegister(db)
    _record(register, 1)
    with pytest.raises(StoreError):
        _record(register, 1, b"%PDF other")
    assert register.find_file(b"%PDF other") is None
    for signoffs in (SIGNERS[:2], (*SIGNERS, SIGNERS[0]),
                     (*SIGNERS[:2], SignOff("chair", None, "x", "y", date(2026, 11, 21)))):
        with pytest.raises(SignersError) as info:
            _record(register, 2, b"%PDF two", signoffs=signoffs)
        assert "prepared, checked, approved" in str(info.value)
    assert [v.version for v in register.versions()] == [1]
    assert register.find_file(b"%PDF two") is None


def test_a_report_keeps_its_number(db):
    register = ReportRegister(db)
    _record(register, 1)
    with pytest.raises(StoreError, match="already has the number 2569-001"):
        _record(register, 2, b"%PDF two", number="2569-007")
    assert register.find_file(b"%PDF two") is None
