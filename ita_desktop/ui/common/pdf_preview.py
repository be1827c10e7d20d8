"""The preview of a document's PDF pages, for every tab that makes documents (reports, orders,
minutes, the calendar): the pages are drawn off the window's thread and shown in a column that
scrolls, so the preview never makes a dialog taller than the screen.

The shape a caller follows, with the window's job runner: a job renders the document (plain
data in: a document tree or stored bytes, never a database connection or a widget) and turns
it into page images with ``preview_pages``; its ``on_done`` hands them to
``PdfPreview.show_pages``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ita_desktop.domain.progress import CancelCheck, Cancelled, never_cancelled

PAGE_WIDTH = 520
"""Pixels across one previewed page: an A4 page readable beside a form on a 1366-pixel screen."""


def preview_pages(pdf: bytes, width: int = PAGE_WIDTH,
              cancelled: CancelCheck = never_cancelled) -> list[bytes]:
    """Each page of ``pdf`` as PNG bytes ``width`` pixels wide (pdfium; no Qt, so it runs in
    a job's thread)."""
    import io

    import pypdfium2 as pdfium

    from ita_desktop.reports.pdf_read import PDFIUM_LOCK

    pages = []
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            for page in document:
                if cancelled():
                    raise Cancelled
                scale = width / page.get_width()
                image = page.render(scale=scale).to_pil()
                out = io.BytesIO()
                image.save(out, "PNG")
                pages.append(out.getvalue())
        finally:
            document.close()
    return pages


class PdfPreview(QWidget):
    """A heading and the pages below it in a scrolling column."""

    def __init__(self, heading: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(heading)
        self.heading.setVisible(bool(heading))
        self._pages = QVBoxLayout()
        column = QWidget()
        column.setLayout(self._pages)
        self.scroll = QScrollArea()
        self.scroll.setWidget(column)
        self.scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)

    def clear(self) -> None:
        while self._pages.count():
            item = self._pages.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def show_pages(self, pages: Sequence[bytes]) -> None:
        """Show ``pages`` (PNG bytes, as ``preview_pages`` makes them) in place of the last ones."""
        self.clear()
        for png in pages:
            label = QLabel()
            pixmap = QPixmap()
            pixmap.loadFromData(png)
            label.setPixmap(pixmap)
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self._pages.addWidget(label)
        self._pages.addStretch(1)

    def page_count(self) -> int:
        return sum(1 for i in range(self._pages.count())
                   if isinstance(self._pages.itemAt(i).widget(), QLabel))
