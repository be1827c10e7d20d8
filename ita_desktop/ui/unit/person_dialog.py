"""Adding or editing one person of the roster, with their signature image (decoded as a job:
a phone photo takes about a second)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.positions import abbreviate_position
from ita_desktop.domain.ranks import RANKS, name_in_order, name_in_table, rank_by_key
from ita_desktop.domain.roster import Person, person_problems
from ita_desktop.domain.units import UnitKind, unit_kind_info
from ita_desktop.media.images import IMAGE_PATTERNS, ImageFileError, load_signature_as_png
from ita_desktop.ui.common.forms import error_label, fill, lay_out_form_dialog, show_error
from ita_desktop.ui.common.image_errors import image_error_text
from ita_desktop.ui.common.jobs import Job, JobRunner
from ita_desktop.ui.common.problem_text import problems_text

SIGNATURE_PREVIEW = (240, 72)


class PersonDialog(QDialog):
    def __init__(
        self,
        kind: UnitKind,
        person: Person | None = None,
        *,
        same_name: Callable[[Person], Person | None] = lambda p: None,
        english: bool = False,
        signature: bytes | None = None,
        image_folder: Callable[[], Path] = Path.home,
        parent: QWidget | None = None,
        runner: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._jobs = runner if runner is not None else JobRunner(self)
        self._decoding: Job | None = None
        self._kind = kind
        self._signature = self._original_signature = signature
        self._image_folder = image_folder
        self._original = person
        self._same_name = same_name
        self._abbr_touched = bool(person and person.position_abbr and person.position and
                                  person.position_abbr != abbreviate_position(person.position))
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add person"))
        self.setMinimumWidth(520)

        self.rank = QComboBox()
        for rank in RANKS:
            self.rank.addItem(f"{rank.abbr}  {rank.full}" if not english else
                              f"{rank.abbr}  {rank.english}", rank.key)
        self.female = QCheckBox(self.tr("Female officer (หญิง)"))
        self.acting = QCheckBox(self.tr("Acting rank (ว่าที่)"))
        flags = QHBoxLayout()
        flags.addWidget(self.female)
        flags.addWidget(self.acting)
        flags.addStretch(1)
        self.first = QLineEdit()
        self.last = QLineEdit()
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("e.g. รองสารวัตรตรวจคนเข้าเมืองจังหวัด…"))
        self.position_abbr = QLineEdit()
        self.section = QComboBox()
        self.section.addItem(self.tr("(none)"), "")
        for section in unit_kind_info(kind).sections:
            self.section.addItem(section.english if english else section.thai, section.key)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.errors = error_label()
        signature_box = self._signature_row()

        form = QFormLayout()
        form.addRow(self.tr("&Rank or title"), self.rank)
        form.addRow("", flags)
        form.addRow(self.tr("&First name"), self.first)
        form.addRow(self.tr("&Last name"), self.last)
        form.addRow(self.tr("&Position"), self.position)
        form.addRow(self.tr("Position (a&bbreviated)"), self.position_abbr)
        form.addRow(self.tr("&Section"), self.section)
        form.addRow(self.tr("P&hone"), self.phone)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("Printed as"), self.preview)
        form.addRow(self.tr("Signature"), signature_box)

        self._buttons = lay_out_form_dialog(self, form, self.errors)

        if person is not None:
            self._load(person)
        self.rank.currentIndexChanged.connect(self._rank_changed)
        self.position.textEdited.connect(self._position_edited)
        self.position_abbr.textEdited.connect(self._abbr_edited)
        for widget in (self.first, self.last, self.position_abbr):
            widget.textChanged.connect(self._update_preview)
        self.female.toggled.connect(self._update_preview)
        self.acting.toggled.connect(self._update_preview)
        self._rank_changed()
        self.first.setFocus()

    def _signature_row(self) -> QWidget:
        self.signature_view = QLabel()
        self.signature_view.setFixedSize(*SIGNATURE_PREVIEW)
        self.signature_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signature_view.setFrameShape(QFrame.Shape.StyledPanel)
        self.signature_view.setStyleSheet("background: white; color: gray;")
        self.signature_import = QPushButton(self.tr("&Import signature…"))
        self.signature_remove = QPushButton(self.tr("Remo&ve signature"))
        self.signature_import.clicked.connect(self.import_signature)
        self.signature_remove.clicked.connect(self.remove_signature)
        note = QLabel(self.tr(
            "A scan or photo of the signature on white paper. It is placed on the reports this "
            "person signs off; the paper around it is made transparent."
        ))
        note.setWordWrap(True)
        buttons = QVBoxLayout()
        buttons.addWidget(self.signature_import)
        buttons.addWidget(self.signature_remove)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.signature_view)
        row.addLayout(buttons)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(note)
        # The form gives a nested box the height of its hint, which leaves out how many lines
        # the wrapped note takes: at the row's width (the narrowest it gets) it is all there,
        # instead of being drawn over the signature above it.
        note.setMinimumHeight(note.heightForWidth(row.sizeHint().width()))
        self._show_signature()
        return box

    def _show_signature(self) -> None:
        self.signature_remove.setEnabled(self._signature is not None)
        pixmap = QPixmap()
        if self._signature is None or not pixmap.loadFromData(self._signature, "PNG"):
            self.signature_view.setPixmap(QPixmap())
            self.signature_view.setText(self.tr("no signature"))
            return
        width, height = SIGNATURE_PREVIEW
        self.signature_view.setPixmap(pixmap.scaled(
            width - 8, height - 8, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        ))

    def import_signature(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import signature"), str(self._image_folder()),
            fill(self.tr("Images (%1)"), IMAGE_PATTERNS),
        )
        if not name:
            return
        path = Path(name)
        self._set_decoding(True)
        self._decoding = self._jobs.start(
            lambda progress, cancelled: load_signature_as_png(path),
            on_done=self._decoded, on_error=self._not_decoded, owner=self)

    @property
    def decoding(self) -> bool:
        return self._decoding is not None and self._decoding.running

    def _set_decoding(self, busy: bool) -> None:
        # Saving while the image is still being read would save the person without it.
        self._buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)
        self.signature_import.setEnabled(not busy)
        if busy:
            self.signature_remove.setEnabled(False)
            self.signature_view.setPixmap(QPixmap())
            self.signature_view.setText(self.tr("reading the image…"))
        else:
            self._show_signature()

    def _decoded(self, png: bytes) -> None:
        self._signature = png
        self._set_decoding(False)

    def _not_decoded(self, exc: Exception) -> None:
        self._set_decoding(False)
        if not isinstance(exc, ImageFileError):
            sys.excepthook(type(exc), exc, exc.__traceback__)  # a defect: the crash dialog
            return
        QMessageBox.warning(self, self.tr("Signature not imported"), image_error_text(exc))

    def remove_signature(self) -> None:
        self._signature = None
        self._show_signature()

    def signature(self) -> bytes | None:
        """The signature (PNG) as the dialog ends with it."""
        return self._signature

    def signature_changed(self) -> bool:
        """Whether the user imported or removed a signature (saved only on OK)."""
        return self._signature != self._original_signature

    def reload(self, person: Person, signature: bytes | None) -> None:
        """Show ``person`` as saved now (someone else saved it meanwhile), replacing what was
        typed; the next save starts from this revision."""
        self._original = person
        self._signature = self._original_signature = signature
        self._abbr_touched = bool(person.position_abbr and person.position and
                                  person.position_abbr != abbreviate_position(person.position))
        self._load(person)
        self._show_signature()
        self._update_preview()

    def _load(self, person: Person) -> None:
        index = self.rank.findData(person.rank_key)
        self.rank.setCurrentIndex(max(index, 0))
        self.female.setChecked(person.female)
        self.acting.setChecked(person.acting)
        self.first.setText(person.first_name)
        self.last.setText(person.last_name)
        self.position.setText(person.position)
        self.position_abbr.setText(person.position_abbr)
        self.section.setCurrentIndex(max(self.section.findData(person.section_key), 0))
        self.phone.setText(person.phone)
        self.email.setText(person.email)
        self.note.setPlainText(person.note)

    def _rank_changed(self) -> None:
        police = rank_by_key(self.rank.currentData()).police
        for box in (self.female, self.acting):
            box.setEnabled(police)
            if not police:
                box.setChecked(False)
        self._update_preview()

    def _position_edited(self, text: str) -> None:
        if not self._abbr_touched:
            self.position_abbr.setText(abbreviate_position(text) if text.strip() else "")

    def _abbr_edited(self, text: str) -> None:
        self._abbr_touched = bool(text.strip())

    def person(self) -> Person:
        base = self._original or Person(rank_key="", first_name="", last_name="")
        return replace(
            base,
            rank_key=self.rank.currentData(),
            female=self.female.isChecked(),
            acting=self.acting.isChecked(),
            first_name=self.first.text().strip(),
            last_name=self.last.text().strip(),
            position=self.position.text().strip(),
            position_abbr=self.position_abbr.text().strip(),
            section_key=self.section.currentData(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            note=self.note.toPlainText().strip(),
        )

    def _update_preview(self) -> None:
        person = self.person()
        if not person.first_name or not person.last_name:
            self.preview.setText("")
            return
        try:
            lines = [name_in_table(person.name), name_in_order(person.name)]
        except ValueError:
            self.preview.setText("")
            return
        if person.position_abbr:
            lines[0] += f"  {person.position_abbr}"
        self.preview.setText("\n".join(lines))

    def accept(self) -> None:
        person = self.person()
        problems = person_problems(person, self._kind)
        if problems:
            show_error(self.errors, problems_text(problems))
            return
        twin = self._same_name(person)
        if twin is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Same name"),
                fill(self.tr("%1 is already in the roster. Add this entry anyway?"),
                     twin.display_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()
