"""The neutral document tree every report is built as, and every renderer reads.

A builder (one per report) turns store data into a :class:`Document`; the DOCX, PDF and XLSX
renderers turn a Document into bytes. Nothing here knows about a file format, Qt or SQL.

Sizes are in the units of the official format: font sizes in points of TH Sarabun New (body
16 pt), lengths in centimetres. The PDF renderer, which embeds Sarabun instead, scales font
sizes to look the same.

Text is given as runs. Every run is written with the document's digit style (Thai or Arabic
digits) unless it is ``verbatim``: e-mail addresses, web addresses, file names and
fingerprints keep their digits as typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from ita_desktop.domain.digits import DigitStyle, apply_digits

BODY_SIZE = 16.0
"""The official body size: TH Sarabun New 16 pt."""

HASH_WORD = "ค่าแฮช"
"""What the verification line calls the document's hash (the term of ETDA's standards for
electronic documents)."""

DRAFT_MARK = "ร่าง"
"""Printed on every page of a draft (``Document.draft``), so that no one files one by
mistake; a signed-off document carries none."""


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


@dataclass(frozen=True)
class Run:
    """A piece of text with one look."""

    text: str
    bold: bool = False
    underline: bool = False
    italic: bool = False
    verbatim: bool = False


Text = str | Run | Sequence[Run]
"""What builders may pass wherever text goes: a plain string, one run, or several runs."""


def runs_of(text: Text, *, bold: bool = False) -> tuple[Run, ...]:
    """Normalise builder text to a tuple of runs; ``bold`` makes plain strings bold."""
    if isinstance(text, str):
        return (Run(text, bold=bold),) if text else ()
    if isinstance(text, Run):
        return (text,)
    return tuple(text)


def plain_text(runs: Iterable[Run]) -> str:
    return "".join(run.text for run in runs)


def written(run: Run, digits: DigitStyle) -> str:
    """The text of ``run`` as it appears in the document: digits converted unless verbatim."""
    return run.text if run.verbatim else apply_digits(run.text, digits)


# --- parts -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TitleBlock:
    """The head of an official document: the emblem centred, then bold centred title lines."""

    lines: tuple[tuple[Run, ...], ...]
    emblem: bytes | None = None
    emblem_height_cm: float = 3.0
    size: float = BODY_SIZE + 4


@dataclass(frozen=True)
class Heading:
    runs: tuple[Run, ...]
    level: int = 1
    align: Align = Align.LEFT


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    align: Align = Align.LEFT
    first_line_indent_cm: float = 0.0
    left_indent_cm: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    size: float = BODY_SIZE
    keep_with_next: bool = False
    """Never end a page after this paragraph (a lead-in line, a label above a table)."""


@dataclass(frozen=True)
class ListItem:
    """One entry of a list: its paragraph of runs and, below it, its own sub-entries."""

    runs: tuple[Run, ...]
    items: tuple[ListItem, ...] = ()


@dataclass(frozen=True)
class ListBlock:
    """A numbered or bulleted list, possibly nested.

    Numbered entries are written "๑." at the top level and, below it, with the numbers of
    every level joined as the seeds number committee members and agenda paragraphs: "๑.๑",
    "๑.๑.๑". An entry is a :class:`ListItem`, or for a flat list simply a tuple of runs.
    ``start`` is the first top-level number.
    """

    items: tuple[ListItem | tuple[Run, ...], ...]
    numbered: bool = True
    start: int = 1

    def entries(self) -> tuple[ListItem, ...]:
        return tuple(item if isinstance(item, ListItem) else ListItem(tuple(item))
                     for item in self.items)


def list_numbers(block: ListBlock) -> list[tuple[int, str, ListItem]]:
    """Every entry of ``block`` in reading order as (depth, label, entry), depth 0 at the top.
    Labels are in Arabic digits ("1." at the top, "1.2" and "1.2.3" below; "" for bullets);
    renderers apply the document's digits."""
    found: list[tuple[int, str, ListItem]] = []

    def walk(entries: tuple[ListItem, ...], prefix: str, depth: int, start: int) -> None:
        for n, entry in enumerate(entries, start=start):
            number = f"{prefix}{n}"
            label = (f"{number}." if depth == 0 else number) if block.numbered else ""
            found.append((depth, label, entry))
            walk(entry.items, f"{number}.", depth + 1, 1)

    walk(block.entries(), "", 0, block.start)
    return found


@dataclass(frozen=True)
class Cell:
    runs: tuple[Run, ...] = ()
    colspan: int = 1
    rowspan: int = 1
    align: Align = Align.LEFT
    bold: bool = False
    number: int | float | None = None
    """The value of a cell that holds a number (a count, a score): the XLSX stores it as a
    number, the runs are how every format shows it."""

    @property
    def text(self) -> str:
        return plain_text(self.runs)


Row = tuple[Cell | None, ...]
"""One table row with exactly one slot per column; ``None`` marks a slot covered by a cell
spanning from the left or from above."""


@dataclass(frozen=True)
class Table:
    """A table with header rows repeated on every page.

    ``columns`` are relative widths (they are scaled to the text width). Merged cells are a
    Cell with ``colspan``/``rowspan`` and ``None`` in every slot it covers.
    """

    columns: tuple[float, ...]
    header_rows: tuple[Row, ...]
    rows: tuple[Row, ...]
    title: str = ""
    size: float = BODY_SIZE - 2
    grid: bool = True
    """Grid lines around every cell; without them a table only lines text up in columns, as
    the member list of an order does (names on the left, committee roles on the right)."""
    min_row_height_cm: float = 0.0
    """The least height of a body row: an attendance sheet's rows leave room for a hand
    signature however short the name beside it is."""
    keep_with_next: bool = False
    """Never end a page after this table: a measure's table of the results report stays with
    the photos under it."""

    def __post_init__(self) -> None:
        check_grid(self)


def span_row(width: int, text: Text, *, bold: bool = True, align: Align = Align.LEFT) -> Row:
    """A row whose one cell spans all ``width`` columns: a group row such as a phase of the
    calendar ("ช่วงเตรียมการประเมิน")."""
    return (Cell(runs_of(text), colspan=width, align=align, bold=bold),
            *([None] * (width - 1)))


@dataclass(frozen=True)
class Image:
    data: bytes
    caption: tuple[Run, ...] = ()


@dataclass(frozen=True)
class ImageGrid:
    images: tuple[Image, ...]
    columns: int = 2
    image_height_cm: float = 6.0


@dataclass(frozen=True)
class Picture:
    """One image placed at a given size: the emblem of an order (3 cm high), a full-width
    photo. Without ``height_cm`` the height follows the image's proportions; the picture is
    never wider than the text."""

    data: bytes
    width_cm: float
    height_cm: float | None = None
    align: Align = Align.CENTER
    caption: tuple[Run, ...] = ()


@dataclass(frozen=True)
class Figure:
    """A chart, drawn with reportlab's charting library (``reports/oit_charts.py``).

    ``drawing`` is a ``reportlab.graphics.shapes.Drawing``; it is typed loosely so that the
    model imports no rendering library. The PDF places the drawing itself, narrowed to the
    text width when wider. DOCX and XLSX print ``caption`` alone: the program carries no
    rasteriser to turn a drawing into a picture for them, and a report with charts gives
    their figures in a table beside them, which those formats keep.
    """

    drawing: Any
    caption: tuple[Run, ...] = ()


@dataclass(frozen=True)
class Signer:
    """One signature block as the seeds print it, top to bottom::

        ตรวจแล้วถูกต้อง                    (above, optional)
        ร.ต.อ.หญิง [signature] ........    (the signing line: the rank, then the signature)
        (ธนิษฐา คณานันท์)                  (the bare name in brackets)
        รอง สว.ตม.จว.มุกดาหาร              (the position)
        ผู้จดรายงานการประชุม                 (the role)
        วันที่ ๕ ม.ค. ๒๕๖๗                   (the date)

    ``rank`` stands on the signing line: the full rank in orders ("พันตำรวจเอก"), the
    abbreviation in minutes and reports ("ร.ต.อ.หญิง"). Civilians have no rank line; their
    title is part of ``name`` ("นางสาวสุดา ใจดี"). The signature image sits on the signing
    line; without one the line is dotted for a hand signature. Without a ``name`` the whole
    block is left blank for hand writing.
    """

    role: str
    name: str = ""
    position: str = ""
    date_text: str = ""
    above: str = ""
    signature: bytes | None = None
    rank: str = ""


@dataclass(frozen=True)
class SignatureBlock:
    """Signers, ``columns`` side by side (the recorder and the checker of minutes sign side
    by side). A block is never split over pages and never stands alone on a page: every
    renderer keeps it with the last lines of the content before it. A lone signer on the
    last row of a side-by-side block stands centred under the others (the chair who
    approves the minutes)."""

    signers: tuple[Signer, ...]
    columns: int = 1


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class ContinuedLine:
    """The official "continued" mark at the foot of a page, e.g. "/ ๒. รายชื่อ ...",
    written at the right before a page break."""

    text: str




@dataclass(frozen=True)
class Verification:
    """What a signed-off document shows so that it can be checked later."""

    report_number: str
    version: int
    signed_on: str
    fingerprint: str
    line: str
    """"รายงานเลขที่ … ฉบับที่ … ลงนาม … ค่าแฮช 3F9A-21C0-77B4-E615", in the document's digits
    except the hash."""
    qr_payload: str

    @property
    def parts(self) -> tuple[str, str]:
        """The line in two for a narrow place such as beside the QR code: which version it is,
        and "ค่าแฮช …" on a line of its own, where neither the word nor the hash may break."""
        head, found, tail = self.line.rpartition(f" {HASH_WORD} ")
        return (head, f"{HASH_WORD}\u00a0{tail}") if found else (self.line, "")


@dataclass(frozen=True)
class PageSetup:
    orientation: Orientation = Orientation.PORTRAIT
    top_cm: float = 2.5
    bottom_cm: float = 2.0
    left_cm: float = 3.0
    right_cm: float = 2.0

    @property
    def size_cm(self) -> tuple[float, float]:
        return (29.7, 21.0) if self.orientation is Orientation.LANDSCAPE else (21.0, 29.7)

    @property
    def text_width_cm(self) -> float:
        return self.size_cm[0] - self.left_cm - self.right_cm


@dataclass(frozen=True)
class SectionBreak:
    """The parts after it start on a new page with their own page setup: a landscape
    calendar inside a portrait report. In an XLSX they go to a sheet of their own."""

    page: PageSetup


Part = (TitleBlock | Heading | Paragraph | ListBlock | Table | ImageGrid | Picture | Figure
        | SignatureBlock | PageBreak | ContinuedLine | SectionBreak)


@dataclass(frozen=True)
class Document:
    title: str
    parts: tuple[Part, ...]
    digits: DigitStyle = DigitStyle.THAI
    page: PageSetup = field(default_factory=PageSetup)
    page_numbers: bool = True
    author: str = ""
    font_name: str = "TH Sarabun New"
    """The font DOCX and XLSX name; the PDF embeds its own."""
    verification: Verification | None = None
    draft: bool = False
    """A draft: every page carries :data:`DRAFT_MARK` in every format."""
    created: datetime | None = None
    """When the document was made (the DOCX and XLSX properties, the PDF's creation date);
    the renderers take the present moment when it is not given."""
    keep_whole: frozenset[str] = frozenset()
    """Words a line never splits: the names the document prints (the unit, its people),
    which the line breaker's dictionary does not know and would cut ("ศรีวาริ" / "นทร์").
    The PDF and XLSX renderers break lines themselves and honour them; Word breaks DOCX
    lines itself."""

    def tables(self) -> list[Table]:
        return [part for part in self.parts if isinstance(part, Table)]


def check_grid(table: Table) -> None:
    """Refuse a table whose rows do not fill the grid exactly (every renderer relies on it)."""
    width = len(table.columns)
    if width == 0:
        raise ValueError("a table needs at least one column")
    rows = table.header_rows + table.rows
    covered: set[tuple[int, int]] = set()
    for r, row in enumerate(rows):
        if len(row) != width:
            raise ValueError(f"table row {r + 1} has {len(row)} slots, the table {width} columns")
        for c, cell in enumerate(row):
            if cell is None:
                if (r, c) not in covered:
                    raise ValueError(f"table row {r + 1} column {c + 1} is empty but not "
                                     "covered by a merged cell")
                continue
            if (r, c) in covered:
                raise ValueError(f"table row {r + 1} column {c + 1} is covered by a merged "
                                 "cell but holds a cell")
            if cell.colspan < 1 or cell.rowspan < 1 or c + cell.colspan > width:
                raise ValueError(f"table row {r + 1} column {c + 1} spans outside the table")
            if r + cell.rowspan > len(rows):
                raise ValueError(f"table row {r + 1} column {c + 1} spans below the table")
            if r < len(table.header_rows) <= r + cell.rowspan - 1:
                raise ValueError("a header cell cannot span into the body rows")
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    if dr or dc:
                        covered.add((r + dr, c + dc))
