"""The register of signed-off reports: every report, its subject, versions, signers and files.

A version is written once, with its sign-offs and rendered files, in one transaction; the
schema's triggers refuse any later change or deletion. The files' bytes live in ``blobs``
(store/blobs.py) and are read only when one file is asked for.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ita_desktop.domain.signoff import SignOff, Subject, check_signers
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.store.blobs import BlobStore, sha256_hex
from ita_desktop.store.database import Database
from ita_desktop.store.errors import StoreError

__all__ = ["FileMatch", "RegisterError", "ReportRegister", "SignOff", "VersionRecord",
           "sha256_hex"]


class RegisterError(StoreError, AppError):
    """The register refused to store a version; nothing was written. Still a ``StoreError``,
    so every caller that handles the store's refusals handles this one."""


register({
    "register.no-files": QT_TRANSLATE_NOOP(
        "Errors", "A signed-off version needs its rendered files; nothing was stored."),
    "register.other-number": QT_TRANSLATE_NOOP(
        "Errors", "Report %kind (%subject) already has the number %number, not %given; "
        "nothing was stored."),
    "register.not-stored": QT_TRANSLATE_NOOP(
        "Errors", "Version %version of report %number was not stored (%detail)."),
    "register.no-version": QT_TRANSLATE_NOOP(
        "Errors", "The register has no signed-off version with the id %id."),
    "register.signed-meanwhile": QT_TRANSLATE_NOOP(
        "Errors", "Another sign-off of report %number (version %version) was recorded at the "
        "same moment as this one, for example from another window or PC; nothing of yours was "
        "stored. Look at the register and sign off again if needed."),
    "register.number-taken": QT_TRANSLATE_NOOP(
        "Errors", "Another report was signed off at the same moment as this one and took the "
        "number %number; nothing of yours was stored. Sign off again: this report will get "
        "the next number."),
})


@dataclass(frozen=True)
class VersionRecord:
    id: int
    report_number: str
    kind: str
    fiscal_year: int
    subject: Subject
    title: str
    version: int
    fingerprint: str
    digit_style: str
    signed_on: date
    created_at: str
    signoffs: tuple[SignOff, ...]
    """In the order the report's kind prints its signature blocks."""
    files: Mapping[str, str]
    """Format -> SHA-256 of the stored file."""


@dataclass(frozen=True)
class FileMatch:
    version: VersionRecord
    format: str


class ReportRegister:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading ------------------------------------------------------------------------
    def _record(self, row: sqlite3.Row) -> VersionRecord:
        signoffs = tuple(
            SignOff(s["role"], s["person_id"], s["name"], s["position"],
                    date.fromisoformat(s["signed_on"]))
            for s in self.db.query(
                "SELECT role, person_id, name, position, signed_on FROM report_signoffs "
                "WHERE version_id = ? ORDER BY role_order", (row["id"],))
        )
        files = {f["format"]: f["sha256"] for f in self.db.query(
            "SELECT format, sha256 FROM report_files WHERE version_id = ? ORDER BY format",
            (row["id"],))}
        return VersionRecord(
            id=row["id"], report_number=row["number"], kind=row["kind"],
            fiscal_year=row["fiscal_year"],
            subject=Subject.stored(row["subject_kind"], row["subject_key"]),
            title=row["title"], version=row["version"],
            fingerprint=row["fingerprint"], digit_style=row["digit_style"],
            signed_on=date.fromisoformat(row["signed_on"]), created_at=row["created_at"],
            signoffs=signoffs, files=files,
        )

    _SELECT = ("SELECT v.*, r.number, r.kind, r.fiscal_year, r.subject_kind, r.subject_key, "
               "r.title FROM report_versions v JOIN reports r ON r.id = v.report_id ")
    _ORDER = "ORDER BY r.fiscal_year DESC, r.number DESC, v.version DESC"

    def versions(self, kind: str | None = None, fiscal_year: int | None = None,
                 subject: Subject | None = None) -> list[VersionRecord]:
        """Every signed-off version, newest report and version first."""
        where, params = [], []
        if kind is not None:
            where.append("r.kind = ?")
            params.append(kind)
        if fiscal_year is not None:
            where.append("r.fiscal_year = ?")
            params.append(fiscal_year)
        if subject is not None:
            where.append("r.subject_kind = ? AND r.subject_key = ?")
            params += [str(subject.kind), subject.key]
        sql = self._SELECT + (f"WHERE {' AND '.join(where)} " if where else "") + self._ORDER
        return [self._record(row) for row in self.db.query(sql, tuple(params))]

    def latest(self, kind: str, fiscal_year: int, subject: Subject) -> VersionRecord | None:
        found = self.versions(kind, fiscal_year, subject)
        return found[0] if found else None

    def with_fingerprint(self, kind: str, fiscal_year: int, subject: Subject,
                         fingerprints: Sequence[str], prefer_digits: str | None = None
                         ) -> VersionRecord | None:
        """The signed-off version stored with any of ``fingerprints`` (the hashes one set of
        data has had). Where the same data was signed more than once (once in each digit
        style, before the digits left the hash), the version in ``prefer_digits``, else the
        newest."""
        if not fingerprints:
            return None
        marks = ", ".join("?" * len(fingerprints))
        rows = self.db.query(self._SELECT + "WHERE r.kind = ? AND r.fiscal_year = ? AND "
                             f"r.subject_kind = ? AND r.subject_key = ? AND v.fingerprint IN "
                             f"({marks}) ORDER BY v.digit_style = ? DESC, v.version DESC",
                             (kind, fiscal_year, str(subject.kind), subject.key,
                              *fingerprints, prefer_digits))
        return self._record(rows[0]) if rows else None

    def snapshot(self, version_id: int) -> str:
        row = self.db.execute("SELECT snapshot FROM report_versions WHERE id = ?",
                              (version_id,)).fetchone()
        if row is None:
            raise RegisterError("register.no-version", id=version_id)
        return str(row["snapshot"])

    def file(self, version_id: int, fmt: str) -> bytes | None:
        row = self.db.execute("SELECT sha256 FROM report_files WHERE version_id = ? AND "
                              "format = ?", (version_id, fmt)).fetchone()
        return BlobStore(self.db).get(row["sha256"]) if row else None

    def find_file(self, data: bytes) -> FileMatch | None:
        """The signed-off version ``data`` is an exact copy of, if any."""
        return self.find_digest(sha256_hex(data))

    def find_digest(self, digest: str) -> FileMatch | None:
        """The signed-off version whose file has the SHA-256 ``digest`` (hex), if any: a file
        can be hashed in chunks without holding it in memory."""
        row = self.db.execute("SELECT version_id, format FROM report_files WHERE sha256 = ? "
                              "ORDER BY version_id", (digest,)).fetchone()
        if row is None:
            return None
        version = self._record(self.db.query(self._SELECT + "WHERE v.id = ?",
                                             (row["version_id"],))[0])
        return FileMatch(version, row["format"])

    def by_number(self, number: str, version: int) -> VersionRecord | None:
        rows = self.db.query(self._SELECT + "WHERE r.number = ? AND v.version = ?",
                             (number, version))
        return self._record(rows[0]) if rows else None

    def _report_row(self, kind: str, fiscal_year: int, subject: Subject) -> sqlite3.Row | None:
        return self.db.execute(
            "SELECT id, number FROM reports WHERE kind = ? AND fiscal_year = ? AND "
            "subject_kind = ? AND subject_key = ?",
            (kind, fiscal_year, str(subject.kind), subject.key)).fetchone()

    def report_number(self, kind: str, fiscal_year: int, subject: Subject) -> str | None:
        row = self._report_row(kind, fiscal_year, subject)
        return str(row["number"]) if row else None

    def next_number(self, kind: str, fiscal_year: int, subject: Subject) -> tuple[str, int]:
        """The report number this report has or will get, and its next version number."""
        number = self.report_number(kind, fiscal_year, subject)
        if number is None:
            count = self.db.execute("SELECT count(*) FROM reports WHERE fiscal_year = ?",
                                    (fiscal_year,)).fetchone()[0]
            return f"{fiscal_year}-{count + 1:03d}", 1
        latest = self.latest(kind, fiscal_year, subject)
        return number, (latest.version + 1 if latest else 1)

    # --- writing ------------------------------------------------------------------------
    def _number_taken(self, number: str) -> bool:
        return self.db.execute("SELECT 1 FROM reports WHERE number = ?",
                               (number,)).fetchone() is not None

    def _has_version(self, report_id: int, version: int) -> bool:
        """Whether ``version`` or a later one of the report is already stored."""
        return self.db.execute("SELECT 1 FROM report_versions WHERE report_id = ? AND "
                               "version >= ?", (report_id, version)).fetchone() is not None

    def record(self, *, kind: str, fiscal_year: int, subject: Subject, title: str,
               number: str, version: int, snapshot: str, fingerprint: str, digit_style: str,
               roles: Sequence[str], signoffs: Sequence[SignOff],
               files: Mapping[str, bytes], created_at: datetime | None = None
               ) -> VersionRecord:
        """Store one signed-off version with its sign-offs and files, all or nothing.

        ``roles`` are the signers of the report's kind in their printed order; the sign-offs
        must name each exactly once. ``created_at`` is the moment of sign-off (by default
        now).
        """
        check_signers(roles, (s.role for s in signoffs))
        if not files:
            raise RegisterError("register.no-files")
        order = {role: n for n, role in enumerate(roles, start=1)}
        signed_on = max(s.signed_on for s in signoffs)
        blobs = BlobStore(self.db)
        try:
            with self.db.transaction():
                # The version and number were worked out when the report was prepared; another
                # window or PC may have signed off since. Inside this write transaction no
                # one else can, so what is found here is final (not SQLite's bare "UNIQUE
                # constraint failed").
                row = self._report_row(kind, fiscal_year, subject)
                if row is None and self._number_taken(number):
                    raise RegisterError("register.number-taken", number=number)
                if row is not None and row["number"] == number and self._has_version(
                        row["id"], version):
                    raise RegisterError("register.signed-meanwhile", number=number,
                                        version=version)
                if row is None:
                    report_id = self.db.execute(
                        "INSERT INTO reports (kind, fiscal_year, subject_kind, subject_key, "
                        "number, title) VALUES (?, ?, ?, ?, ?, ?)",
                        (kind, fiscal_year, str(subject.kind), subject.key, number, title),
                    ).lastrowid
                elif row["number"] != number:
                    raise RegisterError("register.other-number", kind=kind,
                                        subject=f"{subject.kind} {subject.key}",
                                        number=row["number"], given=number)
                else:
                    report_id = row["id"]
                version_id = self.db.execute(
                    "INSERT INTO report_versions (report_id, version, snapshot, fingerprint, "
                    "digit_style, signed_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (report_id, version, snapshot, fingerprint, digit_style,
                     signed_on.isoformat(),
                     (created_at or datetime.now()).isoformat(timespec="seconds")),
                ).lastrowid
                for s in signoffs:
                    self.db.execute(
                        "INSERT INTO report_signoffs (version_id, role, role_order, person_id, "
                        "name, position, signed_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (version_id, s.role, order[s.role], s.person_id, s.name, s.position,
                         s.signed_on.isoformat()))
                for fmt, content in files.items():
                    self.db.execute(
                        "INSERT INTO report_files (version_id, format, sha256) VALUES (?, ?, ?)",
                        (version_id, fmt, blobs.put(content)))
        except sqlite3.IntegrityError as exc:
            raise RegisterError("register.not-stored", version=version, number=number,
                                detail=str(exc)) from exc
        found = self.by_number(number, version)
        assert found is not None
        return found
