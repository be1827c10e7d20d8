"""Every dialog keeps the window-wide conventions (tests/ui/conventions.py), in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ita_desktop.domain.units import UnitKind
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.shell.translation import install_translators
from tests.ui.conventions import cut_fields, problems

# Every dialog opens on the smallest screen the program meets.
pytestmark = pytest.mark.usefixtures("laptop_screen")


@pytest.fixture(params=["th", "en"])
def language(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(QApplication.instance(), "en")


def _check(qtbot, dialog) -> list[str]:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    return problems(dialog)


def test_person_dialog(qtbot, demo_db, language):
    from ita_desktop.ui.unit.person_dialog import PersonDialog

    person = PeopleRepository(demo_db).all()[0]
    assert _check(qtbot, PersonDialog(UnitKind.PROVINCIAL_IMMIGRATION)) == []
    assert _check(qtbot, PersonDialog(UnitKind.PROVINCIAL_IMMIGRATION, person)) == []


def test_oit_item_dialog(qtbot, demo_db, language):
    from ita_desktop.ui.framework.oit_item_dialog import OitItemDialog

    repo = FrameworkRepository(demo_db)
    catalog = repo.get(repo.years()[0])
    assert _check(qtbot, OitItemDialog(catalog, catalog.oit_items[0])) == []
    assert _check(qtbot, OitItemDialog(catalog)) == []


def test_export_dialog(qtbot, demo_db, tmp_path, language):
    from ita_desktop.domain.digits import DigitStyle
    from ita_desktop.ui.reports.export_dialog import ExportDialog

    dialog = ExportDialog(demo_db, 2568, DigitStyle.THAI, tmp_path, english=language == "en")
    assert _check(qtbot, dialog) == []
    qtbot.waitUntil(lambda: not dialog.busy and dialog.preview.page_count() > 0,
                    timeout=20000)
    assert problems(dialog) == []  # the pages scroll inside the preview: still within the screen
    dialog.report.setCurrentIndex(dialog.report.findData("roster"))
    assert problems(dialog) == []


@pytest.mark.parametrize("signers", ["fact-sheet", "ORDER_SIGNERS", "MINUTES_SIGNERS"])
def test_sign_off_dialog(qtbot, demo_db, language, signers):
    from ita_desktop.domain import signoff
    from ita_desktop.reports.signing import REPORT_KINDS
    from ita_desktop.ui.common.sign_off_dialog import SignOffDialog

    roles = (REPORT_KINDS[signers].roles if signers in REPORT_KINDS
             else getattr(signoff, signers))
    people = PeopleRepository(demo_db).all(include_inactive=False)
    dialog = SignOffDialog(people, roles,
                           document="ข้อมูลพื้นฐานของหน่วยงาน รายงานเลขที่ ๒๕๖๘-๐๐๑ ฉบับที่ ๑")
    assert _check(qtbot, dialog) == []
    assert cut_fields(dialog) == []


def test_roster_import_dialog(qtbot, demo_db, tmp_path, language):
    from openpyxl import Workbook

    from ita_desktop.ui.unit.roster_import_dialog import RosterImportDialog

    book = Workbook()
    book.active.append(["ยศ", "ชื่อ", "นามสกุล", "ตำแหน่ง", "สายงาน"])
    book.active.append(["ส.ต.ต.", "ใหม่", "หนึ่ง", "ผบ.หมู่", "งานอำนวยการ"])
    book.active.append(["กัปตัน", "ใหม่", "สอง", "", ""])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    people = PeopleRepository(demo_db)
    dialog = RosterImportDialog(path, UnitKind.PROVINCIAL_IMMIGRATION, people.all)
    assert _check(qtbot, dialog) == []
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert dialog.table.rowCount() == 2
    assert problems(dialog) == []


def test_register_dialog(qtbot, demo_db, language):
    from ita_desktop.ui.reports.register_dialog import RegisterDialog

    assert _check(qtbot, RegisterDialog(demo_db, english=language == "en")) == []
