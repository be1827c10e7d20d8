"""Input files the tests hand to the program as a user would: a scanned signature, a roster
workbook."""

from __future__ import annotations

from pathlib import Path

ROSTER_HEADER = ["ยศ", "ชื่อ", "นามสกุล", "สายงาน"]


def signature_scan(path: Path) -> Path:
    """A signature in blue ink on slightly grey paper, as a phone photographs it."""
    from PIL import Image, ImageDraw

    sheet = Image.new("RGB", (1200, 600), (246, 244, 240))
    ImageDraw.Draw(sheet).line([(300, 350), (520, 240), (700, 380)], fill=(20, 30, 120),
                               width=12)
    sheet.save(path)
    return path


def roster_file(path: Path, rows: list[list[str]], header: list[str] = ROSTER_HEADER) -> Path:
    """A roster workbook: ``header`` on the first row, then ``rows``."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def damage(path: Path) -> Path:
    """Overwrite the middle of the people table's b-tree page, as a bad sector or a pulled USB
    stick does, so that ``PRAGMA integrity_check`` fails while the file still opens."""
    import sqlite3

    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'people'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8: start + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))
    return path
