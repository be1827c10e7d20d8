"""The editor's passive models on their own: Qt's model checker over the seed-like meeting,
and the tree's moves, additions and removals keeping the agenda's shape."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.meetings import AgendaItem, AgendaKind
from ita_desktop.ui.calendar.action_dialog import ActionModel
from ita_desktop.ui.calendar.attendance_model import AttendanceModel
from ita_desktop.ui.calendar.meeting_agenda_model import AgendaModel
from tests.ui.calendar.seed_meeting import ROSTER, seed_meeting

PEOPLE = {p.id: p for p in ROSTER if p.id is not None}


def test_the_models_keep_qts_rules(qtmodeltester):
    meeting = seed_meeting()
    agenda = AgendaModel()
    agenda.set_items(meeting.agenda, DigitStyle.ARABIC)
    qtmodeltester.check(agenda)
    attendance = AttendanceModel(lambda: PEOPLE, lambda: DigitStyle.ARABIC)
    attendance.set_attendees(meeting.attendees)
    qtmodeltester.check(attendance)
    actions = ActionModel(lambda: PEOPLE, lambda: DigitStyle.ARABIC)
    actions.set_actions(meeting.actions())
    qtmodeltester.check(actions)


def test_the_agenda_tree_adds_moves_and_removes_without_touching_the_rest():
    meeting = seed_meeting()
    model = AgendaModel()
    model.set_items(meeting.agenda, DigitStyle.ARABIC)
    consideration = model.index(2, 0)
    added = model.add(AgendaItem(AgendaKind.OTHER_TOPIC, title="เพิ่ม"), consideration, 0)
    assert model.index(0, AgendaModel.NUMBER, consideration).data() == "3.1"
    assert model.index(1, AgendaModel.NUMBER, consideration).data() == "3.2"
    moved = model.move(added, 1)
    assert moved.row() == 1 and model.move(model.index(2, 0, consideration), 1).isValid() is False
    assert [i.title or i.text for i in model.items()[2].items] == [
        "แบบวัด EIT (๑) ตามสายงาน", "เพิ่ม", "มอบหมายหน้าที่รับผิดชอบแบบ OIT"]
    model.remove(model.index(1, 0, consideration))
    assert model.items() == meeting.agenda
    top = model.move(model.index(4, 0), -4)
    assert top.row() == 0 and model.items()[0].kind is AgendaKind.DIRECTIVES
    assert model.items()[1:] == meeting.agenda[:4]
    assert model.rowCount(QModelIndex()) == 5
