"""Seed 002's meeting ครั้งที่ 1/2567 entered as the secretary enters it, through the services
(unit profile, roster, committee order 222/2566, a meeting drafted from the committee and
completed), then exported through the report service: the minutes (PDF, DOCX) and the
attendance sheet (PDF, DOCX, XLSX) read back must have the seed's structure.

The people are made up; their ranks, offices and roles are the seed's. The roster is entered
in the order of the seed's attendance sheet (the secretary, a พ.ต.ท.หญิง สารวัตร, before the
other พ.ต.ท. สารวัตร; the absentee among the รอง สว.), the minutes list the committee first
as the seed does."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from datetime import date, time
from pathlib import Path

import docx
import openpyxl
import pytest

from ita_desktop.domain.committee import (
    CommitteeOrder,
    Member,
    Role,
    default_duties,
    default_preamble,
    default_subject,
)
from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.meetings import AgendaItem, AgendaKind, Attendee, Presence
from ita_desktop.domain.roster import Person
from ita_desktop.domain.signoff import Subject, SubjectKind
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.domain.units import UnitKind
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.services import reports
from ita_desktop.services.committee import save_order
from ita_desktop.services.meetings import meetings_of_year, new_meeting, save_meeting
from ita_desktop.services.roster import save_person, set_left
from ita_desktop.services.unit import save_profile
from ita_desktop.store import open_database

YEAR = 2567
UNIT_NAME = "ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์"
SHORT = "ตม.จว.ศรีวารินทร์"
PLACE = "ห้องประชุม ศูนย์ปฏิบัติการตรวจคนเข้าเมืองจังหวัดศรีวารินทร์"
ABSENCE = "ปฏิบัติหน้าที่งานบริการคนต่างด้าว"

# (rank, female, first, last, office) in the order of the seed's attendance sheet.
ROSTER = (
    ("pol_col", False, "วิชัย", "ตัวอย่าง", "ผู้กำกับการ"),
    ("pol_lt_col", False, "ธนา", "ทดลองดี", "รองผู้กำกับการ"),
    ("pol_lt_col", False, "กานต์", "เข้มแข็ง", "รองผู้กำกับการ"),
    ("pol_lt_col", True, "สุดา", "เรือนแก้ว", "สารวัตร"),
    ("pol_lt_col", False, "ณัฐ", "สงวนดี", "สารวัตร"),
    ("pol_maj", False, "พิชิต", "มั่นคง", "สารวัตร"),
    ("pol_maj", True, "จุฑา", "ชัยศรี", "สารวัตร"),
    ("pol_capt", True, "เกศินี", "ก้อนทอง", "รองสารวัตร"),
    ("pol_capt", True, "จินดา", "นามดี", "รองสารวัตร"),
    ("pol_capt", True, "แววตา", "จันทร์เพ็ญ", "รองสารวัตร"),
    ("pol_capt", True, "สุขใจ", "ตรีเพชร", "รองสารวัตร"),
    ("pol_capt", True, "ดวงใจ", "มาลัยทอง", "รองสารวัตร"),
    ("pol_capt", True, "วริศรา", "วงศ์ดี", "รองสารวัตร"),
    ("pol_capt", True, "ธนิดา", "คณาดี", "รองสารวัตร"),
    ("pol_capt", True, "ตรีนุช", "บุญมี", "รองสารวัตร"),
    ("pol_capt", True, "วลัยลักษณ์", "รักษ์ดี", "รองสารวัตร"),
)
SHEET_ORDER = [f"{first} {last}" for _, _, first, last, _ in ROSTER]

# The minutes' list of those present: roster line (1-based) and role, as the seed prints it.
PRESENT = ((1, "ประธานกรรมการ"), (2, "กรรมการ"), (3, "กรรมการ"), (5, "กรรมการ"),
           (6, "กรรมการ"), (7, "กรรมการ"), (4, "กรรมการและเลขานุการ"), (8, "เจ้าหน้าที่"),
           (11, "เจ้าหน้าที่"), (9, "เจ้าหน้าที่"), (12, "เจ้าหน้าที่"), (10, "เจ้าหน้าที่"),
           (15, "เจ้าหน้าที่"), (16, "เจ้าหน้าที่"), (14, "เจ้าหน้าที่/ผู้ช่วยเลขานุการ"))
ABSENT_LINE = 13

ANNOUNCEMENT = (
    "ตามที่ สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ ได้ร่วมกับ สำนักงานตรวจคนเข้าเมือง "
    "ในการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity & Transparency "
    "Assessment : ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์จึงได้มีคำสั่ง "
    "ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ ที่ ๒๒๒/๒๕๖๖ เรื่อง แต่งตั้งคณะกรรมการในการขับเคลื่อนและกำกับ"
    "ติดตามการประเมินคุณธรรมและความโปร่งใส ในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ "
    "พ.ศ. ๒๕๖๗ ลงวันที่ ๒๘ ธันวาคม ๒๕๖๖ เพื่อให้เกิดการขับเคลื่อนและพัฒนาการประเมินฯ จึงเชิญ"
    "คณะกรรมการและเจ้าหน้าที่ผู้รับผิดชอบ เข้าร่วมประชุมเพื่อศึกษาและวิเคราะห์กรอบการประเมิน")
INFORMATION = (
    "- แจ้งคำสั่ง ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ ที่ ๒๒๒/๒๕๖๖ เรื่อง แต่งตั้งคณะทำงานในการ"
    "ขับเคลื่อนและกำกับติดตามการประเมินคุณธรรมและความโปร่งใส ในการดำเนินงานของหน่วยงานภาครัฐ "
    "(Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ลงวันที่ "
    "๒๘ ธันวาคม ๒๕๖๖\n"
    "- เสนอปฏิทินการประเมินให้ที่ประชุมทราบ\n"
    "- แจ้งคำนิยามของแบบประเมินให้ที่ประชุมทราบ\n"
    "๑) ผู้มีส่วนได้ส่วนเสียภายใน : หมายถึงเจ้าหน้าที่ตำรวจในตรวจคนเข้าเมืองจังหวัด และด่านตรวจ"
    "คนเข้าเมือง ซึ่งปฏิบัติหน้าที่ในหน่วยงานมาเป็นระยะเวลาไม่น้อยกว่า ๑ ปี\n"
    "๒) ผู้มีส่วนได้ส่วนเสียภายนอก : หมายถึง บุคคล นิติบุคคล บริษัทเอกชน หรือหน่วยงานของรัฐอื่น"
    "ที่เคยเข้ารับบริการหรือมาติดต่อราชการตามภารกิจของหน่วยงาน\n"
    "๓) เว็บไซต์ของหน่วยงาน : เก็บข้อมูลจากเว็บไซต์หลักของหน่วยงาน\n"
    "- นำเสนอเครื่องมือที่ใช้ในการประเมินให้ที่ประชุมทราบ\n"
    "๑) แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\n"
    "๒) แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)\n"
    "๓) แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)\n"
    "- เสนอเกณฑ์การประมวลผลคะแนน/สัดส่วนน้ำหนักคะแนน")
EIT = (
    "- แบบวัดการประเมินผู้มีส่วนได้ส่วนเสียภายนอก (EIT(๑)) หน่วยงานระดับผู้กำกับการ ไม่น้อยกว่า "
    "๕๐๐ คน/หน่วย โดยแบ่งสัดส่วนผู้มีส่วนได้ส่วนเสียภายนอกที่มารับบริการหรือติดต่อราชการตาม"
    "สายงาน ดังนี้\n"
    "๑) งานอำนวยความสะดวก ไม่น้อยกว่า ๑๐ ราย\n"
    "๒) งานสืบสวนปราบปราม ไม่น้อยกว่า ๔๐ ราย\n"
    "๓) งานบริการคนต่างด้าว ไม่น้อยกว่า ๑๐๐ ราย\n"
    "๔) งานตรวจบุคคลและพาหนะ ไม่น้อยกว่า ๓๕๐ ราย")
OIT = "- มอบหมายหน้าที่รับผิดชอบ แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ดังนี้"
ITAP = ("- มอบหมาย ร.ต.อ.หญิง ธนิดา คณาดี เป็นผู้ดูแลระบบและใช้งานระบบ ITAP ทำหน้าที่บันทึก"
        "ข้อมูลพื้นฐานของหน่วยงาน และดำเนินการต่าง ๆ ที่เกี่ยวข้องกับแบบวัด IIT EIT และ OIT")
DIRECTIVE_1 = ("- เพื่อให้การเก็บข้อมูลแบบประเมิน IIT และ EIT๒ เป็นไปตามกรอบปฏิทินที่กำหนด "
               "ให้ประชาสัมพันธ์ให้ผู้มีส่วนได้ส่วนเสียทั้งภายในและภายนอกรับทราบและตอบแบบประเมิน"
               "ให้ครบตามจำนวนและทันตามกรอบระยะเวลาที่กำหนด")
DIRECTIVE_2 = ("- ให้คณะทำงาน เจ้าหน้าที่ และข้าราชการตำรวจในสังกัด ช่วยกันขับเคลื่อนการดำเนินการ"
               "ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ "
               "พ.ศ. ๒๕๖๗ ของตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ เป็นไปด้วยความเรียบร้อย "
               "บรรลุเป้าหมายให้อยู่ระดับผ่านดีเยี่ยม โดยจะมีการประชุมติดตามการทำงานเดือนละ "
               "๑ ครั้ง ซึ่งจะกำหนดวัน เวลา ให้ทราบ ครั้งต่อไป")


@dataclass(frozen=True)
class Exported:
    ids: list[int]
    """Roster ids by line of ``ROSTER``."""
    files: dict[str, Path]


def _enter_seed(db, folder: Path) -> Exported:
    save_profile(db, UnitProfile(kind=UnitKind.PROVINCIAL_IMMIGRATION, full_name=UNIT_NAME,
                                 short_name=SHORT, parent_bureau="กองบังคับการตรวจคนเข้าเมือง ๔"))
    ids = [save_person(db, Person(rank, first, last, female=female,
                                  position=office + UNIT_NAME)).id
           for rank, female, first, last, office in ROSTER]
    # The commander can be chosen once the roster holds him.
    save_profile(db, UnitProfile(kind=UnitKind.PROVINCIAL_IMMIGRATION, full_name=UNIT_NAME,
                                 short_name=SHORT, parent_bureau="กองบังคับการตรวจคนเข้าเมือง ๔",
                                 commander_id=ids[0]))
    person = dict(enumerate(ids, start=1)).__getitem__
    save_order(db, CommitteeOrder(
        fiscal_year=YEAR, number=222, dated=date(2023, 12, 28),
        subject=default_subject(SHORT, YEAR), body="คณะกรรมการ",
        preamble=default_preamble(UNIT_NAME, YEAR),
        members=(Member(person(1), Role.HEAD), Member(person(2), Role.MEMBER),
                 Member(person(3), Role.MEMBER), Member(person(5), Role.MEMBER),
                 Member(person(6), Role.MEMBER), Member(person(7), Role.MEMBER),
                 Member(person(4), Role.SECRETARY),
                 Member(person(14), Role.ASSISTANT_SECRETARY)),
        duties=default_duties(UNIT_NAME, YEAR), signer_id=person(1)))

    draft = new_meeting(db, YEAR, date(2024, 1, 5))
    # The committee in force gives the number, the chair, the recorder and the checker.
    assert (draft.number, draft.number_year) == (1, YEAR)
    assert (draft.chair_id, draft.recorder_id, draft.checker_id) == (
        person(1), person(14), person(4))
    secretary = {"speaker_id": person(4), "speaker_text": "เลขาฯ"}
    chair = {"speaker_id": person(1), "speaker_text": "ประธานฯ"}
    agenda = (
        AgendaItem(AgendaKind.ANNOUNCEMENTS, text=ANNOUNCEMENT, resolution="รับทราบ"),
        AgendaItem(AgendaKind.INFORMATION, text=INFORMATION, **secretary),
        AgendaItem(AgendaKind.CONSIDERATION, resolution="รับทราบ", items=(
            AgendaItem(AgendaKind.CONSIDERATION, text=EIT, **secretary),
            AgendaItem(AgendaKind.CONSIDERATION, text=OIT, **chair),
            AgendaItem(AgendaKind.CONSIDERATION, text=ITAP, **chair))),
        AgendaItem(AgendaKind.OTHER),
        AgendaItem(AgendaKind.DIRECTIVES, resolution="รับทราบ", items=(
            AgendaItem(AgendaKind.DIRECTIVES, text=DIRECTIVE_1, **chair),
            AgendaItem(AgendaKind.DIRECTIVES, text=DIRECTIVE_2, **chair))),
    )
    # The default agenda of a year's first meeting already has the seed's five headings.
    assert [i.kind for i in draft.agenda] == [i.kind for i in agenda]
    attendees = tuple(Attendee(Presence.PRESENT, person_id=person(line), role_text=role)
                      for line, role in PRESENT) + (
        Attendee(Presence.ABSENT, person_id=person(ABSENT_LINE), role_text="เจ้าหน้าที่",
                 reason=ABSENCE),)
    save_meeting(db, replace(draft, place=PLACE, start=time(10), end=time(12),
                             attendees=attendees, agenda=agenda))
    [stored] = meetings_of_year(db, YEAR)
    subject = Subject(SubjectKind.MEETING, stored.number_text(DigitStyle.ARABIC))

    files: dict[str, Path] = {}
    for kind, digits, formats in (("meeting-minutes", DigitStyle.THAI, ("pdf", "docx")),
                                  ("attendance-sheet", DigitStyle.ARABIC,
                                   ("pdf", "docx", "xlsx"))):
        prepared = reports.prepare(db, kind, YEAR, digits, subject)
        for fmt in formats:
            files[f"{kind}.{fmt}"] = reports.export_file(db, prepared, fmt,
                                                         folder / f"{kind}.{fmt}")
    return Exported(ids, files)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Exported:
    folder = tmp_path_factory.mktemp("seed002")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ITA_DESKTOP_DATA_DIR", str(folder / "data"))
        db = open_database(folder / "unit.sqlite")
        try:
            return _enter_seed(db, folder)
        finally:
            db.close()


def _flat(text: str) -> str:
    return re.sub(r"[ \u00a0]+", " ", text.replace("\r\n", "\n"))


def _in_order(whole: str, marks: list[str]) -> None:
    at = 0
    for mark in marks:
        found = whole.find(mark, at)
        assert found >= 0, f"{mark!r} missing after position {at}"
        at = found + len(mark)


MINUTES_MARKS = [
    "ครั้งที่ ๑/๒๕๖๗", "ในวันศุกร์ที่ ๕ มกราคม ๒๕๖๗ เวลา ๑๐.๐๐ น.", f"ณ {PLACE}",
    "ผู้มาประชุม", "ผู้ไม่มาประชุม", f"({ABSENCE})", "เริ่มประชุมเวลา ๑๐.๐๐ น.",
    "ประธานกล่าวเปิดประชุม", "ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
    "มติที่ประชุม", "ระเบียบวาระที่ ๒ เรื่องเพื่อทราบ", "ระเบียบวาระที่ ๓ เรื่องเพื่อพิจารณา",
    "มติที่ประชุม", "ระเบียบวาระที่ ๔ เรื่องอื่น ๆ (ถ้ามี)", "(ไม่มี)",
    "ระเบียบวาระที่ ๕ ข้อสั่งการของประธานที่ประชุม", "มติที่ประชุม", "เลิกประชุมเวลา ๑๒.๐๐ น.",
    "(ธนิดา คณาดี)", "ผู้จดรายงานการประชุม", "(สุดา เรือนแก้ว)", "ผู้ตรวจรายงานการประชุม"]


def test_the_minutes_pdf_follows_the_seed_from_heading_to_signatures(exported):
    pages = [_flat(p) for p in pdf_pages_text(exported.files["meeting-minutes.pdf"].read_bytes())]
    whole = "\n".join(pages)
    assert whole.startswith("รายงานการประชุมการขับเคลื่อนและกำกับติดตามการประเมินคุณธรรม")
    _in_order(whole, MINUTES_MARKS)
    # Fifteen present numbered ๑.-๑๕., then the absentee numbered from ๑. again.
    present = whole[whole.index("ผู้มาประชุม"):whole.index("ผู้ไม่มาประชุม")]
    _in_order(present, [f"{n}." for n in "๑๒๓๔๕๖๗๘๙"] + [f"๑{n}." for n in "๐๑๒๓๔๕"])
    assert "๑๖." not in present
    assert "พันตำรวจโทหญิง สุดา เรือนแก้ว" in present
    assert all(role in present for role in ("ประธานกรรมการ", "กรรมการและเลขานุการ",
                                            "เจ้าหน้าที่/ผู้ช่วยเลขานุการ"))
    absent = whole[whole.index("ผู้ไม่มาประชุม"):whole.index("เริ่มประชุมเวลา")]
    assert "๑." in absent and "ร้อยตำรวจเอกหญิง วริศรา วงศ์ดี" in absent
    # The speaker's short name beside what they said.
    assert "พ.ต.ท.หญิง สุดาฯ" in whole and "พ.ต.อ.วิชัยฯ" in whole
    # Recorder and checker on one line under the close: rank on the signing line.
    last = pages[-1]
    assert "เลิกประชุมเวลา" in whole[:whole.index("(ธนิดา คณาดี)")]
    assert "ร.ต.อ.หญิง" in last and "รอง สว.ตม.จว.ศรีวารินทร์" in last


def test_the_minutes_docx_lists_fifteen_present_one_absent_and_the_five_items(exported):
    opened = docx.Document(str(exported.files["meeting-minutes.docx"]))
    texts = [_flat(p.text) for p in opened.paragraphs]
    assert texts[1:4] == ["ครั้งที่ ๑/๒๕๖๗", "ในวันศุกร์ที่ ๕ มกราคม ๒๕๖๗ เวลา ๑๐.๐๐ น.",
                          f"ณ {PLACE}"]
    present, absent = opened.tables[:2]
    assert [r.cells[0].text for r in present.rows] == [
        f"{n}." for n in ("๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘", "๙", "๑๐", "๑๑", "๑๒",
                          "๑๓", "๑๔", "๑๕")]
    assert [r.cells[2].text for r in present.rows] == [role for _, role in PRESENT]
    assert present.rows[0].cells[1].text.split("\n") == [
        "พันตำรวจเอก วิชัย ตัวอย่าง", "ผู้กำกับการตรวจคนเข้าเมืองจังหวัดศรีวารินทร์"]
    assert [c.text for c in absent.rows[0].cells] == [
        "๑.", "ร้อยตำรวจเอกหญิง วริศรา วงศ์ดี\nรองสารวัตรตรวจคนเข้าเมืองจังหวัดศรีวารินทร์\n"
        f"({ABSENCE})", "เจ้าหน้าที่"]
    headings = [t for t in texts if t.startswith("ระเบียบวาระที่")]
    assert headings == ["ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
                        "ระเบียบวาระที่ ๒ เรื่องเพื่อทราบ", "ระเบียบวาระที่ ๓ เรื่องเพื่อพิจารณา",
                        "ระเบียบวาระที่ ๔ เรื่องอื่น ๆ (ถ้ามี)",
                        "ระเบียบวาระที่ ๕ ข้อสั่งการของประธานที่ประชุม"]
    assert [t for t in texts if t.startswith("มติที่ประชุม")] == ["มติที่ประชุม รับทราบ"] * 3
    # What each speaker said stands in a table beside their name, as the seed sets it.
    spoken = {t.rows[0].cells[0].text: [] for t in opened.tables[2:-1]}
    for table in opened.tables[2:-1]:
        spoken[table.rows[0].cells[0].text].append(table.rows[0].cells[1].text)
    assert list(spoken) == ["พ.ต.ท.หญิง สุดาฯ\nเลขาฯ", "พ.ต.อ.วิชัยฯ\nประธานฯ"]
    # The secretary's own "- " and "๑)" marks, no number of the minutes' in front of them.
    assert spoken["พ.ต.อ.วิชัยฯ\nประธานฯ"] == [OIT, ITAP, DIRECTIVE_1, DIRECTIVE_2]
    # A long report runs one line a row, the speaker beside the first: a page can break
    # between its lines instead of carrying it whole to the next page.
    report = opened.tables[2]
    assert [c.text for c in report.columns[1].cells] == INFORMATION.split("\n")
    assert [c.text for c in report.columns[0].cells] == [
        "พ.ต.ท.หญิง สุดาฯ\nเลขาฯ", *[""] * (len(report.rows) - 1)]
    assert texts.index("เลิกประชุมเวลา ๑๒.๐๐ น.") > texts.index(headings[-1])
    pair = opened.tables[-1].rows[0]
    assert [_flat(c.text).split("\n")[-3:] for c in pair.cells] == [
        ["(ธนิดา คณาดี)", "รอง สว.ตม.จว.ศรีวารินทร์", "ผู้จดรายงานการประชุม"],
        ["(สุดา เรือนแก้ว)", "สว.ตม.จว.ศรีวารินทร์", "ผู้ตรวจรายงานการประชุม"]]


SHEET_TITLE = ("ครั้งที่ 1/2567 ในวันศุกร์ที่ 5 ม.ค. 2567 ณ ห้องประชุม "
               "ศูนย์ปฏิบัติการตรวจคนเข้าเมืองจังหวัดศรีวารินทร์")
HEADINGS = ["ลำดับ", "ยศ", "ชื่อ - นามสกุล", "ตำแหน่ง", "ลายมือชื่อ", "หมายเหตุ"]
RANKS = ["พ.ต.อ.", "พ.ต.ท.", "พ.ต.ท.", "พ.ต.ท.หญิง", "พ.ต.ท.", "พ.ต.ต.", "พ.ต.ต.หญิง",
         *["ร.ต.อ.หญิง"] * 9]
POSITIONS = ["ผกก.ตม.จว.ศรีวารินทร์", *["รอง ผกก.ตม.จว.ศรีวารินทร์"] * 2,
             *["สว.ตม.จว.ศรีวารินทร์"] * 4, *["รอง สว.ตม.จว.ศรีวารินทร์"] * 9]


def _sheet_rows(rows: list[list[str]]) -> None:
    """The seed's sixteen rows: everyone invited in the roster's order, the absentee in her
    place with the reason in หมายเหตุ, the signature column empty."""
    assert rows[0] == HEADINGS
    body = rows[1:]
    assert [r[0] for r in body] == [str(n) for n in range(1, 17)]
    assert [r[1] for r in body] == RANKS
    assert [r[2] for r in body] == SHEET_ORDER
    assert [r[3] for r in body] == POSITIONS
    assert all(r[4] == "" for r in body)
    assert [r[5] for r in body] == [""] * 12 + [ABSENCE] + [""] * 3


def test_the_sheet_docx_has_the_seed_s_sixteen_rows(exported):
    opened = docx.Document(str(exported.files["attendance-sheet.docx"]))
    texts = [_flat(p.text) for p in opened.paragraphs if p.text.strip()]
    assert texts[0].startswith("บัญชีรายชื่อผู้เข้าประชุมการขับเคลื่อนและกำกับติดตาม")
    assert texts[1] == SHEET_TITLE
    # The second table is the recorder's block of the sign-off (the register's, not the seed's).
    _sheet_rows([[_flat(c.text) for c in row.cells] for row in opened.tables[0].rows])


def test_the_sheet_workbook_has_the_seed_s_sixteen_rows(exported):
    book = openpyxl.load_workbook(io.BytesIO(exported.files["attendance-sheet.xlsx"]
                                             .read_bytes()))
    values = [[_flat(str(v)) if v is not None else "" for v in row]
              for row in book.worksheets[0].iter_rows(values_only=True)]
    first = next(n for n, row in enumerate(values) if row[:1] == ["ลำดับ"])
    assert SHEET_TITLE in [v for row in values[:first] for v in row]
    # A page the rows continue on repeats the heading row; the people are read in order.
    people = [row[:6] for row in values[first:] if re.fullmatch(r"\d+", row[0])]
    _sheet_rows([values[first][:6], *people])


def test_the_sheet_pdf_lists_the_sixteen_on_one_page_in_the_seed_s_order(exported):
    pages = [_flat(p) for p in pdf_pages_text(
        exported.files["attendance-sheet.pdf"].read_bytes())]
    assert len(pages) == 1
    # Lines wrap inside the title and the narrow หมายเหตุ column: compare without them.
    page = pages[0].replace("\n", "")
    _in_order(page, ["บัญชีรายชื่อผู้เข้าประชุม", SHEET_TITLE, *HEADINGS])
    rows = [f"{n} {rank} {name} {position}" for n, (rank, name, position) in
            enumerate(zip(RANKS, SHEET_ORDER, POSITIONS, strict=True), start=1)]
    _in_order(pages[0], rows)
    absentee = pages[0][pages[0].index(rows[12]):pages[0].index(rows[13])].replace("\n", "")
    assert absentee.endswith(ABSENCE)


def test_someone_who_left_since_keeps_their_place_on_the_sheet(tmp_path, monkeypatch):
    monkeypatch.setenv("ITA_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    db = open_database(tmp_path / "unit.sqlite")
    try:
        entered = _enter_seed(db, tmp_path)
        # The deputy on line 2 retires after the meeting; the sheet is about its day.
        set_left(db, entered.ids[1], True, date(2024, 6, 30))
        prepared = reports.prepare(db, "attendance-sheet", YEAR, DigitStyle.ARABIC,
                                   Subject(SubjectKind.MEETING, "1/2567"))
        document = docx.Document(io.BytesIO(reports.export_bytes(db, prepared, "docx")))
        names = [_flat(row.cells[2].text) for row in document.tables[0].rows[1:]]
        assert names == SHEET_ORDER
    finally:
        db.close()
