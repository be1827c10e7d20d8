"""A long table over pages, as Word lays out a table whose rows may break across pages: rows
follow each other and a page is filled before the next begins. A row that does not fit moves
whole only when little of the page is left empty; otherwise it is cut between its lines and
goes on under the repeated header. Lines are never cut through, names never parted.

Measured on the OIT assignment table (seed 001's 24 items, rows up to a page tall, that once
took 17 pages with one or two rows each) and on a plain table with no lines glued to it."""

from __future__ import annotations

import pytest
from reportlab.lib.units import cm

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.reports import signing
from ita_desktop.reports.model import (
    Align,
    Cell,
    Document,
    Orientation,
    PageSetup,
    Run,
    Table,
)
from ita_desktop.reports.oit_assignments import build_oit_assignments
from ita_desktop.reports.oit_data import oit_data
from ita_desktop.reports.render_pdf import render_pdf
from tests.reports.oit_fixture import ORDER, PEOPLE, UNIT, oit_year
from tests.reports.pdf_pages import stroked_segments, text_boxes

LINE = 14 * 1.3
"""A line of a table's text (14 pt) in points."""
MOVE_GAP = 1 / 5
"""The most of a page a row may leave empty by moving whole to the next page."""


@pytest.fixture(scope="module")
def data():  # type: ignore[no-untyped-def]
    return oit_data(oit_year(), UNIT, PEOPLE, ORDER)


@pytest.fixture(scope="module")
def assignments_pdf(data) -> bytes:  # type: ignore[no-untyped-def]
    doc = build_oit_assignments(data, 2568, DigitStyle.THAI, signing.blank_signers(
        signing.report_kind("oit-assignments")), None)
    return render_pdf(doc, invariant=True)


def _table_bottoms(pdf: bytes) -> list[float]:
    """Each page's lowest horizontal grid line: where its table ends."""
    return [min(a[1] for a, b in page if abs(a[1] - b[1]) < 0.1 and abs(a[0] - b[0]) > 20)
            for page in stroked_segments(pdf)]


def _empty_below(pdf: bytes, page: PageSetup) -> list[float]:
    """How much of each page's frame the table leaves empty under it, in points."""
    return [bottom - page.bottom_cm * cm for bottom in _table_bottoms(pdf)]


def _frame(page: PageSetup) -> float:
    return (page.size_cm[1] - page.top_cm - page.bottom_cm) * cm


def test_the_assignment_table_fills_each_page_before_the_next(assignments_pdf) -> None:  # type: ignore[no-untyped-def]
    page = PageSetup(orientation=Orientation.LANDSCAPE, left_cm=2.0, right_cm=2.0)
    empty = _empty_below(assignments_pdf, page)
    # Every page but the last (the signature block's) ends its table near the page's foot:
    # at most the room a row may leave by moving whole, and the padding under a cut row.
    allowed = MOVE_GAP * _frame(page) + LINE
    assert all(gap <= allowed for gap in empty[:-1]), [round(gap) for gap in empty]
    # The table's rows add up to a little over 11 pages; whole-row moves took 17.
    assert len(empty) <= 13


def test_a_cut_row_goes_on_between_lines_and_names_stay_whole(assignments_pdf, data) -> None:  # type: ignore[no-untyped-def]
    pages = text_boxes(assignments_pdf)
    lines = [" ".join(box.text.replace("\u00a0", " ").split()) for page in pages
             for box in page]
    items = [item for indicator in data["indicators"] for sub in indicator["subs"]
             for item in sub["items"]]
    names = {name for item in items for name in item["controllers"]} | {
        name for item in items for group in item["preparers"] for name in group["names"]}
    assert names
    for name in names:
        assert any(name in line for line in lines), name
    # Each page starts with the repeated column header, a cut row's rest under it.
    for page in pages:
        header = [box for box in page if box.text in ("ข้อ", "องค์ประกอบ", "ผู้ควบคุม")]
        assert len(header) == 3
    # Every item's code stands once: a cut row does not print its code again.
    codes = [line for line in lines if line.startswith("O") and line[1:].isdigit()]
    assert sorted(codes) == sorted(
        "O" + item["code"][1:].translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
        for item in items)


def _long_rows(count: int, lines: int) -> tuple[tuple[Cell, Cell], ...]:
    return tuple((Cell((Run(f"แถวที่ {n + 1}"),)),
                  Cell((Run("\n".join(f"บรรทัดที่ {k + 1} ของแถวที่ {n + 1}"
                                      for k in range(lines))),)))
                 for n in range(count))


def _plain_table(rows: tuple[tuple[Cell, Cell], ...]) -> Document:
    header = (Cell((Run("ลำดับ"),), align=Align.CENTER, bold=True),
              Cell((Run("รายละเอียด"),), align=Align.CENTER, bold=True))
    return Document(title="t", parts=(Table(columns=(3, 13), header_rows=(header,),
                                            rows=rows),))


def test_a_plain_table_cuts_a_row_rather_than_leave_half_a_page_empty() -> None:
    # Rows of 15 lines, about 40 % of a portrait page: moved whole, every page would hold
    # two of them and a fifth of the page empty at best.
    doc = _plain_table(_long_rows(8, 15))
    pdf = render_pdf(doc)
    empty = _empty_below(pdf, doc.page)
    allowed = MOVE_GAP * _frame(doc.page) + LINE
    assert all(gap <= allowed for gap in empty[:-1]), [round(gap) for gap in empty]
    # Each line printed once, whole, in order.
    lines = [box.text for page in text_boxes(pdf) for box in page
             if box.text.startswith("บรรทัดที่")]
    assert lines == [f"บรรทัดที่ {k + 1} ของแถวที่ {n + 1}".translate(
        str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")) for n in range(8) for k in range(15)]


def test_a_row_taller_than_a_page_goes_on_over_pages_and_a_short_one_moves_whole() -> None:
    rows = (*_long_rows(1, 3), *_long_rows(1, 70)[0:1], *_long_rows(1, 4))
    doc = _plain_table(rows)
    pdf = render_pdf(doc)
    pages = text_boxes(pdf)
    assert len(pages) >= 2
    lines = [box.text for page in pages for box in page if box.text.startswith("บรรทัดที่")]
    assert len(lines) == 3 + 70 + 4
    # A row's part on a page holds at least two of its lines: no line stands alone.
    for page in pages:
        assert sum(box.text.startswith("บรรทัดที่") for box in page) >= 2
