"""A roster person chosen by typing part of the name, or words typed where no one person fits.

The chair, the recorder and the checker of a meeting are roster people; a speaker or the one
who carries an action item may be a person or words ("เลขานุการฯ", "ทุกสายงาน"). One editable
combo box serves both: the list holds the roster, typing any part of a name narrows it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ita_desktop.domain.roster import Person
from ita_desktop.ui.common.forms import wheel_needs_focus


class PersonCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # Typed words stay words: they never become a new entry of the roster list.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        # Thai names are found by the first name as often as by the rank in front of it.
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        wheel_needs_focus(self)

    def set_people(self, people: Iterable[Person]) -> None:
        """Offer ``people`` (in the order given); what was chosen or typed is cleared."""
        self.blockSignals(True)
        self.clear()
        for person in people:
            if person.id is not None:
                self.addItem(person.display_name, person.id)
        self.setCurrentIndex(-1)
        self.setEditText("")
        self.blockSignals(False)

    def set_choice(self, person_id: int | None, words: str = "") -> None:
        index = self.findData(person_id) if person_id is not None else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(words)
        # A long rank and name (or words) in a narrow box reads from its start.
        self.lineEdit().setCursorPosition(0)

    def choice(self) -> tuple[int | None, str]:
        """(the person chosen, None) or (None, the words typed); both empty when nothing is."""
        text = self.currentText().strip()
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != text:
            index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if text and index >= 0:
            return int(self.itemData(index)), ""
        return None, " ".join(text.split())
