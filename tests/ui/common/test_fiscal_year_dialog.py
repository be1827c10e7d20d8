"""The fiscal-year dialog: a B.E. year in either kind of digits, its span read back, a C.E.,
two-digit or far-off year refused with the year that was meant, said while it is typed, a year
that already has a framework opened, and a dialog that grows with what it says."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.ui.common.fiscal_year_dialog import FiscalYearDialog
from ita_desktop.ui.shell.translation import install_translators
from tests.ui.conventions import problems, squeezed

TODAY = date(2025, 3, 20)  # fiscal year 2568: years up to 2570 may be started


@pytest.fixture
def thai(qapp):
    install_translators(qapp, "th")
    yield
    install_translators(qapp, "en")


def _dialog(qtbot, digits: DigitStyle = DigitStyle.ARABIC,  # type: ignore[no-untyped-def]
            existing: tuple[int, ...] = ()) -> FiscalYearDialog:
    dialog = FiscalYearDialog("Start a new fiscal year", "Fiscal year (B.E.):", 2569,
                              existing=existing, digits=digits, today=TODAY)
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
    # Said while it is typed, not only after OK (nothing typed yet is only refused on OK).
    assert dialog.errors.isVisible() == bool(typed)
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


@pytest.mark.parametrize("typed", ["2025", "68", "๖๘"])
def test_the_year_meant_is_said_as_it_is_typed_with_its_framework(qtbot, typed):
    """2025 and 68 both mean 2568, which has a framework: the dialog says so, and what OK
    does, before OK is pressed."""
    dialog = _dialog(qtbot, existing=(2567, 2568))
    dialog.show()
    dialog.edit.setText(typed)
    assert dialog.errors.isVisible()
    assert "Did you mean fiscal year 2568?" in dialog.errors.text()
    assert dialog.errors.text().endswith(
        "Fiscal year 2568 already has a framework: type 2568 and OK opens it.")
    dialog.edit.setText("2568")
    assert not dialog.errors.isVisible()
    assert dialog.span.isVisible() and dialog.span.text() == (
        "fiscal year 2568: 1 ต.ค. 2567 - 30 ก.ย. 2568\n"
        "This year already has a framework: OK opens it.")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.year() == 2568


def test_a_meant_year_without_a_framework_is_not_said_to_have_one(qtbot):
    dialog = _dialog(qtbot, existing=(2567,))
    dialog.edit.setText("2026")
    assert "Did you mean fiscal year 2569?" in dialog.errors.text()
    assert "already has a framework" not in dialog.errors.text()
    dialog.edit.setText("2569")
    assert "already has a framework" not in dialog.span.text()


def test_the_explanation_is_thai_and_in_the_dialogs_digits(qtbot, thai):
    dialog = _dialog(qtbot, DigitStyle.THAI, existing=(2568,))
    dialog.edit.setText("2025")
    assert dialog.errors.text() == (
        "๒๐๒๕ น่าจะเป็นปีคริสต์ศักราช (ค.ศ.) ปีงบประมาณต้องระบุเป็นปีพุทธศักราช (พ.ศ.) "
        "หมายถึงปีงบประมาณ พ.ศ. ๒๕๖๘ ใช่หรือไม่\n"
        "ปีงบประมาณ พ.ศ. ๒๕๖๘ มีกรอบการประเมินอยู่แล้ว พิมพ์ ๒๕๖๘ แล้วกดตกลงเพื่อเปิดกรอบนั้น")
    dialog.edit.setText("๒๕๖๘")
    assert dialog.span.text().endswith("ปีนี้มีกรอบการประเมินอยู่แล้ว กดตกลงเพื่อเปิดกรอบนั้น")


@pytest.mark.usefixtures("laptop_screen")
@pytest.mark.parametrize("typed", ["68", "2025", "2586", "abc"])
def test_the_dialog_grows_with_its_error_and_squeezes_no_row(qtbot, thai, typed):
    """Typing 68 and OK used to squeeze the field to 12 px and cut the Thai marks above the
    prompt: the dialog grows instead, while it is open."""
    dialog = FiscalYearDialog("เริ่มปีงบประมาณใหม่",
                              "ปีงบประมาณ (พ.ศ.) ที่จะเริ่มจากกรอบการประเมินล่าสุด:", 2569,
                              existing=(2568,), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.edit.setText(typed)
    dialog.accept()
    assert squeezed(dialog) == [] and problems(dialog) == []
    assert dialog.edit.height() >= dialog.edit.sizeHint().height()
