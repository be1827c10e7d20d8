"""The dashboard's charts: the bars and lines carry the domain's figures, the words are the
caller's, and the Thai labels come out of a PDF exactly as written (shaped, copied whole)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from reportlab.graphics.shapes import Line, String
from reportlab.platypus import SimpleDocTemplate

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.framework.model import SampleKey
from ita_desktop.domain.oit import ProgressEntry, SurveyTarget
from ita_desktop.domain.oit_plan import Workload
from ita_desktop.domain.oit_score import LEVEL_WORDS, Level, Projection, rules_for
from ita_desktop.domain.oit_workflow import Status
from ita_desktop.reports import oit_charts
from ita_desktop.reports.pdf_read import pdf_pages_text

WORDS = {
    Status.NOT_STARTED: "ยังไม่เริ่ม",
    Status.IN_PREPARATION: "กำลังเตรียมข้อมูล",
    Status.SUBMITTED: "ส่งตรวจแล้ว",
    Status.RETURNED: "ส่งกลับแก้ไข",
    Status.CHECKED: "ตรวจแล้วถูกต้อง",
    Status.APPROVED: "อนุมัติแล้ว",
    Status.PUBLISHED: "เผยแพร่แล้ว",
}
SCORE_WORDS = oit_charts.ScoreWords("IIT", "EIT", "OIT", "คะแนนรวม", LEVEL_WORDS, "(รอยืนยัน)")
SVG = "{http://www.w3.org/2000/svg}"


def svg_texts(drawing: oit_charts.Chart) -> list[str]:
    root = ET.fromstring(oit_charts.to_svg(drawing))
    return ["".join(node.itertext()) for node in root.iter(f"{SVG}text")]


def strings(drawing: oit_charts.Chart) -> list[String]:
    return [node for node in drawing.getContents() if isinstance(node, String)]


def pdf_bytes(drawing: oit_charts.Chart) -> bytes:
    out = BytesIO()
    SimpleDocTemplate(out, pageCompression=0).build([drawing])
    return out.getvalue()


def test_status_chart_has_one_bar_per_state_in_workflow_order() -> None:
    counts = {Status.NOT_STARTED: 10, Status.IN_PREPARATION: 5, Status.PUBLISHED: 2}
    chart = oit_charts.status_chart(counts, WORDS, DigitStyle.ARABIC).chart
    assert chart.categoryAxis.categoryNames == [WORDS[status] for status in Status]
    assert chart.data == [[10, 5, 0, 0, 0, 0, 2]]


def test_status_chart_shows_the_callers_words_and_digits() -> None:
    counts = dict.fromkeys(Status, 1) | {Status.APPROVED: 12}
    texts = svg_texts(oit_charts.status_chart(counts, WORDS, DigitStyle.THAI))
    assert set(WORDS.values()) <= set(texts)
    assert "๑๒" in texts and "12" not in texts


def test_score_chart_leaves_out_figures_not_entered() -> None:
    projection = Projection(2568, Decimal("41.67"))
    chart = oit_charts.score_chart(projection, rules_for(2568), SCORE_WORDS).chart
    assert chart.data == [[None, None, 41.67, None]]
    assert chart.categoryAxis.categoryNames == ["IIT", "EIT", "OIT", "คะแนนรวม"]


def test_score_chart_draws_each_boundary_and_marks_the_unconfirmed_one() -> None:
    projection = Projection(2568, Decimal("41.67"), Decimal("88.50"), Decimal("91.20"),
                            Decimal("70.33"), Level.IMPROVE)
    drawing = oit_charts.score_chart(projection, rules_for(2568), SCORE_WORDS,
                                     DigitStyle.ARABIC)
    labels = [node.text for node in strings(drawing)]
    assert labels == ["ผ่านดีเยี่ยม 95", "ผ่านดี 85", "ผ่าน 85", "ต้องปรับปรุง 50 (รอยืนยัน)"]
    chart = drawing.chart
    lines = [node for node in drawing.contents if isinstance(node, Line)]
    heights = [round((line.y1 - chart.y) / chart.height * 100) for line in lines]
    assert heights == [95, 85, 85, 50]
    # Only the boundary no document states is dashed.
    assert [bool(line.strokeDashArray) for line in lines] == [False, False, False, True]
    assert "70.33" in svg_texts(drawing)


def test_workload_chart_stacks_preparing_on_controlling_per_person() -> None:
    loads = [Workload(7, ("O1", "O2", "O3"), ("O4",), 3), Workload(9, ("O5",), ("O1", "O2"), 1)]
    words = oit_charts.WorkloadWords("เตรียมข้อมูล", "ควบคุม")
    drawing = oit_charts.workload_chart(loads, {7: "ร.ต.อ.สมศักดิ์ ใจดี", 9: "ด.ต.ปี่ทอง"}, words)
    chart = drawing.chart
    assert chart.categoryAxis.style == "stacked"
    assert chart.categoryAxis.categoryNames == ["ร.ต.อ.สมศักดิ์ ใจดี", "ด.ต.ปี่ทอง"]
    assert chart.data == [[3, 1], [1, 2]]
    assert {"เตรียมข้อมูล", "ควบคุม"} <= set(svg_texts(drawing))


def test_progress_chart_draws_counts_against_the_line_to_the_target() -> None:
    target = SurveyTarget(SampleKey.EIT, 550, date(2025, 5, 1), date(2025, 7, 31))
    entries = [ProgressEntry(date(2025, 6, 1), 120), ProgressEntry(date(2025, 5, 15), 40)]
    words = oit_charts.ProgressWords("จำนวนที่ได้", "เส้นเป้าหมาย", "วันสุดท้าย")
    drawing = oit_charts.progress_chart(target, entries, words,
                                        lambda day: f"{day.day}/{day.month}")
    plot = drawing.chart
    # Days from the survey's first day; the entries in date order whatever order they came in.
    assert plot.data == [[(14, 40), (31, 120)], [(0, 0), (91, 550)]]
    assert plot.yValueAxis.valueMax == 550
    texts = svg_texts(drawing)
    assert {"1/5", "31/7", "วันสุดท้าย", "จำนวนที่ได้", "เส้นเป้าหมาย"} <= set(texts)


def test_the_target_labels_the_top_of_the_count_axis_without_a_step_crowding_it() -> None:
    target = SurveyTarget(SampleKey.IIT, 42, date(2025, 2, 1), date(2025, 4, 30))
    words = oit_charts.ProgressWords("นับได้", "ควรได้", "กำหนด")
    plot = oit_charts.progress_chart(target, [], words, str).chart
    assert plot.yValueAxis.valueSteps == [0, 8, 16, 24, 32, 42]


def test_progress_chart_without_entries_starts_at_zero() -> None:
    target = SurveyTarget(SampleKey.IIT, 40, date(2025, 5, 1), date(2025, 5, 31))
    words = oit_charts.ProgressWords("นับได้", "ควรได้", "กำหนด")
    plot = oit_charts.progress_chart(target, [], words, str).chart
    assert plot.data[0] == [(0, 0)]


@pytest.mark.parametrize("word", ["ที่ปรึกษา", "ผู้ควบคุม", "ปี่ทอง ฝั่งน้ำ"])
def test_thai_labels_copy_out_of_the_pdf_as_written(word: str) -> None:
    loads = [Workload(1, ("O1",), (), 1)]
    drawing = oit_charts.workload_chart(loads, {1: word}, oit_charts.WorkloadWords("ก", "ข"))
    data = pdf_bytes(drawing)
    assert word in "".join(pdf_pages_text(data))
    # Drawn as shaped lines (reportlab's plain drawing loses a tone mark over an upper vowel),
    # each marked with the text it was written from.
    # Every label the drawing holds (the SVG lists them) went out as such a line.
    assert data.count(b"/ActualText") == len([text for text in svg_texts(drawing) if text])


def test_svg_names_the_font_as_the_window_registers_it() -> None:
    svg = oit_charts.to_svg(oit_charts.status_chart(dict.fromkeys(Status, 0), WORDS))
    assert b"ITA-Sarabun" not in svg
    assert b"font-family: Sarabun" in svg
    # Qt's SVG renderer paints a <clipPath>'s rectangle as a black box over the chart.
    assert b"<clipPath" not in svg


def test_svg_lines_are_not_filled() -> None:
    target = SurveyTarget(SampleKey.IIT, 40, date(2025, 5, 1), date(2025, 5, 31))
    entries = [ProgressEntry(date(2025, 5, 5), 4), ProgressEntry(date(2025, 5, 9), 20)]
    words = oit_charts.ProgressWords("นับได้", "ควรได้", "กำหนด")
    root = ET.fromstring(oit_charts.to_svg(oit_charts.progress_chart(target, entries, words,
                                                                     str)))
    lines = list(root.iter(f"{SVG}polyline"))
    assert len(lines) == 2
    # "fill: None" is no SVG value: Qt fills such a line black between its points.
    assert all("fill: none;" in line.get("style", "") for line in lines)
