"""The meeting editor's photos: the same grid as the photo evidence tab, on the meeting
(imported photos have the meeting and no measure). A measure that reports on the meeting shows
them with its own, so the results report prints them under it.

Photos are stored at once, as in the evidence tab, not with the meeting's Save: a photo is its
own record. The panel reads the year's photos when its page comes into view, so opening a
meeting on the attendance page reads no photos.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ita_desktop.domain.meetings import Meeting
from ita_desktop.errors import AppError
from ita_desktop.services import evidence as evidence_service
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill
from ita_desktop.ui.common.photo_grid import IMPORT_SHORTCUT, GridTarget, PhotoGrid
from ita_desktop.ui.shell.tab import TabContext


class MeetingPhotos(QWidget):
    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._meeting: Meeting | None = None
        self._stale = False
        self.note = QLabel()
        self.note.setWordWrap(True)
        # The marked photos here are a measure's, attached to the meeting.
        self.grid = PhotoGrid(context, mark=lambda: self.tr("[measure]"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.grid, 1)
        for key, slot in ((IMPORT_SHORTCUT, self.grid.choose_files),
                          (QKeySequence.StandardKey.Undo, self.grid.undo)):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.grid.changed.connect(self.reload)

    def load(self, meeting: Meeting | None, *, now: bool) -> None:
        """Show ``meeting``'s photos, read now or (``now`` False) when ``reload`` is called
        as the page comes into view."""
        if meeting is None or self._meeting is None or meeting.id != self._meeting.id:
            self.grid.undo_list.clear()  # an undo reaches the meeting it was done on
        self._meeting = meeting
        self._stale = True
        if now:
            self.reload()

    def reload_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        meeting = self._meeting
        digits = self.context.digits()
        if meeting is None or meeting.id is None:
            self.note.setText(self.tr("Save the meeting first: its photos are added to a "
                                      "meeting that is stored."))
            self.note.show()
            self.grid.load(None, [])
            return
        try:
            year = evidence_service.evidence_year(self.context.db, meeting.fiscal_year)
        except AppError as exc:
            self.note.setText(error_text(exc))
            self.note.show()
            self.grid.load(None, [])
            return
        photos = year.meeting_photos(meeting.id)
        reporting = [m for m in year.measures if m.meeting_id == meeting.id]
        if reporting:
            self.note.setText(fill(self.tr("These photos are shown with the measure %1 too, "
                                           "and printed under it in the results report."),
                                   ", ".join(f"\"{m.title}\"" for m in reporting)))
        else:
            self.note.setText(self.tr("A measure of the photo evidence tab that reports on "
                                      "this meeting shows these photos with its own."))
        self.note.show()
        # The meeting's own photos are those it holds without a measure; a measure's photo
        # attached to the meeting is shown marked and stays in its measure's order.
        self.grid.load(GridTarget(meeting.fiscal_year, meeting_id=meeting.id), photos,
                       marked=[p.id for p in photos if p.measure_id is not None
                               and p.id is not None],
                       digits=digits)
