"""Two windows on one file: the unit tab says when an entry was saved elsewhere meanwhile,
keeps what was typed, and offers the entry as saved now."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from ita_desktop.services.roster import save_person
from ita_desktop.store import open_database
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.unit import UnitRepository
from ita_desktop.ui.unit.person_dialog import PersonDialog
from ita_desktop.ui.unit.tab import UnitTab


@pytest.fixture
def tab(qtbot, demo_db, tab_context):
    widget = UnitTab(tab_context(demo_db))
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def other_window(demo_db):
    """The same file opened a second time, as another window or PC has it."""
    db = open_database(demo_db.path)
    yield db
    db.close()


def _dialog_rounds(monkeypatch, *rounds):  # type: ignore[no-untyped-def]
    """Each time the person dialog is shown, the next of ``rounds`` acts on it and says
    whether the user pressed Save."""
    seen: list[PersonDialog] = []

    def run(dialog: PersonDialog) -> int:
        seen.append(dialog)
        return rounds[len(seen) - 1](dialog)

    monkeypatch.setattr(PersonDialog, "exec", run)
    return seen


def test_person_saved_elsewhere_meanwhile_keeps_the_dialog_and_what_was_typed(
        tab, other_window, monkeypatch, answer):
    tab.roster.view.selectRow(3)
    person = tab.roster.selected()

    def type_while_they_save(dialog: PersonDialog) -> int:
        dialog.phone.setText("0811111111")
        theirs = PeopleRepository(other_window).get(person.id)
        save_person(other_window, replace(theirs, phone="0822222222"))
        return QDialog.DialogCode.Accepted

    def still_mine(dialog: PersonDialog) -> int:
        assert dialog.phone.text() == "0811111111"
        assert "was changed in another window" in dialog.errors.text()
        return QDialog.DialogCode.Rejected

    answer.reply(QMessageBox.StandardButton.No)
    seen = _dialog_rounds(monkeypatch, type_while_they_save, still_mine)
    tab.roster.edit_selected()
    assert len(seen) == 2
    kind, text = answer.messages[0]
    assert kind == "question" and person.first_name in text and "saved now" in text
    assert PeopleRepository(tab.roster._people.db).get(person.id).phone == "0822222222"


def test_person_reloaded_after_a_save_elsewhere_then_saved_on_top_of_it(
        tab, other_window, monkeypatch, answer):
    tab.roster.view.selectRow(3)
    person = tab.roster.selected()

    def type_while_they_save(dialog: PersonDialog) -> int:
        dialog.phone.setText("0811111111")
        theirs = PeopleRepository(other_window).get(person.id)
        save_person(other_window, replace(theirs, phone="0822222222"))
        return QDialog.DialogCode.Accepted

    def again_on_theirs(dialog: PersonDialog) -> int:
        assert dialog.phone.text() == "0822222222"  # as saved now
        assert "as saved now" in dialog.errors.text()
        dialog.note.setPlainText("ย้ายโต๊ะ")
        return QDialog.DialogCode.Accepted

    _dialog_rounds(monkeypatch, type_while_they_save, again_on_theirs)
    tab.roster.edit_selected()
    saved = PeopleRepository(tab.roster._people.db).get(person.id)
    assert (saved.phone, saved.note) == ("0822222222", "ย้ายโต๊ะ")


def test_marking_as_left_someone_changed_meanwhile_says_so(tab, other_window, answer):
    tab.roster.view.selectRow(3)
    person = tab.roster.selected()
    theirs = PeopleRepository(other_window).get(person.id)
    save_person(other_window, replace(theirs, position="สารวัตรใหม่"))
    tab.roster.toggle_left()
    kinds = [kind for kind, _ in answer.messages]
    assert kinds == ["question", "warning"]
    assert "was changed in another window" in answer.messages[1][1]
    assert PeopleRepository(tab.roster._people.db).get(person.id).active
    # The list shows their change, so the user sees what to look at again.
    assert tab.roster.selected().position == "สารวัตรใหม่"


def test_unit_profile_saved_elsewhere_meanwhile_is_not_undone(tab, other_window, answer):
    form = tab.form
    form.phone.setText("0 4200 1111")
    units = UnitRepository(other_window)
    units.save(replace(units.get(), email="other@example.org"))
    answer.reply(QMessageBox.StandardButton.No)
    assert not form.save()
    assert "unit profile was changed in another window" in form.errors.text()
    assert form.phone.text() == "0 4200 1111" and form.dirty
    saved = UnitRepository(tab.roster._people.db).get()
    assert saved.email == "other@example.org" and saved.phone != "0 4200 1111"
    # Shown as saved now on request; then the user's change saves on top of theirs.
    answer.reply(QMessageBox.StandardButton.Yes)
    assert not form.save()
    assert form.email.text() == "other@example.org" and not form.dirty
    form.phone.setText("0 4200 1111")
    assert form.save()
    saved = UnitRepository(tab.roster._people.db).get()
    assert (saved.phone, saved.email) == ("0 4200 1111", "other@example.org")
