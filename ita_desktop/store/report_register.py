"""The register of signed-off reports: every report, version, signer and file fingerprint.

A version is written once, with its sign-offs and rendered files, in one transaction; the
schema's triggers refuse any later change or deletion.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ita_desktop.store.database import Database
from ita_desktop.store.errors import StoreError

ROLES = ("prepared", "checked", "approved")


@dataclass(frozen=True)
class SignOff:
    role: str
    person_id: int | None
    name: str
    position: str
    signed_on: date


@dataclass(frozen=True)
class VersionRecord:
    id: int
    report_number: str
    kind: str
    fiscal_year: int
    title: str
    version: int
    fingerprint: str
    digit_style: str
    signed_on: date
    created_at: str
    signoffs: tuple[SignOff, ...]
    files: Mapping[str, str]
    """Format -> SHA-256 of the stored file."""


@dataclass(frozen=True)
class FileMatch:
    version: VersionRecord
    format: str


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class ReportRegister:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading ------------------------------------------------------------------------
    def _record(self, row: sqlite3.Row) -> VersionRecord:
        signoffs = tuple(
            SignOff(s["role"], s["person_id"], s["name"], s["position"],
                    date.fromisoformat(s["signed_on"]))
            for s in self.db.query(
                "SELECT * FROM report_signoffs WHERE version_id = ? ORDER BY CASE role "
                "WHEN 'prepared' THEN 1 WHEN 'checked' THEN 2 ELSE 3 END", (row["id"],))
        )
        files = {f["format"]: f["sha256"] for f in self.db.query(
            "SELECT format, sha256 FROM report_files WHERE version_id = ? ORDER BY format",
            (row["id"],))}
        return VersionRecord(
            id=row["id"], report_number=row["number"], kind=row["kind"],
            fiscal_year=row["fiscal_year"], title=row["title"], version=row["version"],
            fingerprint=row["fingerprint"], digit_style=row["digit_style"],
            signed_on=date.fromisoformat(row["signed_on"]), created_at=row["created_at"],
            signoffs=signoffs, files=files,
        )

    _SELECT = ("SELECT v.*, r.number, r.kind, r.fiscal_year, r.title FROM report_versions v "
               "JOIN reports r ON r.id = v.report_id ")

    def versions(self, kind: str | None = None, fiscal_year: int | None = None
                 ) -> list[VersionRecord]:
        """Every signed-off version, newest report and version first."""
        where, params = [], []
        if kind is not None:
            where.append("r.kind = ?")
            params.append(kind)
        if fiscal_year is not None:
            where.append("r.fiscal_year = ?")
            params.append(fiscal_year)
        sql = self._SELECT + (f"WHERE {' AND '.join(where)} " if where else "")
        sql += "ORDER BY r.fiscal_year DESC, r.number DESC, v.version DESC"
        return [self._record(row) for row in self.db.query(sql, tuple(params))]

    def latest(self, kind: str, fiscal_year: int) -> VersionRecord | None:
        found = self.versions(kind, fiscal_year)
        return found[0] if found else None

    def with_fingerprint(self, kind: str, fiscal_year: int,
                         fingerprint: str) -> VersionRecord | None:
        rows = self.db.query(self._SELECT + "WHERE r.kind = ? AND r.fiscal_year = ? AND "
                             "v.fingerprint = ? ORDER BY v.version DESC",
                             (kind, fiscal_year, fingerprint))
        return self._record(rows[0]) if rows else None

    def snapshot(self, version_id: int) -> str:
        row = self.db.execute("SELECT snapshot FROM report_versions WHERE id = ?",
                              (version_id,)).fetchone()
        if row is None:
            raise StoreError(f"No signed-off report version {version_id}.")
        return str(row["snapshot"])

    def file(self, version_id: int, fmt: str) -> bytes | None:
        row = self.db.execute("SELECT content FROM report_files WHERE version_id = ? AND "
                              "format = ?", (version_id, fmt)).fetchone()
        return bytes(row["content"]) if row else None

    def find_file(self, data: bytes) -> FileMatch | None:
        """The signed-off version ``data`` is an exact copy of, if any."""
        digest = sha256_hex(data)
        row = self.db.execute("SELECT version_id, format FROM report_files WHERE sha256 = ?",
                              (digest,)).fetchone()
        if row is None:
            return None
        version = self._record(self.db.query(self._SELECT + "WHERE v.id = ?",
                                             (row["version_id"],))[0])
        return FileMatch(version, row["format"])

    def by_number(self, number: str, version: int) -> VersionRecord | None:
        rows = self.db.query(self._SELECT + "WHERE r.number = ? AND v.version = ?",
                             (number, version))
        return self._record(rows[0]) if rows else None

    def report_number(self, kind: str, fiscal_year: int) -> str | None:
        row = self.db.execute("SELECT number FROM reports WHERE kind = ? AND fiscal_year = ?",
                              (kind, fiscal_year)).fetchone()
        return str(row["number"]) if row else None

    def next_number(self, kind: str, fiscal_year: int) -> tuple[str, int]:
        """The report number this report has or will get, and its next version number."""
        number = self.report_number(kind, fiscal_year)
        if number is None:
            count = self.db.execute("SELECT count(*) FROM reports WHERE fiscal_year = ?",
                                    (fiscal_year,)).fetchone()[0]
            return f"{fiscal_year}-{count + 1:03d}", 1
        latest = self.latest(kind, fiscal_year)
        return number, (latest.version + 1 if latest else 1)

    # --- writing ------------------------------------------------------------------------
    def record(self, *, kind: str, fiscal_year: int, title: str, number: str, version: int,
               snapshot: str, fingerprint: str, digit_style: str, signoffs: Sequence[SignOff],
               files: Mapping[str, bytes]) -> VersionRecord:
        """Store one signed-off version with its sign-offs and files, all or nothing."""
        roles = sorted(s.role for s in signoffs)
        if roles != sorted(ROLES):
            raise StoreError("A report is signed off by who prepared, checked and approved it.")
        if not files:
            raise StoreError("A signed-off version needs its rendered files.")
        signed_on = max(s.signed_on for s in signoffs)
        try:
            with self.db.transaction():
                row = self.db.execute("SELECT id, number FROM reports WHERE kind = ? AND "
                                      "fiscal_year = ?", (kind, fiscal_year)).fetchone()
                if row is None:
                    report_id = self.db.execute(
                        "INSERT INTO reports (kind, fiscal_year, number, title) "
                        "VALUES (?, ?, ?, ?)", (kind, fiscal_year, number, title)).lastrowid
                elif row["number"] != number:
                    raise StoreError(f"Report {kind} {fiscal_year} is number {row['number']}, "
                                     f"not {number}.")
                else:
                    report_id = row["id"]
                version_id = self.db.execute(
                    "INSERT INTO report_versions (report_id, version, snapshot, fingerprint, "
                    "digit_style, signed_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (report_id, version, snapshot, fingerprint, digit_style,
                     signed_on.isoformat(), datetime.now().isoformat(timespec="seconds")),
                ).lastrowid
                for s in signoffs:
                    self.db.execute(
                        "INSERT INTO report_signoffs (version_id, role, person_id, name, "
                        "position, signed_on) VALUES (?, ?, ?, ?, ?, ?)",
                        (version_id, s.role, s.person_id, s.name, s.position,
                         s.signed_on.isoformat()))
                for fmt, content in files.items():
                    self.db.execute(
                        "INSERT INTO report_files (version_id, format, content, sha256) "
                        "VALUES (?, ?, ?, ?)", (version_id, fmt, content, sha256_hex(content)))
        except sqlite3.IntegrityError as exc:
            raise StoreError(f"Version {version} of report {number} was not stored: {exc}") \
                from exc
        found = self.by_number(number, version)
        assert found is not None
        return found
