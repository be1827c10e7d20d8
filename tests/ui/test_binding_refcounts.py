"""Guard against a Qt binding that drops or leaks references to None, True and False.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on calls such as
``QComboBox.addItem(text, None)`` and ``QModelIndex.data(role)``; after enough calls the
interpreter aborts with "Fatal Python error: none_dealloc" and the user loses unsaved work.
Each case below is a binding call the program makes (found by reading ``ita_desktop/ui``) that
takes or returns None or a bool; it is made a few thousand times and the reference counts of
the three singletons must not move by more than a little noise. A binding that loses or keeps
one reference per call moves them by thousands.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QAction, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.roster import Person
from ita_desktop.domain.units import UnitKind
from ita_desktop.ui.unit.roster_model import SORT_ROLE, RosterFilter, RosterTableModel

CALLS = 5000
# Warm-up calls create caches (enum types, signature tables) that hold a few references once.
WARM_UP = 200
TOLERANCE = 50
# References held while measuring, so that a binding dropping several per call makes the test
# fail with figures instead of aborting the interpreter ("none_dealloc") halfway through.
RESERVE = 100_000

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None, True and False are immortal from Python 3.12 on: their count never moves",
)


class _Emitter(QObject):
    anything = Signal(object)
    flag = Signal(bool)
    pair = Signal(int, int)
    text = Signal(int, int, str)


def _person(number: int, active: bool = True) -> Person:
    return Person(rank_key="pol_capt", first_name=f"สมชาย{number}", last_name="ใจดี",
                  position="สารวัตร", section_key="", active=active,
                  left_on=None if active else date(2025, 1, 1))


class _Widgets:
    """One of each widget and model the calls below go through, built once per module."""

    def __init__(self) -> None:
        self.parent = QWidget()
        self.combo = QComboBox(self.parent)
        self.combo.addItem("(not chosen)", None)
        self.combo.addItem("Thai digits", DigitStyle.THAI)
        self.combo.addItem("yes", True)
        self.combo.addItem("no", False)
        self.check = QCheckBox(self.parent)
        self.line = QLineEdit(self.parent)
        self.plain = QPlainTextEdit(self.parent)
        self.label = QLabel(self.parent)
        self.spin = QSpinBox(self.parent)
        self.action = QAction("Show people who have left", self.parent)
        self.action.setCheckable(True)
        self.table = QTableWidget(3, 3, self.parent)
        self.cell = QTableWidgetItem("O1")
        self.table.setItem(0, 0, self.cell)
        self.standard = QStandardItemModel(2, 2)
        self.standard.setItem(0, 0, QStandardItem("ร.ต.อ."))
        self.roster = RosterTableModel()
        self.roster.set_rows([_person(1), _person(2, active=False)],
                             UnitKind.PROVINCIAL_IMMIGRATION)
        self.filter = RosterFilter()
        self.filter.setSourceModel(self.roster)
        self.emitter = _Emitter()
        self.received: list[object] = []
        self.emitter.anything.connect(self.received.append)
        self.emitter.flag.connect(self.received.append)
        self.emitter.pair.connect(lambda done, total: self.received.append(done))
        self.emitter.text.connect(lambda done, total, text: self.received.append(text))
        self.png = _png()

    def record(self, value: object) -> None:
        """A Python slot for signals that carry None or a bool."""
        self.received.clear()


def _png() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    image.fill(0)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _cases(w: _Widgets) -> dict[str, Callable[[], object]]:
    combo, cell, roster = w.combo, w.cell, w.roster

    def add_item_none() -> None:
        combo.addItem("(not chosen)", None)
        combo.removeItem(combo.count() - 1)

    def current_data_none() -> object:
        combo.setCurrentIndex(0)
        return combo.currentData()

    def combo_bools() -> object:
        return combo.itemData(2), combo.itemData(3), combo.findData(None), combo.findData(True)

    def enum_round_trip() -> object:
        return combo.itemData(1), combo.findData(DigitStyle.THAI)

    def roster_none() -> object:
        index = roster.index(0, 0)
        # Roles the model does not answer come back as None, as the view asks thousands of times.
        return index.data(Qt.ItemDataRole.DecorationRole), roster.headerData(
            0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)

    def proxy_data() -> object:
        index = w.filter.index(0, 0)
        return index.data(SORT_ROLE), index.data(Qt.ItemDataRole.CheckStateRole), \
            index.isValid(), QModelIndex().isValid(), w.filter.filterAcceptsRow(1, QModelIndex())

    def standard_none() -> object:
        return w.standard.index(1, 1).data(), w.standard.item(1, 1)

    def table_widget() -> object:
        w.table.setItem(1, 1, QTableWidgetItem("ไม่มี"))
        return w.table.item(2, 2), w.table.item(0, 0)

    def item_data() -> object:
        cell.setData(Qt.ItemDataRole.UserRole, None)
        none = cell.data(Qt.ItemDataRole.UserRole)
        cell.setData(Qt.ItemDataRole.UserRole, True)
        yes = cell.data(Qt.ItemDataRole.UserRole)
        cell.setData(Qt.ItemDataRole.UserRole, False)
        no = cell.data(Qt.ItemDataRole.UserRole)
        return none, yes, no, cell.data(Qt.ItemDataRole.ToolTipRole)

    def standard_item_data() -> object:
        item = w.standard.item(0, 0)
        item.setData(None, Qt.ItemDataRole.UserRole)
        item.setData(True, Qt.ItemDataRole.UserRole + 1)
        return item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1)

    def line_edit() -> object:
        w.line.setText("ศรีวารินทร์")
        w.line.setReadOnly(False)
        return w.line.text(), w.line.isReadOnly(), w.line.isModified()

    def plain_text() -> object:
        w.plain.setPlainText("หมายเหตุ")
        return w.plain.toPlainText(), w.plain.isReadOnly()

    def check_box() -> object:
        w.check.setChecked(True)
        on = w.check.isChecked()
        w.check.setChecked(False)
        return on, w.check.isChecked()

    def action() -> object:
        w.action.setChecked(True)
        w.action.setEnabled(False)
        on = w.action.isChecked(), w.action.isEnabled()
        w.action.setChecked(False)
        w.action.setEnabled(True)
        return on, w.action.isChecked(), w.action.isEnabled()

    def widget_state() -> object:
        w.label.setEnabled(False)
        w.label.setVisible(False)
        state = w.label.isEnabled(), w.label.isVisible(), w.label.isVisibleTo(w.parent)
        w.label.setEnabled(True)
        return state, combo.blockSignals(True), combo.blockSignals(False)

    def spin_box() -> object:
        w.spin.setValue(15)
        return w.spin.value()

    def signals() -> object:
        for value in (None, True, False):
            w.emitter.anything.emit(value)
        w.emitter.flag.emit(True)
        w.emitter.flag.emit(False)
        w.emitter.pair.emit(1, 2)
        w.emitter.text.emit(1, 2, "")
        w.received.clear()
        return None

    def toggled_signal() -> object:
        # QCheckBox.toggled(bool) reaching a Python slot, as the roster's "show left" does.
        w.check.toggled.connect(w.record)
        w.check.setChecked(not w.check.isChecked())
        w.check.toggled.disconnect(w.record)
        return None

    def queued_signals() -> object:
        # Results and progress of background jobs cross to the window's thread queued.
        w.emitter.anything.connect(w.record, Qt.ConnectionType.QueuedConnection)
        w.emitter.anything.emit(None)
        w.emitter.anything.emit(False)
        QCoreApplication.sendPostedEvents()
        w.emitter.anything.disconnect(w.record)
        return None

    def pixmap() -> object:
        image = QPixmap()
        return image.isNull(), image.loadFromData(w.png), image.loadFromData(b"", "PNG")

    def object_validity() -> object:
        from shiboken6 import isValid

        return isValid(w.label), w.label.parent() is None, QThreadPool.globalInstance() is None

    return {fn.__name__: fn for fn in (
        add_item_none, current_data_none, combo_bools, enum_round_trip, roster_none, proxy_data,
        standard_none, table_widget, item_data, standard_item_data, line_edit, plain_text,
        check_box, action, widget_state, spin_box, signals, toggled_signal, queued_signals,
        pixmap, object_validity,
    )}


CASES = (
    "add_item_none", "current_data_none", "combo_bools", "enum_round_trip", "roster_none",
    "proxy_data", "standard_none", "table_widget", "item_data", "standard_item_data",
    "line_edit", "plain_text", "check_box", "action", "widget_state", "spin_box", "signals",
    "toggled_signal", "queued_signals", "pixmap", "object_validity",
)


@pytest.fixture(scope="module")
def widgets(qapp) -> _Widgets:  # type: ignore[misc]
    made = _Widgets()
    yield made
    made.parent.deleteLater()


SINGLETONS = {"None": None, "True": True, "False": False}


def _counts() -> dict[str, int]:
    return {name: sys.getrefcount(value) for name, value in SINGLETONS.items()}


def _drift(call: Callable[[], object]) -> dict[str, int]:
    start = _counts()
    reserve = list(SINGLETONS.values()) * RESERVE
    for _ in range(WARM_UP):
        call()
    gc.collect()
    before = _counts()
    for _ in range(CALLS):
        call()
    gc.collect()
    after = _counts()
    for name, value in SINGLETONS.items():
        lost = start[name] + RESERVE - after[name]
        # What a broken binding dropped is given back, owned by nobody, so that the later
        # cases and the interpreter's exit do not deallocate the singleton.
        for _ in range(max(lost, 0)):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))
    del reserve
    return {name: after[name] - before[name] for name in before}


def test_every_case_is_measured(widgets):
    assert tuple(_cases(widgets)) == CASES


@pytest.mark.parametrize("name", CASES)
def test_binding_call_keeps_none_true_false_counts(widgets, name):
    call = _cases(widgets)[name]
    drift = _drift(call)
    assert all(abs(moved) < TOLERANCE for moved in drift.values()), (
        f"{CALLS} calls of {name} moved the reference counts by {drift}: the Qt binding "
        "loses or keeps references to None/True/False and will crash the program; use the "
        "PySide6 version of requirements/lock.txt"
    )
