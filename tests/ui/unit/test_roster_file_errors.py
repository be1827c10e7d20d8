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
    assert text == ("ไม่สามารถอ่านแฟ้ม 'roster.xlsx' เป็นสมุดงาน Excel (.xlsx) ได้ เนื่องจากแฟ้ม"
                    "เสียหาย มีการตั้งรหัสผ่าน หรือเป็นแฟ้มประเภทอื่น")
    assert not dialog.import_button.isEnabled()


def test_a_million_empty_rows_are_refused_in_thai_naming_the_row_limit(qtbot, qapp, tmp_path,
                                                                        db, tab_context):
    """The file that held the window for 25 s: read in the window's job runner, refused with
    the limit it passed, in the window's language."""
    from tests.exchange import xlsx_bombs as bombs

    rows = [bombs.HEADER_ROW, *bombs.numbered_rows(2, 1_000_000)]
    path = bombs.swap_parts(bombs.roster(tmp_path / "base.xlsx"), tmp_path / "rows.xlsx",
                            {bombs.SHEET: bombs.sheet(rows)})
    install_translators(qapp, "th")
    try:
        dialog = RosterImportDialog(path, UnitKind.PROVINCIAL_POLICE_STATION, list,
                                    runner=tab_context(db).jobs)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.loading, timeout=20000)
    finally:
        install_translators(qapp, "en")
    text = dialog.problems.toPlainText()
    assert text.startswith("แผ่นงานแรกของแฟ้ม 'rows.xlsx' มีแถวเกินแถวที่ 20,000 (นับรวมแถวว่าง)")
    assert not dialog.import_button.isEnabled() and dialog.table.rowCount() == 0
