"""The document tree as a PDF (reportlab): official page format, Sarabun embedded and subset,
Thai shaped, lines broken between words, text that copies out exactly.

Here the parts (``pdf_parts``) are put on pages: one page template per section (a landscape
calendar inside a portrait report), signature blocks glued to the last lines before them, the
page number, the verification footer and the draft mark drawn on every page.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import PageBreak as RLPageBreak

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.reports.model import (
    DRAFT_MARK,
    Align,
    Document,
    PageSetup,
    Run,
    SectionBreak,
    SignatureBlock,
)
from ita_desktop.reports.pdf_flowables import Glued
from ita_desktop.reports.pdf_parts import BODY, FOOTER_SIZE, DocTable, PartBuilder
from ita_desktop.reports.pdf_text import (
    FAMILY,
    Measurer,
    TextLine,
    leading,
    pdf_size,
    register_fonts,
)

Progress = Callable[[int, int], None]

DRAFT_GREY = colors.Color(0.55, 0.55, 0.55, alpha=0.28)
"""Light enough to read the text through, dark enough to survive a photocopy."""


def _frame_height(page: PageSetup) -> float:
    return (page.size_cm[1] - page.top_cm - page.bottom_cm) * cm


def _take_tail(flowables: list[Flowable]) -> tuple[list[Flowable], DocTable | Glued | None]:
    """Remove from the end of ``flowables`` what a signature block takes with it: a table
    (whose last rows it will keep), or the last lines of the text before it (a paragraph's
    last two lines are glued to each other; a heading to what follows it)."""
    if not flowables:
        return [], None
    last = flowables[-1]
    if isinstance(last, DocTable) or (isinstance(last, Glued) and last.after is None):
        flowables.pop()
        return [], last
    tail: list[Flowable] = []
    while flowables:
        item = flowables.pop()
        tail.insert(0, item)
        if isinstance(item, Spacer):
            continue
        if not (flowables and flowables[-1].getKeepWithNext()
                and not isinstance(flowables[-1], DocTable | Glued)):
            break
    for item in tail:
        item.__dict__["keepWithNext"] = 0
    return tail, None


def _glue_closing(flowables: list[Flowable], closing: list[Flowable], page: PageSetup) -> None:
    tail, table = _take_tail(flowables)
    if isinstance(table, Glued):
        table.after = Glued([], None, closing, table.frame_height).after
        flowables.append(table)
    else:
        flowables.append(Glued([], table, [*tail, *closing], _frame_height(page)))


def _glue_lead(flowables: list[Flowable], table: DocTable, page: PageSetup) -> Glued:
    """A table after lines that must not end a page (a heading, a lead-in paragraph): the
    lines keep the table's first rows below them. A table without such lines is glued too,
    to nothing: Glued decides where every table is cut over a page (inside a row rather than
    leave much of the page empty), where reportlab's own split only moves rows whole."""
    lead: list[Flowable] = []
    while flowables and flowables[-1].getKeepWithNext() and not isinstance(
            flowables[-1], DocTable | Glued):
        lead.insert(0, flowables.pop())
    for item in lead:
        item.__dict__["keepWithNext"] = 0
    glued = Glued(lead, table, [], _frame_height(page))
    # A table kept with what follows (``Table.keep_with_next``) is kept so as the glued whole.
    glued.keepWithNext = table.getKeepWithNext()
    return glued


def _layout(doc: Document, builder: PartBuilder,
            progress: Callable[[int], None]) -> tuple[list[Flowable], list[PageSetup]]:
    """The flowables of the whole document and the page setup of each section, in order."""
    sections = [doc.page]
    flowables: list[Flowable] = []
    last = len(doc.parts) - 1
    for k, part in enumerate(doc.parts):
        if isinstance(part, SectionBreak):
            if flowables:
                sections.append(part.page)
                flowables += [NextPageTemplate(f"s{len(sections) - 1}"), RLPageBreak()]
            else:
                sections[0] = part.page
            builder.start_section(part.page)
        elif isinstance(part, SignatureBlock):
            closing = builder.signatures(part, doc.verification if k == last else None)
            _glue_closing(flowables, closing, sections[-1])
        else:
            made = builder.part(part)
            if len(made) == 1 and isinstance(made[0], DocTable):
                made = [_glue_lead(flowables, made[0], sections[-1])]
            flowables += made
        progress(k + 1)
    ends_signed = doc.parts and isinstance(doc.parts[-1], SignatureBlock)
    if doc.verification is not None and not ends_signed:
        _glue_closing(flowables, builder.verification(doc.verification), sections[-1])
    return flowables, sections


def _draft_mark(canvas: Canvas, page_w: float, page_h: float) -> None:
    """ "ร่าง" large, light and diagonal across the middle of the page, drawn over the content
    so that no table shading or photo hides it."""
    diagonal = math.hypot(page_w, page_h)
    official = 0.4 * diagonal / Measurer(1.0, DigitStyle.THAI)(DRAFT_MARK, Run(DRAFT_MARK))
    style = ParagraphStyle("draft-mark", fontName=FAMILY, fontSize=pdf_size(official),
                           leading=leading(official), textColor=DRAFT_GREY, shaping=1)
    mark = TextLine(DRAFT_MARK, style, DRAFT_MARK)
    _, height = mark.wrap(diagonal, leading(official) * 2)
    # reportlab puts the baseline one font size below the line's top; Thai letters with
    # their tone marks stand about 0.9 font size tall, so this baseline centres them.
    baseline = height - style.fontSize
    canvas.saveState()
    canvas.translate(page_w / 2, page_h / 2)
    canvas.rotate(math.degrees(math.atan2(page_h, page_w)))
    # Centred by its shaped width: reportlab's own centring measures the unshaped letters.
    mark.drawOn(canvas, -0.2 * diagonal, -0.45 * style.fontSize - baseline)
    canvas.restoreState()


def _decorate(doc: Document, builder: PartBuilder,
              page: PageSetup) -> Callable[[Canvas, BaseDocTemplate], None]:
    """Page number from the second page, "- ๒ -" at the top centre; the verification line in
    the footer of every page of a signed-off document."""
    page_w, page_h = (x * cm for x in page.size_cm)

    def draw(canvas: Canvas, template: BaseDocTemplate) -> None:
        if doc.created is not None:
            # Read when the file is written; reportlab has no public setting for it.
            canvas._doc._timeStamp = _Stamp(doc.created)  # noqa: SLF001
        canvas.saveState()
        number = canvas.getPageNumber()
        if doc.page_numbers and number >= 2:
            line = builder.lines([Run(f"- {number} -")], 4 * cm, size=BODY, align=Align.CENTER)
            line[0].wrapOn(canvas, 4 * cm, 30)
            line[0].drawOn(canvas, (page_w - 4 * cm) / 2, page_h - 1.6 * cm)
        if doc.verification is not None:
            width = page_w - (page.left_cm + page.right_cm) * cm
            # Written by the sign-off in the document's digits; the fingerprint stays as is.
            # One line, drawn whole: smaller print on a narrow page rather than a lost end.
            line = doc.verification.line
            footer = builder.lines([Run(line, verbatim=True)], width, align=Align.CENTER,
                                   size=builder.one_line_size(line, width, FOOTER_SIZE))
            footer[0].wrapOn(canvas, width, 30)
            footer[0].drawOn(canvas, page.left_cm * cm, 0.9 * cm)
        canvas.restoreState()

    return draw


def _after_page(page: PageSetup) -> Callable[[Canvas, BaseDocTemplate], None]:
    page_w, page_h = (x * cm for x in page.size_cm)

    def draw(canvas: Canvas, template: BaseDocTemplate) -> None:
        _draft_mark(canvas, page_w, page_h)

    return draw


class _Stamp:
    """The creation date reportlab writes into the file's information dictionary (it
    otherwise takes the moment of writing)."""

    def __init__(self, when: datetime) -> None:
        # Written in the zone it was given in; a naive time is the computer's local time.
        local = when if when.tzinfo is not None else when.astimezone()
        offset = local.utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset is not None else 0
        self.t = local.timestamp()
        self.lt = local.timetuple()
        self.YMDhms = tuple(local.timetuple())[:6]  # noqa: N815 (reportlab's attribute name)
        self.dhh, self.dmm = divmod(minutes, 60) if minutes >= 0 else (-(-minutes // 60),
                                                                         -minutes % 60)
        self.tzname = local.tzname()


def render_pdf(doc: Document, progress: Progress | None = None, *,
               invariant: bool = False) -> bytes:
    """The PDF bytes of ``doc``. ``progress(done, total)`` is called as parts are laid out
    and pages are drawn; ``invariant`` fixes ids (and, without ``doc.created``, the dates) so
    equal input gives equal bytes."""
    register_fonts()
    builder = PartBuilder(doc.digits, doc.page, doc.keep_whole)
    total = len(doc.parts) * 2
    flowables, sections = _layout(doc, builder,
                                  lambda done: progress(done, total) if progress else None)

    out = io.BytesIO()
    first = sections[0]
    page_w, page_h = (x * cm for x in first.size_cm)
    template = BaseDocTemplate(
        out, pagesize=(page_w, page_h), leftMargin=first.left_cm * cm,
        rightMargin=first.right_cm * cm, topMargin=first.top_cm * cm,
        bottomMargin=first.bottom_cm * cm, title=doc.title, author=doc.author,
        subject=doc.title,
        creator="ITA Desktop", invariant=int(invariant), lang="th-TH",
        # Otherwise the canvas starts in Helvetica, an unembedded font the file then names.
        initialFontName=FAMILY,
    )
    templates = []
    for k, page in enumerate(sections):
        size = tuple(x * cm for x in page.size_cm)
        frame = Frame(page.left_cm * cm, page.bottom_cm * cm, page.text_width_cm * cm,
                      _frame_height(page), leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0, id=f"body{k}")
        templates.append(PageTemplate(
            f"s{k}", [frame], onPage=_decorate(doc, builder, page), pagesize=size,
            onPageEnd=_after_page(page) if doc.draft else _nothing,
            # A later section goes on with its own pages until the next section break.
            autoNextPageTemplate=f"s{k}"))
    template.addPageTemplates(templates)
    if progress:
        count = max(1, len(flowables))

        done = [0]

        def on_progress(kind: str, value: int) -> None:
            # reportlab counts the flowables left, which grows when one is split in two.
            if kind == "PROGRESS":
                done[0] = max(done[0], min(len(doc.parts), value * len(doc.parts) // count))
                progress(len(doc.parts) + done[0], total)

        template.setProgressCallBack(on_progress)
    template.build(flowables)
    if progress:
        progress(total, total)
    return out.getvalue()


def _nothing(canvas: Canvas, template: BaseDocTemplate) -> None:
    pass
