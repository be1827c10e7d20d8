"""The year view's rules: what is late, what is due this week, the agenda list's order, what a
month view shows on a day, and the entries built from the calendar, the meetings and the OIT
tab's dates."""

from __future__ import annotations

from datetime import date, time

from ita_desktop.domain.calendar import (
    Duty,
    Phase,
    PhaseGroup,
    Responsible,
    UnitCalendar,
    WhoKind,
)
from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.meetings import ActionItem, AgendaItem, AgendaKind, Meeting
from ita_desktop.domain.year_view import (
    EntryKind,
    OitDue,
    YearEntry,
    days_late,
    in_order,
    is_due_soon,
    is_late,
    meeting_entries,
    oit_entries,
    on_day,
    phase_entries,
    within,
    year_summary,
)


def _due(day: date, *, done: bool = False, kind: EntryKind = EntryKind.ACTION,
         title: str = "ส่งเอกสาร", ref: str = "action:1") -> YearEntry:
    return YearEntry(kind=kind, title=title, start=day, end=day, ref=ref, done=done)


def _phase(start: date, end: date, title: str = "เผยแพร่ข้อมูล", ref: str = "phase:2568:1"
           ) -> YearEntry:
    return YearEntry(kind=EntryKind.PHASE, title=title, start=start, end=end, ref=ref)


def _meeting(day: date, at: time | None = time(9, 30), ref: str = "meeting:1") -> YearEntry:
    return YearEntry(kind=EntryKind.MEETING, title="ประชุมคณะทำงาน ครั้งที่ ๑/๒๕๖๘",
                     start=day, end=day, ref=ref, at=at)


# --- the late rule --------------------------------------------------------------------------


def test_work_is_late_only_from_the_day_after_its_due_day():
    work = _due(date(2025, 1, 31))
    assert not is_late(work, date(2025, 1, 30))
    assert not is_late(work, date(2025, 1, 31))  # the due day itself: still on time
    assert is_late(work, date(2025, 2, 1))
    assert days_late(work, date(2025, 2, 3)) == 3
    assert days_late(work, date(2025, 1, 31)) == 0


def test_done_work_is_never_late():
    assert not is_late(_due(date(2025, 1, 31), done=True), date(2025, 6, 1))


def test_phases_and_meetings_are_never_late():
    today = date(2025, 6, 1)
    assert not is_late(_phase(date(2025, 1, 1), date(2025, 1, 31)), today)
    assert not is_late(_meeting(date(2025, 1, 10)), today)
    assert not is_due_soon(_meeting(today), today)


def test_every_kind_of_due_work_can_be_late():
    today = date(2025, 6, 1)
    for kind in (EntryKind.ACTION, EntryKind.OIT_DEADLINE, EntryKind.DELIVERABLE):
        assert is_late(_due(date(2025, 5, 31), kind=kind), today), kind


# --- due this week --------------------------------------------------------------------------


def test_due_soon_runs_from_today_for_seven_days_across_a_month_end():
    today = date(2025, 1, 28)
    assert is_due_soon(_due(date(2025, 1, 28)), today)  # today
    assert is_due_soon(_due(date(2025, 2, 3)), today)  # the sixth day after, in February
    assert not is_due_soon(_due(date(2025, 2, 4)), today)  # a week away: next week
    assert not is_due_soon(_due(date(2025, 1, 27)), today)  # yesterday: late, not soon
    assert not is_due_soon(_due(date(2025, 1, 30), done=True), today)


def test_due_soon_across_the_fiscal_year_end():
    # 30 September is the last day of fiscal year 2568; work due in the first days of 2569
    # is still this week's.
    today = date(2025, 9, 29)
    assert is_due_soon(_due(date(2025, 10, 2)), today)
    assert is_due_soon(_due(date(2025, 10, 5)), today)
    assert not is_due_soon(_due(date(2025, 10, 6)), today)


def test_year_summary_lists_late_and_due_work_in_order():
    today = date(2025, 9, 29)
    late_b = _due(date(2025, 9, 20), title="ข", ref="action:2")
    late_a = _due(date(2025, 9, 10), title="ก", ref="action:3")
    soon_b = _due(date(2025, 10, 3), title="รายงาน OIT", ref="oit:2569:O1",
                  kind=EntryKind.OIT_DEADLINE)
    soon_a = _due(date(2025, 9, 29), title="ง", ref="action:4")
    done = _due(date(2025, 9, 1), done=True, ref="action:5")
    later = _due(date(2025, 10, 20), ref="action:6")
    phase = _phase(date(2025, 9, 1), date(2025, 9, 30))
    summary = year_summary([late_b, soon_b, done, later, phase, late_a, soon_a], today)
    assert summary.late == [late_a, late_b]
    assert summary.due_soon == [soon_a, soon_b]
    assert summary
    assert not year_summary([done, later, phase], today)


# --- order and days -------------------------------------------------------------------------


def test_a_phase_starting_on_a_meeting_day_heads_it_and_timed_entries_follow_by_time():
    day = date(2025, 1, 6)
    afternoon = _meeting(day, time(13, 30), ref="meeting:2")
    morning = _meeting(day, time(9, 0), ref="meeting:1")
    phase = _phase(day, date(2025, 1, 31))
    action = _due(day)
    earlier = _due(date(2025, 1, 5), ref="action:9")
    assert in_order([afternoon, action, morning, earlier, phase]) == \
        [earlier, phase, action, morning, afternoon]


def test_order_does_not_depend_on_the_order_read():
    day = date(2025, 3, 3)
    entries = [_due(day, title="ข", ref="action:2"), _due(day, title="ก", ref="action:1"),
               _due(day, kind=EntryKind.OIT_DEADLINE, title="ก", ref="oit:2568:O1")]
    assert in_order(entries) == in_order(reversed(entries))
    assert [e.ref for e in in_order(entries)] == ["action:1", "action:2", "oit:2568:O1"]


def test_on_day_shows_a_phase_on_every_day_of_its_span_across_a_month():
    phase = _phase(date(2025, 1, 20), date(2025, 2, 10))
    meeting = _meeting(date(2025, 2, 1))
    entries = [meeting, phase]
    assert on_day(entries, date(2025, 1, 19)) == []
    assert on_day(entries, date(2025, 1, 20)) == [phase]
    assert on_day(entries, date(2025, 1, 31)) == [phase]
    assert on_day(entries, date(2025, 2, 1)) == [phase, meeting]
    assert on_day(entries, date(2025, 2, 10)) == [phase]
    assert on_day(entries, date(2025, 2, 11)) == []


def test_within_keeps_a_phase_that_runs_into_the_span():
    running_in = _phase(date(2024, 9, 15), date(2024, 10, 15))
    outside = _due(date(2024, 9, 30))
    inside = _due(date(2025, 9, 30), ref="action:2")
    assert within([inside, outside, running_in], date(2024, 10, 1), date(2025, 9, 30)) == \
        [running_in, inside]


# --- builders -------------------------------------------------------------------------------


def _calendar() -> UnitCalendar:
    return UnitCalendar(fiscal_year=2568, phases=(
        Phase(PhaseGroup.ASSESSMENT, date(2025, 1, 6), date(2025, 2, 28), "ประเมิน IIT",
              work="ผู้มีส่วนได้ส่วนเสียภายในตอบแบบวัด",
              responsible=(Responsible(Duty.CONTROLLER, WhoKind.PERSON, person_id=7),
                           Responsible(Duty.COLLECTOR, WhoKind.SECTION, section_key="admin"),
                           Responsible(Duty.PRACTITIONER, WhoKind.PERSON, person_id=7),
                           Responsible(Duty.UNLABELLED, WhoKind.WORDS,
                                       text="หน่วยประเมิน"))),
        Phase(PhaseGroup.PREPARATION, date(2024, 10, 1), date(2024, 10, 31), "แต่งตั้งคณะทำงาน"),
        Phase(PhaseGroup.PREPARATION, date(2024, 11, 1), date(2024, 11, 30), "ประชุมชี้แจง"),
    ))


def test_phase_entries_follow_the_table_with_stable_refs_and_the_group_as_detail():
    entries = phase_entries(_calendar(), name_of={7: "ร.ต.อ.สมชาย ใจดี"}.__getitem__,
                            section_of={"admin": "งานอำนวยการ"}.__getitem__)
    assert [(e.ref, e.title) for e in entries] == [
        ("phase:2568:1", "แต่งตั้งคณะทำงาน"), ("phase:2568:2", "ประชุมชี้แจง"),
        ("phase:2568:3", "ประเมิน IIT")]
    iit = entries[2]
    assert iit.kind is EntryKind.PHASE
    assert (iit.start, iit.end) == (date(2025, 1, 6), date(2025, 2, 28))
    assert iit.detail == "ช่วงดำเนินการประเมิน\nผู้มีส่วนได้ส่วนเสียภายในตอบแบบวัด"
    assert iit.who == "ร.ต.อ.สมชาย ใจดี, งานอำนวยการ, หน่วยประเมิน"
    assert entries[0].detail == "ช่วงเตรียมการประเมิน"
    assert phase_entries(_calendar()) == phase_entries(_calendar())
    # Without the roster, a person is left out rather than shown as a number.
    assert phase_entries(_calendar())[2].who == "หน่วยประเมิน"


def _meetings() -> list[Meeting]:
    directive = AgendaItem(AgendaKind.OTHER_TOPIC, actions=(
        ActionItem("จัดทำข้อมูล O1", person_id=7, due=date(2024, 1, 31), id=21),
        ActionItem("ติดตามผล", who_text="งานอำนวยการ", id=22),
    ))
    decision = AgendaItem(AgendaKind.CONSIDERATION, actions=(
        ActionItem("เผยแพร่ข้อมูล", person_id=7, who_text="และคณะ", due=date(2024, 2, 15),
                   id=23),
    ))
    first = Meeting(
        fiscal_year=2567, number=1, dated=date(2024, 1, 5), subject="ประชุมคณะทำงาน ITA",
        place="ห้องประชุม ตม.จว.", start=time(9, 30), end=time(12, 0), id=11, chair_id=7,
        agenda=(AgendaItem(AgendaKind.DIRECTIVES, items=(directive,)), decision))
    second = Meeting(
        fiscal_year=2567, number=2, dated=date(2024, 2, 20), subject="ประชุมคณะทำงาน ITA",
        id=12, start=time(13, 0), end=time(12, 0),
        agenda=(AgendaItem(AgendaKind.MATTERS_ARISING, actions=(
            ActionItem("จัดทำข้อมูล O1", person_id=7, due=date(2024, 1, 31),
                       done_on=date(2024, 2, 1), id=21),)),))
    return [second, first]


def test_meeting_entries_hold_each_meeting_and_its_dated_action_items():
    entries = meeting_entries(_meetings(), {7: "ร.ต.อ.สมชาย ใจดี"}.__getitem__,
                              DigitStyle.ARABIC)
    meetings = [e for e in entries if e.kind is EntryKind.MEETING]
    assert [(m.ref, m.title, m.start, m.at, m.until) for m in meetings] == [
        ("meeting:11", "ประชุมคณะทำงาน ครั้งที่ 1/2567", date(2024, 1, 5), time(9, 30),
         time(12, 0)),
        # An end time before the start cannot be shown: the meeting keeps its start only.
        ("meeting:12", "ประชุมคณะทำงาน ครั้งที่ 2/2567", date(2024, 2, 20), time(13, 0), None)]
    assert meetings[0].place == "ห้องประชุม ตม.จว."
    # The chair is who answers for a meeting; a meeting without one names nobody.
    assert [m.who for m in meetings] == ["ร.ต.อ.สมชาย ใจดี", ""]
    assert "ห้องประชุม ตม.จว." in meetings[0].detail
    actions = {e.ref: e for e in entries if e.kind is EntryKind.ACTION}
    # The action without a due day (22) is not dated and so not shown.
    assert sorted(actions) == ["action:21", "action:23"]
    assert actions["action:23"].who == "ร.ต.อ.สมชาย ใจดี, และคณะ"
    assert actions["action:23"].end == date(2024, 2, 15)
    assert not actions["action:23"].done
    # Carried into meeting 2 and done there: shown once, done, so never late.
    assert actions["action:21"].done
    assert not is_late(actions["action:21"], date(2024, 6, 1))
    assert is_late(actions["action:23"], date(2024, 2, 16))


def test_meeting_titles_follow_the_digit_style():
    entries = meeting_entries(_meetings()[1:], lambda _: "", DigitStyle.THAI)
    assert entries[0].title == "ประชุมคณะทำงาน ครั้งที่ ๑/๒๕๖๗"


def test_oit_entries_are_due_work_with_their_own_refs():
    entries = oit_entries([
        OitDue(2568, "O12", "รายงานผลการดำเนินงาน", date(2025, 3, 31)),
        OitDue(2568, "O5", "ข่าวประชาสัมพันธ์", date(2025, 2, 5), month=date(2025, 1, 1),
               done=True),
    ])
    assert [(e.kind, e.ref, e.title) for e in entries] == [
        (EntryKind.OIT_DEADLINE, "oit:2568:O12", "O12 รายงานผลการดำเนินงาน"),
        (EntryKind.DELIVERABLE, "deliverable:2568:O5:2025-01", "O5 ข่าวประชาสัมพันธ์")]
    assert is_late(entries[0], date(2025, 4, 1))
    assert not is_late(entries[1], date(2025, 4, 1))
