"""The full-size viewer of the photo grid: one stored picture scaled to fit, Left and Right for
the previous and next photo, the caption and the date taken editable under it, Esc to close.

It shows the stored JPEG (what the documents print), not the thumbnail. What is typed is saved
when the user presses Enter, goes to another photo or closes the viewer, so nothing typed is
lost to an arrow key or Esc.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time

from PySide6.QtCore import QSize, Qt, QTime
from PySide6.QtGui import QKeyEvent, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.evidence import Photo
from ita_desktop.errors import AppError
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill
from ita_desktop.ui.common.photo_model import taken_text
from ita_desktop.ui.common.screen import fit_to_screen
from ita_desktop.ui.common.thai_date_field import ThaiDateField

PictureReader = Callable[[int], bytes]
DetailsSaver = Callable[[Photo, str, datetime | None], Photo]
"""Stores a photo's caption and date taken; returns the photo as stored (raises ``AppError``
when refused)."""

# A time box cannot be empty: 00.00 stands for "no time known" and shows as dashes, as in the
# meeting editor (a photo dated without a time is kept at midnight of its day).
_NO_TIME = QTime(0, 0)


class PhotoViewer(QDialog):
    def __init__(self, photos: Sequence[Photo], row: int, picture: PictureReader,
                 save: DetailsSaver | None, digits: DigitStyle,
                 parent: QWidget | None = None, *, caption_first: bool = False) -> None:
        super().__init__(parent)
        self.caption_first = caption_first
        """F2: the caption has the cursor when the viewer opens (else the picture, for the
        arrows)."""
        self.setWindowTitle(self.tr("Photo"))
        self._photos = list(photos)
        self._picture = picture
        self._save = save
        self._digits = digits
        self._pixmap = QPixmap()
        self.row = -1

        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumSize(QSize(320, 240))
        # The picture takes the focus, so Left and Right go to it, not to the caption's cursor.
        self.picture.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.where = QLabel()
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("Caption printed under the photo"))
        self.caption.setReadOnly(save is None)
        self.taken = ThaiDateField(digits=digits)
        self.taken_time = QTimeEdit()
        self.taken_time.setDisplayFormat("HH.mm")
        self.taken_time.setMinimumTime(_NO_TIME)
        self.taken_time.setSpecialValueText("--.--")
        self.taken.setEnabled(save is not None)
        self.taken_time.setEnabled(save is not None)
        self.errors = QLabel()
        self.errors.setStyleSheet("color: #b00020;")
        self.errors.setWordWrap(True)
        self.errors.hide()
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setAutoDefault(False)
        caption_row = QHBoxLayout()
        caption_label = QLabel(self.tr("Ca&ption:"))
        caption_label.setBuddy(self.caption)
        caption_row.addWidget(caption_label)
        caption_row.addWidget(self.caption, 1)
        taken_label = QLabel(self.tr("&Taken:"))
        taken_label.setBuddy(self.taken.edit)
        caption_row.addWidget(taken_label)
        caption_row.addWidget(self.taken)
        caption_row.addWidget(self.taken_time)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.where, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addLayout(caption_row)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)

        self.previous_button.clicked.connect(self.show_previous)
        self.next_button.clicked.connect(self.show_next)
        self.close_button.clicked.connect(self.accept)
        self.caption.returnPressed.connect(self._commit)
        self.taken.edit.returnPressed.connect(self._commit)
        fit_to_screen(self, 1100, 760)
        self.show_row(row)

    def current(self) -> Photo | None:
        return self._photos[self.row] if 0 <= self.row < len(self._photos) else None

    def photos(self) -> list[Photo]:
        """The photos as they are now, captions saved here included."""
        return list(self._photos)

    def show_row(self, row: int) -> None:
        if not 0 <= row < len(self._photos):
            return
        if not self._commit():
            return
        self.row = row
        photo = self._photos[row]
        self.caption.setText(photo.caption)
        self.taken.set_date(photo.taken.date() if photo.taken else None)
        self.taken_time.setTime(QTime(photo.taken.hour, photo.taken.minute)
                                if photo.taken else _NO_TIME)
        self.errors.hide()
        self._pixmap = QPixmap()
        if photo.id is not None:
            try:
                self._pixmap.loadFromData(self._picture(photo.id))
            except AppError as exc:
                self._say(error_text(exc))
        if self._pixmap.isNull() and self.errors.isHidden():
            self._say(fill(self.tr("The picture of %1 cannot be shown."), photo.name))
        self._fit_picture()
        taken = taken_text(photo, self._digits)
        self.where.setText(apply_digits(fill(self.tr("%1 of %2"), row + 1, len(self._photos)),
                                        self._digits) + (f" · {taken}" if taken else "")
                           + f" · {photo.name}")
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self._photos) - 1)
        self.picture.setFocus()

    def show_previous(self) -> None:
        self.show_row(self.row - 1)

    def show_next(self) -> None:
        self.show_row(self.row + 1)

    def _say(self, text: str) -> None:
        self.errors.setText(text)
        self.errors.show()

    def _fit_picture(self) -> None:
        if self._pixmap.isNull():
            self.picture.clear()
            return
        self.picture.setPixmap(self._pixmap.scaled(
            self.picture.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.caption_first:
            self.caption.setFocus()
            self.caption.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Arrows reach the dialog only when the focus is not in a field that moves its cursor
        # with them (the caption, the date): there they stay the field's.
        if event.key() == Qt.Key.Key_Left and not event.modifiers():
            self.show_previous()
        elif event.key() == Qt.Key.Key_Right and not event.modifiers():
            self.show_next()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_picture()

    def _taken(self) -> datetime | None:
        """The date and time typed; ``AppError`` when the date cannot be read."""
        day = self.taken.date()
        if day is None:
            return None
        chosen = self.taken_time.time()
        return datetime.combine(day, time(chosen.hour(), chosen.minute()))

    def _commit(self) -> bool:
        """Store the caption and date typed for the photo shown; False when refused (the
        reason is said under them, and the viewer stays on the photo)."""
        photo = self.current()
        if photo is None or self._save is None:
            return True
        text = " ".join(self.caption.text().split())
        try:
            taken = self._taken()
            # The box shows minutes: a time read from EXIF keeps its seconds unless changed.
            shown = photo.taken.replace(second=0, microsecond=0) if photo.taken else None
            if taken == shown:
                taken = photo.taken
            if text == photo.caption and taken == photo.taken:
                return True
            self._photos[self.row] = self._save(photo, text, taken)
        except AppError as exc:
            self._say(error_text(exc))
            return False
        self.errors.hide()
        return True

    def done(self, result: int) -> None:
        # Esc, Close or the window's cross: what was typed is kept, as when going to another
        # photo; a date that does not read keeps the viewer open with the reason.
        if self._commit():
            super().done(result)
