"""The year view: the month calendar and the year's agenda as of 12 March 2567, with one
action item late, one done and one due this week."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QToolButton

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.year_view import EntryKind
from ita_desktop.ui.calendar.agenda_model import DONE_TEXT, LATE_TEXT, AgendaModel
from ita_desktop.ui.calendar.year_view import YearView
from tests.ui.calendar.samples import ENTRIES, TODAY
from tests.ui.conventions import problems


@pytest.fixture
def view(qtbot) -> YearView:
    widget = YearView()
    qtbot.addWidget(widget)
    widget.set_entries(ENTRIES, TODAY, DigitStyle.THAI)
    widget.resize(1350, 690)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _rows(view: YearView, column: int = AgendaModel.WHAT) -> list[str]:
    model = view.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _row_of(view: YearView, ref: str) -> int:
    return next(r for r in range(view.model.rowCount()) if view.model.entry(r).ref == ref)


def test_the_agenda_lists_the_year_in_order_with_late_work_marked(view):
    refs = [view.model.entry(r).ref for r in range(view.model.rowCount())]
    assert refs == ["phase:2567:6", "meeting:1", "action:2", "action:1", "meeting:2",
                    "action:3", "action:4"]
    model = view.model
    late = _row_of(view, "action:1")
    assert model.index(late, AgendaModel.STATE).data() == "Late"
    assert model.index(late, AgendaModel.WHAT).data(Qt.ItemDataRole.ForegroundRole).color() \
        == LATE_TEXT
    done = _row_of(view, "action:2")
    assert model.index(done, AgendaModel.STATE).data() == "Done"
    assert model.index(done, AgendaModel.WHO).data(Qt.ItemDataRole.ForegroundRole).color() \
        == DONE_TEXT
    assert model.index(_row_of(view, "action:3"), AgendaModel.STATE).data() == "Due this week"
    assert model.index(_row_of(view, "action:4"), AgendaModel.STATE).data() == ""
    assert model.index(_row_of(view, "meeting:1"), AgendaModel.TIME).data() == \
        "๐๙.๓๐ - ๑๒.๐๐ น."
    assert model.index(0, AgendaModel.WHEN).data() == "๑ ม.ค. - ๓๐ เม.ย. ๒๕๖๗"
    assert view.summary.text() == "๑ late"


def test_the_late_day_is_marked_in_the_month_and_entry_days_are_bold(view):
    late = view.month.dateTextFormat(QDate(2024, 2, 29))
    assert late.foreground().color() == LATE_TEXT
    assert view.month.dateTextFormat(QDate(2024, 3, 15)).fontWeight() > 400
    assert view.month.dateTextFormat(QDate(2024, 3, 14)).fontWeight() <= 400


def test_the_filter_shows_one_kind(view, qtbot):
    view.kind.setCurrentIndex(view.kind.findData(EntryKind.MEETING))
    assert _rows(view, AgendaModel.KIND) == ["Meeting", "Meeting"]
    view.kind.setCurrentIndex(view.kind.findData(EntryKind.ACTION))
    assert len(_rows(view)) == 4
    view.kind.setCurrentIndex(0)
    assert len(_rows(view)) == len(ENTRIES)


def test_choosing_a_day_lists_what_is_on_it(view):
    assert view.selected_day() == TODAY
    assert view.day_entries() == ["phase:2567:6", "meeting:2"], "the longer span first"
    view.select_day(date(2024, 1, 15))
    assert view.day_entries() == ["phase:2567:6", "meeting:1"]
    assert "๑๕ มกราคม ๒๕๖๗" in view.day_heading.text()
    view.select_day(date(2024, 2, 29))
    assert view.day_entries() == ["phase:2567:6", "action:1"]
    assert "Late" in view.day_list.item(1).text()
    view.select_day(date(2024, 6, 1))
    assert view.day_entries() == [] and view.day_list.count() == 1, "says nothing is on it"


def test_double_click_and_enter_open_the_entry(view, qtbot):
    row = _row_of(view, "meeting:2")
    rect = view.agenda.visualRect(view.model.index(row, AgendaModel.WHAT))
    # Qt's test double click is only a double click after a first press there.
    qtbot.mouseClick(view.agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.mouseDClick(view.agenda.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert opened.args == ["meeting:2"]
    view.agenda.setCurrentIndex(view.model.index(_row_of(view, "action:3"), 0))
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.agenda, Qt.Key.Key_Return)
    assert opened.args == ["action:3"]
    view.select_day(date(2024, 2, 29))
    view.day_list.setCurrentRow(1)
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.day_list, Qt.Key.Key_Enter)
    assert opened.args == ["action:1"]


def test_today_goes_to_the_first_entry_running_or_to_come(view, qtbot):
    view.select_day(date(2024, 1, 15))
    view.kind.setCurrentIndex(view.kind.findData(EntryKind.ACTION))
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.selected_day() == TODAY
    assert view.model.entry(view.agenda.currentIndex().row()).ref == "action:3"


def test_the_header_counts_years_in_the_buddhist_era(view):
    button = view.month.findChild(QToolButton, "qt_calendar_yearbutton")
    assert button.text() == "๒๕๖๗"
    view.month.setCurrentPage(2025, 1)
    assert button.text() == "๒๕๖๘"


def test_alt_keys_are_unique_and_nothing_is_cut_on_a_laptop_screen(view):
    assert problems(view) == []


def test_in_thai_too(thai, qtbot):
    widget = YearView()
    qtbot.addWidget(widget)
    widget.set_entries(ENTRIES, TODAY, DigitStyle.THAI)
    widget.resize(1350, 690)
    widget.show()
    qtbot.waitExposed(widget)
    late = widget.model.index(_row_of(widget, "action:1"), AgendaModel.STATE)
    assert late.data() == "เลยกำหนด"
    assert problems(widget) == []
