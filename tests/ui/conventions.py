"""Window-wide conventions every window and dialog keeps, checked on the live widget tree:
no "&" shown as text, no Alt key that reaches two widgets, no label cut short, and a size that
fits a 1366×768 laptop screen (less a task bar and the window frame), no field or label squeezed
shorter than it needs (an error line that appears grows the dialog). ``cut_fields`` and
``digit_styles`` check what only some screens promise: that the dates the program writes into
fields are shown whole, and that one screen's numbers use one kind of digits."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolButton,
    QWidget,
)

SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768
# A task bar (40 px) and a title bar with frame (about 32 px) take part of the height.
USABLE_WIDTH, USABLE_HEIGHT = SCREEN_WIDTH - 16, SCREEN_HEIGHT - 72

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def shown_text(text: str) -> str:
    """What a label without a mnemonic role shows: "&&" is one "&", a single "&" shows as is."""
    return text.replace("&&", "\0")


def _own_widgets(window: QWidget, kind: type[QWidget]) -> list[QWidget]:
    return [w for w in window.findChildren(kind) if w.isVisible() and w.window() is window]


def _cut_label(label: QLabel) -> bool:
    """A one-line plain label narrower than its text (a wrapped or rich label reflows)."""
    text = label.text()
    if not text or label.wordWrap() or "<" in text or "\n" in text:
        return False
    shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&") if label.buddy() \
        else text
    margin = 2 * (label.margin() + label.indent() if label.indent() > 0 else label.margin())
    return label.fontMetrics().horizontalAdvance(shown) > label.contentsRect().width() - margin


def squeezed(window: QWidget) -> list[str]:
    """Every visible field, button or label of ``window`` given less height than it needs: a
    line edit below its minimum, a wrapped label below the height of its lines at its width
    (the Thai marks above the first line are cut off)."""
    # A text set on a timer (the unit form's emblem note) asks for a layout on the next turn.
    for _ in range(3):
        QApplication.processEvents()
    found = []
    for widget in _own_widgets(window, QWidget):
        if isinstance(widget, QLabel):
            if not widget.text():
                continue
            need = widget.heightForWidth(widget.width()) if widget.wordWrap() \
                else widget.minimumSizeHint().height()
        elif isinstance(widget, QLineEdit | QComboBox | QAbstractButton):
            if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
                continue  # the box's own text line, sized by the box
            need = widget.minimumSizeHint().height()
        else:
            continue
        if widget.height() < need:
            text = widget.text() if isinstance(widget, QLabel | QLineEdit | QAbstractButton) \
                else type(widget).__name__
            found.append(f"squeezed to {widget.height()} px of {need}: {text!r}")
    return found


def cut_fields(window: QWidget) -> list[str]:
    """Every visible line edit of ``window`` whose text does not fit in it."""
    found = []
    for edit in _own_widgets(window, QLineEdit):
        assert isinstance(edit, QLineEdit)
        room = edit.style().subElementRect(
            edit.style().SubElement.SE_LineEditContents, _line_edit_option(edit), edit).width()
        if edit.fontMetrics().horizontalAdvance(edit.text()) > room:
            found.append(f"field cut: {edit.text()!r} in {room} px")
    return found


def _line_edit_option(edit: QLineEdit):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionFrame

    option = QStyleOptionFrame()
    option.initFrom(edit)
    option.lineWidth = edit.style().pixelMetric(edit.style().PixelMetric.PM_DefaultFrameWidth,
                                                option, edit)
    option.rect = edit.rect()
    return option


_THAI_DIGITS = re.compile("[๐-๙]")
_ARABIC_DIGITS = re.compile("[0-9]")


def digit_styles(texts: list[str]) -> set[str]:
    """Which kinds of digits ``texts`` use: "thai", "arabic", both or none."""
    joined = "".join(texts)
    return ({"thai"} if _THAI_DIGITS.search(joined) else set()) | \
        ({"arabic"} if _ARABIC_DIGITS.search(joined) else set())


def _texts(window: QWidget) -> list[tuple[str, str, QWidget]]:
    """(text, role, widget) of every visible text that can carry a mnemonic."""
    QApplication.processEvents()  # lazily built tabs build on their first show
    found: list[tuple[str, str, QWidget]] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget, QMenu):
            continue
        if widget is not window and widget.window() is not window:
            continue
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            # A tool button shows its action's text without the "&": the Alt key does nothing.
            found.append((widget.defaultAction().text(), "tool", widget))
        elif isinstance(widget, QAbstractButton):
            found.append((widget.text(), "button", widget))
        elif isinstance(widget, QLabel):
            found.append((widget.text(), "buddy" if widget.buddy() else "label", widget))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), "group", widget))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                found.append((widget.tabText(i), "tab", widget))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            found.append((action.text(), "menu", window.menuBar()))
    return found


def problems(window: QWidget) -> list[str]:
    """Every broken convention of ``window`` as it is shown now (it must be visible)."""
    found: list[str] = []
    keys: dict[str, list[str]] = defaultdict(list)
    for text, role, widget in _texts(window):
        if role == "label" and "&" in shown_text(text) and "<" not in text:
            found.append(f"label shows a literal '&': {text!r}")
        if isinstance(widget, QLabel) and _cut_label(widget):
            found.append(f"label cut: {text!r} in {widget.contentsRect().width()} px")
        if role == "tool" and mnemonic(text):
            found.append(f"tool button {text!r} promises an Alt key that does nothing")
        elif role != "label":
            key = mnemonic(text)
            if key:
                keys[key].append(text)
    for key, texts in keys.items():
        if len(texts) > 1:
            found.append(f"Alt+{key.upper()} used by {texts}")
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            menu = action.menu()
            if menu is None:
                continue
            in_menu: dict[str, list[str]] = defaultdict(list)
            for item in menu.actions():
                if item.isVisible() and not item.isSeparator() and mnemonic(item.text()):
                    in_menu[mnemonic(item.text()) or ""].append(item.text())
            found += [f"menu {action.text()!r}: Alt+{k.upper()} used by {v}"
                      for k, v in in_menu.items() if len(v) > 1]
    found += squeezed(window)
    hint = window.minimumSizeHint()
    if hint.width() > USABLE_WIDTH or hint.height() > USABLE_HEIGHT:
        found.append(f"needs at least {hint.width()}×{hint.height()} px, more than a "
                     f"1366×768 screen gives ({USABLE_WIDTH}×{USABLE_HEIGHT})")
    size = window.size()
    # The main window takes its size from the screen it opens on (see its own test).
    if not isinstance(window, QMainWindow) and (size.width() > USABLE_WIDTH
                                                or size.height() > USABLE_HEIGHT):
        found.append(f"opens at {size.width()}×{size.height()} px, larger than a 1366×768 "
                     f"screen gives ({USABLE_WIDTH}×{USABLE_HEIGHT})")
    return found
