"""The "Unit & people" tab driven as a secretary would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.unit import UnitRepository
from ita_desktop.ui.unit.person_dialog import PersonDialog
from ita_desktop.ui.unit.roster_import_dialog import RosterImportDialog
from ita_desktop.ui.unit.tab import UnitTab
from tests.files import roster_file as _roster_file
from tests.files import signature_scan as _signature_scan


@pytest.fixture
def tab(qtbot, demo_db, tab_context):
    widget = UnitTab(tab_context(demo_db))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def visible_names(tab: UnitTab) -> list[str]:
    proxy = tab.roster.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_roster_shows_serving_people_commander_first(tab):
    names = visible_names(tab)
    assert len(names) == 20
    assert names[0].startswith("พ.ต.อ.")
    assert not any("บุญชู" in n for n in names)
    tab.roster.show_left.setChecked(True)
    assert any("บุญชู" in n for n in visible_names(tab))


def test_search_section_and_rank_filters(tab, qtbot):
    tab.roster.search.setText("สุข")
    assert visible_names(tab) == ["ด.ต.หญิง สุภาพร มีสุข", "ส.ต.อ.วีระพงษ์ สุขใจ"]
    tab.roster.search.setText("0810000117")
    assert visible_names(tab) == ["ร.ต.อ.ธนากร ศรีทอง"]
    tab.roster.search.clear()
    index = tab.roster.section_filter.findData("foreigner_services")
    tab.roster.section_filter.setCurrentIndex(index)
    assert len(visible_names(tab)) == 5
    tab.roster.rank_filter.setCurrentIndex(tab.roster.rank_filter.findData("pol_capt"))
    assert visible_names(tab) == ["ร.ต.อ.หญิง ศิริพร นาคสวัสดิ์"]
    assert "๑ shown" in tab.roster.count.text(), "counted in the unit's Thai digits"


def test_add_person_through_the_dialog(tab, monkeypatch):
    def fill(dialog: PersonDialog) -> int:
        dialog.rank.setCurrentIndex(dialog.rank.findData("pol_lt"))
        dialog.female.setChecked(True)
        dialog.first.setText("ทดลอง")
        dialog.last.setText("ระบบ")
        dialog.position.setText("รองสารวัตรตรวจคนเข้าเมืองจังหวัดศรีวารินทร์")
        dialog.position.textEdited.emit(dialog.position.text())
        assert dialog.position_abbr.text() == "รอง สว.ตม.จว.ศรีวารินทร์"
        assert "ร.ต.ท.หญิง ทดลอง ระบบ" in dialog.preview.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PersonDialog, "exec", fill)
    tab.roster.add_person()
    people = PeopleRepository(tab.roster._people.db).all()
    added = [p for p in people if p.first_name == "ทดลอง"]
    assert len(added) == 1 and added[0].female and added[0].position_abbr.startswith("รอง สว.")
    assert tab.roster.selected().first_name == "ทดลอง"


def test_person_dialog_refuses_empty_name_and_stays_open(qtbot):
    from ita_desktop.domain.units import UnitKind

    dialog = PersonDialog(UnitKind.PROVINCIAL_IMMIGRATION)
    qtbot.addWidget(dialog)
    dialog.last.setText("ระบบ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.isVisibleTo(dialog) and "first name" in dialog.errors.text()


def test_mark_as_left_and_back(tab, answer):
    tab.roster.view.selectRow(3)
    person = tab.roster.selected()
    tab.roster.toggle_left()
    repo = PeopleRepository(tab.roster._people.db)
    assert not repo.get(person.id).active
    assert tab.roster.show_left.isChecked()
    tab.roster.select(person.id)
    assert tab.roster.leave_action.text() == "Mark as serving a&gain"
    tab.roster.toggle_left()
    assert repo.get(person.id).active


def test_unit_profile_edit_and_save(tab):
    form = tab.form
    assert form.full_name.text() == "ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์"
    assert not form.save_button.isEnabled()
    form.phone.setText("0 4200 1111")
    assert form.dirty and form.save_button.isEnabled()
    assert form.save()
    assert UnitRepository(tab.roster._people.db).get().phone == "0 4200 1111"
    assert not form.dirty


def test_bad_profile_is_not_saved_and_says_why(tab):
    tab.form.email.setText("no-at-sign")
    assert not tab.form.save()
    assert "e-mail" in tab.form.errors.text()
    assert UnitRepository(tab.roster._people.db).get().email == "demo-immigration@example.org"


def test_the_reason_a_profile_is_refused_is_scrolled_into_view(tab, qtbot):
    # A laptop's window: the form is taller than its pane, and the error line is at its foot.
    tab.resize(1000, 420)
    qtbot.waitUntil(lambda: tab.form.height() > 420)
    tab.form.email.setText("no-at-sign")
    assert not tab.form.save()
    qtbot.waitUntil(lambda: not tab.form.errors.visibleRegion().isEmpty())




def _edit_with(tab, monkeypatch, change):  # type: ignore[no-untyped-def]
    """Edit the selected person, letting ``change`` act on the dialog, then press OK."""
    def run(dialog: PersonDialog) -> int:
        change(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PersonDialog, "exec", run)
    tab.roster.edit_selected()


def test_signature_is_imported_in_the_person_dialog_and_saved_on_ok(
        tab, qtbot, monkeypatch, tmp_path):
    import threading

    from ita_desktop.ui.unit import person_dialog

    people = tab.roster._people
    person = tab.roster.model.person_at(0)
    tab.roster.select(person.id)
    scan = _signature_scan(tmp_path / "signature.jpg")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))

    decoders: list[int] = []
    decode = person_dialog.load_signature_as_png

    def spy(path: Path) -> bytes:
        decoders.append(threading.get_ident())
        return decode(path)

    monkeypatch.setattr(person_dialog, "load_signature_as_png", spy)

    def import_it(dialog: PersonDialog) -> None:
        assert dialog.signature_view.text() == "no signature"
        assert not dialog.signature_remove.isEnabled()
        dialog.import_signature()
        # Decoded off the window's thread; meanwhile the person cannot be saved without it.
        assert dialog.decoding and dialog.signature_view.text() == "reading the image…"
        assert not dialog._buttons.button(dialog._buttons.StandardButton.Save).isEnabled()
        qtbot.waitUntil(lambda: not dialog.decoding, timeout=10000)
        assert decoders and decoders[0] != threading.get_ident()
        assert dialog._buttons.button(dialog._buttons.StandardButton.Save).isEnabled()
        assert not dialog.signature_view.pixmap().isNull()
        assert dialog.signature_remove.isEnabled()

    _edit_with(tab, monkeypatch, import_it)
    import io

    from PIL import Image

    stored = Image.open(io.BytesIO(people.signature(person.id)))
    assert stored.mode == "RGBA" and stored.getpixel((0, 0))[3] == 0

    # Opening the person again shows it; removing it and pressing OK clears it.
    def remove_it(dialog: PersonDialog) -> None:
        assert not dialog.signature_view.pixmap().isNull()
        dialog.remove_signature()
        assert dialog.signature_view.text() == "no signature"

    tab.roster.select(person.id)
    _edit_with(tab, monkeypatch, remove_it)
    assert people.signature(person.id) is None


def test_cancelled_dialog_keeps_the_old_signature(tab, monkeypatch, tmp_path):
    people = tab.roster._people
    person = tab.roster.model.person_at(0)
    people.set_signature(person.id, _signature_png(tmp_path))
    before = people.signature(person.id)
    tab.roster.select(person.id)

    def cancel(dialog: PersonDialog) -> int:
        dialog.remove_signature()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PersonDialog, "exec", cancel)
    tab.roster.edit_selected()
    assert people.signature(person.id) == before


def _signature_png(tmp_path: Path) -> bytes:
    from ita_desktop.media.images import load_signature_as_png

    return load_signature_as_png(_signature_scan(tmp_path / "s.png"))


def test_blank_signature_is_refused_and_nothing_changes(tab, qtbot, monkeypatch, tmp_path,
                                                        answer):
    from PIL import Image

    blank = tmp_path / "blank.png"
    Image.new("RGB", (400, 120), "white").save(blank)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(blank), ""))
    person = tab.roster.model.person_at(0)
    tab.roster.select(person.id)
    def import_blank(dialog: PersonDialog) -> None:
        dialog.import_signature()
        qtbot.waitUntil(lambda: not dialog.decoding, timeout=10000)

    _edit_with(tab, monkeypatch, import_blank)
    assert answer.messages[-1][0] == "warning" and "blank" in answer.messages[-1][1]
    assert tab.roster._people.signature(person.id) is None


def test_new_person_and_signature_are_saved_together_or_not_at_all(
        tab, qtbot, monkeypatch, tmp_path, answer):
    people = tab.roster._people
    scan = _signature_scan(tmp_path / "signature.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))

    refusals: list[str] = []

    def fill(dialog: PersonDialog) -> int:
        if dialog.first.text():
            # Shown again after a refusal, with what was typed: the user reads why, cancels.
            refusals.append(dialog.errors.text())
            return QDialog.DialogCode.Rejected
        dialog.rank.setCurrentIndex(dialog.rank.findData("pol_lt"))
        dialog.first.setText("ลายมือ")
        dialog.last.setText("ทดสอบ")
        dialog.import_signature()
        qtbot.waitUntil(lambda: not dialog.decoding, timeout=10000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PersonDialog, "exec", fill)
    count = people.count()
    failing = PeopleRepository.set_signature

    def refuse(self, person_id: int, png: bytes | None) -> None:
        failing(self, person_id, png)
        from ita_desktop.store.errors import WriteError

        raise WriteError("store.disk_full", self.db.path)

    monkeypatch.setattr(PeopleRepository, "set_signature", refuse)
    tab.roster.add_person()
    assert "is full" in refusals[-1]
    assert people.count() == count  # the person was not added without the signature

    def locked(self, person_id: int, png: bytes | None) -> None:
        import sqlite3

        failing(self, person_id, png)
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(PeopleRepository, "set_signature", locked)
    tab.roster.add_person()
    assert "in use by another" in refusals[-1]
    assert people.count() == count

    monkeypatch.setattr(PeopleRepository, "set_signature", failing)
    tab.roster.add_person()
    added = [p for p in people.all() if p.first_name == "ลายมือ"]
    assert len(added) == 1 and people.signature(added[0].id) is not None


def test_emblem_import_refuses_a_non_image(tab, monkeypatch, tmp_path, answer):
    bogus = tmp_path / "emblem.png"
    bogus.write_text("not an image", encoding="utf-8")
    before = UnitRepository(tab.roster._people.db).emblem()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bogus), ""))
    tab.form.import_emblem()
    assert answer.messages and answer.messages[-1][0] == "warning"
    assert UnitRepository(tab.roster._people.db).emblem() == before


def test_emblem_import_downscales_a_real_image(tab, monkeypatch, tmp_path):
    from PIL import Image

    photo = tmp_path / "garuda.jpg"
    Image.new("RGB", (2400, 1800), (200, 30, 30)).save(photo)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    tab.form.import_emblem()
    assert "600 × 450" in tab.form.emblem_note.text()




def test_import_with_bad_rows_imports_nothing(tab, qtbot, tmp_path):
    path = _roster_file(tmp_path / "r.xlsx", [["พ.ต.ท.", "ใหม่", "หนึ่ง", "งานอำนวยการ"],
                                              ["กัปตัน", "ใหม่", "สอง", ""],
                                              ["ด.ต.", "ธีรวัฒน์", "แสงอรุณ", ""]])
    dialog = RosterImportDialog(path, tab.unit_kind(), tab.roster._people.all)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert not dialog.import_button.isEnabled()
    text = dialog.problems.toPlainText()
    assert "Row 3" in text and "กัปตัน" in text
    assert "Row 4" in text and "already in the roster" in text
    assert dialog.table.item(1, 4).text() != "OK"


def test_import_clean_file_adds_everyone(tab, qtbot, monkeypatch, tmp_path, answer):
    path = _roster_file(tmp_path / "r.xlsx", [["พ.ต.ท.", "ใหม่", "หนึ่ง", "งานอำนวยการ"],
                                              ["ส.ต.ต.", "ใหม่", "สอง", ""]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def accept(dialog: RosterImportDialog) -> int:
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RosterImportDialog, "exec", accept)
    before = len(tab.roster.model_people())
    tab.roster.import_roster()
    assert len(tab.roster.model_people()) == before + 2
    assert "2 people were added" in answer.messages[-1][1]


def test_export_writes_what_is_shown(tab, monkeypatch, tmp_path, answer):
    from openpyxl import load_workbook

    out = tmp_path / "roster"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    tab.roster.section_filter.setCurrentIndex(
        tab.roster.section_filter.findData("administration"))
    tab.roster.export_roster()
    sheet = load_workbook(out.with_suffix(".xlsx")).active
    assert sheet.max_row == 1 + 6
    assert sheet["F2"].value == "งานอำนวยการ"


def test_commander_list_follows_the_roster(tab):
    combo = tab.form.commander
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert combo.currentText().startswith("พ.ต.อ.ธีรวัฒน์")
    assert not any("บุญชู" in label for label in labels)
    assert tab.roster.view.model().headerData(0, Qt.Orientation.Horizontal) == "Rank and name"


def test_roster_is_read_off_the_window_thread_with_progress(tab, qtbot, tmp_path, monkeypatch):
    import threading

    from ita_desktop.exchange import roster_xlsx
    from ita_desktop.ui.unit import roster_import_dialog

    rows = [["ส.ต.ต.", f"ใหม่{k}", "ทดสอบ", ""] for k in range(300)]
    path = _roster_file(tmp_path / "big.xlsx", rows)
    readers: list[int] = []
    read = roster_xlsx.read_roster

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        readers.append(threading.get_ident())
        return read(*args, **kwargs)

    monkeypatch.setattr(roster_import_dialog, "read_roster", spy)
    reports: list[tuple[int, int]] = []
    monkeypatch.setattr(RosterImportDialog, "_on_progress",
                        lambda self, done, total, text: reports.append((done, total)))
    dialog = RosterImportDialog(path, tab.unit_kind(), tab.roster._people.all)
    qtbot.addWidget(dialog)
    assert dialog.loading and not dialog.import_button.isEnabled()
    assert "Reading 'big.xlsx'" in dialog.summary.text()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert readers and readers[0] != threading.get_ident()
    assert reports and reports[-1] == (1, 1)
    assert "300 people are ready" in dialog.summary.text()
    assert dialog.import_button.isEnabled() and not dialog.progress.isVisible()


def test_reading_stops_when_cancelled(tmp_path):
    from ita_desktop.domain.progress import Cancelled
    from ita_desktop.domain.units import UnitKind
    from ita_desktop.ui.unit.roster_import_dialog import read_and_check

    path = _roster_file(tmp_path / "r.xlsx", [["ส.ต.ต.", f"ใหม่{k}", "ทดสอบ", ""]
                                              for k in range(200)])
    seen: list[int] = []

    def progress(done: int, total: int, text: str = "") -> None:
        seen.append(done)

    with pytest.raises(Cancelled):
        read_and_check(path, [], UnitKind.PROVINCIAL_IMMIGRATION, progress,
                       lambda: len(seen) >= 2)
    assert seen == [50, 100]
    sheet, preview = read_and_check(path, [], UnitKind.PROVINCIAL_IMMIGRATION, progress,
                                    lambda: False)
    assert len(sheet.rows) == 200 and preview.clean


def test_cancel_while_reading_closes_without_filling(tab, qtbot, tmp_path, monkeypatch):
    import threading

    from ita_desktop.ui.unit import roster_import_dialog

    path = _roster_file(tmp_path / "r.xlsx", [["ส.ต.ต.", "ใหม่", "หนึ่ง", ""]])
    gate = threading.Event()
    read = roster_import_dialog.read_roster

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        gate.wait(5)
        return read(*args, **kwargs)

    monkeypatch.setattr(roster_import_dialog, "read_roster", slow)
    dialog = RosterImportDialog(path, tab.unit_kind(), tab.roster._people.all)
    qtbot.addWidget(dialog)
    job = dialog._job
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected and job.cancelled
    gate.set()
    qtbot.waitUntil(lambda: not job.running, timeout=10000)
    assert dialog.table.rowCount() == 0 and "Reading" in dialog.summary.text()


def test_closing_the_person_dialog_while_decoding_drops_the_image(qtbot, tmp_path, monkeypatch):
    import threading

    from ita_desktop.domain.units import UnitKind
    from ita_desktop.ui.unit import person_dialog

    scan = _signature_scan(tmp_path / "signature.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    gate = threading.Event()
    decode = person_dialog.load_signature_as_png

    def slow(path: Path) -> bytes:
        gate.wait(5)
        return decode(path)

    monkeypatch.setattr(person_dialog, "load_signature_as_png", slow)
    dialog = PersonDialog(UnitKind.PROVINCIAL_IMMIGRATION)
    qtbot.addWidget(dialog)
    dialog.import_signature()
    job = dialog._decoding
    dialog.reject()
    gate.set()
    qtbot.waitUntil(lambda: not job.running, timeout=10000)
    assert dialog.signature() is None and not dialog.signature_changed()
    assert dialog.signature_view.text() == "reading the image…"  # no callback came back
