"""Settings: language of the window, digit style of documents, default folder for exports,
how many automatic backups to keep."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.store.settings import (
    BACKUPS_TO_KEEP_RANGE,
    Settings,
    portable_root,
    stored_folder,
)
from ita_desktop.ui.common.forms import lay_out_form_dialog


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        self.language = QComboBox()
        self.language.addItem("ไทย (Thai)", "th")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.digits = QComboBox()
        self.digits.addItem(self.tr("Thai digits (๑๒๓)"), DigitStyle.THAI.value)
        self.digits.addItem(self.tr("Arabic digits (123)"), DigitStyle.ARABIC.value)
        self.digits.setCurrentIndex(max(self.digits.findData(settings.digit_style.value), 0))
        self.folder = QLineEdit(settings.export_folder)
        self.folder.setPlaceholderText(
            self.tr("your home folder") if portable_root() is None else
            self.tr("the documents folder beside the program"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Digits (screen and documents)"), self.digits)
        # A row holding a layout gets no buddy of its own: Alt+F goes to the folder field.
        folder_label = QLabel(self.tr("&Folder for exports"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        self.backups = QSpinBox()
        self.backups.setRange(*BACKUPS_TO_KEEP_RANGE)
        self.backups.setValue(settings.backups_to_keep)
        self.backups.setToolTip(self.tr(
            "How many of the daily copies, of the copies made on closing and of those made by "
            "hand are kept in the backups folder next to the database; older ones are deleted. "
            "Copies from before an upgrade or a restore are always kept."))
        form.addRow(self.tr("&Backups to keep (of each kind)"), self.backups)
        lay_out_form_dialog(self, form, accept=QDialogButtonBox.StandardButton.Ok)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for exports"),
                                                  str(self._settings.export_dir()))
        if folder:
            self.folder.setText(folder)

    def settings(self) -> Settings:
        return replace(
            self._settings,
            language=self.language.currentData(),
            digit_style=DigitStyle(self.digits.currentData()),
            export_folder=stored_folder(self.folder.text().strip()),
            backups_to_keep=self.backups.value(),
        )
