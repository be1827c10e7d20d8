"""A chart in a document (``Figure``): the PDF draws it, narrowed whole when wider than the
text and leaving the builder's drawing as it was; DOCX and XLSX, which get no picture of it,
print its caption."""

from __future__ import annotations

import io

import docx
import openpyxl

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.oit_workflow import Status
from ita_desktop.reports import oit_charts
from ita_desktop.reports.model import Cell, Document, Figure, Run, Table
from ita_desktop.reports.oit_progress import STATUS_WORDS
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.reports.render_docx import render_docx
from ita_desktop.reports.render_pdf import render_pdf
from ita_desktop.reports.render_xlsx import render_xlsx
from tests.reports.pdf_pages import find, text_boxes

CAPTION = "แผนภูมิจำนวนรายการตามสถานะ"


def _document(width: float) -> tuple[Document, oit_charts.Chart]:
    chart = oit_charts.status_chart({Status.PUBLISHED: 3}, STATUS_WORDS, DigitStyle.ARABIC,
                                    width)
    table = Table(columns=(1.0,), header_rows=((Cell((Run("สถานะ"),)),),),
                  rows=((Cell((Run("เผยแพร่แล้ว"),)),),))
    return Document("chart", (table, Figure(chart, (Run(CAPTION),))),
                    digits=DigitStyle.ARABIC), chart


def test_the_pdf_draws_the_chart_and_its_caption():
    doc, _ = _document(420)
    text = " ".join(pdf_pages_text(render_pdf(doc)))
    assert CAPTION in text and "เผยแพร่แล้ว" in text


def test_a_chart_wider_than_the_text_is_narrowed_whole():
    # 16 cm of text on a portrait page is 453.5 points.
    doc, chart = _document(800)
    pages = text_boxes(render_pdf(doc))
    _, widest_label = find(pages, "ยังไม่ดำเนินการ")[0]
    # Every label stays on the page, and the drawing the builder made is unchanged.
    assert widest_label.left >= 3 * 72 / 2.54 - 1
    assert chart.width == 800 and chart.renderScale == 1.0


def test_docx_and_xlsx_print_the_caption():
    doc, _ = _document(420)
    words = [p.text for p in docx.Document(io.BytesIO(render_docx(doc))).paragraphs]
    assert CAPTION in words
    sheet = openpyxl.load_workbook(io.BytesIO(render_xlsx(doc))).active
    assert CAPTION in [cell.value for row in sheet.iter_rows() for cell in row]
