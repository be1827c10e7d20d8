"""Reading a rendered PDF back as a reader sees its pages: the laid-out lines of text with
where they stand, the images with their size, the stroked lines, the page sizes and the file's
information. Coordinates are PDF points, origin at the bottom left of the page."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw


@dataclass(frozen=True)
class Box:
    text: str
    left: float
    bottom: float
    right: float
    top: float

    @property
    def middle(self) -> float:
        return (self.bottom + self.top) / 2


Segment = tuple[tuple[float, float], tuple[float, float]]


def _open(data: bytes) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(data)


def text_boxes(data: bytes) -> list[list[Box]]:
    """Each page's pieces of text (a line, or a part of a line in one span) with their box,
    top to bottom as the page is read."""
    pdf = _open(data)
    pages = []
    try:
        for i in range(len(pdf)):
            page = pdf[i].get_textpage()
            boxes = []
            for k in range(page.count_rects()):
                left, bottom, right, top = page.get_rect(k)
                text = page.get_text_bounded(left, bottom, right, top)
                boxes.append(Box(text.strip(), left, bottom, right, top))
            pages.append([box for box in boxes if box.text])
    finally:
        pdf.close()
    return pages


def occurrences(data: bytes, text: str) -> list[list[tuple[float, float, float, float]]]:
    """Each page's boxes around every occurrence of ``text``."""
    pdf = _open(data)
    pages = []
    try:
        for i in range(len(pdf)):
            page = pdf[i].get_textpage()
            searcher = page.search(text)
            found = []
            while (hit := searcher.get_next()) is not None:
                start, count = hit
                chars = [page.get_charbox(k) for k in range(start, start + count)]
                found.append((min(c[0] for c in chars), min(c[1] for c in chars),
                              max(c[2] for c in chars), max(c[3] for c in chars)))
            pages.append(found)
    finally:
        pdf.close()
    return pages


def find(pages: list[list[Box]], text: str) -> list[tuple[int, Box]]:
    """Every (page index, box) whose text contains ``text``."""
    return [(n, box) for n, page in enumerate(pages) for box in page if text in box.text]


def one(pages: list[list[Box]], text: str) -> tuple[int, Box]:
    found = find(pages, text)
    assert len(found) == 1, f"{text!r} found {len(found)} times"
    return found[0]


def images(data: bytes) -> list[list[tuple[float, float, float, float]]]:
    """Each page's images as (left, bottom, right, top)."""
    pdf = _open(data)
    try:
        return [[tuple(obj.get_bounds()) for obj in pdf[i].get_objects(
            filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=4)] for i in range(len(pdf))]
    finally:
        pdf.close()


def stroked_segments(data: bytes) -> list[list[Segment]]:
    """Each page's stroked straight lines (grid lines, rules, underlines) in page space."""
    pdf = _open(data)
    pages = []
    try:
        for i in range(len(pdf)):
            segments: list[Segment] = []
            for obj in pdf[i].get_objects(filter=(raw.FPDF_PAGEOBJ_PATH,), max_depth=4):
                fill, stroke = ctypes.c_int(), ctypes.c_int()
                raw.FPDFPath_GetDrawMode(obj.raw, fill, stroke)
                if not stroke.value:
                    continue
                a, b, c, d, e, f = obj.get_matrix().get()
                points = []
                for k in range(raw.FPDFPath_CountSegments(obj.raw)):
                    segment = raw.FPDFPath_GetPathSegment(obj.raw, k)
                    x, y = ctypes.c_float(), ctypes.c_float()
                    raw.FPDFPathSegment_GetPoint(segment, x, y)
                    point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
                    if raw.FPDFPathSegment_GetType(segment) == raw.FPDF_SEGMENT_LINETO:
                        segments.append((points[-1], point))
                    points.append(point)
            pages.append(segments)
    finally:
        pdf.close()
    return pages


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    pdf = _open(data)
    try:
        return [tuple(pdf[i].get_size()) for i in range(len(pdf))]
    finally:
        pdf.close()


def metadata(data: bytes) -> dict[str, str]:
    pdf = _open(data)
    try:
        return pdf.get_metadata_dict()
    finally:
        pdf.close()
