"""The sign-off dialog every signed document shares: a row per signer of the document's kind,
sensible or given first choices, dates in the document's digits and shown whole, and no
signature without a readable date: every refused row named with its reason, as it is typed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.signoff import MINUTES_SIGNERS, ORDER_SIGNERS, REPORT_SIGNERS
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.common.sign_off_dialog import SignOffDialog
from ita_desktop.ui.shell.translation import install_translators
from tests.ui.conventions import cut_fields, digit_styles, problems, squeezed

TODAY = date(2025, 11, 27)  # a Thursday in November: the longest weekday and month names


@pytest.fixture
def people(demo_db):
    return PeopleRepository(demo_db).all(include_inactive=False)


@pytest.fixture
def thai(qapp):
    install_translators(qapp, "th")
    yield
    install_translators(qapp, "en")


def _dialog(qtbot, people, roles, **kwargs) -> SignOffDialog:  # type: ignore[no-untyped-def]
    dialog = SignOffDialog(people, roles, today=TODAY, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def _row_labels(dialog: SignOffDialog) -> list[str]:
    grid = dialog.findChild(QGridLayout)
    return [grid.itemAtPosition(row, 0).widget().text() for row in range(1, grid.rowCount())]


def test_report_signers_with_first_choices_and_todays_date(qtbot, people):
    dialog = _dialog(qtbot, people, REPORT_SIGNERS)
    assert _row_labels(dialog) == ["Prepared by", "Checked by", "Approved by"]
    signoffs = dialog.signoffs()
    assert [s.role for s in signoffs] == ["prepared", "checked", "approved"]
    # The commander, first in the roster, approves; the next people check and prepare.
    assert [s.person_id for s in signoffs] == [people[2].id, people[1].id, people[0].id]
    assert all(s.signed_on == TODAY for s in signoffs)
    assert signoffs[2].name == people[0].display_name


def test_an_order_and_minutes_have_their_own_signers(qtbot, people, thai):
    order = _dialog(qtbot, people, ORDER_SIGNERS)
    assert _row_labels(order) == ["ผู้ลงนาม"]
    assert [(s.role, s.person_id) for s in order.signoffs()] == [("signed", people[0].id)]
    minutes = _dialog(qtbot, people, MINUTES_SIGNERS)
    assert _row_labels(minutes) == ["ผู้จดรายงานการประชุม", "ผู้ตรวจรายงานการประชุม",
                                    "ประธานในที่ประชุม"]
    assert [s.role for s in minutes.signoffs()] == ["recorder", "minutes-checker", "chair"]


def test_the_caller_names_who_signs_in_which_role(qtbot, people):
    """Minutes: the meeting's chair and recorder are known to the meeting, not the roster."""
    chosen = {"chair": people[3].id, "recorder": people[7].id}
    dialog = _dialog(qtbot, people, MINUTES_SIGNERS, chosen=chosen)
    by_role = {s.role: s.person_id for s in dialog.signoffs()}
    assert by_role["chair"] == people[3].id and by_role["recorder"] == people[7].id
    assert by_role["minutes-checker"] == people[1].id  # not named: the usual first choice


def test_the_document_is_named_and_its_dates_use_its_digits(qtbot, people):
    dialog = _dialog(qtbot, people, ORDER_SIGNERS, document="คำสั่งที่ ๑๒/๒๕๖๘",
                     digits=DigitStyle.THAI)
    dialog.show()
    heading = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert "คำสั่งที่ ๑๒/๒๕๖๘" in heading
    field = dialog.dates["signed"]
    assert field.edit.text() == "๒๗ พ.ย. ๒๕๖๘"
    assert digit_styles([field.edit.text(), field.echo.text()]) == {"thai"}
    arabic = _dialog(qtbot, people, ORDER_SIGNERS, digits=DigitStyle.ARABIC)
    assert arabic.dates["signed"].edit.text() == "27 พ.ย. 2568"
    assert digit_styles([arabic.dates["signed"].echo.text()]) == {"arabic"}


@pytest.mark.parametrize("roles", [REPORT_SIGNERS, ORDER_SIGNERS, MINUTES_SIGNERS])
def test_each_date_is_shown_whole(qtbot, people, thai, roles):
    dialog = _dialog(qtbot, people, roles, document="ข้อมูลพื้นฐานของหน่วยงาน")
    dialog.show()
    assert cut_fields(dialog) == []
    for field in dialog.dates.values():
        assert field.echo.width() >= field.echo.fontMetrics().horizontalAdvance(
            field.echo.text())


def test_no_signature_without_a_readable_date(qtbot, people, thai):
    dialog = _dialog(qtbot, people, REPORT_SIGNERS)
    dialog.dates["checked"].set_date(None)
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    # The example is written as the dates are: today, in the document's digits.
    assert dialog.errors.text() == "ผู้ตรวจ: ยังไม่ได้ระบุวันที่ลงนาม กรุณาระบุวันที่ เช่น ๒๗ พ.ย. ๖๘"
    dialog.dates["checked"].edit.setText("31 ก.พ. 68")
    dialog._accept()  # no exception: the error line says which signature and what was typed
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.text().startswith("ผู้ตรวจ: ไม่สามารถอ่าน '31 ก.พ. 68'")
    dialog.dates["checked"].edit.setText("27 พ.ย. 68")
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_an_empty_roster_is_refused(qtbot):
    dialog = _dialog(qtbot, [], REPORT_SIGNERS)
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "roster is empty" in dialog.errors.text()


def test_no_signature_dated_in_the_future(qtbot, people, thai):
    dialog = _dialog(qtbot, people, REPORT_SIGNERS, fiscal_year=2569)
    dialog.dates["approved"].edit.setText("28 พ.ย. 68")
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.text() == (
        "ผู้อนุมัติ: 28 พ.ย. 2568 เป็นวันที่ในอนาคต วันที่ลงนามต้องเป็นวันที่ลงนามจริง "
        "และไม่เกินวันนี้ (27 พ.ย. 2568)")


def test_no_signature_dated_before_the_years_documents_are_signed(qtbot, people):
    # Fiscal year 2569's documents are signed from 1 July 2568: March 2568 is a slip of the year.
    dialog = _dialog(qtbot, people, REPORT_SIGNERS, fiscal_year=2569)
    dialog.dates["prepared"].edit.setText("15/3/2568")
    assert "#b00020" in dialog.dates["prepared"].echo.styleSheet()
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.text().startswith(
        "Prepared by: 15 มี.ค. 2568 is too early for a document of fiscal year 2569")
    dialog.dates["prepared"].edit.setText("1/7/2568")
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signoffs()[0].signed_on == date(2025, 7, 1)


def test_an_unreadable_date_says_why(qtbot, people):
    dialog = _dialog(qtbot, people, REPORT_SIGNERS)
    dialog.dates["checked"].edit.setText("31/4/2568")
    dialog._accept()
    assert dialog.errors.text() == ("Checked by: cannot read a date from '31/4/2568': "
                                    "day 31 is not in April. Type it as, e.g., ๒๗ พ.ย. ๖๘.")

def test_one_person_in_several_roles_is_warned_about_but_allowed(qtbot, people, monkeypatch):
    dialog = _dialog(qtbot, people, REPORT_SIGNERS)
    dialog.show()
    assert not dialog.repeated.isVisible()
    commander = dialog.combos["approved"].currentIndex()
    for role in ("prepared", "checked"):
        dialog.combos[role].setCurrentIndex(commander)
    assert dialog.repeated.isVisible()
    assert dialog.repeated.text() == (
        f"{people[0].display_name} signs as Prepared by, Checked by, Approved by. This is "
        "allowed, but the document then lacks a check by another person.")
    accepted: list[bool] = []
    monkeypatch.setattr(dialog, "accept", lambda: accepted.append(True))
    dialog._accept()
    assert accepted == [True] and not dialog.errors.isVisible()
    assert {s.person_id for s in dialog.signoffs()} == {people[0].id}

    dialog.combos["prepared"].setCurrentIndex(2)
    assert "signs as Checked by, Approved by." in dialog.repeated.text()
    dialog.combos["checked"].setCurrentIndex(1)
    assert not dialog.repeated.isVisible()


def test_the_warning_is_said_in_thai(qtbot, people, thai):
    dialog = _dialog(qtbot, people, REPORT_SIGNERS)
    dialog.combos["checked"].setCurrentIndex(dialog.combos["approved"].currentIndex())
    assert dialog.repeated.text() == (f"{people[0].display_name} ลงนามในฐานะ "
                                      f"{_row_labels(dialog)[1]}, {_row_labels(dialog)[2]} "
                                      "ซึ่งทำได้ แต่เอกสารจะขาดการตรวจสอบโดยบุคคลอื่น")
    assert _row_labels(dialog)[1:] == ["ผู้ตรวจ", "ผู้อนุมัติ"]


def test_every_refused_row_is_named_with_its_reason_as_it_is_typed(qtbot, people):
    """OK used to name the first bad date only, and a red date said why only in its tooltip:
    the error line names each row and its reason, one line each, while the dates are typed."""
    dialog = _dialog(qtbot, people, REPORT_SIGNERS, fiscal_year=2569)
    dialog.show()
    assert not dialog.errors.isVisible()
    dialog.dates["prepared"].edit.setText("31/4/2568")
    dialog.dates["checked"].edit.setText("")
    dialog.dates["approved"].edit.setText("28 พ.ย. 68")
    # Before OK: each row's reason, in the order of the rows.
    assert dialog.errors.isVisible()
    assert dialog.errors.text().split("\n") == [
        "Prepared by: cannot read a date from '31/4/2568': day 31 is not in April. "
        "Type it as, e.g., ๒๗ พ.ย. ๖๘.",
        "Checked by: the date of signature is missing. Type it as, e.g., ๒๗ พ.ย. ๖๘.",
        "Approved by: 28 พ.ย. 2568 is in the future: a document is signed off with the day it "
        "is signed, today (27 พ.ย. 2568) at the latest.",
    ]
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(dialog.errors.text().split("\n")) == 3
    assert dialog.dates["prepared"].edit.hasFocus() or not dialog.isActiveWindow()
    # A row put right leaves the list at once; the last one hides the error line.
    dialog.dates["checked"].edit.setText("27 พ.ย. 68")
    assert [line.split(":")[0] for line in dialog.errors.text().split("\n")] == [
        "Prepared by", "Approved by"]
    dialog.dates["prepared"].edit.setText("1/7/2568")
    dialog.dates["approved"].edit.setText("27/11/2568")
    assert not dialog.errors.isVisible()
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.usefixtures("laptop_screen")
def test_the_dialog_grows_with_its_errors_and_squeezes_no_row(qtbot, people, thai):
    dialog = _dialog(qtbot, people, MINUTES_SIGNERS, document="รายงานการประชุม ครั้งที่ ๑/๒๕๖๘",
                     fiscal_year=2569)
    dialog.show()
    qtbot.waitExposed(dialog)
    for role in dialog.dates:
        dialog.dates[role].edit.setText("15/3/2568")
    dialog.combos["chair"].setCurrentIndex(dialog.combos["recorder"].currentIndex())
    dialog._accept()
    assert len(dialog.errors.text().split("\n")) == 3 and dialog.repeated.isVisible()
    assert squeezed(dialog) == [] and problems(dialog) == []

def test_no_signature_dated_before_the_data_is_as_of(qtbot, people):
    dialog = _dialog(qtbot, people, REPORT_SIGNERS, fiscal_year=2569,
                     data_as_of=TODAY - timedelta(days=3))
    dialog.dates["checked"].edit.setText(format_thai_date(TODAY - timedelta(days=4),
                                                          DateForm.ABBR, DigitStyle.ARABIC))
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "before the day the document's data is as of" in dialog.errors.text()
