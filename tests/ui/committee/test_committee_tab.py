"""The Committee tab driven as the secretary would: the year's orders, the editor and its
checks, amending, the committee in force on a day, copying forward, deleting. The demo database
(today 1 March 2025, fiscal year 2568) carries order 222/2567 of seed 002's committee."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from ita_desktop.domain.committee import Role
from ita_desktop.services.committee import orders_of_year
from ita_desktop.store.committee import OrderRepository
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.committee.member_model import MemberModel
from ita_desktop.ui.committee.tab import CommitteeTab
from tests.ui.conventions import cut_fields, problems, squeezed

YEAR = 2568
TODAY = date(2025, 3, 1)


@pytest.fixture
def make_tab(qtbot, tab_context):
    def make(db, english: bool = True) -> CommitteeTab:
        widget = CommitteeTab(tab_context(db, YEAR, english=english), today=lambda: TODAY)
        qtbot.addWidget(widget)
        widget.resize(1300, 640)
        widget.show()
        return widget
    return make


def _id_of(db, first_name: str) -> int:  # type: ignore[no-untyped-def]
    return next(p.id for p in PeopleRepository(db).all() if p.first_name == first_name)


def _names(tab: CommitteeTab) -> list[str]:
    model = tab.editor.members_model
    return [model.index(r, MemberModel.MEMBER).data().split("\n")[0]
            for r in range(model.rowCount())]


def _roles(tab: CommitteeTab) -> list[str]:
    model = tab.editor.members_model
    return [model.index(r, MemberModel.ROLE).data() for r in range(model.rowCount())]


def test_the_years_order_is_listed_in_force_today_and_shown_as_printed(make_tab, demo_db):
    tab = make_tab(demo_db)
    assert tab.orders.rowCount() == 1
    assert tab.orders.item(0, 0).text() == "๒๒๒/๒๕๖๗ (in force today)"
    assert tab.editor.number.text() == "๒๒๒"
    names = _names(tab)
    assert names[0] == "พันตำรวจเอก ธีรวัฒน์ แสงอรุณ" and len(names) == 7
    assert _roles(tab)[0] == "หัวหน้าคณะทำงาน" and _roles(tab)[-1] == "คณะทำงานและเลขานุการ"
    position = tab.editor.members_model.index(0, MemberModel.MEMBER).data().split("\n")[1]
    assert position and "." not in position.split()[0], "the full position, not its abbreviation"
    assert tab.unsaved_changes() == []


def test_create_an_order_and_each_refusal_is_said(make_tab, demo_db, answer):
    tab = make_tab(demo_db)
    tab.new_order()
    editor = tab.editor
    # Today is in 2568 B.E., in which the program knows no order yet.
    assert editor.number.text() == "๑", "the next free number is suggested"
    assert tab.unsaved_changes() == ["a new committee order"]
    # The demo order's number is taken in 2567 B.E.
    editor.dated.edit.setText("20 ธ.ค. 2567")
    editor.number.setText("222")
    assert not tab.save_changes()
    text = editor.errors.text()
    assert "222/2567 is already used" in text
    # Only the commander, as head: no secretary.
    assert "no secretary" in text
    editor.number.setText("๓๐")
    assert not tab.save_changes()
    assert "already used" not in editor.errors.text()
    # Two secretaries, someone twice.
    for first, role in (("อรุณี", Role.SECRETARY), ("ธนากร", Role.SECRETARY),
                        ("ธนากร", Role.MEMBER)):
        editor.roster.setCurrentIndex(editor.roster.findData(_id_of(demo_db, first)))
        editor.role.setCurrentIndex(editor.role.findData(role))
        editor.add_member()
    assert not tab.save_changes()
    text = editor.errors.text()
    assert "2 secretaries" in text and "twice" in text
    # Remove the second secretary and the duplicate: saved.
    for _ in range(2):
        row = editor.members_model.row_of(_id_of(demo_db, "ธนากร"), Role.MEMBER)
        if row < 0:
            row = editor.members_model.row_of(_id_of(demo_db, "ธนากร"), Role.SECRETARY)
        editor.members.setCurrentIndex(editor.members_model.index(row, 1))
        editor.remove_member()
    assert tab.save_changes(), editor.errors.text()
    # Dated 20 Dec, before 222/2567 of 28 Dec: first in the history.
    assert [o.number for o in orders_of_year(demo_db, YEAR)] == [30, 222]
    assert tab.orders.item(0, 0).text() == "๓๐/๒๕๖๗"
    assert tab.unsaved_changes() == []


def test_an_order_without_a_head_is_refused(make_tab, demo_db):
    tab = make_tab(demo_db)
    editor = tab.editor
    editor.members.setCurrentIndex(editor.members_model.index(0, 1))
    editor.remove_member()
    assert tab.unsaved_changes() == ["committee order ๒๒๒/๒๕๖๗"]
    assert not tab.save_changes()
    assert "no head" in editor.errors.text()
    tab.discard_changes()
    assert len(_names(tab)) == 7 and tab.unsaved_changes() == []


def test_reorder_by_keyboard_and_by_drag_and_drop_within_a_role(make_tab, demo_db, qtbot):
    tab = make_tab(demo_db)
    editor = tab.editor
    before = _names(tab)
    editor.members.setFocus()
    editor.members.setCurrentIndex(editor.members_model.index(1, 1))
    qtbot.keyClick(editor.members, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _names(tab) == [before[0], before[2], before[1], *before[3:]]
    assert editor.selected_row() == 2, "the moved member stays selected"
    # Up from the first member would leave the members for the head's place: refused.
    editor.members.setCurrentIndex(editor.members_model.index(1, 1))
    qtbot.keyClick(editor.members, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _names(tab)[0] == before[0]
    model = editor.members_model
    moved = _names(tab)
    data = model.mimeData([model.index(5, 1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert _names(tab) == [moved[0], moved[5], *moved[1:5], moved[6]]
    # Dropped onto a row of another role (the secretary's): nothing moves.
    model.dropMimeData(model.mimeData([model.index(1, 1)]), Qt.DropAction.MoveAction, -1, -1,
                       model.index(6, 1))
    assert _names(tab)[1] == moved[5]
    assert tab.save_changes()
    [order] = orders_of_year(demo_db, YEAR)
    names = [tab._people_lines[m.person_id].name for m in order.members_in_order()]
    assert names == _names(tab)


def test_amend_replacing_and_the_committee_in_force_on_a_day(make_tab, demo_db, answer):
    tab = make_tab(demo_db)
    tab.amend(tab.editor.draft and __import__(
        "ita_desktop.domain.committee", fromlist=["Amendment"]).Amendment.REPLACES)
    editor = tab.editor
    assert len(_names(tab)) == 7 and editor.draft.amends_id is not None
    editor.number.setText("31")
    editor.dated.edit.setText("10 ก.พ. 2568")
    editor.members.setCurrentIndex(editor.members_model.index(1, 1))
    editor.remove_member()
    assert tab.save_changes(), editor.errors.text()
    assert tab.orders.rowCount() == 2
    assert tab.orders.item(1, 2).text() == "Replaces order ๒๒๒/๒๕๖๗"
    assert "in force today" in tab.orders.item(1, 0).text()
    assert "in force today" not in tab.orders.item(0, 0).text()
    tab.on_day.edit.setText("9 ก.พ. 2568")
    assert "order ๒๒๒/๒๕๖๗, ๗ members" in tab.in_force_text.text()
    tab.on_day.edit.setText("10 ก.พ. 2568")
    assert "order ๓๑/๒๕๖๘, ๖ members" in tab.in_force_text.text()
    tab.on_day.edit.setText("1 ธ.ค. 2567")
    assert "No order of fiscal year ๒๕๖๘ is in force" in tab.in_force_text.text()
    # The amended order cannot be deleted now.
    tab.orders.selectRow(0)
    tab.delete_order()
    assert "amended by order 31/2568" in answer.messages[-1][1]
    assert len(orders_of_year(demo_db, YEAR)) == 2


def test_copy_forward_flags_a_leaver_until_replaced(make_tab, demo_db, answer):
    [order] = orders_of_year(demo_db, YEAR)
    leaver = order.members_in_order()[3].person_id
    PeopleRepository(demo_db).set_active(leaver, False, on=date(2025, 2, 1))
    tab = make_tab(demo_db)
    tab.copy_forward()
    assert answer.messages[-1][0] == "information"
    model = tab.editor.members_model
    row = next(r for r in range(model.rowCount()) if model.member(r).person_id == leaver)
    assert model.index(row, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "left the unit" in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert tab.editor.draft.fiscal_year == 2569
    assert not tab.save_changes()
    assert "has left the unit" in tab.editor.errors.text()
    # Replace the leaver: remove them, add a serving officer as a member.
    tab.editor.members.setCurrentIndex(model.index(row, 1))
    tab.editor.remove_member()
    tab.editor.roster.setCurrentIndex(tab.editor.roster.findData(_id_of(demo_db, "ธนากร")))
    tab.editor.role.setCurrentIndex(tab.editor.role.findData(Role.MEMBER))
    tab.editor.add_member()
    assert tab.save_changes(), tab.editor.errors.text()
    assert len(orders_of_year(demo_db, 2569)) == 1
    assert "fiscal year ๒๕๖๙" in answer.messages[-1][1]


def test_deleting_a_signed_off_order_is_refused(make_tab, demo_db, answer, monkeypatch):
    tab = make_tab(demo_db)
    monkeypatch.setattr(OrderRepository, "signed_off", lambda self, order: True)
    tab.delete_order()
    assert answer.messages[-1][0] == "warning"
    assert "signed off" in answer.messages[-1][1]
    assert len(orders_of_year(demo_db, YEAR)) == 1


def test_a_stale_save_asks_which_to_keep(make_tab, demo_db, monkeypatch):
    tab = make_tab(demo_db)
    [order] = orders_of_year(demo_db, YEAR)
    from dataclasses import replace

    from ita_desktop.services.committee import save_order
    save_order(demo_db, replace(order, subject=order.subject + " (แก้ไข)"))
    asked: list[str] = []
    monkeypatch.setattr("ita_desktop.ui.committee.tab.ask_show_saved",
                        lambda parent, exc, replaced: asked.append(str(exc)) or True)
    tab.editor.subject.setPlainText("เรื่องใหม่")
    assert not tab.save_changes()
    assert asked and tab.unsaved_changes() == []
    assert tab.editor.subject.toPlainText().endswith("(แก้ไข)")


def test_in_thai_the_findings_are_thai_and_the_tab_fits_a_laptop(make_tab, demo_db, thai,
                                                                laptop_screen):
    tab = make_tab(demo_db, english=False)
    tab.resize(1366 - 16, 768 - 72 - 60)
    tab.editor.members.setCurrentIndex(tab.editor.members_model.index(0, 1))
    tab.editor.remove_member()
    assert not tab.save_changes()
    assert "หัวหน้า" in tab.editor.errors.text()
    assert "The order" not in tab.editor.errors.text()
    assert problems(tab) == [] and cut_fields(tab) == [] and squeezed(tab) == []


def test_a_read_only_window_offers_no_changes(make_tab, demo_db, monkeypatch):
    monkeypatch.setattr(demo_db, "read_only", True)
    tab = make_tab(demo_db)
    assert not tab.new_button.isEnabled() and not tab.save_button.isEnabled()
    assert not tab.delete_button.isEnabled() and not tab.amend_button.isEnabled()


def test_export_the_selected_order_sign_it_off_and_it_is_kept_as_signed(
        make_tab, demo_db, tmp_path, answer, monkeypatch, thai, qtbot):
    """From the tab, in Thai: the order selected (not the year's latest) exported as PDF and
    signed off; then the tab says, in Thai, that it can be neither changed nor deleted."""
    from PySide6.QtWidgets import QDialog

    from ita_desktop.domain.committee import Amendment
    from ita_desktop.services import committee
    from ita_desktop.services.reports import verify
    from ita_desktop.ui.common.sign_off_dialog import SignOffDialog
    from ita_desktop.ui.reports.export_dialog import ExportDialog

    [first] = orders_of_year(demo_db, YEAR)
    committee.save_order(demo_db, committee.amend(demo_db, first.id, Amendment.REPLACES,
                                                  date(2025, 2, 10), 31))
    tab = make_tab(demo_db, english=False)
    assert tab.selected_order().number == 31, "the latest order is selected at first"
    tab.orders.selectRow(0)
    assert tab.editor.number.text() == "๒๒๒"
    seen: dict[str, object] = {}

    def run(dialog: ExportDialog) -> int:
        qtbot.waitUntil(lambda: not dialog.busy and dialog.preview.page_count() > 0,
                        timeout=20000)
        seen["subject"] = dialog.prepared.subject.key
        seen["format"] = dialog.format.currentData()
        dialog.path.setText(str(tmp_path / "order.pdf"))
        monkeypatch.setattr(SignOffDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
        dialog.sign_off()
        qtbot.waitUntil(lambda: not dialog.busy and dialog.prepared.signed is not None,
                        timeout=30000)
        dialog.save()
        qtbot.waitUntil(lambda: not dialog.busy and dialog.saved_path is not None,
                        timeout=20000)
        seen["saved"] = dialog.saved_path
        dialog.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportDialog, "exec", run)
    tab.export_order_action.trigger()
    assert seen["subject"] == "222/2567" and seen["format"] == "pdf"
    saved = seen["saved"]
    assert saved.suffix == ".pdf" and verify(demo_db, saved.read_bytes()).exact
    assert tab.selected_order().number == 222, "the exported order stays selected"
    assert "ลงนามแล้ว" in tab.orders.item(0, 2).text()
    assert "ลงนามแล้ว" not in tab.orders.item(1, 2).text()

    # Changed in place: refused, said in Thai, nothing stored.
    tab.editor.subject.setPlainText("เรื่องที่แก้ไข")
    assert not tab.save_changes()
    refusal = tab.editor.errors.text()
    assert "๒๒๒/๒๕๖๗" in refusal or "222/2567" in refusal
    assert "ลงนามแล้ว" in refusal and "signed" not in refusal
    assert orders_of_year(demo_db, YEAR)[0].subject == first.subject
    tab.discard_changes()
    # The amending order is not signed off: deleted. The signed-off one is refused in Thai.
    tab.orders.selectRow(1)
    tab.delete_order()
    assert [o.number for o in orders_of_year(demo_db, YEAR)] == [222]
    tab.orders.selectRow(0)
    tab.delete_order()
    assert answer.messages[-1][0] == "warning"
    assert "ลบไม่ได้" in answer.messages[-1][1] and "signed" not in answer.messages[-1][1]
    assert len(orders_of_year(demo_db, YEAR)) == 1


def test_the_member_list_is_exported_about_the_selected_order(make_tab, demo_db, monkeypatch,
                                                              answer):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from ita_desktop.ui.reports.export_dialog import ExportDialog

    tab = make_tab(demo_db)
    opened: list[tuple[str, str]] = []

    def run(dialog: ExportDialog) -> int:
        opened.append((dialog.report.currentData(), dialog.prepared.subject.key))
        dialog.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportDialog, "exec", run)
    tab.export_members_action.trigger()
    assert opened == [("committee-members", "222/2567")]
    # With unsaved changes the tab asks first; "Cancel" keeps them and opens nothing.
    tab.editor.subject.setPlainText("เรื่องใหม่")
    answer.reply(QMessageBox.StandardButton.Cancel)
    tab.export_order_action.trigger()
    assert answer.messages[-1][0] == "question"
    assert len(opened) == 1 and tab.unsaved_changes()
    # "Discard": the order is exported as stored, the changes are gone.
    answer.reply(QMessageBox.StandardButton.Discard)
    tab.export_order_action.trigger()
    assert len(opened) == 2 and tab.unsaved_changes() == []
    assert tab.editor.subject.toPlainText() != "เรื่องใหม่"


def test_a_suggested_number_follows_the_dates_year_a_typed_one_stays(make_tab, demo_db):
    tab = make_tab(demo_db)
    tab.new_order()
    editor = tab.editor
    assert editor.number.text() == "๑", "2568 B.E. has no order yet"
    # Back into December 2567 B.E., where 222/2567 is taken: the next free number there.
    editor.dated.edit.setText("20 ธ.ค. 2567")
    assert editor.number.text() == "๒๒๓"
    editor.dated.edit.setText("5 ม.ค. 2568")
    assert editor.number.text() == "๑"
    # Typed by the secretary (orders outside ITA take numbers too): kept whatever the date.
    editor.number.setText("๔๐")
    editor.dated.edit.setText("20 ธ.ค. 2567")
    assert editor.number.text() == "๔๐"
    # A stored order's number is never re-suggested.
    tab.discard_changes()
    assert tab.editor.draft.id is not None
    tab.editor.dated.edit.setText("5 ม.ค. 2568")
    assert tab.editor.number.text() == "๒๒๒"
