"""Render a 40-page Thai text document to PDF and DOCX and print pages per second.

The document is Thai body text (paragraphs of the specimen's long sentence with bold and
underlined runs) plus a 200-row table, enough for 40 PDF pages. DOCX pages are counted the
way LibreOffice lays them out when soffice is installed; otherwise the PDF page count is used.

    python benchmarks/report_render.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.reports.model import Align, Document, Heading, Paragraph, Run
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.reports.render_docx import render_docx
from ita_desktop.reports.render_pdf import render_pdf
from ita_desktop.reports.specimen import LONG_THAI, specimen_document


def forty_pages() -> Document:
    parts = []
    for n in range(1, 175):
        if n % 12 == 1:
            parts.append(Heading((Run(f"ส่วนที่ {n // 12 + 1} ผลการดำเนินงาน"),)))
        parts.append(Paragraph((Run(LONG_THAI), Run(" ข้อสังเกต", bold=True),
                                Run(" ผู้รับผิดชอบ", underline=True), Run(f" รายการที่ {n}")),
                               align=Align.JUSTIFY, first_line_indent_cm=2.5))
    table = specimen_document(DigitStyle.THAI, long_rows=200).tables()[0]
    return Document(title="40 หน้า", parts=(*parts, table), digits=DigitStyle.THAI)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    doc = forty_pages()
    render_pdf(doc)  # load fonts, the word list and the shaper once, as a running program has
    pdf_times, docx_times = [], []
    pdf = b""
    for _ in range(args.runs):
        start = time.perf_counter()
        pdf = render_pdf(doc)
        pdf_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        render_docx(doc)
        docx_times.append(time.perf_counter() - start)
    pages = len(pdf_pages_text(pdf))
    pdf_s, docx_s = statistics.median(pdf_times), statistics.median(docx_times)
    print(f"document: {pages} PDF pages, {len(doc.parts)} parts, runs: {args.runs}")
    print(f"PDF:  median {pdf_s:.2f} s, {pages / pdf_s:.1f} pages/s")
    print(f"DOCX: median {docx_s:.2f} s, {pages / docx_s:.1f} pages/s (counting the PDF's pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
