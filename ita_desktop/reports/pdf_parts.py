"""Each part of the document tree as reportlab flowables, at the text width of the section
it stands in. How the flowables are held together over pages is ``render_pdf``'s business."""

from __future__ import annotations

import copy
import io
from dataclasses import replace

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, Spacer
from reportlab.platypus import Image as RLImage
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.reports.model import (
    Align,
    ContinuedLine,
    Figure,
    Heading,
    ImageGrid,
    ListBlock,
    PageBreak,
    PageSetup,
    Paragraph,
    Picture,
    Run,
    SignatureBlock,
    Signer,
    Table,
    TitleBlock,
    Verification,
    list_numbers,
)
from ita_desktop.reports.pdf_flowables import QRFlowable, SigningLine
from ita_desktop.reports.pdf_jpeg import JpegImage, jpeg_info
from ita_desktop.reports.pdf_text import (
    FAMILY,
    Measurer,
    TextLine,
    TextStyle,
    text_lines,
)

BODY = 16.0
CELL_PAD_X = 4.0
CELL_PAD_Y = 2.0
DOT = "."
DOTS = DOT * 40
LABEL_GAP = 0.25 * cm
"""Space between a list label ("๑.๑") and the entry's text."""
GRID_PAD = 2.0
"""Space either side of a photo in a grid, in points: photos fill their cell's width, so the
pictures stored for 1, 2 or 4 to a row (1,890, 945, 472 px and up) print at about 300 dpi,
as small a file as the resolution allows."""
SIGNATURE_HEIGHT = 1.2 * cm
QR_SIZE = 2.2 * cm
VERIFICATION_SIZE = BODY - 2
"""The verification beside the QR code, in official points."""
FOOTER_SIZE = BODY - 4
"""The verification line in the page footer."""
SMALLEST_SIZE = 8.0
"""Below this the verification could no longer be read off paper."""
_ALIGN = {Align.LEFT: "LEFT", Align.CENTER: "CENTER", Align.RIGHT: "RIGHT",
          Align.JUSTIFY: "LEFT"}


def image_size(data: bytes) -> tuple[int, int]:
    return ImageReader(io.BytesIO(data)).getSize()


def _image(data: bytes, height: float, max_width: float) -> RLImage:
    w, h = image_size(data)
    scale = min(height / h, max_width / w)
    return RLImage(io.BytesIO(data), width=w * scale, height=h * scale)


def _grid_image(data: bytes, height: float, max_width: float) -> Flowable:
    """A photo of a grid: a JPEG embedded as it is (``pdf_jpeg``), anything else through
    reportlab's image path."""
    info = jpeg_info(data)
    if info is None:
        picture = _image(data, height, max_width)
        picture.hAlign = "CENTER"
        return picture
    w, h = info[0], info[1]
    scale = min(height / h, max_width / w)
    return JpegImage(data, w * scale, h * scale, info)


class DocTable(RLTable):
    """A table made from a :class:`Table` part: the one kind whose last rows can go with a
    signature block."""


class PartBuilder:
    """Turns parts into flowables; one instance per document, told of each new section."""

    def __init__(self, digits: DigitStyle, page: PageSetup,
                 keep_whole: frozenset[str] = frozenset()) -> None:
        self.digits = digits
        self.keep_whole = keep_whole
        self.page = page
        self.width = page.text_width_cm * cm

    def start_section(self, page: PageSetup) -> None:
        self.page = page
        self.width = page.text_width_cm * cm

    def lines(self, runs: tuple[Run, ...] | list[Run], width: float | None = None,
              **style: object) -> list[TextLine]:
        return text_lines(runs, self.width if width is None else width,
                          TextStyle(**style), self.digits,  # type: ignore[arg-type]
                          self.keep_whole)

    def text_width(self, text: str, size: float = BODY) -> float:
        return Measurer(size, self.digits)(text, Run(text))

    def part(self, part: object) -> list[Flowable]:
        if isinstance(part, TitleBlock):
            return self.title_block(part)
        if isinstance(part, Heading):
            return self.lines(_bold(part.runs),
                              size=BODY + (2 if part.level == 1 else 0), align=part.align,
                              space_before=8 if part.level == 1 else 4, space_after=2,
                              keep_with_next=True)
        if isinstance(part, Paragraph):
            return self.lines(part.runs, size=part.size, align=part.align,
                              left_indent=part.left_indent_cm * cm,
                              first_indent=part.first_line_indent_cm * cm,
                              space_before=part.space_before, space_after=part.space_after,
                              keep_with_next=part.keep_with_next)
        if isinstance(part, ListBlock):
            return self.list_block(part)
        if isinstance(part, Table):
            return [self.table(part)]
        if isinstance(part, ImageGrid):
            return [self.image_grid(part)]
        if isinstance(part, Picture):
            return [self.picture(part)]
        if isinstance(part, Figure):
            return [self.figure(part)]
        if isinstance(part, SignatureBlock):
            return self.signatures(part)
        if isinstance(part, PageBreak):
            return [RLPageBreak()]
        if isinstance(part, ContinuedLine):
            return self.lines([Run(part.text)], align=Align.RIGHT, space_before=4)
        raise TypeError(f"cannot render {type(part).__name__} to PDF")

    def title_block(self, part: TitleBlock) -> list[Flowable]:
        flowables: list[Flowable] = []
        if part.emblem:
            emblem = _image(part.emblem, part.emblem_height_cm * cm, self.width)
            emblem.hAlign = "CENTER"
            flowables += [emblem, Spacer(1, 6)]
        for k, runs in enumerate(part.lines):
            flowables += self.lines(_bold(runs), size=part.size if k == 0 else BODY,
                                    align=Align.CENTER, keep_with_next=True)
        flowables.append(Spacer(1, 10))
        return flowables

    def list_block(self, part: ListBlock) -> list[Flowable]:
        """Each entry's label hangs in front of its text; an entry's sub-entries start where
        its text starts, so "๑.๑" stands under the text of "๑." and "๑.๑.๑" under that of
        "๑.๑", as the seeds indent agenda paragraphs."""
        numbers = list_numbers(part)
        labels = [(depth, apply_digits(label, self.digits) if part.numbered else "•", entry)
                  for depth, label, entry in numbers]
        label_width: dict[int, float] = {}
        for depth, label, _ in labels:
            needed = max(1.0 * cm, self.text_width(label) + LABEL_GAP)
            label_width[depth] = max(label_width.get(depth, 0.0), needed)
        offset = [0.0]
        for depth in range(1, max(label_width) + 1):
            offset.append(offset[-1] + label_width[depth - 1])
        flowables: list[Flowable] = []
        for depth, label, entry in labels:
            left, label_w = offset[depth], label_width[depth]
            text_w = self.width - left - label_w
            lines = self.lines(entry.runs, text_w, size=BODY)
            label_line = self.lines([Run(label)], label_w, size=BODY)[0]
            widths = [left, label_w, text_w] if left else [label_w, text_w]
            row = ["", label_line, lines] if left else [label_line, lines]
            flowables.append(_table([row], widths, [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                    *_no_padding()]))
        return flowables

    def table(self, part: Table) -> RLTable:
        total = sum(part.columns)
        widths = [self.width * c / total for c in part.columns]
        grid = part.header_rows + part.rows
        header = part.header_rows
        data: list[list[object]] = []
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y + 1),
        ]
        if part.grid:
            commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        if part.header_rows:
            last = len(part.header_rows) - 1
            commands.append(("VALIGN", (0, 0), (-1, last), "MIDDLE"))
            if part.grid:
                # Shading belongs to a ruled table; without lines a header is only bold text.
                commands.append(("BACKGROUND", (0, 0), (-1, last), colors.Color(0.9, 0.9, 0.9)))
        for r, row in enumerate(grid):
            cells: list[object] = []
            for c, cell in enumerate(row):
                if cell is None:
                    cells.append("")
                    continue
                span_width = sum(widths[c:c + cell.colspan]) - 2 * CELL_PAD_X
                runs = _bold(cell.runs) if cell.bold else cell.runs
                cells.append(self.lines(runs or [Run("")], span_width, size=part.size,
                                        align=cell.align))
                if cell.colspan > 1 or cell.rowspan > 1:
                    commands.append(("SPAN", (c, r), (c + cell.colspan - 1,
                                                      r + cell.rowspan - 1)))
                if cell.colspan == len(part.columns) and len(header) <= r < len(grid) - 1:
                    # A group row ("ช่วงเตรียมการประเมิน") never ends a page without the
                    # first row of its group, as the DOCX keeps it.
                    commands.append(("NOSPLIT", (0, r), (-1, r + 1)))
            data.append(cells)
        options: dict[str, object] = {}
        if part.min_row_height_cm:
            options["rowHeights"] = _row_heights(data, widths, len(part.header_rows),
                                                 part.min_row_height_cm * cm)
        table = _table(data, widths, commands, repeatRows=len(part.header_rows), splitByRow=1,
                       splitInRow=1, kind=DocTable, **options)
        # platypus keeps a flowable marked so with the next one on the page (KeepTogether).
        table.keepWithNext = part.keep_with_next
        return table

    def image_grid(self, part: ImageGrid) -> RLTable:
        columns = max(1, part.columns)
        width = self.width / columns
        rows: list[list[object]] = []
        for start in range(0, len(part.images), columns):
            row: list[object] = []
            for image in part.images[start:start + columns]:
                picture = _grid_image(image.data, part.image_height_cm * cm,
                                      width - 2 * GRID_PAD)
                row.append([picture, *self.lines(image.caption, width - 2 * GRID_PAD,
                                                 size=BODY - 2, align=Align.CENTER)])
            row += [""] * (columns - len(row))
            rows.append(row)
        return _table(rows, [width] * columns, [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                                ("LEFTPADDING", (0, 0), (-1, -1), GRID_PAD),
                                                ("RIGHTPADDING", (0, 0), (-1, -1), GRID_PAD),
                                                ("BOTTOMPADDING", (0, 0), (-1, -1), 10)])

    def picture(self, part: Picture) -> Flowable:
        """The image at the size the part asks for, narrowed (keeping its proportions) only
        when that is wider than the text; the caption stays under it."""
        w, h = image_size(part.data)
        width = part.width_cm * cm
        height = part.height_cm * cm if part.height_cm is not None else width * h / w
        if width > self.width:
            height *= self.width / width
            width = self.width
        image = RLImage(io.BytesIO(part.data), width=width, height=height)
        image.hAlign = _ALIGN[part.align]
        content: list[Flowable] = [Spacer(1, 4), image]
        if part.caption:
            content += self.lines(part.caption, size=BODY - 2, align=part.align, space_before=2)
        content.append(Spacer(1, 6))
        return KeepTogether(content)

    def figure(self, part: Figure) -> Flowable:
        """The drawing centred at its own size, scaled down whole when wider than the text
        (a narrowed chart keeps its proportions and its text legible relative to it); the
        caption stays under it."""
        # A copy: the builder's drawing stays as it was made, should the document be
        # rendered again at another width. ``renderScale`` is reportlab's own scaling, which
        # keeps the drawing's class (and so the way it draws its labels).
        drawing = copy.copy(part.drawing)
        if drawing.width > self.width:
            drawing.renderScale = self.width / drawing.width
        drawing.hAlign = "CENTER"
        content: list[Flowable] = [Spacer(1, 4), drawing]
        if part.caption:
            content += self.lines(part.caption, size=BODY - 2, align=Align.CENTER,
                                  space_before=2)
        content.append(Spacer(1, 6))
        return KeepTogether(content)

    def signing_line(self, signer: Signer, width: float) -> SigningLine:
        rank = self.lines([Run(signer.rank)], width, size=BODY)[0] if signer.rank else None
        rank_width = self.text_width(signer.rank) if signer.rank else 0.0
        room = width - rank_width - SigningLine.GAP - 4
        if signer.signature:
            w, h = image_size(signer.signature)
            scale = min(SIGNATURE_HEIGHT / h, room * 0.9 / w)
            return SigningLine(width, rank, rank_width, signer.signature, w * scale, h * scale)
        dots = DOTS
        while len(dots) > 10 and self.text_width(dots) > room:
            dots = dots[:-2]
        return SigningLine(width, rank, rank_width, self.lines([Run(dots)], width, size=BODY)[0],
                           self.text_width(dots), 0.0)

    def signer(self, signer: Signer, width: float, *, pad_above: bool = False) -> list[Flowable]:
        """Top to bottom as the seeds print it (see :class:`Signer`); the rank only on the
        signing line, never inside the brackets. ``pad_above`` leaves the room of an "above"
        line the signer does not have, so that signers side by side sign on one level."""
        out: list[Flowable] = []
        if signer.above or pad_above:
            above = self.lines([Run(signer.above or "ก")], width, align=Align.CENTER,
                               space_after=6)
            if not signer.above:
                above = [Spacer(1, sum(f.wrap(width, 1000)[1] for f in above) + 6)]
            out += above
        out.append(self.signing_line(signer, width))
        name = f"({signer.name})" if signer.name else f"({DOTS[:30]})"
        out += self.lines([Run(name)], width, align=Align.CENTER)
        for text in (signer.position, signer.role, signer.date_text):
            if text:
                out += self.lines([Run(text)], width, align=Align.CENTER)
        return out

    def signatures(self, part: SignatureBlock,
                   verification: Verification | None = None) -> list[Flowable]:
        """The block as one table. A one-column block fills only the right half; a signed
        document's verification (QR code and line) then stands in the empty left half, level
        with the last signer, instead of taking a page's worth of height below."""
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 14)]
        below: list[Flowable] = []
        if part.columns <= 1:
            half = self.width / 2
            rows: list[list[object]] = [["", self.signer(s, half)] for s in part.signers]
            widths = [self.width - half, half]
            if verification is not None and rows:
                rows[-1][0] = self.verification_table(verification, self.width - half - 12)
                commands.append(("VALIGN", (0, len(rows) - 1), (0, len(rows) - 1), "BOTTOM"))
        else:
            width = self.width / part.columns
            rows = []
            for start in range(0, len(part.signers), part.columns):
                chunk = part.signers[start:start + part.columns]
                level = any(s.above for s in chunk)
                if len(chunk) == 1 and start:
                    # A lone last signer (the chair under the recorder and the checker of
                    # minutes) stands centred under the row above.
                    commands.append(("SPAN", (0, len(rows)), (-1, len(rows))))
                    rows.append([self.signer(chunk[0], self.width, pad_above=level),
                                 *[""] * (part.columns - 1)])
                    continue
                row: list[object] = [self.signer(s, width, pad_above=level) for s in chunk]
                rows.append(row + [""] * (part.columns - len(row)))
            widths = [width] * part.columns
            if verification is not None:
                below = self.verification(verification)
        return [_table(rows, widths, commands), *below]

    def one_line_size(self, text: str, width: float, size: float) -> float:
        """``size``, or the size at which ``text`` (written verbatim) still fits on one line
        ``width`` points wide: smaller print rather than a hash broken over two lines."""
        if not text:
            return size
        needed = Measurer(size, self.digits)(text, Run(text, verbatim=True)) + 1.0
        return size if needed <= width else max(SMALLEST_SIZE, size * width / needed)

    def verification_table(self, verification: Verification, width: float) -> RLTable:
        """The QR code with the verification beside it in two parts, each a line of its own:
        which version it is (broken between words if it must), then "ค่าแฮช 3F9A-…", which
        never breaks. When the column beside the code is too narrow for that line, the text
        goes under the code, in smaller print if even the whole width is too narrow."""
        version, hashed = verification.parts
        beside = width - QR_SIZE - 12
        code = QRFlowable(verification.qr_payload, QR_SIZE)
        if self.one_line_size(hashed, beside, VERIFICATION_SIZE) == VERIFICATION_SIZE:
            return _table([[code, self.verification_text(version, hashed, beside)]],
                          [QR_SIZE + 12, beside],
                          [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *_no_padding()])
        return _table([[code], [self.verification_text(version, hashed, width)]], [width],
                      [*_no_padding(), ("TOPPADDING", (0, 1), (0, 1), 4)])

    def verification_text(self, version: str, hashed: str, width: float) -> list[Flowable]:
        text = self.lines([Run(version, verbatim=True)], width, size=VERIFICATION_SIZE)
        if hashed:
            text += self.lines([Run(hashed, verbatim=True)], width,
                               size=self.one_line_size(hashed, width, VERIFICATION_SIZE))
        return text

    def verification(self, verification: Verification) -> list[Flowable]:
        return [Spacer(1, 12), self.verification_table(verification, self.width)]


def _table(data: list[list[object]], widths: list[float], commands: list[tuple[object, ...]],
           kind: type[RLTable] = RLTable, **options: object) -> RLTable:
    table = kind(data, colWidths=widths, **options)  # type: ignore[arg-type]
    # Empty cells are drawn as strings in the cell font, which defaults to Helvetica: that would
    # put an unembedded font in the file.
    table.setStyle(RLTableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY), *commands]))
    return table


def _row_heights(data: list[list[object]], widths: list[float], headers: int,
                 least: float) -> list[float | None]:
    """Body rows at least ``least`` high and never shorter than their text (reportlab has
    no "at least" height, so the text's height is measured here); header rows as they come."""
    heights: list[float | None] = [None] * headers
    pads = 2 * CELL_PAD_Y + 1
    for row in data[headers:]:
        need = 0.0
        for cell, width in zip(row, widths, strict=True):
            if isinstance(cell, list):
                need = max(need, sum(line.wrap(width - 2 * CELL_PAD_X, 0)[1] for line in cell))
        heights.append(max(least, need + pads))
    return heights


def _bold(runs: tuple[Run, ...]) -> list[Run]:
    return [replace(run, bold=True) for run in runs]


def _no_padding() -> list[tuple[object, ...]]:
    return [(side, (0, 0), (-1, -1), 0) for side in
            ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]
