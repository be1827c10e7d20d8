"""The EIT(2) contact list as the workbook the unit uploads to ITAP: one sheet, the header row
first, one contact a row.

ITAP reads the cells' values, so the sheet holds values only: the running number as a number,
everything else as text (a phone number keeps its leading zero, and a name typed as
``=HYPERLINK(…)`` stays letters, never a formula). No title rows above the header, no sheet
of notes: an upload takes the first row as the header. openpyxl is imported inside the
function: the window must start without it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from ita_desktop.domain.oit_plan import Eit2Contact
from ita_desktop.domain.thai_text import display_width
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.files import put_text, write_atomically

register({
    "eit2.not_written": QT_TRANSLATE_NOOP(
        "Errors", "The EIT(2) contact workbook could not be written to '%path' (%detail). "
        "Nothing was written there."),
})

SHEET_TITLE = "EIT2"
HEADER = ("ลำดับ", "กลุ่มผู้มีส่วนได้ส่วนเสีย", "ชื่อ-สกุล", "หน่วยงาน/องค์กร",
          "หมายเลขโทรศัพท์", "อีเมล")
THAI_FONT = "TH Sarabun New"
_MIN_WIDTHS = (8, 30, 26, 30, 18, 28)
_MAX_WIDTH = 60


def ordered(contacts: Sequence[Eit2Contact], groups: Sequence[str]) -> list[Eit2Contact]:
    """The contacts by stakeholder group in the catalog's order of ``groups``, each group's
    contacts as they were entered; a group the catalog no longer lists comes after."""
    place = {group: index for index, group in enumerate(groups)}
    return sorted(contacts, key=lambda contact: place.get(contact.group, len(place)))


def contacts_workbook(contacts: Sequence[Eit2Contact]) -> bytes:
    """The .xlsx bytes of ``contacts`` in the order given."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    head_font = Font(name=THAI_FONT, size=16, bold=True)
    body_font = Font(name=THAI_FONT, size=16)
    for column, text in enumerate(HEADER, start=1):
        cell = sheet.cell(row=1, column=column)
        put_text(cell, text)
        cell.font = head_font
        cell.fill = PatternFill("solid", fgColor="DDE7F3")
        cell.alignment = Alignment(vertical="center")
    widths = list(_MIN_WIDTHS)
    for number, contact in enumerate(contacts, start=1):
        row = number + 1
        first = sheet.cell(row=row, column=1, value=number)
        first.font = body_font
        texts = (contact.group, contact.name, contact.organisation, contact.phone.strip(),
                 contact.email.strip())
        for column, text in enumerate(texts, start=2):
            cell = sheet.cell(row=row, column=column)
            put_text(cell, text)
            cell.font = body_font
            # Text format, so that a phone number typed into the cell later keeps its zero.
            cell.number_format = "@"
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            # Thai at 16 pt is wider per character than Excel's width unit assumes.
            widths[column - 1] = max(widths[column - 1],
                                     min(_MAX_WIDTH, int(display_width(text) * 1.1) + 2))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.print_title_rows = "1:1"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def write_contacts(path: Path, contacts: Sequence[Eit2Contact]) -> int:
    """Write the workbook to ``path`` whole or not at all; return the number of contacts."""
    data = contacts_workbook(contacts)
    path = Path(path)
    try:
        write_atomically(path, data, make_folder=True)
    except OSError as exc:
        raise AppError("eit2.not_written", path=path,
                       detail=exc.strerror or str(exc)) from exc
    return len(contacts)
