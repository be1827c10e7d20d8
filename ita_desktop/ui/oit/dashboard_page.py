"""The OIT tab's dashboard: the year's items by state, the work late and due within the week,
each person's workload, the projected score and level with what the next level lacks, and
what still needs attention. Everything comes from ``domain/oit_dashboard.dashboard`` of the
year ``services.oit.oit_year`` reads, so the page, the progress report and the web page agree.

A late or due item opens in the items page on a double click (``open_item``). The charts are
``reports/oit_charts.py``'s drawings shown as SVG, drawn again only when their figures change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, format_number
from ita_desktop.domain.framework.formats import formats_text
from ita_desktop.domain.oit_dashboard import Dashboard, DueItem, dashboard
from ita_desktop.domain.oit_plan import OitYear
from ita_desktop.domain.oit_score import LEVEL_WORDS, Level, NextLevel, Projection, rules_for
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.errors import AppError
from ita_desktop.reports import oit_charts
from ita_desktop.services import oit as oit_service
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill, pad_rows_for_thai
from ita_desktop.ui.common.table_model import HeadedTableModel, Index
from ita_desktop.ui.oit import chart_words
from ita_desktop.ui.oit.svg_chart import SvgChart
from ita_desktop.ui.shell.tab import TabContext


class DueModel(HeadedTableModel):
    """Late or soon work: item, what is due (the item, or a month's report), due day, who."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Item"), self.tr("Work"), self.tr("Due"),
                         self.tr("Prepared by")]
        self._rows: list[tuple[DueItem, tuple[str, str, str, str]]] = []

    def set_rows(self, items: list[DueItem], names: Mapping[int, str],
                 digits: DigitStyle) -> None:
        self.beginResetModel()
        self._rows = [(item, self._cells(item, names, digits)) for item in items]
        self.endResetModel()

    def _cells(self, item: DueItem, names: Mapping[int, str],
               digits: DigitStyle) -> tuple[str, str, str, str]:
        month = item.due.month
        work = (fill(self.tr("report of %1"),
                     format_thai_date(month, DateForm.MONTH_YEAR_ABBR, digits))
                if month is not None else item.plan.item.title)
        people = ", ".join(names.get(person, str(person))
                           for person in item.plan.assignment.preparers)
        return (item.plan.code, work, format_thai_date(item.due.due, DateForm.ABBR, digits),
                people or self.tr("nobody assigned"))

    def item_at(self, row: int) -> DueItem:
        return self._rows[row][0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][1][index.column()]
        return None


def _due_table(model: DueModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    pad_rows_for_thai(view)
    view.setMinimumHeight(view.verticalHeader().defaultSectionSize() * 5)
    return view


class DashboardPage(QWidget):
    open_item = Signal(str, object)
    """A late or due piece of work was opened: the item's code and the month of the
    deliverable (a ``date``), None for the item itself."""

    def __init__(self, context: TabContext, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self.board: Dashboard | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.body = QWidget()
        self.status_chart = SvgChart()
        self.score_text = QLabel()
        self.score_text.setWordWrap(True)
        self.score_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.score_chart = SvgChart()
        self.late_model = DueModel(self)
        self.soon_model = DueModel(self)
        self.late_view = _due_table(self.late_model)
        self.soon_view = _due_table(self.soon_model)
        self.workload_chart = SvgChart()
        self.no_workload = QLabel(self.tr("Nobody is assigned to an item yet."))
        self.attention = QLabel()
        self.attention.setWordWrap(True)
        self.late_box = QGroupBox()
        self.soon_box = QGroupBox()
        self._lay_out()
        self.late_view.doubleClicked.connect(lambda index: self._open(self.late_model, index))
        self.soon_view.doubleClicked.connect(lambda index: self._open(self.soon_model, index))

    def _lay_out(self) -> None:
        def box(title: str, *widgets: QWidget) -> QGroupBox:
            group = QGroupBox(title)
            inner = QVBoxLayout(group)
            for widget in widgets:
                inner.addWidget(widget)
            # A box beside a taller one keeps its contents at the top, not spread out.
            inner.addStretch(1)
            return group

        for group, view in ((self.late_box, self.late_view), (self.soon_box, self.soon_view)):
            QVBoxLayout(group).addWidget(view)
        content = QWidget()
        outer = QVBoxLayout(content)
        outer.addWidget(self.heading)
        outer.addWidget(self.body, 1)
        grid = QGridLayout(self.body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(box(self.tr("Items by state"), self.status_chart), 1, 0)
        grid.addWidget(box(self.tr("Projected score"), self.score_text, self.score_chart), 1, 1,
                       2, 1)
        grid.addWidget(box(self.tr("Workload per person"), self.workload_chart,
                           self.no_workload), 2, 0)
        grid.addWidget(self.late_box, 3, 0)
        grid.addWidget(self.soon_box, 3, 1)
        grid.addWidget(box(self.tr("Needs attention"), self.attention), 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _open(self, model: DueModel, index: QModelIndex | QPersistentModelIndex) -> None:
        item = model.item_at(index.row())
        self.open_item.emit(item.plan.code, item.due.month)

    # --- showing the year --------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        # The items page and the surveys page change what the dashboard counts: it reads the
        # year each time it comes into view (the charts are drawn again only if they changed).
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        fiscal_year = self.context.year()
        try:
            year = oit_service.oit_year(self.context.db, fiscal_year)
        except AppError as exc:
            self.board = None
            self.body.hide()
            self.heading.setText(fill(
                self.tr("The OIT dashboard of fiscal year %1 cannot be shown: %2"),
                format_number(fiscal_year, self.context.digits()), error_text(exc)))
            return
        names = {person.id: person.display_name
                 for person in PeopleRepository(self.context.db).all()
                 if person.id is not None}
        self.show_year(year, names)

    def show_year(self, year: OitYear, names: Mapping[int, str]) -> None:
        digits = self.context.digits()
        board = dashboard(year, self._today())
        self.board = board
        self.body.show()
        self.heading.setText(fill(
            self.tr("Fiscal year %1, as of %2: %3 items."),
            format_number(board.fiscal_year, digits),
            format_thai_date(board.today, DateForm.FULL, digits),
            format_number(len(year.items), digits)))
        self.status_chart.set_svg(oit_charts.to_svg(oit_charts.status_chart(
            board.counts, chart_words.status_words(), digits)))
        self._show_score(board, digits)
        self.late_model.set_rows(board.late, names, digits)
        self.soon_model.set_rows(board.due_soon, names, digits)
        self.late_box.setTitle(fill(self.tr("Late (%1)"), format_number(len(board.late),
                                                                        digits)))
        self.soon_box.setTitle(fill(self.tr("Due within a week (%1)"),
                                    format_number(len(board.due_soon), digits)))
        self.no_workload.setVisible(not board.workloads)
        self.workload_chart.setVisible(bool(board.workloads))
        if board.workloads:
            self.workload_chart.set_svg(oit_charts.to_svg(oit_charts.workload_chart(
                board.workloads, names, chart_words.workload_words(), digits)))
        self.attention.setText(self._attention_text(board, digits))

    def _show_score(self, board: Dashboard, digits: DigitStyle) -> None:
        projection = board.projection
        self.score_chart.setVisible(projection is not None)
        if projection is None:
            problem = board.projection_problem or AppError("oit.no_points")
            self.score_text.setText(error_text(problem))
            return
        self.score_text.setText("\n".join(self.score_lines(projection, board.next_level, digits)))
        self.score_chart.set_svg(oit_charts.to_svg(oit_charts.score_chart(
            projection, rules_for(board.fiscal_year), chart_words.score_words(), digits)))

    def _attention_text(self, board: Dashboard, digits: DigitStyle) -> str:
        lines = []
        if board.unassigned:
            lines.append(fill(self.tr("Without a preparer or a controller: %1"),
                              ", ".join(board.unassigned)))
        if board.missing:
            lines.append(fill(self.tr("Formats still missing: %1"), "; ".join(
                f"{code} ({formats_text(groups)})" for code, groups in board.missing.items())))
        if board.shortfalls:
            lines.append(fill(self.tr("Entries still needed: %1"), ", ".join(
                f"{code} ({format_number(short, digits)})"
                for code, short in board.shortfalls.items())))
        return "\n".join(lines) or self.tr("Every item has its people, formats and entries.")

    def score_lines(self, projection: Projection, next_level: NextLevel | None,
                    digits: DigitStyle) -> list[str]:
        """The projection in words: the OIT score, the total and level once IIT and EIT are
        entered, and what the next level lacks."""
        lines = [fill(self.tr("Projected OIT score: %1 (the items approved or published)"),
                      _points(projection.oit, digits))]
        if projection.total is None or projection.level is None:
            lines.append(self.tr("Enter the IIT and EIT scores from ITAP on the Surveys page "
                                 "to project the total and the level."))
            return lines
        lines.append(fill(self.tr("Projected total: %1, level %2"),
                          _points(projection.total, digits), LEVEL_WORDS[projection.level]))
        if next_level is None:
            if projection.level is Level.EXCELLENT:
                lines.append(self.tr("This is the best level."))
            return lines
        lines.append(fill(self.tr("To reach %1:"), LEVEL_WORDS[next_level.level]))
        if next_level.total_short > 0:
            lines.append(fill(self.tr("• the total lacks %1 points"),
                              _points(next_level.total_short, digits)))
        for tool, short in next_level.tool_short.items():
            lines.append(fill(self.tr("• %1 lacks %2 points"), tool.value, _points(short, digits)))
        if next_level.items:
            lines.append(fill(self.tr("• OIT needs %1: approve %2"),
                              _points(next_level.oit_needed, digits),
                              ", ".join(next_level.items)))
        if next_level.reachable_by_oit:
            lines.append(self.tr("Approving these items alone reaches the level."))
        else:
            lines.append(self.tr("The OIT items alone cannot reach the level."))
        if not next_level.confirmed:
            lines.append(fill(self.tr("The boundary of %1 is not in the NACC's documents at "
                                      "hand: confirm it against the year's manual."),
                              LEVEL_WORDS[next_level.level]))
        return lines


def _points(value: Decimal, digits: DigitStyle) -> str:
    return format_number(value, digits, 2)
