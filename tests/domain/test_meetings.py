"""The meeting rules without a database: numbers restart each 1 January, the seeds' default
agenda, attendance from the committee, action items carried into each next meeting until
done, and the checks a meeting must pass."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from ita_desktop.domain.committee import Committee, CommitteeOrder, Member, PersonFacts, Role
from ita_desktop.domain.meetings import (
    KIND_TITLES,
    ActionItem,
    AgendaItem,
    AgendaKind,
    Attendee,
    Meeting,
    Presence,
    agenda_title,
    attendees_from_committee,
    default_agenda,
    meeting_problems,
    new_meeting,
    next_meeting,
    open_actions,
    suggested_number,
)

PEOPLE = {i: PersonFacts(f"คนที่ {i}") for i in range(1, 8)}


def _meeting(number: int, dated: date, **changes: object) -> Meeting:
    meeting = Meeting(fiscal_year=2567, number=number, dated=dated, subject="การประชุม ITA",
                      chair_id=1, attendees=(Attendee(Presence.PRESENT, 1),))
    return replace(meeting, **changes)  # type: ignore[arg-type]


def _committee() -> Committee:
    order = CommitteeOrder(
        fiscal_year=2567, number=222, dated=date(2023, 12, 28), subject="แต่งตั้ง",
        body="คณะกรรมการ",
        members=(Member(4, Role.SECRETARY), Member(2, Role.MEMBER), Member(1, Role.HEAD),
                 Member(5, Role.ASSISTANT_SECRETARY), Member(3, Role.OTHER, "ที่ปรึกษา")))
    adds = CommitteeOrder(fiscal_year=2567, number=3, dated=date(2024, 1, 20), subject="เพิ่ม",
                          members=(Member(6, Role.MEMBER),))
    return Committee(order, (adds,))


def _with_actions(number: int, dated: date, *actions: ActionItem) -> Meeting:
    return _meeting(number, dated, agenda=(AgendaItem(AgendaKind.DIRECTIVES, items=(
        AgendaItem(AgendaKind.OTHER_TOPIC, text="ข้อสั่งการที่มีงาน", actions=actions),
        AgendaItem(AgendaKind.OTHER_TOPIC, text="ให้ประชุมเดือนละครั้ง"))),))


def test_numbers_restart_on_1_january_not_with_the_fiscal_year():
    held = [_meeting(1, date(2023, 11, 6)), _meeting(2, date(2023, 12, 4))]
    assert suggested_number(held, date(2023, 12, 20)) == 3
    # 5 January 2024 is B.E. 2567: a new numbering in the same fiscal year.
    assert suggested_number(held, date(2024, 1, 5)) == 1
    held.append(_meeting(1, date(2024, 1, 5)))
    assert suggested_number(held, date(2024, 2, 5)) == 2
    assert held[-1].number_text() == "๑/๒๕๖๗"


def test_the_first_meeting_gets_the_seed_agenda_without_adoption_or_matters_arising():
    agenda = default_agenda(None)
    assert [agenda_title(i) for i in agenda] == [
        "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "เรื่องเพื่อทราบ", "เรื่องเพื่อพิจารณา",
        "เรื่องอื่น ๆ (ถ้ามี)", "ข้อสั่งการของประธานที่ประชุม"]


def test_a_later_meeting_adopts_the_previous_minutes_by_number_and_follows_it_up():
    first = _with_actions(1, date(2024, 1, 5),
                          ActionItem("ประชาสัมพันธ์แบบวัด", person_id=5, id=41),
                          ActionItem("ลงข้อมูล OIT", who_text="งานอำนวยความสะดวก", id=42,
                                     done_on=date(2024, 1, 20)))
    agenda = default_agenda(first, open_actions([first]))
    assert [i.kind for i in agenda] == [
        AgendaKind.ANNOUNCEMENTS, AgendaKind.PREVIOUS_MINUTES, AgendaKind.MATTERS_ARISING,
        AgendaKind.INFORMATION, AgendaKind.CONSIDERATION, AgendaKind.OTHER,
        AgendaKind.DIRECTIVES]
    assert agenda_title(agenda[1]) == "เรื่องรับรองรายงานการประชุมครั้งที่ ๑/๒๕๖๗"
    arising = agenda[2].items
    # The directive without actions is followed in words; the one with actions through its
    # open action only (the done one needs no follow-up).
    assert [(i.text, i.title, i.follows_action_id, i.speaker_id) for i in arising] == [
        ("ให้ประชุมเดือนละครั้ง", "", None, None),
        ("", "ประชาสัมพันธ์แบบวัด", 41, 5)]


def test_an_open_action_is_carried_into_every_next_meeting_until_done():
    action = ActionItem("ประชาสัมพันธ์แบบวัด", person_id=5, id=41)
    first = _with_actions(1, date(2024, 1, 5), action)
    second = next_meeting(first, open_actions([first], before=date(2024, 2, 5)),
                          date(2024, 2, 5), 2)
    assert [i.follows_action_id for i in second.agenda[2].items] == [None, 41]
    third = next_meeting(second, open_actions([first, second], before=date(2024, 3, 4)),
                         date(2024, 3, 4), 3)
    assert 41 in [i.follows_action_id for i in third.agenda[2].items]
    done = _with_actions(1, date(2024, 1, 5), replace(action, done_on=date(2024, 2, 20)))
    fourth = next_meeting(second, open_actions([done, second], before=date(2024, 3, 4)),
                          date(2024, 3, 4), 3)
    assert 41 not in [i.follows_action_id for i in fourth.agenda[2].items]
    # Only meetings held before the new one count.
    assert open_actions([first], before=date(2024, 1, 5)) == []
    assert [o.meeting for o in open_actions([first])] == [first]


def test_attendees_are_the_committee_present_with_the_role_words_of_their_order():
    attendees = attendees_from_committee(_committee())
    assert [(a.person_id, a.presence, a.role_text) for a in attendees] == [
        (1, Presence.PRESENT, "หัวหน้าคณะกรรมการ"), (2, Presence.PRESENT, "คณะกรรมการ"),
        (3, Presence.PRESENT, "ที่ปรึกษา"), (4, Presence.PRESENT, "คณะกรรมการและเลขานุการ"),
        (5, Presence.PRESENT, "คณะกรรมการและผู้ช่วยเลขานุการ"),
        (6, Presence.PRESENT, "คณะทำงาน")]


def test_a_new_meeting_takes_chair_recorder_and_checker_from_the_committee():
    draft = new_meeting(2567, date(2024, 1, 25), 1, "การประชุม", _committee())
    assert (draft.chair_id, draft.recorder_id, draft.checker_id) == (1, 5, 4)
    assert len(draft.attendees) == 6
    without_assistant = Committee(replace(_committee().base, members=(
        Member(1, Role.HEAD), Member(4, Role.SECRETARY))))
    draft = new_meeting(2567, date(2024, 1, 5), 1, "การประชุม", without_assistant)
    assert (draft.recorder_id, draft.checker_id) == (4, 4)
    assert new_meeting(2567, date(2024, 1, 5), 1, "การประชุม", None).attendees == ()


def test_the_next_meeting_keeps_the_people_calls_the_absent_again_and_drops_guests():
    first = _meeting(1, date(2024, 1, 5), place="ห้องประชุม", recorder_id=5, checker_id=4,
                     start=time(10), end=time(12), attendees=(
                         Attendee(Presence.PRESENT, 1, role_text="ประธาน"),
                         Attendee(Presence.ABSENT, 2, role_text="กรรมการ", reason="ไปราชการ"),
                         Attendee(Presence.ATTENDING, 5, role_text="เจ้าหน้าที่"),
                         Attendee(Presence.ATTENDING, name="นายแขก", position="วิทยากร")))
    second = next_meeting(first, [], date(2024, 2, 5), 2)
    assert [(a.person_id, a.presence, a.role_text, a.reason) for a in second.attendees] == [
        (1, Presence.PRESENT, "ประธาน", ""), (2, Presence.PRESENT, "กรรมการ", ""),
        (5, Presence.ATTENDING, "เจ้าหน้าที่", "")]
    assert (second.place, second.chair_id, second.recorder_id, second.checker_id,
            second.number, second.id, second.start) == ("ห้องประชุม", 1, 5, 4, 2, None, None)


def test_a_typed_title_replaces_the_standard_words():
    assert agenda_title(AgendaItem(AgendaKind.INFORMATION)) == KIND_TITLES[
        AgendaKind.INFORMATION]
    assert agenda_title(AgendaItem(AgendaKind.INFORMATION, title="เรื่องแจ้งเพื่อทราบ")) == \
        "เรื่องแจ้งเพื่อทราบ"


def _codes(meeting: Meeting, others: list[Meeting] | None = None) -> list[str]:
    return [f.code for f in meeting_problems(meeting, PEOPLE, others or [])]


def test_a_sound_meeting_has_no_findings():
    meeting = _meeting(1, date(2024, 1, 5), start=time(10), end=time(12), recorder_id=5,
                       checker_id=4, attendees=(
                           Attendee(Presence.PRESENT, 1), Attendee(Presence.ABSENT, 2),
                           Attendee(Presence.ATTENDING, name="นายแขก")),
                       agenda=(AgendaItem(AgendaKind.DIRECTIVES, actions=(
                           ActionItem("ทำ", who_text="งานธุรการ"),)),))
    assert _codes(meeting) == []


def test_each_broken_rule_is_found():
    bad = _meeting(0, date(2025, 1, 5), subject=" ", start=time(12), end=time(10),
                   chair_id=None, recorder_id=99, checker_id=98, attendees=(
                       Attendee(Presence.PRESENT, 1), Attendee(Presence.ABSENT, 1),
                       Attendee(Presence.PRESENT, 97), Attendee(Presence.ATTENDING)),
                   agenda=(AgendaItem(AgendaKind.INFORMATION, speaker_id=96, items=(
                       AgendaItem(AgendaKind.OTHER_TOPIC, actions=(
                           ActionItem(" "), ActionItem("ทำ"), ActionItem("ส่ง", person_id=95),
                       )),)),))
    assert _codes(bad) == [
        "meetings.bad_number", "meetings.no_subject", "meetings.date_out_of_reach",
        "meetings.end_before_start", "meetings.no_chair", "meetings.recorder_not_in_roster",
        "meetings.checker_not_in_roster", "meetings.twice", "meetings.attendee_not_in_roster",
        "meetings.guest_no_name", "meetings.speaker_not_in_roster",
        "meetings.action_no_words", "meetings.action_no_who",
        "meetings.action_not_in_roster"]
    assert _codes(replace(bad, chair_id=94))[4] == "meetings.chair_not_in_roster"


def test_a_number_is_used_once_in_its_calendar_year():
    held = _meeting(1, date(2024, 1, 5), id=7)
    assert _codes(_meeting(1, date(2024, 2, 5)), [held]) == ["meetings.number_taken"]
    assert _codes(replace(held, place="อื่น"), [held]) == []  # itself, saved again
    # 1/2566 (December 2023) and 1/2567 are two numbers of one fiscal year.
    assert _codes(_meeting(1, date(2023, 12, 5)), [held]) == []
    finding = meeting_problems(_meeting(1, date(2024, 2, 5)), PEOPLE, [held])[0]
    assert finding.values == {"number": "1/2567", "date": "2024-01-05"}


def test_someone_who_had_left_before_the_meeting_cannot_take_part_in_it():
    left = {**PEOPLE, 2: PersonFacts("คนที่ 2", left_on=date(2024, 1, 31), active=False),
            5: PersonFacts("คนที่ 5", left_on=date(2024, 1, 31), active=False)}
    meeting = _meeting(2, date(2024, 2, 5), chair_id=2, recorder_id=5, checker_id=4,
                       attendees=(Attendee(Presence.PRESENT, 2), Attendee(Presence.ATTENDING, 5),
                                  Attendee(Presence.PRESENT, 1)))
    found = [f for f in meeting_problems(meeting, left) if f.code.endswith("_left")]
    assert [(f.code, f.values["name"]) for f in found] == [
        ("meetings.chair_left", "คนที่ 2"), ("meetings.recorder_left", "คนที่ 5"),
        ("meetings.attendee_left", "คนที่ 2"), ("meetings.attendee_left", "คนที่ 5")]
    # Listed as absent, or in a meeting held before they left, they are no finding.
    absent = replace(meeting, chair_id=1, recorder_id=4,
                     attendees=(Attendee(Presence.ABSENT, 2), Attendee(Presence.PRESENT, 1)))
    assert meeting_problems(absent, left) == []
    earlier = replace(meeting, number=1, dated=date(2024, 1, 15))
    assert [f for f in meeting_problems(earlier, left) if f.code.endswith("_left")] == []
