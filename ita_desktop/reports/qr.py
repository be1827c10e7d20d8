"""The QR code on signed-off documents: one module matrix, drawn as vectors in the PDF and as
a PNG in DOCX and XLSX (reportlab's encoder, Pillow for the picture)."""

from __future__ import annotations

import io


def qr_matrix(payload: str) -> list[list[bool]]:
    """The dark (True) and light modules of ``payload``, error correction level M, without
    the quiet zone."""
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    return [[bool(module) for module in row] for row in code.modules]


def qr_png(payload: str, module_px: int = 8, quiet_modules: int = 4) -> bytes:
    """A black-on-white PNG of the code with the standard four-module quiet zone."""
    from PIL import Image

    matrix = qr_matrix(payload)
    size = (len(matrix) + 2 * quiet_modules) * module_px
    picture = Image.new("1", (size, size), 1)
    pixels = picture.load()
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if not dark:
                continue
            top = (r + quiet_modules) * module_px
            left = (c + quiet_modules) * module_px
            for y in range(top, top + module_px):
                for x in range(left, left + module_px):
                    pixels[x, y] = 0
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()
