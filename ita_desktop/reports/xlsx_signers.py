"""Signature blocks and the verification of a signed copy, written into a worksheet.

A mixin of :class:`~ita_desktop.reports.xlsx_sheet.SheetWriter`: the block as the seeds print it
(the rank on the signing line with the signature on it, the bare name in brackets, the position,
the role, the date), one under another over the right half or side by side, and the row ranges
the page layout must keep together.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ita_desktop.domain.thai_text import display_width
from ita_desktop.reports.model import (
    BODY_SIZE,
    Align,
    Run,
    SignatureBlock,
    Signer,
    Verification,
    written,
)
from ita_desktop.reports.xlsx_text import (
    PX_PER_UNIT,
    capacity,
    cm_px,
    height,
    line_count,
    scale,
    split_columns,
)

if TYPE_CHECKING:
    from ita_desktop.reports.xlsx_sheet import SheetWriter

DOTS = "." * 36
SIGNATURE_CM = 1.2
LEAD_LINES = 2
"""Lines of content kept on the page of a signature block, so that it never stands alone."""
WITH_LEAD, BLOCK, SIGNER, ALWAYS = 0, 1, 2, 9
"""How firmly rows are kept together (see ``xlsx_pages.paginate``): a signature block with
the rows before it gives way first when a page cannot hold it all, then the block, then a
signer; headings, pictures and merged rows always stay whole."""


class SignerWriter:
    """The signature-block half of a sheet writer (its cells, rows and keeps are the
    writer's own)."""

    def signatures(self: SheetWriter, block: SignatureBlock) -> None:
        """Signers as the seeds print them: alone over the right half of the sheet, or
        ``block.columns`` side by side. The block keeps the last rows before it."""
        lead = self.lead()
        self.gap()
        count = len(self.widths)
        per_row = max(1, min(block.columns, count))
        if per_row == 1 and 1 < len(block.signers) <= count // 2 and \
                self.stacked_height(block) > capacity(self.widths, self.page) / 2:
            # Stacked, the signers would not share a page with the rows they sign for (a
            # landscape roster): side by side they do, and the block stays whole.
            per_row = len(block.signers)
        if per_row == 1:
            half = count // 2 if count > 1 else 0
            slots = [(half, count - 1)]
        else:
            slots = split_columns(count, per_row)
        top = self.row
        for start in range(0, len(block.signers), per_row):
            group = block.signers[start:start + per_row]
            places = slots if len(group) == per_row or per_row == 1 else \
                split_columns(count, per_row)[:len(group)]
            if len(group) == 1 and start:
                # A lone last signer (the chair under the recorder and the checker of
                # minutes) stands centred under the row above.
                places = [(slots[0][0], slots[-1][1])]
            first_row = self.row
            signing = self.signer_rows(group, places)
            self.keeps.append((first_row, self.row - 1, SIGNER))
            self.beside = (signing, self.row - 1, places[0][0] - 1) \
                if per_row == 1 and places[0][0] > 0 else None
            if start + per_row < len(block.signers):
                self.gap()
        self.keeps.append((top, self.row - 1, BLOCK))
        self.keeps.append((lead[0] if lead else top, self.row - 1, WITH_LEAD))
        self.gap()
        if self.beside is not None:
            self.beside_until = self.row

    def stacked_height(self: SheetWriter, block: SignatureBlock) -> float:
        """About how tall the signers are one under another."""
        lines = sum(1 + (1 if signer.above else 0) + sum(1 for text in (
            signer.position, signer.role, signer.date_text) if text) for signer in block.signers)
        return lines * height(1, BODY_SIZE) + len(block.signers) * (
            cm_px(SIGNATURE_CM) * 0.75 + 6 + 8)

    def signer_rows(self: SheetWriter, group: Sequence[Signer],
                    places: Sequence[tuple[int, int]]) -> int:
        """The rows of signers side by side; returns the row of their signing line."""
        if any(signer.above for signer in group):
            for (first, last), signer in zip(places, group, strict=False):
                self.block(self.row, first, last, (Run(signer.above),), BODY_SIZE,
                           align=Align.CENTER)
            self.row += 1
        signing = self.row
        for (first, last), signer in zip(places, group, strict=False):
            self.signing_line(signer, first, last)
        self.row += 1
        for line in ("name", "position", "role", "date_text"):
            texts = [_signer_text(signer, line) for signer in group]
            if not any(texts):
                continue
            for (first, last), text in zip(places, texts, strict=False):
                if text:
                    self.block(self.row, first, last, (Run(text),), BODY_SIZE,
                               align=Align.CENTER)
            self.row += 1
        return signing

    def signing_line(self: SheetWriter, signer: Signer, first: int, last: int) -> None:
        """The rank, then the signature on the line; without a signature a dotted line."""
        rank = signer.rank if signer.name else ""
        sign_h = cm_px(SIGNATURE_CM)
        if signer.signature is None:
            # Room above the dots for a hand signature; the dots sit at the foot of the row.
            self.put(self.row, first, (Run(f"{rank} {DOTS}".strip()),), BODY_SIZE,
                     align=Align.CENTER, vertical="bottom")
            if last > first:
                self.ws.merge_cells(start_row=self.row, start_column=first + 1,
                                    end_row=self.row, end_column=last + 1)
            self.grow(self.row, sign_h * 0.75 + 6)
            return
        if not rank:
            self.picture(signer.signature, self.row, first, last,
                         self.span_px(first, last) - 10, sign_h)
            return
        if last > first:
            # The rank ends at a column edge and the signature starts right after it.
            middle = first + (last - first + 1) // 2
            self.block(self.row, first, middle - 1, (Run(rank),), BODY_SIZE, align=Align.RIGHT)
            self.picture(signer.signature, self.row, middle, last,
                         self.span_px(middle, last) - 10, sign_h, align=Align.LEFT, offset=4)
            return
        self.block(self.row, first, last, (Run(rank),), BODY_SIZE, align=Align.LEFT)
        rank_px = display_width(written(Run(rank), self.digits)) * scale(BODY_SIZE, False) \
            * PX_PER_UNIT + 8
        self.picture(signer.signature, self.row, first, last,
                     self.span_px(first, last) - rank_px - 4, sign_h, align=Align.LEFT,
                     offset=rank_px)

    def verification(self: SheetWriter, check: Verification) -> None:
        """The QR code and the verification under it, in the two parts of
        ``Verification.parts`` (which version; ค่าแฮช and the hash), each written verbatim:
        the report number and hash must match the QR code exactly."""
        from ita_desktop.reports.qr import qr_png

        if self.beside is not None and self.beside_until == self.row:
            self.verification_beside(check, *self.beside)
            return
        lead = self.lead()
        self.gap()
        top = self.row
        self.picture(qr_png(check.qr_payload), self.row, 0, 0, cm_px(2.5), cm_px(2.5),
                     align=Align.LEFT)
        self.row += 1
        head, tail = check.parts
        self.text_rows((Run(head, verbatim=True),), BODY_SIZE - 2)
        if tail:
            self.hash_line(self.row, 0, self.last, tail)
            self.row += 1
        # The code never stands alone on the last page: it keeps the last signer's lines.
        self.keeps.append((top, self.row - 1, ALWAYS))
        self.keeps.append((lead[0] if lead else top, self.row - 1, SIGNER))

    def hash_line(self: SheetWriter, row: int, first: int, last: int, text: str) -> None:
        """"ค่าแฮช 3F9A-21C0-77B4-E615" on one line of its own over columns first..last: the
        cell does not wrap (a program would break the hash at a hyphen) and shrinks the text
        when the columns are narrower than the line."""
        from openpyxl.styles import Alignment

        self.put(row, first, (Run(text, verbatim=True),), BODY_SIZE - 2)
        self.ws.cell(row, first + 1).alignment = Alignment(
            horizontal=Align.LEFT.value, vertical="top", wrap_text=False, shrink_to_fit=True)
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first + 1, end_row=row,
                                end_column=last + 1)
        self.grow(row, height(1, BODY_SIZE - 2))

    def verification_beside(self: SheetWriter, check: Verification, signing: int, last_row: int,
                            free: int) -> None:
        """The QR code at the left of the last signer's signing line, and under it the
        verification in its two parts, in the room a lone signer leaves: rows of their own
        would often push the signature block, which must keep the table's last rows, onto a
        page alone. Which version goes on the rows beside the signer's name (wrapping if it
        must), ค่าแฮช and the hash on the row after them, never broken."""
        from ita_desktop.reports.qr import qr_png

        tall = self.heights.get(signing, 0.0) + self.heights.get(signing + 1, 0.0)
        self.picture(qr_png(check.qr_payload), signing, 0, free, tall / 0.75 - 10,
                     tall / 0.75 - 10, align=Align.LEFT)
        head, tail = check.parts
        size, top = BODY_SIZE - 2, signing + 2
        text = self.put(top, 0, (Run(head, verbatim=True),), size)
        need = height(line_count(text, size, False, self.span_units(0, free)), size)
        # The head takes as many of the signer's rows as its lines need, leaving the last
        # one to the hash; a signer with only a name row gets the row after the block.
        end = top
        while end + 1 < last_row and sum(self.heights.get(row, 0.0)
                                         for row in range(top, end + 1)) < need:
            end += 1
        if end > top or free > 0:
            self.ws.merge_cells(start_row=top, start_column=1, end_row=end,
                                end_column=free + 1)
        short = need - sum(self.heights.get(row, 0.0) for row in range(top, end + 1))
        if short > 0:
            self.heights[end] = self.heights.get(end, 0.0) + short
        if not tail:
            return
        below = max(end + 1, top + 1)
        if below > last_row:
            # The gap under the block becomes the hash's row, kept with the block.
            self.grow(below, height(1, size))
            self.keeps.append((signing, below, ALWAYS))
            self.row = max(self.row, below + 1)
        self.hash_line(below, 0, free, tail)


def _signer_text(signer: Signer, line: str) -> str:
    if line == "name":
        # The bare name in brackets: the rank stands on the signing line, never in here.
        return f"({signer.name or DOTS})"
    if line == "role":
        return signer.role
    return getattr(signer, line)


