"""The unit profile form: names, kind, parent bureau, contacts, commander, emblem and the
heads of the sections."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.roster import Person
from ita_desktop.domain.section_heads import (
    HeadStatus,
    SectionHead,
    resolve_section_heads,
    suggest_head,
)
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.domain.units import UNIT_KINDS, UnitKind, section_by_key
from ita_desktop.errors import AppError
from ita_desktop.media.images import IMAGE_PATTERNS, ImageFileError
from ita_desktop.services import unit as unit_service
from ita_desktop.store.errors import ChangedMeanwhileError, ProblemsError
from ita_desktop.store.unit import UnitRepository
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, fill, show_error, wheel_needs_focus
from ita_desktop.ui.common.problem_text import problems_text

EMBLEM_PREVIEW = 96


class UnitForm(QWidget):
    """Edits the unit profile; ``Save`` writes it in one transaction, ``Revert`` reloads."""

    saved = Signal()

    def __init__(self, units: UnitRepository, *, english: bool = False,
                 digits: Callable[[], DigitStyle] = lambda: DigitStyle.THAI,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._units = units
        self._english = english
        self._digits = digits
        self._loading = False
        # Section key -> person id as stored, and each section's head as resolved against the
        # roster: the combos start from these, and a stale record is kept until replaced.
        self._recorded: dict[str, int] = {}
        self._resolved: dict[str, SectionHead] = {}
        self.head_combos: dict[str, QComboBox] = {}
        self._as_of: date | None = None
        # The revision of the profile the form was filled from (0: none saved yet): a save
        # over someone else's later one is refused (store.unit_changed_meanwhile).
        self._version = 0
        # A window that opened the file read-only (another window or PC has it open for
        # changes): the profile is shown, not offered for editing, since every save would be
        # refused after the typing.
        self._read_only = units.db.read_only

        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("e.g. ตรวจคนเข้าเมืองจังหวัด…"))
        self.short_name = QLineEdit()
        self.short_name.setPlaceholderText(self.tr("e.g. ตม.จว.…"))
        self.kind = QComboBox()
        for kind, info in UNIT_KINDS.items():
            self.kind.addItem(info.english if english else info.thai, str(kind))
        self.parent_bureau = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(70)
        self.address.setTabChangesFocus(True)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.website = QLineEdit()
        self.commander = QComboBox()
        # The form scrolls: a wheel turn meant for it must not change a combo it passes over.
        for combo in (self.kind, self.commander):
            wheel_needs_focus(combo)

        self.emblem_view = QLabel()
        self.emblem_view.setFixedSize(EMBLEM_PREVIEW, EMBLEM_PREVIEW)
        self.emblem_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emblem_view.setStyleSheet("border: 1px solid #bbb; background: white;")
        self.emblem_import = QPushButton(self.tr("Import image…"))
        self.emblem_remove = QPushButton(self.tr("Remove"))
        self.emblem_note = QLabel()
        self.emblem_note.setWordWrap(True)
        emblem_buttons = QVBoxLayout()
        emblem_buttons.addWidget(self.emblem_import)
        emblem_buttons.addWidget(self.emblem_remove)
        emblem_buttons.addStretch(1)
        emblem_row = QHBoxLayout()
        emblem_row.addWidget(self.emblem_view)
        emblem_row.addLayout(emblem_buttons)
        emblem_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Full &name"), self.full_name)
        form.addRow(self.tr("Sh&ort name"), self.short_name)
        form.addRow(self.tr("&Kind of unit"), self.kind)
        form.addRow(self.tr("Parent &bureau"), self.parent_bureau)
        form.addRow(self.tr("A&ddress"), self.address)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("&Website"), self.website)
        form.addRow(self.tr("Commandin&g officer"), self.commander)
        form.addRow(self.tr("Emblem"), emblem_row)
        form.addRow("", self.emblem_note)
        self.as_of = QLabel()
        self.as_of.setToolTip(self.tr("The fact sheet and the roster print this date: the last "
                                      "day the profile, a section head or the roster changed."))
        form.addRow(self.tr("Data as of"), self.as_of)

        # One combo per section, listing its people; the first entry stands for "nobody
        # confirmed yet" and names the suggestion the documents print meanwhile.
        self.heads_box = QGroupBox(self.tr("Section heads"))
        self.heads_note = QLabel(self.tr(
            "Choose who heads each section. Until a head is chosen, the fact sheet names the "
            "suggested person and marks them with *."))
        self.heads_note.setWordWrap(True)
        self.heads_warning = error_label()
        self.heads_form = QFormLayout()
        # Each combo under its section's name: Thai section names are long, and the combo
        # needs the pane's width to show the suggested name whole.
        self.heads_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        heads_layout = QVBoxLayout(self.heads_box)
        heads_layout.addWidget(self.heads_note)
        heads_layout.addLayout(self.heads_form)
        heads_layout.addWidget(self.heads_warning)

        self.errors = error_label()
        self.save_button = QPushButton(self.tr("&Save profile"))
        self.save_button.setToolTip(self.tr("Save the unit profile (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        box = QGroupBox(self.tr("Unit profile"))
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.heads_box)
        inner.addWidget(self.errors)
        inner.addLayout(buttons)
        inner.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)

        for edit in (self.full_name, self.short_name, self.parent_bureau, self.phone,
                     self.email, self.website):
            edit.textChanged.connect(self._changed)
        self.address.textChanged.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self.commander.currentIndexChanged.connect(self._changed)
        # Other sections with another kind; another commander, other suggestions.
        self.kind.currentIndexChanged.connect(self._refill_heads)
        self.commander.currentIndexChanged.connect(self._refill_heads)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        self.emblem_import.clicked.connect(self.import_emblem)
        self.emblem_remove.clicked.connect(self.remove_emblem)
        self._people: list[Person] = []
        self._saved = self._shown()
        if self._read_only:
            for edit in (self.full_name, self.short_name, self.parent_bureau, self.phone,
                         self.email, self.website):
                edit.setReadOnly(True)
            self.address.setReadOnly(True)
            for combo in (self.kind, self.commander):
                combo.setEnabled(False)
            self.save_button.hide()
            self.revert_button.hide()
            self.emblem_import.setEnabled(False)
            self.emblem_remove.setEnabled(False)

    def _shown(self) -> tuple[object, ...]:
        """What Save would write, as the form shows it now."""
        return (self.full_name.text().strip(), self.short_name.text().strip(),
                self.kind.currentData(), self.parent_bureau.text().strip(),
                self.address.toPlainText().strip(), self.phone.text().strip(),
                self.email.text().strip(), self.website.text().strip(),
                self.commander.currentData(), tuple(sorted(self.chosen_heads().items())))

    @property
    def dirty(self) -> bool:
        """Whether the form differs from what was loaded: a head changed and put back is no
        change to save or to ask about."""
        return self._shown() != self._saved

    def _changed(self) -> None:
        if not self._loading:
            dirty = self.dirty
            self.save_button.setEnabled(dirty)
            self.revert_button.setEnabled(dirty)

    def set_people(self, people: list[Person], *, refill: bool = True) -> None:
        """The commander list follows the roster; the current choice is kept. ``refill``
        False leaves the section heads to the ``load`` that follows."""
        self._loading = True
        current = self.commander.currentData()
        self._people = people
        self.commander.clear()
        self.commander.addItem(self.tr("(not chosen)"), None)
        for person in people:
            if person.active or person.id == current:
                label = person.display_name
                if person.position_abbr:
                    label += f"  ({person.position_abbr})"
                self.commander.addItem(label, person.id)
        self.commander.setCurrentIndex(max(self.commander.findData(current), 0))
        self._loading = False
        if refill:
            self._refill_heads()

    def load(self) -> None:
        unit = self._units.get()
        self._loading = True
        if unit is None:
            unit = UnitProfile(kind=UnitKind.PROVINCIAL_IMMIGRATION)
        self._version = unit.version or 0
        self.full_name.setText(unit.full_name)
        self.short_name.setText(unit.short_name)
        self.kind.setCurrentIndex(max(self.kind.findData(str(unit.kind)), 0))
        self.parent_bureau.setText(unit.parent_bureau)
        self.address.setPlainText(unit.address)
        self.phone.setText(unit.phone)
        self.email.setText(unit.email)
        self.website.setText(unit.website)
        self.commander.setCurrentIndex(max(self.commander.findData(unit.commander_id), 0))
        self._as_of = unit.data_as_of
        self.show_as_of()
        self._recorded = unit.heads
        self._fill_heads(self._recorded)
        self._loading = False
        self._saved = self._shown()
        self.errors.hide()
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        if self.isVisible():
            self._show_emblem()
        else:
            # Built with the window: the emblem is decoded just after the window first shows,
            # so start-up does not wait for the picture.
            QTimer.singleShot(0, self, self._show_emblem)

    def profile(self) -> UnitProfile:
        current = self._units.get() or UnitProfile(kind=UnitKind.PROVINCIAL_IMMIGRATION)
        return replace(
            current,
            kind=UnitKind(self.kind.currentData()),
            full_name=self.full_name.text().strip(),
            short_name=self.short_name.text().strip(),
            parent_bureau=self.parent_bureau.text().strip(),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            website=self.website.text().strip(),
            commander_id=self.commander.currentData(),
            section_heads=tuple(sorted(self.chosen_heads().items())),
            version=self._version,
        )

    def show_as_of(self) -> None:
        """The date in the digits of Settings, as the documents print it."""
        self.as_of.setText(format_thai_date(self._as_of, DateForm.FULL, self._digits())
                           if self._as_of else self.tr("(nothing saved yet)"))

    # --- section heads ----------------------------------------------------------------------
    def _section_name(self, kind: UnitKind, key: str) -> str:
        section = section_by_key(kind, key)
        return section.english if self._english else section.thai

    def _refill_heads(self) -> None:
        """Rebuild the combos, keeping what the user picked in sections that remain."""
        if self._loading:
            return
        picked = {key: combo.currentData() for key, combo in self.head_combos.items()}
        self._loading = True
        self._fill_heads({**self._recorded, **picked})
        self._loading = False
        # The heads are compared too: set the buttons once the new combos stand.
        self._changed()

    def _fill_heads(self, selection: Mapping[str, int | None]) -> None:
        """One combo per section of the kind chosen, set to ``selection`` (section key ->
        person id; None, a missing key or someone no longer there: not confirmed)."""
        kind = UnitKind(self.kind.currentData())
        commander = self.commander.currentData()
        while self.heads_form.rowCount():
            self.heads_form.removeRow(0)
        self.head_combos = {}
        resolved = resolve_section_heads(kind, self._people, self._recorded, commander)
        self._resolved = {head.section.key: head for head in resolved}
        warnings = []
        for head in resolved:
            combo = QComboBox()
            # The suggestion's entry is long: the combo narrows with the pane and shows the
            # whole entry in its list, instead of widening the form past the pane.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            wheel_needs_focus(combo)
            suggestion = suggest_head(head.members, commander)
            if suggestion is not None:
                first = fill(self.tr("Not confirmed (suggested: %1)"), suggestion.display_name)
            else:
                first = self.tr("Not confirmed (nobody serves in this section)")
            combo.addItem(first, None)
            for person in head.members:
                label = person.display_name
                if person.position_abbr:
                    label += f"  ({person.position_abbr})"
                combo.addItem(label, person.id)
            wanted = selection.get(head.section.key)
            combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted is not None else 0)
            combo.currentIndexChanged.connect(self._changed)
            combo.setEnabled(not self._read_only)
            self.head_combos[head.section.key] = combo
            self.heads_form.addRow(self._section_name(kind, head.section.key), combo)
            if head.stale:
                warnings.append(self._stale_text(kind, head))
        if warnings:
            show_error(self.heads_warning, "\n".join(warnings))
        else:
            self.heads_warning.hide()

    def _stale_text(self, kind: UnitKind, head: SectionHead) -> str:
        section = self._section_name(kind, head.section.key)
        name = head.recorded.display_name if head.recorded else "#" + str(head.recorded_id)
        if head.status is HeadStatus.LEFT:
            return fill(self.tr("%1: the recorded head, %2, has left the unit. Choose the "
                                "section's head again."), section, name)
        assert head.recorded is not None
        try:
            now_in = self._section_name(kind, head.recorded.section_key)
        except KeyError:
            return fill(self.tr("%1: the recorded head, %2, is no longer in any section. "
                                "Choose the section's head again."), section, name)
        return fill(self.tr("%1: the recorded head, %2, now serves in %3. Choose the "
                            "section's head again."), section, name, now_in)

    def chosen_heads(self) -> dict[str, int]:
        """The heads to record: each section's chosen person; a recorded head who has left or
        moved stays recorded (and warned about) until another is chosen."""
        chosen: dict[str, int] = {}
        for key, combo in self.head_combos.items():
            person_id = combo.currentData()
            if person_id is not None:
                chosen[key] = person_id
            elif key in self._resolved and self._resolved[key].stale:
                chosen[key] = self._recorded[key]
        return chosen

    def save(self) -> bool:
        """Save the profile; on refusal the error line says why and the form keeps the
        user's edits (nothing was written)."""
        try:
            unit_service.save_profile(self._units.db, self.profile())
        except ProblemsError as exc:
            show_error(self.errors, problems_text(exc.problems))
            return False
        except ChangedMeanwhileError as exc:
            self._changed_meanwhile(exc)
            return False
        except AppError as exc:
            show_error(self.errors, error_text(exc))
            return False
        self.load()
        self.saved.emit()
        return True

    def _changed_meanwhile(self, exc: ChangedMeanwhileError) -> None:
        """Someone saved the profile since the form was filled: the user chooses between
        seeing theirs (the form's edits are then replaced) and keeping the edits on screen."""
        from ita_desktop.ui.common.changed_meanwhile import ask_show_saved

        show_error(self.errors, error_text(exc))
        if ask_show_saved(self, exc, self.tr(
                "Showing the profile as it is saved now replaces what you typed in the form. "
                "Keep what you typed to copy it first.")):
            self.load()
            self.saved.emit()

    def _show_emblem(self) -> None:
        data = self._units.emblem()
        has_unit = self._units.get() is not None
        self.emblem_import.setEnabled(has_unit and not self._read_only)
        self.emblem_remove.setEnabled(data is not None and not self._read_only)
        if data is None:
            self.emblem_view.setPixmap(QPixmap())
            self.emblem_view.setText(self.tr("none"))
            self.emblem_note.setText(self.tr(
                "Import the unit's official emblem once; orders print it at 3 cm. Without one, "
                "orders print without an emblem."
            ) if has_unit else self.tr("Save the profile first, then import the emblem."))
            return
        pixmap = QPixmap()
        # Emblems are stored as PNG (load_image_as_png). Naming the format spares Qt probing
        # every image plugin, which was most of the cost of showing the window.
        if not pixmap.loadFromData(data, "PNG"):
            pixmap.loadFromData(data)
        self.emblem_view.setPixmap(pixmap.scaled(
            EMBLEM_PREVIEW - 4, EMBLEM_PREVIEW - 4, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        ))
        self.emblem_note.setText(fill(self.tr("%1 × %2 pixels"), pixmap.width(),
                                      pixmap.height()))

    def import_emblem(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import emblem"), str(Path.home()),
            fill(self.tr("Images (%1)"), IMAGE_PATTERNS),
        )
        if not name:
            return
        try:
            png = unit_service.decode_emblem(Path(name))
            unit_service.set_emblem(self._units.db, png)
        except ImageFileError as exc:
            from ita_desktop.ui.common.image_errors import image_error_text

            QMessageBox.warning(self, self.tr("Emblem not imported"), image_error_text(exc))
            return
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Emblem not imported"), error_text(exc))
            return
        self._show_emblem()

    def remove_emblem(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        answer = QMessageBox.question(self, self.tr("Remove emblem"),
                                      self.tr("Remove the unit's emblem?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            unit_service.set_emblem(self._units.db, None)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Emblem not removed"), error_text(exc))
            return
        self._show_emblem()
