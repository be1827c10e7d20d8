"""The photo grid's model and its painter: photos' metadata only, thumbnails read lazily.

A measure can hold hundreds of photos and a year a thousand. The model holds ``Photo`` values
(no pictures); a thumbnail is read from the database the first time a row is painted, decoded
once and kept in a bounded cache, so opening a grid of 1,000 photos reads the twenty or so in
view and scrolling reads the rest as they come. The delegate gives every cell the same size
without asking the model for its picture: Qt's own delegate measures a cell by its decoration,
which would have read every thumbnail to lay the grid out.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from datetime import time
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QIODevice,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImageReader, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.evidence import Photo
from ita_desktop.domain.thai_dates import DateForm, format_thai_date

PHOTO_IDS_MIME = "application/x-ita-desktop-photo-ids"
"""What a dragged thumbnail carries: the ids of the photos dragged, as JSON."""

# The picture's box in a cell, and the cell with two lines of text under it.
ICON_SIZE = QSize(150, 112)
CELL_SIZE = QSize(166, 178)
# Thumbnails kept decoded: a screenful many times over (about 70 KB each at ICON_SIZE), far
# below the memory a thousand would take.
THUMB_CACHE = 240

ThumbnailReader = Callable[[int], bytes]

PhotoIndex = QModelIndex | QPersistentModelIndex


def photo_ids_of(mime: QMimeData) -> list[int]:
    """The photo ids a drag carries (empty for any other drag)."""
    if not mime.hasFormat(PHOTO_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(PHOTO_IDS_MIME).data()).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [int(i) for i in ids if isinstance(i, int)]


def taken_text(photo: Photo, digits: DigitStyle) -> str:
    """When the photo was taken, the Thai way ("๕ ม.ค. ๒๕๖๗ 09:30"); empty when unknown."""
    if photo.taken is None:
        return ""
    day = format_thai_date(photo.taken.date(), DateForm.ABBR, digits)
    if photo.taken.time() == time(0):
        # Dated without a time in the viewer (kept at midnight of its day), as it shows "--.--".
        return day
    return apply_digits(f"{day} {photo.taken:%H:%M}", digits)


def decode_thumbnail(data: bytes, size: QSize = ICON_SIZE) -> QPixmap:
    """``data`` (a JPEG) decoded at the size it is shown: Qt's JPEG reader scales while it
    decodes, so a 320-pixel thumbnail costs a 150-pixel decode."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    whole = reader.size()
    if whole.isValid():
        reader.setScaledSize(whole.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


class PhotoModel(QAbstractListModel):
    """The photos of a grid in their order; drags carry their ids, drops say what was asked
    (the grid stores the change and loads the photos again)."""

    reorder_requested = Signal(list)
    """The ids of the movable photos in the order the user dropped them into."""
    files_dropped = Signal(list)
    """Picture files dropped from outside (``Path`` values)."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    MarkRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, thumbnail: ThumbnailReader, accepts_file: Callable[[Path], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thumbnail = thumbnail
        self._accepts_file = accepts_file
        self._photos: list[Photo] = []
        self._marked: set[int] = set()
        self._digits = DigitStyle.THAI
        self._cache: OrderedDict[tuple[int, str], QPixmap] = OrderedDict()
        self._grey_cell = QPixmap(ICON_SIZE)
        self._grey_cell.fill(QColor("#d9d9d9"))
        self.read_only = False

    # --- the photos -------------------------------------------------------------------------
    def set_photos(self, photos: Sequence[Photo], marked: Iterable[int] = (),
                   digits: DigitStyle = DigitStyle.THAI) -> None:
        """Show ``photos``; those in ``marked`` (a meeting's, shown with a measure) are drawn
        as not the measure's own and are not moved by a drag."""
        self.beginResetModel()
        self._photos = list(photos)
        self._marked = set(marked)
        self._digits = digits
        self.endResetModel()

    def photos(self) -> list[Photo]:
        return list(self._photos)

    def photo(self, row: int) -> Photo | None:
        return self._photos[row] if 0 <= row < len(self._photos) else None

    def row_of(self, photo_id: int) -> int:
        return next((r for r, p in enumerate(self._photos) if p.id == photo_id), -1)

    @property
    def digits(self) -> DigitStyle:
        return self._digits

    def is_marked(self, photo: Photo) -> bool:
        return photo.id in self._marked

    def rowCount(self, parent: PhotoIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: PhotoIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        photo = self.photo(index.row()) if index.isValid() else None
        if photo is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.caption or photo.name
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [photo.caption, photo.name, taken_text(photo, self._digits),
                     apply_digits(f"{photo.width} × {photo.height}", self._digits)]
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(index.row())
        if role == self.IdRole:
            return photo.id
        if role == self.MarkRole:
            return photo.id in self._marked
        return None

    # --- thumbnails ---------------------------------------------------------------------------
    def cached(self, row: int) -> QPixmap | None:
        """The row's thumbnail when it has been read already (never reads)."""
        photo = self.photo(row)
        if photo is None or photo.id is None:
            return None
        return self._cache.get((photo.id, photo.thumb_sha256))

    def thumbnail(self, row: int) -> QPixmap:
        """The row's thumbnail, read and decoded the first time it is asked for; the grey
        grey cell when it cannot be read (a damaged blob is no reason to stop painting)."""
        photo = self.photo(row)
        if photo is None or photo.id is None:
            return self._grey_cell
        key = (photo.id, photo.thumb_sha256)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        try:
            pixmap = decode_thumbnail(self._thumbnail(photo.id))
        except Exception:  # noqa: BLE001 - any reason: the cell is shown grey
            pixmap = QPixmap()
        if pixmap.isNull():
            pixmap = self._grey_cell
        self._cache[key] = pixmap
        while len(self._cache) > THUMB_CACHE:
            self._cache.popitem(last=False)
        return pixmap

    # --- drag and drop ------------------------------------------------------------------------
    def flags(self, index: PhotoIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled if not self.read_only else base
        flags = base | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [PHOTO_IDS_MIME, "text/uri-list"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt's name
        rows = sorted({index.row() for index in indexes})
        ids = [p.id for row in rows if (p := self.photo(row)) is not None and p.id is not None]
        mime = QMimeData()
        mime.setData(PHOTO_IDS_MIME, QByteArray(json.dumps(ids).encode("ascii")))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: PhotoIndex) -> bool:
        if self.read_only:
            return False
        if data.hasFormat(PHOTO_IDS_MIME):
            return True
        return bool(self._dropped_files(data))

    def _dropped_files(self, data: QMimeData) -> list[Path]:
        if not data.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
        return [path for path in paths if self._accepts_file(path)]

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: PhotoIndex) -> bool:
        if self.read_only:
            return False
        moved = photo_ids_of(data)
        if moved:
            if parent.isValid():
                row = parent.row()  # dropped onto a photo: before it
            if row < 0:
                row = len(self._photos)
            self.reorder_requested.emit(self.order_after_drop(moved, row))
            # False: the grid stores the new order and loads the photos again; Qt must not
            # remove the dragged rows itself.
            return False
        files = self._dropped_files(data)
        if files:
            self.files_dropped.emit(files)
        return False

    def order_after_drop(self, moved: Sequence[int], row: int) -> list[int]:
        """The ids of the grid's own photos (not those marked as a meeting's) with ``moved``
        put before the photo at ``row`` (at the end when ``row`` is past the last)."""
        movable = [p.id for p in self._photos if p.id is not None and p.id not in self._marked]
        wanted = [i for i in moved if i in movable]
        before = next((p.id for p in self._photos[row:] if p.id in movable
                       and p.id not in wanted), None)
        rest = [i for i in movable if i not in wanted]
        at = rest.index(before) if before is not None else len(rest)
        return rest[:at] + wanted + rest[at:]


class PhotoDelegate(QStyledItemDelegate):
    """A cell: the thumbnail centred in its box, the caption (or the file's name) and the date
    taken under it, each one line; a meeting's photo shown with a measure has a blue frame."""

    def __init__(self, model: PhotoModel, mark: Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._mark = mark

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                 index: PhotoIndex) -> QSize:
        return CELL_SIZE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: PhotoIndex) -> None:
        photo = self._model.photo(index.row())
        if photo is None:
            return
        painter.save()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        if selected:
            painter.fillRect(rect.adjusted(1, 1, -1, -1), palette.highlight())
        pixmap = self._model.thumbnail(index.row())
        box = QRect(rect.x() + (rect.width() - ICON_SIZE.width()) // 2, rect.y() + 4,
                    ICON_SIZE.width(), ICON_SIZE.height())
        at = QRect(box.x() + (box.width() - pixmap.width()) // 2,
                   box.y() + (box.height() - pixmap.height()) // 2,
                   pixmap.width(), pixmap.height())
        painter.drawPixmap(at, pixmap)
        if self._model.is_marked(photo):
            painter.setPen(QColor("#1565c0"))
            painter.drawRect(at.adjusted(0, 0, -1, -1))
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        line = metrics.height()
        text_rect = QRect(rect.x() + 4, box.bottom() + 4, rect.width() - 8, line)
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        caption = photo.caption or photo.name
        if self._model.is_marked(photo):
            caption = f"{self._mark()} {caption}"
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignHCenter),
                         metrics.elidedText(caption, Qt.TextElideMode.ElideRight,
                                            text_rect.width()))
        taken = taken_text(photo, self._model.digits)
        if taken:
            painter.drawText(text_rect.translated(0, line), int(Qt.AlignmentFlag.AlignHCenter),
                             metrics.elidedText(taken, Qt.TextElideMode.ElideRight,
                                                text_rect.width()))
        painter.restore()
