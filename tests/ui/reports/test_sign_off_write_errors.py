"""Signing off in the export dialog when the database cannot be written (another program holds
it, it is read-only, its disk is full): the Thai window says so in Thai, that nothing changed,
the report stays a draft that can be signed off later, and the database is as it was."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.store.errors import WriteError
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.sign_off_dialog import SignOffDialog
from ita_desktop.ui.reports.export_dialog import ExportDialog
from ita_desktop.ui.shell.translation import install_translators

# What each refusal must say in Thai: what happened, and that nothing changed.
THAI = {"locked": "กำลังถูกใช้งานโดยโปรแกรมอื่น", "read_only": "เป็นแบบอ่านอย่างเดียว",
        "full": "เต็ม"}
NOTHING_CHANGED = "จึงไม่มีการเปลี่ยนแปลงใด ๆ"
CODES = {"locked": "store.locked", "read_only": "store.read_only", "full": "store.disk_full"}


@pytest.fixture
def thai(qapp):
    assert "ita_desktop_th" in install_translators(qapp, "th")
    yield
    install_translators(qapp, "en")


@pytest.fixture
def dialog(qtbot, demo_db, tmp_path, thai, monkeypatch):
    dialog = ExportDialog(demo_db, 2568, DigitStyle.THAI, tmp_path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.preview.page_count() > 0, timeout=20000)
    monkeypatch.setattr(SignOffDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    return dialog


@pytest.mark.parametrize("how", ["locked", "read_only", "full"])
def test_sign_off_on_a_database_that_cannot_be_written(qtbot, dialog, demo_db, answer,
                                                       write_blocked, content, how):
    before = content(demo_db.path)
    with write_blocked(demo_db, how):
        dialog.sign_off()
        qtbot.waitUntil(lambda: not dialog.busy and bool(answer.messages), timeout=30000)
        expected = error_text(WriteError(CODES[how], demo_db.path))
    kind, message = answer.messages[-1]
    assert kind == "warning" and message == expected, message
    assert THAI[how] in message and NOTHING_CHANGED in message
    assert content(demo_db.path) == before
    # Still a draft, and the sign-off can be done once the database can be written again.
    assert dialog.prepared.signed is None and dialog.sign_button.isEnabled()
    assert "ฉบับร่าง" in dialog.status.text()
    QApplication.processEvents()  # the window is still alive and answering
    dialog.sign_off()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.prepared.signed is not None,
                    timeout=30000)
    assert answer.messages[-1][0] == "information"
