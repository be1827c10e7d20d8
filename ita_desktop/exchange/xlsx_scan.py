"""The first sheet of an .xlsx workbook and its shared texts, read ahead of openpyxl within limits.

openpyxl reads every shared text of a workbook into memory before the first cell, and walks a
read-only sheet row by row down to the last ``<row>`` element, or to the row its
``<dimension>`` claims (which any program can write as ``A1:XFD1048576``). A 293 KB workbook
whose shared texts unpack to gigabytes, or a sheet of a million empty rows, held the window
for tens of seconds or ran it out of memory. So the parts openpyxl would read unbounded are
first scanned here as a stream (expat, no tree): the number of shared texts, the rows of the
first sheet counted whether empty or not, the columns in use and the length of each cell's
text, each stopped at its limit as soon as it is passed. What the scan finds (the last row
and column that hold anything) then bounds openpyxl's own reading.

The parts are found the way openpyxl finds them (content types, the workbook's relationships,
the first sheet that is a worksheet), so the sheet scanned is the sheet openpyxl reads.
"""

from __future__ import annotations

import posixpath
import zipfile
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from xml.parsers import expat

from ita_desktop.exchange.zip_limits import CHUNK

_CONTENT_TYPES = "[Content_Types].xml"
_SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.%s.main+xml"
_MACRO = "application/vnd.ms-excel.%s.macroEnabled.main+xml"
# openpyxl's order of preference when a package names more than one workbook part.
_WORKBOOK_TYPES = (_MACRO % "template", _SPREADSHEET % "template", _MACRO % "sheet",
                   _SPREADSHEET % "sheet")
_SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_REL_ID = "http://schemas.openxmlformats.org/officeDocument/2006/relationships id"
# Characters of a shared text's index kept while reading it; an index is a short number.
_INDEX_DIGITS = 12


class XlsxDamaged(Exception):  # noqa: N818 - the caller words it as a damaged workbook
    """The package's structure cannot be followed (a part missing, XML that does not parse)."""


class SheetLimit(Enum):
    """Which limit of a sheet was passed."""

    ROWS = "rows"
    COLUMNS = "columns"
    CELL_LENGTH = "cell_length"
    SHARED_STRINGS = "shared_strings"


@dataclass(frozen=True)
class SheetLimits:
    #: The last row number read, empty rows included.
    max_rows: int
    #: The last column that may hold something.
    max_columns: int
    #: Characters of one cell's text.
    max_cell_chars: int
    #: Entries of the shared-text table.
    max_shared_strings: int


class SheetLimitExceeded(Exception):  # noqa: N818 - a refusal, named after what happened
    """``limit`` passed: ``figure`` against ``allowed``; ``cell`` names the cell (A1 style) when
    one cell is the cause."""

    def __init__(self, limit: SheetLimit, figure: int, allowed: int, cell: str = "") -> None:
        super().__init__(f"{limit.value}: {figure} > {allowed} {cell}".strip())
        self.limit = limit
        self.figure = figure
        self.allowed = allowed
        self.cell = cell


@dataclass(frozen=True)
class SheetExtent:
    """Where the first worksheet's content ends: 0 when it holds nothing."""

    member: str
    last_row: int
    last_column: int


def column_letters(column: int) -> str:
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _local(name: str) -> str:
    return name.rpartition(" ")[2]


def _parse(archive: zipfile.ZipFile, member: str,
           start: Callable[[str, dict[str, str]], None],
           end: Callable[[str], None] | None = None,
           text: Callable[[str], None] | None = None) -> None:
    """Stream ``member`` through expat; the archive counts and limits the bytes and looks at
    the cancel flag at every chunk."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if text is not None:
        parser.CharacterDataHandler = text

    def no_doctype(*_: object) -> None:
        raise XlsxDamaged(f"{member}: document type declaration")

    parser.StartDoctypeDeclHandler = no_doctype
    parser.EntityDeclHandler = no_doctype
    try:
        with archive.open(member) as source:
            while chunk := source.read(CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except KeyError as exc:
        raise XlsxDamaged(f"{member}: missing") from exc
    except expat.ExpatError as exc:
        raise XlsxDamaged(f"{member}: {exc}") from exc


def _attributes(archive: zipfile.ZipFile, member: str, element: str) -> list[dict[str, str]]:
    """The attributes of every ``element`` of a small part (content types, relationships)."""
    found: list[dict[str, str]] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        if _local(name) == element:
            found.append(attrs)

    _parse(archive, member, start)
    return found


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Id -> (target member, type) of ``part``'s relationships, targets resolved as openpyxl
    resolves them (absolute, or relative to the part's folder)."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    found: dict[str, tuple[str, str]] = {}
    for attrs in _attributes(archive, rels, "Relationship"):
        target = attrs.get("Target", "")
        if attrs.get("TargetMode") == "External" or "Id" not in attrs:
            continue
        if target.startswith("/"):
            target = target[1:]
        else:
            target = posixpath.normpath(posixpath.join(folder, target))
        found[attrs["Id"]] = (target, attrs.get("Type", ""))
    return found


def _parts(archive: zipfile.ZipFile) -> tuple[str | None, str | None]:
    """(first worksheet, shared-text table) members; None where the workbook has none."""
    overrides = _attributes(archive, _CONTENT_TYPES, "Override")
    defaults = {a.get("ContentType") for a in _attributes(archive, _CONTENT_TYPES, "Default")}
    by_type: dict[str, str] = {}
    for attrs in overrides:
        by_type.setdefault(attrs.get("ContentType", ""), attrs.get("PartName", "").lstrip("/"))
    workbook = next((by_type[t] for t in _WORKBOOK_TYPES if t in by_type), None)
    if workbook is None:
        if not defaults & set(_WORKBOOK_TYPES):
            raise XlsxDamaged("no workbook part")
        workbook = "xl/workbook.xml"
    shared = by_type.get(_SHARED_STRINGS)
    ids = [a[_REL_ID] for a in _attributes(archive, workbook, "sheet") if a.get(_REL_ID)]
    relationships = _relationships(archive, workbook)
    members = set(archive.namelist())
    for rel_id in ids:
        if rel_id not in relationships:
            raise XlsxDamaged(f"{workbook}: no relationship {rel_id}")
        target, kind = relationships[rel_id]
        if target in members and "chartsheet" not in kind:
            return target, shared
    return None, shared


def _shared_lengths(archive: zipfile.ZipFile, member: str, limits: SheetLimits) -> array[int]:
    """The length in characters of each shared text (phonetic guides left out, as openpyxl
    leaves them out), never holding the texts themselves."""
    lengths: array[int] = array("Q")
    state = {"in_text": False, "phonetic": 0, "length": 0}

    def start(name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if local == "si":
            if len(lengths) >= limits.max_shared_strings:
                raise SheetLimitExceeded(SheetLimit.SHARED_STRINGS, len(lengths) + 1,
                                         limits.max_shared_strings)
            state["length"] = 0
        elif local == "rPh":
            state["phonetic"] += 1
        elif local == "t" and not state["phonetic"]:
            state["in_text"] = True

    def end(name: str) -> None:
        local = _local(name)
        if local == "si":
            lengths.append(state["length"])
        elif local == "rPh":
            state["phonetic"] -= 1
        elif local == "t":
            state["in_text"] = False

    def text(data: str) -> None:
        if state["in_text"]:
            state["length"] += len(data)

    _parse(archive, member, start, end, text)
    return lengths


class _SheetScan:
    """The handlers of one worksheet's scan and what they found."""

    def __init__(self, shared: array[int], limits: SheetLimits) -> None:
        self.shared = shared
        self.limits = limits
        self.row = 0
        self.column = 0
        self.kind = "n"
        self.ref = ""
        self.length = 0
        self.index = ""
        self.in_value = False
        self.in_inline = False
        self.in_text = False
        self.phonetic = 0
        self.last_row = 0
        self.last_column = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if local == "row":
            number = attrs.get("r")
            # As openpyxl counts: a row without its number follows the one before.
            self.row = int(number) if number and number.isdigit() else self.row + 1
            if self.row > self.limits.max_rows:
                raise SheetLimitExceeded(SheetLimit.ROWS, self.row, self.limits.max_rows)
            self.column = 0
        elif local == "c":
            self.column = _column_of(attrs.get("r", ""), self.column + 1)
            self.ref = f"{column_letters(self.column)}{self.row}"
            self.kind = attrs.get("t", "n")
            self.length = 0
            self.index = ""
        elif local == "v":
            self.in_value = True
        elif local == "is":
            self.in_inline = True
        elif local == "rPh":
            self.phonetic += 1
        elif local == "t" and self.in_inline and not self.phonetic:
            self.in_text = True

    def end(self, name: str) -> None:
        local = _local(name)
        if local == "v":
            self.in_value = False
        elif local == "is":
            self.in_inline = False
        elif local == "rPh":
            self.phonetic -= 1
        elif local == "t":
            self.in_text = False
        elif local == "c":
            self._cell_done()

    def text(self, data: str) -> None:
        if self.in_value and self.kind == "s":
            self.index += data
            if len(self.index) > _INDEX_DIGITS:
                raise XlsxDamaged(f"{self.ref}: shared text index {self.index[:20]}…")
        elif self.in_value or self.in_text:
            self.length += len(data)
            self._check_length()

    def _check_length(self) -> None:
        if self.length > self.limits.max_cell_chars:
            raise SheetLimitExceeded(SheetLimit.CELL_LENGTH, self.length,
                                     self.limits.max_cell_chars, self.ref)

    def _cell_done(self) -> None:
        if self.kind == "s" and self.index.strip():
            try:
                self.length = self.shared[int(self.index)]
            except (ValueError, IndexError) as exc:
                # openpyxl would fail on it with an IndexError of its own.
                raise XlsxDamaged(f"{self.ref}: no shared text {self.index}") from exc
            self._check_length()
        if self.length:
            if self.column > self.limits.max_columns:
                raise SheetLimitExceeded(SheetLimit.COLUMNS, self.column,
                                         self.limits.max_columns, self.ref)
            self.last_row = self.row
            self.last_column = max(self.last_column, self.column)


def _column_of(ref: str, following: int) -> int:
    letters = ref.rstrip("0123456789")
    if not letters:
        return following
    column = 0
    for letter in letters.upper():
        if not "A" <= letter <= "Z" or column > 16384:
            raise XlsxDamaged(f"cell reference {ref[:20]}")
        column = column * 26 + ord(letter) - ord("A") + 1
    return column


def scan_first_sheet(archive: zipfile.ZipFile, limits: SheetLimits) -> SheetExtent | None:
    """The first worksheet's extent, or None when the workbook has no worksheet.

    ``SheetLimitExceeded`` at the first limit passed; ``XlsxDamaged`` when the package cannot
    be followed. Give a ``BoundedZipFile`` as ``archive`` to bound the bytes read and to stop
    when cancelled.
    """
    sheet, shared_member = _parts(archive)
    if sheet is None:
        return None
    shared: array[int] = array("Q")
    if shared_member is not None:
        shared = _shared_lengths(archive, shared_member, limits)
    scan = _SheetScan(shared, limits)
    _parse(archive, sheet, scan.start, scan.end, scan.text)
    return SheetExtent(sheet, scan.last_row, scan.last_column)
