"""The notice of late work and work due this week that the window shows on opening."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableWidget

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.year_view import EntryKind, YearEntry, year_summary
from ita_desktop.ui.shell.due_notice import LATE_COLOUR, DueNotice
from ita_desktop.ui.shell.translation import install_translators
from tests.ui.conventions import digit_styles, problems

TODAY = date(2025, 1, 30)


def _work(day: date, title: str, ref: str, *, who: str = "", done: bool = False,
          kind: EntryKind = EntryKind.ACTION) -> YearEntry:
    return YearEntry(kind, title, day, day, ref, who=who, done=done)


ENTRIES = [
    _work(date(2025, 2, 3), "ส่งรายงาน O12", "oit:2568:O12", kind=EntryKind.OIT_DEADLINE),
    _work(date(2025, 1, 27), "จัดทำข้อมูล O1", "action:21", who="ร.ต.อ.สมชาย ใจดี"),
    _work(date(2025, 1, 30), "ติดตามผล", "action:22", who="งานอำนวยการ"),
    _work(date(2025, 1, 29), "เผยแพร่ข่าว", "action:23"),
    _work(date(2025, 1, 31), "ปรับปรุงเว็บไซต์", "action:24"),
    _work(date(2025, 1, 10), "งานที่เสร็จแล้ว", "action:25", done=True),
    _work(date(2025, 2, 20), "งานเดือนหน้า", "action:26"),
    YearEntry(EntryKind.PHASE, "ประเมิน IIT", date(2025, 1, 1), date(2025, 1, 29),
              "phase:2568:3"),
]


@pytest.fixture
def notice(qtbot):
    def make(entries: list[YearEntry] = ENTRIES, digits: DigitStyle = DigitStyle.ARABIC
             ) -> DueNotice:
        dialog = DueNotice(year_summary(entries, TODAY), TODAY, digits=digits)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def _rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_late_and_due_work_are_listed_by_day_with_what_and_who(notice):
    dialog = notice()
    assert _rows(dialog.late_table) == [
        ["27 ม.ค. 2568", "Late 3 days", "จัดทำข้อมูล O1", "ร.ต.อ.สมชาย ใจดี"],
        ["29 ม.ค. 2568", "Late 1 day", "เผยแพร่ข่าว", ""],
    ]
    assert _rows(dialog.soon_table) == [
        ["30 ม.ค. 2568", "Due today", "ติดตามผล", "งานอำนวยการ"],
        ["31 ม.ค. 2568", "Due tomorrow", "ปรับปรุงเว็บไซต์", ""],
        ["3 ก.พ. 2568", "Due in 4 days", "ส่งรายงาน O12", ""],
    ]
    assert dialog.late_label.text() == "Late: 2"
    assert dialog.soon_label.text() == "Due this week: 3"
    assert not dialog.isModal()


def test_late_lines_are_red_and_say_late_in_words(notice):
    dialog = notice()
    for row in range(dialog.late_table.rowCount()):
        for column in range(4):
            assert dialog.late_table.item(row, column).foreground().color() == LATE_COLOUR
        assert dialog.late_table.item(row, 1).text().startswith("Late")
    for row in range(dialog.soon_table.rowCount()):
        assert dialog.soon_table.item(row, 0).foreground().color() != LATE_COLOUR
        assert "Late" not in dialog.soon_table.item(row, 1).text()


def test_show_in_calendar_sends_the_chosen_lines_ref(notice, qtbot):
    dialog = notice()
    # The first late line is chosen on opening, so Enter or the button shows it at once.
    assert dialog.show_button.isEnabled()
    with qtbot.waitSignal(dialog.show_in_calendar) as shown:
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert shown.args == ["action:21"]
    dialog.soon_table.selectRow(2)
    assert dialog.late_table.selectedItems() == []  # one line chosen at a time
    with qtbot.waitSignal(dialog.show_in_calendar) as shown:
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert shown.args == ["oit:2568:O12"]
    assert dialog.isVisible()  # the next line can be looked at after it
    dialog.soon_table.clearSelection()
    assert not dialog.show_button.isEnabled()


def test_double_clicking_a_line_shows_it_in_the_calendar(notice, qtbot):
    dialog = notice()
    item = dialog.soon_table.item(1, 2)
    with qtbot.waitSignal(dialog.show_in_calendar) as shown:
        dialog.soon_table.itemDoubleClicked.emit(item)
    assert shown.args == ["action:24"]


def test_escape_and_close_close_it(notice, qtbot):
    dialog = notice()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    dialog = notice()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_an_empty_list_is_not_shown(notice):
    only_late = notice([e for e in ENTRIES if e.ref in ("action:21", "action:26")])
    assert only_late.late_table.isVisible() and only_late.late_label.isVisible()
    assert not only_late.soon_table.isVisible() and not only_late.soon_label.isVisible()
    assert not only_late.nothing.isVisible()
    only_soon = notice([e for e in ENTRIES if e.ref == "action:22"])
    assert not only_soon.late_table.isVisible()
    assert only_soon.soon_table.isVisible()
    assert only_soon.chosen_ref() == "action:22"


def test_dates_and_counts_use_the_windows_digits(notice):
    dialog = notice(digits=DigitStyle.THAI)
    texts = [cell for table in (dialog.late_table, dialog.soon_table)
             for row in _rows(table) for cell in row[:2]]
    texts += [dialog.late_label.text(), dialog.soon_label.text()]
    assert digit_styles([t for t in texts if "O12" not in t]) == {"thai"}
    assert _rows(dialog.late_table)[0][:2] == ["๒๗ ม.ค. ๒๕๖๘", "Late ๓ days"]


def test_in_thai(notice, thai):
    dialog = notice(digits=DigitStyle.THAI)
    assert dialog.windowTitle() == "งานที่เลยกำหนดและครบกำหนดในสัปดาห์นี้"
    assert dialog.late_label.text() == "เลยกำหนด: ๒ รายการ"
    assert [row[1] for row in _rows(dialog.late_table)] == ["เลยกำหนด ๓ วัน", "เลยกำหนด ๑ วัน"]
    assert [row[1] for row in _rows(dialog.soon_table)] == [
        "ครบกำหนดวันนี้", "ครบกำหนดพรุ่งนี้", "ครบกำหนดในอีก ๔ วัน"]
    assert dialog.show_button.text() == "แสดงในปฏิทิน (&S)"


@pytest.mark.usefixtures("laptop_screen")
@pytest.mark.parametrize("language", ["th", "en"])
def test_the_notice_keeps_the_window_conventions(qtbot, language):
    install_translators(QApplication.instance(), language)
    try:
        dialog = DueNotice(year_summary(ENTRIES, TODAY), TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        assert problems(dialog) == []
        empty = DueNotice(year_summary([], TODAY), TODAY)
        qtbot.addWidget(empty)
        empty.show()
        assert empty.nothing.isVisible()
        assert problems(empty) == []
    finally:
        install_translators(QApplication.instance(), "en")
