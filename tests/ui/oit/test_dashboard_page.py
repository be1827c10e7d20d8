"""The OIT dashboard page: the year's figures as the secretary reads them, the level with what
the next one lacks, late work opening in the items page, charts drawn only when they change."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.oit_plan import ItemPlan, OitYear, SurveyFigures, Track, default_assignment
from ita_desktop.domain.oit_workflow import Status
from ita_desktop.store.settings import SettingsRepository
from ita_desktop.ui.oit.dashboard_page import DashboardPage
from tests.oit_samples import FISCAL_YEAR, catalog, walk_to

P, C, BOSS = 11, 12, 1
NAMES = {P: "ร.ต.อ.สมศักดิ์ ใจดี", C: "พ.ต.ท.วิชัย กล้าหาญ"}


def _year(tracks: dict | None = None, figures: SurveyFigures | None = None) -> OitYear:
    cat = catalog()
    plans = [ItemPlan(item, replace(default_assignment(item, FISCAL_YEAR), preparers=(P,),
                                    controllers=(C,)), (tracks or {}).get(item.code, {}))
             for item in cat.oit_items]
    return OitYear(FISCAL_YEAR, cat, plans, commander_id=BOSS,
                   figures=figures or SurveyFigures())


@pytest.fixture
def page(qtbot, db, tab_context):
    repo = SettingsRepository(db)
    repo.save(replace(repo.load(), digit_style=DigitStyle.ARABIC))
    page = DashboardPage(tab_context(db, FISCAL_YEAR), today=lambda: date(2024, 12, 3))
    qtbot.addWidget(page)
    return page


def _column(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_late_work_is_listed_by_due_day_with_its_month_and_preparer(page):
    page.show_year(_year(), NAMES)
    # On 3 December, O2's October and November reports are past their due days (1 Nov, 1 Dec).
    assert _column(page.late_model, 0) == ["O2", "O2"]
    assert _column(page.late_model, 1) == ["report of ต.ค.67", "report of พ.ย.67"]
    assert _column(page.late_model, 2) == ["1 พ.ย. 2567", "1 ธ.ค. 2567"]
    assert _column(page.late_model, 3) == [NAMES[P], NAMES[P]]
    assert page.late_box.title() == "Late (2)"
    assert page.soon_model.rowCount() == 0
    assert "3 items" in page.heading.text()


def test_double_click_on_late_work_opens_it_in_the_items_page(page, qtbot):
    page.show_year(_year(), NAMES)
    opened = []
    page.open_item.connect(lambda code, month: opened.append((code, month)))
    page._open(page.late_model, page.late_model.index(1, 0))
    assert opened == [("O2", date(2024, 11, 1))]


def test_counts_and_workload_reach_the_charts(page):
    tracks = {"O1": {None: Track(None, walk_to(Status.APPROVED, P, C, BOSS, date(2024, 11, 5)))}}
    page.show_year(_year(tracks), NAMES)
    status_svg = page.status_chart.svg.decode()
    assert "approved" in status_svg and "not started" in status_svg
    workload_svg = page.workload_chart.svg.decode()
    assert NAMES[P] in workload_svg and NAMES[C] in workload_svg
    assert page.no_workload.isHidden()


def test_without_survey_figures_only_the_oit_score_is_projected(page):
    tracks = {"O1": {None: Track(None, walk_to(Status.APPROVED, P, C, BOSS, date(2024, 11, 5)))}}
    page.show_year(_year(tracks), NAMES)
    text = page.score_text.text()
    # O1 carries 1.5 of the catalog's 5 points.
    assert "Projected OIT score: 30.00" in text
    assert "Enter the IIT and EIT scores" in text
    assert "level" not in text.split("\n")[0]


def test_with_survey_figures_the_level_and_what_the_next_one_lacks(page):
    figures = SurveyFigures(iit_score=Decimal(96), eit_score=Decimal(96))
    page.show_year(_year(figures=figures), NAMES)
    lines = page.score_text.text().split("\n")
    # Nothing approved: 0.3 x 96 + 0.3 x 96 = 57.60, ต้องปรับปรุง; ผ่าน needs a total of 85.
    assert "Projected total: 57.60, level ต้องปรับปรุง" in lines
    assert "To reach ผ่าน:" in lines
    assert "• the total lacks 27.40 points" in lines
    assert any(line.startswith("• OIT needs ") and "O3" in line for line in lines)
    assert "Approving these items alone reaches the level." in lines


def test_an_unconfirmed_boundary_is_flagged(page):
    # IIT and EIT so low that even the lowest boundary is above: the next level is
    # ต้องปรับปรุง, whose boundary no NACC document at hand states.
    figures = SurveyFigures(iit_score=Decimal(10), eit_score=Decimal(10))
    page.show_year(_year(figures=figures), NAMES)
    text = page.score_text.text()
    assert "level ต้องปรับปรุงโดยด่วน" in text
    assert "The boundary of ต้องปรับปรุง is not in the NACC's documents" in text
    assert "(to confirm)" in page.score_chart.svg.decode()


def test_the_best_level_says_so(page):
    published = {code: {None: Track(None, walk_to(Status.PUBLISHED, P, C, BOSS,
                                                   date(2024, 11, 5)))}
                 for code in ("O1", "O2", "O3")}
    figures = SurveyFigures(iit_score=Decimal(96), eit_score=Decimal(97))
    page.show_year(_year(published, figures), NAMES)
    assert "This is the best level." in page.score_text.text()


def test_charts_are_drawn_again_only_when_their_figures_change(page):
    page.show_year(_year(), NAMES)
    assert not page.status_chart.set_svg(page.status_chart.svg)
    before = page.status_chart.svg
    page.show_year(_year(), NAMES)
    assert page.status_chart.svg == before
    tracks = {"O1": {None: Track(None, walk_to(Status.CHECKED, P, C, BOSS, date(2024, 11, 5)))}}
    page.show_year(_year(tracks), NAMES)
    assert page.status_chart.svg != before


def test_a_chart_keeps_its_proportions_at_any_width(page):
    page.show_year(_year(), NAMES)
    chart = page.status_chart
    natural = chart.sizeHint()
    half = chart.heightForWidth(natural.width() // 2)
    assert abs(half - natural.height() / 2) <= 1
    # Past its largest scale a chart stops growing.
    assert chart.heightForWidth(natural.width() * 10) == chart.heightForWidth(
        natural.width() * 3)


def test_attention_lists_unassigned_items_and_missing_formats(page):
    year = _year()
    unassigned = replace(year.items[0], assignment=replace(year.items[0].assignment,
                                                           preparers=(), controllers=()))
    page.show_year(replace(year, items=[unassigned, *year.items[1:]]), NAMES)
    text = page.attention.text()
    assert "Without a preparer or a controller: O1" in text
    assert "Formats still missing: O1 (PDF)" in text



@pytest.mark.parametrize("language", ["th", "en"])
def test_the_page_keeps_the_window_conventions(qtbot, qapp, demo_db, tab_context, language,
                                               laptop_screen):
    from ita_desktop.ui.shell.translation import install_translators
    from tests.ui.conventions import problems

    install_translators(qapp, language)
    try:
        page = DashboardPage(tab_context(demo_db, FISCAL_YEAR), today=lambda: date(2025, 3, 1))
        qtbot.addWidget(page)
        page.resize(1350, 640)
        page.show()
        assert page.board is not None
        assert problems(page) == []
    finally:
        install_translators(qapp, "en")


def test_late_work_opens_in_the_tabs_items_page(qtbot, demo_db, tab_context):
    from ita_desktop.ui.oit.tab import OitTab

    tab = OitTab(tab_context(demo_db, FISCAL_YEAR), today=lambda: date(2025, 3, 1))
    qtbot.addWidget(tab)
    tab.show()
    tab.pages.setCurrentWidget(tab.dashboard_page)
    page = tab.dashboard_page
    # Shown, the page read the stored year: the monthly reports since October are late.
    assert page.board is not None and page.late_model.rowCount() > 0
    row = page.late_model.rowCount() - 1
    late = page.late_model.item_at(row)
    page.late_view.doubleClicked.emit(page.late_model.index(row, 0))
    assert tab.pages.currentWidget() is tab.items_page
    assert tab.items_page.current_plan().code == late.plan.code
