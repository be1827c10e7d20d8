"""A file that cannot be read as a roster is said in the window's language."""

from __future__ import annotations

from ita_desktop.domain.units import UnitKind
from ita_desktop.ui.shell.translation import install_translators
from ita_desktop.ui.unit.roster_import_dialog import RosterImportDialog


def test_a_file_that_is_not_a_workbook_is_refused_in_thai(qtbot, qapp, tmp_path, db,
                                                          tab_context):
    path = tmp_path / "roster.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    install_translators(qapp, "th")
    try:
        # The window's runner, as the roster panel hands it on.
        dialog = RosterImportDialog(path, UnitKind.PROVINCIAL_POLICE_STATION, list,
                                    runner=tab_context(db).jobs)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    finally:
        install_translators(qapp, "en")
    text = dialog.problems.toPlainText()
    assert text == ("ไม่สามารถอ่านไฟล์ 'roster.xlsx' เป็นสมุดงาน Excel (.xlsx) ได้ เนื่องจากไฟล์"
                    "เสียหาย มีการตั้งรหัสผ่าน หรือเป็นไฟล์ประเภทอื่น")
    assert not dialog.import_button.isEnabled()
