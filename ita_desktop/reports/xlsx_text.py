"""How much room text takes in an XLSX, and how values are written into cells.

Excel neither measures Thai text nor grows row heights written by openpyxl, so widths and
heights are estimated here from the count of characters that take room (Thai marks above and
below do not) and set explicitly: the default 15 pt row clips 16 pt Thai. No openpyxl at module
level: the window must start without it.
"""

from __future__ import annotations

import math
import re

from ita_desktop.domain.digits import DigitStyle, to_arabic_digits
from ita_desktop.domain.thai_text import display_width
from ita_desktop.reports.model import (
    BODY_SIZE,
    Cell,
    Orientation,
    PageSetup,
    Run,
    plain_text,
    written,
)

UNITS_PER_CHAR = 1.15
"""Excel width units (Calibri 11 digit widths, 7 px) per non-mark character of TH Sarabun New
16 pt: 0.95-1.13 measured on Thai and Latin text in Sarabun and Laksaman, each scaled to TH
Sarabun New's size; rounded up so that a column never cuts its widest line."""
CELL_PADDING = 1.5
PX_PER_UNIT = 7.0
LINE_PT = 1.5
"""Row height per line as a multiple of the font size: 24 pt for TH Sarabun New 16 pt."""
ROW_PAD_PT = 3.0
MAX_ROW_PT = 409.0
"""Excel's largest row height; longer text is split over several rows."""
WRAP_SLACK = 0.93
"""Lines break at word ends, so a line holds less than the full column width."""
INDENT_UNITS = 1.5
"""One cell indent level, about three characters."""

FILL = 0.92
"""The share of a printed page the planned rows may fill. LibreOffice lays out exactly the
planned heights (a page filled to 100 % printed as planned with the stand-in font), so this is
the margin for what no test here sees: a printer driver's rounding, Excel's own row rounding on
another screen resolution, a substitute default font."""
PT_PER_PX = 0.75
"""Excel draws a row height as whole pixels (0.75 pt at 96 dpi) and rounds any other height."""
DEFAULT_ROW_PT = 15.0
"""The height of a row with nothing written in it (Calibri 11, the workbook's default font)."""
WIDE_UNITS = 100.0
"""Sheets wider than this (about 1.15 portrait text widths) are printed landscape."""

THAI_NUMBERS = "[$-D00041E]"
"""The number-format prefix that shows a number in Thai digits (numeral shape 0D, Thai
locale 041E): the form Excel itself writes, and the one LibreOffice reads as Thai digits."""


def clean(text: str) -> str:
    """The text without the control characters openpyxl refuses (IllegalCharacterError)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)


def scale(size: float, bold: bool) -> float:
    """Width units per character that takes room, at ``size`` points."""
    return UNITS_PER_CHAR * size / BODY_SIZE * (1.04 if bold else 1.0)


def line_count(text: str, size: float, bold: bool, width: float) -> int:
    """Lines the text wraps to in a cell ``width`` units wide: a line that fits stays one,
    a longer one loses the slack of word-end breaks on every line."""
    fits, room = width - CELL_PADDING, max(1.0, (width - CELL_PADDING) * WRAP_SLACK)
    widths = [display_width(line) * scale(size, bold) for line in text.split("\n")]
    return sum(1 if units <= fits else math.ceil(units / room) for units in widths)


def height(lines: int, size: float) -> float:
    return min(MAX_ROW_PT, lines * size * LINE_PT + ROW_PAD_PT)


def is_wide(widths: list[float], page: PageSetup) -> bool:
    """Whether a sheet prints landscape: its page says so, or it is too wide for portrait."""
    return sum(widths) > WIDE_UNITS or page.orientation is Orientation.LANDSCAPE


def printed(points: float) -> float:
    """A row height as it is written and printed: whole pixels, rounded up so that the row
    is never shorter than its text needs (and never past Excel's largest row)."""
    pixels = math.ceil(points / PT_PER_PX - 1e-9)
    return min(math.floor(MAX_ROW_PT / PT_PER_PX), pixels) * PT_PER_PX


def text_area_pt(widths: list[float], page: PageSetup) -> tuple[float, float]:
    """Width and height in points inside the margins of the sheet's printed page."""
    width_cm, height_cm = (29.7, 21.0) if is_wide(widths, page) else (21.0, 29.7)
    return ((width_cm - page.left_cm - page.right_cm) / 2.54 * 72,
            (height_cm - page.top_cm - page.bottom_cm) / 2.54 * 72)


def print_scale(widths: list[float], page: PageSetup) -> float:
    """The largest scale at which Excel or LibreOffice can print the sheet fitted to the page
    width: fit-to-width only ever shrinks (both print a narrow sheet at 100 %), and the sheet is
    taken at its narrowest, 7 pixels a width unit without the 5 pixels of cell padding. A
    wider default font (LibreOffice without Calibri or Carlito draws the columns wider) only
    shrinks the print further, and shorter rows still fit the planned pages."""
    text_w, _ = text_area_pt(widths, page)
    sheet_w = sum(PX_PER_UNIT * width for width in widths) * PT_PER_PX
    return min(1.0, text_w / sheet_w) if sheet_w else 1.0


def capacity(widths: list[float], page: PageSetup) -> float:
    """Points of rows (as written, before the print scale) one printed page is planned to
    hold: the height inside the margins at the largest print scale, less the safety margin.
    Excel prints its header and footer inside the margins, and LibreOffice keeps the body
    where Excel's margins put it."""
    _, text_h = text_area_pt(widths, page)
    return text_h / print_scale(widths, page) * FILL


def cut(text: str, limit: int) -> str:
    """At most ``limit`` characters, never ending between a Thai letter and its marks."""
    end = min(len(text), limit)
    while 0 < end < len(text) and display_width(text[end]) == 0:
        end -= 1
    return text[:end]


_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_name(wanted: str, taken: set[str], digits: DigitStyle) -> str:
    """Excel's rules: 1-31 characters, none of []:*?/\\, no apostrophe at either end, unique
    ignoring case, and not "History" (Excel reserves it)."""
    name = _FORBIDDEN.sub(" ", clean(wanted)).strip().strip("'").strip()
    name = cut(name or written(Run("ตาราง"), digits), 31).strip()
    candidate, number = name, 2
    while candidate.casefold() in taken or candidate.casefold() == "history":
        suffix = written(Run(f" ({number})"), digits)
        candidate = cut(name, 31 - len(suffix)).rstrip() + suffix
        number += 1
    taken.add(candidate.casefold())
    return candidate


_NUMERAL = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def _literal(text: str, digits: DigitStyle) -> str:
    # A quote cannot stand inside a quoted literal of a number format; none of our texts
    # needs one, so it is dropped rather than escaped.
    return f'"{written(Run(text), digits).replace(chr(34), "")}"' if text else ""


def number_format(cell: Cell, digits: DigitStyle) -> str:
    """The number format that shows ``cell.number`` as its runs read ("30 รายการ"): the
    numeral found in the text becomes the number's pattern, the words around it literals.

    Thai digits come from the format, not from the text, so that the cell stays a number a
    formula can add up; a numeral the text does not hold falls back to the plain number."""
    text = to_arabic_digits(plain_text(cell.runs))
    for match in _NUMERAL.finditer(text):
        numeral = match.group()
        try:
            value = float(numeral.replace(",", ""))
        except ValueError:
            continue
        if value != cell.number:
            continue
        decimals = len(numeral.split(".")[1]) if "." in numeral else 0
        pattern = ("#,##0" if "," in numeral else "0") + ("." + "0" * decimals if decimals else "")
        body = _literal(text[:match.start()], digits) + pattern + _literal(text[match.end():],
                                                                           digits)
        break
    else:
        body = "General"
    return THAI_NUMBERS + body if digits is DigitStyle.THAI else body


def cm_px(cm: float) -> float:
    return cm / 2.54 * 96


def split_columns(count: int, parts: int) -> list[tuple[int, int]]:
    """``count`` columns shared out into ``parts`` groups as (first, last), left to right."""
    bounds = [round(i * count / parts) for i in range(parts + 1)]
    return [(bounds[i], bounds[i + 1] - 1) for i in range(parts)]
