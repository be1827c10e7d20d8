"""The closing of a DOCX: signature blocks and a signed document's verification (the QR code
with its text, and the line in the page footer).

These are the parts that must stay with the content before them and never break apart, so
they are written together, on top of the writer's tables, paragraphs and runs
(``render_docx``). The text beside the QR code comes in the two parts of
``Verification.parts``, each a paragraph of its own: which version it is, then
"ค่าแฮช\\u00a03F9A-…". That line is far narrower than the 8 cm half column it stands in, so
neither Word nor LibreOffice wraps it; with the whole line in one paragraph, LibreOffice
broke it between ค่า and แฮช, and a narrower column at a hyphen of the hash.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.shared import Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from ita_desktop.reports.docx_xml import picture_size_cm
from ita_desktop.reports.model import BODY_SIZE, Align, Run, SignatureBlock, Signer
from ita_desktop.reports.qr import qr_png

if TYPE_CHECKING:
    from ita_desktop.reports.render_docx import DocxWriter

SMALL_SIZE = 12.0
"""The verification text: small, still readable on paper."""
QR_WIDTH_CM = 2.2
SIGNATURE_HEIGHT_CM = 1.2
SIGNATURE_MAX_WIDTH_CM = 3.5
DOTS = "............................"


def verbatim_hash(text: str, fingerprint: str) -> tuple[Run, ...]:
    """``text`` with the fingerprint in it verbatim: with converted digits it could not be
    compared with the one on record."""
    before, found, after = text.partition(fingerprint) if fingerprint else (text, "", "")
    return tuple(run for run in (Run(before), Run(found, verbatim=True), Run(after))
                 if run.text)


class Closing:
    """Signature blocks and the verification of one document, written through ``writer``."""

    def __init__(self, writer: DocxWriter) -> None:
        self.writer = writer
        self.verification_placed = False

    def footer_runs(self) -> tuple[Run, ...]:
        """The whole verification line, for the page footer, which has room for it."""
        verification = self.writer.doc.verification
        if verification is None:
            return ()
        return verbatim_hash(verification.line, verification.fingerprint)

    def signatures(self, block: SignatureBlock) -> None:
        """Signers, never split over pages and never alone on one. A single column of
        signers is one row that cannot split (LibreOffice breaks a chain of rows kept with
        the next when it is longer than the room left); side by side, one row per line of
        signers keeps their signing lines level. Every line keeps with the next, and the
        last lines of the content keep with the block."""
        writer = self.writer
        columns = max(block.columns, 1)
        per_row = columns if columns > 1 else len(block.signers)
        # a single column of signers stands in the right half, where official documents are
        # signed
        widths = [writer.text_width_cm / max(columns, 2)] * max(columns, 2)
        rows = writer.new_table(math.ceil(len(block.signers) / per_row), widths, grid=False,
                                kept=True)
        doc = writer.doc
        if columns == 1 and doc.verification is not None and block is doc.parts[-1]:
            # the QR code beside the last signers, so it never stands alone on a page
            self._verification_cell(rows[-1][0])
            self.verification_placed = True
        for r, row in enumerate(rows):
            signers = block.signers[r * per_row:(r + 1) * per_row]
            if columns == 1:
                for signer in signers:
                    self._signer(row[-1], signer, pad_above=False)
                continue
            if len(signers) == 1 and r:
                # a lone last signer (the chair under the recorder and the checker of
                # minutes) stands centred under the row above
                row[0] = row[0].merge(row[-1])
                del row[1:]
            for cell, signer in zip(row, signers, strict=False):
                # the signing lines stay level when only some have a line above
                self._signer(cell, signer, pad_above=any(other.above for other in signers))
        for cell in rows[-1]:
            cell.paragraphs[-1].paragraph_format.keep_with_next = None

    def _signer(self, cell: _Cell, signer: Signer, *, pad_above: bool) -> None:
        """One block as the seeds print it (see ``model.Signer``): the rank and the
        signature on the signing line, the bare name in brackets, position, role, date."""
        writer = self.writer
        lines: list[DocxParagraph] = []
        first_in_cell = not any(p.runs for p in cell.paragraphs)

        def line(text: str) -> DocxParagraph:
            paragraph = writer.cell_paragraph(cell, Align.CENTER,
                                              first=first_in_cell and not lines)
            paragraph.paragraph_format.keep_with_next = True
            if not lines:
                paragraph.paragraph_format.space_before = Pt(BODY_SIZE * 1.5)
            lines.append(paragraph)
            if text:
                writer.runs(paragraph, (Run(text),), BODY_SIZE)
            return paragraph

        if signer.above or pad_above:
            line(signer.above)
        signing = line(f"{signer.rank} " if signer.rank else "")
        if signer.signature is not None:
            writer.picture(signing, signer.signature, *picture_size_cm(
                signer.signature, SIGNATURE_HEIGHT_CM, SIGNATURE_MAX_WIDTH_CM))
        else:
            writer.runs(signing, (Run(DOTS),), BODY_SIZE)
        # without a name the brackets stay open for the name written by hand
        line(f"({signer.name})" if signer.name else f"({' ' * 40})")
        for text in (signer.position, signer.role, signer.date_text):
            if text:
                line(text)

    def _verification_cell(self, cell: _Cell) -> None:
        """The QR code, and under it the verification in its two parts, a paragraph each."""
        writer = self.writer
        verification = writer.doc.verification
        assert verification is not None
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
        paragraph = writer.cell_paragraph(cell, Align.LEFT, first=True)
        paragraph.paragraph_format.keep_with_next = True
        writer.picture(paragraph, qr_png(verification.qr_payload), QR_WIDTH_CM, QR_WIDTH_CM)
        texts = [part for part in verification.parts if part]
        for k, text in enumerate(texts):
            paragraph = writer.cell_paragraph(cell, Align.LEFT)
            paragraph.paragraph_format.keep_with_next = k < len(texts) - 1 or None
            writer.runs(paragraph, verbatim_hash(text, verification.fingerprint), SMALL_SIZE)

    def finish(self) -> None:
        """Without a signature block to stand beside, the QR code stands at the end, kept
        with the last lines of the content."""
        writer = self.writer
        if writer.doc.verification is None or self.verification_placed:
            return
        writer.keep_previous_with_next()
        spacer = writer.paragraph()
        spacer.paragraph_format.space_before = Pt(BODY_SIZE)
        spacer.paragraph_format.keep_with_next = True
        (cells,) = writer.new_table(1, [writer.text_width_cm], grid=False)
        self._verification_cell(cells[0])
