"""The words the OIT charts carry, in the window's language: the charts module holds no text
of its own (``reports/oit_charts.py``), so both pages of the tab take their words here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ita_desktop.domain.oit import Pace
from ita_desktop.domain.oit_score import LEVEL_WORDS
from ita_desktop.domain.oit_workflow import Status, status_word
from ita_desktop.reports.oit_charts import ProgressWords, ScoreWords, WorkloadWords
from ita_desktop.ui.common.error_text import error_text


def status_words() -> dict[Status, str]:
    """The states as the items page names them (the workflow's own words)."""
    return {status: error_text(status_word(status)) for status in Status}


def score_words() -> ScoreWords:
    # The level names are the NACC's own, printed in Thai in every language.
    return ScoreWords(iit="IIT", eit="EIT", oit="OIT",
                      total=QCoreApplication.translate("OitCharts", "Total"),
                      levels=LEVEL_WORDS,
                      unconfirmed=QCoreApplication.translate("OitCharts", "(to confirm)"))


def workload_words() -> WorkloadWords:
    return WorkloadWords(preparing=QCoreApplication.translate("OitCharts", "prepares"),
                         controlling=QCoreApplication.translate("OitCharts", "controls"))


def progress_words() -> ProgressWords:
    return ProgressWords(counted=QCoreApplication.translate("OitCharts", "count from ITAP"),
                         expected=QCoreApplication.translate("OitCharts", "pace to the target"),
                         deadline=QCoreApplication.translate("OitCharts", "deadline"))


def pace_word(pace: Pace) -> str:
    words = {
        Pace.REACHED: QCoreApplication.translate("OitCharts", "target reached"),
        Pace.ON_TRACK: QCoreApplication.translate("OitCharts", "on track"),
        Pace.BEHIND: QCoreApplication.translate("OitCharts", "behind the pace"),
        Pace.MISSED: QCoreApplication.translate("OitCharts", "deadline passed short of the target"),
    }
    return words[pace]
