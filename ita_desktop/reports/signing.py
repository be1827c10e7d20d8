"""Reports from data to files: which reports exist, drafts, sign-off, verification.

The data a report is built from is frozen as canonical JSON (the snapshot); its SHA-256 is the
fingerprint printed on the signed-off document. Exporting when the data still has the
fingerprint of a signed-off version gives that version's stored files, byte for byte;
exporting after the data changed gives a draft of the next version, which needs its own
sign-off.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from hashlib import sha256
from typing import Any

from ita_desktop.domain.digits import DigitStyle, apply_digits, to_arabic_digits
from ita_desktop.domain.signoff import (
    REPORT_SIGNERS,
    SignerRole,
    Subject,
    SubjectKind,
    check_signers,
    role_text,
)
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.reports.model import Document, Signer, Verification
from ita_desktop.reports.unit_data import collect_unit_data
from ita_desktop.reports.unit_reports import build_fact_sheet, build_roster
from ita_desktop.store.database import Database
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.report_register import (
    ReportRegister,
    SignOff,
    VersionRecord,
    sha256_hex,
)

Progress = Callable[[int, int], None]
Builder = Callable[[dict[str, Any], int, DigitStyle, tuple[Signer, ...], Verification | None],
                   Document]

FORMATS = ("pdf", "docx", "xlsx")
QR_PREFIX = "ITA-DESKTOP"


@dataclass(frozen=True)
class ReportKind:
    key: str
    title: str
    """Thai title, as in the register."""
    english: str
    formats: tuple[str, ...]
    collect: Callable[[Database], dict[str, Any]]
    build: Builder
    roles: tuple[SignerRole, ...] = REPORT_SIGNERS
    """Who signs it off, in the order the signature blocks are printed."""
    subject: SubjectKind = SubjectKind.FISCAL_YEAR
    """What one report of this kind is about; one report per kind, year and subject."""


REPORT_KINDS: dict[str, ReportKind] = {
    kind.key: kind for kind in (
        ReportKind("fact-sheet", "ข้อมูลพื้นฐานของหน่วยงาน", "Unit fact sheet", FORMATS,
                   collect_unit_data, build_fact_sheet),
        ReportKind("roster", "บัญชีรายชื่อกำลังพล", "Roster", ("pdf", "xlsx"),
                   collect_unit_data, build_roster),
    )
}


class ReportError(ValueError):
    """A report cannot be made as asked; the message says why and what to do."""


class SubjectError(AppError):
    """A report asked for about a subject of the wrong kind."""


register({
    "report.subject": QT_TRANSLATE_NOOP(
        "Errors", "The report %report is about %expected, not %given."),
})


def report_kind(key: str) -> ReportKind:
    try:
        return REPORT_KINDS[key]
    except KeyError:
        raise ReportError(f"Unknown report {key!r}; known: {', '.join(REPORT_KINDS)}.") from None


def canonical_snapshot(kind: str, fiscal_year: int, subject: Subject, digits: DigitStyle,
                       data: Mapping[str, Any]) -> str:
    frozen: dict[str, Any] = {"report": kind, "fiscal_year": fiscal_year,
                              "digits": str(digits), "data": data}
    if subject != Subject.year(fiscal_year):
        # A report about its year leaves the subject out, so the fingerprints of versions
        # signed off before reports had subjects stay what they are.
        frozen["subject"] = {"kind": str(subject.kind), "key": subject.key}
    return json.dumps(frozen, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def short_fingerprint(fingerprint: str) -> str:
    head = fingerprint[:16].upper()
    return "-".join(head[i:i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class Prepared:
    """A report's current data, and where it stands against the register."""

    kind: ReportKind
    fiscal_year: int
    subject: Subject
    digits: DigitStyle
    data: dict[str, Any]
    snapshot: str
    fingerprint: str
    number: str
    signed: VersionRecord | None
    """The signed-off version with exactly this data, if there is one."""
    next_version: int

    @property
    def version(self) -> int:
        return self.signed.version if self.signed else self.next_version


def _check_subject(kind: ReportKind, fiscal_year: int, subject: Subject) -> None:
    if subject.kind is not kind.subject or (
            subject.kind is SubjectKind.FISCAL_YEAR and subject != Subject.year(fiscal_year)):
        expected = (Subject.year(fiscal_year).english()
                    if kind.subject is SubjectKind.FISCAL_YEAR else str(kind.subject))
        raise SubjectError("report.subject", report=kind.key, expected=expected,
                           given=subject.english())


def prepare(db: Database, kind_key: str, fiscal_year: int, digits: DigitStyle,
            subject: Subject | None = None) -> Prepared:
    """The report ``kind_key`` about ``subject`` (by default the fiscal year itself)."""
    kind = report_kind(kind_key)
    subject = subject or Subject.year(fiscal_year)
    _check_subject(kind, fiscal_year, subject)
    digits = DigitStyle(digits)
    data = kind.collect(db)
    snapshot = canonical_snapshot(kind.key, fiscal_year, subject, digits, data)
    fingerprint = sha256(snapshot.encode("utf-8")).hexdigest()
    register = ReportRegister(db)
    number, next_version = register.next_number(kind.key, fiscal_year, subject)
    signed = register.with_fingerprint(kind.key, fiscal_year, subject, fingerprint)
    return Prepared(kind, fiscal_year, subject, digits, data, snapshot, fingerprint, number,
                    signed, next_version)


def verification_for(prepared: Prepared, version: int, signed_on: date) -> Verification:
    digits = prepared.digits
    when = format_thai_date(signed_on, DateForm.ABBR, digits)
    line = (f"รายงานเลขที่ {apply_digits(prepared.number, digits)} "
            f"ฉบับที่ {apply_digits(str(version), digits)} ลงนาม {when} "
            f"ลายนิ้วมือ {short_fingerprint(prepared.fingerprint)}")
    payload = "|".join((QR_PREFIX, prepared.number, str(version), signed_on.isoformat(),
                        prepared.fingerprint))
    return Verification(prepared.number, version, when, short_fingerprint(prepared.fingerprint),
                        line, payload)


def _signers(db: Database, kind: ReportKind, signoffs: Sequence[SignOff], digits: DigitStyle
             ) -> tuple[Signer, ...]:
    people = PeopleRepository(db)
    signers = []
    for signoff in sorted(signoffs, key=lambda s: kind.roles.index(SignerRole(s.role))):
        text = role_text(signoff.role)
        picture = people.signature(signoff.person_id) if signoff.person_id else None
        signers.append(Signer(role=text.thai, above=text.above, name=signoff.name,
                              position=signoff.position, signature=picture,
                              date_text="วันที่ " + format_thai_date(signoff.signed_on,
                                                                      DateForm.ABBR, digits)))
    return tuple(signers)


def blank_signers(kind: ReportKind) -> tuple[Signer, ...]:
    """Signature blocks left for hand signatures on a draft."""
    return tuple(Signer(role=role_text(role).thai, above=role_text(role).above)
                 for role in kind.roles)


def draft_document(prepared: Prepared) -> Document:
    return prepared.kind.build(prepared.data, prepared.fiscal_year, prepared.digits,
                               blank_signers(prepared.kind), None)


def render(doc: Document, fmt: str, progress: Progress | None = None) -> bytes:
    """Render with the renderer of ``fmt``; the libraries load only now."""
    if fmt == "pdf":
        from ita_desktop.reports.render_pdf import render_pdf

        return render_pdf(doc, progress)
    if fmt == "docx":
        from ita_desktop.reports.render_docx import render_docx

        return render_docx(doc, progress)
    if fmt == "xlsx":
        from ita_desktop.reports.render_xlsx import render_xlsx

        return render_xlsx(doc, progress)
    raise ReportError(f"Unknown format {fmt!r}; use pdf, docx or xlsx.")


def check_format(prepared: Prepared, fmt: str) -> None:
    if fmt not in prepared.kind.formats:
        raise ReportError(f"The {prepared.kind.english.lower()} is made as "
                          f"{', '.join(f.upper() for f in prepared.kind.formats)}, not "
                          f"{fmt.upper()}.")


def export_bytes(db: Database, prepared: Prepared, fmt: str,
                 progress: Progress | None = None) -> bytes:
    """The file to save: the signed-off file itself when the data has not changed since,
    otherwise a freshly rendered draft."""
    check_format(prepared, fmt)
    if prepared.signed is not None:
        stored = ReportRegister(db).file(prepared.signed.id, fmt)
        if stored is not None:
            if progress:
                progress(1, 1)
            return stored
    return render(draft_document(prepared), fmt, progress)


def signed_document(db: Database, prepared: Prepared, signoffs: Sequence[SignOff]
                    ) -> Document:
    """The document of the next version, with its signers and verification line."""
    if prepared.signed is not None:
        raise ReportError(f"This data is already signed off as version {prepared.signed.version}"
                          f" of report {prepared.number}; change the data to make a new one.")
    # Refused before rendering, which takes seconds, rather than when storing.
    check_signers(prepared.kind.roles, (s.role for s in signoffs))
    version = prepared.next_version
    verification = verification_for(prepared, version, max(s.signed_on for s in signoffs))
    return prepared.kind.build(prepared.data, prepared.fiscal_year, prepared.digits,
                               _signers(db, prepared.kind, signoffs, prepared.digits),
                               verification)


def render_all(doc: Document, formats: Sequence[str],
               progress: Progress | None = None) -> dict[str, bytes]:
    """Every format of a document (no database: may run in a worker thread)."""
    files: dict[str, bytes] = {}
    for k, fmt in enumerate(formats):
        def step(done: int, total: int, k: int = k) -> None:
            if progress:
                progress(k * 1000 + done * 1000 // max(total, 1), len(formats) * 1000)
        files[fmt] = render(doc, fmt, step)
    return files


def record_sign_off(db: Database, prepared: Prepared, signoffs: Sequence[SignOff],
                    files: dict[str, bytes]) -> VersionRecord:
    return ReportRegister(db).record(
        kind=prepared.kind.key, fiscal_year=prepared.fiscal_year, subject=prepared.subject,
        title=prepared.kind.title, roles=prepared.kind.roles, number=prepared.number,
        version=prepared.next_version, snapshot=prepared.snapshot,
        fingerprint=prepared.fingerprint, digit_style=str(prepared.digits), signoffs=signoffs,
        files=files,
    )


def sign_off(db: Database, prepared: Prepared, signoffs: Sequence[SignOff],
             progress: Progress | None = None) -> VersionRecord:
    """Freeze the data and the rendered files of every format as the next version."""
    doc = signed_document(db, prepared, signoffs)
    files = render_all(doc, prepared.kind.formats, progress)
    return record_sign_off(db, prepared, signoffs, files)


@dataclass(frozen=True)
class Verdict:
    exact: bool
    message: str
    version: VersionRecord | None = None
    format: str | None = None


def verify(db: Database, data: bytes) -> Verdict:
    """Whether ``data`` is exactly a signed-off file, and which; else what it claims to be."""
    register = ReportRegister(db)
    match = register.find_file(data)
    if match is not None:
        v = match.version
        signers = "; ".join(f"{s.role}: {s.name} ({s.signed_on.isoformat()})"
                            for s in v.signoffs)
        return Verdict(True, f"Exact copy of report {v.report_number} version {v.version} "
                             f"({v.kind}, {v.subject.english()}, {match.format.upper()}), "
                             f"signed off {v.signed_on.isoformat()}; SHA-256 "
                             f"{sha256_hex(data)}. Signed by {signers}.", v, match.format)
    claim = _claimed_version(register, data)
    if claim is not None:
        return Verdict(False, f"NOT a signed-off file. It looks like report "
                              f"{claim.report_number} version {claim.version}, but its content "
                              "differs from every file signed off for it: it was changed after "
                              "sign-off or exported from other data.", claim)
    return Verdict(False, "NOT a signed-off file: no signed-off report in this database has "
                          f"this content (SHA-256 {sha256_hex(data)}).")


def _claimed_version(register: ReportRegister, data: bytes) -> VersionRecord | None:
    """The version a PDF's verification line names, when the file can be read at all."""
    if not data.startswith(b"%PDF"):
        return None
    try:
        from ita_desktop.reports.pdf_read import pdf_pages_text

        text = pdf_pages_text(data)[0]
    except Exception:  # noqa: BLE001 - a damaged file simply claims nothing
        return None
    found = re.search(r"รายงานเลขที่ (\S+) ฉบับที่ (\S+)", to_arabic_digits(text))
    if not found or not found.group(2).isdigit():
        return None
    return register.by_number(found.group(1), int(found.group(2)))
