"""Every date of the year from the database, without Qt: the demo (today 1 March 2025, fiscal
year 2568) holds the calendar's 14 phases, meetings 1/2568 (5 January, 10:00-12:00) and 2/2568
(5 February, 14:00-15:00), and the first meeting's publicity action, due 26 January, carried
out by the ITAP administrator (roster number 12) and still open."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import icalendar
import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.year_view import EntryKind
from ita_desktop.errors import AppError
from ita_desktop.services import year_view
from ita_desktop.services.meetings import (
    meetings_of_year,
    new_meeting,
    save_meeting,
    set_action_done,
)
from ita_desktop.store.people import PeopleRepository

YEAR = 2568
ADMIN = "ร.ต.อ.หญิง ศิริพร นาคสวัสดิ์"
ADMIN_ID = 12
ACTION = "ประชาสัมพันธ์แบบวัด IIT และ EIT ทุกช่องทางของหน่วย"
# The demo's OIT plan adds the items' deadlines and monthly reports to the year; the tests of
# the calendar and the meetings look at the rest.
OIT_KINDS = frozenset({EntryKind.OIT_DEADLINE, EntryKind.DELIVERABLE})


def _without_oit(entries):  # type: ignore[no-untyped-def]
    return [entry for entry in entries if entry.kind not in OIT_KINDS]


def _oit_count(db) -> int:  # type: ignore[no-untyped-def]
    return sum(entry.kind in OIT_KINDS for entry in year_view.year_entries(db, YEAR))


def _kinds(entries) -> dict[EntryKind, list]:  # type: ignore[no-untyped-def]
    found: dict[EntryKind, list] = {}
    for entry in entries:
        found.setdefault(entry.kind, []).append(entry)
    return found


def test_the_demo_year_lists_its_phases_meetings_and_the_dated_action(demo_db):
    entries = _without_oit(year_view.year_entries(demo_db, YEAR))
    kinds = _kinds(entries)
    assert len(kinds[EntryKind.PHASE]) == 14
    assert [(m.title, m.start, m.at, m.until) for m in kinds[EntryKind.MEETING]] == [
        ("ประชุมคณะทำงาน ครั้งที่ ๑/๒๕๖๘", date(2025, 1, 5), time(10), time(12)),
        ("ประชุมคณะทำงาน ครั้งที่ ๒/๒๕๖๘", date(2025, 2, 5), time(14), time(15))]
    [action] = kinds[EntryKind.ACTION]
    assert (action.title, action.end, action.who, action.done) == (
        ACTION, date(2025, 1, 10), ADMIN, False)
    # The agenda list's order: by day, so the action sits between the two meetings.
    assert [e.kind for e in entries if e.kind is not EntryKind.PHASE] == [
        EntryKind.MEETING, EntryKind.ACTION, EntryKind.MEETING]
    assert [e.start for e in entries] == sorted(e.start for e in entries)
    assert entries[0].title == "การเตรียมความพร้อม" and entries[-1].start == date(2025, 9, 1)


def test_arabic_digits_word_the_meetings_in_arabic(demo_db):
    titles = [e.title for e in year_view.year_entries(demo_db, YEAR, digits=DigitStyle.ARABIC)
              if e.kind is EntryKind.MEETING]
    assert titles == ["ประชุมคณะทำงาน ครั้งที่ 1/2568", "ประชุมคณะทำงาน ครั้งที่ 2/2568"]


@pytest.mark.parametrize(("today", "late", "soon"), [
    (date(2025, 1, 3), False, False),  # a week and a day ahead: not yet this week's work
    (date(2025, 1, 4), False, True),
    (date(2025, 1, 10), False, True),  # the due day itself is not late
    (date(2025, 1, 11), True, False),
    (date(2025, 3, 1), True, False),
])
def test_the_summary_tells_the_action_due_this_week_then_late(demo_db, today, late, soon):
    said = year_view.summary(demo_db, YEAR, today)
    assert [e.title for e in _without_oit(said.late)] == ([ACTION] if late else [])
    assert [e.title for e in _without_oit(said.due_soon)] == ([ACTION] if soon else [])
    # Phases and meetings are events that happen, never late work.
    assert not {e.kind for e in [*said.late, *said.due_soon]} & {EntryKind.PHASE,
                                                                 EntryKind.MEETING}


def test_an_action_done_leaves_the_late_list_but_stays_in_the_year(demo_db):
    [action] = meetings_of_year(demo_db, YEAR)[0].actions()
    set_action_done(demo_db, action.id, date(2025, 2, 1))
    said = year_view.summary(demo_db, YEAR, date(2025, 3, 1))
    assert _without_oit([*said.late, *said.due_soon]) == []
    [listed] = _kinds(year_view.year_entries(demo_db, YEAR))[EntryKind.ACTION]
    assert listed.done and listed.title == ACTION


def test_names_of_people_who_have_left_are_still_shown(demo_db):
    PeopleRepository(demo_db).set_active(ADMIN_ID, False, on=date(2025, 2, 10))
    entries = year_view.year_entries(demo_db, YEAR)
    [action] = _kinds(entries)[EntryKind.ACTION]
    assert action.who == ADMIN
    # The assessment phases name her as ผู้ดูแลระบบ beside the controller.
    assert sum(ADMIN in e.who for e in _kinds(entries)[EntryKind.PHASE]) == 6


def _september_meeting(demo_db, due: date):  # type: ignore[no-untyped-def]
    """A third meeting of the year on 20 September 2025 directing an action due on ``due``."""
    draft = new_meeting(demo_db, YEAR, date(2025, 9, 20))
    first = meetings_of_year(demo_db, YEAR)[0]
    [action] = first.actions()
    directive = replace(first.agenda[-1].items[0], actions=(replace(
        action, id=None, what="สรุปผลการดำเนินงานส่งหน่วยเหนือ", due=due, done_on=None),))
    agenda = tuple(replace(item, items=(directive,)) if item.kind is first.agenda[-1].kind
                   else item for item in draft.agenda)
    return save_meeting(demo_db, replace(draft, agenda=agenda))


def test_an_action_due_after_the_year_belongs_to_the_next_years_view(demo_db):
    _september_meeting(demo_db, date(2025, 10, 15))
    this_year = year_view.year_entries(demo_db, YEAR)
    assert [e.start for e in _kinds(this_year)[EntryKind.MEETING]][-1] == date(2025, 9, 20)
    assert "สรุปผลการดำเนินงานส่งหน่วยเหนือ" not in [e.title for e in this_year]
    next_year = year_view.year_entries(demo_db, YEAR + 1)
    assert [(e.kind, e.title, e.start) for e in _without_oit(next_year)
            if e.kind is not EntryKind.PHASE] == [
        (EntryKind.ACTION, "สรุปผลการดำเนินงานส่งหน่วยเหนือ", date(2025, 10, 15))]
    # And the next year's notice warns of it once it is late.
    late = year_view.summary(demo_db, YEAR + 1, date(2025, 10, 20)).late
    assert [e.title for e in _without_oit(late)] == ["สรุปผลการดำเนินงานส่งหน่วยเหนือ"]
    assert all(date(2025, 10, 1) <= e.end and e.start <= date(2026, 9, 30) for e in next_year)


def test_a_meeting_of_next_years_committee_held_in_september_is_on_its_day(demo_db):
    # The next year's committee may meet in this year's last quarter: the meeting is listed
    # on the day it is held, in this year's view, not lost from both.
    draft = new_meeting(demo_db, YEAR + 1, date(2025, 9, 25))
    early = save_meeting(demo_db, replace(draft, chair_id=1))
    titles = [e.title for e in year_view.year_entries(demo_db, YEAR)]
    assert f"ประชุมคณะทำงาน ครั้งที่ {early.number_text()}" in titles
    assert EntryKind.MEETING not in _kinds(year_view.year_entries(demo_db, YEAR + 1))


def _parsed(path) -> dict[str, icalendar.Event]:  # type: ignore[no-untyped-def]
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_the_ics_file_holds_every_entry_and_icalendar_reads_it(demo_db, tmp_path):
    out = tmp_path / "year.ics"
    count = year_view.export_ics(demo_db, YEAR, out, date(2025, 3, 1))
    events = _parsed(out)
    assert count == len(events) == 17 + _oit_count(demo_db)
    by_title = {str(e["SUMMARY"]): e for e in events.values()}
    meeting = by_title["ประชุมคณะทำงาน ครั้งที่ ๑/๒๕๖๘"]
    start, end = meeting["DTSTART"].dt, meeting["DTEND"].dt
    assert (start.replace(tzinfo=None), end.replace(tzinfo=None)) == (
        datetime(2025, 1, 5, 10), datetime(2025, 1, 5, 12))
    assert start.utcoffset() == timedelta(hours=7) and "Bangkok" in str(start.tzinfo)
    assert "ห้องประชุม ศูนย์ปฏิบัติการ" in str(meeting["LOCATION"])
    phase = by_title["ประกาศและเผยแพร่ผลการประเมิน"]
    # All day: dates, not times, the end the day after the phase's last day.
    assert (phase["DTSTART"].dt, phase["DTEND"].dt) == (date(2025, 9, 1), date(2025, 10, 1))
    assert not isinstance(phase["DTSTART"].dt, datetime)
    action = by_title[ACTION]
    assert "เลยกำหนด" in str(action["DESCRIPTION"]) and ADMIN in str(action["DESCRIPTION"])
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๘" in str(calendar["X-WR-CALNAME"])


def test_exported_twice_the_events_keep_their_uids(demo_db, tmp_path):
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    year_view.export_ics(demo_db, YEAR, first, date(2025, 1, 20))
    [meeting] = [m for m in meetings_of_year(demo_db, YEAR) if m.number == 2]
    # A meeting moved by a day is the same event to the phone, updated in place.
    save_meeting(demo_db, replace(meeting, dated=date(2025, 2, 6)))
    year_view.export_ics(demo_db, YEAR, second, date(2025, 3, 1))
    before, after = _parsed(first), _parsed(second)
    assert set(before) == set(after) and len(after) == 17 + _oit_count(demo_db)
    moved = next(uid for uid, e in after.items() if str(e["SUMMARY"]).endswith("๒/๒๕๖๘"))
    assert before[moved]["DTSTART"].dt.date() == date(2025, 2, 5)
    assert after[moved]["DTSTART"].dt.date() == date(2025, 2, 6)


def test_an_unwritable_path_is_refused_and_leaves_no_file(demo_db, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    folder = tmp_path / "a-folder.ics"
    folder.mkdir()
    for out in (blocker / "year.ics", folder):
        with pytest.raises(AppError) as refused:
            year_view.export_ics(demo_db, YEAR, out, date(2025, 3, 1))
        assert refused.value.code == "ics.not_written"
        assert str(out) in str(refused.value)
    # Nothing half written: no temporary file beside either, the folder still empty.
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.sqlite")
                  ) == ["a-file", "a-folder.ics"]
    assert list(folder.iterdir()) == [] and blocker.read_text() == "not a folder"


def test_the_demo_years_oit_work_is_in_the_year_and_the_notice(demo_db):
    entries = year_view.year_entries(demo_db, YEAR)
    kinds = _kinds(entries)
    # Six monthly items, a report for each month of the year but September, due in October.
    assert len(kinds[EntryKind.DELIVERABLE]) == 6 * 11
    assert all(e.title.startswith("O") for e in kinds[EntryKind.OIT_DEADLINE])
    said = year_view.summary(demo_db, YEAR, date(2025, 3, 1))
    assert {e.kind for e in said.late} >= {EntryKind.OIT_DEADLINE}
    assert {e.kind for e in said.due_soon} >= {EntryKind.OIT_DEADLINE, EntryKind.DELIVERABLE}
    # September's reports of 2568 are due in October, in 2569's view.
    next_year = _kinds(year_view.year_entries(demo_db, YEAR + 1))[EntryKind.DELIVERABLE]
    assert {e.ref.rsplit(":", 1)[-1] for e in next_year} == {"2025-09"}
