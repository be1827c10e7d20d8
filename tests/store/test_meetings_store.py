"""The meetings as stored: seed 002's meeting 1/2567 comes back whole (attendance, the agenda
tree, resolutions, action items), a save over someone else's change is refused, and action
items keep their ids across saves so that later meetings can follow them."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, time

import pytest

from ita_desktop.domain.meetings import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Attendee,
    Meeting,
    Presence,
)
from ita_desktop.domain.roster import Person
from ita_desktop.domain.signoff import SubjectKind
from ita_desktop.domain.units import UnitKind
from ita_desktop.store.errors import StoreError
from ita_desktop.store.meetings import MeetingChangedMeanwhileError, MeetingRepository
from ita_desktop.store.people import PeopleRepository

KIND = UnitKind.PROVINCIAL_IMMIGRATION


def _people(db, count: int = 5) -> list[int]:  # type: ignore[no-untyped-def]
    repo = PeopleRepository(db)
    return [repo.add(Person(rank_key="pol_capt", first_name=f"สมชาย{i}", last_name="ใจดี",
                            phone=f"08100000{i:02d}"), KIND).id for i in range(count)]


def seed_meeting(ids: list[int]) -> Meeting:
    """The shape of seed 002's meeting 1/2567 (5 January 2024, 10.00–12.00)."""
    chair, deputy, secretary, helper, away = ids
    directive = AgendaItem(
        AgendaKind.OTHER_TOPIC,
        text="ให้ประชาสัมพันธ์ให้ผู้มีส่วนได้ส่วนเสียทั้งภายในและภายนอกรับทราบและตอบแบบวัด",
        speaker_id=chair,
        actions=(ActionItem("ประชาสัมพันธ์แบบวัด IIT และ EIT", person_id=helper,
                            due=date(2024, 1, 26)),
                 ActionItem("ลงข้อมูล OIT ในระบบ ITAP", who_text="งานอำนวยความสะดวก",
                            due=date(2024, 2, 1))))
    return Meeting(
        fiscal_year=2567, number=1, dated=date(2024, 1, 5),
        subject="การขับเคลื่อนและกำกับติดตามการประเมิน ITA ของ ตม.จว.มุกดาหาร",
        place="ห้องประชุม ศูนย์ปฏิบัติการตรวจคนเข้าเมืองจังหวัดมุกดาหาร",
        start=time(10, 0), end=time(12, 0), chair_id=chair,
        attendees=(
            Attendee(Presence.PRESENT, chair, role_text="ประธานกรรมการ"),
            Attendee(Presence.PRESENT, deputy, role_text="กรรมการ"),
            Attendee(Presence.PRESENT, secretary, role_text="กรรมการและเลขานุการ"),
            Attendee(Presence.ATTENDING, helper, role_text="เจ้าหน้าที่/ผู้ช่วยเลขานุการ"),
            Attendee(Presence.ABSENT, away, role_text="เจ้าหน้าที่",
                     reason="ปฏิบัติหน้าที่งานบริการคนต่างด้าว"),
            Attendee(Presence.ATTENDING, name="นายแขก รับเชิญ", position="ผู้แทนหน่วยงาน"),
        ),
        agenda=(
            AgendaItem(AgendaKind.ANNOUNCEMENTS, text="ตามที่ สำนักงาน ป.ป.ช. …",
                       resolution="รับทราบ"),
            AgendaItem(AgendaKind.INFORMATION, speaker_id=secretary, speaker_text="เลขาฯ",
                       resolution="รับทราบ", items=(
                           AgendaItem(AgendaKind.OTHER_TOPIC, text="แจ้งคำสั่ง ที่ ๒๒๒/๒๕๖๖"),
                           AgendaItem(AgendaKind.OTHER_TOPIC, text="เสนอปฏิทินการประเมิน"),
                           AgendaItem(AgendaKind.OTHER_TOPIC, text="แจ้งคำนิยาม", items=(
                               AgendaItem(AgendaKind.OTHER_TOPIC, text="ผู้มีส่วนได้ส่วนเสีย"
                                          "ภายใน"),
                               AgendaItem(AgendaKind.OTHER_TOPIC, text="เว็บไซต์ของหน่วยงาน"),
                           )))),
            AgendaItem(AgendaKind.CONSIDERATION, text="มอบหมายหน้าที่ OIT", oit_table=True,
                       resolution="รับทราบ"),
            AgendaItem(AgendaKind.OTHER, text="(ไม่มี)"),
            AgendaItem(AgendaKind.DIRECTIVES, resolution="รับทราบ", items=(directive,)),
        ),
        recorder_id=helper, checker_id=secretary)


def _without_ids(meeting: Meeting) -> Meeting:
    def clean(items: tuple[AgendaItem, ...]) -> tuple[AgendaItem, ...]:
        return tuple(replace(i, items=clean(i.items),
                             actions=tuple(replace(a, id=None) for a in i.actions))
                     for i in items)
    return replace(meeting, id=None, version=None, agenda=clean(meeting.agenda))


def test_seed_meeting_comes_back_whole_in_its_order(db):
    ids = _people(db)
    repo = MeetingRepository(db)
    meeting = seed_meeting(ids)
    saved = repo.add(meeting)
    assert saved.id is not None and saved.version == 1
    assert _without_ids(saved) == meeting
    assert repo.get(saved.id) == saved
    assert [a.id for a in saved.actions()] == sorted(a.id for a in saved.actions())
    assert all(a.id is not None for a in saved.actions())
    assert repo.of_year(2567) == [saved] and repo.of_year(2568) == []
    sub = saved.agenda[1].items[2].items
    assert [i.text for i in sub] == ["ผู้มีส่วนได้ส่วนเสียภายใน", "เว็บไซต์ของหน่วยงาน"]
    depths = [r["depth"] for r in db.query(
        "SELECT depth FROM meeting_agenda_items WHERE text = 'เว็บไซต์ของหน่วยงาน'")]
    assert depths == [2]


def test_a_changed_agenda_is_saved_as_changed_not_appended(db):
    repo = MeetingRepository(db)
    saved = repo.add(seed_meeting(_people(db)))
    changed = replace(saved, agenda=tuple(reversed(saved.agenda[:4])) + saved.agenda[4:],
                      attendees=saved.attendees[:2], start=None, end=None)
    again = repo.update(changed)
    assert again.version == 2
    assert repo.get(saved.id) == again
    assert [i.kind for i in again.agenda] == [AgendaKind.OTHER, AgendaKind.CONSIDERATION,
                                              AgendaKind.INFORMATION, AgendaKind.ANNOUNCEMENTS,
                                              AgendaKind.DIRECTIVES]
    assert len(again.attendees) == 2 and again.start is None


def test_a_stale_save_is_refused_and_nothing_is_written(db):
    repo = MeetingRepository(db)
    saved = repo.add(seed_meeting(_people(db)))
    theirs = repo.update(replace(saved, place="ห้องประชุมชั้น ๒"))
    with pytest.raises(MeetingChangedMeanwhileError) as refused:
        repo.update(replace(saved, place="ห้องประชุมชั้น ๓"))
    assert refused.value.values["number"] == "1/2567"
    assert repo.get(saved.id) == theirs


def test_action_ids_survive_resaving_and_moving_and_later_references_stay(db):
    ids = _people(db)
    repo = MeetingRepository(db)
    first = repo.add(seed_meeting(ids))
    publicise, oit = first.actions()
    second = repo.add(Meeting(
        fiscal_year=2567, number=2, dated=date(2024, 2, 5), subject="ครั้งที่ ๒",
        chair_id=ids[0], agenda=(AgendaItem(AgendaKind.MATTERS_ARISING, items=(
            AgendaItem(AgendaKind.OTHER_TOPIC, title=publicise.what,
                       follows_action_id=publicise.id),)),)))
    # The directive moves under announcements, its words change, the OIT action is dropped.
    directive = first.agenda[4].items[0]
    moved = replace(directive, actions=(replace(publicise, what="ประชาสัมพันธ์แบบวัดทุกช่องทาง"),))
    changed = replace(first, agenda=(replace(first.agenda[0], items=(moved,)),
                                     *first.agenda[1:4], replace(first.agenda[4], items=())))
    again = repo.update(changed)
    assert [(a.id, a.what) for a in again.actions()] == [(publicise.id,
                                                          "ประชาสัมพันธ์แบบวัดทุกช่องทาง")]
    assert repo.get(second.id).agenda[0].items[0].follows_action_id == publicise.id
    # The dropped action is gone; nothing followed it, so nothing else changed.
    assert oit.id not in {a.id for m in repo.all() for a in m.actions()}


def test_deleting_an_action_a_later_meeting_follows_keeps_the_later_item_as_words(db):
    ids = _people(db)
    repo = MeetingRepository(db)
    first = repo.add(seed_meeting(ids))
    action = first.actions()[0]
    second = repo.add(Meeting(
        fiscal_year=2567, number=2, dated=date(2024, 2, 5), subject="ครั้งที่ ๒",
        chair_id=ids[0], agenda=(AgendaItem(AgendaKind.MATTERS_ARISING, items=(
            AgendaItem(AgendaKind.OTHER_TOPIC, title=action.what,
                       follows_action_id=action.id),)),)))
    repo.delete(first.id, first.version)
    item = repo.get(second.id).agenda[0].items[0]
    assert item.follows_action_id is None and item.title == action.what


def test_an_action_marked_done_moves_the_meeting_on_so_a_stale_copy_cannot_reopen_it(db):
    repo = MeetingRepository(db)
    saved = repo.add(seed_meeting(_people(db)))
    action = saved.actions()[0]
    after = repo.set_action_done(action.id, date(2024, 1, 20))
    assert after.actions()[0].done_on == date(2024, 1, 20) and not after.actions()[0].is_open
    assert after.version == saved.version + 1
    with pytest.raises(MeetingChangedMeanwhileError):
        repo.update(saved)
    with pytest.raises(StoreError) as missing:
        repo.set_action_done(99999, None)
    assert missing.value.code == "store.no_action"


def test_a_number_twice_in_one_calendar_year_is_refused_by_the_file_itself(db):
    ids = _people(db)
    repo = MeetingRepository(db)
    repo.add(seed_meeting(ids))
    with pytest.raises(sqlite3.IntegrityError):
        repo.add(replace(seed_meeting(ids), dated=date(2024, 3, 1)))
    # The same number in the next calendar year is another meeting.
    assert repo.add(replace(seed_meeting(ids), dated=date(2025, 1, 6),
                            fiscal_year=2568)).number == 1


def test_a_meeting_with_signed_off_minutes_cannot_be_deleted(db):
    repo = MeetingRepository(db)
    saved = repo.add(seed_meeting(_people(db)))
    # The register's row for the minutes, as a sign-off leaves it.
    db.execute("INSERT INTO reports (kind, fiscal_year, subject_kind, subject_key, number, "
               "title) VALUES ('minutes', 2567, ?, '1/2567', 'R-1', 'รายงานการประชุม')",
               (str(SubjectKind.MEETING),))
    db.conn.commit()
    with pytest.raises(StoreError) as refused:
        repo.delete(saved.id, saved.version)
    assert refused.value.code == "store.meeting_signed_off"
    assert repo.get(saved.id) == saved


def test_an_action_id_of_another_meeting_or_listed_twice_is_stored_as_a_new_action(db):
    ids = _people(db)
    repo = MeetingRepository(db)
    first = repo.add(seed_meeting(ids))
    publicise = first.actions()[0]
    # A copy of the first meeting's action in a new meeting does not take the action over.
    other = repo.add(replace(seed_meeting(ids), number=2, dated=date(2024, 2, 5),
                             agenda=(AgendaItem(AgendaKind.DIRECTIVES, actions=(publicise,)),)))
    [copied] = other.actions()
    assert copied.id != publicise.id and copied.what == publicise.what
    assert repo.get(first.id).actions()[0] == publicise
    # An action row duplicated in the editor keeps the id once; the copy is a new action.
    doubled = replace(first, agenda=(replace(first.agenda[0], actions=(publicise, publicise)),
                                     *first.agenda[1:4], replace(first.agenda[4], items=())))
    again = repo.update(doubled)
    assert [a.id == publicise.id for a in again.actions()] == [True, False]
