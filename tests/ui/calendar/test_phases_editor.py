"""The calendar-phases editor driven as the secretary would: seed 002's calendar loaded, edited
through its fields and read back; phases added, moved and removed within their groups."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ita_desktop.domain.calendar import Duty, PhaseGroup, Responsible, WhoKind, numbered
from ita_desktop.domain.digits import DigitStyle
from ita_desktop.errors import AppError
from ita_desktop.ui.calendar.phase_model import PhaseModel
from ita_desktop.ui.calendar.phases_editor import PhasesEditor
from tests.ui.calendar.samples import PEOPLE, SECTIONS, SEED_002, SUPRANEE, WALAIPORN
from tests.ui.conventions import problems


@pytest.fixture
def editor(qtbot) -> PhasesEditor:
    widget = PhasesEditor()
    qtbot.addWidget(widget)
    widget.load(SEED_002, PEOPLE, SECTIONS, DigitStyle.THAI)
    widget.resize(1350, 690)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _select(editor: PhasesEditor, step_start: str) -> int:
    """Click the row of the phase whose step starts with ``step_start``; its index."""
    index = next(i for i, p in enumerate(editor.model.phases()) if p.step.startswith(step_start))
    editor.table.selectRow(editor.model.row_of(index))
    assert editor.selected_phase() == index
    return index


def _table(editor: PhasesEditor) -> list[tuple[str, str]]:
    """(number, step) of each row as the table shows it; a heading row's number is its words."""
    model = editor.model
    return [(model.index(r, PhaseModel.NUMBER).data(), model.index(r, PhaseModel.STEP).data()
             or "") for r in range(model.rowCount())]


def _type_date(field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.edit.selectAll()
    field.edit.insert(text)


def test_the_table_reads_as_the_calendar_prints_it(editor):
    rows = _table(editor)
    assert rows[0] == ("ช่วงเตรียมการประเมิน", "")
    assert rows[1] == ("๑", "เตรียมความพร้อม")
    assert rows[2][0] == "ช่วงดำเนินการประเมิน"
    assert [n for n, _ in rows[3:8]] == ["๑", "๒", "๓", "๔", "๕"]
    assert rows[8][0] == "ช่วงดำเนินการตรวจ OIT และกระบวนการอุทธรณ์"
    model = editor.model
    last = model.rowCount() - 1
    assert model.index(last, PhaseModel.PERIOD).data() == "เดือน ส.ค. ๒๕๖๗", \
        "a period text prints instead of the dates"
    assert model.index(3, PhaseModel.PERIOD).data() == "๑ - ๓๑ ม.ค. ๒๕๖๗"
    summary = model.index(model.row_of(5), PhaseModel.RESPONSIBLE).data()
    assert summary.split("\n") == ["ผู้ควบคุม พ.ต.ท.หญิง สุปราณี เรือนใสแก้ว",
                                   "ผู้ดูแลระบบ ร.ต.อ.หญิง ธนิษฐา คณานันท์"]


def test_loaded_calendar_reads_back_unchanged_then_with_the_edits_made(editor, qtbot):
    assert editor.calendar() == SEED_002
    assert not editor.is_dirty()

    index = _select(editor, "การนำเข้าข้อมูล")
    with qtbot.waitSignal(editor.changed):
        editor.step.setPlainText("การนำเข้าข้อมูล  EIT(๒)\nของหน่วยงาน")
    editor.work.setPlainText("ดาวน์โหลดแบบฟอร์มจากระบบ")
    _type_date(editor.end, "๑๕ ก.พ. ๒๕๖๗")
    editor.period_text.setText("ภายใน ก.พ. ๖๗")
    responsible = editor.responsible
    responsible.duty.setCurrentIndex(responsible.duty.findData(Duty.PRACTITIONER))
    responsible.kind.setCurrentIndex(responsible.kind.findData(WhoKind.SECTION))
    responsible.section.setCurrentIndex(responsible.section.findData("foreigner_services"))
    qtbot.mouseClick(responsible.add_button, Qt.MouseButton.LeftButton)
    responsible.kind.setCurrentIndex(responsible.kind.findData(WhoKind.PERSON))
    responsible.person.setCurrentIndex(responsible.person.findData(WALAIPORN))
    responsible.label.setText("ผู้ดูแลระบบ")
    qtbot.mouseClick(responsible.add_button, Qt.MouseButton.LeftButton)
    responsible.table.selectRow(1)  # the collector
    qtbot.mouseClick(responsible.remove_button, Qt.MouseButton.LeftButton)

    read = editor.calendar()
    assert read.version == 4 and read.fiscal_year == 2567
    edited = read.phases[index]
    assert edited.step == "การนำเข้าข้อมูล EIT(๒) ของหน่วยงาน", "one line, spaces squeezed"
    assert edited.work == "ดาวน์โหลดแบบฟอร์มจากระบบ"
    assert (edited.start, edited.end) == (date(2024, 1, 1), date(2024, 2, 15))
    assert edited.period_text == "ภายใน ก.พ. ๖๗"
    assert edited.responsible == (
        Responsible(Duty.CONTROLLER, WhoKind.PERSON, person_id=SUPRANEE),
        Responsible(Duty.PRACTITIONER, WhoKind.SECTION, section_key="foreigner_services"),
        Responsible(Duty.PRACTITIONER, WhoKind.PERSON, person_id=WALAIPORN,
                    label="ผู้ดูแลระบบ"))
    assert [p for i, p in enumerate(read.phases) if i != index] == \
        [p for i, p in enumerate(SEED_002.phases) if i != index], "nothing else changed"
    assert editor.is_dirty()
    row = editor.model.row_of(index)
    assert editor.model.index(row, PhaseModel.PERIOD).data() == "ภายใน ก.พ. ๖๗"

    editor.load(read, PEOPLE, SECTIONS, DigitStyle.THAI)
    assert editor.calendar() == read and not editor.is_dirty(), "saved and loaded again"


def test_adding_a_phase_renumbers_its_group_only(editor, qtbot):
    _select(editor, "การตรวจ OIT")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    added = editor.selected_phase()
    assert added is not None
    phase = editor.model.phases()[added]
    assert phase.group is PhaseGroup.OIT_CHECK
    # The day after the phase it follows ends (15 June), to the end of that month.
    assert (phase.start, phase.end) == (date(2024, 6, 16), date(2024, 6, 30))
    assert editor.step.hasFocus()
    numbers = [(g, n, p.step) for g, n, p in numbered(editor.model.phases())]
    assert [(n, s) for g, n, s in numbers if g is PhaseGroup.OIT_CHECK] == [
        (1, "การตรวจ OIT และการให้ข้อสังเกต"), (2, ""), (3, "กระบวนการอุทธรณ์")]
    before = [(g, n, p.step) for g, n, p in numbered(SEED_002.phases)]
    assert [x for x in numbers if x[0] is not PhaseGroup.OIT_CHECK] == \
        [x for x in before if x[0] is not PhaseGroup.OIT_CHECK]

    with pytest.raises(AppError) as refused:
        editor.calendar()
    assert refused.value.code == "calendar_editor.no_step"
    assert refused.value.values["number"] == "๒"
    editor.step.setPlainText("ชี้แจงข้อสังเกต")
    assert editor.calendar().phases[added].step == "ชี้แจงข้อสังเกต"
    assert len(editor.calendar().phases) == len(SEED_002.phases) + 1


def test_a_phase_is_added_into_an_empty_group_from_its_heading(editor, qtbot):
    for index in reversed([i for i, p in enumerate(editor.model.phases())
                           if p.group is PhaseGroup.RESULTS]):
        editor.model.remove(index)
    editor.table.selectRow(editor.model.heading_row(PhaseGroup.RESULTS))
    assert editor.selected_phase() is None and not editor.fields.isEnabled()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    phase = editor.model.phases()[editor.selected_phase()]
    assert phase.group is PhaseGroup.RESULTS
    assert phase.start == date(2024, 6, 27), "after the last phase of the groups before"


def test_ctrl_arrows_move_a_phase_within_its_group_only(editor, qtbot):
    index = _select(editor, "การนำเข้าข้อมูล")
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    steps = [s for g, _, s in [(g, n, p.step) for g, n, p in numbered(editor.model.phases())]
             if g is PhaseGroup.ASSESSMENT]
    assert steps[0].startswith("การนำเข้าข้อมูล")
    assert editor.selected_phase() == index - 1
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert editor.selected_phase() == index - 1, "the first of its group stays first"
    assert editor.model.phases()[0].group is PhaseGroup.PREPARATION
    assert editor.is_dirty()


def test_delete_asks_before_removing_a_phase(editor, qtbot, answer):
    index = _select(editor, "กระบวนการอุทธรณ์")
    answer.reply(QMessageBox.StandardButton.No)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert "กระบวนการอุทธรณ์" in answer.messages[-1][1]
    assert len(editor.model.phases()) == len(SEED_002.phases)
    answer.reply(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert all(p.step != "กระบวนการอุทธรณ์" for p in editor.calendar().phases)
    # The last of its group gone, the one before it in the group is selected.
    assert editor.selected_phase() == index - 1
    assert editor.step.toPlainText() == "การตรวจ OIT และการให้ข้อสังเกต"


def test_delete_in_the_responsible_table_removes_the_entry(editor, qtbot):
    index = _select(editor, "การเก็บข้อมูลแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน")
    editor.responsible.table.setFocus()
    editor.responsible.table.selectRow(2)
    qtbot.keyClick(editor.responsible.table, Qt.Key.Key_Delete)
    assert [r.duty for r in editor.calendar().phases[index].responsible] == \
        [Duty.CONTROLLER, Duty.COLLECTOR]


def test_an_unreadable_date_keeps_the_phase_in_the_form(editor, qtbot):
    index = _select(editor, "การตรวจ OIT")
    _type_date(editor.end, "๓๑ มิถุ")
    assert editor.model.phases()[index].end == date(2024, 6, 15), "the phase keeps its date"
    editor.table.selectRow(editor.model.row_of(0))
    assert editor.selected_phase() == index and editor.end.edit.text() == "๓๑ มิถุ"
    assert editor.errors.isVisible() and editor.errors.text()
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert editor.model.phases()[index].step.startswith("การตรวจ OIT"), "not moved either"
    assert editor.end.edit.text() == "๓๑ มิถุ"
    with pytest.raises(AppError):
        editor.calendar()
    _type_date(editor.end, "๑ พ.ค. ๒๕๖๗")
    _type_date(editor.start, "๒ พ.ค. ๒๕๖๗")
    with pytest.raises(AppError) as refused:
        editor.calendar()
    assert refused.value.code == "calendar_editor.end_before_start"
    _type_date(editor.start, "๑ พ.ค. ๒๕๖๗")
    assert editor.calendar().phases[index].end == date(2024, 5, 1)


def test_another_group_moves_the_phase_to_that_groups_end(editor):
    index = _select(editor, "เตรียมความพร้อม")
    editor.group.setCurrentIndex(editor.group.findData(PhaseGroup.ASSESSMENT))
    moved = editor.selected_phase()
    assert moved is not None and moved != index
    assert editor.fields.isEnabled() and editor.step.toPlainText() == "เตรียมความพร้อม"
    assert editor.table.currentIndex().row() == editor.model.row_of(moved)
    rows = [(g, n, p.step) for g, n, p in numbered(editor.calendar().phases)]
    assert rows[5] == (PhaseGroup.ASSESSMENT, 6, "เตรียมความพร้อม")
    assert replace(SEED_002.phases[0], group=PhaseGroup.ASSESSMENT) in editor.calendar().phases


def test_alt_keys_are_unique_and_nothing_is_cut_on_a_laptop_screen(editor):
    assert problems(editor) == []


def test_in_thai_too(thai, qtbot):
    widget = PhasesEditor()
    qtbot.addWidget(widget)
    widget.load(SEED_002, PEOPLE, SECTIONS, DigitStyle.THAI)
    widget.resize(1350, 690)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.add_button.text() == "เพิ่มขั้นตอน (&A)"
    assert problems(widget) == []


def test_the_period_example_is_written_in_the_unit_s_digits(qtbot):
    from ita_desktop.domain.digits import DigitStyle
    from ita_desktop.ui.calendar.phases_editor import PhasesEditor

    editor = PhasesEditor()
    qtbot.addWidget(editor)
    editor.set_digits(DigitStyle.THAI)
    assert "๒๕๖๘" in editor.period_text.placeholderText()
    editor.set_digits(DigitStyle.ARABIC)
    assert "2568" in editor.period_text.placeholderText()
