"""The photo evidence tab's documents: the measures (O23) and the results report with photos
(O24, O25 at police stations), through the window's export dialog (preview, sign-off,
register), as the OIT tab's documents button does. The command line makes the same files
(`export integrity-measures|integrity-results`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ita_desktop.ui.shell.tab import TabContext

# The report kinds the menu offers ("evdocs" registers them).
REPORTS = ("integrity-measures", "integrity-results")


class DocumentsButton(QToolButton):
    """"Documents ▾": the year's measures, and the results report with photos."""

    def __init__(self, context: TabContext, may_leave: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # Asked before a document is made: a measure typed but not saved would not be in it.
        self._may_leave = may_leave
        self.setText(self.tr("Documents"))
        self.setToolTip(self.tr("Export the year's integrity measures (O23) or the report of "
                                "their results with photos (O24)"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        titles = {
            "integrity-measures": self.tr("Measures (O23)…"),
            "integrity-results": self.tr("Results report with photos (O24)…"),
        }
        self.report_actions: dict[str, QAction] = {}
        for kind in REPORTS:
            action = menu.addAction(titles[kind])
            action.triggered.connect(lambda _=False, k=kind: self.export(k))
            self.report_actions[kind] = action
        self.setMenu(menu)

    def export(self, kind: str) -> None:
        from ita_desktop.ui.reports.export_dialog import ExportDialog

        if not self._may_leave():
            return
        context = self.context
        dialog = ExportDialog(context.db, context.year(), context.digits(), context.export_dir(),
                              context.english, self, runner=context.jobs, kind=kind)
        dialog.exec()
        dialog.deleteLater()
