"""The unit form scrolls under the mouse wheel without changing the section heads it passes
over, and it reports unsaved changes only while it differs from what was saved."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea

from ita_desktop.store.unit import UnitRepository
from ita_desktop.ui.unit.tab import UnitTab


def _turn_wheel(widget, notches: int = -1) -> None:  # type: ignore[no-untyped-def]
    """One turn of the wheel with the pointer over ``widget`` (down for a negative count)."""
    at = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(at, widget.mapToGlobal(at), QPoint(), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _tab(qtbot, demo_db, tab_context) -> UnitTab:  # type: ignore[no-untyped-def]
    tab = UnitTab(tab_context(demo_db))
    qtbot.addWidget(tab)
    tab.resize(900, 400)  # short enough for the form to scroll
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_wheel_scrolls_the_form_past_the_section_heads(qtbot, demo_db, tab_context):
    tab = _tab(qtbot, demo_db, tab_context)
    scroll = tab.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    # The demo unit has confirmed its heads: the administration head is a person.
    head = tab.form.head_combos["administration"]
    chosen = head.currentData()
    assert chosen is not None
    for combo in [tab.form.kind, tab.form.commander, *tab.form.head_combos.values()]:
        before, at = combo.currentIndex(), bar.value()
        _turn_wheel(combo)
        assert combo.currentIndex() == before, "the wheel changed a combo it passed over"
        assert bar.value() > at or bar.value() == bar.maximum(), "the form did not scroll"
        bar.setValue(0)
    assert head.currentData() == chosen and not tab.form.dirty
    assert tab.unsaved_changes() == []


def test_a_focused_combo_still_takes_the_wheel(qtbot, demo_db, tab_context):
    tab = _tab(qtbot, demo_db, tab_context)
    head = tab.form.head_combos["administration"]
    assert head.focusPolicy() == Qt.FocusPolicy.StrongFocus, "the wheel must not focus it"
    head.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(head.hasFocus)
    before = head.currentIndex()
    _turn_wheel(head, -1 if before < head.count() - 1 else 1)
    assert head.currentIndex() != before


def test_a_head_changed_and_put_back_is_no_unsaved_change(qtbot, demo_db, tab_context):
    tab = _tab(qtbot, demo_db, tab_context)
    form = tab.form
    head = form.head_combos["administration"]
    original = head.currentIndex()
    head.setCurrentIndex(0 if original else 1)
    assert form.dirty and form.save_button.isEnabled()
    assert tab.unsaved_changes() == ["the unit profile"]
    head.setCurrentIndex(original)
    assert not form.dirty and not form.save_button.isEnabled()
    assert tab.unsaved_changes() == []
    # The same for a field typed and typed back, and for the unit kind and back: its sections
    # are rebuilt with the heads as saved.
    form.phone.setText(form.phone.text() + "9")
    assert form.dirty
    form.phone.setText(form.phone.text()[:-1])
    kind = form.kind.currentIndex()
    form.kind.setCurrentIndex(0 if kind else 1)
    assert form.dirty
    form.kind.setCurrentIndex(kind)
    assert not form.dirty and tab.unsaved_changes() == []
    assert UnitRepository(demo_db).get().heads["administration"] == \
        form.head_combos["administration"].currentData()


def test_every_combo_of_the_scrolling_form_ignores_an_unfocused_wheel(qtbot, demo_db,
                                                                     tab_context):
    """Combos added later (the heads are rebuilt with the unit kind) are guarded too."""
    tab = _tab(qtbot, demo_db, tab_context)
    tab.form.kind.setCurrentIndex((tab.form.kind.currentIndex() + 1) % tab.form.kind.count())
    for combo in tab.findChild(QScrollArea).widget().findChildren(QComboBox):
        before = combo.currentIndex()
        _turn_wheel(combo)
        assert combo.currentIndex() == before, combo.currentText()
