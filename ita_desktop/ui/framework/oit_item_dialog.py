"""Adding or editing one OIT item of a fiscal year's framework."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.framework import (
    Catalog,
    Deadline,
    FormatGroups,
    OitItem,
    formats_text,
    parse_formats_text,
)
from ita_desktop.domain.thai_dates import ThaiDateError
from ita_desktop.ui.common.forms import error_label, fill, lay_out_form_dialog, show_error
from ita_desktop.ui.common.thai_date_field import ThaiDateField


class OitItemDialog(QDialog):
    def __init__(self, catalog: Catalog, item: OitItem | None = None,
                 parent: QWidget | None = None, *,
                 digits: DigitStyle = DigitStyle.THAI) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._original = item
        self.setWindowTitle(self.tr("Edit OIT item") if item else self.tr("Add OIT item"))
        self.setMinimumWidth(640)

        self.code = QLineEdit()
        self.indicator = QComboBox()
        for indicator in catalog.indicators:
            for sub in indicator.sub_indicators:
                self.indicator.addItem(f"{sub.code} {sub.title}", sub.code)
        self.title = QLineEdit()
        self.components = QPlainTextEdit()
        self.components.setPlaceholderText(self.tr("One required component per line"))
        self.formats = QLineEdit()
        self.formats.setPlaceholderText("PDF, Excel/Word, URL")
        self.formats.setToolTip(self.tr(
            "Separate the formats that are all needed with commas, and the formats of which "
            "any one will do with a slash: \"PDF, Excel/Word, URL\" asks for a PDF file, an "
            "Excel or a Word file, and the web address."))
        # The rule in words under the field, so "Excel/Word" is seen to mean either of them.
        self.formats_rule = QLabel()
        self.formats_rule.setWordWrap(True)
        self.formats.textChanged.connect(self._show_formats_rule)
        self.deadline_kind = QComboBox()
        self.deadline_kind.addItem(self.tr("By a date"), "date")
        self.deadline_kind.addItem(self.tr("Monthly report"), "monthly")
        self.deadline_kind.addItem(self.tr("Kept up to date (no deadline)"), "none")
        # The digits of the tab's deadline column, so the date reads the same in both places.
        self.deadline_date = ThaiDateField(digits=digits)
        self.deadline_day = QSpinBox()
        self.deadline_day.setRange(1, 28)
        self.deadline_day.setPrefix(self.tr("day "))
        self.deadline_day.setSuffix(self.tr(" of the next month"))
        self.deadline_text = QLineEdit()
        self.deadline_text.setPlaceholderText(
            self.tr("as printed, e.g. ดำเนินการเสร็จสิ้น ภายใน ก.พ.68")
        )
        self.points = QLineEdit()
        self.errors = error_label()

        form = QFormLayout()
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Sub-indicator"), self.indicator)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("C&omponents"), self.components)
        form.addRow(self.tr("&File formats"), self.formats)
        form.addRow("", self.formats_rule)
        form.addRow(self.tr("&Deadline"), self.deadline_kind)
        form.addRow(self.tr("Due d&ate"), self.deadline_date)
        form.addRow(self.tr("&Report day"), self.deadline_day)
        form.addRow(self.tr("Deadline &wording"), self.deadline_text)
        form.addRow(self.tr("&Points"), self.points)
        lay_out_form_dialog(self, form, self.errors)

        if item is not None:
            self._load(item)
        else:
            self.code.setText(self._next_code())
            self.points.setText("0")
        self._show_formats_rule()
        self.deadline_kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _next_code(self) -> str:
        numbers = [int(i.code[1:]) for i in self._catalog.oit_items if i.code[1:].isdigit()]
        return f"O{max(numbers, default=0) + 1}"

    def _load(self, item: OitItem) -> None:
        self.code.setText(item.code)
        self.indicator.setCurrentIndex(max(self.indicator.findData(item.indicator), 0))
        self.title.setText(item.title)
        self.components.setPlainText("\n".join(item.components))
        self.formats.setText(formats_text(item.formats))
        self.deadline_kind.setCurrentIndex(max(self.deadline_kind.findData(item.deadline.kind), 0))
        self.deadline_date.set_date(item.deadline.date)
        if item.deadline.day:
            self.deadline_day.setValue(item.deadline.day)
        self.deadline_text.setText(item.deadline.text)
        self.points.setText(format(item.points, "f"))

    def rule_text(self, groups: FormatGroups) -> str:
        """The formats rule in words: "Needed: PDF and (Excel or Word) and URL"."""
        if not groups:
            return self.tr("No file format is needed yet.")
        parts = [group[0] if len(group) == 1
                 else "(" + self.tr(" or ").join(group) + ")" for group in groups]
        return fill(self.tr("Needed: %1"), self.tr(" and ").join(parts))

    def _show_formats_rule(self) -> None:
        self.formats_rule.setText(self.rule_text(parse_formats_text(self.formats.text())))

    def _kind_changed(self) -> None:
        kind = self.deadline_kind.currentData()
        self.deadline_date.setEnabled(kind == "date")
        self.deadline_day.setEnabled(kind == "monthly")

    def item(self) -> OitItem:
        """The item as typed; ``ValueError`` with a message when a field cannot be read."""
        kind = self.deadline_kind.currentData()
        due: date | None = None
        if kind == "date":
            try:
                due = self.deadline_date.date()
            except ThaiDateError as exc:
                raise ValueError(fill(self.tr("The due date cannot be read: %1"),
                                      self.deadline_date.edit.text())) from exc
            if due is None:
                raise ValueError(self.tr("Type the due date."))
        try:
            points = Decimal(self.points.text().strip().replace(",", "."))
        except InvalidOperation as exc:
            raise ValueError(self.tr("Points must be a number such as 1.5.")) from exc
        base = self._original or OitItem("", "", "", [], [], Deadline("none"), Decimal(0))
        return replace(
            base,
            code=self.code.text().strip().upper(),
            indicator=self.indicator.currentData() or "",
            title=" ".join(self.title.text().split()),
            components=[line.strip() for line in self.components.toPlainText().splitlines()
                        if line.strip()],
            formats=parse_formats_text(self.formats.text()),
            deadline=Deadline(
                kind=kind, date=due,
                day=self.deadline_day.value() if kind == "monthly" else None,
                text=" ".join(self.deadline_text.text().split()),
            ),
            points=points,
        )

    def show_problems(self, text: str) -> None:
        show_error(self.errors, text)

    def accept(self) -> None:
        try:
            self.item()
        except ValueError as exc:
            self.show_problems(str(exc))
            return
        super().accept()
