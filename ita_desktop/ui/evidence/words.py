"""How the photo evidence tab names an area and a meeting, shared by the measures list, the
editor and the grid so one thing is never worded two ways."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.evidence import Area
from ita_desktop.domain.meetings import Meeting
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.ui.common.forms import fill

# The context is written out at each call: lupdate reads only literal contexts.


def area_title(area: Area) -> str:
    if area == Area.SERVICE:
        return QCoreApplication.translate("Evidence", "One Stop Service point")
    if area == Area.COMMUNICATION:
        return QCoreApplication.translate("Evidence",
                                          "Communicating the unit's role and results")
    return QCoreApplication.translate("Evidence", "Publishing the OIT data")


def meeting_name(meeting: Meeting, digits: DigitStyle) -> str:
    """"Meeting 2/2569 (15 ม.ค. 2569) subject": how a meeting is offered in a list."""
    named = fill(QCoreApplication.translate("Evidence", "Meeting %1 (%2)"),
                 meeting.number_text(digits),
                 format_thai_date(meeting.dated, DateForm.ABBR, digits))
    return f"{named} {meeting.subject}".strip()
