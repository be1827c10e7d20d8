"""Reading PDFs back: page text as a reader copies it, and pages as pictures for the preview.
pdfium (pypdfium2) honours /ActualText, so the text is what the document was written from."""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.Lock()
"""Held by every use of pdfium: it is not thread-safe, not even on different documents, and
two previews drawn at once in the job runner's threads (a file chosen while the last one is
still drawn) crashed the program."""


def pdf_pages_text(data: bytes) -> list[str]:
    """Each page's text; lines end with CR LF, as pdfium gives them.

    pdfium reports a hyphen that ends a line as U+FFFE (a guess that the word was hyphenated);
    documents written here never hyphenate words, so it is a plain hyphen again."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
        try:
            return [pdf[i].get_textpage().get_text_range().replace("\ufffe", "-")
                    for i in range(len(pdf))]
        finally:
            pdf.close()
