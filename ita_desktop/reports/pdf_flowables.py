"""The PDF renderer's own flowables: the QR code, the signing line, and the glue that keeps a
signature block (and a signed document's verification) with the last lines before it.

reportlab's KeepTogether moves a whole group to the next page or, when the group is taller
than a page, gives up and lets it split anywhere. A signature block after a long table needs
something in between: the table splits as usual, but its last rows go with the block.

Every table of a document goes over pages through ``Glued``: reportlab's own split moves a
row that does not fit whole to the next page whenever an earlier row ends on this one, which
left a table of tall rows (the OIT assignments) one or two rows a page. Here a row is cut
between its lines, as Word breaks a row across pages, unless moving it leaves little empty.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, TableStyle
from reportlab.platypus import Table as RLTable
from reportlab.platypus.doctemplate import FrameBreak, NullActionFlowable

from ita_desktop.reports.pdf_text import TextLine
from ita_desktop.reports.qr import qr_matrix

KEEP_ROWS = 2
"""Table rows that go with a signature block, and that a lead-in line keeps below it."""
TAIL_HEIGHT = 3 * 20.0
"""The least of a last row too tall to go whole with a signature block that still goes with
it: about three lines of a table's text."""
TAIL_SLACK = 20.0
"""Room left when that part is measured, for the lines' heights once the row is cut."""
MOVE_GAP = 1 / 5
"""The most of a page a row that does not fit may leave empty by moving whole to the next
page; when it would leave more, the row is cut between its lines and goes on over the page,
as Word breaks a row across pages."""
ALL_ROWS = 1e9
"""A height no table reaches."""
CUT_LEAST = 2 * 20.0
"""The least room worth starting a row in: about two lines of a table's text."""


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


class SigningLine(Flowable):
    """The line a signer signs on, centred in its column: the rank as text, then the
    signature image standing on the text's baseline, or a dotted line to sign on by hand."""

    GAP = 4.0
    DROP = 2.0
    """How far the signature reaches below the baseline, as ink written on a line does."""

    def __init__(self, width: float, rank: TextLine | None, rank_width: float,
                 mark: TextLine | bytes, mark_width: float, mark_height: float) -> None:
        super().__init__()
        self.width = width
        self.rank = rank
        self.rank_width = rank_width
        self.mark = mark
        self.mark_width = mark_width
        self.mark_height = mark_height
        self.line_height = 0.0
        self.baseline = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        probe = self.rank if self.rank is not None else self.mark
        if isinstance(probe, TextLine):
            _, self.line_height = probe.wrap(self.width, available_height)
            # reportlab sets the first baseline one font size below the top of the line.
            self.baseline = self.line_height - probe.style.fontSize
        if isinstance(self.mark, TextLine):
            self.mark.wrap(self.mark_width + 2, available_height)
        if self.rank is not None:
            self.rank.wrap(self.rank_width + 2, available_height)
        image_top = self.baseline - self.DROP + self.mark_height if isinstance(
            self.mark, bytes) else 0.0
        self.height = max(self.line_height, image_top)
        return self.width, self.height

    def draw(self) -> None:
        # The signature (or the dots) centred over the name below, the rank in front of it;
        # moved right only as far as a long rank needs.
        gap = self.GAP if self.rank is not None else 0.0
        x = max((self.width - self.mark_width) / 2, self.rank_width + gap)
        x = min(x, self.width - self.mark_width)
        if self.rank is not None:
            self.rank.drawOn(self.canv, x - gap - self.rank_width, 0)
        if isinstance(self.mark, TextLine):
            self.mark.drawOn(self.canv, x, 0)
        else:
            self.canv.drawImage(ImageReader(io.BytesIO(self.mark)), x, self.baseline - self.DROP,
                                self.mark_width, self.mark_height, mask="auto")


class Stack(Flowable):
    """Flowables drawn one under the other as one piece that never splits."""

    def __init__(self, content: list[Flowable]) -> None:
        super().__init__()
        self.content = _unwrapped(content)
        self.sizes: list[tuple[float, float]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.sizes = [f.wrapOn(self.canv, available_width, available_height)
                      for f in self.content]
        self.width = available_width
        self.height = sum(_space(f) + h for f, (_, h) in zip(self.content, self.sizes,
                                                             strict=True))
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for f, (w, h) in zip(self.content, self.sizes, strict=True):
            y -= f.getSpaceBefore() + h
            f.drawOn(self.canv, _aligned_x(f, w, self.width), y)
            y -= f.getSpaceAfter()

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []


def _unwrapped(content: list[Flowable]) -> list[Flowable]:
    """KeepTogether's own wrap reports an endless height to force its split; inside a Stack,
    which never splits, its content is simply drawn."""
    flat: list[Flowable] = []
    for f in content:
        flat += _unwrapped(f._content) if isinstance(f, KeepTogether) else [f]  # noqa: SLF001
    return flat


def _space(f: Flowable) -> float:
    return f.getSpaceBefore() + f.getSpaceAfter()


def _aligned_x(f: Flowable, w: float, width: float) -> float:
    align = getattr(f, "hAlign", "LEFT")
    if align in ("CENTER", "CENTRE"):
        return (width - w) / 2
    if align == "RIGHT":
        return width - w
    return 0.0


def _measured(table: RLTable, canvas: object, width: float) -> list[float]:
    """The height of every row of ``table``: wrapped in the height left on a page, a long
    table measures its rows only as far as that height goes (reportlab's long table
    optimisation) and leaves the rest unknown."""
    table.wrapOn(canvas, width, ALL_ROWS)
    return list(table._rowHeights)  # noqa: SLF001 (row heights after wrap; no public API)


def _body_rows(table: RLTable) -> int:
    return len(table._cellvalues) - int(table.repeatRows or 0)  # noqa: SLF001


class Glued(Flowable):
    """A table with what must stay beside it: ``before`` (lead-in lines that never end a
    page) over its first rows, ``after`` (a signature block, the verification) under its last
    rows. Without a table, ``after`` is simply kept whole. Only when a group cannot fit on a
    page at all does it fall back to splitting anywhere."""

    def __init__(self, before: list[Flowable], table: RLTable | None, after: list[Flowable],
                 frame_height: float) -> None:
        super().__init__()
        self.before = Stack(before) if before else None
        self.table = table
        self.after = Stack(after) if after else None
        self.frame_height = frame_height

    def _pieces(self) -> list[Flowable]:
        return [f for f in (self.before, self.table, self.after) if f is not None]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.sizes = [f.wrapOn(self.canv, available_width, available_height)
                      for f in self._pieces()]
        self.width = available_width
        self.height = sum(h + _space(f) for f, (_, h) in zip(self._pieces(), self.sizes,
                                                             strict=True))
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for f, (w, h) in zip(self._pieces(), self.sizes, strict=True):
            y -= f.getSpaceBefore() + h
            f.drawOn(self.canv, _aligned_x(f, w, self.width), y)
            y -= f.getSpaceAfter()

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        self.wrap(available_width, available_height)
        before_h = self.before.height if self.before else 0.0
        after_h = self.after.height if self.after else 0.0
        if self.table is None:
            if at_top or self.height > self.frame_height:
                return [NullActionFlowable(), *(self.after.content if self.after else [])]
            return []  # the whole group goes to the next page
        heights = self._row_heights(available_width, available_height)
        header = sum(heights[:int(self.table.repeatRows or 0)])
        if self.after and header + heights[-1] + after_h > self.frame_height:
            last_row = self._split_last_row(available_width, available_height, header, after_h)
            if last_row:
                # Not even the last row goes whole with the closing: its last lines do, and
                # the rest of the table starts here as any table would.
                first, rest = last_row
                head = Glued(self.before.content if self.before else [], first, [],
                             self.frame_height)
                head.canv = self.canv
                head._frame = frame  # noqa: SLF001 (whether it stands at the page's top)
                started = head.split(available_width, available_height)
                if not started:
                    return []  # the table starts on the next page, as it would without
                return [*started, Glued([], rest, self.after.content, self.frame_height)]
        # The closing takes the last two rows when they fit on a page with it, else the last
        # alone: that depends on the table's end, not on this page, so tall last rows (an
        # assignment table's long components) must not send the table's start to a new page.
        closing_rows = KEEP_ROWS if header + sum(heights[-KEEP_ROWS:]) + after_h \
            <= self.frame_height else 1
        # Short of room here, the group goes to the next page whole; only on a fresh page does
        # it settle for one row, and only then fall back to flowing loose.
        for keep in (KEEP_ROWS, 1) if at_top else (KEEP_ROWS,):
            last = min(keep, closing_rows)
            if self.after and header + sum(heights[-last:]) + after_h > self.frame_height:
                continue  # these rows and the closing would not fit on one page together
            parts = self._split_table(available_width, available_height - before_h,
                                      keep if self.before else 1, last if self.after else 1)
            if parts:
                first, rest = parts
                head = Stack([*(self.before.content if self.before else []), first])
                tail = Glued([], rest, self.after.content if self.after else [],
                             self.frame_height)
                # The head fills this page; the rest starts the next one, or the frame would
                # try to fit it in what is left and cut it again.
                return [head, FrameBreak(), tail]
        if not at_top:
            return []
        # Too large to keep together even on a fresh page: the table flows on its own, the
        # closing stays whole if it can.
        closing = [Glued([], None, self.after.content, self.frame_height)] if self.after else []
        return [NullActionFlowable(), *(self.before.content if self.before else []), self.table,
                *closing]

    def _split_last_row(self, width: float, height: float, header: float, after_h: float
                        ) -> tuple[RLTable, RLTable] | None:
        """When the last row and the closing are taller than a page (an assignment table's
        long list of components), the table cut inside its last row, so that the lines of
        the row that fit above the closing on one page go with it."""
        table = self.table
        assert table is not None
        heights = self._row_heights(width, height)
        room = self.frame_height - header - after_h - TAIL_SLACK
        if not table.splitInRow or room < TAIL_HEIGHT or len(heights) - int(
                table.repeatRows or 0) < 1:
            return None
        result = table.split(width, sum(heights) - min(room, heights[-1] - TAIL_HEIGHT))
        if len(result) != 2 or _body_rows(result[0]) < 1 or _body_rows(result[1]) < 1:
            return None
        return result[0], result[1]

    def _row_heights(self, width: float, height: float) -> list[float]:
        assert self.table is not None
        return _measured(self.table, self.canv, width)

    def _split_table(self, width: float, height: float, first_rows: int,
                     last_rows: int) -> tuple[RLTable, RLTable] | None:
        table = self.table
        assert table is not None
        if height <= 0:
            return None
        heights = _measured(table, self.canv, width)
        header = int(table.repeatRows or 0)
        total = len(heights)
        top = 0.0
        boundaries = []
        for n, h in enumerate(heights, start=1):
            top += h
            if top > height:
                break
            boundaries.append((n, top))
        whole = None
        for n, top in reversed(boundaries):
            if n - header < first_rows or total - n < last_rows:
                continue
            result = table.split(width, top + 0.01)
            if len(result) != 2:
                continue
            first, rest = result
            if _body_rows(first) >= first_rows and _body_rows(rest) >= last_rows:
                whole = first, rest
                break
        # Between rows the table may have to end well above the page's foot: the row that
        # does not fit (or a group row kept with it) moves on. When that leaves much of the
        # page empty, or the row does not fit a page whole anyway, the row is cut instead.
        # The rows the closing keeps go on with it: the first of them may be cut, so that its
        # last lines go with the closing.
        row = min(boundaries[-1][0] if boundaries else 0,
                  total - last_rows if self.after else total)
        top = sum(heights[:row])
        used = sum(heights[:len(whole[0]._cellvalues)]) if whole else sum(  # noqa: SLF001
            heights[:header])
        if not header <= row < total or row + 1 - header < first_rows:
            return whole
        if height - used <= MOVE_GAP * self.frame_height and sum(
                heights[:header]) + heights[row] <= self.frame_height:
            return whole
        room = height
        if self.after and row == total - last_rows:
            # A row the closing keeps: enough of it goes on to stand with the closing.
            room = min(room, top + heights[row] - TAIL_HEIGHT)
        if room - top < CUT_LEAST:
            return whole
        return _cut_row(table, self.canv, width, room, row) or whole


def _cut_row(table: RLTable, canvas: object, width: float, height: float, row: int
             ) -> tuple[RLTable, RLTable] | None:
    """``table`` cut inside ``row``: the row's lines that fit in ``height`` (below the rows
    before it) stay above the cut, the rest go on in a row of their own under the repeated
    header. Each line is a flowable that never splits, so a cell is cut between lines, never
    through one, and a name (one line) stays whole. As a paragraph keeps its first and last
    two lines together, at least two lines of the row stay above the cut and two go on.

    reportlab cuts inside a row only when no row ends above ``height``, and then in the row it
    picks itself (before a row kept with the next); here the row is the caller's."""
    if not table.splitInRow:
        return None
    cut = _cut_at(table, canvas, width, height, row)
    if cut is None:
        return None
    above, below = _cut_lines(cut, table, row)
    if below and max(map(len, below)) == 1:
        # One line alone would go on: the line above it goes with it.
        cut = _cut_at(table, canvas, width, height - max(
            getattr(cell[-1], "height", 0.0) for cell in above), row)
        if cut is None:
            return None
        above, below = _cut_lines(cut, table, row)
    if not above or not below or max(map(len, above)) < 2:
        return None
    return cut


def _cut_at(table: RLTable, canvas: object, width: float, height: float, row: int
            ) -> tuple[RLTable, RLTable] | None:
    _measured(table, canvas, width)
    # The cut row's bottom padding comes under its last line above the cut.
    pad = max((style.bottomPadding for style in table._cellStyles[row]), default=0.0)  # noqa: SLF001
    table._getFirstPossibleSplitRowPosition = lambda *_, **__: row  # noqa: SLF001
    try:
        result = table._splitRows(height - pad, doInRowSplit=1)  # noqa: SLF001
    finally:
        del table._getFirstPossibleSplitRowPosition  # noqa: SLF001
    if len(result) != 2:
        return None
    first, rest = result
    # reportlab leaves the cut row open at the page's foot; Word closes it with a rule as the
    # table's own (a table split before has its grid as single rules), where it has one.
    rules = [(weight, color) for _, (_, start), (_, end), weight, color, *_
             in table._linecmds  # noqa: SLF001 (the table's rules as normalised; no public API)
             if _covers(start, end, row, len(table._rowHeights))]  # noqa: SLF001
    if rules:
        first.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), *rules[0])]))
    return first, rest


def _covers(start: object, end: object, row: int, rows: int) -> bool:
    if not isinstance(start, int) or not isinstance(end, int):
        return False
    return (start + rows if start < 0 else start) <= row <= (end + rows if end < 0 else end)


def _cut_lines(cut: tuple[RLTable, RLTable], table: RLTable, row: int
               ) -> tuple[list[list[Flowable]], list[list[Flowable]]]:
    """The lines of each cell of the cut row above the cut and below it (cells with none
    left out): a row with nothing to carry over (one line, or the empty room of a row made
    tall to write in) is not cut."""
    first, rest = cut
    header = int(table.repeatRows or 0)
    return (_filled(first._cellvalues[row]),  # noqa: SLF001
            _filled(rest._cellvalues[header]))  # noqa: SLF001


def _filled(cells: list[object]) -> list[list[Flowable]]:
    return [list(cell) for cell in cells if isinstance(cell, list | tuple) and cell]
