"""The meeting editor driven as the secretary would: a meeting of seed 002's shape loaded,
edited by typing, choosing and clicking, and read back exactly as edited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.meetings import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Attendee,
    Presence,
)
from ita_desktop.errors import AppError
from ita_desktop.ui.calendar.action_dialog import ActionDialog
from ita_desktop.ui.calendar.attendance_model import AttendanceModel
from ita_desktop.ui.calendar.attendee_dialogs import GuestDialog, RosterPicker
from ita_desktop.ui.calendar.meeting_agenda_model import AgendaModel
from ita_desktop.ui.calendar.meeting_editor import MeetingEditor
from tests.ui.calendar.seed_meeting import ROSTER, seed_meeting
from tests.ui.conventions import problems


@pytest.fixture
def editor(qtbot) -> MeetingEditor:
    widget = MeetingEditor()
    qtbot.addWidget(widget)
    widget.resize(1300, 640)
    widget.load(seed_meeting(), ROSTER)
    widget.show()
    return widget


def _in_dialog(act: Callable[[QDialog], None]) -> None:
    """Run ``act`` on the next modal dialog once it is open (the test plays the user)."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog), "a dialog should be open"
        act(dialog)
    QTimer.singleShot(0, run)


def _type(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key (Qt's own keyClicks takes ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def _retype(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    _type(field, text)


def _cell_editor(view: QWidget, kind: type[QWidget]) -> QWidget:
    editors = [w for w in view.findChildren(kind) if w.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def _choose_by_typing(qtbot, combo: QComboBox, part: str) -> str:
    """Type part of a name into ``combo`` and take the one completion offered."""
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Delete)
    _type(combo.lineEdit(), part)
    completer = combo.completer()
    assert completer.completionCount() == 1, "the part typed finds one person"
    name = completer.currentCompletion()
    completer.popup().setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert combo.currentText() == name
    return name


def test_the_loaded_meeting_reads_back_as_it_was_and_is_not_changed(editor):
    assert editor.meeting() == seed_meeting()
    assert not editor.is_dirty()
    assert editor.number.text() == "๑" and editor.number_year.text() == "/๒๕๖๗"
    assert editor.start.text() == "10.00" and editor.end.text() == "12.00"
    assert editor.chair.currentText() == "พ.ต.อ.ธีรวัฒน์ แสงอรุณ"
    model = editor.attendance.model
    assert model.rowCount() == 16
    assert model.index(15, AttendanceModel.PRESENCE).data() == "absent"
    assert model.index(15, AttendanceModel.REASON).data() == "ปฏิบัติหน้าที่งานบริการคนต่างด้าว"
    assert model.index(6, AttendanceModel.POSITION).data().startswith("สารวัตร")
    agenda = editor.agenda.model
    assert [agenda.index(r, AgendaModel.TITLE).data() for r in range(agenda.rowCount())] == [
        "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "เรื่องเพื่อทราบ", "เรื่องเพื่อพิจารณา",
        "เรื่องอื่น ๆ (ถ้ามี)", "ข้อสั่งการของประธานที่ประชุม"]
    sub = agenda.index(1, AgendaModel.NUMBER, agenda.index(2, 0))
    assert sub.data() == "๓.๒"


def test_the_year_beside_the_number_follows_the_date_typed(qtbot, editor):
    _retype(qtbot, editor.dated.edit, "28 ธ.ค. 2566")
    assert editor.number_year.text() == "/๒๕๖๖"
    _retype(qtbot, editor.dated.edit, "2 ม.ค. 67")
    assert editor.number_year.text() == "/๒๕๖๗"
    assert editor.meeting().number_year == 2567


def test_edits_made_through_the_widgets_are_the_meeting_read_back(qtbot, editor, monkeypatch):
    _retype(qtbot, editor.number, "๒")
    _retype(qtbot, editor.subject, "ติดตามความคืบหน้าการประเมิน ITA")
    _retype(qtbot, editor.dated.edit, "5 ก.พ. 2567")
    _retype(qtbot, editor.place, "ห้องประชุม ชั้น ๒")
    editor.start.setFocus()
    editor.start.setTime(QTime(14, 0))
    editor.end.setTime(QTime(15, 30))
    _choose_by_typing(qtbot, editor.chair, "กฤษ")
    _choose_by_typing(qtbot, editor.checker, "สุนันทา")

    # Attendance: the second member did not come, on official duty; a guest attended.
    table = editor.attendance.table
    model = editor.attendance.model
    presence = model.index(1, AttendanceModel.PRESENCE)
    table.setCurrentIndex(presence)
    table.edit(presence)
    combo = _cell_editor(table.viewport(), QComboBox)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("absent"))
    combo.activated.emit(combo.currentIndex())
    reason = model.index(1, AttendanceModel.REASON)
    table.setCurrentIndex(reason)
    table.edit(reason)
    cell = _cell_editor(table.viewport(), QLineEdit)
    _type(cell, "ไปราชการ")
    qtbot.keyClick(cell, Qt.Key.Key_Return)

    def guest(dialog: QDialog) -> None:
        assert isinstance(dialog, GuestDialog)
        _type(dialog.name, "นายสมชาย ใจดี")
        _type(dialog.position, "ผู้แทนสำนักงานจัดหางานจังหวัด")
        dialog.accept()
    _in_dialog(guest)
    qtbot.mouseClick(editor.attendance.add_guest_button, Qt.MouseButton.LeftButton)

    # Agenda: the chair's announcement gets a resolution typed again; an item of its own title
    # is added after the items for consideration, with an action item.
    editor.pages.setCurrentWidget(editor.agenda)
    tree = editor.agenda.tree
    agenda = editor.agenda.model
    tree.setCurrentIndex(agenda.index(0, 0))
    _retype(qtbot, editor.agenda.resolution, "รับทราบและถือปฏิบัติ")
    tree.setCurrentIndex(agenda.index(2, 0))
    editor.agenda.kind.setCurrentIndex(editor.agenda.kind.findData(AgendaKind.OTHER_TOPIC))
    qtbot.mouseClick(editor.agenda.add_button, Qt.MouseButton.LeftButton)
    assert agenda.index(3, AgendaModel.NUMBER).data() == "๔"
    assert editor.focusWidget() is editor.agenda.title, "the new item's title is typed next"
    _type(editor.agenda.title, "เรื่องการจัดทำมาตรการภายใน")
    _type(editor.agenda.text, "เลขานุการฯ เสนอร่างมาตรการ")
    _choose_by_typing(qtbot, editor.agenda.speaker, "สุนันทา")

    def action(dialog: QDialog) -> None:
        assert isinstance(dialog, ActionDialog)
        _type(dialog.what, "จัดทำร่างมาตรการ")
        dialog.who.setFocus()
        _type(dialog.who.lineEdit(), "งานอำนวยการ")
        _type(dialog.due.edit, "15 ก.พ. 2567")
        dialog.accept()
    _in_dialog(action)
    qtbot.mouseClick(editor.agenda.add_action_button, Qt.MouseButton.LeftButton)
    assert editor.agenda.actions_model.index(0, 1).data() == "งานอำนวยการ"

    seed = seed_meeting()
    attendees = list(seed.attendees)
    attendees[1] = replace(attendees[1], presence=Presence.ABSENT, reason="ไปราชการ")
    attendees.append(Attendee(Presence.ATTENDING, name="นายสมชาย ใจดี",
                              position="ผู้แทนสำนักงานจัดหางานจังหวัด"))
    items = list(seed.agenda)
    items[0] = replace(items[0], resolution="รับทราบและถือปฏิบัติ")
    items.insert(3, AgendaItem(
        AgendaKind.OTHER_TOPIC, title="เรื่องการจัดทำมาตรการภายใน",
        text="เลขานุการฯ เสนอร่างมาตรการ", speaker_id=7,
        actions=(ActionItem("จัดทำร่างมาตรการ", who_text="งานอำนวยการ",
                            due=date(2024, 2, 15)),)))
    expected = replace(seed, number=2, subject="ติดตามความคืบหน้าการประเมิน ITA",
                       dated=date(2024, 2, 5), place="ห้องประชุม ชั้น ๒", start=time(14, 0),
                       end=time(15, 30), chair_id=3, checker_id=7,
                       attendees=tuple(attendees), agenda=tuple(items))
    assert editor.meeting() == expected
    assert editor.meeting().id == 9 and editor.meeting().version == 3
    assert editor.is_dirty()


def test_dirty_follows_what_differs_from_the_meeting_loaded(qtbot, editor):
    told: list[bool] = []
    editor.changed.connect(lambda: told.append(True))
    editor.subject.setFocus()
    editor.subject.end(False)
    _type(editor.subject, "ฯ")
    assert told and editor.is_dirty()
    qtbot.keyClick(editor.subject, Qt.Key.Key_Backspace)
    assert not editor.is_dirty(), "typed and taken back: nothing to save"
    _retype(qtbot, editor.dated.edit, "31 ก.พ. 2567")
    assert editor.is_dirty(), "a date that does not read is a change, not the old date"
    told.clear()
    editor.load(seed_meeting(), ROSTER)
    assert not editor.is_dirty() and not told, "loading is not an edit"
    editor.pages.setCurrentWidget(editor.agenda)
    editor.agenda.tree.setCurrentIndex(editor.agenda.model.index(3, 0))
    _type(editor.agenda.text, " ครับ")
    assert told and editor.is_dirty()


def test_the_roster_dialog_offers_nobody_twice(qtbot, editor):
    offered: list[list[int]] = []

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, RosterPicker)
        offered.append(dialog.offered())
        _type(dialog.search, "ประยุทธ")
        shown = [dialog.people.item(r) for r in range(dialog.people.count())
                 if not dialog.people.item(r).isHidden()]
        assert len(shown) == 1 and "ประยุทธ" in shown[0].text()
        shown[0].setCheckState(Qt.CheckState.Checked)
        dialog.accept()
    _in_dialog(pick)
    qtbot.mouseClick(editor.attendance.add_roster_button, Qt.MouseButton.LeftButton)
    # The sixteen in the meeting and the one who has left the unit are not offered.
    assert offered[0] == [17, 18]
    assert editor.meeting().attendees[-1] == Attendee(Presence.PRESENT, person_id=18)

    _in_dialog(lambda dialog: (offered.append(dialog.offered()), dialog.reject()))
    qtbot.mouseClick(editor.attendance.add_roster_button, Qt.MouseButton.LeftButton)
    assert offered[1] == [17]
    assert len(editor.meeting().attendees) == 17


def test_a_sub_item_moves_among_its_neighbours_with_ctrl_arrows(qtbot, editor):
    editor.pages.setCurrentWidget(editor.agenda)
    tree = editor.agenda.tree
    agenda = editor.agenda.model
    information = agenda.index(1, 0)
    tree.setCurrentIndex(agenda.index(2, 0, information))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # first already
    moved = editor.meeting().agenda[1].items
    assert [item.text for item in moved] == [
        "นำเสนอเครื่องมือที่ใช้ในการประเมิน", "แจ้งคำสั่งแต่งตั้งคณะทำงาน ที่ ๒๒๒/๒๕๖๖",
        "เสนอปฏิทินการประเมินให้ที่ประชุมทราบ"]
    current = tree.currentIndex()
    assert current.row() == 0 and current.parent().row() == 1
    assert agenda.index(0, AgendaModel.NUMBER, agenda.index(1, 0)).data() == "๒.๑"
    assert editor.agenda.text.toPlainText() == "นำเสนอเครื่องมือที่ใช้ในการประเมิน"
    # The other items and the other item's sub-items stay as they were.
    assert editor.meeting().agenda[2] == seed_meeting().agenda[2]


def test_a_sub_item_is_added_under_the_selected_item_and_removed_with_delete(qtbot, editor,
                                                                             answer):
    editor.pages.setCurrentWidget(editor.agenda)
    tree = editor.agenda.tree
    agenda = editor.agenda.model
    tree.setCurrentIndex(agenda.index(3, 0))
    qtbot.mouseClick(editor.agenda.add_sub_button, Qt.MouseButton.LeftButton)
    _type(editor.agenda.title, "ร่างแผนการประชาสัมพันธ์")
    assert editor.meeting().agenda[3].items == (
        AgendaItem(AgendaKind.OTHER_TOPIC, title="ร่างแผนการประชาสัมพันธ์"),)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert editor.meeting().agenda[3].items == ()
    assert not answer.messages, "an item holding nothing typed goes without asking"
    tree.setCurrentIndex(agenda.index(1, 0))
    answer.reply(QMessageBox.StandardButton.No)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert len(editor.meeting().agenda) == 5, "No keeps the item and its sub-items"
    assert answer.messages


def test_attendance_rows_move_and_go_with_the_keyboard(qtbot, editor):
    table = editor.attendance.table
    model = editor.attendance.model
    table.setFocus()
    table.setCurrentIndex(model.index(15, AttendanceModel.NAME))
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert editor.meeting().attendees[14].presence is Presence.ABSENT
    assert model.index(14, AttendanceModel.NUMBER).data() == "๑๕"
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    attendees = editor.meeting().attendees
    assert len(attendees) == 15 and not editor.meeting().of_presence(Presence.ABSENT)
    assert table.currentIndex().row() == 14


def test_a_reason_is_typed_only_for_someone_absent(qtbot, editor):
    model = editor.attendance.model
    reason = model.index(0, AttendanceModel.REASON)
    assert not model.flags(reason) & Qt.ItemFlag.ItemIsEditable
    absent = model.index(15, AttendanceModel.PRESENCE)
    assert model.setData(absent, Presence.PRESENT.value)
    assert editor.meeting().attendees[15] == Attendee(Presence.PRESENT, person_id=16,
                                                      role_text="เจ้าหน้าที่")


@pytest.mark.parametrize(("field", "typed", "code"), [
    ("number", "ก", "meeting.bad_number"),
    ("chair", "ผู้ที่ไม่มีในทะเบียน", "meeting.not_in_roster"),
    ("dated", "", "meeting.no_date"),
])
def test_what_cannot_be_read_is_refused_with_its_reason(qtbot, editor, field, typed, code):
    target = getattr(editor, field)
    line = target.lineEdit() if isinstance(target, QComboBox) else getattr(target, "edit",
                                                                           target)
    _retype(qtbot, line, typed)
    with pytest.raises(AppError) as refused:
        editor.meeting()
    assert refused.value.code == code
    editor.show_problem(refused.value)
    assert editor.errors.isVisible() and editor.errors.text()


def test_a_guest_and_an_action_need_their_words(qtbot):
    guest = GuestDialog()
    qtbot.addWidget(guest)
    guest.show()
    guest.accept()
    assert guest.isVisible() and guest.errors.isVisible(), "no name: the dialog stays open"
    action = ActionDialog(None, ROSTER, DigitStyle.THAI)
    qtbot.addWidget(action)
    action.show()
    _type(action.what, "ส่งรายงาน")
    action.accept()
    assert action.isVisible() and action.errors.isVisible(), "nobody named to do it"


@pytest.mark.parametrize("language", ["en", "th"])
def test_the_editor_keeps_the_window_conventions(qtbot, language, editor):
    from ita_desktop.ui.shell.translation import install_translators

    install_translators(QApplication.instance(), language)
    try:
        widget = MeetingEditor()
        qtbot.addWidget(widget)
        widget.load(seed_meeting(), ROSTER)
        widget.resize(1340, 600)
        widget.show()
        for page in (widget.attendance, widget.agenda):
            widget.pages.setCurrentWidget(page)
            if page is widget.agenda:
                widget.agenda.tree.setCurrentIndex(widget.agenda.model.index(4, 0))
            assert problems(widget) == []
    finally:
        install_translators(QApplication.instance(), "en")


EDITOR_CONTEXTS = {"MeetingEditor", "AttendancePanel", "AttendanceModel", "AgendaPanel",
                   "AgendaModel", "ActionModel", "ActionDialog", "RosterPicker", "GuestDialog"}


def test_every_text_of_the_editor_has_a_thai_translation():
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[3] / "translations" / "ita_desktop_th.ts"
    found: dict[str, int] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in EDITOR_CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None and translation.get("type") is None, \
                (name, message.findtext("source"))
            assert (translation.text or "").strip(), (name, message.findtext("source"))
            found[name] = found.get(name, 0) + 1
    assert set(found) == EDITOR_CONTEXTS


def test_the_editor_speaks_thai_in_the_thai_window(qtbot, thai):
    widget = MeetingEditor()
    qtbot.addWidget(widget)
    widget.load(seed_meeting(), ROSTER)
    assert widget.pages.tabText(1) == "ระเบียบวาระการประชุม (&G)"
    model = widget.attendance.model
    assert model.index(15, AttendanceModel.PRESENCE).data() == "ไม่มาประชุม"
    assert model.headerData(AttendanceModel.REASON, Qt.Orientation.Horizontal) == \
        "เหตุที่ไม่มาประชุม"


def test_someone_who_has_left_stays_named_where_the_meeting_names_them(qtbot):
    seed = seed_meeting()
    items = list(seed.agenda)
    items[3] = replace(items[3], speaker_id=19)
    widget = MeetingEditor()
    qtbot.addWidget(widget)
    widget.load(replace(seed, agenda=tuple(items)), ROSTER)
    widget.pages.setCurrentWidget(widget.agenda)
    widget.agenda.tree.setCurrentIndex(widget.agenda.model.index(3, 0))
    assert widget.agenda.speaker.currentText() == "ร.ต.อ.อดีต ย้ายไป"
    _type(widget.agenda.text, "ฯ")
    assert widget.meeting().agenda[3].speaker_id == 19
    widget.load(seed, ROSTER)
    assert widget.chair.findData(19) < 0 and widget.agenda.speaker.findData(19) < 0, \
        "not offered to a meeting that does not name them"


def test_an_action_item_is_opened_with_enter_and_removed_with_delete(qtbot, editor):
    editor.pages.setCurrentWidget(editor.agenda)
    editor.agenda.tree.setCurrentIndex(editor.agenda.model.index(4, 0))
    table = editor.agenda.action_table
    table.setFocus()
    table.setCurrentIndex(editor.agenda.actions_model.index(0, 0))

    def done(dialog: QDialog) -> None:
        assert isinstance(dialog, ActionDialog)
        assert dialog.who.currentText() == "ทุกสายงาน"
        _type(dialog.done_on.edit, "30 ม.ค. 2567")
        dialog.accept()
    _in_dialog(done)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    action = editor.meeting().agenda[4].actions[0]
    assert action.done_on == date(2024, 1, 30) and not action.is_open
    assert action.id == 41, "the action keeps its id: it is the one carried forward"
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert editor.meeting().agenda[4].actions == ()


WINDOW_KEYS = set("uclmfyhr")
"""The main window's own Alt letters: its tabs (&Unit && people, &Committee, Ca&lendar, ITA
fra&mework), menus (&File, &Year, &Help) and year box (Fiscal yea&r)."""


@pytest.mark.parametrize("language", ["en", "th"])
def test_each_alt_key_reaches_one_place_on_both_pages(qtbot, language):
    """The heading's letters and each part's (attendance, agenda) are unique together and
    leave the window's alone; the two parts are never shown at once, so they may share."""
    from collections import Counter

    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    from ita_desktop.ui.shell.translation import install_translators
    from tests.ui.conventions import mnemonic

    def texts_in(widgets: list[QWidget]) -> list[str]:
        found = [w.text() for w in widgets if isinstance(w, QAbstractButton)]
        found += [w.text() for w in widgets if isinstance(w, QLabel) and w.buddy() is not None]
        return found + [w.title() for w in widgets if isinstance(w, QGroupBox)]

    install_translators(QApplication.instance(), language)
    try:
        widget = MeetingEditor()
        qtbot.addWidget(widget)
        parts = (widget.attendance, widget.agenda)
        every = widget.findChildren(QWidget)
        heading = texts_in([w for w in every if not any(p.isAncestorOf(w) for p in parts)])
        heading += [widget.pages.tabText(i) for i in range(widget.pages.count())]
        for part in parts:
            keys = Counter(key for key in map(mnemonic, heading + texts_in(
                part.findChildren(QWidget))) if key)
            assert len(keys) >= 12, type(part).__name__
            assert [key for key, count in keys.items() if count > 1] == [], \
                type(part).__name__
            assert set(keys) & WINDOW_KEYS == set(), type(part).__name__
    finally:
        install_translators(QApplication.instance(), "en")


def test_an_empty_agenda_is_built_in_the_standard_order_with_one_key(qtbot, editor):
    editor.load(replace(seed_meeting(), agenda=()), ROSTER)
    editor.pages.setCurrentWidget(editor.agenda)
    for _ in range(3):
        qtbot.mouseClick(editor.agenda.add_button, Qt.MouseButton.LeftButton)
    kinds = [item.kind for item in editor.meeting().agenda]
    assert kinds == [AgendaKind.ANNOUNCEMENTS, AgendaKind.PREVIOUS_MINUTES,
                     AgendaKind.MATTERS_ARISING]
    assert editor.meeting().agenda[1] == AgendaItem(AgendaKind.PREVIOUS_MINUTES)
    assert editor.agenda.title.placeholderText() == "เรื่องสืบเนื่องจากการประชุมครั้งที่ผ่านมา"
    assert editor.is_dirty()


def test_long_texts_read_from_their_start(qtbot):
    """A subject, a place and an item's title longer than their boxes, and the chair's name, show
    their first words (the tester saw the end of the subject and not its start)."""
    long = "การประชุมคณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน " * 3
    seed = seed_meeting()
    items = list(seed.agenda)
    items[0] = replace(items[0], title=long)
    widget = MeetingEditor()
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    widget.load(replace(seed, subject=long, place=long, agenda=tuple(items)), ROSTER)
    widget.pages.setCurrentWidget(widget.agenda)
    widget.agenda.tree.setCurrentIndex(widget.agenda.model.index(0, 0))
    for edit in (widget.subject, widget.place, widget.agenda.title):
        assert edit.fontMetrics().horizontalAdvance(edit.text()) > edit.width()
        assert edit.cursorPosition() == 0, edit.text()
    assert widget.chair.currentText() and widget.chair.lineEdit().cursorPosition() == 0


def test_an_item_is_marked_to_hold_the_oit_table_with_its_check_box(qtbot, editor):
    editor.pages.setCurrentWidget(editor.agenda)
    tree = editor.agenda.tree
    agenda = editor.agenda.model
    box = editor.agenda.oit_table
    tree.setCurrentIndex(agenda.index(2, 0))
    assert box.isEnabled() and box.isChecked(), "seed 002's item 3 holds the table"
    assert "OIT" in box.toolTip() and "once the OIT" not in box.toolTip()
    # On the box or its words: the stretched row beyond them is no click on it.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    tree.setCurrentIndex(agenda.index(0, 0))
    assert not box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)

    items = editor.meeting().agenda
    assert [item.oit_table for item in items] == [True, False, False, False, False]
    assert editor.is_dirty()
