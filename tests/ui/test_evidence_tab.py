"""The photo evidence tab driven as the secretary would, over a copy of the demo database in a
fiscal year of its own (2569), so the measures and photos are the test's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from ita_desktop.domain.evidence import Area, Measure, measure_label
from ita_desktop.services import evidence as evidence_service
from ita_desktop.ui.evidence.tab import EvidenceTab
from tests.ui.evidence.photos import jpegs, not_a_picture

YEAR = 2569


@pytest.fixture
def make_tab(qtbot, tab_context, answer):
    def make(db, year: int = YEAR) -> EvidenceTab:
        widget = EvidenceTab(tab_context(db, year, english=True))
        qtbot.addWidget(widget)
        widget.resize(1340, 680)
        widget.show()
        return widget
    return make


def _measures(db, year: int = YEAR) -> list[Measure]:  # type: ignore[no-untyped-def]
    """Three measures: two of the service point, one of communication."""
    return [evidence_service.save_measure(db, Measure(fiscal_year=year, area=area, title=title))
            for area, title in ((Area.SERVICE, "จุดบริการ One Stop Service"),
                                (Area.SERVICE, "ป้ายแสดงขั้นตอน"),
                                (Area.COMMUNICATION, "การสื่อสารบทบาทหน้าที่"))]


def _titles(db, year: int = YEAR) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(measure_label(m), m.title) for m in evidence_service.evidence_year(db, year).measures]


def _import(tab: EvidenceTab, qtbot, monkeypatch, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(p) for p in paths], "")))
    tab.grid.choose_files()
    assert tab.grid.importing
    qtbot.waitUntil(lambda: not tab.grid.importing, timeout=20000)


def test_a_year_without_measures_offers_to_start_from_the_last_year_with_them(
        make_tab, demo_db):
    _measures(demo_db, 2570)
    tab = make_tab(demo_db, 2571)
    assert tab.pages.currentWidget() is tab.start
    assert tab.start.carry_button.isVisible()
    assert "๒๕๗๐" in tab.start.carry_button.text()  # the demo unit writes Thai digits
    tab.start.carry_button.click()
    assert tab.pages.currentWidget() is not tab.start
    assert _titles(demo_db, 2571) == _titles(demo_db, 2570)
    assert tab.tree.topLevelItem(0).child(0).text(0) == "๑.๑ จุดบริการ One Stop Service"


def test_the_standard_measures_start_a_year_of_the_units_kind(make_tab, demo_db):
    tab = make_tab(demo_db, 2572)
    tab.start.standard_button.click()
    measures = evidence_service.evidence_year(demo_db, 2572).measures
    assert {m.area for m in measures} == {Area.SERVICE, Area.COMMUNICATION, Area.OIT}
    shown = sum(tab.tree.topLevelItem(i).childCount() for i in range(3))
    assert shown == len(measures)
    assert tab.editor.measure_loaded == measures[0]


def test_add_edit_save_and_unsaved_changes(make_tab, demo_db, monkeypatch):
    _measures(demo_db)
    tab = make_tab(demo_db)
    tab.tree.select_measure(_measure_id(demo_db, "การสื่อสารบทบาทหน้าที่"))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("ประชาสัมพันธ์ผลงาน", True)))
    tab.add_button.click()
    assert ("2.2", "ประชาสัมพันธ์ผลงาน") in _titles(demo_db)
    assert tab.editor.title.text() == "ประชาสัมพันธ์ผลงาน"
    tab.editor.result.setPlainText("ติดตั้งป้ายประชาสัมพันธ์แล้ว")
    tab.editor.add_line_button.click()
    tab.editor.responsible.cellWidget(0, 0).setText("ผู้ปฏิบัติ")
    tab.editor.responsible.cellWidget(0, 1).setEditText("งานธุรการ")
    assert tab.unsaved_changes() == ['the integrity measure "ประชาสัมพันธ์ผลงาน"']
    assert tab.save_changes()
    stored = evidence_service.evidence_year(demo_db, YEAR).find("2.2")
    assert stored is not None and stored.result == "ติดตั้งป้ายประชาสัมพันธ์แล้ว"
    assert [(r.duty, r.text) for r in stored.responsible] == [("ผู้ปฏิบัติ", "งานธุรการ")]
    assert tab.unsaved_changes() == []


def test_a_measure_without_title_is_refused_with_the_reason(make_tab, demo_db):
    _measures(demo_db)
    tab = make_tab(demo_db)
    tab.editor.title.setText("  ")
    tab.editor.title.textEdited.emit("  ")
    assert not tab.save_changes()
    assert tab.editor.errors.isVisible() and "title" in tab.editor.errors.text()
    assert _titles(demo_db)[0] == ("1.1", "จุดบริการ One Stop Service")


def _measure_id(db, title: str) -> int:  # type: ignore[no-untyped-def]
    found = evidence_service.evidence_year(db, YEAR).find(title)
    assert found is not None and found.id is not None
    return found.id


def test_delete_a_measure_and_undo(make_tab, demo_db):
    _measures(demo_db)
    tab = make_tab(demo_db)
    tab.tree.select_measure(_measure_id(demo_db, "ป้ายแสดงขั้นตอน"))
    tab.delete_button.click()
    assert ("1.2", "ป้ายแสดงขั้นตอน") not in _titles(demo_db)
    tab.undo()
    assert ("1.2", "ป้ายแสดงขั้นตอน") in _titles(demo_db)


def test_moving_down_from_the_end_of_an_area_goes_to_the_next_area(make_tab, demo_db):
    _measures(demo_db)
    tab = make_tab(demo_db)
    tab.tree.select_measure(_measure_id(demo_db, "จุดบริการ One Stop Service"))
    tab.down_button.click()
    assert _titles(demo_db)[:2] == [("1.1", "ป้ายแสดงขั้นตอน"),
                                    ("1.2", "จุดบริการ One Stop Service")]
    tab.down_button.click()
    assert ("2.1", "จุดบริการ One Stop Service") in _titles(demo_db)
    assert tab.tree.current_id() == _measure_id(demo_db, "จุดบริการ One Stop Service")
    tab.up_button.click()
    assert ("1.2", "จุดบริการ One Stop Service") in _titles(demo_db)


def test_import_good_and_bad_files_says_which_were_skipped(make_tab, demo_db, tmp_path,
                                                           qtbot, monkeypatch, answer):
    _measures(demo_db)
    tab = make_tab(demo_db)
    bad = not_a_picture(tmp_path / "minutes.jpg")
    _import(tab, qtbot, monkeypatch, [*jpegs(tmp_path, 2), bad])
    assert tab.grid.model.rowCount() == 2
    kind, text = answer.messages[-1]
    assert kind == "warning" and "minutes.jpg" in text and "๒ photos were imported" in text
    # The same files again are all duplicates: nothing is added.
    _import(tab, qtbot, monkeypatch, jpegs(tmp_path, 2))
    assert tab.grid.model.rowCount() == 2
    assert "photo000.jpg" in answer.messages[-1][1]


def test_move_photos_to_another_measure_by_menu_and_by_dropping_on_the_list(
        make_tab, demo_db, tmp_path, qtbot, monkeypatch):
    _measures(demo_db)
    tab = make_tab(demo_db)
    _import(tab, qtbot, monkeypatch, jpegs(tmp_path, 3))
    tab.grid.view.setCurrentIndex(tab.grid.model.index(0))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
        lambda parent, title, label, items, *a, **k: (items[0], True)))
    tab.grid.move_selected()
    second = _measure_id(demo_db, "ป้ายแสดงขั้นตอน")
    year = evidence_service.evidence_year(demo_db, YEAR)
    assert [p.name for p in year.own_photos(second)] == ["photo000.jpg"]
    assert tab.grid.model.rowCount() == 2
    # Thumbnails dragged onto a measure of the list.
    mime = tab.grid.model.mimeData([tab.grid.model.index(0)])
    third = _measure_id(demo_db, "การสื่อสารบทบาทหน้าที่")
    from ita_desktop.ui.common.photo_model import photo_ids_of
    tab.tree.photos_dropped.emit(photo_ids_of(mime), third)
    year = evidence_service.evidence_year(demo_db, YEAR)
    assert [p.name for p in year.own_photos(third)] == ["photo001.jpg"]


def test_delete_photos_with_del_and_put_them_back_with_ctrl_z(make_tab, demo_db, tmp_path,
                                                             qtbot, monkeypatch):
    _measures(demo_db)
    tab = make_tab(demo_db)
    _import(tab, qtbot, monkeypatch, jpegs(tmp_path, 3))
    tab.grid.view.setFocus()
    tab.grid.view.selectAll()
    qtbot.keyClick(tab.grid.view, Qt.Key.Key_Delete)
    assert tab.grid.model.rowCount() == 0
    qtbot.keyClick(tab.grid.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.name for p in tab.grid.model.photos()] == [
        "photo000.jpg", "photo001.jpg", "photo002.jpg"]


def test_a_measure_reporting_on_a_meeting_shows_its_photos_marked(make_tab, demo_db,
                                                                  tmp_path):
    from ita_desktop.services import meetings as meetings_service

    meeting = meetings_service.meetings_of_year(demo_db, 2568)[0]
    assert meeting.id is not None
    evidence_service.import_photos(demo_db, 2568, jpegs(tmp_path, 2), meeting_id=meeting.id)
    measure = evidence_service.save_measure(demo_db, Measure(
        fiscal_year=2568, area=Area.OIT, title="การประชุมติดตามผล", meeting_id=meeting.id))
    tab = make_tab(demo_db, 2568)
    tab.tree.select_measure(measure.id)
    photos = tab.grid.model.photos()
    assert len(photos) >= 2 and all(tab.grid.model.is_marked(p) for p in photos)
    # A meeting's photo is deleted in the meeting, not from the measure's grid.
    tab.grid.view.selectAll()
    assert not tab.grid.delete_button.isEnabled()


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_tab_and_the_viewer_keep_the_window_conventions(make_tab, demo_db, tmp_path, qtbot,
                                                            monkeypatch, laptop_screen,
                                                            language):
    from PySide6.QtWidgets import QApplication

    from ita_desktop.ui.common.photo_viewer import PhotoViewer
    from ita_desktop.ui.shell.translation import install_translators
    from tests.ui.conventions import problems

    install_translators(QApplication.instance(), language)
    try:
        _measures(demo_db)
        tab = make_tab(demo_db)
        _import(tab, qtbot, monkeypatch, jpegs(tmp_path, 2))
        assert problems(tab) == []
        viewer = PhotoViewer(tab.grid.model.photos(), 0,
                             lambda i: evidence_service.photo_picture(demo_db, i),
                             lambda p, c, t: p, tab.context.digits(), tab)
        qtbot.addWidget(viewer)
        viewer.show()
        assert problems(viewer) == []
        viewer.reject()
    finally:
        install_translators(QApplication.instance(), "en")


def test_the_keyboard_reaches_import_the_viewer_and_the_measures(make_tab, demo_db, tmp_path,
                                                                 qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from ita_desktop.ui.common.photo_viewer import PhotoViewer

    _measures(demo_db)
    tab = make_tab(demo_db)
    _import(tab, qtbot, monkeypatch, jpegs(tmp_path, 2))
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: opened.append("import") or ([], "")))
    monkeypatch.setattr(PhotoViewer, "exec", lambda viewer: opened.append(
        f"viewer {viewer.row} {'caption' if viewer.caption_first else 'picture'}") or 0)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    tab.grid.view.setFocus()
    tab.grid.view.setCurrentIndex(tab.grid.model.index(1))
    qtbot.keyClick(tab.grid.view, Qt.Key.Key_Return)
    qtbot.keyClick(tab.grid.view, Qt.Key.Key_F2)
    assert opened == ["import", "viewer 1 picture", "viewer 1 caption"]
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _titles(demo_db)[:2] == [("1.1", "ป้ายแสดงขั้นตอน"),
                                    ("1.2", "จุดบริการ One Stop Service")]
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert ("1.1", "ป้ายแสดงขั้นตอน") in _titles(demo_db)
    assert "จุดบริการ One Stop Service" not in [t for _, t in _titles(demo_db)]


def test_the_documents_open_the_export_dialog_on_each_integrity_report(make_tab, demo_db,
                                                                      monkeypatch, answer):
    from PySide6.QtWidgets import QMessageBox

    from ita_desktop.ui.evidence.documents_menu import REPORTS
    from ita_desktop.ui.reports import export_dialog

    _measures(demo_db)
    tab = make_tab(demo_db)
    opened: list[str] = []
    monkeypatch.setattr(export_dialog.ExportDialog, "exec",
                        lambda dialog: opened.append(dialog.kind().key) or 0)
    for kind in REPORTS:
        tab.documents.report_actions[kind].trigger()
    assert opened == ["integrity-measures", "integrity-results"]
    # A measure typed but not saved is asked about first; Cancel makes no document.
    tab.editor.title.setText("มาตรการที่ยังไม่ได้บันทึก")
    answer.reply(QMessageBox.StandardButton.Cancel)
    tab.documents.report_actions["integrity-measures"].trigger()
    assert opened == ["integrity-measures", "integrity-results"]
    assert "มาตรการที่ยังไม่ได้บันทึก" not in [t for _, t in _titles(demo_db)]


def test_cancel_when_leaving_an_edited_measure_by_clicking_keeps_it_selected(
        make_tab, demo_db, qtbot, answer):
    from PySide6.QtWidgets import QMessageBox

    _measures(demo_db)
    tab = make_tab(demo_db)
    first = _measure_id(demo_db, "จุดบริการ One Stop Service")
    other = _measure_id(demo_db, "การสื่อสารบทบาทหน้าที่")
    tab.tree.select_measure(first)
    tab.editor.result.setPlainText("ยังไม่ได้บันทึก")
    answer.reply(QMessageBox.StandardButton.Cancel)
    # A click, as the secretary does: the mouse press makes the item current, the release
    # selects it; Cancel must leave the list on the measure the form still shows.
    item = next(tab.tree.topLevelItem(a).child(c) for a in range(tab.tree.topLevelItemCount())
                for c in range(tab.tree.topLevelItem(a).childCount())
                if tab.tree.topLevelItem(a).child(c).data(0, Qt.ItemDataRole.UserRole) == other)
    rect = tab.tree.visualItemRect(item)
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(50)
    assert tab.tree.current_id() == first
    assert [i.data(0, Qt.ItemDataRole.UserRole) for i in tab.tree.selectedItems()] == [first]
    assert tab.editor.measure_loaded is not None and tab.editor.measure_loaded.id == first
    assert tab.editor.result.toPlainText() == "ยังไม่ได้บันทึก"
