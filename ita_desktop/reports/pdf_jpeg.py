"""Stored JPEGs placed in the PDF as they are: no decoding, no re-encoding.

reportlab's own way (``platypus.Image``, ``canvas.drawImage`` with an ``ImageReader``) calls
``getRGBData()`` to name the image, which decodes the whole picture, and writes JPEG streams
in ASCII85 by default (``rl_config.useA85``), a quarter larger. A results report of a hundred
photos would decode a hundred pictures for nothing and grow by a quarter. Here the JPEG's
bytes become the image XObject's stream with the DCTDecode filter alone (the PDF reader
decodes them, as it would any JPEG), its size and colour components are read from the JPEG's
header (``pdfutils.readJPEGInfo``), and the XObject is named by the bytes' SHA-256 so the same
picture twice is embedded once. PNG pictures (emblems, signatures) keep reportlab's path.
"""

from __future__ import annotations

import hashlib
import io
import struct

from reportlab.pdfbase.pdfdoc import PDFError, PDFImageXObject
from reportlab.pdfbase.pdfutils import readJPEGInfo
from reportlab.platypus import Flowable

_JPEG_MAGIC = b"\xff\xd8\xff"
_COLOUR_SPACES = {1: "DeviceGray", 3: "DeviceRGB", 4: "DeviceCMYK"}


def jpeg_info(data: bytes) -> tuple[int, int, int] | None:
    """(width, height, components) from a JPEG's header; None when ``data`` is not a JPEG
    a PDF can hold as it is (another format, 12-bit or lossless JPEG, a damaged header)."""
    if not data.startswith(_JPEG_MAGIC):
        return None
    try:
        width, height, components, _dpi = readJPEGInfo(io.BytesIO(data))
    except (PDFError, struct.error):
        return None
    if components not in _COLOUR_SPACES or width <= 0 or height <= 0:
        return None
    return width, height, components


class JpegImage(Flowable):
    """A JPEG drawn at ``width`` × ``height`` points, embedded byte for byte."""

    def __init__(self, data: bytes, width: float, height: float,
                 info: tuple[int, int, int] | None = None) -> None:
        super().__init__()
        found = info or jpeg_info(data)
        if found is None:
            raise ValueError("not a JPEG a PDF can embed as it is")
        self.data = data
        self.pixels = found
        self.drawWidth = width
        self.drawHeight = height
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        canvas = self.canv
        doc = canvas._doc
        name = "jpeg" + hashlib.sha256(self.data).hexdigest()
        reg_name = doc.getXObjectName(name)
        if doc.idToObject.get(reg_name) is None:
            image = PDFImageXObject(name)
            width, height, components = self.pixels
            image.width, image.height = width, height
            image.bitsPerComponent = 8
            image.colorSpace = _COLOUR_SPACES[components]
            if components == 4:
                # Adobe writes CMYK JPEGs inverted; reportlab's own loader inverts them back.
                image._dotrans = 1
            image.streamContent = self.data
            # Set here rather than through rl_config.useA85, which is global to the process:
            # binary DCT only, never ASCII85.
            image._filters = ("DCTDecode",)
            image.mask = None
            canvas._setXObjects(image)
            doc.Reference(image, reg_name)
            doc.addForm(name, image)
        canvas._currentPageHasImages = 1
        canvas.saveState()
        canvas.scale(self.drawWidth, self.drawHeight)
        canvas._code.append(f"/{reg_name} Do")
        canvas.restoreState()
        canvas._formsinuse.append(name)
