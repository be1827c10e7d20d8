"""The names a document keeps whole: taken from the report's data as printed."""

from __future__ import annotations

from dataclasses import replace

from ita_desktop.domain.meetings import Attendee, Presence
from ita_desktop.reports.kept_names import (
    kept_names,
    meeting_names,
    person_words,
    titled_names_in,
    unit_words,
)
from ita_desktop.reports.meeting_data import meeting_data
from ita_desktop.reports.model import Signer
from tests.reports.meeting_fixture import PEOPLE, seed_meeting
from tests.reports.meeting_fixture import UNIT as MEETING_UNIT

UNIT = {"full_name": "ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์", "short_name": "ตม.จว.ศรีวารินทร์"}


def test_the_unit_names_are_split_at_spaces_and_the_dots_of_abbreviations():
    # The full name's one piece holds the place name and is left to the dictionary: kept
    # whole it could not break anywhere in a narrow column.
    assert unit_words(UNIT["full_name"], UNIT["short_name"]) == ["จว", "ตม", "ศรีวารินทร์"]
    assert unit_words("สถานีตำรวจภูธรบ้านหนองแสง", "") == ["สถานีตำรวจภูธรบ้านหนองแสง"]


def test_a_printed_name_loses_its_title_in_every_form():
    assert person_words("พ.ต.ท.หญิง อรุณี ทองประเสริฐ") == ["อรุณี", "ทองประเสริฐ"]
    assert person_words("พ.ต.ท.สมปอง เรือนใสแก้ว") == ["สมปอง", "เรือนใสแก้ว"]
    assert person_words("พันตำรวจโทหญิง อรุณี ทองประเสริฐ") == ["อรุณี", "ทองประเสริฐ"]
    assert person_words("นางสาวปริยา ดาวเรือง") == ["ปริยา", "ดาวเรือง"]
    # A bare name (a signature block's brackets) and a guest typed without a title.
    assert person_words("อรุณี ทองประเสริฐ") == ["อรุณี", "ทองประเสริฐ"]
    # One letter cannot be split, and Latin text already breaks only at spaces.
    assert person_words("นายสมชาย ณ สงขลา") == ["สมชาย", "สงขลา"]
    assert person_words("Mr. John Smith") == []


def test_titled_people_are_found_in_running_text_and_labels_are_left_out():
    line = "ผู้ควบคุม พ.ต.อ.ธีรวัฒน์ แสงอรุณ พ.ต.ท.หญิง อรุณี ทองประเสริฐ"
    assert titled_names_in(line) == ["ธีรวัฒน์", "แสงอรุณ", "อรุณี", "ทองประเสริฐ"]
    assert titled_names_in("ประธาน, รองประธาน และคณะทำงาน") == []


def test_a_document_keeps_the_unit_its_people_and_its_signers():
    names = kept_names(UNIT, ["พ.ต.ท.สมปอง เรือนใสแก้ว"],
                       texts=["ผู้ปฏิบัติ ร.ต.อ.หญิง ธนิดา คณาดี"],
                       signers=[Signer(role="ผู้จัดทำ", name="ปริยา ดาวเรือง"),
                                Signer(role="ผู้ตรวจ")])
    assert names == {"ตม", "จว", "ศรีวารินทร์", "สมปอง", "เรือนใสแก้ว", "ธนิดา", "คณาดี",
                     "ปริยา", "ดาวเรือง"}


def test_a_meetings_documents_keep_members_absentees_guests_and_signers():
    meeting = seed_meeting()
    guest = Attendee(Presence.ATTENDING, name="นางสาวปริยา ดาวเรือง", position="นักวิชาการ")
    data = meeting_data(replace(meeting, attendees=(*meeting.attendees, guest)),
                        MEETING_UNIT, PEOPLE)
    names = meeting_names(data, (Signer(role="ผู้จดรายงานการประชุม", name="มานี มีนา"),))
    assert {"ศรีวารินทร์", "วิชัย", "ตัวอย่าง", "วริศรา", "วงศ์ดี", "ปริยา", "ดาวเรือง",
            "มานี", "มีนา"} <= names
    # "ทุกสายงาน", who does an action item, names no one.
    assert "ทุกสายงาน" not in names
