"""The surveys page on the demo database (which holds figures, counts and contacts of its own):
the figures from ITAP move the dashboard's projection, counts are added and deleted, contacts
are added, deleted and brought back, and the contact list is exported for ITAP."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from ita_desktop.domain.framework.model import SampleKey
from ita_desktop.domain.oit_plan import SurveyFigures
from ita_desktop.services import oit as oit_service
from ita_desktop.ui.oit.contacts_panel import ContactDialog
from ita_desktop.ui.oit.dashboard_page import DashboardPage
from ita_desktop.ui.oit.progress_panel import EntryDialog
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


def _stored(context):
    return oit_service.oit_year(context.db, YEAR)


def _type_figures(page, iit: str, eit: str, staff: str = "40") -> None:
    page.figures.iit.setText(iit)
    page.figures.eit.setText(eit)
    page.figures.staff.setText(staff)
    page.figures.start.edit.setText("1 ก.พ. 2568")
    page.figures.deadline.edit.setText("30 เม.ย. 2568")
    page.figures.save_button.click()


def test_entering_the_figures_updates_the_projection(qtbot, page, context):
    # The figures not known yet: the dashboard asks for them.
    oit_service.save_figures(context.db, YEAR, SurveyFigures())
    page.refresh()
    dashboard = DashboardPage(context, today=lambda: TODAY)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    assert "Enter the IIT and EIT scores" in dashboard.score_text.text()
    changes = []
    page.changed.connect(lambda: changes.append(True))
    _type_figures(page, "๘๘.๕", "91.2")
    assert changes and page.figures.errors.isHidden()
    figures = _stored(context).figures
    assert (str(figures.iit_score), str(figures.eit_score), figures.eligible_staff) == (
        "88.5", "91.2", 40)
    assert figures.survey_start == date(2025, 2, 1)
    dashboard.refresh()
    assert "Projected total:" in dashboard.score_text.text()


def test_a_score_that_is_not_a_number_is_refused_and_nothing_is_saved(page, context):
    before = _stored(context).figures
    _type_figures(page, "eighty", "91.2")
    assert not page.figures.errors.isHidden()
    assert "'eighty' is not a score" in page.figures.errors.text()
    assert _stored(context).figures == before


def _add_count(monkeypatch, panel, day: str, count: int, sections: dict[str, int]) -> None:
    def fill(dialog: EntryDialog) -> int:
        dialog.day.edit.setText(day)
        dialog.count.setValue(count)
        for section, value in sections.items():
            dialog.sections[section].setValue(value)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EntryDialog, "exec", fill)
    panel.add_button.click()


def test_progress_counts_are_added_against_the_quotas_and_deleted(monkeypatch, page, context,
                                                                  answer):
    panel = page.panels[SampleKey.EIT]
    before = list(_stored(context).progress.get(SampleKey.EIT, ()))
    quotas = {quota.section: quota.minimum for quota in _stored(context).catalog.eit_quotas}
    assert quotas, "the demo catalog has EIT(1) quotas per section"
    first = next(iter(quotas))
    _add_count(monkeypatch, panel, "15 ก.พ. 2568", 177, {first: 30})
    entries = _stored(context).progress[SampleKey.EIT]
    added = [entry for entry in entries if entry not in before]
    assert [(entry.on, entry.count, entry.by_section[first]) for entry in added] == [
        (date(2025, 2, 15), 177, 30)]
    # Newest first: the day added is the top row, and the survey stands by its count.
    assert panel.model.rowCount() == len(before) + 1
    assert panel.model.index(0, 1).data() in ("177", "๑๗๗")
    assert any(char in panel.standing.text() for char in ("177", "๑๗๗"))
    # The standing names each section against its quota.
    assert first in panel.standing.text() and not panel.chart.isHidden()
    panel.view.selectRow(0)
    panel.delete_button.click()
    assert answer.messages and answer.messages[0][0] == "question"
    assert list(_stored(context).progress.get(SampleKey.EIT, ())) == before
    assert panel.model.rowCount() == len(before)


def test_a_count_without_a_day_keeps_the_dialog_open(monkeypatch, page, context):
    panel = page.panels[SampleKey.IIT]
    before = list(_stored(context).progress.get(SampleKey.IIT, ()))
    seen = {}

    def fill(dialog: EntryDialog) -> int:
        dialog.day.edit.setText("")
        dialog.count.setValue(5)
        dialog.accept()
        seen["error"] = dialog.errors.text()
        return dialog.result()

    monkeypatch.setattr(EntryDialog, "exec", fill)
    panel.add_button.click()
    assert seen["error"] == "Give the day ITAP showed the count."
    assert list(_stored(context).progress.get(SampleKey.IIT, ())) == before


def _add_contact(monkeypatch, page, name: str) -> None:
    def fill(dialog: ContactDialog) -> int:
        dialog.name.setText(name)
        dialog.organisation.setText("บริษัท ทัวร์ดี จำกัด")
        dialog.phone.setText("081-234-5678")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ContactDialog, "exec", fill)
    page.contacts.add_button.click()


def _names(context) -> list[str]:
    return [contact.name for contact in _stored(context).contacts]


def test_contacts_are_added_deleted_and_brought_back(monkeypatch, page, context):
    before = _names(context)
    _add_contact(monkeypatch, page, "นายสมชาย ใจงาม")
    added = [c for c in _stored(context).contacts if c.name == "นายสมชาย ใจงาม"]
    assert [(c.name, c.phone) for c in added] == [("นายสมชาย ใจงาม", "081-234-5678")]
    assert added[0].group == _stored(context).catalog.eit2_groups[0].description
    panel = page.contacts
    assert not panel.undo_button.isEnabled()
    row = next(row for row in range(panel.model.rowCount())
               if panel.model.contact_at(row).name == "นายสมชาย ใจงาม")
    panel.view.selectRow(row)
    panel.delete_button.click()
    assert _names(context) == before and panel.model.rowCount() == len(before)
    assert panel.undo_button.isEnabled()
    panel.undo_button.click()
    assert sorted(_names(context)) == sorted([*before, "นายสมชาย ใจงาม"])
    assert panel.model.rowCount() == len(before) + 1 and not panel.undo_button.isEnabled()


def test_a_contact_without_a_name_is_refused(monkeypatch, page, context):
    before = _names(context)
    seen = {}

    def fill(dialog: ContactDialog) -> int:
        dialog.accept()
        seen["error"] = dialog.errors.text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ContactDialog, "exec", fill)
    page.contacts.add_button.click()
    assert seen["error"] == "Give the contact's name."
    assert _names(context) == before


def test_export_for_itap_writes_the_workbook(monkeypatch, page, tmp_path, answer):
    import openpyxl

    _add_contact(monkeypatch, page, "นายสมชาย ใจงาม")
    target = tmp_path / "contacts"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    page.contacts.export_button.click()
    written = tmp_path / "contacts.xlsx"
    assert written.exists()
    cells = [cell.value for row in openpyxl.load_workbook(written).active.iter_rows()
             for cell in row]
    assert "นายสมชาย ใจงาม" in cells
    assert answer.messages[-1][0] == "information"


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_page_keeps_the_window_conventions(qtbot, qapp, context, language, laptop_screen):
    from ita_desktop.ui.shell.translation import install_translators
    from tests.ui.conventions import problems

    install_translators(qapp, language)
    try:
        page = SurveysPage(context, today=lambda: TODAY)
        qtbot.addWidget(page)
        page.resize(1350, 640)
        page.show()
        # Every panel in turn, each with the figures above it: no Alt key twice, no label cut.
        for index in range(page.surveys.count()):
            page.surveys.setCurrentIndex(index)
            assert problems(page) == [], page.surveys.tabText(index)
    finally:
        install_translators(qapp, "en")


def test_figures_being_typed_survive_a_look_at_another_page(qtbot, context):
    from PySide6.QtWidgets import QTabWidget

    pages = QTabWidget()
    qtbot.addWidget(pages)
    page = SurveysPage(context, today=lambda: TODAY)
    pages.addTab(page, "surveys")
    pages.addTab(DashboardPage(context, today=lambda: TODAY), "dashboard")
    pages.show()
    page.figures.iit.setText("77.25")
    pages.setCurrentIndex(1)
    pages.setCurrentIndex(0)
    assert page.figures.iit.text() == "77.25" and page.figures.typed()
    # Saved, the figures are read back from the database and nothing is left "typed".
    page.figures.save_button.click()
    assert not page.figures.typed()
    assert str(_stored(context).figures.iit_score) == "77.25"


def test_figures_typed_and_not_saved_are_the_tabs_unsaved_changes(qtbot, context):
    from decimal import Decimal

    from ita_desktop.ui.oit.tab import OitTab

    tab = OitTab(context, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    tab.pages.setCurrentWidget(tab.surveys_page)
    assert tab.unsaved_changes() == []
    figures = tab.surveys_page.figures
    figures.iit.setText("91.5")
    figures.eit.setText("88")
    assert tab.unsaved_changes() == ["the survey figures from ITAP"]
    assert tab.save_changes()
    assert _stored(context).figures.iit_score == Decimal("91.5")
    assert tab.unsaved_changes() == []

    figures.iit.setText("120")  # out of range: refused, still unsaved
    assert not tab.save_changes() and tab.unsaved_changes()
    tab.discard_changes()
    assert tab.unsaved_changes() == []
    assert _stored(context).figures.iit_score == Decimal("91.5")
