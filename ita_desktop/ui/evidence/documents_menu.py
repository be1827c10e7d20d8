"""The photo evidence tab's documents: the measures (O23) and the results report with photos
(O24, O25 at police stations), through the window's export dialog (preview, sign-off,
register), as the OIT tab's documents button does. The command line makes the same files
(`export integrity-measures|integrity-results`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ita_desktop.ui.common.documents_button import ReportsButton
from ita_desktop.ui.shell.tab import TabContext

# The report kinds the menu offers ("evdocs" registers them).
REPORTS = ("integrity-measures", "integrity-results")


class DocumentsButton(ReportsButton):
    """"Documents ▾": the year's measures, and the results report with photos."""

    def __init__(self, context: TabContext, may_leave: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, may_leave, parent)
        self.setText(self.tr("Documents"))
        self.setToolTip(self.tr("Export the year's integrity measures (O23) or the report of "
                                "their results with photos (O24)"))
        titles = {
            "integrity-measures": self.tr("Measures (O23)…"),
            "integrity-results": self.tr("Results report with photos (O24)…"),
        }
        self.add_reports({kind: titles[kind] for kind in REPORTS})
