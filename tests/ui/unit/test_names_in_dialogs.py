"""Names typed in the person dialog and read from a roster workbook, as the secretary sees
the program refuse or skip them."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QMessageBox

from ita_desktop.domain.roster import Person
from ita_desktop.domain.units import UnitKind
from ita_desktop.exchange.roster_xlsx import write_template
from ita_desktop.services.roster import save_person
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.unit.person_dialog import PersonDialog
from ita_desktop.ui.unit.roster_import_dialog import RosterImportDialog
from ita_desktop.ui.unit.tab import UnitTab

KIND = UnitKind.PROVINCIAL_IMMIGRATION


@pytest.fixture
def tab(qtbot, demo_db, tab_context):
    widget = UnitTab(tab_context(demo_db))
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize(("first", "words"), [
    ("\u200b", "only invisible characters"),
    ("😀", "characters no name has (😀 U+1F600)"),
    ("\u0e34\u0e48", "no letter under it (U+0E34, U+0E48)"),
    ("12/05/2567", "a date, not a name"),
])
def test_person_dialog_refuses_what_cannot_be_a_name_and_stays_open(qtbot, first, words):
    dialog = PersonDialog(KIND)
    qtbot.addWidget(dialog)
    dialog.first.setText(first)
    dialog.last.setText("ใจดี")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.isVisibleTo(dialog)
    assert words in dialog.errors.text() and "first name" in dialog.errors.text()


def test_the_refusal_is_in_thai_in_a_thai_window(qtbot, thai):
    dialog = PersonDialog(KIND)
    qtbot.addWidget(dialog)
    dialog.first.setText("\u200b")
    dialog.last.setText("ใจดี")
    dialog.accept()
    assert "มีเพียงอักขระที่มองไม่เห็น" in dialog.errors.text()


def test_a_look_alike_of_someone_in_the_roster_is_asked_about(tab, monkeypatch, answer):
    """Someone in the roster typed again with ํ + า for ำ, the tone before its vowel and a
    zero-width space: the dialog asks as for the same name, and No adds nobody."""
    people = PeopleRepository(tab.roster._people.db)
    save_person(people.db, Person(rank_key="pol_capt", first_name="ลำดวน",
                                  last_name="กิ่งทอง"))

    def fill(dialog: PersonDialog) -> int:
        dialog.first.setText("ล\u0e4d\u0e32ดวน\u200b")
        dialog.last.setText("ก\u0e48\u0e34งทอง")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", fill)
    answer.reply(QMessageBox.StandardButton.No)
    before = people.count()
    tab.roster.add_person()
    assert [kind for kind, _ in answer.messages] == ["question"]
    assert "ลำดวน กิ่งทอง is already in the roster" in answer.messages[0][1]
    assert people.count() == before


def test_the_templates_example_row_is_shown_as_skipped_and_the_rest_imports(tab, qtbot,
                                                                            tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(path, KIND)
    book = load_workbook(path)
    book.active.append(["ด.ต.", "สมศักดิ์", "ใจงาม"])
    book.save(path)
    dialog = RosterImportDialog(path, tab.unit_kind(), tab.roster._people.all)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert dialog.import_button.isEnabled()
    assert dialog.table.item(0, 4).text() == (
        "Skipped: the template's example row (ตัวอย่าง ลบแถวนี้).")
    assert dialog.table.item(1, 4).text() == "OK"
    assert "Row 2: Skipped" in dialog.problems.toPlainText()
    assert [p.first_name for p in dialog.people()] == ["สมศักดิ์"]
