"""The report use cases that read or write the database: prepare a report (its data and where
it stands in the register), export it, sign it off, verify a file, list the register and save
a copy of a signed-off file.

Building and rendering documents from plain data is ``reports/signing.py``; this module reads
what they are built from and records what was signed. The export dialog renders in a
background job, so the steps are separate functions: read on the window's thread
(``prepare``, ``signed_document``), render in the worker (``signing.render_all``), record on
the window's thread again (``record_sign_off``). ``sign_off`` does all three in one call.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ita_desktop.domain.committee import register_key
from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.fiscal import check_fiscal_year, check_signing_date
from ita_desktop.domain.signoff import SignOff, Subject, SubjectKind
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.files import write_atomically
from ita_desktop.reports import signing
from ita_desktop.reports.assessment_calendar import calendar_data
from ita_desktop.reports.committee_order import order_data, order_named
from ita_desktop.reports.model import Document
from ita_desktop.reports.signing import (
    DataSource,
    Progress,
    ReportData,
    ReportError,
    ReportKind,
)
from ita_desktop.reports.unit_data import unit_data
from ita_desktop.services import committee
from ita_desktop.store.committee import OrderRepository
from ita_desktop.store.database import Database
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.report_register import ReportRegister, VersionRecord, sha256_hex
from ita_desktop.store.unit import UnitRepository

register({
    "report.not_written": QT_TRANSLATE_NOOP(
        "Errors", "'%path' could not be written (%detail). Nothing was saved there; the "
        "database is unchanged."),
    "report.cannot_read": QT_TRANSLATE_NOOP(
        "Errors", "'%path' cannot be read (%detail)."),
    "report.no_signed_file": QT_TRANSLATE_NOOP(
        "Errors", "Version %version of report %number has no signed-off %format file."),
    "report.no_order_yet": QT_TRANSLATE_NOOP(
        "Errors", "Fiscal year %year has no committee order yet, so there is no %report to "
        "make: save the year's order in the Committee tab first."),
})


def _read_unit(db: Database, fiscal_year: int, subject: Subject) -> dict[str, Any]:
    del fiscal_year, subject  # the unit's data is the same whatever the year
    units = UnitRepository(db)
    return unit_data(units.get(), PeopleRepository(db).all(include_inactive=False),
                     units.emblem())


def _read_committee(db: Database, fiscal_year: int, subject: Subject) -> dict[str, Any]:
    units = UnitRepository(db)
    order = order_named(OrderRepository(db).of_year(fiscal_year), fiscal_year, subject.key)
    # Everybody, those who have left included: an order keeps whom it appointed.
    people = {p.id: p for p in PeopleRepository(db).all() if p.id is not None}
    return order_data(order, units.get(), people, units.emblem())


def _read_calendar(db: Database, fiscal_year: int, subject: Subject) -> dict[str, Any]:
    del subject  # one calendar per fiscal year
    # Imported here: it loads the framework reader, which the window (importing this module
    # at start-up) needs only once a calendar is exported.
    from ita_desktop.services.calendar import calendar_of

    # Everybody, those who have left included: a past year's calendar keeps its names.
    people = {p.id: p for p in PeopleRepository(db).all() if p.id is not None}
    order = committee.current_order(db, fiscal_year, date.today())
    return calendar_data(calendar_of(db, fiscal_year), UnitRepository(db).get(), people, order)


def _read_meeting(db: Database, fiscal_year: int, subject: Subject) -> dict[str, Any]:
    from ita_desktop.reports.meeting_data import holds_oit_table, meeting_data, meeting_named
    from ita_desktop.store.meetings import MeetingRepository

    meeting = meeting_named(MeetingRepository(db).of_year(fiscal_year), fiscal_year,
                            subject.key)
    # Everybody, those who have left included: minutes keep who came.
    people = {p.id: p for p in PeopleRepository(db).all() if p.id is not None}
    unit = UnitRepository(db).get()
    oit = None
    # The OIT plan is read only for minutes that print it: the minutes of every other
    # meeting keep exactly the data (and the hash) they were signed off with.
    if unit is not None and holds_oit_table(meeting.agenda):
        from ita_desktop.reports.oit_data import oit_table_data
        from ita_desktop.services.oit import oit_year

        oit = oit_table_data(oit_year(db, meeting.fiscal_year), str(unit.kind), people)
    return meeting_data(meeting, unit, people, oit=oit)


def _read_oit(db: Database, fiscal_year: int, subject: Subject) -> dict[str, Any]:
    del subject  # one assignment table per fiscal year
    from ita_desktop.reports.oit_data import oit_data
    from ita_desktop.services.oit import oit_year

    # Everybody, those who have left included: a past year's table keeps its names.
    people = {p.id: p for p in PeopleRepository(db).all() if p.id is not None}
    order = committee.current_order(db, fiscal_year, date.today())
    return oit_data(oit_year(db, fiscal_year), UnitRepository(db).get(), people, order)


def _read_oit_progress(db: Database, fiscal_year: int, subject: Subject) -> dict[str, Any]:
    del subject  # one progress workbook and report per fiscal year
    from ita_desktop.domain.oit_dashboard import dashboard
    from ita_desktop.reports.oit_progress_data import progress_data
    from ita_desktop.services.oit import oit_year

    # As of today: late and due-soon work are counted from the day the report is made.
    year = oit_year(db, fiscal_year)
    # Everybody, those who have left included: a past year's log keeps its names.
    people = {p.id: p for p in PeopleRepository(db).all() if p.id is not None}
    return progress_data(year, dashboard(year, date.today()), UnitRepository(db).get(), people)


def _read_evidence(db: Database, fiscal_year: int, subject: Subject, *, results: bool
                   ) -> dict[str, Any]:
    del subject  # one measures document and one results report per fiscal year
    from ita_desktop.reports.evidence_data import evidence_data, item_code
    from ita_desktop.services.evidence import evidence_year
    from ita_desktop.services.oit import oit_year
    from ita_desktop.store.blobs import BlobStore
    from ita_desktop.store.meetings import MeetingRepository

    unit = UnitRepository(db).get()
    # Everybody, those who have left included: a past year's measures keep their names.
    people = {p.id: p for p in PeopleRepository(db).all() if p.id is not None}
    kind = str(unit.kind) if unit is not None else ""
    code = item_code(oit_year(db, fiscal_year).catalog, kind,
                     "results" if results else "measures")
    year = evidence_year(db, fiscal_year)
    if not results:
        return evidence_data(year, unit, people, code=code)
    meetings = {m.id: m for m in MeetingRepository(db).of_year(fiscal_year)
                if m.id is not None}
    # The pictures are read here, on the database's thread; the report is rendered from
    # them in the worker without touching the database.
    return evidence_data(year, unit, people, code=code, meetings=meetings,
                         read_picture=BlobStore(db).get)


def _read_measures(db: Database, fiscal_year: int, subject: Subject) -> dict[str, Any]:
    return _read_evidence(db, fiscal_year, subject, results=False)


def _read_results(db: Database, fiscal_year: int, subject: Subject) -> dict[str, Any]:
    return _read_evidence(db, fiscal_year, subject, results=True)


Reader = Callable[[Database, int, Subject], dict[str, Any]]

#: How each source of report data is read from the database, for a fiscal year and a subject
#: (a report about an order reads that order of the year).
READERS: dict[DataSource, Reader] = {
    DataSource.UNIT: _read_unit,
    DataSource.COMMITTEE: _read_committee,
    DataSource.CALENDAR: _read_calendar,
    DataSource.MEETING: _read_meeting,
    DataSource.OIT: _read_oit,
    DataSource.OIT_PROGRESS: _read_oit_progress,
    DataSource.EVIDENCE: _read_measures,
    DataSource.EVIDENCE_RESULTS: _read_results,
}


def default_subject(db: Database, kind: ReportKind, fiscal_year: int,
                    today: date | None = None) -> Subject | None:
    """What a report of ``kind`` is about when nobody names it: for a report of the committee
    the year's order in force ``today`` (by default the real today), else its latest; for a
    meeting's report the year's latest meeting held by ``today``, else its first; for a
    report about the fiscal year the year itself; otherwise (and for a year without orders)
    None: the subject must be named."""
    if kind.source is DataSource.COMMITTEE:
        order = committee.current_order(db, fiscal_year, today or date.today())
        return Subject(SubjectKind.ORDER, register_key(order)) if order is not None else None
    if kind.source is DataSource.MEETING:
        # The meeting whose minutes are due: the latest held by today, else the year's first.
        from ita_desktop.domain.meetings import register_key as meeting_key
        from ita_desktop.store.meetings import MeetingRepository

        meetings = MeetingRepository(db).of_year(fiscal_year)
        held = [m for m in meetings if m.dated <= (today or date.today())]
        chosen = held[-1] if held else (meetings[0] if meetings else None)
        return Subject(SubjectKind.MEETING, meeting_key(chosen)) if chosen else None
    return Subject.year(fiscal_year) if kind.subject is SubjectKind.FISCAL_YEAR else None


def _subject(db: Database, kind: ReportKind, fiscal_year: int, subject: Subject | None
             ) -> Subject | None:
    """The subject of a committee report as the register keeps it: by default the order
    ``default_subject`` finds, and an order named as the secretary may type it (Thai digits,
    spaces) under its one register key, the key the store checks before changing or deleting
    the order. A meeting is likewise kept under its one key. Other reports' subjects are
    checked as given (``signing.check_subject``)."""
    if kind.source is DataSource.MEETING and subject is not None \
            and subject.kind is SubjectKind.MEETING:
        from ita_desktop.domain.meetings import register_key as meeting_key
        from ita_desktop.reports.meeting_data import meeting_named
        from ita_desktop.store.meetings import MeetingRepository

        meeting = meeting_named(MeetingRepository(db).of_year(fiscal_year), fiscal_year,
                                subject.key)
        return Subject(SubjectKind.MEETING, meeting_key(meeting))
    if kind.source is not DataSource.COMMITTEE:
        return subject
    if subject is None:
        found = default_subject(db, kind, fiscal_year)
        if found is None:
            raise ReportError("report.no_order_yet", year=fiscal_year, report=kind.title)
        return found
    if subject.kind is not SubjectKind.ORDER:
        return subject
    order = order_named(OrderRepository(db).of_year(fiscal_year), fiscal_year, subject.key)
    return Subject(SubjectKind.ORDER, register_key(order))


@dataclass(frozen=True)
class Prepared(ReportData):
    """A report's current data, and where it stands against the register."""

    number: str
    """The report's number in the register; for a report not yet in it, the number it would
    get if signed off now (another report signed first takes it: see ``numbered``)."""
    signed: VersionRecord | None
    """The signed-off version with exactly this data, if there is one; its files may use the
    other digits (``signed_digits``)."""
    next_version: int
    numbered: bool = True
    """Whether the register already holds this report, so that ``number`` is its own. A draft
    of a report not yet numbered must not show a number it may not get."""

    @property
    def version(self) -> int:
        return self.signed.version if self.signed else self.next_version

    @property
    def signed_digits(self) -> DigitStyle | None:
        """The digits of the signed-off version's files; they are what is exported, whatever
        digits were asked for."""
        return DigitStyle(self.signed.digit_style) if self.signed else None


def prepare(db: Database, kind_key: str, fiscal_year: int, digits: DigitStyle,
            subject: Subject | None = None) -> Prepared:
    """The report ``kind_key`` about ``subject``, by default the fiscal year itself or, for a
    report about an order, the order ``default_subject`` finds."""
    kind = signing.report_kind(kind_key)
    # Before anything is numbered: a C.E. year would leave a register entry "2025-001".
    check_fiscal_year(fiscal_year)
    subject = signing.check_subject(kind, fiscal_year,
                                    _subject(db, kind, fiscal_year, subject))
    data = READERS[kind.source](db, fiscal_year, subject)
    report = signing.freeze(kind, fiscal_year, subject, digits, data)
    reports = ReportRegister(db)
    number, next_version = reports.next_number(kind.key, fiscal_year, subject)
    numbered = reports.report_number(kind.key, fiscal_year, subject) is not None
    signed = reports.with_fingerprint(kind.key, fiscal_year, subject, report.fingerprints,
                                      prefer_digits=str(digits))
    return Prepared(report.kind, report.fiscal_year, report.subject, report.digits,
                    report.data, report.snapshot, report.fingerprint,
                    report.legacy_fingerprints, number, signed, next_version, numbered)


def export_bytes(db: Database, prepared: Prepared, fmt: str,
                 progress: Progress | None = None) -> bytes:
    """The file to save: the signed-off file itself when the data has not changed since (in
    the digits it was signed with), otherwise a freshly rendered draft."""
    signing.check_format(prepared.kind, fmt)
    if prepared.signed is not None:
        stored = ReportRegister(db).file(prepared.signed.id, fmt)
        if stored is not None:
            if progress:
                progress(1, 1)
            return stored
    return signing.render(signing.draft_document(prepared), fmt, progress)


def _write(path: Path, data: bytes) -> Path:
    try:
        write_atomically(path, data, make_folder=True)
    except OSError as exc:
        raise AppError("report.not_written", path=path,
                       detail=exc.strerror or str(exc)) from exc
    return path


def export_file(db: Database, prepared: Prepared, fmt: str, path: Path,
                progress: Progress | None = None) -> Path:
    """Write ``export_bytes`` to ``path``, whole or not at all (an existing file is replaced
    only by a complete one)."""
    return _write(Path(path), export_bytes(db, prepared, fmt, progress))


def data_as_of(prepared: ReportData) -> date | None:
    """The day the report's data is as of, when the report prints one ("ข้อมูล ณ วันที่")."""
    as_of = prepared.data.get("as_of")
    return date.fromisoformat(as_of) if isinstance(as_of, str) else None


def signed_document(db: Database, prepared: Prepared, signoffs: Sequence[SignOff]) -> Document:
    """The document of the next version, with its signers, their signature images and the
    verification line; refused when this data is already signed off."""
    if prepared.signed is not None:
        raise ReportError("report.already_signed", version=prepared.signed.version,
                          number=prepared.number)
    as_of = data_as_of(prepared)
    for signoff in signoffs:
        # A signed-off version is frozen for good: a date in the future, from a mistyped
        # year or before the data it certifies would stay on it.
        check_signing_date(signoff.signed_on, prepared.fiscal_year, data_as_of=as_of)
    people = PeopleRepository(db)
    signatures = {}
    for signoff in signoffs:
        if signoff.person_id is not None:
            picture = people.signature(signoff.person_id)
            if picture is not None:
                signatures[signoff.person_id] = picture
    return signing.signed_document(prepared, prepared.number, prepared.next_version,
                                   signoffs, signatures, datetime.now().replace(microsecond=0))


def record_sign_off(db: Database, prepared: Prepared, signoffs: Sequence[SignOff],
                    files: dict[str, bytes], signed_at: datetime | None = None
                    ) -> VersionRecord:
    """Store the files rendered from ``signed_document`` as the next version, in one
    transaction (``WriteError`` when the file cannot be written: nothing is stored).
    ``signed_at`` is the document's ``created``, so that the register and the files' own
    properties give the same moment."""
    return ReportRegister(db).record(
        kind=prepared.kind.key, fiscal_year=prepared.fiscal_year, subject=prepared.subject,
        title=prepared.kind.title, roles=prepared.kind.roles, number=prepared.number,
        version=prepared.next_version, snapshot=prepared.snapshot,
        fingerprint=prepared.fingerprint, digit_style=str(prepared.digits), signoffs=signoffs,
        files=files, created_at=signed_at,
    )


def sign_off(db: Database, prepared: Prepared, signoffs: Sequence[SignOff],
             progress: Progress | None = None) -> VersionRecord:
    """Freeze the data and the rendered files of every format as the next version."""
    doc = signed_document(db, prepared, signoffs)
    files = signing.render_all(doc, prepared.kind.formats, progress)
    return record_sign_off(db, prepared, signoffs, files, doc.created)


@dataclass(frozen=True)
class Verdict:
    exact: bool
    message: str
    """In English, for the command line; the window words the verdict itself."""
    version: VersionRecord | None = None
    format: str | None = None


def verify(db: Database, data: bytes) -> Verdict:
    """Whether ``data`` is exactly a signed-off file, and which; else what it claims to be."""
    return _verdict(db, sha256_hex(data), lambda: signing.claimed_version(data))


def _verdict(
    db: Database, digest: str, claimed: Callable[[], tuple[str, int] | None]
) -> Verdict:
    """The verdict on a file with SHA-256 ``digest``; ``claimed`` reads, only when there is
    no exact match, which report version the file says it is."""
    reports = ReportRegister(db)
    match = reports.find_digest(digest)
    if match is not None:
        v = match.version
        signers = "; ".join(f"{s.role}: {s.name} ({s.signed_on.isoformat()})"
                            for s in v.signoffs)
        return Verdict(True, f"Exact copy of report {v.report_number} version {v.version} "
                             f"({v.kind}, {v.subject.english()}, {match.format.upper()}), "
                             f"signed off {v.signed_on.isoformat()}; SHA-256 "
                             f"{digest}. Signed by {signers}.", v, match.format)
    claim_key = claimed()
    claim = reports.by_number(*claim_key) if claim_key is not None else None
    if claim is not None:
        return Verdict(False, f"NOT a signed-off file. It looks like report "
                              f"{claim.report_number} version {claim.version}, but its content "
                              "differs from every file signed off for it: it was changed after "
                              "sign-off or exported from other data.", claim)
    return Verdict(False, "NOT a signed-off file: no signed-off report in this database has "
                          f"this content (SHA-256 {digest}).")


#: Bytes hashed per read, so a file of any size is verified in constant memory.
_HASH_CHUNK = 1024 * 1024
#: Only a PDF up to this size is read whole to find the version it claims: the program's
#: signed-off files are a few MB, so a bigger file cannot be a changed copy of one, and
#: reading a multi-gigabyte file whole would exhaust an office PC's memory.
MAX_CLAIM_BYTES = 50 * 1024 * 1024


def verify_file(db: Database, path: Path) -> Verdict:
    """``verify`` of the file at ``path``, hashed in chunks; ``report.cannot_read`` when it
    cannot be read."""
    file = Path(path)
    digest = hashlib.sha256()
    try:
        with file.open("rb") as handle:
            head = handle.read(_HASH_CHUNK)
            size = 0
            chunk = head
            while chunk:
                digest.update(chunk)
                size += len(chunk)
                chunk = handle.read(_HASH_CHUNK)
    except OSError as exc:
        raise AppError("report.cannot_read", path=path, detail=exc.strerror or str(exc)) from exc

    def claimed() -> tuple[str, int] | None:
        if not head.startswith(b"%PDF") or size > MAX_CLAIM_BYTES:
            return None
        try:
            return signing.claimed_version(file.read_bytes())
        except OSError as exc:
            raise AppError(
                "report.cannot_read", path=path, detail=exc.strerror or str(exc)) from exc

    return _verdict(db, digest.hexdigest(), claimed)


def signed_versions(db: Database) -> list[VersionRecord]:
    """Every signed-off version of every report, newest report and version first."""
    return ReportRegister(db).versions()


def save_signed_copy(db: Database, version: VersionRecord, fmt: str, path: Path) -> Path:
    """Write the stored ``fmt`` file of ``version`` to ``path``, byte for byte as it was
    signed off."""
    data = ReportRegister(db).file(version.id, fmt)
    if data is None:
        raise AppError("report.no_signed_file", version=version.version,
                       number=version.report_number, format=fmt.upper())
    return _write(Path(path), data)
