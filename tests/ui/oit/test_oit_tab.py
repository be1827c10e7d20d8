"""The OIT tab driven as the secretary would, over the demo database (made on 1 March 2025,
fiscal year 2568, the immigration catalog O1..O24, planned as seed 001 assigns it: O2 in
preparation without files, O8 submitted, O11 and O24 not started, O6 monthly with its
deliverables of October to January published)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from ita_desktop.domain.oit_plan import AssignMode
from ita_desktop.domain.oit_workflow import Duty, Status
from ita_desktop.services import oit as oit_service
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.oit.assign_dialog import AssignDialog
from ita_desktop.ui.oit.items_model import ItemsModel
from ita_desktop.ui.oit.step_dialog import StepDialog
from ita_desktop.ui.oit.tab import OitTab, parse_ref

YEAR = 2568
TODAY = date(2025, 3, 1)


@pytest.fixture
def make_tab(qtbot, tab_context, answer):
    def make(db, today: date = TODAY, english: bool = True) -> OitTab:
        widget = OitTab(tab_context(db, YEAR, english=english), today=lambda: today)
        qtbot.addWidget(widget)
        widget.resize(1340, 680)
        widget.show()
        return widget
    return make


def _people(db) -> list[int]:  # type: ignore[no-untyped-def]
    return [p.id for p in PeopleRepository(db).all() if p.active and p.id is not None]


def _plan(db, code: str):  # type: ignore[no-untyped-def]
    return oit_service.oit_year(db, YEAR).item(code)


def _select(tab: OitTab, *codes: str) -> None:
    page = tab.items_page
    selection = page.table.selectionModel()
    selection.clearSelection()
    for code in codes:
        row = page.model.row_of_code(code)
        selection.setCurrentIndex(page.model.index(row, 0),
                                  QItemSelectionModel.SelectionFlag.Select
                                  | QItemSelectionModel.SelectionFlag.Rows)


def _shown(tab: OitTab, code: str, column: int) -> str:
    page = tab.items_page
    return page.model.index(page.model.row_of_code(code), column).data()


def _staff(db, code: str, preparer: int, controller: int) -> None:  # type: ignore[no-untyped-def]
    key = _plan(db, code).assignment.item_key
    oit_service.assign_many(db, YEAR, [key], preparer, Duty.PREPARER, AssignMode.REPLACE)
    oit_service.assign_many(db, YEAR, [key], controller, Duty.CONTROLLER, AssignMode.REPLACE)


def _answer_step(monkeypatch, person: int | None = None, comment: str = "",
                 url: str = "", accept: bool = True) -> list[StepDialog]:
    """Fill the step dialog as the user would and press OK; the dialogs shown are kept."""
    shown: list[StepDialog] = []

    def run(dialog: StepDialog) -> int:
        shown.append(dialog)
        if person is not None:
            dialog.person.setCurrentIndex(dialog.person.findData(person))
        dialog.comment.setPlainText(comment)
        dialog.url.setText(url)
        if accept:
            dialog.accept()
        return dialog.result() if accept else 0

    monkeypatch.setattr(StepDialog, "exec", run)
    return shown


# --- the table ----------------------------------------------------------------------------------

def test_items_are_listed_under_their_sub_indicators_and_headings_cannot_be_selected(
        make_tab, demo_db):
    tab = make_tab(demo_db)
    model = tab.items_page.model
    year = oit_service.oit_year(demo_db, YEAR)
    codes = [model.plan(r).code for r in range(model.rowCount()) if model.plan(r) is not None]
    assert codes == [plan.code for plan in year.items]
    headings = [r for r in range(model.rowCount()) if model.plan(r) is None]
    assert headings and headings[0] == 0
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert tab.items_page.table.columnSpan(0, 0) == model.columnCount()


def test_ref_parsing_takes_oit_entries_only():
    assert parse_ref("oit:2568:O12") == (2568, "O12", None)
    assert parse_ref("deliverable:2568:O12:2024-11") == (2568, "O12", date(2024, 11, 1))
    assert parse_ref("deliverable:2568:O12:2024-13") is None
    assert parse_ref("meeting:3") is None


# --- assigning many at once -----------------------------------------------------------------------

def test_assign_many_puts_the_person_on_every_selected_item_and_keeps_the_selection(
        make_tab, demo_db, monkeypatch):
    tab = make_tab(demo_db)
    person = _people(demo_db)[1]
    name = PeopleRepository(demo_db).get(person).display_name
    before = _plan(demo_db, "O3").assignment.controllers
    assert person not in before
    _select(tab, "O1", "O2", "O5")

    def choose(dialog: AssignDialog) -> int:
        dialog.person.set_choice(person)
        dialog.controller.setChecked(True)
        dialog.replace.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AssignDialog, "exec", choose)
    tab.items_page.assign()
    for code in ("O1", "O2", "O5"):
        assert _plan(demo_db, code).assignment.controllers == (person,)
        assert _shown(tab, code, ItemsModel.CONTROLLERS) == name
    assert _plan(demo_db, "O3").assignment.controllers == before
    assert [p.code for p in tab.items_page.selected_plans()] == ["O1", "O2", "O5"]


def test_the_assign_dialog_wants_a_person_from_the_roster(qtbot, demo_db):
    dialog = AssignDialog(PeopleRepository(demo_db).all(), ["O1"])
    qtbot.addWidget(dialog)
    dialog.person.setEditText("ใครก็ได้")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "roster" in dialog.errors.text()


def test_remove_person_takes_them_off_the_selected_items_only(make_tab, demo_db, monkeypatch):
    first, second = _people(demo_db)[1:3]
    for code in ("O3", "O4"):
        _staff(demo_db, code, first, second)
    oit_service.assign_many(demo_db, YEAR, [_plan(demo_db, c).assignment.item_key
                                            for c in ("O3", "O4")], second, Duty.PREPARER)
    tab = make_tab(demo_db)
    _select(tab, "O3")

    def choose(dialog: AssignDialog) -> int:
        dialog.person.set_choice(second)
        dialog.preparer.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AssignDialog, "exec", choose)
    tab.items_page.unassign()
    assert _plan(demo_db, "O3").assignment.preparers == (first,)
    assert _plan(demo_db, "O4").assignment.preparers == (first, second)


def test_filter_by_person_shows_only_their_items(make_tab, demo_db):
    first, second = _people(demo_db)[3:5]
    _staff(demo_db, "O7", first, second)
    tab = make_tab(demo_db)
    page = tab.items_page
    page.person_filter.setCurrentIndex(page.person_filter.findData(first))
    shown = [page.model.plan(r).code for r in range(page.model.rowCount())
             if page.model.plan(r) is not None]
    assert "O7" in shown
    assert all(first in _plan(demo_db, code).assignment.people for code in shown)


# --- the plan -------------------------------------------------------------------------------------

def test_the_plan_is_saved_with_its_checklist_and_note_and_unsaved_changes_are_told(
        make_tab, demo_db):
    first, second = _people(demo_db)[1:3]
    _staff(demo_db, "O2", first, second)
    tab = make_tab(demo_db)
    tab.open_item("O2")
    editor = tab.items_page.editor
    assert tab.unsaved_changes() == []
    editor.note.setPlainText("ขอข้อมูลจากงานอำนวยการ")
    editor.components.item(0).setCheckState(Qt.CheckState.Checked)
    assert tab.unsaved_changes() == ["the plan of OIT item O2"]
    assert tab.save_changes()
    stored = _plan(demo_db, "O2").assignment
    assert stored.note == "ขอข้อมูลจากงานอำนวยการ"
    assert 0 in stored.done_components
    assert tab.unsaved_changes() == []


def test_a_plan_the_rules_refuse_says_why_and_stays_on_screen(make_tab, demo_db):
    tab = make_tab(demo_db)
    tab.open_item("O11")
    editor = tab.items_page.editor
    editor.controllers.list.setCurrentRow(0)
    editor.controllers.remove_button.click()
    assert not tab.save_changes()
    assert "controller" in editor.errors.text()
    assert tab.unsaved_changes()


def test_a_stale_save_asks_which_to_keep(make_tab, demo_db, monkeypatch):
    first, second = _people(demo_db)[1:3]
    tab = make_tab(demo_db)
    tab.open_item("O8")
    _staff(demo_db, "O8", first, second)  # someone else, meanwhile
    asked: list[str] = []
    monkeypatch.setattr("ita_desktop.ui.oit.items_page.ask_show_saved",
                        lambda parent, exc, replaced: asked.append(str(exc)) or True)
    tab.items_page.editor.note.setPlainText("ของเดิม")
    assert not tab.save_changes()
    assert asked and tab.unsaved_changes() == []
    assert tab.items_page.editor.preparers.ids() == (first,)


# --- the workflow ---------------------------------------------------------------------------------

def test_a_step_is_recorded_by_a_person_holding_its_duty_and_shown_in_the_log(
        make_tab, demo_db, monkeypatch):
    tab = make_tab(demo_db)
    tab.open_item("O11")
    preparers = _plan(demo_db, "O11").assignment.preparers
    workflow = tab.items_page.workflow
    shown = _answer_step(monkeypatch)
    [start] = workflow.step_buttons
    start.click()
    # Only the item's preparers may start it: the dialog offers them alone.
    offered = tuple(shown[0].person.itemData(i) for i in range(shown[0].person.count()))
    assert offered == preparers
    assert _plan(demo_db, "O11").status is Status.IN_PREPARATION
    assert workflow.log.rowCount() == 1
    name = PeopleRepository(demo_db).get(preparers[0]).display_name
    assert [workflow.log.item(0, c).text() for c in (1, 2, 3)] == [
        "not started", "in preparation", name]
    assert _shown(tab, "O11", ItemsModel.STATUS) == "in preparation"


def test_a_refused_step_says_why_and_records_nothing(make_tab, demo_db, answer, monkeypatch):
    both = _people(demo_db)[1]
    _staff(demo_db, "O24", both, both)
    key = _plan(demo_db, "O24").assignment.item_key
    oit_service.change_status(demo_db, YEAR, key, None, Status.IN_PREPARATION, both)
    oit_service.change_status(demo_db, YEAR, key, None, Status.SUBMITTED, both)
    tab = make_tab(demo_db)
    tab.open_item("O24")
    _answer_step(monkeypatch, person=both)
    tab.items_page.next_step()  # Mark checked, by the one who submitted it
    assert _plan(demo_db, "O24").status is Status.SUBMITTED
    [(kind, text)] = answer.messages
    assert kind == "warning" and "submitted the item cannot also check it" in text


def test_returning_without_a_comment_is_refused_in_the_dialog(make_tab, demo_db, monkeypatch):
    tab = make_tab(demo_db)
    tab.open_item("O8")
    shown = _answer_step(monkeypatch)
    returning = next(b for b in tab.items_page.workflow.step_buttons if "Return" in b.text())
    returning.click()
    assert "comment" in shown[0].errors.text()
    assert _plan(demo_db, "O8").status is Status.SUBMITTED


def test_the_publishing_address_is_checked_as_it_is_typed(qtbot):
    from ita_desktop.domain.digits import DigitStyle
    from ita_desktop.domain.oit_workflow import STEPS

    dialog = StepDialog("O1", STEPS[(Status.APPROVED, Status.PUBLISHED)], [(1, "ก")], TODAY,
                        DigitStyle.ARABIC)
    qtbot.addWidget(dialog)
    dialog.url.setText("www.example.go.th/oit")
    assert "http" in dialog.url_check.text()
    dialog.url.setText("https://www.example.go.th/oit")
    assert dialog.url_check.text() == ""


# --- files ----------------------------------------------------------------------------------------

def _pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "O2")
    page.save()
    return path


def _files_shown(tab: OitTab) -> list[str]:
    table = tab.items_page.files.table
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_attach_remove_and_undo(make_tab, demo_db, tmp_path, qtbot):
    tab = make_tab(demo_db)
    tab.open_item("O2")
    files = tab.items_page.files
    tab.items_page.item_pages.setCurrentWidget(files)
    job = files.attach([_pdf(tmp_path / "แผนปฏิบัติ.pdf")])
    assert job is not None
    qtbot.waitUntil(lambda: not files.attaching, timeout=10000)
    assert _files_shown(tab) == ["แผนปฏิบัติ.pdf"]
    assert [f.name for f in _plan(demo_db, "O2").files] == ["แผนปฏิบัติ.pdf"]
    files.table.selectRow(0)
    files.remove_selected()
    assert _files_shown(tab) == [] and _plan(demo_db, "O2").files == ()
    files.table.setFocus()
    qtbot.keyClick(files.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _files_shown(tab) == ["แผนปฏิบัติ.pdf"]
    assert [f.name for f in _plan(demo_db, "O2").files] == ["แผนปฏิบัติ.pdf"]
    assert not files.undo_button.isEnabled()


def test_a_refused_file_attaches_nothing_and_says_why(make_tab, demo_db, tmp_path, qtbot,
                                                      answer):
    tab = make_tab(demo_db)
    tab.open_item("O2")
    files = tab.items_page.files
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    files.attach([_pdf(tmp_path / "ok.pdf"), notes])
    qtbot.waitUntil(lambda: not files.attaching, timeout=10000)
    assert _plan(demo_db, "O2").files == ()
    [(kind, text)] = answer.messages
    assert kind == "warning" and "notes.txt" in text


def test_a_dropped_file_is_attached(make_tab, demo_db, tmp_path, qtbot):
    tab = make_tab(demo_db)
    tab.open_item("O2")
    files = tab.items_page.files
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(_pdf(tmp_path / "dropped.pdf")))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    files.dropEvent(event)
    qtbot.waitUntil(lambda: not files.attaching, timeout=10000)
    assert _files_shown(tab) == ["dropped.pdf"]


def test_a_pdf_is_previewed_page_by_page_off_the_window_thread(make_tab, demo_db, tmp_path,
                                                               qtbot):
    tab = make_tab(demo_db)
    tab.open_item("O2")
    files = tab.items_page.files
    files.attach([_pdf(tmp_path / "one.pdf")])
    qtbot.waitUntil(lambda: not files.attaching, timeout=10000)
    files.table.selectRow(0)
    qtbot.waitUntil(lambda: files.preview.pages.page_count() == 1, timeout=10000)
    assert files.preview.currentWidget() is files.preview.pages


# --- from the calendar -------------------------------------------------------------------------

def test_an_oit_entry_of_the_year_view_opens_its_item_in_the_oit_tab(qtbot, demo_db):
    from ita_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(demo_db, "en")
    qtbot.addWidget(window)
    window.show()
    year = window.selected_year()
    code = oit_service.oit_year(demo_db, year).items[2].code
    window.tab("calendar").show_entry(f"oit:{year}:{code}")
    tab = window.tab("oit")
    assert window.tabs.currentWidget().content() is tab
    assert tab.items_page.editor.plan is not None and tab.items_page.editor.plan.code == code


def test_a_deliverable_entry_opens_its_month_in_the_workflow(qtbot, demo_db):
    from ita_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(demo_db, "en")
    qtbot.addWidget(window)
    window.show()
    window.show_in_calendar(f"deliverable:{YEAR}:O6:2024-11")
    tab = window.tab("oit")
    page = tab.items_page
    assert window.tabs.currentWidget().content() is tab
    assert page.editor.plan is not None and page.editor.plan.code == "O6"
    assert page.item_pages.currentWidget() is page.workflow
    assert page.workflow.month == date(2024, 11, 1)
    assert "published" in page.workflow.state.text()
    assert page.files.heading.text().startswith("Files of O6, the deliverable of")


def test_publishing_records_the_address_and_day_and_the_item_shows_them(
        make_tab, demo_db, monkeypatch):
    approved = next(p for p in oit_service.oit_year(demo_db, YEAR).items
                    if p.status is Status.APPROVED)
    tab = make_tab(demo_db)
    tab.open_item(approved.code)
    url = f"https://immigration-demo.example.org/ita/2568/{approved.code.lower()}-new"
    shown = _answer_step(monkeypatch, url=url)
    tab.items_page.next_step()
    assert shown and shown[0].published_on.date() == TODAY
    stored = _plan(demo_db, approved.code)
    assert stored.status is Status.PUBLISHED
    assert (stored.url, stored.published_on) == (url, TODAY)
    assert url in tab.items_page.workflow.state.text()
    assert not tab.items_page.workflow.step_buttons


def test_the_keyboard_reaches_assign_and_attach(make_tab, demo_db, monkeypatch, qtbot):
    tab = make_tab(demo_db)
    page = tab.items_page
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    page.table.setFocus()
    opened: list[str] = []
    monkeypatch.setattr(AssignDialog, "exec", lambda dialog: opened.append("assign") or 0)
    monkeypatch.setattr("ita_desktop.ui.oit.files_panel.QFileDialog.getOpenFileNames",
                        lambda *args, **kwargs: opened.append("attach") or ([], ""))
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert opened == ["assign", "attach"]
    assert page.item_pages.currentWidget() is page.files
