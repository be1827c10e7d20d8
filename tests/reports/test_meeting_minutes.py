"""The minutes of seed 002's meeting 1/2567 (made-up people): the document's parts, the
DOCX and PDF read back, LibreOffice's layout of the DOCX, and the sign-off through the
register's machinery."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import docx
import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.meetings import AgendaItem, AgendaKind, Attendee, Presence
from ita_desktop.domain.signoff import MINUTES_SIGNERS, SignOff, Subject, SubjectKind
from ita_desktop.errors import AppError
from ita_desktop.reports import signing
from ita_desktop.reports.meeting_data import meeting_data
from ita_desktop.reports.meeting_minutes import OPENING, build_minutes, minutes_document
from ita_desktop.reports.model import (
    Paragraph,
    SignatureBlock,
    Table,
    TitleBlock,
    plain_text,
)
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.reports.render_docx import render_docx
from ita_desktop.reports.render_pdf import render_pdf
from ita_desktop.reports.unit_data import NoUnitError
from tests.reports.meeting_fixture import (
    ABSENCE,
    PEOPLE,
    PLACE,
    ROLES,
    SUBJECT,
    UNIT,
    seed_meeting,
)
from tests.reports.pdf_pages import occurrences
from tests.reports.standin_font import convert, libreoffice_home  # noqa: F401 fixture


@pytest.fixture(scope="module")
def minutes():
    return minutes_document(seed_meeting(), UNIT, PEOPLE)


def _texts(doc) -> list[str]:
    return [plain_text(p.runs) for p in doc.parts if isinstance(p, Paragraph)]


def _tables(doc) -> list[Table]:
    return [p for p in doc.parts if isinstance(p, Table)]


def _flat(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\r\n", "\n")


def test_the_head_names_the_meeting_its_number_day_time_and_place(minutes):
    title = minutes.parts[0]
    assert isinstance(title, TitleBlock) and title.emblem is None
    assert [plain_text(line) for line in title.lines] == [f"รายงานการประชุม{SUBJECT}",
                                                          "ครั้งที่ 1/2567"]
    assert _texts(minutes)[:2] == ["ในวันศุกร์ที่ ๕ มกราคม ๒๕๖๗ เวลา ๑๐.๐๐ น.", f"ณ {PLACE}"]


def test_those_present_are_numbered_with_full_rank_position_and_role(minutes):
    present, absent = _tables(minutes)[:2]
    assert not present.grid and not present.header_rows
    assert [row[0].text for row in present.rows] == [f"{n}." for n in range(1, 16)]
    assert present.rows[0][1].text.split("\n") == [
        "พันตำรวจเอก วิชัย ตัวอย่าง", "ผู้กำกับการตรวจคนเข้าเมืองจังหวัดศรีวารินทร์"]
    assert present.rows[6][1].text.split("\n")[0] == "พันตำรวจโทหญิง สุดา เรือนแก้ว"
    assert [row[2].text for row in present.rows] == ROLES
    # The absentee: numbered from one again, the reason in brackets under the position.
    assert [[c.text for c in row] for row in absent.rows] == [[
        "1.", "ร้อยตำรวจเอกหญิง วริศรา วงศ์ดี\nรองสารวัตรตรวจคนเข้าเมืองจังหวัดศรีวารินทร์\n"
        f"({ABSENCE})", "เจ้าหน้าที่"]]
    texts = _texts(minutes)
    assert texts.index("ผู้มาประชุม") < texts.index("ผู้ไม่มาประชุม")
    assert "ผู้เข้าร่วมประชุม" not in texts  # nobody came from outside the committee


def test_guests_are_listed_apart_and_a_meeting_nobody_missed_says_so():
    guest = Attendee(Presence.ATTENDING, name="นางสาวสมใจ ใจดี", position="นักวิชาการคอมพิวเตอร์",
                     role_text="ผู้เข้าร่วมประชุม")
    meeting = seed_meeting()
    everyone = tuple(replace(a, presence=Presence.PRESENT, reason="")
                     for a in meeting.attendees) + (guest,)
    doc = minutes_document(replace(meeting, attendees=everyone), UNIT, PEOPLE)
    texts = _texts(doc)
    absent = texts.index("ผู้ไม่มาประชุม")
    assert texts[absent + 1] == "(ไม่มี)" and texts[absent + 2] == "ผู้เข้าร่วมประชุม"
    present, guests = _tables(doc)[:2]
    assert len(present.rows) == 16
    assert [c.text for c in guests.rows[0]] == [
        "1.", "นางสาวสมใจ ใจดี\nนักวิชาการคอมพิวเตอร์", "ผู้เข้าร่วมประชุม"]


def test_the_agenda_runs_from_the_opening_to_the_close_as_seed_002(minutes):
    texts = _texts(minutes)
    headings = [t for t in texts if t.startswith("ระเบียบวาระที่")]
    assert headings == ["ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
                        "ระเบียบวาระที่ 2 เรื่องเพื่อทราบ", "ระเบียบวาระที่ 3 เรื่องเพื่อพิจารณา",
                        "ระเบียบวาระที่ 4 เรื่องอื่น ๆ (ถ้ามี)",
                        "ระเบียบวาระที่ 5 ข้อสั่งการของประธานที่ประชุม"]
    start = texts.index("เริ่มประชุมเวลา ๑๐.๐๐ น.")
    assert texts[start + 1] == OPENING and texts.index(headings[0]) == start + 2
    assert texts[texts.index(headings[0]) + 1].startswith("ตามที่ สำนักงานคณะกรรมการ")
    # An item with nothing in it says so; every other item ends with its resolution.
    assert texts[texts.index(headings[3]) + 1] == "(ไม่มี)"
    resolutions = [t for t in texts if t.startswith("มติที่ประชุม")]
    assert resolutions == ["มติที่ประชุม รับทราบ", "มติที่ประชุม รับทราบ", "มติที่ประชุม เห็นชอบ",
                           "มติที่ประชุม รับทราบ"]
    assert texts.index(resolutions[0]) < texts.index(headings[1])
    assert texts[-1] == "เลิกประชุมเวลา ๑๒.๐๐ น."


def test_speakers_stand_beside_what_they_said_and_sub_items_are_numbered(minutes):
    spoken = [t for t in _tables(minutes) if len(t.columns) == 2]
    assert len(spoken) == 7  # three items of the secretary's, two of the chair's in each
    first = spoken[0].rows[0]
    assert first[0].text == "พ.ต.ท.หญิง สุดาฯ\nเลขาฯ"
    assert first[1].text.startswith("2.1 แจ้งคำสั่ง ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์")
    assert spoken[-1].rows[0][0].text == "พ.ต.อ.วิชัยฯ\nประธานฯ"
    assert spoken[-1].rows[0][1].text.startswith("5.2 ให้คณะทำงานช่วยกันขับเคลื่อน")


def test_action_items_say_who_does_what_by_when(minutes):
    actions = [t for t in _tables(minutes) if t.grid]
    assert [[c.text for c in row] for row in actions[0].header_rows] == [
        ["ที่", "สิ่งที่ต้องดำเนินการ", "ผู้รับผิดชอบ", "กำหนดเสร็จ"]]
    assert [[c.text for c in row] for row in actions[0].rows] == [
        ["1", "เตรียมข้อมูล O1 โครงสร้าง อัตรากำลัง และข้อมูลผู้บริหาร",
         "ร.ต.อ.หญิง วลัยลักษณ์ รักษ์ดี", "๒๙ ก.พ. ๒๕๖๗"],
        ["2", "ดูแลระบบ ITAP และบันทึกข้อมูลพื้นฐานของหน่วยงาน", "ร.ต.อ.หญิง ธนิดา คณาดี",
         "๓๑ ม.ค. ๒๕๖๗"]]
    # A directive given to a section rather than a person, and one already done.
    done = replace(seed_meeting().agenda[4].items[0].actions[0], done_on=date(2024, 3, 20))
    item = replace(seed_meeting().agenda[4].items[0], actions=(done,))
    doc = minutes_document(seed_meeting(agenda=(AgendaItem(AgendaKind.DIRECTIVES,
                                                           items=(item,)),)), UNIT, PEOPLE)
    row = [t for t in _tables(doc) if t.grid][0].rows[0]
    assert [c.text for c in row[2:]] == ["ทุกสายงาน", "๓๑ มี.ค. ๒๕๖๗\n(เสร็จ ๒๐ มี.ค. ๒๕๖๗)"]


def test_recorder_and_checker_sign_side_by_side_and_the_chair_approves_below(minutes):
    # One block of two columns: the chair alone on its second row, so no page parts them.
    block = minutes.parts[-1]
    assert isinstance(block, SignatureBlock) and block.columns == 2
    assert [(s.rank, s.name, s.position, s.role) for s in block.signers] == [
        ("ร.ต.อ.หญิง", "ธนิดา คณาดี", "รอง สว.ตม.จว.ศรีวารินทร์", "ผู้จดรายงานการประชุม"),
        ("พ.ต.ท.หญิง", "สุดา เรือนแก้ว", "สว.ตม.จว.ศรีวารินทร์", "ผู้ตรวจรายงานการประชุม"),
        ("พ.ต.อ.", "วิชัย ตัวอย่าง", "ผกก.ตม.จว.ศรีวารินทร์", "ประธานในที่ประชุม")]


def test_a_meeting_without_times_place_or_signers_leaves_them_out():
    doc = minutes_document(seed_meeting(start=None, end=None, place="", recorder_id=None,
                                        checker_id=None, chair_id=None), UNIT, PEOPLE,
                           DigitStyle.ARABIC)
    texts = _texts(doc)
    assert texts[0] == "ในวันศุกร์ที่ 5 มกราคม 2567"
    assert not any(t.startswith(("ณ ", "เริ่มประชุมเวลา", "เลิกประชุมเวลา")) for t in texts)
    blocks = [p for p in doc.parts if isinstance(p, SignatureBlock)]
    # Blocks left blank for hand writing, still labelled.
    assert [(s.name, s.role) for b in blocks for s in b.signers] == [
        ("", "ผู้จดรายงานการประชุม"), ("", "ผู้ตรวจรายงานการประชุม"), ("", "ประธานในที่ประชุม")]


def test_someone_not_in_the_roster_or_no_unit_profile_is_refused():
    with pytest.raises(AppError) as refused:
        minutes_document(seed_meeting(recorder_id=99), UNIT, PEOPLE)
    assert refused.value.code == "report.meeting_person"
    assert refused.value.values == {"number": "1/2567", "id": 99}
    with pytest.raises(NoUnitError):
        minutes_document(seed_meeting(), None, PEOPLE)


# The minutes as the register will know them once the meetings store lands: signed by the
# recorder and the checker, approved by the chair, about one meeting.
MINUTES_KIND = signing.ReportKind(
    "meeting-minutes", "รายงานการประชุม", "Meeting minutes", ("pdf", "docx"),
    signing.DataSource.COMMITTEE, build_minutes, roles=MINUTES_SIGNERS,
    subject=SubjectKind.MEETING)


def test_signed_off_the_blocks_carry_the_signatures_and_the_draft_names_the_meeting_s_people():
    data = meeting_data(seed_meeting(), UNIT, PEOPLE)
    frozen = signing.freeze(MINUTES_KIND, 2567, Subject(SubjectKind.MEETING, "1/2567"),
                            DigitStyle.THAI, data)
    signed_on = date(2024, 1, 8)
    signoffs = [SignOff("chair", 1, "พ.ต.อ.วิชัย ตัวอย่าง", "ผกก.ตม.จว.ศรีวารินทร์", signed_on),
                SignOff("recorder", 15, "ร.ต.อ.หญิง ธนิดา คณาดี", "รอง สว.ตม.จว.ศรีวารินทร์",
                        signed_on),
                SignOff("minutes-checker", 7, "พ.ต.ท.หญิง สุดา เรือนแก้ว",
                        "สว.ตม.จว.ศรีวารินทร์", signed_on)]
    doc = signing.signed_document(frozen, "2567-004", 1, signoffs, {15: b"png"})
    signed = doc.parts[-1].signers
    assert [(s.name, s.signature, s.date_text) for s in signed] == [
        ("ธนิดา คณาดี", b"png", "วันที่ ๘ ม.ค. ๒๕๖๗"), ("สุดา เรือนแก้ว", None, "วันที่ ๘ ม.ค. ๒๕๖๗"),
        ("วิชัย ตัวอย่าง", None, "วันที่ ๘ ม.ค. ๒๕๖๗")]
    assert doc.verification is not None
    draft = signing.draft_document(frozen)
    assert [s.name for p in draft.parts if isinstance(p, SignatureBlock) for s in p.signers] == [
        "ธนิดา คณาดี", "สุดา เรือนแก้ว", "วิชัย ตัวอย่าง"]


def test_the_docx_holds_the_lists_the_agenda_and_the_blocks_side_by_side(minutes):
    opened = docx.Document(io.BytesIO(render_docx(minutes)))
    texts = [p.text for p in opened.paragraphs]
    assert texts[:4] == [f"รายงานการประชุม{SUBJECT}", "ครั้งที่ ๑/๒๕๖๗",
                         "ในวันศุกร์ที่ ๕ มกราคม ๒๕๖๗ เวลา ๑๐.๐๐ น.", f"ณ {PLACE}"]
    assert len(opened.tables[0].rows) == 15
    assert opened.tables[0].rows[14].cells[2].text == "เจ้าหน้าที่/ผู้ช่วยเลขานุการ"
    pair, chair = opened.tables[-1].rows
    assert "(ธนิดา คณาดี)" in pair.cells[0].text and "(สุดา เรือนแก้ว)" in pair.cells[1].text
    # The chair's cell spans the row under the two.
    assert len({id(c._tc) for c in chair.cells}) == 1
    assert "(วิชัย ตัวอย่าง)" in chair.cells[0].text


def test_the_pdf_writes_the_unit_s_digits_and_signs_side_by_side(minutes):
    data = render_pdf(minutes)
    pages = [_flat(p) for p in pdf_pages_text(data)]
    whole = "\n".join(pages)
    assert "ครั้งที่ ๑/๒๕๖๗" in whole and "ระเบียบวาระที่ ๕" in whole
    recorder = occurrences(data, "(ธนิดา คณาดี)")[-1]
    checker = occurrences(data, "(สุดา เรือนแก้ว)")[-1]
    chair = occurrences(data, "(วิชัย ตัวอย่าง)")[-1]
    assert len(recorder) == len(checker) == len(chair) == 1
    # On one line (glyph boxes differ a little in height), the recorder on the left.
    assert abs(recorder[0][1] - checker[0][1]) < 6 and recorder[0][2] < checker[0][0]
    assert chair[0][3] < recorder[0][1]  # the chair's block below the pair, centred
    assert recorder[0][2] < chair[0][0] and chair[0][2] < checker[0][0]
    arabic = "\n".join(pdf_pages_text(render_pdf(
        minutes_document(seed_meeting(), UNIT, PEOPLE, DigitStyle.ARABIC))))
    assert "ครั้งที่ 1/2567" in arabic and "เวลา 10.00 น." in arabic


def test_libreoffice_lays_the_docx_out_in_the_seed_s_order(minutes, tmp_path,
                                                            libreoffice_home):  # noqa: F811
    source = tmp_path / "minutes.docx"
    source.write_bytes(render_docx(minutes))
    pages = [_flat(p) for p in pdf_pages_text(convert(source, "pdf", tmp_path,
                                                      libreoffice_home).read_bytes())]
    whole = "\n".join(pages)
    marks = ["ครั้งที่ ๑/๒๕๖๗", "ผู้มาประชุม", "ผู้ไม่มาประชุม", f"({ABSENCE})",
             "ประธานกล่าวเปิดประชุม", "ระเบียบวาระที่ ๑", "ระเบียบวาระที่ ๒",
             "ระเบียบวาระที่ ๓", "ระเบียบวาระที่ ๔", "(ไม่มี)", "ระเบียบวาระที่ ๕",
             "เลิกประชุม", "(ธนิดา คณาดี)", "(สุดา เรือนแก้ว)", "(วิชัย ตัวอย่าง)"]
    at = 0
    for mark in marks:
        at = whole.index(mark, at) + len(mark)
    # The three blocks close the minutes together on the last page, with lines before them.
    assert all(name in pages[-1] for name in ("(ธนิดา คณาดี)", "(วิชัย ตัวอย่าง)"))
    assert "เลิกประชุม" in pages[-1]


def test_a_workbook_centres_the_lone_chair_under_the_pair_too(minutes):
    import openpyxl

    from ita_desktop.reports.render_xlsx import render_xlsx

    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(minutes)))
    # Every table of the minutes starts a sheet of its own; the signers close the last one.
    ws = book.worksheets[-1]

    def span(text: str) -> tuple[int, int]:
        cell = next(c for row in ws.iter_rows() for c in row if c.value == text)
        merged = next((r for r in ws.merged_cells.ranges if cell.coordinate in r), None)
        return (merged.min_col, merged.max_col) if merged else (cell.column, cell.column)

    recorder, checker, chair = (span(f"({name})") for name in (
        "ธนิดา คณาดี", "สุดา เรือนแก้ว", "วิชัย ตัวอย่าง"))
    assert recorder[1] < checker[0]
    assert (chair[0], chair[1]) == (recorder[0], checker[1])  # across both, so centred
