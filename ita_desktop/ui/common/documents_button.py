"""The "Documents ▾" button in a tab's corner: each report the tab makes, through the window's
export dialog (preview, sign-off, register). A tab's own button words itself and its reports
(``add_reports``) and may add more to the menu; asking before a document is made (a change
typed but not saved would not be in it) and the dialog are the same for every tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ita_desktop.ui.shell.tab import TabContext


class ReportsButton(QToolButton):
    def __init__(self, context: TabContext, may_leave: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._may_leave = may_leave
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.report_menu = QMenu(self)
        self.report_actions: dict[str, QAction] = {}
        self.setMenu(self.report_menu)

    def add_reports(self, titles: dict[str, str]) -> None:
        """Report kind -> the menu's words for it, in the menu's order."""
        for kind, title in titles.items():
            action = self.report_menu.addAction(title)
            action.triggered.connect(lambda _=False, k=kind: self.export(k))
            self.report_actions[kind] = action

    def export(self, kind: str) -> None:
        from ita_desktop.ui.reports.export_dialog import ExportDialog

        if not self._may_leave():
            return
        context = self.context
        dialog = ExportDialog(context.db, context.year(), context.digits(), context.export_dir(),
                              context.english, self, runner=context.jobs, kind=kind)
        dialog.exec()
        dialog.deleteLater()
