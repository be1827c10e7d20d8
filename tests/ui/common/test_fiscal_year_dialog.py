"""The fiscal-year dialog: a B.E. year in either kind of digits, its span read back, and OK
refusing a C.E., two-digit or far-off year with the year that was meant."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.ui.common.fiscal_year_dialog import FiscalYearDialog
from ita_desktop.ui.shell.translation import install_translators
from tests.ui.conventions import problems

TODAY = date(2025, 3, 20)  # fiscal year 2568: years up to 2570 may be started


@pytest.fixture
def thai(qapp):
    install_translators(qapp, "th")
    yield
    install_translators(qapp, "en")


def _dialog(qtbot, digits: DigitStyle = DigitStyle.ARABIC) -> FiscalYearDialog:  # type: ignore[no-untyped-def]
    dialog = FiscalYearDialog("Start a new fiscal year", "Fiscal year (B.E.):", 2569,
                              digits=digits, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_the_suggested_year_is_shown_with_its_span_and_accepted(qtbot):
    dialog = _dialog(qtbot)
    assert dialog.edit.text() == "2569"
    assert dialog.span.text() == "fiscal year 2569: 1 ต.ค. 2568 - 30 ก.ย. 2569"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.year() == 2569


def test_a_year_in_thai_digits_is_shown_in_thai_digits(qtbot):
    dialog = _dialog(qtbot, DigitStyle.THAI)
    assert dialog.edit.text() == "๒๕๖๙"
    dialog.edit.setText("2570")
    assert dialog.span.text().endswith("๑ ต.ค. ๒๕๖๙ - ๓๐ ก.ย. ๒๕๗๐")
    dialog.accept()
    assert dialog.year() == 2570


@pytest.mark.parametrize(
    ("typed", "said"),
    [("2026", "2026 looks like a Christian-era (C.E.) year; fiscal years are given in the "
              "Buddhist Era (B.E.). Did you mean fiscal year 2569?"),
     ("69", "'69' is a two-digit year"),
     ("2586", "Fiscal year 2586 is outside the years ITA Desktop works with"),
     ("", "'' is not a year")],
)
def test_ok_refuses_a_year_that_is_not_a_be_fiscal_year_and_says_why(qtbot, typed, said):
    dialog = _dialog(qtbot)
    dialog.show()
    dialog.edit.setText(typed)
    assert dialog.span.text() == ""
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.year() is None
    assert dialog.errors.isVisible() and said in dialog.errors.text()
    # Typing a good year clears the refusal and shows the year's span.
    dialog.edit.setText("2569")
    assert not dialog.errors.isVisible() and dialog.span.text()


def test_the_refusal_is_in_thai_in_the_thai_window(qtbot, thai):
    dialog = _dialog(qtbot)
    dialog.show()
    dialog.edit.setText("2026")
    dialog.accept()
    assert dialog.errors.text() == (
        "2026 น่าจะเป็นปีคริสต์ศักราช (ค.ศ.) ปีงบประมาณต้องระบุเป็นปีพุทธศักราช (พ.ศ.) "
        "หมายถึงปีงบประมาณ พ.ศ. 2569 ใช่หรือไม่")
    assert problems(dialog) == []


def test_the_span_is_in_thai_in_the_thai_window(qtbot, thai):
    dialog = _dialog(qtbot)
    assert dialog.span.text() == "ปีงบประมาณ พ.ศ. 2569: 1 ต.ค. 2568 - 30 ก.ย. 2569"
