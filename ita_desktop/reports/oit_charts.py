"""The OIT dashboard's charts as reportlab drawings: items by status, the projected scores
against the level boundaries, each person's workload, and a survey's progress against the
straight line to its target.

One drawing serves both outputs: the progress report's PDF places it as a flowable, and the
window shows it through ``to_svg`` (Qt's SVG renderer). The charts are reportlab.graphics'
own (bar and line charts, legends): reportlab is already the PDF renderer, so the charts add
nothing to the installer.

Words come from the caller: the window passes its translated words, the PDF its Thai, so this
module holds no text of its own. Numbers are written in the caller's digits.

Thai in a PDF needs shaping (a tone mark over an upper vowel, as in ที่, is otherwise drawn on
top of the vowel and lost). reportlab shapes only inside Paragraphs, and its canvas's own
``drawString(shaping=True)`` drops such marks (measured on reportlab 5.1), so ``Chart`` draws
every label of the PDF as a one-line shaped paragraph (``pdf_text.TextLine``, which also makes
the label copy out as written). The SVG leaves shaping to Qt.

No Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from reportlab import rl_config
from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.renderbase import renderScaledDrawing
from reportlab.graphics.renderPDF import _PDFRenderer
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from ita_desktop.domain.digits import DigitStyle, format_number
from ita_desktop.domain.oit import ProgressEntry, SurveyTarget
from ita_desktop.domain.oit_plan import Workload
from ita_desktop.domain.oit_score import Level, LevelRule, Projection
from ita_desktop.domain.oit_workflow import Status
from ita_desktop.reports.pdf_text import FAMILY, TextLine, register_fonts

# reportlab checks every attribute set on a chart's parts against its map of allowed values
# (read at each assignment); the charts are the program's own, and the checks took half the
# time of drawing the dashboard's charts again on a change of year. ``shapeChecking`` is
# reportlab's documented switch for this.
rl_config.shapeChecking = 0

FONT_SIZE = 9
SVG_FAMILY = "Sarabun"
"""The family the window registers the same font files under (``ui/shell/fonts.py``)."""

STATUS_COLOURS: Mapping[Status, colors.Color] = {
    Status.NOT_STARTED: colors.HexColor("#9e9e9e"),
    Status.IN_PREPARATION: colors.HexColor("#42a5f5"),
    Status.SUBMITTED: colors.HexColor("#7e57c2"),
    Status.RETURNED: colors.HexColor("#ef5350"),
    Status.CHECKED: colors.HexColor("#ffa726"),
    Status.APPROVED: colors.HexColor("#66bb6a"),
    Status.PUBLISHED: colors.HexColor("#2e7d32"),
}
PREPARING_COLOUR = colors.HexColor("#42a5f5")
CONTROLLING_COLOUR = colors.HexColor("#ffa726")
SCORE_COLOUR = colors.HexColor("#5c6bc0")
COUNT_COLOUR = colors.HexColor("#1565c0")
LINE_COLOUR = colors.HexColor("#9e9e9e")
DEADLINE_COLOUR = colors.HexColor("#c62828")
BOUNDARY_COLOUR = colors.HexColor("#546e7a")


class Chart(Drawing):
    """A drawing whose labels are shaped when it is drawn into a PDF."""

    def draw(self, showBoundary: Any = None) -> None:  # noqa: N803 (reportlab's name)
        register_fonts()
        _ShapingRenderer().draw(renderScaledDrawing(self), self.canv, 0, 0,
                                showBoundary=bool(showBoundary))


class _ShapingRenderer(_PDFRenderer):  # type: ignore[misc]
    def drawString(self, stringObj: String) -> None:  # noqa: N802, N803 (reportlab's names)
        state = self._tracker.getState()
        font, size = state["fontName"], state["fontSize"]
        width = stringWidth(stringObj.text, font, size)
        x = stringObj.x - {"end": width, "middle": width / 2}.get(state["textAnchor"], 0)
        style = ParagraphStyle(
            "chart", fontName=font, fontSize=size, leading=size * 1.2, alignment=TA_LEFT,
            textColor=state["fillColor"] or colors.black, shaping=1)
        line = TextLine(_escape(stringObj.text), style, stringObj.text)
        _, height = line.wrap(width + size, size * 2)
        # A one-line paragraph puts its baseline one font size below its top.
        line.drawOn(self._canvas, x, stringObj.y - (height - size))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") or "&nbsp;"


def to_svg(drawing: Drawing) -> bytes:
    """The drawing as SVG for the window, its font named as Qt knows it. The drawing's bounds
    go in a ``clip`` attribute, not a ``<clipPath>``: Qt's SVG renderer paints a clip path's
    rectangle as a black box over the chart. reportlab writes an unfilled line as
    "fill: None", which SVG does not know and Qt fills black: it is written "none"."""
    register_fonts()
    text = renderSVG.drawToString(drawing, useClip=True, fontHacks={
        FAMILY: {"family": SVG_FAMILY},
        f"{FAMILY}-Bold": {"family": SVG_FAMILY, "weight": "bold"},
    })
    return text.replace("fill: None;", "fill: none;").encode("utf-8")


def _number(value: int | Decimal, digits: DigitStyle, decimals: int | None = None) -> str:
    return format_number(value, digits, decimals)


def _legend(x: float, y: float, pairs: list[tuple[colors.Color, str]]) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = FAMILY, FONT_SIZE
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = 1
    legend.deltax = 0
    legend.dxTextSpace = 4
    legend.dx = legend.dy = 8
    legend.colorNamePairs = pairs
    legend.autoXPadding = 12
    return legend


def _longest(texts: Sequence[str]) -> float:
    return max((stringWidth(text, FAMILY, FONT_SIZE) for text in texts), default=0.0)


def _axis_font(axis: Any) -> None:
    axis.labels.fontName = FAMILY
    axis.labels.fontSize = FONT_SIZE


def status_chart(counts: Mapping[Status, int], words: Mapping[Status, str],
                 digits: DigitStyle = DigitStyle.THAI, width: float = 420) -> Chart:
    """How many items stand in each state, one bar per state in the workflow's order (the
    first at the top); ``words`` are the states' names in the reader's language."""
    register_fonts()
    order = list(Status)
    names = [words[status] for status in order]
    values = [counts.get(status, 0) for status in order]
    row = 18
    drawing = Chart(width, row * len(order) + 24)
    chart = HorizontalBarChart()
    chart.x = _longest(names) + 12
    chart.y = 16
    chart.width = width - chart.x - 30
    chart.height = row * len(order)
    chart.data = [values]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.reverseDirection = 1
    _axis_font(chart.categoryAxis)
    _axis_font(chart.valueAxis)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(4, max(values, default=0))
    chart.valueAxis.valueStep = max(1, round(chart.valueAxis.valueMax / 4))
    chart.valueAxis.labelTextFormat = lambda value: _number(int(value), digits)
    chart.barLabelFormat = lambda value: _number(int(value), digits)
    chart.barLabels.fontName = FAMILY
    chart.barLabels.fontSize = FONT_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.bars.strokeColor = None
    for place, status in enumerate(order):
        chart.bars[(0, place)].fillColor = STATUS_COLOURS[status]
    drawing.add(chart, name="chart")
    return drawing


@dataclass(frozen=True)
class ScoreWords:
    """The words of the score chart: the four bars' names, each level's name, and the mark
    of a boundary no NACC document states (``LevelRule.confirmed`` False)."""

    iit: str
    eit: str
    oit: str
    total: str
    levels: Mapping[Level, str]
    unconfirmed: str


def score_chart(projection: Projection, rules: Sequence[LevelRule], words: ScoreWords,
                digits: DigitStyle = DigitStyle.THAI, width: float = 420,
                height: float = 220) -> Chart:
    """The projected IIT, EIT, OIT and total scores as bars (a figure not entered yet has no
    bar), with each level's lowest total drawn across them, a dashed line where the boundary
    is unconfirmed."""
    register_fonts()
    values = [projection.iit, projection.eit, projection.oit, projection.total]
    drawing = Chart(width, height)
    chart = VerticalBarChart()
    boundary_labels = [_boundary_label(rule, words, digits) for rule in rules
                       if rule.total_min > 0]
    chart.x = 30
    chart.y = 22
    chart.width = width - chart.x - _longest(boundary_labels) - 12
    chart.height = height - chart.y - 10
    chart.data = [[None if value is None else float(value) for value in values]]
    chart.categoryAxis.categoryNames = [words.iit, words.eit, words.oit, words.total]
    _axis_font(chart.categoryAxis)
    _axis_font(chart.valueAxis)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labelTextFormat = lambda value: _number(int(value), digits)
    chart.barLabelFormat = lambda value: _number(Decimal(str(value)), digits, 2)
    chart.barLabels.fontName = FAMILY
    chart.barLabels.fontSize = FONT_SIZE
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = SCORE_COLOUR
    chart.barWidth = 10
    drawing.add(chart, name="chart")
    # The boundaries go over the bars, so that a bar short of a line shows its gap.
    shown = 0
    for rule in rules:
        if rule.total_min <= 0:
            continue
        y = chart.y + chart.height * float(rule.total_min) / 100
        line = Line(chart.x, y, chart.x + chart.width, y, strokeColor=BOUNDARY_COLOUR,
                    strokeWidth=0.8)
        if not rule.confirmed:
            line.strokeDashArray = [3, 2]
        drawing.add(line)
        # Two levels share a boundary (85 for ผ่านดี and ผ่าน): their names stack.
        same = sum(1 for other in rules[:rules.index(rule)] if other.total_min == rule.total_min)
        drawing.add(String(chart.x + chart.width + 4, y - 3 - same * (FONT_SIZE + 1),
                           boundary_labels[shown], fontName=FAMILY, fontSize=FONT_SIZE,
                           fillColor=BOUNDARY_COLOUR))
        shown += 1
    return drawing


def _boundary_label(rule: LevelRule, words: ScoreWords, digits: DigitStyle) -> str:
    text = f"{words.levels[rule.level]} {_number(rule.total_min, digits)}"
    return text if rule.confirmed else f"{text} {words.unconfirmed}"


@dataclass(frozen=True)
class WorkloadWords:
    preparing: str
    controlling: str


def workload_chart(loads: Sequence[Workload], names: Mapping[int, str], words: WorkloadWords,
                   digits: DigitStyle = DigitStyle.THAI, width: float = 420) -> Chart:
    """Each person's items as a bar of those they prepare stacked with those they control,
    the busiest at the top; ``names`` by roster id (an id without a name shows as itself)."""
    register_fonts()
    people = [names.get(load.person_id, str(load.person_id)) for load in loads]
    row = 18
    legend_height = 16
    drawing = Chart(width, row * max(1, len(loads)) + 24 + legend_height)
    chart = HorizontalBarChart()
    chart.x = _longest(people) + 12
    chart.y = 16
    chart.width = width - chart.x - 20
    chart.height = row * max(1, len(loads))
    chart.data = [[len(load.preparing) for load in loads],
                  [len(load.controlling) for load in loads]]
    chart.categoryAxis.categoryNames = people
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.style = "stacked"
    _axis_font(chart.categoryAxis)
    _axis_font(chart.valueAxis)
    most = max((len(load.preparing) + len(load.controlling) for load in loads), default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(4, most)
    chart.valueAxis.valueStep = max(1, round(chart.valueAxis.valueMax / 5))
    chart.valueAxis.labelTextFormat = lambda value: _number(int(value), digits)
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = PREPARING_COLOUR
    chart.bars[1].fillColor = CONTROLLING_COLOUR
    drawing.add(chart, name="chart")
    drawing.add(_legend(chart.x, drawing.height - 2,
                        [(PREPARING_COLOUR, words.preparing),
                         (CONTROLLING_COLOUR, words.controlling)]), name="legend")
    return drawing


@dataclass(frozen=True)
class ProgressWords:
    counted: str  # the entries' line
    expected: str  # the straight line to the target
    deadline: str  # the deadline's mark


def progress_chart(target: SurveyTarget, entries: Sequence[ProgressEntry],
                   words: ProgressWords, day_text: Callable[[date], str],
                   digits: DigitStyle = DigitStyle.THAI, width: float = 420,
                   height: float = 200) -> Chart:
    """The survey's counts over time against the straight line from zero on its first day to
    the target on its deadline; ``day_text`` writes a day on the time axis (a Thai date in the
    window and the PDF). Entries outside the survey's span are drawn where they fall."""
    register_fonts()
    days = sorted(entries, key=lambda entry: entry.on)
    first = min([target.start, *(entry.on for entry in days)])
    last = max([target.deadline, *(entry.on for entry in days)])
    span = max(1, (last - first).days)

    def x_of(day: date) -> int:
        return (day - first).days

    drawing = Chart(width, height)
    plot = LinePlot()
    plot.x, plot.y = 36, 30
    # Room on the right for half the deadline's date under the axis.
    plot.width = width - plot.x - 30
    plot.height = height - plot.y - 24
    counted = [(x_of(entry.on), entry.count) for entry in days]
    expected = [(x_of(target.start), 0), (x_of(target.deadline), target.minimum)]
    # LinePlot needs at least one point per line; no entries yet is a count of 0 on day one.
    plot.data = [counted or [(x_of(target.start), 0)], expected]
    plot.lines[0].strokeColor = COUNT_COLOUR
    plot.lines[0].strokeWidth = 1.5
    plot.lines[0].symbol = makeMarker("FilledCircle", size=4)
    plot.lines[1].strokeColor = LINE_COLOUR
    plot.lines[1].strokeDashArray = [4, 3]
    top = max([target.minimum, *(entry.count for entry in days)])
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = top
    plot.yValueAxis.valueSteps = _steps(top)
    plot.yValueAxis.labelTextFormat = lambda value: _number(int(value), digits)
    plot.xValueAxis.valueMin = 0
    plot.xValueAxis.valueMax = span
    plot.xValueAxis.valueSteps = sorted({0, x_of(target.deadline), *(
        round(span * part / 4) for part in range(1, 4))})
    plot.xValueAxis.labelTextFormat = lambda value: day_text(first + timedelta(days=int(value)))
    _axis_font(plot.xValueAxis)
    _axis_font(plot.yValueAxis)
    drawing.add(plot, name="chart")
    deadline_x = plot.x + plot.width * x_of(target.deadline) / span
    drawing.add(Line(deadline_x, plot.y, deadline_x, plot.y + plot.height,
                     strokeColor=DEADLINE_COLOUR, strokeWidth=0.8, strokeDashArray=[2, 2]))
    drawing.add(String(deadline_x - 2, plot.y + plot.height + 4, words.deadline,
                       fontName=FAMILY, fontSize=FONT_SIZE, fillColor=DEADLINE_COLOUR,
                       textAnchor="end"))
    drawing.add(_legend(plot.x, height - 2, [(COUNT_COLOUR, words.counted),
                                              (LINE_COLOUR, words.expected)]), name="legend")
    return drawing


def _steps(top: int) -> list[int]:
    """About five round steps from 0 to ``top``, ``top`` itself the last (the target); a step
    closer than half a step below it is left out, or their labels would overlap."""
    step = max(1, round(top / 5))
    return [*(value for value in range(0, top, step) if top - value >= step / 2), top]
