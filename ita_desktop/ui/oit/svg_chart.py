"""A chart of ``reports/oit_charts.py`` shown in the window: the drawing's SVG painted at the
width the layout gives it, its height following its proportions.

The SVG is drawn again at every paint, so a chart stays sharp at any size; it is parsed again
only when its bytes change, so refreshing a page whose figures did not change costs nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

# A chart is not drawn larger than this multiple of its own size: beyond it the labels grow
# bigger than the window's text for no gain.
_MOST_SCALE = 1.25


class SvgChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._svg = b""
        self._renderer = QSvgRenderer(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    @property
    def svg(self) -> bytes:
        return self._svg

    def set_svg(self, svg: bytes) -> bool:
        """Show ``svg``; False (and nothing redone) when it is the chart already shown."""
        if svg == self._svg:
            return False
        self._svg = svg
        self._renderer.load(QByteArray(svg))
        self._renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.updateGeometry()
        self.update()
        return True

    def _natural(self) -> QSize:
        return self._renderer.defaultSize() if self._svg else QSize(0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._natural()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        natural = self._natural()
        return QSize(natural.width() // 2, natural.height() // 2)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        natural = self._natural()
        if natural.width() <= 0:
            return 0
        shown = min(width, int(natural.width() * _MOST_SCALE))
        return round(natural.height() * shown / natural.width())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        del event
        natural = self._natural()
        if natural.width() <= 0:
            return
        width = min(self.width(), int(natural.width() * _MOST_SCALE))
        height = natural.height() * width / natural.width()
        if height > self.height():
            height = self.height()
            width = natural.width() * height / natural.height()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
