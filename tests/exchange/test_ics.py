"""The year's .ics file, read back by a standard iCalendar parser (the ``icalendar`` package,
which the program itself does not use)."""

from __future__ import annotations

import errno
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.year_view import EntryKind, YearEntry
from ita_desktop.errors import AppError
from ita_desktop.exchange.ics import escape_text, fold, ics_text, write_ics

UNIT = "ด่านตรวจคนเข้าเมืองทดสอบ"
STAMP = datetime(2025, 1, 20, 3, 4, 5, tzinfo=UTC)
TODAY = date(2025, 1, 20)
BANGKOK = ZoneInfo("Asia/Bangkok")
LONG_THAI = ("รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันและปราบปรามการทุจริตและประพฤติมิชอบ"
             "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน ของด่านตรวจคนเข้าเมือง")

PHASE = YearEntry(EntryKind.PHASE, "ประเมิน IIT", date(2025, 1, 6), date(2025, 2, 28),
                  "phase:2568:5", who="ร.ต.อ.สมชาย ใจดี, หน่วยประเมิน",
                  detail="ช่วงดำเนินการประเมิน")
MEETING = YearEntry(EntryKind.MEETING, "ประชุมคณะทำงาน ครั้งที่ ๑/๒๕๖๘", date(2025, 1, 10),
                    date(2025, 1, 10), "meeting:11", at=time(9, 30), until=time(12, 0),
                    detail="ประชุมคณะทำงาน ITA\nห้องประชุม, ชั้น 2; อาคาร \\ A",
                    place="ห้องประชุม, ชั้น 2; อาคาร \\ A")
LATE = YearEntry(EntryKind.ACTION, "จัดทำข้อมูล O1", date(2025, 1, 15), date(2025, 1, 15),
                 "action:21", who="ร.ต.อ.สมชาย ใจดี")
DONE = YearEntry(EntryKind.ACTION, "ติดตามผล", date(2025, 1, 8), date(2025, 1, 8),
                 "action:22", done=True)
LONG = YearEntry(EntryKind.OIT_DEADLINE, LONG_THAI, date(2025, 9, 30), date(2025, 9, 30),
                 "oit:2568:O12")
ENTRIES = [LONG, DONE, LATE, MEETING, PHASE]


def _text(entries: list[YearEntry] = ENTRIES, unit: str = UNIT) -> str:
    return ics_text(entries, unit_name=unit, fiscal_year=2568, stamp=STAMP, today=TODAY)


def _events(text: str) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_the_calendar_names_the_unit_and_its_year():
    calendar = icalendar.Calendar.from_ical(_text())
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert "ITA Desktop" in str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == f"{UNIT} ปีงบประมาณ พ.ศ. 2568"
    assert str(calendar["X-WR-TIMEZONE"]) == "Asia/Bangkok"
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Asia/Bangkok"]
    assert zones[0].walk("STANDARD")[0]["TZOFFSETTO"].td == timedelta(hours=7)
    assert zones[0].walk("DAYLIGHT") == []


def test_the_calendar_name_follows_the_units_digits():
    text = ics_text([], unit_name=UNIT, fiscal_year=2568, stamp=STAMP, today=TODAY,
                    digits=DigitStyle.THAI)
    calendar = icalendar.Calendar.from_ical(text)
    assert str(calendar["X-WR-CALNAME"]) == f"{UNIT} ปีงบประมาณ พ.ศ. ๒๕๖๘"


def test_every_entry_is_one_event_with_its_days():
    events = _events(_text())
    assert sorted(events) == sorted(e.title for e in ENTRIES)
    phase = events["ประเมิน IIT"]
    assert phase["DTSTART"].dt == date(2025, 1, 6)
    # The end of an all-day event is exclusive: the day after the phase's last day.
    assert phase["DTEND"].dt == date(2025, 3, 1)
    action = events["จัดทำข้อมูล O1"]
    assert (action["DTSTART"].dt, action["DTEND"].dt) == (date(2025, 1, 15), date(2025, 1, 16))
    for event in events.values():
        assert event["DTSTAMP"].dt == STAMP


def test_a_meeting_is_at_its_times_in_bangkok_with_its_place():
    meeting = _events(_text())["ประชุมคณะทำงาน ครั้งที่ ๑/๒๕๖๘"]
    start, end = meeting["DTSTART"].dt, meeting["DTEND"].dt
    assert start == datetime(2025, 1, 10, 9, 30, tzinfo=BANGKOK)
    assert start.astimezone(UTC) == datetime(2025, 1, 10, 2, 30, tzinfo=UTC)
    assert end == datetime(2025, 1, 10, 12, 0, tzinfo=BANGKOK)
    assert meeting["DTSTART"].params["TZID"] == "Asia/Bangkok"
    # Commas, semicolons and backslashes typed by the user come back as typed.
    assert str(meeting["LOCATION"]) == "ห้องประชุม, ชั้น 2; อาคาร \\ A"
    assert str(meeting["DESCRIPTION"]) == MEETING.detail
    assert meeting.walk("VALARM") == []


def test_late_and_done_work_are_marked_and_open_work_rings_the_day_before():
    events = _events(_text())

    def categories(event: icalendar.Event) -> list[str]:
        return [str(c) for c in event["CATEGORIES"].cats]

    late, done, due = events["จัดทำข้อมูล O1"], events["ติดตามผล"], events[LONG_THAI]
    assert categories(late) == ["งานที่ได้รับมอบหมาย", "เลยกำหนด"]
    assert str(late["DESCRIPTION"]).splitlines() == ["เลยกำหนด", "ผู้รับผิดชอบ: ร.ต.อ.สมชาย ใจดี"]
    assert categories(done) == ["งานที่ได้รับมอบหมาย", "ดำเนินการแล้ว"]
    assert categories(due) == ["กำหนดส่ง OIT"]
    assert categories(events["ประเมิน IIT"]) == ["ปฏิทินการประเมิน"]
    for event in (late, due):
        [alarm] = event.walk("VALARM")
        assert alarm["TRIGGER"].dt == -timedelta(hours=15)  # 09:00 of the day before
        assert str(alarm["ACTION"]) == "DISPLAY"
    assert done.walk("VALARM") == []
    assert events["ประเมิน IIT"].walk("VALARM") == []


def test_lines_end_with_crlf_and_are_folded_at_75_octets_between_thai_characters():
    data = _text().encode("utf-8")
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # no line ends inside a character
    summary = [i for i, line in enumerate(lines) if line.startswith("SUMMARY:รายงาน".encode())][0]
    assert lines[summary + 1].startswith(b" ") and lines[summary + 2].startswith(b" ")
    assert str(_events(_text())[LONG_THAI]["SUMMARY"]) == LONG_THAI


def test_fold_leaves_short_lines_and_cuts_long_ones_on_character_boundaries():
    assert fold("SUMMARY:short") == "SUMMARY:short"
    exactly = "X" * 75
    assert fold(exactly) == exactly
    folded = fold("SUMMARY:" + "ก" * 40)  # 8 + 120 octets
    parts = folded.split("\r\n")
    assert [len(p.encode()) for p in parts] == [74, 55]  # 8 + 22×3; then " " + 18×3
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == "SUMMARY:" + "ก" * 40


def test_text_escaping():
    assert escape_text("a\\b;c,d\r\ne\nf\x07") == "a\\\\b\\;c\\,d\\ne\\nf"


def test_exporting_again_gives_the_same_uids_and_another_unit_other_ones():
    first = {str(e["SUMMARY"]): str(e["UID"]) for e in _events(_text()).values()}
    moved = [YearEntry(EntryKind.PHASE, "ประเมิน IIT (แก้ไข)", date(2025, 1, 13),
                       date(2025, 3, 7), "phase:2568:5"), *ENTRIES[:-1]]
    again = {str(e["SUMMARY"]): str(e["UID"]) for e in _events(_text(moved)).values()}
    assert first["จัดทำข้อมูล O1"] == again["จัดทำข้อมูล O1"]
    # An edited phase keeps its UID, so a phone updates the event rather than adding one.
    assert first["ประเมิน IIT"] == again["ประเมิน IIT (แก้ไข)"]
    assert len(set(first.values())) == len(ENTRIES)
    assert all(uid.endswith("@ita-desktop") for uid in first.values())
    other = {str(e["SUMMARY"]): str(e["UID"]) for e in _events(_text(unit="สภ.ทดสอบ")).values()}
    assert not set(other.values()) & set(first.values())


def test_an_empty_year_is_still_a_calendar():
    calendar = icalendar.Calendar.from_ical(_text([]))
    assert calendar.walk("VEVENT") == []


def test_write_ics_writes_the_file_and_replaces_an_older_one(tmp_path):
    target = tmp_path / "ปฏิทิน.ics"
    target.write_bytes(b"old")
    assert write_ics(target, ENTRIES, unit_name=UNIT, fiscal_year=2568, today=TODAY,
                     stamp=STAMP) == target
    assert target.read_bytes() == _text().encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["ปฏิทิน.ics"]


def test_a_folder_that_cannot_be_written_is_refused_with_nothing_written(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    target = blocker / "year.ics"
    with pytest.raises(AppError) as refused:
        write_ics(target, ENTRIES, unit_name=UNIT, fiscal_year=2568, today=TODAY)
    assert refused.value.code == "ics.not_written"
    assert refused.value.values["path"] == Path(target)
    assert str(target) in str(refused.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]
    assert blocker.read_text() == "a file where the folder should be"


def test_a_failed_write_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "year.ics"
    target.write_bytes(b"the previous export")

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("ita_desktop.exchange.ics.write_atomically", full_disk)
    with pytest.raises(AppError, match="No space left on device"):
        write_ics(target, ENTRIES, unit_name=UNIT, fiscal_year=2568, today=TODAY)
    assert target.read_bytes() == b"the previous export"
