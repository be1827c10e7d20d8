"""Every dialog keeps the window-wide conventions (tests/ui/conventions.py), in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ita_desktop.domain.units import UnitKind
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.shell.translation import install_translators
from tests.ui.conventions import problems


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


def test_register_dialog(qtbot, demo_db, language):
    from ita_desktop.ui.reports.register_dialog import RegisterDialog

    assert _check(qtbot, RegisterDialog(demo_db, english=language == "en")) == []
