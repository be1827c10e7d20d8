"""The editor of one meeting of the committee: its heading (number, date, times, place, chair,
recorder and checker), the attendance, the agenda and (given the tab's context) the photos.

It edits a ``Meeting`` held on screen and says nothing of the database: the tab loads a
meeting into it (a stored one, or one the services started) and saves what ``meeting()`` reads
back, with the id and version it was loaded with. Field-level mistakes (a number that is not a
number, a date that does not read, a chair typed who is not in the roster) are refused here;
the meeting's rules are the services'.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits, to_arabic_digits
from ita_desktop.domain.meetings import AgendaItem, Meeting
from ita_desktop.domain.roster import Person
from ita_desktop.domain.thai_dates import ce_to_be
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.ui.calendar.agenda_panel import AgendaPanel
from ita_desktop.ui.calendar.attendance_panel import AttendancePanel
from ita_desktop.ui.calendar.meeting_photos import MeetingPhotos
from ita_desktop.ui.calendar.people_combo import PersonCombo
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, show_error
from ita_desktop.ui.common.thai_date_field import ThaiDateField
from ita_desktop.ui.shell.tab import TabContext

register({
    "meeting.bad_number": QT_TRANSLATE_NOOP(
        "Errors", "The meeting number \"%number\" is not a number: type N of ครั้งที่ N/YYYY."),
    "meeting.no_date": QT_TRANSLATE_NOOP(
        "Errors", "The meeting has no date: type the day it was held."),
    "meeting.not_in_roster": QT_TRANSLATE_NOOP(
        "Errors", "%field: \"%words\" is not in the roster. Choose a person from the list."),
})

# A time box cannot be empty: its lowest value, 00.00, stands for "no time yet" and shows as
# dashes (no meeting of the committee starts or ends at midnight).
_NO_TIME = QTime(0, 0)


def _time_box() -> QTimeEdit:
    box = QTimeEdit()
    box.setDisplayFormat("HH.mm")
    box.setMinimumTime(_NO_TIME)
    box.setSpecialValueText("--.--")
    return box


def _time_of(box: QTimeEdit) -> time | None:
    value = box.time()
    return None if value == _NO_TIME else time(value.hour(), value.minute())


def _named_in(items: Sequence[AgendaItem]) -> set[int | None]:
    """The roster people the agenda names as speakers or as doing an action item."""
    named: set[int | None] = set()
    for item in items:
        named.add(item.speaker_id)
        named.update(action.person_id for action in item.actions)
        named |= _named_in(item.items)
    return named


class MeetingEditor(QWidget):
    changed = Signal()
    """Something was edited (``is_dirty`` says whether the meeting now differs)."""

    def __init__(self, parent: QWidget | None = None, *,
                 context: TabContext | None = None) -> None:
        super().__init__(parent)
        self._loaded: Meeting | None = None
        self._people: dict[int, Person] = {}
        self._digits = DigitStyle.THAI
        self._loading = False

        self.number = QLineEdit()
        self.number.setMaximumWidth(70)
        self.number_year = QLabel()
        self.dated = ThaiDateField()
        self.start = _time_box()
        self.end = _time_box()
        self.subject = QLineEdit()
        self.place = QLineEdit()
        self.chair = PersonCombo()
        self.recorder = PersonCombo()
        self.checker = PersonCombo()
        for combo in (self.chair, self.recorder, self.checker):
            combo.lineEdit().setPlaceholderText(self.tr("Type part of a name"))

        # Two fields a row, five rows: in one row of number, date and both times and one of
        # the three people, the heading needed about 1056 pixels in Thai, more than the 3/5
        # of a 1366-pixel screen the meetings page gives the editor. The times carry no Alt
        # letter: the heading's and both parts' buttons and fields take all that are free
        # beside the window's own, and Tab reaches the times straight after the date.
        number_box = QHBoxLayout()
        number_box.setContentsMargins(0, 0, 0, 0)
        number_box.addWidget(self.number)
        number_box.addWidget(self.number_year, 1)
        times = QHBoxLayout()
        times.setContentsMargins(0, 0, 0, 0)
        times.addWidget(self.start)
        times.addSpacing(12)
        times.addWidget(self._label(self.tr("Ends:"), self.end))
        times.addWidget(self.end)
        times.addStretch(1)
        form = QGridLayout()
        form.addWidget(self._label(self.tr("&Number:"), self.number), 0, 0)
        form.addLayout(number_box, 0, 1)
        form.addWidget(self._label(self.tr("&Date:"), self.dated.edit), 0, 2)
        form.addWidget(self.dated, 0, 3)
        form.addWidget(self._label(self.tr("Starts:"), self.start), 1, 0)
        form.addLayout(times, 1, 1)
        form.addWidget(self._label(self.tr("&Place:"), self.place), 1, 2)
        form.addWidget(self.place, 1, 3)
        form.addWidget(self._label(self.tr("Sub&ject:"), self.subject), 2, 0)
        form.addWidget(self.subject, 2, 1, 1, 3)
        # The recorder above the checker, the two longest labels in one column: side by
        # side, they held the heading 30 pixels wider than the editor's room in Thai.
        form.addWidget(self._label(self.tr("Cha&ir:"), self.chair), 3, 0)
        form.addWidget(self.chair, 3, 1)
        form.addWidget(self._label(self.tr("Rec&order:"), self.recorder), 3, 2)
        form.addWidget(self.recorder, 3, 3)
        form.addWidget(self._label(self.tr("Chec&ker:"), self.checker), 4, 2)
        form.addWidget(self.checker, 4, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)

        self.attendance = AttendancePanel(lambda: self._people, lambda: self._digits)
        self.agenda = AgendaPanel(lambda: self._people, lambda: self._digits)
        self.pages = QTabWidget()
        # Frameless, as the Calendar tab's own pages: the frame's pixels went from the height
        # that a 768-pixel screen leaves the agenda.
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.attendance, self.tr("&Attendance"))
        self.pages.addTab(self.agenda, self.tr("A&genda"))
        # The photos are stored at once through the database the context holds; an editor
        # made without one (a test of the fields alone) has no photos page. No Alt letter:
        # P, H and O are taken by the heading's fields and the window's Help menu.
        self.photos: MeetingPhotos | None = None
        if context is not None:
            self.photos = MeetingPhotos(context)
            self.pages.addTab(self.photos, self.tr("Photos"))
            self.pages.currentChanged.connect(self._page_shown)
        self.errors = error_label()
        layout = QVBoxLayout(self)
        # The scroll area around the editor draws its frame: a narrow margin is enough, and
        # the default one's pixels made the agenda scroll on a 768-pixel screen.
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.errors)

        order = [self.number, self.dated.edit, self.start, self.end, self.place, self.subject,
                 self.chair, self.recorder, self.checker, self.pages]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.dated.edit.textChanged.connect(self._show_number_year)
        for signal in (self.number.textEdited, self.dated.edit.textEdited,
                       self.start.timeChanged, self.end.timeChanged, self.subject.textEdited,
                       self.place.textEdited, self.chair.editTextChanged,
                       self.chair.currentIndexChanged, self.recorder.editTextChanged,
                       self.recorder.currentIndexChanged, self.checker.editTextChanged,
                       self.checker.currentIndexChanged, self.attendance.changed,
                       self.agenda.changed):
            signal.connect(self._touched)
        self.setEnabled(False)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- loading ----------------------------------------------------------------------------
    def load(self, meeting: Meeting, people: Sequence[Person],
             digits: DigitStyle = DigitStyle.THAI) -> None:
        """Show ``meeting``; ``people`` is the roster, serving or not. Someone who has left
        the unit is offered only to a meeting that names them (as chair, speaker, …), so a
        stored meeting keeps them when it is edited; "Add from roster" never offers them."""
        self._loading = True
        try:
            self._loaded = meeting
            self._digits = digits
            self._people = {p.id: p for p in people if p.id is not None}
            named = {meeting.chair_id, meeting.recorder_id, meeting.checker_id,
                     *_named_in(meeting.agenda)}
            serving = [p for p in people if p.active and p.id is not None]
            kept = [p for p in people if not p.active and p.id in named]
            self.errors.hide()
            self.number.setText(apply_digits(str(meeting.number), digits))
            self.dated.set_digits(digits)
            self.dated.set_date(meeting.dated)
            self.start.setTime(self._qtime(meeting.start))
            self.end.setTime(self._qtime(meeting.end))
            self.subject.setText(meeting.subject)
            self.place.setText(meeting.place)
            # A long subject or place reads from its start, not from where typing would end.
            for edit in (self.subject, self.place):
                edit.setCursorPosition(0)
            for combo, person_id in ((self.chair, meeting.chair_id),
                                     (self.recorder, meeting.recorder_id),
                                     (self.checker, meeting.checker_id)):
                combo.set_people([*serving, *kept])
                combo.set_choice(person_id)
            self.attendance.load(meeting.attendees, serving)
            self.agenda.load(meeting.agenda, [*serving, *kept])
            self._show_number_year()
            if self.photos is not None:
                self.photos.load(meeting, now=self.pages.currentWidget() is self.photos)
            self.setEnabled(True)
        finally:
            self._loading = False

    def _page_shown(self) -> None:
        if self.photos is not None and self.pages.currentWidget() is self.photos:
            self.photos.reload_if_stale()

    @staticmethod
    def _qtime(value: time | None) -> QTime:
        return QTime(value.hour, value.minute) if value else _NO_TIME

    def _show_number_year(self) -> None:
        try:
            day = self.dated.date()
        except AppError:
            day = None
        # The year of ครั้งที่ N/YYYY is the B.E. calendar year of the date (not the fiscal
        # year): a meeting on 5 January is numbered in the new year.
        self.number_year.setText(apply_digits(f"/{ce_to_be(day.year)}", self._digits)
                                 if day else "/")

    def _touched(self, *_: object) -> None:
        if not self._loading and self._loaded is not None:
            self.changed.emit()

    # --- reading back -----------------------------------------------------------------------
    def is_dirty(self) -> bool:
        """True when what is on screen differs from the meeting loaded (a field that cannot
        be read counts as a change)."""
        if self._loaded is None:
            return False
        try:
            return self.meeting() != self._loaded
        except AppError:
            return True

    def _person(self, combo: PersonCombo, field: str) -> int | None:
        person_id, words = combo.choice()
        if words:
            raise AppError("meeting.not_in_roster", field=field, words=words)
        return person_id

    def meeting(self) -> Meeting:
        """The meeting as on screen, with the id and version it was loaded with; an
        ``AppError`` when a field cannot be read."""
        if self._loaded is None:
            raise ValueError("no meeting is loaded")
        typed = to_arabic_digits(self.number.text().strip())
        if not typed.isdigit():
            raise AppError("meeting.bad_number", number=self.number.text().strip())
        dated = self.dated.date()
        if dated is None:
            raise AppError("meeting.no_date")
        return replace(
            self._loaded, number=int(typed), dated=dated,
            subject=" ".join(self.subject.text().split()),
            place=" ".join(self.place.text().split()),
            start=_time_of(self.start), end=_time_of(self.end),
            chair_id=self._person(self.chair, self.tr("Chair")),
            recorder_id=self._person(self.recorder, self.tr("Recorder")),
            checker_id=self._person(self.checker, self.tr("Checker")),
            attendees=self.attendance.attendees(), agenda=self.agenda.items())

    def show_problem(self, exc: AppError) -> None:
        """Say on the editor's error line why the meeting cannot be read or saved."""
        show_error(self.errors, error_text(exc))
