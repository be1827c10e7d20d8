"""The Calendar tab's meetings page: the year's meetings, the editor of the one selected, the
action items still open, and the minutes and attendance sheet exported and signed off in the
window's Export dialog.

A new meeting starts as a draft the services build (the next number, the committee in force
present, the default agenda with the open action items as matters arising); "Next meeting"
starts from the selected one (its people, place and directives). Nothing is stored until Save
(Ctrl+S). Marking an action item done is stored at once: it is followed up after the minutes,
also once they are signed off.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import apply_digits
from ita_desktop.domain.fiscal import fiscal_year_bounds
from ita_desktop.domain.meetings import Meeting, OpenAction, register_key
from ita_desktop.domain.signoff import Subject, SubjectKind
from ita_desktop.domain.thai_dates import DateForm, format_thai_date, parse_thai_date
from ita_desktop.errors import AppError
from ita_desktop.services import meetings as meetings_service
from ita_desktop.store.meetings import MeetingChangedMeanwhileError, MeetingRepository
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.calendar.meeting_editor import MeetingEditor
from ita_desktop.ui.common.editor_pane import editor_pane
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill, pad_rows_for_thai
from ita_desktop.ui.common.unsaved import may_leave
from ita_desktop.ui.shell.tab import TabContext


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(True)
    pad_rows_for_thai(table)
    return table


class MeetingsPage(QWidget):
    def __init__(self, context: TabContext, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self._read_only = context.db.read_only
        self._meetings: list[Meeting] = []
        self._open: list[OpenAction] = []
        self._draft: Meeting | None = None
        """The meeting in the editor (a stored one, or a new draft not yet saved)."""

        # The page's buttons carry no Alt letters: the meeting editor beside them uses nearly
        # every letter (Number, Place, Text, sub-item, item…), and Alt+N, Alt+P, Alt+X, Alt+S
        # and Alt+M each reached two widgets. Save is Ctrl+S, the window's.
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.meetings = _table([self.tr("Meeting"), self.tr("Date"), self.tr("Place")])
        self.new_button = QPushButton(self.tr("New meeting"))
        self.next_button = QPushButton(self.tr("Next meeting from this one"))
        self.next_button.setToolTip(self.tr(
            "A new meeting with the same people, place and recorders, the chair's directives "
            "and the open action items as matters arising"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.export_button = QPushButton(self.tr("Export…"))
        export_menu = QMenu(self.export_button)
        self.export_minutes_action = export_menu.addAction(
            self.tr("The minutes (PDF, DOCX), to sign off…"))
        self.export_sheet_action = export_menu.addAction(
            self.tr("The attendance sheet (PDF, DOCX, XLSX)…"))
        self.export_button.setMenu(export_menu)
        # Two rows: in one, the four buttons held the list 470 pixels wide in Thai, which the
        # meeting editor beside it needs more.
        starting = QHBoxLayout()
        starting.addWidget(self.new_button)
        starting.addWidget(self.next_button)
        starting.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.actions_heading = QLabel()
        self.actions_heading.setWordWrap(True)
        # Two columns, the action's words wrapped under each other: in four (due, what, who,
        # from meeting) the list's 360 pixels showed "what" only by scrolling sideways.
        self.actions = _table([self.tr("Due"), self.tr("Action item")])
        self.actions.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.actions.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        # Thai marks above and below a line need room the rows sized to their text lack.
        self.actions.setStyleSheet("QTableView::item { padding-top: 3px; padding-bottom: 4px; }")
        self.done_button = QPushButton(self.tr("Mark done…"))
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.meetings, 2)
        left_layout.addLayout(starting)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.actions_heading)
        left_layout.addWidget(self.actions, 1)
        left_layout.addLayout(done_row)

        self.editor = MeetingEditor(context=context)
        self.save_button = QPushButton(self.tr("Save meeting"))
        self.save_button.setToolTip(self.tr("Save the meeting (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Undo changes"))
        # Scrolled sideways when the window is narrower than the editor: with the bar off, the
        # start time, the checker and the attendance column of presence were cut off unseen
        # on a 1366-pixel laptop screen.
        right = editor_pane(self.editor, self.revert_button, self.save_button, sideways=True)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        # The editor takes what the list does not need: the list reads in 360 pixels, the
        # editor's rows want a thousand.
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 1000])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.meetings.itemSelectionChanged.connect(self._meeting_selected)
        self.actions.itemSelectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self.new_meeting)
        self.next_button.clicked.connect(self.next_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.export_minutes_action.triggered.connect(lambda: self.export("meeting-minutes"))
        self.export_sheet_action.triggered.connect(lambda: self.export("attendance-sheet"))
        self.done_button.clicked.connect(self.mark_done)
        self.save_button.clicked.connect(self.save_changes)
        self.revert_button.clicked.connect(self.discard_changes)
        self.editor.changed.connect(self._update_buttons)

    # --- showing ----------------------------------------------------------------------------
    def _shown(self, text: object) -> str:
        return apply_digits(str(text), self.context.digits())

    def _day(self, day: date) -> str:
        return format_thai_date(day, DateForm.ABBR, self.context.digits())

    def _people(self) -> list:  # type: ignore[type-arg]
        return PeopleRepository(self.context.db).all()

    @property
    def dirty(self) -> bool:
        return self._draft is not None and self.editor.is_dirty()

    def refresh(self, select_id: int | None = None) -> None:
        """The year's meetings and open action items again, and the meeting ``select_id`` (or
        the one selected) in the editor, unless the editor holds unsaved changes."""
        db = self.context.db
        year = self.context.year()
        if select_id is None and self._draft is not None:
            select_id = self._draft.id
        self._meetings = meetings_service.meetings_of_year(db, year)
        repo = MeetingRepository(db)
        self.heading.setText(self._shown(fill(self.tr("Meetings of fiscal year %1"), year)))
        self.meetings.blockSignals(True)
        self.meetings.setRowCount(len(self._meetings))
        select_row = -1
        for row, meeting in enumerate(self._meetings):
            number = meeting.number_text(self.context.digits())
            if repo.signed_off(meeting):
                number = fill(self.tr("%1 (signed off)"), number)
            for column, text in enumerate((number, self._day(meeting.dated), meeting.place)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(meeting.subject)
                self.meetings.setItem(row, column, cell)
            if meeting.id == select_id:
                select_row = row
        self.meetings.resizeColumnsToContents()
        self.meetings.resizeRowsToContents()
        self.meetings.blockSignals(False)
        self._show_open_actions()
        if not self.dirty:
            if select_row < 0 and self._meetings:
                select_row = len(self._meetings) - 1
            if select_row >= 0:
                self.meetings.selectRow(select_row)
                self._load(self._meetings[select_row])
            else:
                self._load(None)
        self._update_buttons()

    def _show_open_actions(self) -> None:
        self._open = meetings_service.open_actions(self.context.db, self.context.year())
        names = {p.id: p.display_name for p in self._people()}
        today = self._today()
        self.actions_heading.setText(self._shown(fill(
            self.tr("Open action items: %1 (carried into each next meeting until done)"),
            len(self._open))))
        self.actions.setRowCount(len(self._open))
        for row, item in enumerate(self._open):
            action = item.action
            due = self._day(action.due) if action.due else self.tr("no date")
            if action.due is not None and action.due < today:
                due = fill(self.tr("%1 — late"), due)
            who = (names.get(action.person_id, "") if action.person_id is not None
                   else action.who_text)
            number = item.meeting.number_text(self.context.digits())
            words = fill(self.tr("%1\n%2, meeting %3"), action.what, who, number) if who \
                else fill(self.tr("%1\nmeeting %2"), action.what, number)
            cells = (due, words)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(action.what)
                if action.due is not None and action.due < today:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.actions.setItem(row, column, cell)

    def _load(self, meeting: Meeting | None) -> None:
        self._draft = meeting
        if meeting is None:
            self.editor.setEnabled(False)
            return
        self.editor.load(meeting, self._people(), self.context.digits())
        self.editor.setEnabled(True)

    def selected_meeting(self) -> Meeting | None:
        rows = self.meetings.selectionModel().selectedRows()
        return self._meetings[rows[0].row()] if rows else None

    def select_meeting(self, meeting_id: int) -> bool:
        """Show the stored meeting ``meeting_id`` (asking first about unsaved changes); False
        only when the year has no such meeting. Kept on the meeting being edited because the
        user chose Cancel is not "gone": saying so would tell them it was deleted."""
        row = next((r for r, m in enumerate(self._meetings) if m.id == meeting_id), -1)
        if row < 0:
            return False
        self.meetings.selectRow(row)
        return True

    def select_action(self, action_id: int) -> bool:
        """Show the meeting that decided action item ``action_id``."""
        try:
            decided = MeetingRepository(self.context.db).meeting_of_action(action_id)
        except AppError:
            return False
        return decided.id is not None and self.select_meeting(decided.id)

    def _update_buttons(self) -> None:
        writable = not self._read_only
        selected = self.selected_meeting()
        self.new_button.setEnabled(writable)
        self.next_button.setEnabled(writable and selected is not None)
        self.delete_button.setEnabled(writable and selected is not None)
        self.export_button.setEnabled(selected is not None)
        self.done_button.setEnabled(writable and bool(self.actions.selectionModel()
                                                      .selectedRows()))
        self.save_button.setEnabled(writable and self._draft is not None)
        self.revert_button.setEnabled(self.dirty)

    def _meeting_selected(self) -> None:
        meeting = self.selected_meeting()
        current = self._draft
        if meeting is None or (current is not None and current.id == meeting.id
                               and current.version == meeting.version and not self.dirty):
            self._update_buttons()
            return
        if self.dirty and not self._may_leave_draft():
            self.meetings.blockSignals(True)
            row = next((r for r, m in enumerate(self._meetings)
                        if current is not None and m.id == current.id), -1)
            if row >= 0:
                self.meetings.selectRow(row)
            else:
                self.meetings.clearSelection()
            self.meetings.blockSignals(False)
            return
        self._load(meeting)
        self._update_buttons()

    def _may_leave_draft(self) -> bool:
        return may_leave(
            self, self.tr("Unsaved changes"),
            self.tr("The meeting being edited has changes that are not saved. Save them?"),
            self.save_changes, self.discard_changes)

    # --- starting meetings -------------------------------------------------------------------
    def _day_in_year(self) -> date:
        first, last = fiscal_year_bounds(self.context.year())
        return min(max(self._today(), first), last)

    def _start(self, make: Callable[[], Meeting]) -> bool:
        if self.dirty and not self._may_leave_draft():
            return False
        try:
            draft = make()
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Cannot start the meeting"), error_text(exc))
            return False
        self.meetings.blockSignals(True)
        self.meetings.clearSelection()
        self.meetings.blockSignals(False)
        self._load(draft)
        self._update_buttons()
        return True

    def new_meeting(self) -> None:
        year, day = self.context.year(), self._day_in_year()
        self._start(lambda: meetings_service.new_meeting(self.context.db, year, day))

    def next_meeting(self) -> None:
        previous = self.selected_meeting()
        if previous is None or previous.id is None:
            return
        previous_id = previous.id
        day = max(self._day_in_year(), previous.dated)
        self._start(lambda: meetings_service.next_meeting(self.context.db, previous_id, day))

    def delete_meeting(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None or meeting.id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete meeting"), fill(
            self.tr("Delete meeting %1 of %2 with its attendance, agenda and action items? "
                    "Only a meeting typed by mistake should be deleted."),
            meeting.number_text(self.context.digits()), self._day(meeting.dated)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            meetings_service.delete_meeting(self.context.db, meeting.id, meeting.version)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Meeting not deleted"), error_text(exc))
            return
        self._draft = None
        self.refresh()

    def mark_done(self) -> None:
        rows = self.actions.selectionModel().selectedRows()
        if not rows:
            return
        chosen = self._open[rows[0].row()]
        action, decided_id = chosen.action, chosen.meeting.id
        if action.id is None:
            return
        if self.dirty and self._draft is not None and self._draft.id == decided_id:
            # Marking done moves the meeting's version on: edits left on screen could then
            # only be thrown away ("changed meanwhile"), and saving them would undo the mark.
            if not self._may_leave_draft():
                return
            action_id = action.id
            found = next((o.action for o in self._open if o.action.id == action_id), None)
            if found is None:
                return  # the saved edits removed the action or marked it done themselves
            action = found
        text, ok = QInputDialog.getText(
            self, self.tr("Mark done"),
            fill(self.tr("'%1' was done on (day month year):"), action.what),
            text=self._day(self._today()))
        if not ok:
            return
        try:
            done_on = parse_thai_date(text)
            saved = meetings_service.set_action_done(self.context.db, action.id, done_on)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Not marked done"), error_text(exc))
            return
        if self._draft is not None and self._draft.id == saved.id and not self.dirty:
            self._draft = saved
        self.refresh(self._draft.id if self._draft is not None else None)

    # --- export ------------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        from ita_desktop.ui.reports.export_dialog import ExportDialog

        if self.dirty and not self._may_leave_draft():
            return
        meeting = self.selected_meeting()
        if meeting is None:
            return
        dialog = ExportDialog(self.context.db, meeting.fiscal_year, self.context.digits(),
                              self.context.export_dir(), self.context.english, self,
                              runner=self.context.jobs, kind=kind,
                              subject=Subject(SubjectKind.MEETING, register_key(meeting)))
        dialog.exec()
        dialog.deleteLater()
        self.refresh(meeting.id)

    # --- the page's part of the tab contract -------------------------------------------------
    def unsaved_changes(self) -> list[str]:
        if not self.dirty or self._draft is None:
            return []
        if self._draft.id is None:
            return [self.tr("a new meeting")]
        return [fill(self.tr("meeting %1"), self._draft.number_text(self.context.digits()))]

    def save_changes(self) -> bool:
        if self._read_only or self._draft is None:
            return not self.dirty
        try:
            meeting = self.editor.meeting()
            saved = meetings_service.save_meeting(self.context.db, meeting)
        except MeetingChangedMeanwhileError as exc:
            answer = QMessageBox.question(
                self, self.tr("Changed meanwhile"),
                error_text(exc) + "\n\n" + self.tr("Show the meeting as it is saved now? "
                                                   "Your changes on screen are then lost."))
            if answer == QMessageBox.StandardButton.Yes and self._draft.id is not None:
                self._load(meetings_service.meeting(self.context.db, self._draft.id))
                self.refresh(self._draft.id)
            return False
        except meetings_service.MeetingProblemsError as exc:
            self.editor.show_problem(AppError("meetings.problems", findings="\n".join(
                f"• {error_text(finding)}" for finding in exc.findings)))
            return False
        except AppError as exc:
            self.editor.show_problem(exc)
            return False
        self._load(saved)
        if saved.fiscal_year != self.context.year():
            QMessageBox.information(self, self.tr("Meeting saved"), fill(
                self.tr("Meeting %1 is saved with fiscal year %2: choose that year to see it."),
                saved.number_text(self.context.digits()), self._shown(saved.fiscal_year)))
        self.refresh(saved.id)
        return True

    def discard_changes(self) -> None:
        draft = self._draft
        self._draft = None
        if draft is not None and draft.id is not None:
            self.refresh(draft.id)
        else:
            self.refresh()
