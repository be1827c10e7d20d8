"""The Thai date field: one kind of digits, either kind typed, the whole date always shown."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QVBoxLayout

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.thai_dates import ThaiDateError
from ita_desktop.ui.common.thai_date_field import ThaiDateField
from tests.ui.conventions import cut_fields, digit_styles, problems


def _field(qtbot, digits: DigitStyle) -> tuple[QDialog, ThaiDateField]:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = ThaiDateField(digits=digits)
    QVBoxLayout(dialog).addWidget(field)
    return dialog, field


def test_a_date_is_written_and_read_back_with_the_screens_digits(qtbot):
    thai_dialog, thai = _field(qtbot, DigitStyle.THAI)
    thai.set_date(date(2025, 2, 28))
    assert thai.edit.text() == "๒๘ ก.พ. ๒๕๖๘"
    assert thai.echo.text() == "วันศุกร์ที่ ๒๘ กุมภาพันธ์ ๒๕๖๘"
    arabic_dialog, arabic = _field(qtbot, DigitStyle.ARABIC)
    arabic.set_date(date(2025, 2, 28))
    assert arabic.edit.text() == "28 ก.พ. 2568"
    assert digit_styles([arabic.edit.text(), arabic.echo.text(),
                         arabic.edit.placeholderText()]) == {"arabic"}
    assert digit_styles([thai.edit.placeholderText()]) == {"thai"}


def test_either_kind_of_digits_may_be_typed(qtbot):
    dialog, field = _field(qtbot, DigitStyle.THAI)
    field.edit.setText("21 พ.ย. 68")
    assert field.date() == date(2025, 11, 21)
    assert field.echo.text() == "วันศุกร์ที่ ๒๑ พฤศจิกายน ๒๕๖๘"
    field.edit.setText("๒๑ พฤศจิกายน ๒๕๖๘")
    assert field.date() == date(2025, 11, 21)
    field.edit.setText("")
    assert field.date() is None and field.echo.text() == ""


def test_changing_the_digits_rewrites_the_date_but_keeps_what_is_not_yet_a_date(qtbot):
    dialog, field = _field(qtbot, DigitStyle.THAI)
    field.set_date(date(2026, 1, 5))
    field.set_digits(DigitStyle.ARABIC)
    assert field.edit.text() == "5 ม.ค. 2569" and "๕" not in field.echo.text()
    field.edit.setText("31 ก.พ. 69")
    assert field.echo.text() == "not a date"
    field.set_digits(DigitStyle.THAI)
    assert field.edit.text() == "31 ก.พ. 69"
    assert field.digits is DigitStyle.THAI


def test_the_longest_date_is_shown_whole_at_the_smallest_size(qtbot):
    for digits in DigitStyle:
        dialog, field = _field(qtbot, digits)
        dialog.show()
        dialog.resize(dialog.minimumSizeHint())
        qtbot.waitUntil(lambda dialog=dialog: dialog.width() == dialog.minimumSizeHint().width())
        # The widest month and the longest weekday name.
        field.set_date(date(2025, 11, 27))
        assert field.echo.text().startswith("วันพฤหัสบดีที่")
        assert cut_fields(dialog) == []
        assert problems(dialog) == []


def test_a_buddhist_era_iso_date_is_read_as_that_day(qtbot):
    dialog, field = _field(qtbot, DigitStyle.THAI)
    field.edit.setText("2568-03-15")
    assert field.date() == date(2025, 3, 15)
    assert field.echo.text() == "วันเสาร์ที่ ๑๕ มีนาคม ๒๕๖๘"


def test_a_date_that_breaks_the_forms_rule_is_read_back_in_red_with_the_reason(qtbot):
    from ita_desktop.domain.fiscal import SigningDateError, check_signing_date

    dialog, field = _field(qtbot, DigitStyle.ARABIC)
    today = date(2025, 3, 20)
    field.set_rule(lambda day: check_signing_date(day, 2568, today))
    field.edit.setText("21 มี.ค. 68")
    # What was read stays in view, so the user sees which day the program understood.
    assert field.echo.text() == "วันศุกร์ที่ 21 มีนาคม 2568"
    assert "#b00020" in field.echo.styleSheet()
    assert field.echo.toolTip().startswith("21 มี.ค. 2568 is in the future")
    with pytest.raises(SigningDateError):
        field.checked_date()
    assert field.date() == date(2025, 3, 21)  # readable; only the rule refuses it
    field.edit.setText("20 มี.ค. 68")
    assert field.checked_date() == today
    assert field.echo.styleSheet() == "" and field.echo.toolTip() == ""


def test_an_unreadable_date_says_why_in_its_tooltip(qtbot):
    dialog, field = _field(qtbot, DigitStyle.THAI)
    field.edit.setText("31 ก.พ. 68")
    assert field.echo.text() == "not a date"
    assert field.echo.toolTip() == "cannot read a date from '31 ก.พ. 68': day 31 is not " \
        "in February"
    with pytest.raises(ThaiDateError):
        field.checked_date()
