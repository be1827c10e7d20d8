"""Names kept whole on a line (``Document.keep_whole``) in the formats whose lines the program
breaks itself: the PDF, read back line by line, and the XLSX, whose long paragraphs are cut
into rows of a few lines."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime

from openpyxl import load_workbook
from reportlab.lib.units import cm

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.reports.kept_names import kept_names
from ita_desktop.reports.model import (
    BODY_SIZE,
    Cell,
    Document,
    Paragraph,
    Run,
    Table,
    TitleBlock,
)
from ita_desktop.reports.pdf_parts import CELL_PAD_X
from ita_desktop.reports.pdf_text import Measurer
from ita_desktop.reports.render_pdf import render_pdf
from ita_desktop.reports.render_xlsx import render_xlsx
from tests.reports.pdf_pages import text_boxes

DEMO_UNIT = {"full_name": "ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์", "short_name": "ตม.จว.ศรีวารินทร์"}
NAME = "นายสมปอง เรือนใสแก้ว"
"""A fictional person whose surname the dictionary cuts: "เรือน" "ใส" "แก้ว"."""
MADE = datetime(2026, 1, 5, 9, 30)


def _lines(pdf: bytes) -> list[str]:
    return [box.text for page in text_boxes(pdf) for box in page]


def _narrow_column_document(keep: frozenset[str]) -> Document:
    """A name in a column just too narrow for it after "เรือนใส" on its first line."""
    text_width = 16 * cm
    size = BODY_SIZE - 2
    room = Measurer(size, DigitStyle.THAI)("นายสมปอง เรือนใส", Run("")) + 2
    column = room + 2 * CELL_PAD_X + 0.5  # the cell's padding and the line breaker's slack
    table = Table(columns=(column, text_width - column), header_rows=(),
                  rows=((Cell((Run(NAME),)), Cell((Run("ผู้รวบรวมข้อมูล"),))),), size=size)
    return Document(title="รายชื่อ", parts=(table,), created=MADE, keep_whole=keep)


def test_a_name_in_a_narrow_column_moves_whole_to_the_next_line():
    plain = _lines(render_pdf(_narrow_column_document(frozenset()), invariant=True))
    assert "นายสมปอง เรือนใส" in plain and "แก้ว" in plain  # what the dictionary alone does
    keep = kept_names(DEMO_UNIT, [NAME])
    kept = _lines(render_pdf(_narrow_column_document(keep), invariant=True))
    assert "นายสมปอง" in kept and "เรือนใสแก้ว" in kept
    assert not any(line.endswith("เรือนใส") for line in kept)


TITLE = ("บัญชีรายชื่อผู้เข้าประชุมการขับเคลื่อนและกำกับติดตามการประเมินคุณธรรมและความโปร่งใสใน"
         "การดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment : ITA) ของ "
         "ตม.จว.ศรีวารินทร์")
"""The demo's attendance sheet title, which broke as "ศรีวาริ" / "นทร์"."""


def _title_document(keep: frozenset[str]) -> Document:
    return Document(title="บัญชีรายชื่อ",
                    parts=(TitleBlock(lines=((Run(TITLE),),), size=BODY_SIZE),),
                    created=MADE, keep_whole=keep)


def test_the_demo_unit_name_in_a_title_breaks_at_the_space_before_it():
    plain = _lines(render_pdf(_title_document(frozenset()), invariant=True))
    assert any(line.endswith("ศรีวาริ") for line in plain)
    kept = _lines(render_pdf(_title_document(kept_names(DEMO_UNIT)), invariant=True))
    assert kept[-1] == "ตม.จว.ศรีวารินทร์"
    assert kept[-2].endswith("ITA) ของ")


def test_names_a_document_does_not_print_change_not_a_byte(specimen_thai):
    # The specimen prints none of these names: its bytes are those of the document without
    # names (and the specimen itself, which names none, renders as it did before names).
    fixed = replace(specimen_thai, created=MADE)
    assert render_pdf(fixed, invariant=True) == render_pdf(
        replace(fixed, keep_whole=kept_names(DEMO_UNIT, [NAME])), invariant=True)


def _row_texts(xlsx: bytes) -> list[str]:
    sheet = load_workbook(io.BytesIO(xlsx)).active
    return [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value]


def _long_paragraph_document(keep: frozenset[str]) -> Document:
    # The name at many places along the lines, so that rows of two lines end at some of them.
    text = " ".join(f"มอบหมาย{'ให้' * (k % 4)} {NAME} ดำเนินการ" for k in range(ASSIGNED))
    # A workbook holds tabular reports only: the paragraph stands above a table.
    table = Table(columns=(1.0,), header_rows=(), rows=((Cell((Run("ลำดับ"),)),),))
    return Document(title="มอบหมาย", parts=(Paragraph((Run(text),)), table), created=MADE,
                    keep_whole=keep)


ASSIGNED = 24


def _whole_in_one_row(xlsx: bytes, word: str) -> int:
    return sum(text.count(word) for text in _row_texts(xlsx))


def test_a_workbook_row_never_ends_inside_a_name():
    plain = render_xlsx(_long_paragraph_document(frozenset()))
    assert _whole_in_one_row(plain, "เรือนใสแก้ว") < ASSIGNED  # rows cut the dictionary's way
    kept = render_xlsx(_long_paragraph_document(kept_names({}, [NAME])))
    assert _whole_in_one_row(kept, "เรือนใสแก้ว") == ASSIGNED
    assert _whole_in_one_row(kept, "สมปอง") == ASSIGNED
