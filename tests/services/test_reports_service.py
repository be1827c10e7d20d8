"""Sign-off on the demo unit through the report service: freezing, versioning, verification
down to one changed byte, saving copies; a locked or read-only file changes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.signoff import SignersError, SignOff
from ita_desktop.errors import AppError
from ita_desktop.reports import signing
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.reports.specimen import specimen_png
from ita_desktop.services import reports
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.report_register import ReportRegister


def _signoffs(db, when=date(2026, 11, 21)) -> list[SignOff]:
    people = PeopleRepository(db).all(include_inactive=False)
    return [SignOff(role, p.id, p.display_name, p.position_abbr or p.position, when)
            for role, p in zip(("prepared", "checked", "approved"), people[3:6], strict=True)]


def _text(pdf: bytes) -> str:
    return "".join(pdf_pages_text(pdf)).replace("\r\n", "")


def test_a_draft_has_blank_signatures_and_no_verification_line(demo_db):
    prepared = reports.prepare(demo_db, "roster", 2569, DigitStyle.THAI)
    assert prepared.signed is None and prepared.version == 1
    text = _text(reports.export_bytes(demo_db, prepared, "pdf"))
    assert "ค่าแฮช" not in text
    # Blank blocks as the seeds leave them for hand signing: a dotted line, dotted brackets.
    assert "(.........." in text and "ผู้อนุมัติ" in text


def test_sign_off_freezes_the_files_and_unchanged_data_exports_them_byte_for_byte(demo_db):
    prepared = reports.prepare(demo_db, "fact-sheet", 2569, DigitStyle.THAI)
    record = reports.sign_off(demo_db, prepared, _signoffs(demo_db))
    assert record.version == 1 and set(record.files) == {"pdf", "docx", "xlsx"}

    again = reports.prepare(demo_db, "fact-sheet", 2569, DigitStyle.THAI)
    assert again.signed is not None and again.signed.id == record.id
    for fmt in ("pdf", "docx", "xlsx"):
        exported = reports.export_bytes(demo_db, again, fmt)
        assert exported == ReportRegister(demo_db).file(record.id, fmt)
        verdict = reports.verify(demo_db, exported)
        assert verdict.exact and verdict.format == fmt and verdict.version.version == 1

    text = _text(ReportRegister(demo_db).file(record.id, "pdf"))
    # The bare name in brackets; the rank stands on the signing line above it.
    bare = [signing.signing_name(s.name, full=False) for s in record.signoffs]
    assert all(f"({name})" in text for _, name in bare), bare
    assert [rank for rank, _ in bare] == ["ร.ต.อ.หญิง", "ด.ต.หญิง", ""]  # one civilian
    assert "ตรวจแล้วถูกต้อง" in text
    short = signing.short_fingerprint(prepared.fingerprint)
    assert f"รายงานเลขที่ {prepared.number.translate(str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙'))}" \
           f" ฉบับที่ ๑ ลงนาม ๒๑ พ.ย. ๒๕๖๙ ค่าแฮช {short}" in text

    with pytest.raises(signing.ReportError, match="already signed off"):
        reports.sign_off(demo_db, again, _signoffs(demo_db))


def test_one_changed_byte_fails_verification_and_names_the_claimed_version(demo_db):
    prepared = reports.prepare(demo_db, "roster", 2569, DigitStyle.ARABIC)
    record = reports.sign_off(demo_db, prepared, _signoffs(demo_db))
    pdf = ReportRegister(demo_db).file(record.id, "pdf")
    changed = bytearray(pdf)
    changed[len(changed) // 2] ^= 0x01
    verdict = reports.verify(demo_db, bytes(changed))
    assert not verdict.exact
    assert verdict.version is not None and verdict.version.version == 1
    assert "changed after sign-off" in verdict.message
    assert not reports.verify(demo_db, b"not even a pdf").exact


def test_changed_data_makes_the_next_export_a_new_version_needing_its_own_sign_off(demo_db):
    first = reports.sign_off(demo_db, reports.prepare(demo_db, "roster", 2569,
                                                      DigitStyle.THAI), _signoffs(demo_db))
    people = PeopleRepository(demo_db)
    person = people.all(include_inactive=False)[0]
    people.update(replace(person, phone="081 234 5678"))

    changed = reports.prepare(demo_db, "roster", 2569, DigitStyle.THAI)
    assert changed.signed is None and changed.version == 2 and changed.number == first.report_number
    draft = reports.export_bytes(demo_db, changed, "pdf")
    assert not reports.verify(demo_db, draft).exact
    assert "ค่าแฮช" not in _text(draft)

    # The data changed today, so its version is signed today at the earliest.
    second = reports.sign_off(demo_db, changed, _signoffs(demo_db, date.today()))
    assert second.version == 2 and second.fingerprint != first.fingerprint
    # The first version is untouched and still verifies.
    old = ReportRegister(demo_db).file(first.id, "pdf")
    assert reports.verify(demo_db, old).version.version == 1
    assert [v.version for v in ReportRegister(demo_db).versions("roster", 2569)] == [2, 1]


def test_signature_images_are_placed_when_the_signers_have_them(demo_db):
    prepared = reports.prepare(demo_db, "roster", 2569, DigitStyle.THAI)
    plain = reports.sign_off(demo_db, prepared, _signoffs(demo_db))
    plain_pdf = ReportRegister(demo_db).file(plain.id, "pdf")
    signer = _signoffs(demo_db)[2]
    PeopleRepository(demo_db).set_signature(signer.person_id, specimen_png(300, 90, 200))
    person = PeopleRepository(demo_db).get(signer.person_id)
    PeopleRepository(demo_db).update(replace(person, phone="081 000 0000"))  # new data
    signed = reports.sign_off(demo_db, reports.prepare(demo_db, "roster", 2569, DigitStyle.THAI),
                              _signoffs(demo_db, date.today()))
    pdf = ReportRegister(demo_db).file(signed.id, "pdf")
    assert pdf.count(b"/Subtype /Image") == plain_pdf.count(b"/Subtype /Image") + 1


def test_a_format_the_report_does_not_have_is_refused(demo_db):
    prepared = reports.prepare(demo_db, "roster", 2569, DigitStyle.THAI)
    with pytest.raises(signing.ReportError, match="PDF, XLSX"):
        reports.export_bytes(demo_db, prepared, "docx")
    with pytest.raises(signing.ReportError, match="Unknown report"):
        reports.prepare(demo_db, "minutes", 2569, DigitStyle.THAI)


@pytest.fixture
def order_kind(monkeypatch):
    """A kind signed by one person, as the committee order will be (built like the roster)."""
    from ita_desktop.domain.signoff import ORDER_SIGNERS, SubjectKind

    kind = replace(signing.REPORT_KINDS["roster"], key="test-order", roles=ORDER_SIGNERS,
                   subject=SubjectKind.ORDER)
    monkeypatch.setitem(signing.REPORT_KINDS, kind.key, kind)
    return kind


def test_a_kind_prints_and_stores_its_own_signers(demo_db, order_kind):
    from ita_desktop.domain.signoff import Subject, SubjectKind

    order = Subject(SubjectKind.ORDER, "12/2569")
    prepared = reports.prepare(demo_db, order_kind.key, 2569, DigitStyle.THAI, order)
    draft = _text(reports.export_bytes(demo_db, prepared, "pdf"))
    assert "ผู้ลงนาม" in draft and "ผู้อนุมัติ" not in draft and "ผู้จัดทำ" not in draft

    commander = _signoffs(demo_db)[2]
    with pytest.raises(SignersError):
        reports.sign_off(demo_db, prepared, _signoffs(demo_db))
    record = reports.sign_off(demo_db, prepared, [replace(commander, role="signed")])
    assert [s.role for s in record.signoffs] == ["signed"] and record.subject == order
    text = _text(ReportRegister(demo_db).file(record.id, "pdf"))
    assert commander.name in text and "ผู้ลงนาม" in text

    # Another order of the same year is another report, numbered on; the same data about
    # another subject has another fingerprint.
    amendment = reports.prepare(demo_db, order_kind.key, 2569, DigitStyle.THAI,
                                Subject(SubjectKind.ORDER, "13/2569"))
    assert amendment.signed is None and amendment.version == 1
    assert amendment.number != record.report_number
    assert amendment.fingerprint != record.fingerprint


def test_a_subject_of_another_kind_is_refused(demo_db, order_kind):
    from ita_desktop.domain.signoff import Subject

    with pytest.raises(signing.SubjectError) as info:
        reports.prepare(demo_db, "roster", 2569, DigitStyle.THAI, Subject.year(2568))
    assert str(info.value) == ("The report roster is about fiscal year 2569, not fiscal year "
                               "2568.")
    with pytest.raises(signing.SubjectError, match="about order"):
        reports.prepare(demo_db, order_kind.key, 2569, DigitStyle.THAI)


def test_every_data_source_of_the_report_kinds_has_a_reader():
    from ita_desktop.reports.signing import DataSource

    assert set(reports.READERS) == set(DataSource)
    assert {kind.source for kind in signing.REPORT_KINDS.values()} <= set(reports.READERS)


@pytest.mark.parametrize("how", ["locked", "read_only"])
def test_sign_off_into_a_file_that_cannot_be_written_stores_nothing(demo_db, write_blocked,
                                                                    content, how):
    from ita_desktop.store.errors import WriteError

    prepared = reports.prepare(demo_db, "roster", 2569, DigitStyle.THAI)
    before = content(demo_db.path)
    with write_blocked(demo_db, how), pytest.raises(WriteError) as info:
        reports.sign_off(demo_db, prepared, _signoffs(demo_db))
    assert info.value.code == f"store.{how}" and "nothing was changed" in str(info.value)
    assert content(demo_db.path) == before
    # Once the file can be written again, the same sign-off goes through as version 1.
    assert reports.sign_off(demo_db, prepared, _signoffs(demo_db)).version == 1


def test_sign_off_on_a_full_disk_stores_nothing(demo_db, content):
    from ita_desktop.store.errors import WriteError

    prepared = reports.prepare(demo_db, "fact-sheet", 2569, DigitStyle.THAI)
    before = content(demo_db.path)
    pages = demo_db.execute("PRAGMA page_count").fetchone()[0]
    demo_db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(WriteError) as info:
        reports.sign_off(demo_db, prepared, _signoffs(demo_db))
    assert info.value.code == "store.disk_full"
    assert content(demo_db.path) == before
    assert reports.signed_versions(demo_db) == []


def test_a_signed_off_copy_is_saved_byte_for_byte_or_says_why_not(demo_db, tmp_path):
    record = reports.sign_off(demo_db, reports.prepare(demo_db, "roster", 2569,
                                                       DigitStyle.THAI), _signoffs(demo_db))
    assert reports.signed_versions(demo_db) == [record]
    copy = reports.save_signed_copy(demo_db, record, "xlsx", tmp_path / "out" / "r.xlsx")
    assert copy.read_bytes() == ReportRegister(demo_db).file(record.id, "xlsx")
    assert reports.verify_file(demo_db, copy).exact

    with pytest.raises(AppError) as missing:
        reports.save_signed_copy(demo_db, record, "docx", tmp_path / "r.docx")
    assert missing.value.code == "report.no_signed_file" and not (tmp_path / "r.docx").exists()
    assert str(missing.value) == (f"Version 1 of report {record.report_number} has no "
                                  "signed-off DOCX file.")

    # A "folder" that is a file cannot be written into, not even by root.
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    with pytest.raises(AppError) as unwritable:
        reports.save_signed_copy(demo_db, record, "pdf", blocker / "r.pdf")
    assert unwritable.value.code == "report.not_written"
    assert str(blocker / "r.pdf") in str(unwritable.value)
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder"


def test_export_file_writes_the_draft_or_says_why_not(demo_db, tmp_path, content):
    prepared = reports.prepare(demo_db, "roster", 2569, DigitStyle.THAI)
    out = reports.export_file(demo_db, prepared, "pdf", tmp_path / "roster.pdf")
    assert "(.........." in _text(out.read_bytes())
    before = content(demo_db.path)
    blocker = tmp_path / "blocker"
    blocker.write_bytes(b"")
    with pytest.raises(AppError) as info:
        reports.export_file(demo_db, prepared, "pdf", blocker / "roster.pdf")
    assert info.value.code == "report.not_written" and "database is unchanged" in str(info.value)
    assert content(demo_db.path) == before


def test_a_file_that_cannot_be_read_is_said_so(demo_db, tmp_path):
    for path in (tmp_path / "missing.pdf", tmp_path):
        with pytest.raises(AppError) as info:
            reports.verify_file(demo_db, path)
        assert info.value.code == "report.cannot_read" and str(path) in str(info.value)


def test_the_other_digits_export_the_signed_off_files_and_make_no_new_version(demo_db):
    """Once, switching Thai to Arabic digits made "version 2" of unchanged data."""
    record = reports.sign_off(demo_db, reports.prepare(demo_db, "fact-sheet", 2569,
                                                       DigitStyle.THAI), _signoffs(demo_db))
    arabic = reports.prepare(demo_db, "fact-sheet", 2569, DigitStyle.ARABIC)
    assert arabic.signed is not None and arabic.signed.id == record.id
    assert arabic.signed_digits is DigitStyle.THAI and arabic.version == 1
    for fmt in ("pdf", "docx", "xlsx"):
        assert reports.export_bytes(demo_db, arabic, fmt) == \
            ReportRegister(demo_db).file(record.id, fmt)
    with pytest.raises(signing.ReportError, match="already signed off as version 1"):
        reports.sign_off(demo_db, arabic, _signoffs(demo_db))
    assert [v.digit_style for v in reports.signed_versions(demo_db)] == ["thai"]


def test_a_draft_is_numbered_only_once_the_report_is_in_the_register(demo_db):
    """A report not yet signed off gets its number at sign-off: another report signed first
    takes the number a draft would have shown."""
    roster = reports.prepare(demo_db, "roster", 2569, DigitStyle.THAI)
    fact = reports.prepare(demo_db, "fact-sheet", 2569, DigitStyle.THAI)
    assert not roster.numbered and not fact.numbered and roster.number == fact.number
    signed = reports.sign_off(demo_db, fact, _signoffs(demo_db))
    roster = reports.prepare(demo_db, "roster", 2569, DigitStyle.THAI)
    assert not roster.numbered and roster.number != signed.report_number
    assert reports.prepare(demo_db, "fact-sheet", 2569, DigitStyle.ARABIC).numbered


def test_the_register_and_the_files_give_the_same_moment_of_sign_off(demo_db):
    prepared = reports.prepare(demo_db, "fact-sheet", 2569, DigitStyle.THAI)
    doc = reports.signed_document(demo_db, prepared, _signoffs(demo_db))
    assert doc.draft is False and doc.created is not None
    files = signing.render_all(doc, prepared.kind.formats)
    record = reports.record_sign_off(demo_db, prepared, _signoffs(demo_db), files,
                                     doc.created)
    assert record.created_at == doc.created.isoformat(timespec="seconds")
    draft = signing.draft_document(prepared)
    assert draft.draft is True and draft.created is not None


def test_verify_file_of_a_changed_pdf_still_names_the_claimed_version(demo_db, tmp_path):
    record = reports.sign_off(demo_db, reports.prepare(demo_db, "roster", 2569,
                                                       DigitStyle.ARABIC), _signoffs(demo_db))
    changed = bytearray(ReportRegister(demo_db).file(record.id, "pdf"))
    changed[len(changed) // 2] ^= 0x01
    path = tmp_path / "changed.pdf"
    path.write_bytes(bytes(changed))
    verdict = reports.verify_file(demo_db, path)
    assert not verdict.exact and verdict.version is not None
    assert "changed after sign-off" in verdict.message


def test_verify_file_of_a_huge_file_is_refused_without_reading_it_whole(demo_db, tmp_path):
    """Once, verifying a 3 GB file read all of it into memory (3.1 GB) before saying no."""
    import tracemalloc

    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        # Sparse: the file system makes the 3 GB without writing them.
        handle.truncate(3 * 1024 ** 3)
    tracemalloc.start()
    try:
        verdict = reports.verify_file(demo_db, huge)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert not verdict.exact and verdict.version is None
    assert verdict.message.startswith("NOT a signed-off file")
    assert peak < 8 * 1024 ** 2


def _second_connection(db):
    from ita_desktop.store import open_database

    return open_database(db.path)


def test_two_sign_offs_at_once_the_later_is_told_another_was_recorded(demo_db):
    """Once, the second of two windows signing off the same report got "UNIQUE constraint
    failed"; it must say another sign-off came first and that nothing of its own was stored."""
    other = _second_connection(demo_db)
    try:
        mine = reports.prepare(demo_db, "roster", 2569, DigitStyle.THAI)
        theirs = reports.prepare(other, "roster", 2569, DigitStyle.ARABIC)
        first = reports.sign_off(other, theirs, _signoffs(other))
        with pytest.raises(AppError) as info:
            reports.sign_off(demo_db, mine, _signoffs(demo_db))
    finally:
        other.close()
    assert info.value.code == "register.signed-meanwhile"
    assert info.value.values["number"] == first.report_number
    assert "UNIQUE" not in info.value.english() and "nothing of yours" in info.value.english()
    assert [v.id for v in ReportRegister(demo_db).versions()] == [first.id]


def test_two_new_reports_signed_at_once_the_later_is_told_its_number_was_taken(demo_db):
    """Two reports not yet in the register would both get the year's next number."""
    other = _second_connection(demo_db)
    try:
        mine = reports.prepare(demo_db, "roster", 2569, DigitStyle.THAI)
        theirs = reports.prepare(other, "fact-sheet", 2569, DigitStyle.THAI)
        assert mine.number == theirs.number
        first = reports.sign_off(other, theirs, _signoffs(other))
        with pytest.raises(AppError) as info:
            reports.sign_off(demo_db, mine, _signoffs(demo_db))
    finally:
        other.close()
    assert info.value.code == "register.number-taken"
    assert info.value.values["number"] == first.report_number
    assert [v.id for v in ReportRegister(demo_db).versions()] == [first.id]
    # Prepared again, the report gets the next number and signs off.
    again = reports.sign_off(demo_db, reports.prepare(demo_db, "roster", 2569, DigitStyle.THAI),
                             _signoffs(demo_db))
    assert again.report_number != first.report_number
