"""The item dialog shows and edits the any/all rule of an item's file formats."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ita_desktop.domain.framework import Catalog, update_oit_item
from ita_desktop.exchange.framework_file import load_bundled_catalog
from ita_desktop.ui.framework.oit_item_dialog import OitItemDialog
from ita_desktop.ui.shell.translation import install_translators


@pytest.fixture
def catalog() -> Catalog:
    return update_oit_item(load_bundled_catalog("immigration", 2568), "O11",
                           formats=["PDF", ["Excel", "Word"], "URL"])


@pytest.fixture
def english():
    yield
    install_translators(QApplication.instance(), "en")


def dialog_for(qtbot, catalog: Catalog, code: str) -> OitItemDialog:
    item = next(entry for entry in catalog.oit_items if entry.code == code)
    dialog = OitItemDialog(catalog, item)
    qtbot.addWidget(dialog)
    return dialog


def test_a_choice_of_formats_is_shown_with_a_slash_and_in_words(qtbot, catalog, english):
    dialog = dialog_for(qtbot, catalog, "O11")
    assert dialog.formats.text() == "PDF, Excel/Word, URL"
    assert dialog.formats_rule.text() == "Needed: PDF and (Excel or Word) and URL"


def test_typing_a_choice_makes_it_one_group_of_the_item(qtbot, catalog, english):
    dialog = dialog_for(qtbot, catalog, "O6")
    assert dialog.formats_rule.text() == "Needed: PDF and Word and URL"
    dialog.formats.setText("PDF, Word/Excel, URL")
    assert dialog.formats_rule.text() == "Needed: PDF and (Word or Excel) and URL"
    assert dialog.item().formats == [["PDF"], ["Word", "Excel"], ["URL"]]
    dialog.formats.setText(" , ")
    assert dialog.formats_rule.text() == "No file format is needed yet."


def test_the_rule_reads_in_thai_in_a_thai_window(qtbot, catalog, english):
    install_translators(QApplication.instance(), "th")
    dialog = dialog_for(qtbot, catalog, "O11")
    assert dialog.formats_rule.text() == "ต้องมี: PDF และ (Excel หรือ Word) และ URL"
