"""Pieces every form and table of the program shares: the error line, the Save/Cancel frame,
dialogs that grow with what they say, combo boxes a scrolling wheel passes over, rows tall
enough for Thai."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# Thai marks above and below reach past the font's box; Qt's default row height clips them.
THAI_ROW_PADDING = 10
# A tone mark over an upper vowel (ที่, เมื่อ) stands above the font's ascent: a label at the top
# of a dialog needs this much room above its first line, or the mark is cut off.
THAI_MARK_ROOM = 4


def error_label() -> QLabel:
    """Where a form says, in red and in full, why it was not saved; hidden until then."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; padding: 2px;")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    """``text`` on the error line; the dialog it is on grows to hold it (``grow_with_contents``)
    instead of squeezing its fields."""
    window = label.window()
    if isinstance(window, QDialog):
        grow_with_contents(window)
    label.setText(text)
    label.show()
    scroll_into_view(label)


def scroll_into_view(widget: QWidget) -> None:
    """Scroll the form ``widget`` sits in so that it shows: an error line under a long form
    (the unit profile at 1366×768) would otherwise be said where nobody sees it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        area = parent
        # After the layout has made room for the text just set.
        QTimer.singleShot(0, widget, lambda: area.ensureWidgetVisible(widget))


class _GrowWithContents(QObject):
    """Keeps a dialog at least as tall as its contents need at its width.

    A word-wrapped label (an error line, a reading under a field) needs more height the more it
    says, but a dialog's minimum size leaves height-for-width out: shown in a dialog already
    on screen, the label took its room from the rows above, a line edit shrank to 12 px and
    the tone marks of the top label were cut off. Each time the contents ask for a new layout,
    or the user resizes the dialog, its minimum height becomes what the contents need at the
    width it has, and a dialog shorter than that grows.
    """

    # No state of its own: Qt may still call the filter while the dialog is being destroyed,
    # after Python has cleared this object's attributes. Fitting twice is harmless: the
    # second time the dialog already has the height it needs.
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(watched, QDialog) and event.type() in (
                QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Show):
            _fit_height(watched)
        return False


def _fit_height(dialog: QDialog) -> None:
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    need = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        need = max(need, layout.totalHeightForWidth(dialog.width()))
    # Set every time, so that a hidden error line gives its height back as well.
    dialog.setMinimumHeight(need)
    if dialog.height() < need:
        dialog.resize(dialog.width(), need)


def grow_with_contents(dialog: QDialog) -> None:
    """Let ``dialog`` grow when a label in it needs more lines; installed once per dialog."""
    if dialog.findChild(_GrowWithContents) is None:
        dialog.installEventFilter(_GrowWithContents(dialog))


class _WheelNeedsFocus(QObject):
    """Hands a wheel turn over an unfocused combo box to the form that scrolls: turning the
    wheel to scroll the unit form changed each section head that passed under the pointer."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) \
                or watched.hasFocus():
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            # Straight to the scroll area: Qt passes a turn on to the parents only when it
            # came from the mouse itself, and the scroll area scrolls whatever the position.
            QApplication.sendEvent(area.viewport(), event)
        else:
            event.ignore()  # ignored and filtered: Qt offers the turn to the parents
        return True


def wheel_needs_focus(combo: QComboBox) -> None:
    """``combo`` takes wheel turns only once it has focus (clicked or reached with Tab).

    For every combo box in a form that scrolls. The wheel no longer gives it focus either,
    or the first turn over it would focus it and the next change it."""
    combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    combo.installEventFilter(_WheelNeedsFocus(combo))


def lay_out_form_dialog(
    dialog: QDialog,
    form: QFormLayout,
    errors: QLabel | None = None,
    accept: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
) -> QDialogButtonBox:
    """The form, its error line and Save (or ``accept``)/Cancel, wired to accept and reject."""
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    grow_with_contents(dialog)
    layout.addLayout(form)
    if errors is not None:
        layout.addWidget(errors)
    layout.addWidget(buttons)
    return buttons


def pad_rows_for_thai(view: QAbstractItemView) -> None:
    view.verticalHeader().setDefaultSectionSize(  # type: ignore[attr-defined]
        view.fontMetrics().height() + THAI_ROW_PADDING
    )


def fill(text: str, *values: object) -> str:
    """``text`` with %1, %2… replaced by ``values`` in one pass: a value that itself holds
    "%2" (a downloaded file's name can) is left as it is."""
    import re

    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1])
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), text)


def action_button(action: QAction) -> QPushButton:
    """A push button that stands for ``action``: its text with the Alt key (a tool button
    drops the "&", so its Alt key would do nothing), enabled state and tooltip follow it."""
    button = QPushButton(action.text())

    def follow() -> None:
        button.setText(action.text())
        button.setEnabled(action.isEnabled())
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(shortcut)

    follow()
    action.changed.connect(follow)
    button.clicked.connect(action.trigger)
    return button
