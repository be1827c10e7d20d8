"""The roster workbook: the blank template, reading a filled-in roster, writing the roster out.

openpyxl is imported inside the functions: it is needed only when the user imports or exports,
and the window must start without it.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.progress import (
    CancelCheck,
    Cancelled,
    Progress,
    never_cancelled,
    no_progress,
)
from ita_desktop.domain.roster import (
    COLUMN_HEADERS,
    REQUIRED_COLUMNS,
    ROSTER_COLUMNS,
    TEMPLATE_EXAMPLE_FIRST,
    TEMPLATE_EXAMPLE_LAST,
    TEMPLATE_EXAMPLE_NOTE,
    Person,
    column_for_header,
)
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.domain.thai_text import display_width
from ita_desktop.domain.units import UnitKind, section_by_key, unit_kind_info
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.exchange.xlsx_scan import (
    SheetExtent,
    SheetLimit,
    SheetLimitExceeded,
    SheetLimits,
    XlsxDamaged,
    column_letters,
    scan_first_sheet,
)
from ita_desktop.exchange.zip_limits import (
    BoundedZipFile,
    XmlDoctypeFound,
    ZipLimit,
    ZipLimitExceeded,
    ZipLimits,
)
from ita_desktop.files import put_text, write_atomically

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 5000
HEADER_SEARCH_ROWS = 15
# Rows read between two progress reports and looks at the cancel flag.
ROWS_PER_REPORT = 50
THAI_FONT = "TH Sarabun New"
SHEET_TITLE = "บัญชีรายชื่อ"
_MB = 1024 * 1024

# What a roster workbook may be, with room to spare: a 5,000-person roster made by Excel is
# about 1 MB packed, 10 MB unpacked, some twenty parts; its XML packs at most some 30 times.
# Deflate packs a bomb up to a thousand times, so the ratio alone stops the worst of them.
ZIP_LIMITS = ZipLimits(max_members=1000, max_directory_bytes=512 * 1024,
                       max_member_bytes=32 * _MB, max_total_bytes=64 * _MB,
                       max_ratio=200, ratio_floor=1 * _MB)
# Rows counted empty or not: a few blank or formatted rows around the list are usual, a
# million is not. A roster has nine columns and texts of a few dozen characters.
SHEET_LIMITS = SheetLimits(max_rows=4 * MAX_ROWS, max_columns=200, max_cell_chars=1000,
                           max_shared_strings=100_000)


class RosterFileError(AppError):
    """The file cannot be read as a roster; the code names why, the values the file."""


register({
    "roster_file.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "Cannot read '%path': %detail."),
    "roster_file.too_large": QT_TRANSLATE_NOOP(
        "Errors", "'%name' is too large for a roster (%size KB)."),
    "roster_file.not_xlsx": QT_TRANSLATE_NOOP(
        "Errors", "'%name' is not an Excel workbook (.xlsx). Save the roster as .xlsx first."),
    "roster_file.damaged": QT_TRANSLATE_NOOP(
        "Errors", "'%name' cannot be read as an Excel workbook (.xlsx): it is damaged, "
        "password-protected or of another kind."),
    "roster_file.no_sheets": QT_TRANSLATE_NOOP("Errors", "'%name' has no sheets."),
    "roster_file.no_header": QT_TRANSLATE_NOOP(
        "Errors", "'%name' has no header row: the first sheet should have the columns "
        "%columns (download the template from the program)."),
    "roster_file.wrong_header": QT_TRANSLATE_NOOP(
        "Errors", "'%name' is not a roster: its header row has no column %missing. The header "
        "row must have the columns %columns (download the template from the program)."),
    "roster_file.too_many_rows": QT_TRANSLATE_NOOP(
        "Errors", "'%name' has more than %limit people; split it into smaller files."),
    "roster_file.zip_members": QT_TRANSLATE_NOOP(
        "Errors", "'%name' holds %count parts; a workbook holds at most %limit, so the file "
        "was not read."),
    "roster_file.unpacked_size": QT_TRANSLATE_NOOP(
        "Errors", "'%name' unpacks to %size MB or more, beyond the %limit MB a roster workbook "
        "may unpack to, so the file was not read."),
    "roster_file.part_size": QT_TRANSLATE_NOOP(
        "Errors", "Part '%part' of '%name' unpacks to %size MB or more, beyond the %limit MB "
        "one part of a roster workbook may unpack to, so the file was not read."),
    "roster_file.compression_ratio": QT_TRANSLATE_NOOP(
        "Errors", "Part '%part' of '%name' is packed %ratio times smaller than its content; "
        "a workbook is packed at most %limit times, so the file was not read (a file packed "
        "that tightly is made to exhaust the computer's memory)."),
    "roster_file.too_many_sheet_rows": QT_TRANSLATE_NOOP(
        "Errors", "The first sheet of '%name' goes on past row %limit (empty rows count too); "
        "a roster is read only down to row %limit. Delete the empty rows below the list, or "
        "copy the list into a new workbook, and import it again."),
    "roster_file.too_many_columns": QT_TRANSLATE_NOOP(
        "Errors", "The first sheet of '%name' has something in cell %cell; a roster is read "
        "only up to column %column. Delete what is beyond it and import the file again."),
    "roster_file.cell_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Cell %cell of '%name' holds more than %limit characters; a roster cell "
        "holds at most %limit. Shorten it and import the file again."),
    "roster_file.too_many_texts": QT_TRANSLATE_NOOP(
        "Errors", "'%name' holds more than %limit different texts, far more than a roster of "
        "at most %people people, so the file was not read."),
})


@dataclass
class RosterSheet:
    path: Path
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]
    ignored_headers: list[str]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        # Phone numbers typed into Excel come back as floats and lose their leading zero.
        return str(int(value))
    text = str(value).strip()
    return text[1:] if text.startswith("'") else text


def _megabytes(size: int) -> str:
    return f"{size / _MB:,.1f}"


def _zip_refusal(path: Path, exc: ZipLimitExceeded) -> RosterFileError:
    name = path.name
    if exc.limit is ZipLimit.MEMBERS:
        return RosterFileError("roster_file.zip_members", name=name, count=f"{exc.figure:,}",
                               limit=f"{exc.allowed:,}")
    if exc.limit is ZipLimit.RATIO:
        return RosterFileError("roster_file.compression_ratio", name=name, part=exc.member,
                               ratio=f"{exc.figure:,}", limit=f"{exc.allowed:,}")
    if exc.limit is ZipLimit.MEMBER_SIZE:
        return RosterFileError("roster_file.part_size", name=name, part=exc.member,
                               size=_megabytes(exc.figure), limit=f"{exc.allowed // _MB:,}")
    return RosterFileError("roster_file.unpacked_size", name=name, size=_megabytes(exc.figure),
                           limit=f"{exc.allowed // _MB:,}")


def _sheet_refusal(path: Path, exc: SheetLimitExceeded) -> RosterFileError:
    name = path.name
    if exc.limit is SheetLimit.ROWS:
        return RosterFileError("roster_file.too_many_sheet_rows", name=name,
                               limit=f"{exc.allowed:,}")
    if exc.limit is SheetLimit.COLUMNS:
        return RosterFileError("roster_file.too_many_columns", name=name, cell=exc.cell,
                               column=column_letters(exc.allowed))
    if exc.limit is SheetLimit.CELL_LENGTH:
        return RosterFileError("roster_file.cell_too_long", name=name, cell=exc.cell,
                               limit=f"{exc.allowed:,}")
    return RosterFileError("roster_file.too_many_texts", name=name, limit=f"{exc.allowed:,}",
                           people=f"{MAX_ROWS:,}")


def _open_bounded(path: Path, cancelled: CancelCheck):  # type: ignore[no-untyped-def]
    """The workbook (openpyxl, read-only) and its first sheet's extent, after the zip and the
    sheet passed their limits; the workbook reads through the same bounded zip."""
    from openpyxl.reader.excel import ExcelReader

    archive = BoundedZipFile(path, ZIP_LIMITS, cancelled)
    try:
        extent = scan_first_sheet(archive, SHEET_LIMITS)
        # External links carry cached copies of other workbooks; a roster needs none.
        reader = ExcelReader(path, read_only=True, data_only=True, keep_links=False)
        # openpyxl's own zip has not read anything yet: all its reading goes through ours.
        reader.archive.close()
        reader.archive = archive
        reader.valid_files = archive.namelist()
        reader.read()
    except BaseException:
        archive.close()
        raise
    return reader.wb, extent


def read_roster(path: Path, progress: Progress = no_progress,
                cancelled: CancelCheck = never_cancelled) -> RosterSheet:
    """Read the first sheet's header row and people; no checking of the people themselves.

    ``progress(row, last_row)`` follows the rows; ``Cancelled`` is raised once ``cancelled()``,
    also while the file is checked against its limits (``ZIP_LIMITS``, ``SHEET_LIMITS``).
    """
    from xml.etree.ElementTree import ParseError

    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise RosterFileError("roster_file.unreadable", path=path,
                              detail=exc.strerror or str(exc)) from exc
    if size > MAX_FILE_BYTES:
        raise RosterFileError("roster_file.too_large", name=path.name, size=size // 1024)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise RosterFileError("roster_file.not_xlsx", name=path.name)
    try:
        try:
            workbook, extent = _open_bounded(path, cancelled)
        except (zipfile.BadZipFile, InvalidFileException, XlsxDamaged, XmlDoctypeFound,
                ParseError, KeyError, OSError, TypeError, ValueError) as exc:
            raise RosterFileError("roster_file.damaged", name=path.name) from exc
        try:
            return _read_rows(path, workbook, extent, progress, cancelled)
        except ParseError as exc:
            raise RosterFileError("roster_file.damaged", name=path.name) from exc
        finally:
            workbook.close()
    except ZipLimitExceeded as exc:
        raise _zip_refusal(path, exc) from exc
    except SheetLimitExceeded as exc:
        raise _sheet_refusal(path, exc) from exc


def _read_rows(path: Path, workbook, extent: SheetExtent | None,  # type: ignore[no-untyped-def]
               progress: Progress, cancelled: CancelCheck) -> RosterSheet:
    sheet = workbook.worksheets[0] if workbook.worksheets else None
    if sheet is None or extent is None:
        raise RosterFileError("roster_file.no_sheets", name=path.name)
    if getattr(sheet, "_worksheet_path", extent.member) != extent.member:
        # openpyxl took another part for the first sheet than the scan did: the scan's
        # bounds would not hold for what is read, so the package is not followed at all.
        raise RosterFileError("roster_file.damaged", name=path.name)
    header_index: dict[int, str] = {}
    ignored: list[str] = []
    header_row = 0
    # The scanned extent, never the sheet's own <dimension>, which may claim a million rows
    # and 16,384 columns; an empty sheet is not read at all (0 would mean "to the end").
    last_row = extent.last_row
    rows = iter(())
    if last_row:
        rows = sheet.iter_rows(max_row=last_row, max_col=extent.last_column, values_only=True)
    for number, values in enumerate(rows, start=1):
        found = {i: column_for_header(_cell_text(v)) for i, v in enumerate(values)}
        keys = {i: k for i, k in found.items() if k}
        if "first_name" in keys.values() or "rank" in keys.values():
            header_index = keys
            ignored = [_cell_text(v) for i, v in enumerate(values)
                       if _cell_text(v) and i not in keys]
            header_row = number
            break
        if number >= HEADER_SEARCH_ROWS:
            break
    if not header_row:
        raise RosterFileError(
            "roster_file.no_header", name=path.name,
            columns=", ".join(COLUMN_HEADERS[k] for k in ("rank", "first_name", "last_name")))
    missing = [k for k in REQUIRED_COLUMNS if k not in header_index.values()]
    if missing:
        # Another kind of list (a "Name" column, no surname): no row of it can be judged,
        # so the file is refused as a whole rather than its rows checked one by one.
        raise RosterFileError(
            "roster_file.wrong_header", name=path.name,
            missing=", ".join(COLUMN_HEADERS[k] for k in missing),
            columns=", ".join(thai for _, thai, _ in ROSTER_COLUMNS))
    people: list[tuple[int, dict[str, str]]] = []
    for number, values in enumerate(rows, start=header_row + 1):
        if number % ROWS_PER_REPORT == 0:
            if cancelled():
                raise Cancelled
            progress(number, max(last_row, number))
        record = {key: _cell_text(values[i]) for i, key in header_index.items()
                  if i < len(values)}
        if not any(record.values()):
            continue
        if len(people) >= MAX_ROWS:
            raise RosterFileError("roster_file.too_many_rows", name=path.name,
                                  limit=MAX_ROWS)
        people.append((number, record))
    progress(1, 1)
    return RosterSheet(path, sorted(set(header_index.values())), people, ignored)


def _atomic_save(workbook, path: Path) -> None:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomically(path, buffer.getvalue())


def _style_header(sheet, widths: Sequence[int]) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(name=THAI_FONT, size=16, bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F3")
        cell.alignment = Alignment(vertical="center")
    sheet.row_dimensions[1].height = 27
    sheet.freeze_panes = "A2"


def write_template(path: Path, kind: UnitKind) -> None:
    """A blank roster with the header row, one example row and the list of sections."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    sheet.append([thai for _, thai, _ in ROSTER_COLUMNS])
    sections = unit_kind_info(kind).sections
    example = {
        "rank": "ร.ต.อ.หญิง", "first_name": TEMPLATE_EXAMPLE_FIRST,
        "last_name": TEMPLATE_EXAMPLE_LAST,
        "position": "รองสารวัตร", "position_abbr": "รอง สว.", "section": sections[0].thai,
        "phone": "0812345678", "email": "", "note": TEMPLATE_EXAMPLE_NOTE,
    }
    sheet.append([example[key] for key, _, _ in ROSTER_COLUMNS])
    _style_header(sheet, [16, 18, 18, 36, 20, 24, 16, 26, 24])
    for cell in sheet[2]:
        cell.font = Font(name=THAI_FONT, size=16, italic=True, color="777777")
    sheet.row_dimensions[2].height = 24
    lists = workbook.create_sheet("สายงาน")
    lists.append(["สายงานที่ใช้ได้"])
    for section in sections:
        lists.append([section.thai])
    lists.column_dimensions["A"].width = 30
    section_column = [k for k, _, _ in ROSTER_COLUMNS].index("section") + 1
    letter = get_column_letter(section_column)
    validation = DataValidation(
        type="list", formula1=f"='สายงาน'!$A$2:$A${len(sections) + 1}", allow_blank=True
    )
    validation.add(f"{letter}2:{letter}{MAX_ROWS}")
    sheet.add_data_validation(validation)
    _atomic_save(workbook, path)


def export_roster(
    path: Path, people: Sequence[Person], kind: UnitKind, digits: DigitStyle = DigitStyle.THAI
) -> None:
    """The roster in the template's columns (so it can be imported again) plus the status."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    sheet.append([thai for _, thai, _ in ROSTER_COLUMNS] + ["สถานะ"])
    for person in people:
        try:
            section = section_by_key(kind, person.section_key).thai if person.section_key else ""
        except (KeyError, ValueError):
            section = person.section_key
        if person.active:
            status = "ปฏิบัติงาน"
        elif person.left_on:
            status = "ออกจากหน่วย " + format_thai_date(person.left_on, DateForm.ABBR, digits)
        else:
            status = "ออกจากหน่วย"
        row = sheet.max_row + 1
        for column, text in enumerate([
            person.title_text, person.first_name, person.last_name, person.position,
            person.position_abbr, section, person.phone, person.email, person.note, status,
        ], start=1):
            # Typed text, never a formula: a name such as =HYPERLINK(…) must stay letters.
            put_text(sheet.cell(row=row, column=column), text)
    body = Font(name=THAI_FONT, size=16)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.font = body
            cell.alignment = Alignment(vertical="top")
            cell.number_format = "@"
        sheet.row_dimensions[row[0].row].height = 24
    widths = [14, 14, 14, 30, 18, 22, 14, 24, 18, 22]
    for column in sheet.iter_cols():
        index = column[0].column - 1
        longest = max(display_width(str(cell.value or "")) for cell in column)
        # Thai at 16 pt is wider per character than Excel's default width unit assumes.
        widths[index] = max(widths[index], min(60, int(longest * 1.1) + 2))
    _style_header(sheet, widths)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.print_title_rows = "1:1"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    _atomic_save(workbook, path)
