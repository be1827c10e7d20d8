"""The meetings' use cases without Qt, on the demo database (today 1 March 2025, fiscal year
2568: order 222/2567 of 28 December 2024, meetings 1/2568 of 5 January and 2/2568 of 5
February, an open publicity action of the first carried into the second)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from ita_desktop.domain.meetings import AgendaKind, Attendee, Presence
from ita_desktop.errors import AppError
from ita_desktop.services.meetings import (
    MeetingProblemsError,
    delete_meeting,
    meeting,
    meetings_of_year,
    new_meeting,
    next_meeting,
    open_actions,
    save_meeting,
    set_action_done,
)
from ita_desktop.store.errors import StoreError
from ita_desktop.store.meetings import MeetingChangedMeanwhileError

YEAR = 2568


def test_the_demo_holds_two_meetings_with_the_first_action_carried_into_the_second(demo_db):
    first, second = meetings_of_year(demo_db, YEAR)
    assert (first.number_text(), first.dated, second.number_text(), second.dated) == (
        "๑/๒๕๖๘", date(2025, 1, 5), "๒/๒๕๖๘", date(2025, 2, 5))
    [action] = first.actions()
    arising = next(i for i in second.agenda if i.kind is AgendaKind.MATTERS_ARISING)
    assert [i.follows_action_id for i in arising.items] == [action.id]
    assert [(a.reason) for a in second.of_presence(Presence.ABSENT)] == ["ไปราชการ"]
    assert [a.name for a in first.of_presence(Presence.ATTENDING) if a.person_id is None]
    assert [o.action.id for o in open_actions(demo_db, YEAR)] == [action.id]


def test_a_new_meeting_starts_from_the_committee_and_carries_the_open_action(demo_db):
    draft = new_meeting(demo_db, YEAR, date(2025, 3, 3))
    assert draft.number == 3 and draft.id is None
    members = [a for a in draft.attendees if a.presence is Presence.PRESENT]
    assert len(members) == 7 and members[0].role_text == "หัวหน้าคณะทำงาน"
    kinds = [i.kind for i in draft.agenda]
    assert AgendaKind.PREVIOUS_MINUTES in kinds
    adoption = draft.agenda[kinds.index(AgendaKind.PREVIOUS_MINUTES)]
    assert adoption.title.endswith("๒/๒๕๖๘")
    arising = draft.agenda[kinds.index(AgendaKind.MATTERS_ARISING)]
    [action] = meetings_of_year(demo_db, YEAR)[0].actions()
    assert action.id in [i.follows_action_id for i in arising.items]
    saved = save_meeting(demo_db, draft)
    assert meeting(demo_db, saved.id) == saved


def test_the_next_meeting_drops_the_carried_action_once_it_is_done(demo_db):
    first, second = meetings_of_year(demo_db, YEAR)
    [action] = first.actions()
    set_action_done(demo_db, action.id, date(2025, 2, 20))
    assert open_actions(demo_db, YEAR) == []
    draft = next_meeting(demo_db, second.id, date(2025, 3, 3))
    assert draft.number == 3
    followed = [i.follows_action_id for item in draft.agenda for i in item.items]
    assert action.id not in followed
    # Absent last time, called again this time.
    assert draft.of_presence(Presence.ABSENT) == []
    set_action_done(demo_db, action.id, None)
    assert [o.action.id for o in open_actions(demo_db, YEAR)] == [action.id]


def test_an_action_cannot_be_done_before_the_meeting_that_decided_it(demo_db):
    first = meetings_of_year(demo_db, YEAR)[0]
    [action] = first.actions()
    with pytest.raises(AppError) as refused:
        set_action_done(demo_db, action.id, date(2025, 1, 1))
    assert refused.value.code == "meetings.done_before_meeting"
    assert meeting(demo_db, first.id) == first


def test_a_meeting_breaking_the_rules_is_refused_whole_and_nothing_is_written(demo_db):
    first, second = meetings_of_year(demo_db, YEAR)
    bad = replace(second, number=1, end=time(9), attendees=(
        *second.attendees, Attendee(Presence.ATTENDING, name=" ")))
    with pytest.raises(MeetingProblemsError) as refused:
        save_meeting(demo_db, bad)
    assert [f.code for f in refused.value.findings] == [
        "meetings.number_taken", "meetings.end_before_start", "meetings.guest_no_name"]
    assert "1/2568" in refused.value.english()
    assert meetings_of_year(demo_db, YEAR) == [first, second]


def test_a_stale_save_is_refused_before_its_findings(demo_db):
    _, second = meetings_of_year(demo_db, YEAR)
    save_meeting(demo_db, replace(second, place="ห้องประชุมชั้น ๒"))
    with pytest.raises(MeetingChangedMeanwhileError):
        save_meeting(demo_db, replace(second, number=0))


def test_a_signed_off_meeting_is_kept_as_it_was_signed(demo_db):
    first = meetings_of_year(demo_db, YEAR)[0]
    demo_db.execute("INSERT INTO reports (kind, fiscal_year, subject_kind, subject_key, "
                    "number, title) VALUES ('minutes', 2568, 'meeting', '1/2568', 'R-1', "
                    "'รายงานการประชุม')")
    demo_db.conn.commit()
    with pytest.raises(AppError) as refused:
        save_meeting(demo_db, replace(first, place="ที่อื่น"))
    assert refused.value.code == "meetings.signed_off"
    with pytest.raises(StoreError) as kept:
        delete_meeting(demo_db, first.id, first.version)
    assert kept.value.code == "store.meeting_signed_off"
    # Following an action up is not part of the signed minutes.
    set_action_done(demo_db, first.actions()[0].id, date(2025, 2, 20))
    assert meeting(demo_db, first.id).place == first.place


def test_following_an_action_that_is_gone_is_refused(demo_db):
    first, second = meetings_of_year(demo_db, YEAR)
    delete_meeting(demo_db, first.id, first.version)
    # The stored second meeting lost the reference; a copy opened before still holds it.
    stored = meeting(demo_db, second.id)
    assert [i.follows_action_id for it in stored.agenda for i in it.items] == [None]
    with pytest.raises(MeetingProblemsError) as refused:
        save_meeting(demo_db, replace(second, version=stored.version))
    assert [f.code for f in refused.value.findings] == ["meetings.follows_missing"]
