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
