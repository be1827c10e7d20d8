"""The document tree as a PDF (reportlab): official page format, Sarabun embedded and subset,
Thai shaped, lines broken between words, text that copies out exactly."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Image as RLImage
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle

from ita_desktop.domain.digits import apply_digits
from ita_desktop.reports.model import (
    Align,
    ContinuedLine,
    Document,
    Heading,
    ImageGrid,
    ListBlock,
    PageBreak,
    Paragraph,
    Run,
    SignatureBlock,
    Signer,
    Table,
    TitleBlock,
    Verification,
)
from ita_desktop.reports.pdf_text import (
    FAMILY,
    TextLine,
    TextStyle,
    register_fonts,
    text_lines,
)
from ita_desktop.reports.qr import qr_matrix

Progress = Callable[[int, int], None]

BODY = 16.0
CELL_PAD_X = 4.0
CELL_PAD_Y = 2.0
DOTS = "." * 40


def _image(data: bytes, height: float, max_width: float) -> RLImage:
    from reportlab.lib.utils import ImageReader

    reader = ImageReader(io.BytesIO(data))
    w, h = reader.getSize()
    scale = min(height / h, max_width / w)
    return RLImage(io.BytesIO(data), width=w * scale, height=h * scale)


class QRFlowable(Flowable):
    """The QR code drawn as vector squares: sharp at any zoom, a few hundred bytes."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.matrix = qr_matrix(payload)
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        quiet = 4
        count = len(self.matrix)
        module = self.size / (count + 2 * quiet)
        canvas = self.canv
        canvas.setFillColor(colors.black)
        for r, row in enumerate(self.matrix):
            for c, dark in enumerate(row):
                if dark:
                    canvas.rect((c + quiet) * module, (count - 1 - r + quiet) * module,
                                module, module, stroke=0, fill=1)


class _Builder:
    """Turns parts into flowables; one instance per document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.width = doc.page.text_width_cm * cm

    def lines(self, runs: tuple[Run, ...] | list[Run], width: float | None = None,
              **style: object) -> list[TextLine]:
        return text_lines(runs, self.width if width is None else width,
                          TextStyle(**style), self.doc.digits)  # type: ignore[arg-type]

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
                              space_before=part.space_before, space_after=part.space_after)
        if isinstance(part, ListBlock):
            return self.list_block(part)
        if isinstance(part, Table):
            return [self.table(part)]
        if isinstance(part, ImageGrid):
            return [self.image_grid(part)]
        if isinstance(part, SignatureBlock):
            return [self.signatures(part)]
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
        flowables: list[Flowable] = []
        indent = 1.0 * cm
        for k, item in enumerate(part.items):
            label = f"{part.start + k}." if part.numbered else "•"
            label = apply_digits(label, self.doc.digits)
            # The label hangs in the indent; the item's own lines start at the indent.
            lines = self.lines(item, self.width - indent, left_indent=0.0, size=BODY)
            label_line = self.lines([Run(label)], indent, size=BODY)[0]
            row = _table([[label_line, lines]], [indent, self.width - indent],
                         [("VALIGN", (0, 0), (-1, -1), "TOP"), *_no_padding()])
            flowables.append(row)
        return flowables

    def table(self, part: Table) -> RLTable:
        total = sum(part.columns)
        widths = [self.width * c / total for c in part.columns]
        grid = part.header_rows + part.rows
        data: list[list[object]] = []
        commands: list[tuple[object, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y + 1),
        ]
        if part.header_rows:
            commands += [("BACKGROUND", (0, 0), (-1, len(part.header_rows) - 1),
                          colors.Color(0.9, 0.9, 0.9)),
                         ("VALIGN", (0, 0), (-1, len(part.header_rows) - 1), "MIDDLE")]
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
            data.append(cells)
        return _table(data, widths, commands, repeatRows=len(part.header_rows), splitByRow=1,
                      splitInRow=1)

    def image_grid(self, part: ImageGrid) -> RLTable:
        columns = max(1, part.columns)
        width = self.width / columns
        rows: list[list[object]] = []
        for start in range(0, len(part.images), columns):
            row: list[object] = []
            for image in part.images[start:start + columns]:
                picture = _image(image.data, part.image_height_cm * cm, width - 12)
                picture.hAlign = "CENTER"
                row.append([picture, *self.lines(image.caption, width - 12, size=BODY - 2,
                                                 align=Align.CENTER)])
            row += [""] * (columns - len(row))
            rows.append(row)
        return _table(rows, [width] * columns, [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                                ("BOTTOMPADDING", (0, 0), (-1, -1), 10)])

    def signer(self, signer: Signer, width: float) -> list[Flowable]:
        lines: list[Flowable] = []
        if signer.above:
            lines += self.lines([Run(signer.above)], width, align=Align.CENTER,
                                space_after=4)
        if signer.signature:
            # a little air on both sides, so the ink never touches "(ลงชื่อ)" or the role
            picture = _image(signer.signature, 1.2 * cm, width * 0.5 - 0.4 * cm)
            sign_row = _table([[self.lines([Run("(ลงชื่อ)")], 1.6 * cm, size=BODY)[0], picture,
                                self.lines([Run(signer.role)], width * 0.3, size=BODY)[0]]],
                              [1.6 * cm, width * 0.5, width * 0.3],
                              [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("ALIGN", (1, 0), (1, 0), "CENTER"), *_no_padding()])
            lines.append(sign_row)
        else:
            lines += self.lines([Run(f"(ลงชื่อ) {DOTS} {signer.role}")], width,
                                align=Align.CENTER)
        name = f"({signer.name})" if signer.name else f"({DOTS})"
        lines += self.lines([Run(name)], width, align=Align.CENTER)
        for text in (signer.position, signer.date_text):
            if text:
                lines += self.lines([Run(text)], width, align=Align.CENTER)
        return lines

    def signatures(self, part: SignatureBlock) -> RLTable:
        if part.columns <= 1:
            half = self.width / 2
            rows: list[list[object]] = [["", self.signer(s, half)] for s in part.signers]
            widths = [self.width - half, half]
        else:
            width = self.width / part.columns
            rows = []
            for start in range(0, len(part.signers), part.columns):
                row: list[object] = [self.signer(s, width)
                                     for s in part.signers[start:start + part.columns]]
                rows.append(row + [""] * (part.columns - len(row)))
            widths = [width] * part.columns
        return _table(rows, widths, [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("TOPPADDING", (0, 0), (-1, -1), 14)])

    def verification(self, verification: Verification) -> list[Flowable]:
        size = 2.2 * cm
        text = self.lines([Run(verification.line, verbatim=True)], self.width - size - 12,
                          size=BODY - 2)
        table = _table([[QRFlowable(verification.qr_payload, size), text]],
                       [size + 12, self.width - size - 12],
                       [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *_no_padding()])
        return [Spacer(1, 12), table]


def _table(data: list[list[object]], widths: list[float], commands: list[tuple[object, ...]],
           **options: object) -> RLTable:
    table = RLTable(data, colWidths=widths, **options)  # type: ignore[arg-type]
    # Empty cells are drawn as strings in the cell font, which defaults to Helvetica: that would
    # put an unembedded font in the file.
    table.setStyle(RLTableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY), *commands]))
    return table


def _bold(runs: tuple[Run, ...]) -> list[Run]:
    return [replace(run, bold=True) for run in runs]


def _no_padding() -> list[tuple[object, ...]]:
    return [(side, (0, 0), (-1, -1), 0) for side in
            ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]


def _decorate(doc: Document, builder: _Builder) -> Callable[[Canvas, BaseDocTemplate], None]:
    """Page number from the second page, "- ๒ -" at the top centre; the verification line in
    the footer of every page of a signed-off document."""
    page_w, page_h = (x * cm for x in doc.page.size_cm)

    def draw(canvas: Canvas, template: BaseDocTemplate) -> None:
        canvas.saveState()
        number = canvas.getPageNumber()
        if doc.page_numbers and number >= 2:
            line = builder.lines([Run(f"- {number} -")], 4 * cm, size=BODY, align=Align.CENTER)
            line[0].wrapOn(canvas, 4 * cm, 30)
            line[0].drawOn(canvas, (page_w - 4 * cm) / 2, page_h - 1.6 * cm)
        if doc.verification is not None:
            width = page_w - (doc.page.left_cm + doc.page.right_cm) * cm
            # Written by the sign-off in the document's digits; the fingerprint stays as is.
            footer = builder.lines([Run(doc.verification.line, verbatim=True)], width,
                                   size=BODY - 4,
                                   align=Align.CENTER)
            footer[0].wrapOn(canvas, width, 30)
            footer[0].drawOn(canvas, doc.page.left_cm * cm, 0.9 * cm)
        canvas.restoreState()

    return draw


def render_pdf(doc: Document, progress: Progress | None = None, *,
               invariant: bool = False) -> bytes:
    """The PDF bytes of ``doc``. ``progress(done, total)`` is called as parts are laid out
    and pages are drawn; ``invariant`` fixes dates and ids so equal input gives equal bytes."""
    register_fonts()
    builder = _Builder(doc)
    total = len(doc.parts) * 2
    flowables: list[Flowable] = []
    for k, part in enumerate(doc.parts):
        flowables += builder.part(part)
        if progress:
            progress(k + 1, total)
    if doc.verification is not None:
        flowables += builder.verification(doc.verification)

    out = io.BytesIO()
    page_w, page_h = (x * cm for x in doc.page.size_cm)
    template = BaseDocTemplate(
        out, pagesize=(page_w, page_h), leftMargin=doc.page.left_cm * cm,
        rightMargin=doc.page.right_cm * cm, topMargin=doc.page.top_cm * cm,
        bottomMargin=doc.page.bottom_cm * cm, title=doc.title, author=doc.author,
        creator="ITA Desktop", invariant=int(invariant), lang="th-TH",
        # Otherwise the canvas starts in Helvetica, an unembedded font the file then names.
        initialFontName=FAMILY,
    )
    frame = Frame(template.leftMargin, template.bottomMargin, template.width, template.height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    template.addPageTemplates([PageTemplate("page", [frame], onPage=_decorate(doc, builder))])
    if progress:
        count = max(1, len(flowables))

        def on_progress(kind: str, value: int) -> None:
            if kind == "PROGRESS":
                progress(len(doc.parts) + min(len(doc.parts), value * len(doc.parts) // count),
                         total)

        template.setProgressCallBack(on_progress)
    template.build(flowables)
    if progress:
        progress(total, total)
    return out.getvalue()
