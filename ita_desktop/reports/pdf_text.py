"""Thai text for the PDF: the embedded Sarabun fonts, widths from HarfBuzz, and lines that
draw shaped and copy out exactly.

What was measured (../shared/thai_text): reportlab shapes Thai only inside Paragraphs with
shaping on, breaks lines only at spaces, and with shaping on the PDF's glyph-to-text map
gives the wrong text (ำ split in two, marks moved to the next letter). So every line is
broken here (``linebreak``), drawn as its own one-line Paragraph, and wrapped in a marked
content span whose /ActualText is the line's source text: copy and paste, search and
pdftotext then give exactly what was written.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.reports.linebreak import Line, break_lines
from ita_desktop.reports.model import Align, Run, written
from ita_desktop.resources import sarabun_folder

SIZE_SCALE = 1 / 1.5
"""Sarabun is drawn 1.5 times larger than TH Sarabun New at the same size: 16 pt of the
official font looks like 10.67 pt of Sarabun."""
LEADING = 1.3
"""Line height per official point: TH Sarabun New 16 pt single-spaced is about 20.8 pt."""

FAMILY = "ITA-Sarabun"
_FILES = {
    (False, False): ("ITA-Sarabun", "Sarabun-Regular.ttf"),
    (True, False): ("ITA-Sarabun-Bold", "Sarabun-Bold.ttf"),
    (False, True): ("ITA-Sarabun-Italic", "Sarabun-Italic.ttf"),
    (True, True): ("ITA-Sarabun-BoldItalic", "Sarabun-BoldItalic.ttf"),
}
_ALIGN = {Align.LEFT: TA_LEFT, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT,
          Align.JUSTIFY: TA_JUSTIFY}


def pdf_size(official_pt: float) -> float:
    return official_pt * SIZE_SCALE


def leading(official_pt: float) -> float:
    return official_pt * LEADING


@functools.cache
def register_fonts() -> str:
    """Register the four Sarabun faces with reportlab once; returns the family name."""
    from reportlab.lib.fonts import addMapping

    folder = sarabun_folder()
    for (bold, italic), (name, file) in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        addMapping(FAMILY, int(bold), int(italic), name)
    return FAMILY


def font_name(run: Run) -> str:
    return _FILES[(run.bold, run.italic)][0]


@functools.cache
def _hb_font(bold: bool, italic: bool):  # type: ignore[no-untyped-def]
    import uharfbuzz as hb

    blob = hb.Blob.from_file_path(str(sarabun_folder() / _FILES[(bold, italic)][1]))
    face = hb.Face(blob)
    font = hb.Font(face)
    return font, face.upem


@functools.lru_cache(maxsize=65536)
def _shaped_width(text: str, bold: bool, italic: bool) -> float:
    """Advance width of ``text`` in font units per point, as HarfBuzz shapes it."""
    import uharfbuzz as hb

    font, upem = _hb_font(bold, italic)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font, buffer, {})
    return sum(position.x_advance for position in buffer.glyph_positions) / upem


class Measurer:
    """Widths in points at one official size, with the document's digits applied."""

    def __init__(self, official_pt: float, digits: DigitStyle) -> None:
        self.size = pdf_size(official_pt)
        self.digits = digits

    def __call__(self, text: str, run: Run) -> float:
        shown = text if run.verbatim else written(Run(text), self.digits)
        return _shaped_width(shown, run.bold, run.italic) * self.size


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


class TextLine(RLParagraph):
    """One line of shaped text whose copied text is exactly its source text."""

    def __init__(self, markup: str, style: ParagraphStyle, source: str) -> None:
        super().__init__(markup, style)
        self.source = source

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """One line cannot be split: a table row cut inside moves the line whole. (The
        paragraph's own split would rebuild it with arguments this class does not take.)"""
        return []

    def draw(self) -> None:
        # Inside drawOn's save/restore, so that readers place the span where the glyphs are.
        code = self.canv._code  # noqa: SLF001 (reportlab's content stream; no public API)
        if self.source.strip():
            # poppler sizes an /ActualText span from the font current when the span opens;
            # reportlab sets no font outside text objects for embedded fonts, so set one.
            font = pdfmetrics.getFont(self.style.fontName)
            internal = font.getSubsetInternalName(0, self.canv._doc)  # noqa: SLF001
            code.append(f"BT {internal} {self.style.fontSize:.2f} Tf ET")
            code.append(f"/Span <</ActualText {_actual_text(self.source)}>> BDC")
            super().draw()
            code.append("EMC")
        else:
            super().draw()


@dataclass(frozen=True)
class TextStyle:
    size: float = 16.0
    align: Align = Align.LEFT
    left_indent: float = 0.0
    first_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False


def _markup(line: Line, digits: DigitStyle) -> str:
    parts = []
    for piece in line.pieces:
        text = escape(piece.text if piece.run.verbatim else written(Run(piece.text), digits))
        if piece.run.underline:
            text = f"<u>{text}</u>"
        if piece.run.italic:
            text = f"<i>{text}</i>"
        if piece.run.bold:
            text = f"<b>{text}</b>"
        parts.append(text)
    return "".join(parts)


def _style(size: float, align: Align, indent: float, justify: bool) -> ParagraphStyle:
    return _cached_style(size, align if (justify or align is not Align.JUSTIFY) else Align.LEFT,
                         round(indent, 2))


@functools.lru_cache(maxsize=512)
def _cached_style(size: float, align: Align, indent: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"line-{size}-{align}-{indent}", fontName=FAMILY, fontSize=pdf_size(size),
        leading=leading(size), alignment=_ALIGN[align], bulletFontName=FAMILY,
        leftIndent=indent, shaping=1,
        splitLongWords=0, justifyLastLine=1, allowWidows=1, allowOrphans=1,
        embeddedHyphenation=0, hyphenationLang="",
    )


def text_lines(runs: Sequence[Run], width: float, style: TextStyle,
               digits: DigitStyle, keep: Collection[str] = ()) -> list[TextLine]:
    """Break ``runs`` into lines ``width`` points wide, never inside a word of ``keep``
    (the document's names), and make one flowable per line."""
    register_fonts()
    measure = Measurer(style.size, digits)
    # A little slack so that reportlab, measuring the same glyphs, never wraps a line again.
    usable = width - style.left_indent - 0.5
    lines = break_lines(list(runs), usable - style.first_indent, usable, measure, keep)
    flowables = []
    for k, line in enumerate(lines):
        indent = style.left_indent + (style.first_indent if k == 0 else 0.0)
        last = k == len(lines) - 1
        shown = "".join(piece.text if piece.run.verbatim else written(Run(piece.text), digits)
                        for piece in line.pieces)
        paragraph = TextLine(_markup(line, digits) or "&nbsp;",
                             _style(style.size, style.align, indent, not last and not line.tail
                                    .endswith("\n")), shown + line.tail)
        if k == 0:
            paragraph.spaceBefore = style.space_before
        if last:
            paragraph.spaceAfter = style.space_after
        paragraph.keepWithNext = style.keep_with_next or not last
        flowables.append(paragraph)
    # keepWithNext across every line would glue a long paragraph into one block: only the
    # first two and last two lines stay together (no widows, no orphans).
    for k, paragraph in enumerate(flowables):
        if 1 <= k < len(flowables) - 2:
            paragraph.keepWithNext = False
    return flowables
