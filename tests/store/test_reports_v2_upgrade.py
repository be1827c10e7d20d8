"""A saved schema-v2 file with signed-off versions, upgraded to the register with subjects.

``data/reports-v2.sqlite`` was written by the program before the upgrade existed:
``ita-desktop demo`` (frameworks deleted and the file vacuumed, to keep it small), then
``sign-off roster --year 2568 --digits arabic --date 2025-03-02`` (report 2568-001: PDF, XLSX),
one officer's phone changed, ``sign-off roster`` again on 2025-03-10 (version 2), and
``sign-off fact-sheet --digits thai --date 2025-03-11`` (report 2568-002: PDF, DOCX, XLSX).
Each signed-off file must come out of the upgraded file byte for byte and still verify.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.signoff import Subject
from ita_desktop.services import reports
from ita_desktop.store import open_database
from ita_desktop.store.database import APPLICATION_ID, connect
from ita_desktop.store.migrations import LATEST_VERSION, MIGRATIONS, migrate
from ita_desktop.store.report_register import ReportRegister

V2_FILE = Path(__file__).parent / "data" / "reports-v2.sqlite"


def _v2_register(path: Path) -> dict[tuple[str, int], dict]:
    """What the v2 file holds, read with plain SQL before the program touches it."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        found = {}
        for v in conn.execute("SELECT v.*, r.number, r.kind, r.fiscal_year, r.title FROM "
                              "report_versions v JOIN reports r ON r.id = v.report_id"):
            found[(v["number"], v["version"])] = {
                "id": v["id"], "kind": v["kind"], "fiscal_year": v["fiscal_year"],
                "title": v["title"], "fingerprint": v["fingerprint"],
                "signed_on": v["signed_on"], "created_at": v["created_at"],
                "signoffs": {s["role"]: (s["person_id"], s["name"], s["position"],
                                         s["signed_on"])
                             for s in conn.execute("SELECT * FROM report_signoffs WHERE "
                                                   "version_id = ?", (v["id"],))},
                "files": {f["format"]: (f["sha256"], bytes(f["content"]))
                          for f in conn.execute("SELECT * FROM report_files WHERE "
                                                "version_id = ?", (v["id"],))},
            }
        return found
    finally:
        conn.close()


@pytest.fixture
def upgraded(tmp_path):
    path = tmp_path / "unit.sqlite"
    shutil.copy(V2_FILE, path)
    before = _v2_register(path)
    db = open_database(path)
    yield db, before, path
    db.close()


def test_the_saved_file_has_files_of_every_format_and_several_versions():
    before = _v2_register(V2_FILE)
    assert {fmt for v in before.values() for fmt in v["files"]} == {"pdf", "docx", "xlsx"}
    assert sorted(before) == [("2568-001", 1), ("2568-001", 2), ("2568-002", 1)]
    assert V2_FILE.stat().st_size < 400_000


def test_every_version_signer_and_file_is_kept(upgraded):
    db, before, _ = upgraded
    assert db.user_version == LATEST_VERSION
    assert db.last_backup is not None
    backup = sqlite3.connect(db.last_backup)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 2
    backup.close()
    assert db.query("PRAGMA foreign_key_check") == []

    register = ReportRegister(db)
    after = {(v.report_number, v.version): v for v in register.versions()}
    assert after.keys() == before.keys()
    for key, old in before.items():
        new = after[key]
        assert (new.id, new.kind, new.fiscal_year, new.title, new.fingerprint,
                new.signed_on.isoformat(), new.created_at) == \
            (old["id"], old["kind"], old["fiscal_year"], old["title"], old["fingerprint"],
             old["signed_on"], old["created_at"])
        assert new.subject == Subject.year(old["fiscal_year"])
        assert [s.role for s in new.signoffs] == ["prepared", "checked", "approved"]
        assert {s.role: (s.person_id, s.name, s.position, s.signed_on.isoformat())
                for s in new.signoffs} == old["signoffs"]
        assert dict(new.files) == {fmt: sha for fmt, (sha, _) in old["files"].items()}
        for fmt, (sha, content) in old["files"].items():
            stored = register.file(new.id, fmt)
            assert stored == content and hashlib.sha256(stored).hexdigest() == sha
            verdict = reports.verify(db, stored)
            assert verdict.exact and verdict.version.id == new.id and verdict.format == fmt
    # The content moved out of the file rows into one table, each file once.
    assert db.execute("SELECT count(*) FROM blobs").fetchone()[0] == \
        len({sha for v in before.values() for sha, _ in v["files"].values()})
    columns = {r["name"] for r in db.query("PRAGMA table_info(report_files)")}
    assert "content" not in columns


def test_the_upgraded_unit_documents_are_next_versions_and_numbering_goes_on(upgraded):
    db, before, _ = upgraded
    # Schema 4 made the unit documents say more: the date their data is as of, which section
    # heads are confirmed, people in official order. So the data signed before is not today's
    # data: the next sign-off is the next version of the same report, and the signed files
    # stay as they were.
    fact = reports.prepare(db, "fact-sheet", 2568, DigitStyle.THAI)
    assert fact.signed is None and (fact.number, fact.version) == ("2568-002", 2)
    # The data is as of the day the rows were last written before the upgrade.
    assert fact.data["as_of"] == "2026-11-27"
    assert [s["confirmed"] for s in fact.data["sections"]] == [False] * 5
    for fmt, (_, content) in before[("2568-002", 1)]["files"].items():
        assert ReportRegister(db).file(before[("2568-002", 1)]["id"], fmt) == content

    roster = reports.prepare(db, "roster", 2568, DigitStyle.ARABIC)
    assert roster.signed is None and (roster.number, roster.version) == ("2568-001", 3)
    assert reports.prepare(db, "fact-sheet", 2569, DigitStyle.THAI).number == "2569-001"
    assert reports.prepare(db, "fact-sheet", 2568, DigitStyle.ARABIC).number == "2568-002"


def test_a_v2_file_holding_the_same_bytes_twice_keeps_one_copy(tmp_path):
    db = connect(tmp_path / "v2.sqlite")
    migrate(db, MIGRATIONS[:2])
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    same = b"PK the same workbook"
    digest = hashlib.sha256(same).hexdigest()
    with db.transaction():
        db.execute("INSERT INTO reports (id, kind, fiscal_year, number, title) "
                   "VALUES (1, 'roster', 2568, '2568-001', 't')")
        for version in (1, 2):
            db.execute("INSERT INTO report_versions (id, report_id, version, snapshot, "
                       "fingerprint, digit_style, signed_on, created_at) VALUES "
                       "(?, 1, ?, '{}', ?, 'thai', '2025-03-01', 'x')",
                       (version, version, str(version) * 64))
            db.execute("INSERT INTO report_files (version_id, format, content, sha256) "
                       "VALUES (?, 'xlsx', ?, ?)", (version, same, digest))
    migrate(db)
    assert db.query("SELECT sha256, size FROM blobs") and \
        [tuple(r) for r in db.query("SELECT sha256, size FROM blobs")] == [(digest, len(same))]
    register = ReportRegister(db)
    assert [register.file(v, "xlsx") for v in (1, 2)] == [same, same]
    db.close()


def test_old_hashes_still_verify_and_a_new_version_goes_on_from_them(upgraded):
    """The hash of every version signed before the digits left the snapshot is still the
    SHA-256 of the snapshot stored with it; once the data changes, the next version is
    signed with a hash that no digit style changes."""
    from datetime import date

    from ita_desktop.domain.signoff import SignOff
    from ita_desktop.reports import signing
    from ita_desktop.store.people import PeopleRepository

    db, before, _ = upgraded
    register = ReportRegister(db)
    for v in register.versions():
        snapshot = register.snapshot(v.id)
        assert '"digits"' in snapshot and signing.fingerprint_of(snapshot) == v.fingerprint

    people = PeopleRepository(db)
    someone = people.all(include_inactive=False)[4]
    people.update(replace(someone, phone="02 123 4567"))
    changed = reports.prepare(db, "roster", 2568, DigitStyle.THAI)
    assert changed.signed is None and (changed.number, changed.version) == ("2568-001", 3)
    # The data changed today: its version is signed today at the earliest.
    signers = [SignOff(role, p.id, p.display_name, p.position_abbr, date.today())
               for role, p in zip(("prepared", "checked", "approved"),
                                  people.all(include_inactive=False)[:3], strict=True)]
    record = reports.sign_off(db, changed, signers)
    assert record.version == 3 and record.digit_style == "thai"
    assert '"digits"' not in register.snapshot(record.id)
    arabic = reports.prepare(db, "roster", 2568, DigitStyle.ARABIC)
    assert arabic.signed is not None and arabic.signed.version == 3
