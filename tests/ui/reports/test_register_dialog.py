"""The report register in the window: list, details, saved copies and checking a file."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.services import reports
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.report_register import SignOff, sha256_hex
from ita_desktop.ui.reports.register_dialog import RegisterDialog

PDF = b"%PDF-1.7\n% a signed-off fact sheet, as far as this test is concerned\n%%EOF\n"
XLSX = b"PK\x03\x04 a signed-off workbook"


def _sign(db, when: date, files: dict[str, bytes],  # type: ignore[no-untyped-def]
          digits: DigitStyle = DigitStyle.THAI):
    people = PeopleRepository(db).all(include_inactive=False)
    signoffs = [SignOff(role, p.id, p.display_name, p.position_abbr, when)
                for role, p in zip(("prepared", "checked", "approved"),
                                       people[2::-1], strict=True)]
    prepared = reports.prepare(db, "fact-sheet", 2568, digits)
    return reports.record_sign_off(db, prepared, signoffs, files)


@pytest.fixture
def signed_db(demo_db):
    _sign(demo_db, date(2025, 3, 14), {"pdf": PDF, "xlsx": XLSX})
    # The data changes after sign-off: the next sign-off is version 2.
    people = PeopleRepository(demo_db)
    person = people.all()[5]
    people.set_active(person.id, False, date(2025, 4, 1))
    _sign(demo_db, date(2025, 4, 2), {"pdf": PDF + b"v2"})
    return demo_db


def test_lists_every_version_with_signers_and_hashes(qtbot, signed_db):
    dialog = RegisterDialog(signed_db)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert not dialog.empty.isVisible()
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(8)]
    assert headers[6:] == ["Digits of the files", "Hash"]
    rows = [[dialog.table.item(r, c).text() for c in range(8)] for r in range(2)]
    assert [r[6] for r in rows] == ["Thai (๑๒๓)", "Thai (๑๒๓)"]
    assert [r[1] for r in rows] == ["๒", "๑"]  # newest version first, in the unit's digits
    assert rows[0][2] == "ข้อมูลพื้นฐานของหน่วยงาน" and rows[0][4] == "๒๕๖๘"
    assert rows[0][3] == "fiscal year ๒๕๖๘"  # the subject
    assert rows[1][5] == "๑๔ มี.ค. ๒๕๖๘"
    assert rows[0][0] == rows[1][0]  # one report number, two versions
    dialog.table.selectRow(1)
    text = dialog.details.toPlainText()
    assert "Prepared by" in text and "Approved by" in text
    assert text.index("Prepared by") < text.index("Checked by") < text.index("Approved by")
    assert "2025" not in text and "๑๔ มี.ค. ๒๕๖๘" in text
    assert sha256_hex(XLSX) in text and "Excel" in text
    assert "Hash (SHA-256 of the data)" in text and "written with Thai (๑๒๓) digits" in text


def test_each_version_says_the_digits_of_its_own_files(qtbot, demo_db):
    _sign(demo_db, date(2025, 3, 14), {"pdf": PDF}, DigitStyle.ARABIC)
    people = PeopleRepository(demo_db)
    people.set_active(people.all()[5].id, False, date(2025, 4, 1))
    _sign(demo_db, date(2025, 4, 2), {"pdf": PDF + b"v2"}, DigitStyle.THAI)
    dialog = RegisterDialog(demo_db, english=True)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 6).text() for r in range(2)] == ["Thai (๑๒๓)", "Arabic (123)"]


def test_an_empty_register_says_how_to_fill_it(qtbot, demo_db):
    dialog = RegisterDialog(demo_db, english=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0
    assert dialog.empty.isVisible() and "Sign off" in dialog.empty.text()
    assert not dialog.save_button.isEnabled()


def test_save_a_copy_writes_the_signed_off_bytes(qtbot, signed_db, tmp_path, monkeypatch,
                                                 answer):
    dialog = RegisterDialog(signed_db, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(1)
    target = tmp_path / "copy"  # no extension: the chosen filter decides
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    dialog.save_copy()
    assert (tmp_path / "copy.xlsx").read_bytes() == XLSX
    assert answer.messages[-1][0] == "information"


def test_check_a_file_finds_the_version_and_a_changed_byte(qtbot, signed_db, tmp_path,
                                                           monkeypatch, answer):
    dialog = RegisterDialog(signed_db, english=True)
    qtbot.addWidget(dialog)
    exact = tmp_path / "sent-back.pdf"
    exact.write_bytes(PDF)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exact), ""))
    dialog.check_file()
    kind, text = answer.messages[-1]
    assert kind == "information" and "is exactly report" in text and "version 1" in text
    assert dialog.selected().version == 1  # the matching version is selected

    exact.write_bytes(PDF.replace(b"fact", b"fakt"))
    dialog.check_file()
    kind, text = answer.messages[-1]
    assert kind == "warning" and "NOT a signed-off file" in text

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "missing.pdf"), ""))
    dialog.check_file()
    assert answer.messages[-1][0] == "warning" and "missing.pdf" in answer.messages[-1][1]


def test_a_file_name_holding_percent_signs_is_shown_as_it_is(qtbot, signed_db, tmp_path,
                                                             monkeypatch, answer):
    dialog = RegisterDialog(signed_db, english=True)
    qtbot.addWidget(dialog)
    downloaded = tmp_path / "ITA%202568%5B1%5D.pdf"  # as a browser names a download
    downloaded.write_bytes(PDF)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(downloaded), ""))
    dialog.check_file()
    assert answer.messages[-1][1].startswith("ITA%202568%5B1%5D.pdf is exactly report")


def test_save_a_copy_adds_the_extension_and_asks_before_replacing(qtbot, signed_db, tmp_path,
                                                                  monkeypatch, answer):
    from PySide6.QtWidgets import QMessageBox

    dialog = RegisterDialog(signed_db, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "report v1.2"), "PDF (*.pdf)"))
    dialog.save_copy()
    saved = tmp_path / "report v1.2.pdf"
    assert saved.read_bytes() == PDF

    saved.write_bytes(b"someone's own file")
    answer.reply(QMessageBox.StandardButton.No)
    dialog.save_copy()
    assert answer.messages[-1][0] == "question"
    assert saved.read_bytes() == b"someone's own file"


def test_save_a_copy_asks_before_replacing_a_name_given_whole(qtbot, signed_db, tmp_path,
                                                              monkeypatch, answer):
    """The question is the dialog's own, for every name (the file dialog is told not to ask,
    so that a name without its extension is not asked about twice or wrongly)."""
    from PySide6.QtWidgets import QMessageBox

    dialog = RegisterDialog(signed_db, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(1)
    existing = tmp_path / "fact-sheet-v1.pdf"
    existing.write_bytes(b"the draft saved here before")
    asked: dict = {}

    def choose(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.update(kwargs)
        return str(existing), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    answer.reply(QMessageBox.StandardButton.No)
    dialog.save_copy()
    assert asked["options"] == QFileDialog.Option.DontConfirmOverwrite
    assert answer.messages[-1][0] == "question" and "fact-sheet-v1.pdf" in answer.messages[-1][1]
    assert existing.read_bytes() == b"the draft saved here before"
    answer.reply(QMessageBox.StandardButton.Yes)
    dialog.save_copy()
    assert existing.read_bytes() == PDF and answer.messages[-1][0] == "information"


def test_subjects_and_role_labels_follow_the_window_language(qtbot, signed_db, qapp):
    from ita_desktop.ui.shell.translation import install_translators

    install_translators(qapp, "th")
    try:
        dialog = RegisterDialog(signed_db)
        qtbot.addWidget(dialog)
    finally:
        install_translators(qapp, "en")
    assert dialog.table.item(0, 3).text() == "ปีงบประมาณ ๒๕๖๘"
    text = dialog.details.toPlainText()
    assert "ผู้จัดทำ" in text and "ผู้ตรวจ" in text and "ผู้อนุมัติ" in text
    assert "Prepared by" not in text


def test_a_copy_that_cannot_be_written_is_said_in_the_window_language(
        qtbot, signed_db, tmp_path, monkeypatch, answer, qapp):
    from ita_desktop.ui.shell.translation import install_translators

    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    target = blocker / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "PDF (*.pdf)"))
    install_translators(qapp, "th")
    try:
        dialog = RegisterDialog(signed_db, folder=tmp_path)
        qtbot.addWidget(dialog)
        dialog.table.selectRow(1)
        dialog.save_copy()
    finally:
        install_translators(qapp, "en")
    kind, text = answer.messages[-1]
    assert kind == "warning"
    assert text.startswith(f"ไม่สามารถบันทึกแฟ้ม '{target}' ได้ (")
    assert "ฐานข้อมูลไม่มีการเปลี่ยนแปลง" in text
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder"
