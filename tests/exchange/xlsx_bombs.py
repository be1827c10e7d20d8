"""Workbooks built to exhaust the reader, made as an attacker would make them: a real roster
workbook with one part swapped for a stream that unpacks to far more than it packs to.

The parts are written as a stream through ``zipfile``, so building a 200 MB bomb holds only a
chunk of it at a time. Also used by ``benchmarks/roster_limits.py``.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

SHEET = "xl/worksheets/sheet1.xml"
SHARED = "xl/sharedStrings.xml"
STYLES = "xl/styles.xml"
SHARED_TYPE = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET_OPEN = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<worksheet xmlns="{MAIN_NS}">').encode()
HEADER = ["ยศ", "ชื่อ", "นามสกุล", "สายงาน"]


def roster(path: Path, rows: int = 2) -> Path:
    """An ordinary roster made by openpyxl: the header and ``rows`` people."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(HEADER)
    for k in range(rows):
        book.active.append(["ส.ต.ต.", f"ใหม่{k}", "ทดสอบ", ""])
    book.save(path)
    return path


def swap_parts(source: Path, target: Path, parts: Mapping[str, Iterable[bytes]],
               level: int = 6) -> Path:
    """``source`` with the members named in ``parts`` replaced by (or added as) the streams."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(
            target, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as new:
        for info in old.infolist():
            if info.filename in parts:
                continue
            data = old.read(info.filename)
            if info.filename == "[Content_Types].xml" and SHARED in parts \
                    and SHARED_TYPE not in data:
                # openpyxl writes texts into the sheet; a shared-text table must be declared.
                data = data.replace(b"</Types>", b'<Override PartName="/' + SHARED.encode()
                                    + b'" ContentType="' + SHARED_TYPE + b'"/></Types>')
            new.writestr(info.filename, data)
        for name, chunks in parts.items():
            with new.open(name, "w") as member:
                for chunk in chunks:
                    member.write(chunk)
    return target


def repeated(piece: bytes, total: int, head: bytes = b"", foot: bytes = b"") -> Iterator[bytes]:
    """``head``, ``piece`` repeated to about ``total`` bytes, ``foot``; in 1 MB chunks."""
    block = piece * max(1, (1 << 20) // len(piece))
    yield head
    for _ in range(max(1, total // len(block))):
        yield block
    yield foot


def shared_text_bomb(source: Path, target: Path, unpacked: int, level: int) -> Path:
    """One long Thai text repeated as shared texts until the table unpacks to ``unpacked``."""
    piece = b"<si><t>" + "ก".encode() * 300 + b"</t></si>"
    head = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}">'.encode()
    return swap_parts(source, target,
                      {SHARED: repeated(piece, unpacked, head, b"</sst>")}, level)


def numbered_rows(first: int, last: int, extra: str = "") -> Iterator[bytes]:
    for start in range(first, last + 1, 10_000):
        yield "".join(f'<row r="{n}"{extra}/>'
                      for n in range(start, min(start + 10_000, last + 1))).encode()


def sheet(rows: Iterable[bytes], dimension: str = "") -> Iterator[bytes]:
    yield SHEET_OPEN
    if dimension:
        yield f'<dimension ref="{dimension}"/>'.encode()
    yield b"<sheetData>"
    yield from rows
    yield b"</sheetData></worksheet>"


def inline_row(number: int, cells: Mapping[str, str]) -> bytes:
    """A row of inline-string cells, ``{"A": text, ...}``."""
    xml = "".join(f'<c r="{column}{number}" t="inlineStr"><is><t>{text}</t></is></c>'
                  for column, text in cells.items())
    return f'<row r="{number}">{xml}</row>'.encode()


def shared_row(number: int, cells: Mapping[str, int]) -> bytes:
    """A row of cells that show shared texts, ``{"A": index, ...}``."""
    xml = "".join(f'<c r="{column}{number}" t="s"><v>{index}</v></c>'
                  for column, index in cells.items())
    return f'<row r="{number}">{xml}</row>'.encode()


def shared_texts(texts: Iterable[str]) -> Iterator[bytes]:
    yield f'<sst xmlns="{MAIN_NS}">'.encode()
    for text in texts:
        yield f"<si><t>{text}</t></si>".encode()
    yield b"</sst>"


HEADER_ROW = inline_row(1, dict(zip("ABCD", HEADER, strict=True)))


def understate(path: Path, member: str, size: int) -> Path:
    """Make the central directory claim ``member`` unpacks to ``size`` bytes, as a hand-edited
    bomb would, to slip past checks of declared sizes."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        (name_length,) = struct.unpack("<H", data[at + 28:at + 30])
        if data[at + 46:at + 46 + name_length] == name:
            struct.pack_into("<I", data, at + 24, size)
            path.write_bytes(bytes(data))
            return path
        at = data.find(b"PK\x01\x02", at + 4)
    raise KeyError(member)
