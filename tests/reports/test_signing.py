"""Report kinds, snapshots, fingerprints and signed documents from plain data: no database."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date, datetime

import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.roster import Person
from ita_desktop.domain.signoff import (
    ORDER_SIGNERS,
    SignersError,
    SignOff,
    Subject,
    SubjectKind,
)
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.domain.units import UnitKind
from ita_desktop.reports import signing
from ita_desktop.reports.model import Document, SignatureBlock
from ita_desktop.reports.specimen import specimen_png
from ita_desktop.reports.unit_data import NoUnitError, unit_data

UNIT = UnitProfile(kind=UnitKind.PROVINCIAL_POLICE_STATION, full_name="สถานีตำรวจภูธรทดสอบ",
                   short_name="สภ.ทดสอบ", commander_id=1)
PEOPLE = [
    Person("pol_col", "สมชาย", "ใจดี", position="ผู้กำกับการ", id=1),
    Person("pol_lt_col", "สมหญิง", "รักงาน", female=True, position="รองผู้กำกับการ", id=2),
    Person("pol_capt", "สมศักดิ์", "ตั้งใจ", position="สารวัตร", id=3),
]
SIGNOFFS = [SignOff(role, p.id, p.display_name, p.position, date(2026, 11, 21))
            for role, p in zip(("prepared", "checked", "approved"), PEOPLE[::-1], strict=True)]


def _report(kind: str = "roster", digits: DigitStyle = DigitStyle.THAI,
            people: list[Person] = PEOPLE) -> signing.ReportData:
    data = unit_data(UNIT, people, None)
    return signing.freeze(signing.report_kind(kind), 2569, Subject.year(2569), digits, data)


def _signature_blocks(doc: Document) -> SignatureBlock:
    return next(part for part in doc.parts if isinstance(part, SignatureBlock))


def test_the_same_data_has_the_same_fingerprint_and_any_change_another():
    first = _report()
    assert _report().fingerprint == first.fingerprint and len(first.fingerprint) == 64
    assert _report("fact-sheet").fingerprint != first.fingerprint
    moved = [replace(PEOPLE[0], phone="081 234 5678"), *PEOPLE[1:]]
    assert _report(people=moved).fingerprint != first.fingerprint
    # A report about its own year leaves the subject out of the snapshot, so versions signed
    # before reports had subjects keep their fingerprints.
    assert '"subject"' not in first.snapshot
    order = signing.canonical_snapshot("roster", 2569, Subject(SubjectKind.ORDER, "3/2569"),
                                       first.data)
    assert '"subject":{"key":"3/2569","kind":"order"}' in order


def test_the_digit_style_alone_changes_no_fingerprint():
    thai, arabic = _report(), _report(digits=DigitStyle.ARABIC)
    assert arabic.fingerprint == thai.fingerprint and arabic.snapshot == thai.snapshot
    assert '"digits"' not in thai.snapshot
    assert thai.fingerprint == signing.fingerprint_of(thai.snapshot)


def test_versions_signed_with_the_digits_in_the_snapshot_are_found_again():
    """The hash of a version signed before the digits left the snapshot is the SHA-256 of
    the snapshot stored with it, which held ``"digits"``; unchanged data still knows it."""
    report = _report()
    for style in DigitStyle:
        # The snapshot exactly as the code before this change wrote it.
        old = json.dumps({"report": "roster", "fiscal_year": 2569, "digits": str(style),
                          "data": report.data},
                         ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        assert signing.legacy_snapshot("roster", 2569, Subject.year(2569), style,
                                       report.data) == old
        assert hashlib.sha256(old.encode()).hexdigest() in report.legacy_fingerprints
        assert signing.fingerprint_of(old) in report.fingerprints
    assert report.fingerprint not in report.legacy_fingerprints


def test_unit_data_needs_a_filled_in_profile():
    with pytest.raises(NoUnitError):
        unit_data(None, PEOPLE, None)
    with pytest.raises(NoUnitError):
        unit_data(UnitProfile(kind=UnitKind.PROVINCIAL_POLICE_STATION, full_name="  "), [],
                  None)
    assert unit_data(UNIT, PEOPLE, None)["commander"]["position"] == "ผู้กำกับการ"


def test_refusals_carry_codes_and_values():
    with pytest.raises(signing.ReportError) as unknown:
        signing.report_kind("minutes")
    assert unknown.value.code == "report.unknown" and unknown.value.values["report"] == "minutes"
    assert str(unknown.value) == ("Unknown report 'minutes'; known: fact-sheet, roster, "
                                  "committee-order, committee-members, assessment-calendar, "
                                  "oit-assignments, meeting-minutes, attendance-sheet, "
                                  "oit-progress, oit-progress-report, integrity-measures, "
                                  "integrity-results.")

    roster = signing.report_kind("roster")
    with pytest.raises(signing.ReportError) as fmt:
        signing.check_format(roster, "docx")
    assert fmt.value.code == "report.format"
    assert str(fmt.value) == "The report roster is made as PDF, XLSX, not DOCX."
    signing.check_format(roster, "xlsx")

    with pytest.raises(signing.ReportError) as render:
        signing.render(signing.draft_document(_report()), "odt")
    assert render.value.code == "report.unknown_format"

    with pytest.raises(signing.SubjectError) as subject:
        signing.check_subject(roster, 2569, Subject.year(2568))
    assert subject.value.code == "report.subject"
    assert signing.check_subject(roster, 2569, None) == Subject.year(2569)


def test_a_draft_leaves_the_signature_blocks_blank_and_has_no_verification():
    doc = signing.draft_document(_report())
    assert doc.verification is None
    blocks = _signature_blocks(doc).signers
    assert [s.role for s in blocks] == ["ผู้จัดทำ", "ผู้ตรวจ", "ผู้อนุมัติ"]
    assert all(not s.name and s.signature is None for s in blocks)


def test_a_draft_is_marked_and_dated_now_a_signed_document_is_not_a_draft():
    before = datetime.now().replace(microsecond=0)
    draft = signing.draft_document(_report())
    assert draft.draft is True and draft.created is not None
    assert before <= draft.created <= datetime.now()
    signed_at = datetime(2026, 11, 21, 14, 5, 9)
    signed = signing.signed_document(_report(), "2569-004", 1, SIGNOFFS, {}, signed_at)
    assert signed.draft is False and signed.created == signed_at


def test_a_signed_document_prints_signers_in_the_kinds_order_with_their_signatures():
    report = _report(digits=DigitStyle.ARABIC)
    picture = specimen_png(300, 90, 200)
    shuffled = [SIGNOFFS[2], SIGNOFFS[0], SIGNOFFS[1]]
    doc = signing.signed_document(report, "2569-004", 2, shuffled, {PEOPLE[0].id: picture})
    blocks = _signature_blocks(doc).signers
    assert [s.name for s in blocks] == ["สมศักดิ์ ตั้งใจ", "สมหญิง รักงาน", "สมชาย ใจดี"]
    assert [s.signature for s in blocks] == [None, None, picture]
    assert blocks[1].above == "ตรวจแล้วถูกต้อง"
    line = doc.verification
    assert line is not None and line.version == 2
    assert line.line == (f"รายงานเลขที่ 2569-004 ฉบับที่ 2 ลงนาม 21 พ.ย. 2569 ค่าแฮช "
                         f"{signing.short_fingerprint(report.fingerprint)}")
    assert line.qr_payload.endswith(f"|2569-004|2|2026-11-21|{report.fingerprint}")


def test_a_signed_document_refuses_signers_the_kind_does_not_have():
    order = replace(signing.report_kind("roster"), key="test-order", roles=ORDER_SIGNERS)
    report = signing.freeze(order, 2569, Subject.year(2569), DigitStyle.THAI,
                            unit_data(UNIT, PEOPLE, None))
    with pytest.raises(SignersError):
        signing.signed_document(report, "2569-001", 1, SIGNOFFS, {})
    doc = signing.signed_document(report, "2569-001", 1, [replace(SIGNOFFS[2], role="signed")],
                                  {})
    assert [s.role for s in _signature_blocks(doc).signers] == ["ผู้ลงนาม"]


def test_a_pdf_names_the_version_it_claims_to_be():
    doc = signing.signed_document(_report(), "2569-002", 3, SIGNOFFS, {})
    pdf = signing.render(doc, "pdf")
    assert signing.claimed_version(pdf) == ("2569-002", 3)
    assert signing.claimed_version(signing.render(signing.draft_document(_report()), "pdf")) \
        is None
    assert signing.claimed_version(b"PK\x03\x04 a workbook") is None
    assert signing.claimed_version(b"%PDF-1.7 damaged") is None


def _signer(kind: signing.ReportKind, name: str, position: str):  # type: ignore[no-untyped-def]
    signoff = SignOff("signed", None, name, position, date(2026, 11, 21))
    return signing.signers(kind, [signoff], {}, DigitStyle.THAI)[0]


ORDER = replace(signing.report_kind("roster"), key="test-order", roles=ORDER_SIGNERS,
                full_titles=True)
MINUTES = replace(ORDER, key="test-minutes", full_titles=False)


def test_reports_put_the_abbreviated_rank_on_the_signing_line_and_the_bare_name_below():
    """As the minutes print it: "ร.ต.อ.หญิง" / "(ธนิษฐา คณานันท์)" / "รอง สว.ตม.จว.มุกดาหาร"."""
    assert not signing.report_kind("fact-sheet").full_titles
    assert not signing.report_kind("roster").full_titles
    signer = _signer(MINUTES, "ร้อยตำรวจเอกหญิง ธนิษฐา คณานันท์",
                     "รองสารวัตรตรวจคนเข้าเมืองจังหวัดมุกดาหาร")
    assert (signer.rank, signer.name, signer.position) == \
        ("ร.ต.อ.หญิง", "ธนิษฐา คณานันท์", "รอง สว.ตม.จว.มุกดาหาร")
    doc = signing.signed_document(_report(), "2569-004", 1, SIGNOFFS, {})
    assert [(s.rank, s.name, s.position) for s in _signature_blocks(doc).signers] == [
        ("ร.ต.อ.", "สมศักดิ์ ตั้งใจ", "สว."), ("พ.ต.ท.หญิง", "สมหญิง รักงาน", "รอง ผกก."),
        ("พ.ต.อ.", "สมชาย ใจดี", "ผกก.")]


def test_orders_spell_out_the_rank_and_the_position():
    """As seed 002 prints it: "พันตำรวจเอก" / "(พัทธ์พงษ์ เจริญกุล)" /
    "ผู้กำกับการตรวจคนเข้าเมืองจังหวัดมุกดาหาร"."""
    signer = _signer(ORDER, "พ.ต.อ.พัทธ์พงษ์ เจริญกุล", "ผกก.ตม.จว.มุกดาหาร")
    assert (signer.rank, signer.name, signer.position) == \
        ("พันตำรวจเอก", "พัทธ์พงษ์ เจริญกุล", "ผู้กำกับการตรวจคนเข้าเมืองจังหวัดมุกดาหาร")
    acting = _signer(ORDER, "ว่าที่ ร.ต.ต.หญิง สุดา ใจดี", "")
    assert (acting.rank, acting.name) == ("ว่าที่ ร้อยตำรวจตรีหญิง", "สุดา ใจดี")


def test_civilians_keep_their_title_in_the_name_and_an_unreadable_name_is_printed_as_typed():
    for kind in (ORDER, MINUTES):
        civilian = _signer(kind, "น.ส.สุดา ใจดี", "พนักงานธุรการ")
        assert (civilian.rank, civilian.name, civilian.position) == \
            ("", "นางสาวสุดา ใจดี", "พนักงานธุรการ")
        odd = _signer(kind, "  ดร.สมชาย ใจดี ", "ที่ปรึกษา")
        assert (odd.rank, odd.name) == ("", "ดร.สมชาย ใจดี")


def test_one_person_in_several_roles_is_named_for_a_warning():
    assert signing.repeated_signers(SIGNOFFS) == []
    same = [replace(s, person_id=7, name="พ.ต.อ.สมชาย ใจดี") for s in SIGNOFFS]
    assert signing.repeated_signers(same) == [
        ("พ.ต.อ.สมชาย ใจดี", ["prepared", "checked", "approved"])]
    two = [same[0], SIGNOFFS[1], same[2]]
    assert signing.repeated_signers(two) == [("พ.ต.อ.สมชาย ใจดี", ["prepared", "approved"])]
