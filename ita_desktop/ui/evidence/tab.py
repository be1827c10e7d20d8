"""The "Photo evidence" tab: the year's integrity measures (O23) under their three areas, the
measure chosen in an editor, and under it the grid of its photos (with those of the meeting it
reports on), which the results report (O24/O25) prints.

A year without measures shows one panel offering to start them: from the last year that has
measures (carried forward without results, photos or meetings), or from the standard measures
of the unit's kind. A measure is stored on Save (Ctrl+S, the window's) with unsaved changes
asked about like the OIT plan; adding, deleting (undo: Ctrl+Z), moving and every photo change
are stored at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import apply_digits
from ita_desktop.domain.evidence import AREAS, Area, EvidenceYear, Measure
from ita_desktop.domain.meetings import Meeting
from ita_desktop.domain.roster import Person
from ita_desktop.errors import AppError
from ita_desktop.services import evidence as evidence_service
from ita_desktop.services import meetings as meetings_service
from ita_desktop.store.errors import ChangedMeanwhileError
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.common.changed_meanwhile import ask_show_saved
from ita_desktop.ui.common.editor_pane import editor_pane
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill
from ita_desktop.ui.common.photo_grid import IMPORT_SHORTCUT, GridTarget, PhotoGrid
from ita_desktop.ui.common.undo_list import UndoList
from ita_desktop.ui.common.unsaved import may_leave
from ita_desktop.ui.evidence.documents_menu import DocumentsButton
from ita_desktop.ui.evidence.measure_editor import MeasureEditor
from ita_desktop.ui.evidence.measures_list import MeasuresTree
from ita_desktop.ui.evidence.start_panel import StartPanel
from ita_desktop.ui.evidence.words import meeting_name
from ita_desktop.ui.oit.words import problems_text
from ita_desktop.ui.shell.tab import Tab, TabContext


class EvidenceTab(Tab):
    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._read_only = context.db.read_only
        self._year: EvidenceYear | None = None
        self._people: list[Person] = []
        self._meetings: list[Meeting] = []
        self.undo_list = UndoList()

        self.start = StartPanel()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.documents = DocumentsButton(context, self._may_make_documents)
        self.tree = MeasuresTree()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Add a measure at the end of the area in focus"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the measure and its own photos (Del on "
                                              "the list); Ctrl+Z puts them back"))
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setToolTip(self.tr("Move the measure up, into the area above from the "
                                          "top of its area (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setToolTip(self.tr("Move the measure down, into the area below from "
                                            "the bottom of its area (Alt+Down)"))
        head_row = QHBoxLayout()
        head_row.addWidget(self.heading, 1)
        head_row.addWidget(self.documents)
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            list_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(head_row)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(list_buttons)

        self.editor = MeasureEditor()
        self.save_button = QPushButton(self.tr("Save measure"))
        self.save_button.setToolTip(self.tr("Save the measure (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.grid = PhotoGrid(context, self.undo_list)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(editor_pane(self.editor, self.revert_button, self.save_button))
        right.addWidget(self.grid)
        right.setChildrenCollapsible(False)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setSizes([330, 300])

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 940])
        splitter.setChildrenCollapsible(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start)
        self.pages.addWidget(splitter)
        self._main = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        for key, slot in ((IMPORT_SHORTCUT, self.grid.choose_files),
                          (QKeySequence.StandardKey.Undo, self.undo)):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for key, slot in ((QKeySequence.StandardKey.Delete, self.delete_measure),
                          ("Alt+Up", self.move_up), ("Alt+Down", self.move_down)):
            shortcut = QShortcut(QKeySequence(key), self.tree, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.start.carry_button.clicked.connect(lambda: self.start_measures(carry=True))
        self.start.standard_button.clicked.connect(lambda: self.start_measures(carry=False))
        # On the selection, not the current item: a click makes the item current on the press
        # and selects it on the release, so a Cancel answered on the press was undone by the
        # release and the list showed another measure than the form.
        self.tree.itemSelectionChanged.connect(self._current_changed)
        self.tree.photos_dropped.connect(self._photos_dropped)
        self.add_button.clicked.connect(self.add_measure)
        self.delete_button.clicked.connect(self.delete_measure)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.save_button.clicked.connect(self.save_changes)
        self.revert_button.clicked.connect(self.discard_changes)
        self.editor.changed.connect(self._update_buttons)
        self.grid.changed.connect(self.refresh)
        self.refresh()

    # --- showing ------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.editor.is_dirty()

    def current_measure(self) -> Measure | None:
        """The measure in focus, as stored."""
        measure_id = self.tree.current_id()
        if self._year is None or measure_id is None:
            return None
        return next((m for m in self._year.measures if m.id == measure_id), None)

    def _meeting_choices(self) -> list[tuple[int, str]]:
        digits = self.context.digits()
        return [(m.id, meeting_name(m, digits)) for m in self._meetings if m.id is not None]

    def refresh(self) -> None:
        """The year's measures and photos again; the measure in focus stays, and an editor
        with unsaved changes keeps them."""
        db, fiscal_year, digits = self.context.db, self.context.year(), self.context.digits()
        self._people = PeopleRepository(db).all()
        try:
            self._meetings = meetings_service.meetings_of_year(db, fiscal_year)
            self._year = evidence_service.evidence_year(db, fiscal_year)
        except AppError as exc:
            self._year = None
            self.pages.setCurrentWidget(self._main)
            self.heading.setText(fill(self.tr("The measures of fiscal year %1 cannot be "
                                              "shown: %2"), apply_digits(str(fiscal_year),
                                                                         digits),
                                      error_text(exc)))
            self.tree.load([], {}, digits)
            self._load(None)
            return
        if not self._year.measures:
            self._show_start(fiscal_year)
            return
        self.pages.setCurrentWidget(self._main)
        self.heading.setText(apply_digits(fill(self.tr("Integrity measures of fiscal year %1"),
                                               fiscal_year), digits))
        counts = {m.id: len(self._year.photos_of(m)) for m in self._year.measures
                  if m.id is not None}
        shown = self.editor.measure_loaded
        self.tree.blockSignals(True)
        self.tree.load(self._year.measures, counts, digits)
        chosen = shown.id if shown is not None else None
        if chosen is None or not self.tree.select_measure(chosen):
            self.tree.select_measure(self.tree.first_measure())
        self.tree.blockSignals(False)
        measure = self.current_measure()
        if not self.dirty:
            self._load(measure)
        else:
            self._load_grid(measure)
        self._update_buttons()

    def _show_start(self, fiscal_year: int) -> None:
        self._load(None)
        try:
            last = evidence_service.last_year_with_measures(self.context.db, fiscal_year)
        except AppError:
            last = None
        self.start.offer(fiscal_year, last, self.context.digits(), writable=not self._read_only)
        self.pages.setCurrentWidget(self.start)

    def _load(self, measure: Measure | None) -> None:
        self.editor.load(measure, self._people, self._meeting_choices(), self.context.digits())
        self._load_grid(measure)
        self._update_buttons()

    def _load_grid(self, measure: Measure | None) -> None:
        year = self._year
        if year is None or measure is None or measure.id is None:
            self.grid.load(None, [])
            return
        photos = year.photos_of(measure)
        self.grid.load(GridTarget(year.fiscal_year, measure_id=measure.id), photos,
                       marked=[p.id for p in photos if p.measure_id != measure.id
                               and p.id is not None],
                       measures=year.measures, meetings=self._meeting_choices(),
                       digits=self.context.digits())

    def _update_buttons(self) -> None:
        writable = not self._read_only and self._year is not None
        chosen = self.current_measure() is not None
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and chosen)
        self.up_button.setEnabled(writable and chosen)
        self.down_button.setEnabled(writable and chosen)
        self.save_button.setEnabled(writable and self.editor.measure_loaded is not None)
        self.revert_button.setEnabled(self.dirty)

    def _current_changed(self, *_: object) -> None:
        measure = self.current_measure()
        shown = self.editor.measure_loaded
        if measure is None or (shown is not None and shown.id == measure.id):
            self._update_buttons()
            return
        if self.dirty and not self.may_leave_measure():
            self.tree.blockSignals(True)
            self.tree.select_measure(shown.id if shown is not None else None)
            self.tree.blockSignals(False)
            return
        self._load(measure)

    def may_leave_measure(self, *, cancellable: bool = True) -> bool:
        shown = self.editor.measure_loaded
        return may_leave(
            self, self.tr("Unsaved changes"),
            fill(self.tr("The measure \"%1\" has changes that are not saved. Save them?"),
                 shown.title if shown is not None else ""),
            self.save_changes, self.discard_changes, cancellable=cancellable)

    def _may_make_documents(self) -> bool:
        return not self.dirty or self.may_leave_measure()

    # --- starting, adding, deleting, moving ---------------------------------------------------
    def start_measures(self, *, carry: bool) -> None:
        if self._read_only:
            return
        fiscal_year = self.context.year()
        try:
            evidence_service.start_measures(
                self.context.db, fiscal_year,
                from_year=self.start.last_year if carry else None)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Measures not started"), problems_text(exc))
        self.refresh()

    def add_measure(self) -> None:
        if self._read_only or self._year is None:
            return
        if self.dirty and not self.may_leave_measure():
            return
        title, ok = QInputDialog.getText(self, self.tr("Add a measure"), self.tr(
            "What is developed (the \"ด้าน\" column):"))
        if not ok or not title.strip():
            return
        area = self.tree.current_area() or Area.SERVICE
        try:
            saved = evidence_service.save_measure(self.context.db, Measure(
                fiscal_year=self._year.fiscal_year, area=area, title=" ".join(title.split())))
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Measure not added"), problems_text(exc))
            return
        self._show_stored(saved.id)

    def _show_stored(self, measure_id: int | None) -> None:
        """Read the year again and put ``measure_id`` in the editor, as stored now."""
        self._load(None)
        self.refresh()
        if measure_id is not None and self.tree.select_measure(measure_id):
            self._load(self.current_measure())

    def delete_measure(self) -> None:
        measure = self.current_measure()
        if measure is None or measure.id is None or self._read_only:
            return
        try:
            evidence_service.delete_measure(self.context.db, measure.id)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Measure not deleted"), error_text(exc))
            return
        db, measure_id = self.context.db, measure.id
        self.undo_list.push(lambda: evidence_service.restore_measure(db, measure_id))
        self._load(None)
        self.refresh()

    def undo(self) -> None:
        """Ctrl+Z: put back the measure or the photos deleted last."""
        self.grid.undo()

    def _neighbour_place(self, measure: Measure, step: int) -> tuple[Area, int] | None:
        """Where ``measure`` goes one step up (-1) or down (+1): within its area, or at the
        end of the area above / the start of the area below."""
        assert self._year is not None
        count = len(self._year.in_area(measure.area))
        position = measure.position + step
        if 0 <= position < count:
            return measure.area, position
        index = AREAS.index(measure.area) + step
        if not 0 <= index < len(AREAS):
            return None
        area = AREAS[index]
        return area, (len(self._year.in_area(area)) if step < 0 else 0)

    def _move(self, step: int) -> None:
        measure = self.current_measure()
        if measure is None or measure.id is None or self._read_only:
            return
        if self.dirty and not self.may_leave_measure():
            return
        place = self._neighbour_place(measure, step)
        if place is None:
            return
        try:
            evidence_service.move_measure(self.context.db, measure.id, *place)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Measure not moved"), error_text(exc))
        self._show_stored(measure.id)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(+1)

    def _photos_dropped(self, photo_ids: list[int], measure_id: int) -> None:
        if self._year is None or self._read_only:
            return
        shown = self.editor.measure_loaded
        if shown is not None and shown.id == measure_id:
            return
        own = [i for i in photo_ids
               if any(p.id == i and p.measure_id is not None for p in self._year.photos)]
        measure = next((m for m in self._year.measures if m.id == measure_id), None)
        if own and measure is not None:
            self.grid.move_to([p for p in self._year.photos if p.id in own], measure)

    # --- the tab contract ---------------------------------------------------------------------
    def year_changed(self, year: int) -> None:
        del year  # read from the context
        # The measure on screen belongs to the year left: saved or dropped now (a save
        # refused keeps it in the editor with the reason).
        if self.dirty:
            self.may_leave_measure(cancellable=False)
        self.undo_list.clear()  # an undo reaches the year it was done in, no other
        self._load(None)
        self.refresh()

    def digits_changed(self, digits: object) -> None:
        self.refresh()

    def unsaved_changes(self) -> list[str]:
        shown = self.editor.measure_loaded
        if not self.dirty or shown is None:
            return []
        return [fill(self.tr("the integrity measure \"%1\""), shown.title)]

    def save_changes(self) -> bool:
        shown = self.editor.measure_loaded
        if self._read_only or shown is None:
            return not self.dirty
        try:
            saved = evidence_service.save_measure(self.context.db, self.editor.measure())
        except ChangedMeanwhileError as exc:
            if ask_show_saved(self, exc, self.tr("the measure on screen")):
                self._show_stored(shown.id)
            return False
        except AppError as exc:
            self.editor.show_problem(problems_text(exc))
            return False
        self._show_stored(saved.id)
        return True

    def discard_changes(self) -> None:
        shown = self.editor.measure_loaded
        if shown is not None:
            stored = self.current_measure()
            self._load(stored if stored is not None and stored.id == shown.id else shown)
        self._update_buttons()
