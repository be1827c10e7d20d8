"""Every write action of the unit and framework tabs against a database another program holds
(locked) and a write-protected one (read-only): the window says so in Thai, that nothing was
changed, keeps running, and the database is byte-for-byte the same content."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from ita_desktop.services.frameworks import export_framework
from ita_desktop.store.errors import WriteError
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.framework.oit_item_dialog import OitItemDialog
from ita_desktop.ui.framework.tab import FrameworkTab
from ita_desktop.ui.unit.person_dialog import PersonDialog
from ita_desktop.ui.unit.roster_import_dialog import RosterImportDialog
from ita_desktop.ui.unit.tab import UnitTab
from tests.files import signature_scan

# What each refusal must say in Thai: what happened, and that nothing changed.
THAI = {"locked": "กำลังถูกใช้งานโดยโปรแกรมอื่น", "read_only": "เป็นแบบอ่านอย่างเดียว"}
NOTHING_CHANGED = "จึงไม่มีการเปลี่ยนแปลงใด ๆ"


@pytest.fixture
def unit_tab(qtbot, demo_db, thai, tab_context):
    tab = UnitTab(tab_context(demo_db))
    qtbot.addWidget(tab)
    return tab


@pytest.fixture
def framework_tab(qtbot, demo_db, thai, tab_context):
    tab = FrameworkTab(tab_context(demo_db, 2568))
    qtbot.addWidget(tab)
    return tab


class Shown:
    """Where an action said why it did not save: a message box or a form's error line."""

    def __init__(self, answer) -> None:  # type: ignore[no-untyped-def]
        self.answer = answer
        self.line = ""

    def last(self) -> str:
        return self.line or (self.answer.messages[-1][1] if self.answer.messages else "")




def open_file(monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def accept_with(monkeypatch, dialog_class, change) -> None:  # type: ignore[no-untyped-def]
    def run(dialog) -> int:  # type: ignore[no-untyped-def]
        change(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_class, "exec", run)


def select_person(tab: UnitTab) -> None:
    people = PeopleRepository(tab.roster._people.db).all(include_inactive=False)
    tab.roster.select(people[4].id)
    assert tab.roster.selected() is not None


# --- the unit tab ---------------------------------------------------------------------------

def profile_save(tab: UnitTab, framework, monkeypatch, tmp_path, shown: Shown) -> None:
    tab.form.phone.setText("02-999-9999")
    assert not tab.form.save()
    shown.line = tab.form.errors.text()
    assert tab.form.dirty and tab.form.phone.text() == "02-999-9999"  # the edit is kept


def emblem_import(tab, framework, monkeypatch, tmp_path, shown) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    image = tmp_path / "garuda.png"
    Image.new("RGB", (300, 300), (200, 160, 30)).save(image)
    open_file(monkeypatch, image)
    tab.form.import_emblem()


def emblem_remove(tab, framework, monkeypatch, tmp_path, shown) -> None:  # type: ignore[no-untyped-def]
    tab.form.remove_emblem()


def person_add(tab, framework, monkeypatch, tmp_path, shown) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: PersonDialog) -> None:
        dialog.rank.setCurrentIndex(dialog.rank.findData("pol_lt"))
        dialog.first.setText("ทดลอง")
        dialog.last.setText("ระบบ")

    _dialog_once(monkeypatch, shown, PersonDialog, fill)
    tab.roster.add_person()


def person_edit(tab, framework, monkeypatch, tmp_path, shown) -> None:  # type: ignore[no-untyped-def]
    select_person(tab)
    _dialog_once(monkeypatch, shown, PersonDialog,
                 lambda dialog: dialog.phone.setText("0899999999"))
    tab.roster.edit_selected()


def signature_import(tab, framework, monkeypatch, tmp_path, shown) -> None:  # type: ignore[no-untyped-def]
    select_person(tab)
    open_file(monkeypatch, signature_scan(tmp_path / "signature.png"))
    _dialog_once(monkeypatch, shown, PersonDialog, lambda dialog: dialog.import_signature())
    tab.roster.edit_selected()


def mark_as_left(tab, framework, monkeypatch, tmp_path, shown) -> None:  # type: ignore[no-untyped-def]
    select_person(tab)
    tab.roster.toggle_left()


def roster_import(tab, framework, monkeypatch, tmp_path, shown) -> None:  # type: ignore[no-untyped-def]
    book = Workbook()
    book.active.append(["ยศ", "ชื่อ", "นามสกุล"])
    book.active.append(["ส.ต.ต.", "ใหม่", "หนึ่ง"])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    open_file(monkeypatch, path)

    def clean(dialog: RosterImportDialog) -> None:
        # The workbook is read as a job of the runner: wait for it, as the user does.
        deadline = time.monotonic() + 10
        while not dialog.import_button.isEnabled() and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        assert dialog.import_button.isEnabled()

    accept_with(monkeypatch, RosterImportDialog, clean)
    tab.roster.import_roster()


# --- the framework tab ----------------------------------------------------------------------

def framework_start(tab, framework: FrameworkTab, monkeypatch, tmp_path, shown) -> None:  # type: ignore[no-untyped-def]
    framework.year_changed(max(FrameworkRepository(framework.context.db).years()) + 1)
    framework.start_selected_year()
    assert framework.stack.currentIndex() == 0  # still "no framework yet"


def framework_import(tab, framework: FrameworkTab, monkeypatch, tmp_path, shown) -> None:  # type: ignore[no-untyped-def]
    open_file(monkeypatch, tmp_path / "framework.json")  # written before the file was blocked
    framework.import_framework()


def _dialog_once(monkeypatch, shown: Shown, dialog_class, change) -> None:  # type: ignore[no-untyped-def]
    """OK once; the refusal must show on the dialog's error line, with what was typed still
    there, then the user cancels."""
    calls: list[int] = []

    def run(dialog) -> int:  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            change(dialog)
            return QDialog.DialogCode.Accepted
        shown.line = dialog.errors.text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialog_class, "exec", run)


def _item_dialog(monkeypatch, shown: Shown, change: Callable[[OitItemDialog], None]) -> None:  # type: ignore[no-untyped-def]
    _dialog_once(monkeypatch, shown, OitItemDialog, change)


def item_add(tab, framework: FrameworkTab, monkeypatch, tmp_path, shown) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: OitItemDialog) -> None:
        dialog.title.setText("ข้อมูลใหม่")
        dialog.components.setPlainText("ส่วนที่ ๑")
        dialog.formats.setText("PDF")
        dialog.deadline_kind.setCurrentIndex(dialog.deadline_kind.findData("none"))

    _item_dialog(monkeypatch, shown, fill)
    framework.add_item()


def item_edit(tab, framework: FrameworkTab, monkeypatch, tmp_path, shown) -> None:  # type: ignore[no-untyped-def]
    framework.items.selectRow(0)
    _item_dialog(monkeypatch, shown, lambda dialog: dialog.title.setText("ชื่อที่แก้"))
    framework.edit_item()


def item_remove(tab, framework: FrameworkTab, monkeypatch, tmp_path, shown) -> None:  # type: ignore[no-untyped-def]
    framework.items.selectRow(0)
    framework.remove_item()


ACTIONS = {f.__name__: f for f in (
    profile_save, emblem_import, emblem_remove, person_add, person_edit, signature_import,
    mark_as_left, roster_import, framework_start, framework_import, item_add, item_edit,
    item_remove,
)}


@pytest.mark.parametrize("how", ["locked", "read_only"])
@pytest.mark.parametrize("action", list(ACTIONS))
def test_write_action_on_a_blocked_database_says_why_and_changes_nothing(
        unit_tab, framework_tab, demo_db, tmp_path, monkeypatch, answer, write_blocked,
        content, action, how):
    export_framework(demo_db, 2568, tmp_path / "framework.json")
    shown = Shown(answer)
    before = content(demo_db.path)
    with write_blocked(demo_db, how):
        ACTIONS[action](unit_tab, framework_tab, monkeypatch, tmp_path, shown)
        expected = error_text(WriteError(f"store.{how}", demo_db.path))
    message = shown.last()
    assert message == expected, message
    assert THAI[how] in message and NOTHING_CHANGED in message
    assert content(demo_db.path) == before
    QApplication.processEvents()  # the window is still alive and answering


def test_the_same_action_works_once_the_other_program_lets_go(
        unit_tab, demo_db, monkeypatch, tmp_path, answer, write_blocked):
    with write_blocked(demo_db, "locked"):
        mark_as_left(unit_tab, None, monkeypatch, tmp_path, Shown(answer))
    person = unit_tab.roster.selected()
    assert person is not None and person.active
    unit_tab.roster.toggle_left()
    assert not PeopleRepository(demo_db).get(person.id).active
