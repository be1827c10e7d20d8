"""The photo grid: the thumbnails of a measure's or a meeting's photos, with everything done to
them — import (button, Ctrl+I, files dropped from the file manager), reorder by dragging, the
full-size viewer (Enter, double-click, F2 for the caption), move to another measure, attach to
a meeting, delete with undo (Del, Ctrl+Z), save a copy.

Shared by the photo evidence tab and the calendar's meeting editor. The grid stores each change
at once through ``services.evidence`` (a photo is its own record, like an OIT file) and says
so with ``changed``; its owner reads the year again and loads the grid anew.

Importing is a job: the year's known photos are read on the window's thread, the files are
decoded and checked in the worker (no database there), and what was prepared is stored in one
transaction back on the window's thread, so the window stays usable meanwhile and a cancelled
import leaves nothing behind.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.evidence import Measure, Photo, measure_label
from ita_desktop.errors import AppError
from ita_desktop.media.photos import PHOTO_PATTERNS, PHOTO_SUFFIXES
from ita_desktop.services import evidence as evidence_service
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill
from ita_desktop.ui.common.jobs import Job
from ita_desktop.ui.common.photo_model import CELL_SIZE, PhotoDelegate, PhotoModel
from ita_desktop.ui.common.photo_viewer import PhotoViewer
from ita_desktop.ui.common.undo_list import UndoList
from ita_desktop.ui.shell.tab import TabContext

IMPORT_SHORTCUT = "Ctrl+I"


def is_photo_file(path: Path) -> bool:
    return path.suffix.lower() in PHOTO_SUFFIXES


@dataclass(frozen=True)
class GridTarget:
    """What the grid shows and where its imports go: a measure's photos (with the photos of
    the meeting it reports on, marked) or a meeting's."""

    fiscal_year: int
    measure_id: int | None = None
    meeting_id: int | None = None


# The folder photos were last imported from, while the program runs: a secretary brings in a
# phone's photos for one measure after another from the same folder.
_LAST_FOLDER: list[Path] = []


def _start_folder() -> Path:
    """Where the import's file dialog opens: the last folder, else the user's pictures (not the
    folder the program was started from)."""
    if _LAST_FOLDER and _LAST_FOLDER[0].is_dir():
        return _LAST_FOLDER[0]
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return Path(pictures) if pictures and Path(pictures).is_dir() else Path.home()


class PhotoGrid(QWidget):
    changed = Signal()
    """Photos were stored, moved, removed or put back: the owner loads the grid again."""

    def __init__(self, context: TabContext, undo: UndoList | None = None,
                 parent: QWidget | None = None, *,
                 mark: Callable[[], str] | None = None) -> None:
        """``mark`` words the photos shown but not the target's own: "[meeting]" by default
        (a meeting's photos with a measure); a meeting's page says "[measure]"."""
        super().__init__(parent)
        self.context = context
        self._read_only = context.db.read_only
        self._target: GridTarget | None = None
        self._measures: list[Measure] = []
        self._meetings: list[tuple[int, str]] = []
        self._digits = DigitStyle.THAI
        self._importing: Job | None = None
        self.undo_list = undo if undo is not None else UndoList()

        self.model = PhotoModel(
            lambda photo_id: evidence_service.photo_thumbnail(self.context.db, photo_id),
            is_photo_file, self)
        self.model.read_only = self._read_only
        self.view = QListView()
        self.view.setViewMode(QListView.ViewMode.IconMode)
        # Static: with Free or Snap, a drag inside the view only moves the icons on screen
        # and never reaches the model; Static hands the drop to the model (stored order).
        # Setting it turns dragging off, so the drag settings come after it.
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setGridSize(CELL_SIZE)
        self.view.setUniformItemSizes(True)
        # Laid out in batches: a thousand cells are placed without stopping the window.
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(200)
        self.view.setWrapping(True)
        self.view.setSpacing(0)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(not self._read_only)
        self.view.setAcceptDrops(not self._read_only)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropOverwriteMode(False)
        self.view.setModel(self.model)
        self.view.setItemDelegate(PhotoDelegate(
            self.model, mark if mark is not None else lambda: self.tr("[meeting]"), self))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setMinimumHeight(CELL_SIZE.height() + 8)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        # No Alt letter: the grid sits in the meeting editor too, whose fields take I and P;
        # Ctrl+I imports wherever the grid is.
        self.import_button = QPushButton(self.tr("Import photos…"))
        self.import_button.setToolTip(fill(self.tr(
            "Import photos from JPEG, PNG, WebP or HEIC files (%1); files can also be dropped "
            "on the grid"), IMPORT_SHORTCUT))
        self.view_action = QAction(self.tr("View"), self)
        self.view_action.setToolTip(self.tr("Show the photo full size (Enter)"))
        self.caption_action = QAction(self.tr("Edit caption and date…"), self)
        self.move_action = QAction(self.tr("Move to measure…"), self)
        self.meeting_action = QAction(self.tr("Attach to meeting…"), self)
        self.copy_action = QAction(self.tr("Save a copy…"), self)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.undo_action = QAction(self.tr("Undo"), self)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected photos (Del); Ctrl+Z puts "
                                              "them back"))
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("Photo"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        for action in (self.view_action, self.caption_action, self.move_action,
                       self.meeting_action, self.copy_action):
            more.addAction(action)
        self.more_button.setMenu(more)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.progress.hide()
        self.cancel_button.hide()

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.more_button)
        busy = QHBoxLayout()
        busy.setContentsMargins(0, 0, 0, 0)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addLayout(busy)

        self.import_button.clicked.connect(self.choose_files)
        self.delete_button.clicked.connect(self.delete_selected)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.view_action.triggered.connect(lambda: self.open_viewer())
        self.caption_action.triggered.connect(lambda: self.open_viewer(caption=True))
        self.move_action.triggered.connect(self.move_selected)
        self.meeting_action.triggered.connect(self.attach_selected)
        self.copy_action.triggered.connect(self.save_copy)
        self.delete_action.triggered.connect(self.delete_selected)
        self.undo_action.triggered.connect(self.undo)
        self.view.doubleClicked.connect(lambda index: self.open_viewer(index.row()))
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.reorder_requested.connect(self.reorder)
        self.model.files_dropped.connect(self.import_files)
        # Keys on the grid itself: Del and Enter mean something else in a list of measures.
        for key, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected),
                          (Qt.Key.Key_Return, self.open_viewer),
                          (Qt.Key.Key_Enter, self.open_viewer),
                          (Qt.Key.Key_F2, lambda: self.open_viewer(caption=True))):
            shortcut = QShortcut(QKeySequence(key), self.view, lambda s=slot: s())
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._update_buttons()

    # --- showing ------------------------------------------------------------------------------
    def load(self, target: GridTarget | None, photos: Sequence[Photo], *,
             marked: Sequence[int] = (), measures: Sequence[Measure] = (),
             meetings: Sequence[tuple[int, str]] = (),
             digits: DigitStyle = DigitStyle.THAI) -> None:
        """Show ``photos`` of ``target`` (None: nothing chosen, the grid is empty and idle).
        ``marked`` are the ids shown but not the target's own (a meeting's with a measure);
        ``measures`` and ``meetings`` (id, name) are where photos can be moved or attached."""
        chosen = {p.id for p in self.selected_photos()}
        self._target = target
        self._measures = [m for m in measures if m.id is not None]
        self._meetings = list(meetings)
        self._digits = digits
        self.model.set_photos(photos if target is not None else [], marked, digits)
        count = len(photos) if target is not None else 0
        self.heading.setText(apply_digits(fill(self.tr("Photos: %1"), count), digits)
                             if target is not None else "")
        selection = self.view.selectionModel()
        for row, photo in enumerate(self.model.photos()):
            if photo.id in chosen:
                selection.select(self.model.index(row),
                                 selection.SelectionFlag.Select)
        self._update_buttons()

    def selected_photos(self) -> list[Photo]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        return [photo for row in rows if (photo := self.model.photo(row)) is not None]

    def _own(self, photos: Sequence[Photo]) -> list[Photo]:
        """Of ``photos``, those the grid's target holds itself (a meeting's photo shown with
        a measure is moved or deleted in the meeting, not here)."""
        return [p for p in photos if not self.model.is_marked(p)]

    @property
    def importing(self) -> bool:
        return self._importing is not None and self._importing.running

    def _update_buttons(self) -> None:
        writable = not self._read_only and self._target is not None
        chosen = self.selected_photos()
        own = self._own(chosen)
        busy = self.importing
        self.import_button.setEnabled(writable and not busy)
        self.view.setAcceptDrops(writable)
        self.delete_button.setEnabled(writable and bool(own) and not busy)
        self.delete_action.setEnabled(self.delete_button.isEnabled())
        self.undo_action.setEnabled(not self._read_only and bool(self.undo_list))
        self.view_action.setEnabled(self.model.rowCount() > 0)
        self.caption_action.setEnabled(bool(chosen) and not self._read_only)
        self.copy_action.setEnabled(len(chosen) == 1)
        self.move_action.setEnabled(writable and bool(own) and bool(self._measures))
        self.move_action.setVisible(bool(self._measures))
        self.meeting_action.setEnabled(writable and bool(chosen) and bool(self._meetings)
                                       and self._target is not None
                                       and self._target.meeting_id is None)
        self.meeting_action.setVisible(self._target is None or self._target.meeting_id is None)

    def _context_menu(self, at: QPoint) -> None:
        index = self.view.indexAt(at)
        if index.isValid() and not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        self._update_buttons()
        menu = QMenu(self)
        for action in (self.view_action, self.caption_action, self.move_action,
                       self.meeting_action, self.copy_action, self.delete_action,
                       self.undo_action):
            if action.isVisible():
                menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(at))

    def _warn(self, title: str, exc: AppError) -> None:
        QMessageBox.warning(self, title, error_text(exc))

    # --- importing ----------------------------------------------------------------------------
    def choose_files(self) -> None:
        if self._target is None or self._read_only or self.importing:
            return
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import photos"), str(_start_folder()),
            fill(self.tr("Photos (%1)"), PHOTO_PATTERNS))
        if chosen:
            _LAST_FOLDER[:] = [Path(chosen[0]).parent]
            self.import_files([Path(name) for name in chosen])

    def import_files(self, paths: Sequence[Path]) -> Job | None:
        """Import ``paths`` into the grid's measure or meeting as a job; the summary at the
        end names every file skipped and why."""
        target = self._target
        if target is None or self.importing or self._read_only or not paths:
            return None
        try:
            known = evidence_service.known_photos(self.context.db, target.fiscal_year)
        except AppError as exc:
            self._warn(self.tr("Photos not imported"), exc)
            return None
        files = list(paths)
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress.setFormat(apply_digits("%v / %m", self._digits))
        self.progress.show()
        self.cancel_button.show()
        self._importing = self.context.jobs.start(
            lambda progress, cancelled: evidence_service.prepare_import(
                files, known, cancelled=cancelled, progress=progress),
            on_done=lambda prepared: self._store(target, prepared),
            on_error=self._import_failed, on_progress=self._progressed,
            on_cancelled=self._import_ended, owner=self)
        self._update_buttons()
        return self._importing

    def cancel_import(self) -> None:
        if self._importing is not None:
            self._importing.cancel()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setToolTip(text)

    def _import_ended(self) -> None:
        self._importing = None
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()

    def _store(self, target: GridTarget, prepared: evidence_service.PreparedImport) -> None:
        self._import_ended()
        try:
            outcome = evidence_service.store_import(
                self.context.db, target.fiscal_year, prepared, measure_id=target.measure_id,
                meeting_id=target.meeting_id)
        except AppError as exc:
            self._warn(self.tr("Photos not imported"), exc)
            return
        if outcome.added:
            self.changed.emit()
        self._summarise(outcome)

    def _summarise(self, outcome: evidence_service.ImportOutcome) -> None:
        added = apply_digits(str(len(outcome.added)), self._digits)
        if not outcome.skipped:
            QMessageBox.information(self, self.tr("Photos imported"),
                                    fill(self.tr("%1 photos were imported."), added))
            return
        lines = []
        for skipped in outcome.skipped:
            reason = error_text(skipped.reason)
            # The reasons name their file; one that does not gets the name in front.
            lines.append(f"• {reason}" if skipped.name in reason
                         else "• " + fill(self.tr("%1: %2"), skipped.name, reason))
        skipped = apply_digits(str(len(outcome.skipped)), self._digits)
        QMessageBox.warning(self, self.tr("Photos imported"), fill(
            self.tr("%1 photos were imported; %2 files were skipped:\n%3"), added, skipped,
            "\n".join(lines)))

    def _import_failed(self, exc: Exception) -> None:
        self._import_ended()
        if not isinstance(exc, AppError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self._warn(self.tr("Photos not imported"), exc)

    # --- order, place, removal ----------------------------------------------------------------
    def reorder(self, photo_ids: list[int]) -> None:
        if self._read_only or self._target is None or len(photo_ids) < 2:
            return
        if photo_ids == [p.id for p in self._own(self.model.photos())]:
            return
        try:
            evidence_service.reorder_photos(self.context.db, photo_ids)
        except AppError as exc:
            self._warn(self.tr("Order not changed"), exc)
        self.changed.emit()

    def move_selected(self) -> None:
        photos = self._own(self.selected_photos())
        target = self._target
        if not photos or self._read_only or target is None:
            return
        choices = [m for m in self._measures if m.id != target.measure_id]
        if not choices:
            return
        names = [apply_digits(f"{measure_label(m)} {m.title}", self._digits) for m in choices]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Move to measure"),
            apply_digits(fill(self.tr("Move %1 photos to the measure:"), len(photos)),
                         self._digits), names, 0, False)
        if not ok or chosen not in names:
            return
        self.move_to(photos, choices[names.index(chosen)])

    def move_to(self, photos: Sequence[Photo], measure: Measure) -> bool:
        ids = [p.id for p in photos if p.id is not None]
        if not ids or measure.id is None:
            return False
        try:
            evidence_service.move_photos(self.context.db, ids, measure.id)
        except AppError as exc:
            self._warn(self.tr("Photos not moved"), exc)
            return False
        self.changed.emit()
        return True

    def attach_selected(self) -> None:
        photos = self.selected_photos()
        if not photos or self._read_only or not self._meetings:
            return
        none = self.tr("No meeting")
        names = [none] + [name for _, name in self._meetings]
        current = photos[0].meeting_id
        start = next((i + 1 for i, (mid, _) in enumerate(self._meetings) if mid == current), 0)
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Attach to meeting"),
            apply_digits(fill(self.tr("The meeting %1 photos show:"), len(photos)),
                         self._digits), names, start, False)
        if not ok or chosen not in names:
            return
        index = names.index(chosen)
        meeting_id = self._meetings[index - 1][0] if index > 0 else None
        try:
            evidence_service.set_photo_meeting(
                self.context.db, [p.id for p in photos if p.id is not None], meeting_id)
        except AppError as exc:
            self._warn(self.tr("Photos not attached"), exc)
            return
        self.changed.emit()

    def delete_selected(self) -> None:
        photos = self._own(self.selected_photos())
        if not photos or self._read_only or self.importing:
            return
        ids = [p.id for p in photos if p.id is not None]
        try:
            evidence_service.remove_photos(self.context.db, ids)
        except AppError as exc:
            self._warn(self.tr("Photos not deleted"), exc)
            return
        db = self.context.db
        self.undo_list.push(lambda: evidence_service.restore_photos(db, ids))
        self.changed.emit()

    def undo(self) -> None:
        """Take back the last deletion (Ctrl+Z where the grid's owner puts it)."""
        if self._read_only:
            return
        try:
            done = self.undo_list.undo()
        except AppError as exc:
            self._warn(self.tr("Nothing was put back"), exc)
            done = True
        if done:
            self.changed.emit()

    def save_copy(self) -> None:
        photos = self.selected_photos()
        if len(photos) != 1 or photos[0].id is None:
            return
        photo = photos[0]
        name = Path(photo.name).with_suffix(".jpg").name
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the photo"), str(self.context.export_dir() / name),
            self.tr("JPEG pictures (*.jpg)"))
        if not chosen:
            return
        try:
            evidence_service.save_photo_copy(self.context.db, photo.id, Path(chosen))
        except AppError as exc:
            self._warn(self.tr("Copy not saved"), exc)

    # --- the viewer ---------------------------------------------------------------------------
    def open_viewer(self, row: int | None = None, *, caption: bool = False) -> None:
        """Show the photo at ``row`` (the current one when None) full size; ``caption`` puts
        the cursor in its caption."""
        if row is None or isinstance(row, bool):
            current = self.view.currentIndex()
            row = current.row() if current.isValid() else 0
        photos = self.model.photos()
        if not photos:
            return
        db = self.context.db
        viewer = PhotoViewer(
            photos, max(0, min(row, len(photos) - 1)),
            lambda photo_id: evidence_service.photo_picture(db, photo_id),
            None if self._read_only else self._save_details, self._digits, self,
            caption_first=caption and not self._read_only)
        viewer.exec()
        changed = viewer.photos() != photos
        shown = viewer.current()
        viewer.deleteLater()
        if changed:
            self.changed.emit()
        if shown is not None and shown.id is not None:
            at = self.model.row_of(shown.id)
            if at >= 0:
                self.view.setCurrentIndex(self.model.index(at))

    def _save_details(self, photo: Photo, caption: str, taken: datetime | None) -> Photo:
        assert photo.id is not None
        stored = photo
        if caption != photo.caption:
            stored = evidence_service.set_caption(self.context.db, photo.id, caption)
        if taken != photo.taken:
            stored = evidence_service.set_taken(self.context.db, photo.id, taken)
        return stored

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
