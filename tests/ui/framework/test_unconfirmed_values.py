"""Values not from the NACC's documents are marked in the tab until the unit confirms them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from ita_desktop.exchange.framework_file import load_bundled_catalog
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.ui.framework.oit_item_dialog import OitItemDialog
from ita_desktop.ui.framework.tab import FrameworkTab
from ita_desktop.ui.shell.translation import install_translators

DEADLINE, POINTS = 4, 5


@pytest.fixture
def tab(qtbot, db, tab_context):
    FrameworkRepository(db).save(load_bundled_catalog("police", 2568))
    widget = FrameworkTab(tab_context(db, 2568))
    qtbot.addWidget(widget)
    widget.year_changed(2568)
    yield widget
    install_translators(QApplication.instance(), "en")


def row_of(tab: FrameworkTab, code: str) -> int:
    return next(row for row, item in enumerate(tab.catalog.oit_items) if item.code == code)


def marked(tab: FrameworkTab, code: str, column: int) -> bool:
    return tab.items.item(row_of(tab, code), column).text().endswith("⚠")


def test_values_not_from_the_nacc_are_marked_and_explained(tab):
    assert marked(tab, "O18", DEADLINE) and marked(tab, "O18", POINTS)
    assert marked(tab, "O1", DEADLINE) and not marked(tab, "O1", POINTS)
    cell = tab.items.item(row_of(tab, "O18"), POINTS)
    assert cell.text() in ("1.8125 ⚠", "๑.๘๑๒๕ ⚠")  # in the digits the unit chose
    assert cell.toolTip() == "Not from the NACC's documents — confirm"
    assert not tab.unconfirmed_note.isHidden()
    assert "not from the NACC's documents" in tab.unconfirmed_note.text()
    assert "quotas (Not from the NACC's documents — confirm)" in (
        tab.unconfirmed_note.text())


def test_confirming_an_item_and_the_year_clears_their_marks_and_stores_it(tab, db):
    assert not tab.confirm_item_button.isEnabled()  # nothing selected
    tab.items.selectRow(row_of(tab, "O18"))
    assert tab.confirm_item_button.isEnabled()
    tab.confirm_item_button.click()
    assert not marked(tab, "O18", DEADLINE) and not marked(tab, "O18", POINTS)
    assert marked(tab, "O19", POINTS)
    stored = FrameworkRepository(db).get(2568)
    assert next(i for i in stored.oit_items if i.code == "O18").unconfirmed == {}
    assert tab.selected_item().code == "O18" and not tab.confirm_item_button.isEnabled()
    assert tab.confirm_year_button.isEnabled()
    tab.confirm_year_button.click()
    assert FrameworkRepository(db).get(2568).unconfirmed == {}
    assert not tab.confirm_year_button.isEnabled()
    assert "quotas" not in tab.unconfirmed_note.text()


def test_a_framework_without_marks_shows_no_note(qtbot, db, tab_context):
    FrameworkRepository(db).save(load_bundled_catalog("immigration", 2568))
    widget = FrameworkTab(tab_context(db, 2568))
    qtbot.addWidget(widget)
    widget.year_changed(2568)
    assert widget.unconfirmed_note.isHidden()
    assert not any(widget.items.item(row, column).text().endswith("⚠")
                   for row in range(widget.items.rowCount()) for column in range(6))


def test_the_marks_are_explained_in_thai(tab):
    install_translators(QApplication.instance(), "th")
    tab.refresh()
    cell = tab.items.item(row_of(tab, "O18"), POINTS)
    assert cell.toolTip() == "ไม่ได้มาจากเอกสารของสำนักงาน ป.ป.ช. — โปรดยืนยัน"
    assert "ไม่ได้มาจากเอกสารของสำนักงาน ป.ป.ช." in tab.unconfirmed_note.text()


def test_editing_a_marked_value_in_the_dialog_confirms_that_value(tab, db, monkeypatch):
    def edit(dialog: OitItemDialog) -> int:
        dialog.points.setText("2")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OitItemDialog, "exec", edit)
    tab.items.selectRow(row_of(tab, "O18"))
    tab.edit_item()
    assert not marked(tab, "O18", POINTS) and marked(tab, "O18", DEADLINE)
    stored = next(i for i in FrameworkRepository(db).get(2568).oit_items if i.code == "O18")
    assert stored.unconfirmed == {"deadline": "not_from_nacc"}


def test_a_copied_year_names_its_reason_once_for_all_its_parts(qtbot, db, tab_context):
    from ita_desktop.services.frameworks import start_year

    FrameworkRepository(db).save(load_bundled_catalog("immigration", 2568))
    start_year(db, 2569)
    widget = FrameworkTab(tab_context(db, 2569))
    qtbot.addWidget(widget)
    widget.year_changed(2569)
    note = widget.unconfirmed_note.text()
    year_line = next(line for line in note.splitlines() if line.startswith("The year's own"))
    assert "the weights, the minimum samples" in year_line
    assert year_line.count("Provisional: copied from an earlier year") == 1
