"""The services refuse what the command line and the window refuse, whoever calls them: no
report is numbered for a year that is not a B.E. fiscal year, no version is signed with a date
in the future or from a mistyped year, and no framework is started for a C.E. year."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.fiscal import FiscalYearError, SigningDateError
from ita_desktop.domain.signoff import SignOff
from ita_desktop.services import frameworks, reports
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.report_register import ReportRegister


def _signoffs(db, when: date) -> list[SignOff]:  # type: ignore[no-untyped-def]
    people = PeopleRepository(db).all(include_inactive=False)
    return [SignOff(role, p.id, p.display_name, p.position_abbr or p.position, when)
            for role, p in zip(("prepared", "checked", "approved"), people[:3], strict=True)]


@pytest.mark.parametrize("year", [2025, 68, 0, 99999])
def test_no_report_is_prepared_for_a_year_that_is_not_a_be_fiscal_year(demo_db, year):
    with pytest.raises(FiscalYearError):
        reports.prepare(demo_db, "roster", year, DigitStyle.THAI)
    assert ReportRegister(demo_db).versions() == []


@pytest.mark.parametrize(
    ("when", "code"),
    [(date.today() + timedelta(days=1), "fiscal.signed_in_future"),
     (date(2024, 3, 15), "fiscal.signed_too_early")],  # fiscal year 2568 starts signing 1/7/2567
)
def test_no_version_is_signed_on_a_day_outside_the_years_window(demo_db, when, code):
    prepared = reports.prepare(demo_db, "roster", 2568, DigitStyle.THAI)
    with pytest.raises(SigningDateError) as caught:
        reports.sign_off(demo_db, prepared, _signoffs(demo_db, when))
    assert caught.value.code == code
    assert ReportRegister(demo_db).versions() == []
    # The same day a year later is within the window: the rule refuses only the slip.
    record = reports.sign_off(demo_db, prepared, _signoffs(demo_db, date(2025, 3, 15)))
    assert record.report_number == "2568-001"


def test_no_framework_is_started_for_a_christian_era_year(demo_db):
    before = FrameworkRepository(demo_db).years()
    with pytest.raises(FiscalYearError) as caught:
        frameworks.start_year(demo_db, 2026)
    assert caught.value.values["suggested"] == 2569
    assert FrameworkRepository(demo_db).years() == before


def test_no_version_is_signed_before_the_day_its_data_is_as_of(demo_db):
    """Once a fact sheet read "ข้อมูล ณ วันที่ ๒๗ พ.ย. ๒๕๖๙" above signatures dated
    ๑๕ มี.ค. ๒๕๖๘: signed twenty months before the data it certifies."""
    prepared = reports.prepare(demo_db, "fact-sheet", 2568, DigitStyle.THAI)
    as_of = reports.data_as_of(prepared)
    assert as_of == date(2025, 3, 1)  # the demo's own day
    with pytest.raises(SigningDateError) as caught:
        reports.sign_off(demo_db, prepared, _signoffs(demo_db, as_of - timedelta(days=1)))
    assert caught.value.code == "fiscal.signed_before_data"
    assert "(1 มี.ค. 2568)" in str(caught.value)
    assert ReportRegister(demo_db).versions() == []
    assert reports.sign_off(demo_db, prepared, _signoffs(demo_db, as_of)).version == 1
