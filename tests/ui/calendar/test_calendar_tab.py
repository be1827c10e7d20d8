"""The Calendar tab driven as the secretary would, over the demo database (made on 1 March
2025, fiscal year 2568): its own calendar of 14 phases, meetings 1/2568 (5 January 2025) and
2/2568 (5 February 2025), and one action item decided at meeting 1, due 10 January 2025 and
still open, so late on the demo's day."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from ita_desktop.domain.meetings import AgendaKind, Presence
from ita_desktop.domain.year_view import EntryKind
from ita_desktop.services import calendar as calendar_service
from ita_desktop.services import meetings as meetings_service
from ita_desktop.ui.calendar.agenda_model import AgendaModel
from ita_desktop.ui.calendar.tab import CalendarTab

YEAR = 2568
TODAY = date(2025, 3, 1)
BEFORE_DUE = date(2025, 1, 8)
"""A day before the action item's due day (10 January 2025): nothing late yet."""


@pytest.fixture
def make_tab(qtbot, tab_context):
    def make(db, today: date = TODAY, english: bool = True) -> CalendarTab:
        widget = CalendarTab(tab_context(db, YEAR, english=english), today=lambda: today)
        qtbot.addWidget(widget)
        widget.resize(1300, 700)
        widget.show()
        return widget
    return make


def _agenda(tab: CalendarTab) -> list[tuple[EntryKind, str, str]]:
    """(kind, ref, state words) of each row of the year page's agenda list, as shown."""
    model = tab.year_page.view.model
    return [(model.entry(r).kind, model.entry(r).ref, model.index(r, AgendaModel.STATE).data())
            for r in range(model.rowCount())]


def _row_of(tab: CalendarTab, ref: str) -> int:
    model = tab.year_page.view.model
    return next(r for r in range(model.rowCount()) if model.entry(r).ref == ref)


def _type_date(field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.edit.selectAll()
    field.edit.insert(text)


def _the_action_id(db) -> int:  # type: ignore[no-untyped-def]
    [item] = meetings_service.open_actions(db, YEAR)
    assert item.action.id is not None
    return item.action.id


# --- the year at a glance ---------------------------------------------------------------------
def test_the_year_lists_phases_meetings_and_the_open_action_in_date_order(make_tab, demo_db):
    tab = make_tab(demo_db)
    rows = _agenda(tab)
    kinds = [kind for kind, _, _ in rows]
    assert kinds.count(EntryKind.PHASE) == 14
    assert kinds.count(EntryKind.MEETING) == 2 and kinds.count(EntryKind.ACTION) == 1
    entries = tab.year_page.view.model.entries()
    assert [e.start for e in entries] == sorted(e.start for e in entries)
    refs = [ref for _, ref, _ in rows]
    action = f"action:{_the_action_id(demo_db)}"
    # Meeting 1 decided the action; it is due before meeting 2.
    assert refs.index("meeting:1") < refs.index(action) < refs.index("meeting:2")
    assert rows[refs.index(action)][2] == "Late"
    # The action and the demo's late OIT item.
    assert tab.year_page.view.summary.text() == "๒ late"


def test_before_the_due_day_nothing_is_late(make_tab, demo_db):
    tab = make_tab(demo_db, today=BEFORE_DUE)
    action = f"action:{_the_action_id(demo_db)}"
    assert dict((ref, state) for _, ref, state in _agenda(tab))[action] != "Late"
    assert tab.year_page.view.summary.text() == ""
    assert "late" not in tab.meetings_page.actions.item(0, 0).text()


def test_opening_a_phase_selects_it_on_the_calendar_page(make_tab, demo_db):
    tab = make_tab(demo_db)
    entry = tab.year_page.view.model.entry(_row_of(tab, "phase:2568:5"))
    tab.year_page.view._open_row(_row_of(tab, "phase:2568:5"))
    assert tab.pages.currentWidget() is tab.phases_page
    editor = tab.phases_page.editor
    assert editor.selected_phase() is not None
    assert editor.step.toPlainText() == entry.title


def test_opening_a_meeting_or_an_action_selects_its_meeting(make_tab, demo_db, answer):
    tab = make_tab(demo_db)
    page = tab.meetings_page
    with_signal = tab.year_page.view.open_requested
    with_signal.emit("meeting:1")
    assert tab.pages.currentWidget() is page
    assert page.selected_meeting().number == 1 and page.editor.number.text() == "๑"
    tab.pages.setCurrentWidget(tab.year_page)
    page.meetings.selectRow(1)
    with_signal.emit(f"action:{_the_action_id(demo_db)}")
    assert tab.pages.currentWidget() is page
    assert page.selected_meeting().number == 1, "the meeting that decided the action"
    assert answer.messages == []
    # An entry whose source is gone is said to be so.
    tab.show_entry("meeting:999")
    assert answer.messages[-1][0] == "information"
    assert "no longer there" in answer.messages[-1][1]


# --- the assessment calendar ------------------------------------------------------------------
def test_a_phase_edited_and_saved_shows_its_new_day_in_the_year(make_tab, demo_db):
    tab = make_tab(demo_db)
    page = tab.phases_page
    tab.show_entry("phase:2568:1")
    assert page.unsaved_changes() == [] and tab.unsaved_changes() == []
    _type_date(page.editor.end, "15 ม.ค. 2568")
    assert tab.unsaved_changes() == ["the assessment calendar of fiscal year ๒๕๖๘"]
    assert page.revert_button.isEnabled()
    page.save_button.click()
    assert tab.unsaved_changes() == []
    stored = calendar_service.calendar_of(demo_db, YEAR)
    assert date(2025, 1, 15) in {p.end for p in stored.phases}
    tab.pages.setCurrentWidget(tab.year_page)
    entry = tab.year_page.view.model.entry(_row_of(tab, "phase:2568:1"))
    assert entry.end == date(2025, 1, 15)


def test_a_phase_outside_the_year_is_refused_with_the_reason_on_the_page(make_tab, demo_db):
    tab = make_tab(demo_db)
    page = tab.phases_page
    before = calendar_service.calendar_of(demo_db, YEAR)
    tab.show_entry("phase:2568:1")
    _type_date(page.editor.start, "1 ต.ค. 2560")
    assert not tab.save_changes()
    assert page.problems.isVisible()
    assert "outside the reach of fiscal year" in page.problems.text()
    assert calendar_service.calendar_of(demo_db, YEAR) == before
    assert tab.unsaved_changes() == ["the assessment calendar of fiscal year ๒๕๖๘"]
    tab.discard_changes()
    assert tab.unsaved_changes() == [] and not page.problems.isVisible()
    assert page.editor.calendar().phases == before.phases


# --- meetings ---------------------------------------------------------------------------------
def test_a_new_meeting_is_numbered_next_with_the_committee_and_the_default_agenda(
        make_tab, demo_db, answer):
    tab = make_tab(demo_db)
    page = tab.meetings_page
    page.new_button.click()
    editor = page.editor
    assert editor.number.text() == "๓", "after 1/2568 and 2/2568"
    assert page.selected_meeting() is None
    draft = editor.meeting()
    present = [a for a in draft.attendees if a.presence is Presence.PRESENT]
    assert len(present) == 7, "order 222/2567's seven members"
    assert all(a.role_text for a in present)
    assert [item.kind for item in draft.agenda] == [
        AgendaKind.ANNOUNCEMENTS, AgendaKind.PREVIOUS_MINUTES, AgendaKind.MATTERS_ARISING,
        AgendaKind.INFORMATION, AgendaKind.CONSIDERATION, AgendaKind.OTHER,
        AgendaKind.DIRECTIVES]
    arising = next(i for i in draft.agenda if i.kind is AgendaKind.MATTERS_ARISING)
    assert [i.follows_action_id for i in arising.items] == [_the_action_id(demo_db)]
    # An untouched draft loses nothing if left; once typed in, it is unsaved work.
    assert tab.unsaved_changes() == []
    editor.subject.setText("ประชุมคณะทำงาน ครั้งที่ ๓/๒๕๖๘")
    assert tab.unsaved_changes() == ["a new meeting"]
    assert page.save_changes(), editor.errors.text()
    assert [m.number for m in meetings_service.meetings_of_year(demo_db, YEAR)] == [1, 2, 3]
    assert page.selected_meeting().number == 3 and tab.unsaved_changes() == []
    assert answer.messages == []


def test_next_meeting_carries_the_open_action_into_matters_arising(make_tab, demo_db):
    tab = make_tab(demo_db)
    page = tab.meetings_page
    page.meetings.selectRow(0)
    assert page.selected_meeting().number == 1
    page.next_button.click()
    draft = page.editor.meeting()
    assert draft.number == 3 and draft.id is None
    first = meetings_service.meeting(demo_db, 1)
    assert draft.place == first.place
    assert {a.person_id for a in draft.attendees} >= {
        a.person_id for a in first.attendees if a.presence is Presence.PRESENT}
    arising = next(i for i in draft.agenda if i.kind is AgendaKind.MATTERS_ARISING)
    assert _the_action_id(demo_db) in {i.follows_action_id for i in arising.items}
    assert tab.save_changes()
    assert len(meetings_service.meetings_of_year(demo_db, YEAR)) == 3


def test_delete_asks_and_removes_only_the_selected_meeting(make_tab, demo_db, answer):
    tab = make_tab(demo_db)
    page = tab.meetings_page
    tab.pages.setCurrentWidget(page)
    page.meetings.selectRow(1)
    answer.reply(QMessageBox.StandardButton.No)
    page.delete_button.click()
    assert answer.messages[-1][0] == "question"
    assert len(meetings_service.meetings_of_year(demo_db, YEAR)) == 2
    answer.reply(QMessageBox.StandardButton.Yes)
    page.delete_button.click()
    assert [m.number for m in meetings_service.meetings_of_year(demo_db, YEAR)] == [1]
    assert page.meetings.rowCount() == 1 and page.selected_meeting().number == 1
    tab.pages.setCurrentWidget(tab.year_page)
    assert "meeting:2" not in [ref for _, ref, _ in _agenda(tab)]


def test_mark_done_takes_the_action_off_the_open_list_and_the_year_shows_it_done(
        make_tab, demo_db, monkeypatch, answer):
    tab = make_tab(demo_db)
    page = tab.meetings_page
    tab.pages.setCurrentWidget(page)
    assert page.actions.rowCount() == 1
    assert "late" in page.actions.item(0, 0).text()
    assert not page.done_button.isEnabled(), "nothing selected yet"
    page.actions.selectRow(0)
    asked: list[str] = []

    def get_text(parent, title, label, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(kwargs.get("text", ""))
        return "28 ก.พ. 2568", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    page.done_button.click()
    assert asked == ["๑ มี.ค. ๒๕๖๘"], "today is offered as the day it was done"
    assert answer.messages == []
    assert page.actions.rowCount() == 0
    assert meetings_service.open_actions(demo_db, YEAR) == []
    tab.pages.setCurrentWidget(tab.year_page)
    action = f"action:{_the_action_id_done(demo_db)}"
    assert dict((ref, state) for _, ref, state in _agenda(tab))[action] == "Done"
    assert tab.year_page.view.summary.text() == "๑ late", "the demo's late OIT item is left"


def _the_action_id_done(db) -> int:  # type: ignore[no-untyped-def]
    first = meetings_service.meeting(db, 1)
    stack = list(first.agenda)
    while stack:
        item = stack.pop()
        stack.extend(item.items)
        for action in item.actions:
            if action.done_on is not None and action.id is not None:
                return action.id
    raise AssertionError("no action item of meeting 1 is done")


def test_an_unreadable_done_day_is_refused_and_the_action_stays_open(
        make_tab, demo_db, monkeypatch, answer):
    tab = make_tab(demo_db)
    page = tab.meetings_page
    page.actions.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("วันไหนก็ได้", True)))
    page.done_button.click()
    assert answer.messages[-1][0] == "warning"
    assert len(meetings_service.open_actions(demo_db, YEAR)) == 1
    assert page.actions.rowCount() == 1


def test_unsaved_meeting_changes_are_reported_saved_and_discarded_through_the_tab(
        make_tab, demo_db):
    tab = make_tab(demo_db)
    page = tab.meetings_page
    page.meetings.selectRow(1)
    page.editor.place.setText("ห้องประชุมชั้น ๓")
    assert tab.unsaved_changes() == ["meeting ๒/๒๕๖๘"]
    tab.discard_changes()
    assert tab.unsaved_changes() == []
    assert page.editor.place.text() == meetings_service.meeting(demo_db, 2).place
    page.editor.place.setText("ห้องประชุมชั้น ๓")
    assert tab.save_changes()
    assert tab.unsaved_changes() == []
    assert meetings_service.meeting(demo_db, 2).place == "ห้องประชุมชั้น ๓"
    assert page.selected_meeting().number == 2, "the saved meeting stays selected"


def test_both_pages_changed_are_both_reported_and_saved(make_tab, demo_db):
    tab = make_tab(demo_db)
    tab.show_entry("phase:2568:1")
    _type_date(tab.phases_page.editor.end, "15 ม.ค. 2568")
    tab.meetings_page.editor.place.setText("ห้องประชุมชั้น ๓")
    assert tab.unsaved_changes() == ["the assessment calendar of fiscal year ๒๕๖๘",
                                     "meeting ๒/๒๕๖๘"]
    assert tab.save_changes()
    assert tab.unsaved_changes() == []
    assert meetings_service.meeting(demo_db, 2).place == "ห้องประชุมชั้น ๓"


# --- exporting --------------------------------------------------------------------------------
def test_the_export_menu_opens_the_minutes_and_the_sheet_of_the_selected_meeting(
        make_tab, demo_db, monkeypatch):
    from ita_desktop.ui.reports.export_dialog import ExportDialog

    tab = make_tab(demo_db)
    page = tab.meetings_page
    page.meetings.selectRow(0)
    opened: list[tuple[str, str]] = []

    def run(dialog: ExportDialog) -> int:
        opened.append((dialog.report.currentData(), dialog.prepared.subject.key))
        dialog.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportDialog, "exec", run)
    page.export_minutes_action.trigger()
    page.export_sheet_action.trigger()
    assert opened == [("meeting-minutes", "1/2568"), ("attendance-sheet", "1/2568")]
    assert page.selected_meeting().number == 1, "the exported meeting stays selected"


# --- read-only --------------------------------------------------------------------------------
def test_a_read_only_database_offers_no_changes(make_tab, demo_db, monkeypatch):
    monkeypatch.setattr(demo_db, "read_only", True)
    tab = make_tab(demo_db)
    meetings, phases = tab.meetings_page, tab.phases_page
    meetings.actions.selectRow(0)
    for button in (meetings.new_button, meetings.next_button, meetings.delete_button,
                   meetings.save_button, meetings.done_button, phases.save_button,
                   phases.reset_button):
        assert not button.isEnabled(), button.text()
    assert meetings.export_button.isEnabled(), "exporting writes nothing in the database"


# --- the window -------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, demo_db):
    from ita_desktop.ui.shell.main_window import MainWindow

    win = MainWindow(demo_db, "en")
    qtbot.addWidget(win)
    win.show()
    return win


def test_late_work_is_told_when_the_window_opens_and_nothing_when_none_is(window, demo_db):
    from ita_desktop.ui.shell.due_notice import DueNotice

    window.tell_due(TODAY)
    notice = window.findChild(DueNotice)
    assert notice is not None and notice.isVisible()
    notice.close()
    window.due_notice = None
    meetings_service.set_action_done(demo_db, _the_action_id(demo_db), date(2025, 1, 25))
    # A day without late work: the week's phases may still be due, but they are events, not
    # work; a day whose week holds nothing shows no notice. (On 12 January the demo's OIT
    # reports of December are published and no item's deadline is near.)
    window.tell_due(date(2025, 1, 12))
    assert not [n for n in window.findChildren(DueNotice) if n.isVisible()]


def test_show_in_calendar_brings_the_tab_forward_on_the_entry(window, demo_db):
    window.show_in_calendar("meeting:1")
    tab = window.tab("calendar")
    assert window.tabs.currentWidget().content() is tab
    assert tab.pages.currentWidget() is tab.meetings_page
    assert tab.meetings_page.selected_meeting().number == 1


def test_opening_an_entry_over_unsaved_changes_and_cancelling_keeps_them_quietly(
        make_tab, demo_db, answer):
    tab = make_tab(demo_db)
    page = tab.meetings_page
    tab.pages.setCurrentWidget(page)
    page.editor.place.setText("ห้องประชุมชั้น ๓")  # meeting 2, the year's latest
    answer.reply(QMessageBox.StandardButton.Cancel)
    tab.show_entry("meeting:1")
    assert [kind for kind, _ in answer.messages] == ["question"], \
        "cancelled: not told that the meeting is gone"
    assert page.selected_meeting().number == 2
    assert page.editor.place.text() == "ห้องประชุมชั้น ๓"
    assert tab.unsaved_changes() == ["meeting ๒/๒๕๖๘"]


def test_marking_done_an_action_of_the_meeting_being_edited_keeps_the_edits_saveable(
        make_tab, demo_db, monkeypatch, answer):
    tab = make_tab(demo_db)
    page = tab.meetings_page
    tab.pages.setCurrentWidget(page)
    page.meetings.selectRow(0)  # meeting 1, which decided the action
    page.editor.place.setText("ห้องประชุมชั้น ๓")
    page.actions.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("28 ก.พ. 2568", True)))
    answer.reply(QMessageBox.StandardButton.Cancel)
    page.done_button.click()
    assert len(meetings_service.open_actions(demo_db, YEAR)) == 1, "cancelled: not marked"
    assert page.editor.place.text() == "ห้องประชุมชั้น ๓"
    answer.reply(QMessageBox.StandardButton.Save)
    page.done_button.click()
    assert meetings_service.open_actions(demo_db, YEAR) == []
    assert tab.unsaved_changes() == []
    first = meetings_service.meeting(demo_db, 1)
    assert first.place == "ห้องประชุมชั้น ๓", "the edits were saved, not lost"
    assert not [text for kind, text in answer.messages if kind == "warning"]
    # Saving the meeting again does not undo the mark.
    assert tab.save_changes()
    assert meetings_service.open_actions(demo_db, YEAR) == []


def test_the_notice_names_the_late_action(window):
    from ita_desktop.ui.shell.due_notice import DueNotice

    window.tell_due(TODAY)
    notice = window.findChild(DueNotice)
    table = notice.late_table
    assert table.rowCount() == 2  # the action and the demo's late OIT item
    texts = [table.item(r, c).text() for r in range(table.rowCount())
             for c in range(table.columnCount())]
    assert any("ประชาสัมพันธ์แบบวัด IIT" in t for t in texts)


def test_in_thai_on_a_laptop_screen_every_page_reads_whole_and_keys_reach_one_widget(
        make_tab, demo_db, thai, qtbot):
    """The meeting editor needs more width than a laptop window leaves beside the list: its
    right part (start time, checker, presence column) scrolls into view instead of being
    cut off; Alt letters are unique on each page; and the calendar page writes its year in
    the digits of its dates."""
    from PySide6.QtWidgets import QScrollArea

    from tests.ui.conventions import problems

    tab = make_tab(demo_db, english=False)
    tab.resize(1350, 640)
    tab.pages.setCurrentWidget(tab.meetings_page)
    qtbot.waitExposed(tab.meetings_page)
    scroll = tab.meetings_page.findChild(QScrollArea)
    shown = scroll.viewport().width()
    needed = tab.meetings_page.editor.minimumSizeHint().width()
    assert shown >= needed or scroll.horizontalScrollBar().isVisible()
    assert tab.meetings_page.meetings.parentWidget().width() <= 400, "the list leaves room"
    # No Alt letter reaches two widgets on any page (the editor's parts shown in turn), and
    # nothing is cut short.
    for part in range(tab.meetings_page.editor.pages.count()):
        tab.meetings_page.editor.pages.setCurrentIndex(part)
        assert problems(tab) == []
    for page in (tab.year_page, tab.phases_page):
        tab.pages.setCurrentWidget(page)
        assert problems(tab) == []
    assert "๒๕๖๘" in tab.phases_page.heading.text()


@pytest.mark.parametrize("language", ["th", "en"])
def test_in_the_window_on_a_laptop_every_page_keeps_the_conventions_with_a_meeting_open(
        qtbot, demo_db, laptop_screen, language):
    """The Calendar tab as the window shows it on a 1366×768 laptop, with the window's own Alt
    letters (its tabs, menus and year box) in play: on every page, and on the meetings page
    with a meeting open in each part of its editor, no Alt letter reaches two widgets,
    nothing is cut short, and the meeting editor fits beside the list without scrolling
    sideways."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QScrollArea

    from ita_desktop.domain.digits import to_arabic_digits
    from ita_desktop.ui.shell.main_window import MainWindow
    from ita_desktop.ui.shell.translation import install_translators
    from tests.ui.conventions import problems

    install_translators(QApplication.instance(), language)
    try:
        window = MainWindow(demo_db, language)
        qtbot.addWidget(window)
        window.show()
        window.year.setCurrentIndex(window.year.findData(YEAR))
        tab = window.tab("calendar")
        window.tabs.setCurrentIndex(next(i for i in range(window.tabs.count())
                                         if window.tabs.widget(i).isAncestorOf(tab)
                                         or window.tabs.widget(i) is tab))
        qtbot.waitExposed(tab)
        for page in (tab.year_page, tab.phases_page):
            tab.pages.setCurrentWidget(page)
            assert problems(window) == [], tab.pages.tabText(tab.pages.indexOf(page))
        # The responsible entry's buttons are above the fold of the phase's form.
        responsible = tab.phases_page.editor.responsible
        form = tab.phases_page.editor.fields.parentWidget()
        for button in (responsible.add_button, responsible.remove_button):
            bottom = button.mapTo(form, QPoint(0, button.height())).y()
            assert bottom <= form.height(), button.text()
        page = tab.meetings_page
        tab.pages.setCurrentWidget(page)
        assert page.select_meeting(1)
        editor = page.editor
        assert editor.isEnabled() and editor.number.text()
        editor.agenda.tree.setCurrentIndex(editor.agenda.model.index(0, 0))
        for part in range(editor.pages.count()):
            editor.pages.setCurrentIndex(part)
            QApplication.processEvents()
            assert problems(window) == [], editor.pages.tabText(part)
        scroll = page.findChild(QScrollArea)
        assert editor.minimumSizeHint().width() <= scroll.viewport().width(), \
            "the editor fits beside the list"
        assert not scroll.horizontalScrollBar().isVisible()
        # The agenda shows the whole of a standard agenda (seven items and a sub-item) and
        # the action table whole, nothing to scroll to.
        tree = editor.agenda.tree
        assert tree.viewport().height() >= 8 * tree.sizeHintForRow(0)
        table = editor.agenda.action_table
        assert table.mapTo(editor, QPoint(0, table.height())).y() <= scroll.viewport().height()
        assert not scroll.verticalScrollBar().isVisible()
        # The open action item reads whole in the list beside: what, who and which meeting.
        assert page.actions.rowCount() == 1
        assert not page.actions.horizontalScrollBar().isVisible()
        assert "IIT" in page.actions.item(0, 1).text() and "1/2568" in \
            to_arabic_digits(page.actions.item(0, 1).text())
    finally:
        install_translators(QApplication.instance(), "en")


def test_the_year_saved_for_a_phone_calendar_reads_back_and_says_so_in_thai_digits(
        make_tab, demo_db, tmp_path, monkeypatch):
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog

    from ita_desktop.domain.digits import DigitStyle, apply_digits
    from ita_desktop.store.settings import SettingsRepository

    assert SettingsRepository(demo_db).load().digit_style is DigitStyle.THAI
    tab = make_tab(demo_db)
    chosen = tmp_path / "phone" / "year"  # no extension typed: .ics is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(chosen), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *rest: told.append(text))
    tab.year_page.ics_button.click()
    written = tmp_path / "phone" / "year.ics"
    events = list(Calendar.from_ical(written.read_bytes()).walk("VEVENT"))
    # 14 phases, 2 meetings, the action item, and the demo's OIT deadlines and reports.
    oit = [e for e in events if str(e["SUMMARY"]).startswith("O")]
    assert len(events) - len(oit) == 17 and oit
    assert told and apply_digits(str(len(events)), DigitStyle.THAI) in told[0]
    assert "๒๕๖๘" in told[0] and str(written) in told[0]
