"""The OIT assignment table and the minutes that hold it, made from the database as the
export dialog and the command line make them: on the demo database (today 1 March 2025,
fiscal year 2568, order 222/2567 in force, meeting 1/2568 whose third item assigns the OIT
work), with assignments made through the OIT services."""

from __future__ import annotations

import io
from dataclasses import replace

import docx

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.oit_workflow import Duty
from ita_desktop.domain.signoff import Subject, SubjectKind
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.services import oit, reports
from ita_desktop.services.meetings import meetings_of_year, save_meeting

YEAR = 2568
O1, O6 = "structure", "performance-report"
# The demo's plan, as seed 001 assigns it: O1 prepared by two of the administration under an
# inspector of it, O6 by two officers of the foreigner services.
O1_PREPARERS = ["ด.ต.หญิง สุภาพร มีสุข", "น.ส.กนกวรรณ ใจงาม"]


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_the_table_is_made_from_the_year_s_plan_and_cites_the_order(demo_db) -> None:  # type: ignore[no-untyped-def]
    prepared = reports.prepare(demo_db, "oit-assignments", YEAR, DigitStyle.THAI)
    text = _flat(" ".join(pdf_pages_text(reports.export_bytes(demo_db, prepared, "pdf"))))
    assert "ปฏิทินกิจกรรม ๒ : มอบหมายผู้รับผิดชอบการเปิดเผยข้อมูลสาธารณะ" in text
    assert "ประกอบคำสั่ง" in text and "ที่ ๒๒๒/๒๕๖๗" in text
    assert all(name in text for name in O1_PREPARERS)
    assert "พ.ต.ท.หญิง อรุณี ทองประเสริฐ" in text
    # An officer of another section joins O6: its preparers stand under their sections.
    oit.assign_many(demo_db, YEAR, [O6], 4, Duty.PREPARER)
    prepared = reports.prepare(demo_db, "oit-assignments", YEAR, DigitStyle.THAI)
    book = docx.Document(io.BytesIO(reports.export_bytes(demo_db, prepared, "docx")))
    rows = [[c.text.replace("\u00a0", " ") for c in row.cells] for row in book.tables[0].rows]
    o6 = next(row for row in rows if row[0] == "O๖")
    assert o6[3] == ("งานบริการคนต่างด้าว\nว่าที่ ร.ต.ต.สมศักดิ์ ปัญญาดี\nด.ต.อนุชา พรหมมา\n"
                     "งานอำนวยการ\nร.ต.อ.หญิง พิมพ์ชนก วงศ์ใหญ่")


def test_a_changed_assignment_is_a_new_draft_of_the_table(demo_db) -> None:  # type: ignore[no-untyped-def]
    before = reports.prepare(demo_db, "oit-assignments", YEAR, DigitStyle.THAI)
    oit.assign_many(demo_db, YEAR, [O1], 8, Duty.PREPARER)
    after = reports.prepare(demo_db, "oit-assignments", YEAR, DigitStyle.THAI)
    assert after.fingerprint != before.fingerprint
    o1 = after.data["indicators"][0]["subs"][0]["items"][0]
    assert o1["preparers"] == [{"section": "งานอำนวยการ", "names": O1_PREPARERS},
                               {"section": "งานสืบสวนปราบปราม", "names": ["ร.ต.อ.ณัฐพล แก้วมณี"]}]


def test_the_minutes_print_the_table_once_their_item_holds_it(demo_db) -> None:  # type: ignore[no-untyped-def]
    subject = Subject(SubjectKind.MEETING, "1/2568")
    plain = reports.prepare(demo_db, "meeting-minutes", YEAR, DigitStyle.THAI, subject)
    assert "oit" not in plain.data

    first = meetings_of_year(demo_db, YEAR)[0]
    agenda = list(first.agenda)
    agenda[2] = replace(agenda[2], oit_table=True)
    save_meeting(demo_db, replace(first, agenda=tuple(agenda)))
    held = reports.prepare(demo_db, "meeting-minutes", YEAR, DigitStyle.THAI, subject)
    assert held.fingerprint != plain.fingerprint
    pages = pdf_pages_text(reports.export_bytes(demo_db, held, "pdf"))
    text = _flat(" ".join(pages))
    assert text.index("มอบหมายผู้รับผิดชอบเตรียมข้อมูล") < text.index(
        "ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน") < text.index("ระเบียบวาระที่ ๔")
    assert f"O๑ โครงสร้างและอำนาจหน้าที่ {O1_PREPARERS[0]}" in text
