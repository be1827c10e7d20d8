"""The conventions checker finds what it is meant to find (so a clean result means something)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout

from tests.ui.conventions import mnemonic, problems


def test_mnemonic_reading():
    assert mnemonic("&File") == "f"
    assert mnemonic("Unit && people") is None
    assert mnemonic("ผู้จัดทำ (&P)") == "p"


def test_finds_literal_ampersand_duplicate_keys_and_oversize(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("ผู้จัดทำ (&P)"))
    edit = QLineEdit()
    buddy = QLabel("&Name")
    buddy.setBuddy(edit)
    layout.addWidget(buddy)
    layout.addWidget(edit)
    layout.addWidget(QPushButton("&New"))
    tall = QLabel("x")
    tall.setMinimumHeight(900)
    layout.addWidget(tall)
    dialog.show()
    found = problems(dialog)
    assert any("literal '&'" in p for p in found)
    assert any(p.startswith("Alt+N used by") for p in found)
    assert any("1366×768" in p for p in found)


def test_clean_dialog_passes(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Unit && people"))
    layout.addWidget(QPushButton("&Save"))
    layout.addWidget(QPushButton("&Cancel"))
    dialog.show()
    assert problems(dialog) == []


def test_finds_a_cut_label_and_a_cut_field(qtbot):
    from tests.ui.conventions import cut_fields

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    label = QLabel("วันพฤหัสบดีที่ ๒๗ พฤศจิกายน ๒๕๖๘")
    label.setFixedWidth(60)
    edit = QLineEdit("๒๗ พฤศจิกายน ๒๕๖๘")
    edit.setFixedWidth(60)
    layout.addWidget(label)
    layout.addWidget(edit)
    dialog.show()
    assert any(p.startswith("label cut") for p in problems(dialog))
    assert cut_fields(dialog) != []
    label.setMinimumWidth(0)
    label.setMaximumWidth(16777215)
    edit.setMinimumWidth(400)
    edit.setMaximumWidth(16777215)
    dialog.adjustSize()
    assert problems(dialog) == [] and cut_fields(dialog) == []


def test_digit_styles():
    from tests.ui.conventions import digit_styles

    assert digit_styles(["รายงานเลขที่ ๒๕๖๘-๐๐๑"]) == {"thai"}
    assert digit_styles(["ฉบับที่ 1", "๒๗ พ.ย. ๒๕๖๘"]) == {"thai", "arabic"}
    assert digit_styles(["ฉบับร่าง"]) == set()
