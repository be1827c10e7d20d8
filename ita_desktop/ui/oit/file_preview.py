"""The preview beside an item's files: PDF pages and pictures drawn off the window's thread,
Word and Excel files by name and size (the program draws no office documents)."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from ita_desktop.domain.progress import CancelCheck, Cancelled, never_cancelled
from ita_desktop.ui.common.pdf_preview import PAGE_WIDTH, PdfPreview


def picture_page(content: bytes, width: int = PAGE_WIDTH,
                 cancelled: CancelCheck = never_cancelled) -> list[bytes]:
    """A picture as one PNG page ``width`` pixels across at most, turned upright by its EXIF
    orientation (a phone's photo of a notice board is often stored sideways). No Qt: it runs in
    a job's thread."""
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(content)) as image:
        if cancelled():
            raise Cancelled
        upright = ImageOps.exif_transpose(image)
        upright.thumbnail((width, width * 4))
        out = io.BytesIO()
        upright.convert("RGB").save(out, "PNG")
    return [out.getvalue()]


class FilePreview(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = PdfPreview()
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setMargin(8)
        self.words.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.addWidget(self.words)
        self.addWidget(self.pages)

    def say(self, text: str) -> None:
        self.pages.clear()
        self.words.setText(text)
        self.setCurrentWidget(self.words)

    def show_pages(self, pages: list[bytes]) -> None:
        self.pages.show_pages(pages)
        self.setCurrentWidget(self.pages)
