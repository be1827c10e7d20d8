"""The Export dialog: preview pages, save with progress, sign off, then the frozen file."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.services.reports import verify
from ita_desktop.ui.common.sign_off_dialog import SignOffDialog
from ita_desktop.ui.reports.export_dialog import ExportDialog


def _idle(dialog):
    return not dialog.busy


def _pages(dialog) -> int:
    return dialog.preview.page_count()


def test_preview_save_and_sign_off(qtbot, demo_db, tmp_path, answer, monkeypatch):
    dialog = ExportDialog(demo_db, 2568, DigitStyle.THAI, tmp_path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: _pages(dialog) >= 2, timeout=20000)
    assert "DRAFT" in dialog.status.text()
    assert dialog.prepared.digits is DigitStyle.THAI
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == \
        ["pdf", "docx", "xlsx"]
    assert dialog.path.text().endswith("fact-sheet-2568-draft.pdf")

    dialog.format.setCurrentIndex(1)
    dialog.save()
    qtbot.waitUntil(lambda: _idle(dialog) and dialog.saved_path is not None, timeout=20000)
    saved = tmp_path / "fact-sheet-2568-draft.docx"
    assert saved.exists() and saved.read_bytes()[:2] == b"PK"
    assert dialog.open_folder.isEnabled()
    assert not verify(demo_db, saved.read_bytes()).exact

    monkeypatch.setattr(SignOffDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dialog.sign_off()
    qtbot.waitUntil(lambda: _idle(dialog) and dialog.prepared.signed is not None,
                    timeout=30000)
    assert answer.messages and "signed off and frozen" in answer.messages[-1][1]
    assert "signed off on" in dialog.status.text()
    assert "Hash" in answer.messages[-1][1] and "ingerprint" not in answer.messages[-1][1]
    assert not dialog.sign_button.isEnabled()
    # A signed-off version is suggested under the name the register gives a copy of it.
    signed = tmp_path / f"fact-sheet-{dialog.prepared.number}-v1.docx"
    assert dialog.path.text() == str(signed)

    dialog.save()
    qtbot.waitUntil(lambda: _idle(dialog) and signed.exists(), timeout=20000)
    assert verify(demo_db, signed.read_bytes()).exact
    assert not verify(demo_db, saved.read_bytes()).exact  # the draft is where it was
    dialog.close()


def test_saving_over_a_file_asks_first(qtbot, demo_db, tmp_path, answer):
    """Once a signed-off PDF was replaced by the next version's draft saved at its path."""
    from PySide6.QtWidgets import QMessageBox

    dialog = ExportDialog(demo_db, 2568, DigitStyle.THAI, tmp_path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: _idle(dialog) and _pages(dialog) > 0, timeout=20000)
    target = tmp_path / "signed-v1.pdf"
    target.write_bytes(b"%PDF the signed-off version 1")
    dialog.path.setText(str(target))
    answer.reply(QMessageBox.StandardButton.No)
    dialog.save()
    assert answer.messages[-1][0] == "question"
    assert "signed-v1.pdf already exists" in answer.messages[-1][1]
    assert not dialog.busy and dialog.saved_path is None
    assert target.read_bytes() == b"%PDF the signed-off version 1"

    answer.reply(QMessageBox.StandardButton.Yes)
    dialog.save()
    qtbot.waitUntil(lambda: _idle(dialog) and dialog.saved_path == target, timeout=20000)
    assert target.read_bytes().startswith(b"%PDF") and b"version 1" not in target.read_bytes()

    fresh = tmp_path / "fresh.pdf"
    dialog.path.setText(str(fresh))
    asked = len(answer.messages)
    dialog.save()
    qtbot.waitUntil(lambda: _idle(dialog) and fresh.exists(), timeout=20000)
    assert [kind for kind, _ in answer.messages[asked:]] == []  # nothing there: no question


def test_the_other_digits_save_the_signed_off_files_and_say_so(qtbot, demo_db, tmp_path,
                                                              monkeypatch, answer):
    from datetime import date

    from ita_desktop.services import reports
    from ita_desktop.store.people import PeopleRepository
    from ita_desktop.store.report_register import ReportRegister, SignOff

    people = PeopleRepository(demo_db).all(include_inactive=False)
    record = reports.sign_off(
        demo_db, reports.prepare(demo_db, "fact-sheet", 2568, DigitStyle.THAI),
        [SignOff(role, p.id, p.display_name, p.position_abbr, date(2025, 3, 14))
         for role, p in zip(("prepared", "checked", "approved"), people[2::-1], strict=True)])
    dialog = ExportDialog(demo_db, 2568, DigitStyle.ARABIC, tmp_path, english=True)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: _idle(dialog) and _pages(dialog) > 0, timeout=20000)
    assert dialog.prepared.signed is not None and dialog.prepared.signed.id == record.id
    text = dialog.status.text()
    assert "signed off on" in text and "with Thai digits" in text
    assert "It keeps the digits it was signed off with: Arabic digits alone make no new " \
        "version." in text
    assert not dialog.sign_button.isEnabled()
    dialog.save()
    target = tmp_path / f"fact-sheet-{record.report_number}-v1.pdf"
    qtbot.waitUntil(lambda: _idle(dialog) and target.exists(), timeout=20000)
    assert target.read_bytes() == ReportRegister(demo_db).file(record.id, "pdf")


def test_a_new_reports_draft_shows_no_number_it_may_not_get(qtbot, demo_db, tmp_path):
    dialog = ExportDialog(demo_db, 2568, DigitStyle.ARABIC, tmp_path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: _idle(dialog) and _pages(dialog) > 0, timeout=20000)
    text = dialog.status.text()
    assert text.startswith("New report of fiscal year 2568: DRAFT")
    assert "2568-00" not in text


def test_without_a_unit_profile_the_dialog_says_why(qtbot, db, tmp_path):
    dialog = ExportDialog(db, 2568, DigitStyle.THAI, tmp_path)
    qtbot.addWidget(dialog)
    assert "cannot be made yet" in dialog.errors.text()
    assert not dialog.save_button.isEnabled()


def test_200_open_pick_close_cycles_and_no_callback_reaches_a_closed_dialog(
        qtbot, demo_db, monkeypatch):
    """Ctrl+E, pick the roster, Esc at once or while the preview renders, 200 times: the
    repetition that used to end in a segmentation fault."""
    import itertools

    from ita_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    late: list[str] = []
    closed_while_busy = 0

    def watch(name: str):  # type: ignore[no-untyped-def]
        original = getattr(ExportDialog, name)

        def call(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            if getattr(self, "closed_in_test", False):
                late.append(name)
            return original(self, *args, **kwargs)
        monkeypatch.setattr(ExportDialog, name, call)

    for name in ("_show_pages", "_on_progress", "_set_busy", "_saved"):
        watch(name)
    # From at once to well into the roster's rendering, so some closes meet queued reports.
    delays = itertools.cycle([0, 1, 5, 15, 40, 90])

    def run(self) -> int:  # type: ignore[no-untyped-def]
        nonlocal closed_while_busy
        self.report.setCurrentIndex(self.report.findData("roster"))
        qtbot.wait(next(delays))
        closed_while_busy += self.busy
        self.reject()
        self.closed_in_test = True
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportDialog, "exec", run)
    for _ in range(200):
        window.export_report()
    assert window.jobs.wait(30000)
    qtbot.wait(200)  # whatever was still queued for the dialogs is delivered now
    assert late == []
    assert closed_while_busy > 100  # the closes did meet running jobs
    assert window.jobs.jobs() == []
    assert window.findChildren(ExportDialog) == []  # each closed dialog was deleted


# --- one kind of digits on the screen, refusals in the window's language --------------------

def _sign_off_dialog_texts(dialog, monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """What the sign-off dialog opened from ``dialog`` shows: its heading and its dates."""
    from PySide6.QtWidgets import QLabel

    seen: list[str] = []

    def look(sign: SignOffDialog) -> int:
        sign.show()
        seen.extend(label.text() for label in sign.findChildren(QLabel) if label.isVisible()
                    and not label.buddy())  # the headings and dates, not the roles
        for field in sign.dates.values():
            seen.extend([field.edit.text(), field.echo.text()])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SignOffDialog, "exec", look)
    dialog.sign_off()
    return seen


def test_the_numbers_and_dates_shown_follow_the_documents_digits(qtbot, demo_db, tmp_path,
                                                                 qapp, monkeypatch, answer):
    from ita_desktop.ui.shell.translation import install_translators
    from tests.ui.conventions import digit_styles

    install_translators(qapp, "th")
    try:
        dialog = ExportDialog(demo_db, 2568, DigitStyle.THAI, tmp_path)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: _idle(dialog) and _pages(dialog) > 0, timeout=20000)
        assert "๒๕๖๘" in dialog.status.text()
        assert digit_styles([dialog.status.text()]) == {"thai"}
        shown = _sign_off_dialog_texts(dialog, monkeypatch)
        assert any("๒๕๖๘-๐๐๑" in text for text in shown)
        assert digit_styles(shown) == {"thai"}

        # The Digits choice changes the document, and with it everything the dialog shows.
        dialog.digits.setCurrentIndex(dialog.digits.findData(DigitStyle.ARABIC))
        qtbot.waitUntil(lambda: _idle(dialog), timeout=20000)
        assert "2568" in dialog.status.text()
        assert digit_styles([dialog.status.text()]) == {"arabic"}
        assert digit_styles(_sign_off_dialog_texts(dialog, monkeypatch)) == {"arabic"}

        dialog.digits.setCurrentIndex(dialog.digits.findData(DigitStyle.THAI))
        monkeypatch.setattr(SignOffDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
        dialog.sign_off()
        qtbot.waitUntil(lambda: _idle(dialog) and dialog.prepared.signed is not None,
                        timeout=30000)
        assert digit_styles([dialog.status.text()]) == {"thai"}  # the day it was signed too
    finally:
        install_translators(qapp, "en")


def test_the_english_window_follows_the_same_setting(qtbot, demo_db, tmp_path, monkeypatch):
    """Settings' digits are the screen's and the documents' in either language."""
    from tests.ui.conventions import digit_styles

    dialog = ExportDialog(demo_db, 2568, DigitStyle.THAI, tmp_path, english=True)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: _idle(dialog) and _pages(dialog) > 0, timeout=20000)
    assert "๒๕๖๘" in dialog.status.text()
    assert digit_styles([dialog.status.text()]) == {"thai"}
    assert digit_styles(_sign_off_dialog_texts(dialog, monkeypatch)) == {"thai"}
    arabic = ExportDialog(demo_db, 2568, DigitStyle.ARABIC, tmp_path, english=True)
    qtbot.addWidget(arabic)
    qtbot.waitUntil(lambda: _idle(arabic) and _pages(arabic) > 0, timeout=20000)
    assert digit_styles([arabic.status.text()]) == {"arabic"}


def test_refusals_are_said_in_thai(qtbot, db, demo_db, tmp_path, qapp, answer):
    """No English in the Thai window: the report that cannot be made yet, and a file that
    cannot be written."""
    import re

    from ita_desktop.ui.shell.translation import install_translators

    english = re.compile("[A-Za-z]{3,}")
    install_translators(qapp, "th")
    try:
        empty = ExportDialog(db, 2568, DigitStyle.THAI, tmp_path)
        qtbot.addWidget(empty)
        assert empty.errors.text() and not english.search(empty.errors.text()), \
            empty.errors.text()

        dialog = ExportDialog(demo_db, 2568, DigitStyle.THAI, tmp_path)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: _idle(dialog) and _pages(dialog) > 0, timeout=20000)
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("a file where the folder should be")
        dialog.path.setText(str(blocker / "fact-sheet.pdf"))
        dialog.save()
        qtbot.waitUntil(lambda: _idle(dialog) and bool(dialog.errors.text()), timeout=20000)
        text = dialog.errors.text()
        assert str(blocker / "fact-sheet.pdf") in text, text
        assert not english.search(text.replace(str(blocker / "fact-sheet.pdf"), "")), text
        assert dialog.saved_path is None and blocker.read_text().startswith("a file")
    finally:
        install_translators(qapp, "en")


def test_choices_stay_open_while_a_preview_renders(qtbot, demo_db, tmp_path):
    """A big roster's preview takes seconds: the secretary can pick another report or format
    meanwhile (the old preview is cancelled); only Save and Sign off wait for it."""
    dialog = ExportDialog(demo_db, 2568, DigitStyle.THAI, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.job is not None and dialog.job.running
    assert dialog.report.isEnabled() and dialog.format.isEnabled()
    assert not dialog.save_button.isEnabled()
    first = dialog.job
    dialog.report.setCurrentIndex(dialog.report.findData("roster"))
    assert first.cancelled or not first.running
    qtbot.waitUntil(lambda: _idle(dialog) and _pages(dialog) >= 1, timeout=20000)
    assert dialog.prepared.kind.key == "roster" and dialog.save_button.isEnabled()
    dialog.close()


def test_sign_off_offers_the_roster_in_official_order(qtbot, demo_db, tmp_path, monkeypatch):
    """A deputy superintendent entered last is offered second, after the commander, and the
    commander is the approver the dialog suggests."""
    from ita_desktop.domain.roster import Person
    from ita_desktop.services import roster as roster_service

    roster_service.save_person(demo_db, Person(
        "pol_lt_col", "มาใหม่", "ภายหลัง", position="รองผู้กำกับการตรวจคนเข้าเมืองจังหวัดศรีวารินทร์",
        section_key="administration"))
    dialog = ExportDialog(demo_db, 2568, DigitStyle.THAI, tmp_path, english=True)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: _idle(dialog) and _pages(dialog) > 0, timeout=20000)
    seen: dict[str, object] = {}

    def look(sign: SignOffDialog) -> int:
        combo = sign.combos["approved"]
        seen["offered"] = [combo.itemText(i).split("  ")[0] for i in range(3)]
        seen["approver"] = combo.currentText().split("  ")[0]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SignOffDialog, "exec", look)
    dialog.sign_off()
    assert seen["offered"] == ["พ.ต.อ.ธีรวัฒน์ แสงอรุณ", "พ.ต.ท.กิตติพงษ์ ศรีสว่าง",
                               "พ.ต.ท.มาใหม่ ภายหลัง"]
    assert seen["approver"] == "พ.ต.อ.ธีรวัฒน์ แสงอรุณ"


def test_opened_on_an_order_it_exports_that_order_not_the_latest(qtbot, demo_db, tmp_path):
    """The Committee tab opens the dialog on the order selected; the year's later order
    would be the default."""
    from datetime import date

    from ita_desktop.domain.committee import Amendment
    from ita_desktop.domain.signoff import Subject, SubjectKind
    from ita_desktop.services import committee

    [first] = committee.orders_of_year(demo_db, 2568)
    committee.save_order(demo_db, committee.amend(demo_db, first.id, Amendment.REPLACES,
                                                  date(2025, 2, 10), 31))
    dialog = ExportDialog(demo_db, 2568, DigitStyle.THAI, tmp_path, True,
                          kind="committee-order", subject=Subject(SubjectKind.ORDER, "222/2567"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: _idle(dialog) and _pages(dialog) > 0, timeout=20000)
    assert dialog.report.currentData() == "committee-order"
    assert dialog.prepared.subject.key == "222/2567"
    assert dialog.about.text() == "order no. ๒๒๒/๒๕๖๗"
    assert dialog.path.text().endswith("committee-order-222-2567-draft.pdf")
    # The member list is about the same order; the roster is about the year, as always.
    dialog.report.setCurrentIndex(dialog.report.findData("committee-members"))
    assert dialog.prepared.subject.key == "222/2567"
    dialog.report.setCurrentIndex(dialog.report.findData("roster"))
    assert dialog.about.text() == "fiscal year ๒๕๖๘"
    assert dialog.path.text().endswith("roster-2568-draft.pdf")
    # Opened without a subject, the committee order is the year's latest.
    plain = ExportDialog(demo_db, 2568, DigitStyle.THAI, tmp_path, True, kind="committee-order")
    qtbot.addWidget(plain)
    assert plain.prepared.subject.key == "31/2568"
    qtbot.waitUntil(lambda: _idle(dialog) and _idle(plain), timeout=20000)
