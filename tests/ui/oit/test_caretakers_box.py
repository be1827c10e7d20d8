"""The surveys page's caretakers box on the demo database: it names the demo's caretakers role
by role, and Change… saves a role's people (added, reordered) or keeps the dialog open with
the refusal."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from ita_desktop.domain.oit_plan import CaretakerRole
from ita_desktop.services import oit as oit_service
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.oit.caretakers_box import CaretakersDialog
from ita_desktop.ui.oit.surveys_page import SurveysPage

YEAR = 2568
TODAY = date(2025, 3, 1)


@pytest.fixture
def context(demo_db, tab_context):
    return tab_context(demo_db, YEAR)


@pytest.fixture
def page(qtbot, context):
    page = SurveysPage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    return page


def _names(context) -> dict[int, str]:
    return {p.id: p.display_name for p in PeopleRepository(context.db).all()}


def _caretakers(context):
    return oit_service.oit_year(context.db, YEAR).caretakers


def test_the_box_names_the_demos_caretakers_role_by_role(page, context):
    names = _names(context)
    stored = _caretakers(context)
    for role in CaretakerRole:
        shown = page.caretakers.names[role].text()
        assert stored[role], role
        assert all(names[person] in shown for person in stored[role]), role
    # The controller of IIT and of EIT(1) is said to be one.
    controller = names[stored[CaretakerRole.IIT][0]]
    assert f"{controller} (controller)" in page.caretakers.names[CaretakerRole.IIT].text()
    assert "(controller)" not in page.caretakers.names[CaretakerRole.WEBSITE].text()


def _change(monkeypatch, page, role, edit) -> list[CaretakersDialog]:
    shown: list[CaretakersDialog] = []

    def run(dialog: CaretakersDialog) -> int:
        shown.append(dialog)
        edit(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CaretakersDialog, "exec", run)
    page.caretakers.buttons[role].click()
    return shown


def test_changing_a_role_saves_it_and_the_box_shows_it(monkeypatch, page, context):
    before = _caretakers(context)
    website = before[CaretakerRole.WEBSITE]
    newcomer = next(p for p in PeopleRepository(context.db).all()
                    if p.active and p.id not in website)

    def edit(dialog: CaretakersDialog) -> None:
        # Only serving people are offered.
        offered = {dialog.people.person.itemData(i) for i in range(dialog.people.person.count())}
        assert newcomer.id in offered
        assert all(p.id not in offered for p in PeopleRepository(context.db).all()
                   if not p.active)
        dialog.people.person.set_choice(newcomer.id)
        dialog.people.add_button.click()
        dialog.people.list.setCurrentRow(dialog.people.list.count() - 1)
        dialog.people.up_button.click()

    [dialog] = _change(monkeypatch, page, CaretakerRole.WEBSITE, edit)
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = _caretakers(context)
    assert after[CaretakerRole.WEBSITE] == (*website[:-1], newcomer.id, website[-1])
    assert {role: people for role, people in after.items()
            if role is not CaretakerRole.WEBSITE} == {
        role: people for role, people in before.items() if role is not CaretakerRole.WEBSITE}
    assert newcomer.display_name in page.caretakers.names[CaretakerRole.WEBSITE].text()


def test_a_refusal_keeps_the_dialog_open_and_nothing_is_saved(monkeypatch, page, context):
    before = _caretakers(context)
    newcomer = next(p for p in PeopleRepository(context.db).all()
                    if p.active and p.id not in before[CaretakerRole.EIT2])

    def edit(dialog: CaretakersDialog) -> None:
        dialog.people.person.set_choice(newcomer.id)
        dialog.people.add_button.click()
        # Transferred out in another window while the dialog was open.
        PeopleRepository(context.db).set_active(newcomer.id, False)

    [dialog] = _change(monkeypatch, page, CaretakerRole.EIT2, edit)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.errors.isHidden()
    assert newcomer.first_name in dialog.errors.text()
    assert _caretakers(context) == before
