"""Reports from plain data to documents: which reports exist, their snapshot and fingerprint,
the verification line, drafts and signed documents, rendering. No database here: reading the
data and the register is ``services/reports.py``.

The data a report is built from is frozen as canonical JSON (the snapshot); its SHA-256 is the
hash printed on the signed-off document ("ค่าแฮช", the term of ETDA's standards for electronic
documents; ``fingerprint`` in the code). Exporting when the data still has the hash of a
signed-off version gives that version's stored files, byte for byte, in the digits they were
signed with; exporting after the data changed gives a draft of the next version, which needs
its own sign-off.

The digit style is how a document is written, not what it says, so it is not part of the
snapshot: switching Thai and Arabic digits makes no new version. Versions signed before this
rule have the digits in their stored snapshot; their hash is still the SHA-256 of that stored
snapshot, and ``ReportData.legacy_fingerprints`` finds them again for unchanged data.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from hashlib import sha256
from typing import Any

from ita_desktop.domain.digits import DigitStyle, apply_digits, to_arabic_digits
from ita_desktop.domain.positions import abbreviate_position, expand_position
from ita_desktop.domain.ranks import (
    IncompleteNameError,
    UnknownRankError,
    format_title,
    parse_person_name,
)
from ita_desktop.domain.signoff import (
    MINUTES_SIGNERS,
    ORDER_SIGNERS,
    REPORT_SIGNERS,
    SignerRole,
    SignOff,
    Subject,
    SubjectKind,
    check_signers,
    role_text,
)
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.reports.assessment_calendar import build_calendar
from ita_desktop.reports.attendance_sheet import build_attendance_sheet
from ita_desktop.reports.committee_order import build_member_list, build_order
from ita_desktop.reports.evidence_data import PICTURES
from ita_desktop.reports.integrity_measures import build_integrity_measures
from ita_desktop.reports.integrity_results import build_integrity_results
from ita_desktop.reports.meeting_minutes import build_minutes
from ita_desktop.reports.model import HASH_WORD, Document, Signer, Verification
from ita_desktop.reports.oit_assignments import build_oit_assignments
from ita_desktop.reports.oit_progress import build_progress
from ita_desktop.reports.oit_progress_report import build_progress_report
from ita_desktop.reports.unit_reports import build_fact_sheet, build_roster

Progress = Callable[[int, int], None]
Builder = Callable[[dict[str, Any], int, DigitStyle, tuple[Signer, ...], Verification | None],
                   Document]

FORMATS = ("pdf", "docx", "xlsx")
QR_PREFIX = "ITA-DESKTOP"


class DataSource(StrEnum):
    """The data a kind of report is built from; ``services/reports.py`` reads each one."""

    UNIT = "unit"
    """The unit profile, its emblem and the active roster (``reports/unit_data.py``)."""
    COMMITTEE = "committee"
    """The committee order the subject names, the unit, everybody in the roster (an order
    keeps whom it appointed, also once they have left) and the emblem
    (``reports/committee_order.py``)."""
    CALENDAR = "calendar"
    """The unit's assessment calendar of the fiscal year, the people it names, the unit and
    the committee order it cites (``reports/assessment_calendar.py``)."""
    MEETING = "meeting"
    """The meeting the subject names, the unit and everybody it names, those who have left
    since included (``reports/meeting_data.py``)."""
    OIT = "oit"
    """The fiscal year's OIT plan (``services.oit.oit_year``), the people it names, the unit
    and the committee order it cites (``reports/oit_data.py``)."""
    OIT_PROGRESS = "oit_progress"
    """The fiscal year's OIT plan and its dashboard as of today, the unit and everybody the
    plan names (``reports/oit_progress_data.py``)."""
    EVIDENCE = "evidence"
    """The fiscal year's integrity measures, the people they name and the unit
    (``reports/evidence_data.py``)."""
    EVIDENCE_RESULTS = "evidence_results"
    """The same with the results, the meetings reported on and the photos, their printed
    pictures read from the blob store."""


@dataclass(frozen=True)
class ReportKind:
    key: str
    title: str
    """Thai title, as in the register."""
    english: str
    formats: tuple[str, ...]
    source: DataSource
    build: Builder
    roles: tuple[SignerRole, ...] = REPORT_SIGNERS
    """Who signs it off, in the order the signature blocks are printed."""
    subject: SubjectKind = SubjectKind.FISCAL_YEAR
    """What one report of this kind is about; one report per kind, year and subject."""
    full_titles: bool = False
    """Signers with their full rank and position, as orders print them ("พันตำรวจเอก",
    "ผู้กำกับการตรวจคนเข้าเมืองจังหวัด…"); otherwise the abbreviations of minutes and reports
    ("ร.ต.อ.หญิง", "รอง สว.ตม.จว.…")."""


REPORT_KINDS: dict[str, ReportKind] = {
    kind.key: kind for kind in (
        ReportKind("fact-sheet", "ข้อมูลพื้นฐานของหน่วยงาน", "Unit fact sheet", FORMATS,
                   DataSource.UNIT, build_fact_sheet),
        ReportKind("roster", "บัญชีรายชื่อกำลังพล", "Roster", ("pdf", "xlsx"),
                   DataSource.UNIT, build_roster),
        # The order is signed by its signer alone (the commander, or who signs in their
        # place), in full rank and position as orders print them.
        ReportKind("committee-order", "คำสั่งแต่งตั้งคณะทำงาน", "Committee order",
                   ("pdf", "docx"), DataSource.COMMITTEE, build_order, roles=ORDER_SIGNERS,
                   subject=SubjectKind.ORDER, full_titles=True),
        ReportKind("committee-members", "รายชื่อคณะทำงาน", "Committee members",
                   ("xlsx", "pdf"), DataSource.COMMITTEE, build_member_list,
                   subject=SubjectKind.ORDER),
        ReportKind("assessment-calendar", "ปฏิทินกิจกรรม ๑", "Assessment calendar", FORMATS,
                   DataSource.CALENDAR, build_calendar),
        ReportKind("oit-assignments", "ปฏิทินกิจกรรม ๒", "OIT assignments", FORMATS,
                   DataSource.OIT, build_oit_assignments),
        # Recorded and checked side by side, approved by the chair, as seed 002's minutes.
        ReportKind("meeting-minutes", "รายงานการประชุม", "Meeting minutes", ("pdf", "docx"),
                   DataSource.MEETING, build_minutes, roles=MINUTES_SIGNERS,
                   subject=SubjectKind.MEETING),
        # The sheet the people sign as they come in; the recorder, who keeps it with the
        # minutes, signs it off (seed 002's sheet has no signature block of its own).
        ReportKind("attendance-sheet", "บัญชีรายชื่อผู้เข้าประชุม", "Attendance sheet", FORMATS,
                   DataSource.MEETING, build_attendance_sheet, roles=(SignerRole.RECORDER,),
                   subject=SubjectKind.MEETING),
        # The OIT progress: the workbook of every item, deliverable, change and survey
        # count, and the report of the year's dashboard with its charts.
        ReportKind("oit-progress", "ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT)",
                   "OIT progress workbook", ("xlsx",), DataSource.OIT_PROGRESS,
                   build_progress),
        ReportKind("oit-progress-report", "รายงานความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT)",
                   "OIT progress report", ("pdf",), DataSource.OIT_PROGRESS,
                   build_progress_report),
        # The integrity measures (O23; O24 at police stations) and the report of their
        # results with photos (O24; O25), as seeds 001/003 and 000/002/004.
        ReportKind("integrity-measures", "มาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                   "Integrity measures", FORMATS, DataSource.EVIDENCE,
                   build_integrity_measures),
        ReportKind("integrity-results",
                   "รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                   "Integrity measures results", ("pdf", "docx"),
                   DataSource.EVIDENCE_RESULTS, build_integrity_results),
    )
}


class ReportError(AppError):
    """A report cannot be made as asked; the code says why and what to do."""


class SubjectError(ReportError):
    """A report asked for about a subject of the wrong kind."""


register({
    "report.subject": QT_TRANSLATE_NOOP(
        "Errors", "The report %report is about %expected, not %given."),
    "report.unknown": QT_TRANSLATE_NOOP(
        "Errors", "Unknown report '%report'; known: %known."),
    "report.unknown_format": QT_TRANSLATE_NOOP(
        "Errors", "Unknown format '%format'; use pdf, docx or xlsx."),
    "report.format": QT_TRANSLATE_NOOP(
        "Errors", "The report %report is made as %formats, not %format."),
    "report.already_signed": QT_TRANSLATE_NOOP(
        "Errors", "This data is already signed off as version %version of report %number; "
        "change the data to make a new one."),
})


def report_kind(key: str) -> ReportKind:
    try:
        return REPORT_KINDS[key]
    except KeyError:
        raise ReportError("report.unknown", report=key, known=", ".join(REPORT_KINDS)) from None


def check_subject(kind: ReportKind, fiscal_year: int, subject: Subject | None) -> Subject:
    """``subject``, by default the fiscal year itself, when a report of ``kind`` can be
    about it; ``SubjectError`` otherwise."""
    subject = subject or Subject.year(fiscal_year)
    if subject.kind is not kind.subject or (
            subject.kind is SubjectKind.FISCAL_YEAR and subject != Subject.year(fiscal_year)):
        expected = (Subject.year(fiscal_year).english()
                    if kind.subject is SubjectKind.FISCAL_YEAR else str(kind.subject))
        raise SubjectError("report.subject", report=kind.key, expected=expected,
                           given=subject.english())
    return subject


def check_format(kind: ReportKind, fmt: str) -> None:
    if fmt not in kind.formats:
        raise ReportError("report.format", report=kind.key,
                          formats=", ".join(f.upper() for f in kind.formats),
                          format=fmt.upper())


def _frozen(kind: str, fiscal_year: int, subject: Subject, data: Mapping[str, Any]
            ) -> dict[str, Any]:
    # The pictures a report prints stay out: the data names each by its SHA-256 already, so
    # a changed picture changes the hash, and megabytes of photos have no place in the
    # register's snapshot.
    printed = {key: value for key, value in data.items() if key != PICTURES}
    frozen: dict[str, Any] = {"report": kind, "fiscal_year": fiscal_year, "data": printed}
    if subject != Subject.year(fiscal_year):
        # A report about its year leaves the subject out, so the hashes of versions signed
        # off before reports had subjects stay what they are.
        frozen["subject"] = {"kind": str(subject.kind), "key": subject.key}
    return frozen


def _canonical(frozen: Mapping[str, Any]) -> str:
    return json.dumps(frozen, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical_snapshot(kind: str, fiscal_year: int, subject: Subject,
                       data: Mapping[str, Any]) -> str:
    """The snapshot a version is signed off with: what the report says, not the digits it is
    written in."""
    return _canonical(_frozen(kind, fiscal_year, subject, data))


def legacy_snapshot(kind: str, fiscal_year: int, subject: Subject, digits: DigitStyle,
                    data: Mapping[str, Any]) -> str:
    """The snapshot as versions signed before the digits left it were stored: the same data
    with ``"digits"`` beside it."""
    return _canonical({**_frozen(kind, fiscal_year, subject, data), "digits": str(digits)})


def fingerprint_of(snapshot: str) -> str:
    """The hash of a snapshot, for either form: a stored version is verified by hashing the
    snapshot it was stored with."""
    return sha256(snapshot.encode("utf-8")).hexdigest()


def short_fingerprint(fingerprint: str) -> str:
    head = fingerprint[:16].upper()
    return "-".join(head[i:i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class ReportData:
    """A report's data, frozen: what its documents are built from and what its fingerprint
    is of."""

    kind: ReportKind
    fiscal_year: int
    subject: Subject
    digits: DigitStyle
    """The digits the documents are written in; not part of the snapshot."""
    data: dict[str, Any]
    snapshot: str
    fingerprint: str
    legacy_fingerprints: tuple[str, ...]
    """The hashes the same data had, in either digit style, when the snapshot still held the
    digits: a version signed off then is this data's signed-off version too."""

    @property
    def fingerprints(self) -> tuple[str, ...]:
        """Every hash a signed-off version of exactly this data may be stored with."""
        return (self.fingerprint, *self.legacy_fingerprints)


def freeze(kind: ReportKind, fiscal_year: int, subject: Subject, digits: DigitStyle,
           data: dict[str, Any]) -> ReportData:
    digits = DigitStyle(digits)
    snapshot = canonical_snapshot(kind.key, fiscal_year, subject, data)
    legacy = tuple(fingerprint_of(legacy_snapshot(kind.key, fiscal_year, subject, style, data))
                   for style in DigitStyle)
    return ReportData(kind, fiscal_year, subject, digits, data, snapshot,
                      fingerprint_of(snapshot), legacy)


def verification_for(report: ReportData, number: str, version: int, signed_on: date
                     ) -> Verification:
    """The line (and QR payload) a signed-off version prints: its number, version, date and
    hash ("ค่าแฮช")."""
    digits = report.digits
    when = format_thai_date(signed_on, DateForm.ABBR, digits)
    line = (f"รายงานเลขที่ {apply_digits(number, digits)} "
            f"ฉบับที่ {apply_digits(str(version), digits)} ลงนาม {when} "
            f"{HASH_WORD} {short_fingerprint(report.fingerprint)}")
    payload = "|".join((QR_PREFIX, number, str(version), signed_on.isoformat(),
                        report.fingerprint))
    return Verification(number, version, when, short_fingerprint(report.fingerprint), line,
                        payload)


def signing_name(typed: str, full: bool) -> tuple[str, str]:
    """The rank for the signing line and the name for the brackets, from a name as typed.

    A police rank goes on the signing line, in full or abbreviated (``full``), and the bare
    name in the brackets; a civilian has no rank line and keeps the title in the name, in
    full as the seeds write it ("นางสาวสุดา ใจดี"). A name that cannot be read is printed as
    typed, without a rank line, rather than guessed at."""
    try:
        person = parse_person_name(typed)
    except (UnknownRankError, IncompleteNameError):
        return "", typed.strip()
    if not person.title.rank.police:
        return "", f"{person.title.rank.full}{person.first} {person.last}"
    return format_title(person.title, abbreviated=not full), f"{person.first} {person.last}"


def signing_position(typed: str, full: bool) -> str:
    return expand_position(typed) if full else abbreviate_position(typed)


def signers(kind: ReportKind, signoffs: Sequence[SignOff], signatures: Mapping[int, bytes],
            digits: DigitStyle) -> tuple[Signer, ...]:
    """The signature blocks, in the kind's order; ``signatures`` maps a person's id to the
    image placed on their line."""
    blocks = []
    for signoff in sorted(signoffs, key=lambda s: kind.roles.index(SignerRole(s.role))):
        text = role_text(signoff.role)
        picture = signatures.get(signoff.person_id) if signoff.person_id else None
        rank, name = signing_name(signoff.name, kind.full_titles)
        blocks.append(Signer(role=text.thai, above=text.above, name=name, rank=rank,
                             position=signing_position(signoff.position, kind.full_titles),
                             signature=picture,
                             date_text="วันที่ " + format_thai_date(signoff.signed_on,
                                                                     DateForm.ABBR, digits)))
    return tuple(blocks)


def repeated_signers(signoffs: Sequence[SignOff]) -> list[tuple[str, list[str]]]:
    """Each person who signs in more than one role, with those roles (allowed, since a small
    unit may have no one else, but worth a warning: the checks are meant to be by others)."""
    roles: dict[int | str, list[str]] = {}
    names: dict[int | str, str] = {}
    for s in signoffs:
        who = s.person_id if s.person_id is not None else s.name
        roles.setdefault(who, []).append(s.role)
        names[who] = s.name
    return [(names[who], found) for who, found in roles.items() if len(found) > 1]


def blank_signers(kind: ReportKind) -> tuple[Signer, ...]:
    """Signature blocks left for hand signatures on a draft."""
    return tuple(Signer(role=role_text(role).thai, above=role_text(role).above)
                 for role in kind.roles)


def draft_document(report: ReportData, made: datetime | None = None) -> Document:
    """A draft of the next version: blank signature blocks, no verification line, marked as
    a draft on every page; made now unless ``made`` says when."""
    doc = report.kind.build(report.data, report.fiscal_year, report.digits,
                            blank_signers(report.kind), None)
    return replace(doc, draft=True, created=made or datetime.now())


def signed_document(report: ReportData, number: str, version: int,
                    signoffs: Sequence[SignOff], signatures: Mapping[int, bytes],
                    signed_at: datetime | None = None) -> Document:
    """Version ``version`` of report ``number``, with its signers and verification line;
    created at the moment of sign-off (``signed_at``, by default now)."""
    # Refused before rendering, which takes seconds, rather than when storing.
    check_signers(report.kind.roles, (s.role for s in signoffs))
    verification = verification_for(report, number, version,
                                    max(s.signed_on for s in signoffs))
    doc = report.kind.build(report.data, report.fiscal_year, report.digits,
                            signers(report.kind, signoffs, signatures, report.digits),
                            verification)
    return replace(doc, draft=False, created=signed_at or datetime.now())


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
    raise ReportError("report.unknown_format", format=fmt)


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


def claimed_version(data: bytes) -> tuple[str, int] | None:
    """The report number and version a PDF's verification line names, when the file can be
    read at all (a copy changed after sign-off still says what it claims to be)."""
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
    return found.group(1), int(found.group(2))
