"""The PDF preview: pages drawn off the window's thread, shown in a column that scrolls, so a
long document never makes its dialog taller than the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ita_desktop.domain.progress import Cancelled
from ita_desktop.ui.common.pdf_preview import PAGE_WIDTH, PdfPreview, preview_pages
from tests.ui.conventions import USABLE_HEIGHT


def _pdf(pages: int) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF()))
    painter = QPainter(writer)
    for n in range(pages):
        if n:
            writer.newPage()
        painter.drawText(100, 100, f"page {n + 1}")
    painter.end()
    return bytes(buffer.data())


def test_each_page_becomes_an_image_of_the_preview_width():
    import io

    from PIL import Image

    pages = preview_pages(_pdf(3))
    assert len(pages) == 3
    first = Image.open(io.BytesIO(pages[0]))
    assert first.width == PAGE_WIDTH and first.height > first.width  # an A4 page, upright


def test_a_cancelled_preview_stops():
    with pytest.raises(Cancelled):
        preview_pages(_pdf(2), cancelled=lambda: True)


def test_new_pages_replace_the_old_and_the_column_scrolls(qtbot):
    preview = PdfPreview("Preview")
    qtbot.addWidget(preview)
    preview.show_pages(preview_pages(_pdf(12)))
    assert preview.page_count() == 12
    preview.show()
    # Twelve A4 pages are far taller than a screen; the preview still fits in one.
    assert preview.minimumSizeHint().height() < USABLE_HEIGHT
    assert preview.scroll.widget().sizeHint().height() > 12 * PAGE_WIDTH
    preview.show_pages(preview_pages(_pdf(1)))
    assert preview.page_count() == 1
    preview.clear()
    assert preview.page_count() == 0


_PREVIEWS_AT_ONCE = """
import io, sys, threading
from reportlab.pdfgen import canvas
buf = io.BytesIO()
c = canvas.Canvas(buf)
for i in range(3):
    c.drawString(100, 700, f"page {i}")
    c.rect(50, 50, 300, 300, fill=1)
    c.showPage()
c.save()
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.ui.common.pdf_preview import preview_pages
def work(n):
    for _ in range(60):
        preview_pages(buf.getvalue()) if n % 2 else pdf_pages_text(buf.getvalue())
threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
[t.start() for t in threads]
[t.join() for t in threads]
print("drawn")
"""


def test_previews_drawn_in_several_job_threads_at_once_do_not_crash_the_program():
    # pdfium is not thread-safe: a file chosen while the last one's preview was still drawn
    # ran two renders at once and killed the window (a segfault, about one run in two here).
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _PREVIEWS_AT_ONCE], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0 and "drawn" in done.stdout, done.stderr
