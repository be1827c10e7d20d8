"""Turning a user's image file into what the database keeps: decoded, upright, small, PNG."""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

if TYPE_CHECKING:
    from collections.abc import Callable

    from PIL.Image import Image

# What the file dialogs offer, as Pillow names its decoders. Only these are tried: Pillow
# would otherwise also open EPS (by running Ghostscript, an external program that
# interprets PostScript), TGA, ICO, PCX and more, whatever the file's name says.
# HEIF is the HEIC/HEIF of phone cameras, decoded by pillow-heif's bundled libheif (no
# external program either).
OFFERED_FORMATS = ("PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP", "HEIF")
# The same list as file-dialog patterns: the dialogs and the decoder agree by construction.
IMAGE_PATTERNS = "*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.heic *.heif"
MAX_FILE_BYTES = 40 * 1024 * 1024
# A 48-megapixel phone photo is fine; beyond 64 megapixels decoding alone needs gigabytes.
MAX_PIXELS = 64_000_000
# An emblem prints at 3 cm; 600 px is 500 dpi at that size, more than any printer needs.
EMBLEM_MAX_SIDE = 600
# A signature prints about 4 cm wide; 800 px is 500 dpi there.
SIGNATURE_MAX_SIDE = 800
# Paper is what most of a signature image is; the ink is at least this much darker.
INK_CONTRAST = 90
# Lighter than paper minus this, a pixel is paper (grain, shadows of the phone).
PAPER_TOLERANCE = 30
# Paper darker than this cannot be told from ink: the photo is too dark.
DARKEST_PAPER = 110
# A signature covers a small part of its image; far more than this is not ink on paper.
MOST_INK = 0.4


register({
    "image.unreadable": QT_TRANSLATE_NOOP("Errors", "Cannot read %name: %reason."),
    "image.empty": QT_TRANSLATE_NOOP("Errors", "%name is empty."),
    "image.file_too_big": QT_TRANSLATE_NOOP(
        "Errors", "%name is %megabytes MB; images up to %limit MB can be used."),
    "image.too_many_pixels": QT_TRANSLATE_NOOP(
        "Errors",
        "%name is %width × %height pixels; images up to %limit megapixels can be used."),
    "image.too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "%name is an image of %megapixels megapixels, too large to open; images up to "
        "%limit megapixels can be used."),
    "image.not_an_image": QT_TRANSLATE_NOOP(
        "Errors",
        "%name is not an image ITA Desktop can read (PNG, JPEG, GIF, BMP, TIFF, WebP or "
        "HEIC)."),
    "image.no_memory": QT_TRANSLATE_NOOP(
        "Errors", "%name is too large to open on this computer."),
    "image.damaged": QT_TRANSLATE_NOOP("Errors", "%name is damaged or cut short (%reason)."),
    "image.too_dark": QT_TRANSLATE_NOOP(
        "Errors",
        "%name is too dark to tell the paper from the ink. Scan or photograph the "
        "signature on white paper, in good light."),
    "image.blank": QT_TRANSLATE_NOOP(
        "Errors", "%name holds no signature: the image is blank."),
    "image.not_on_paper": QT_TRANSLATE_NOOP(
        "Errors", "%name is mostly dark: it does not look like a signature on white paper."),
})


class ImageFileError(AppError):
    """The file cannot be used as an image; ``kind`` is the short code (``"blank"``…)."""

    def __init__(self, kind: str, /, **values: object) -> None:
        self.kind = kind
        super().__init__(f"image.{kind}", **values)


def eight_bit(image: Image) -> Image:
    """16-bit and float images as 8-bit grey; Pillow's own conversion clips them to white."""
    if image.mode not in ("I", "I;16", "I;16B", "I;16L", "I;16N", "F"):
        return image
    if image.mode != "F":
        image = image.convert("I")
    top = image.getextrema()[1] or 1
    scale = 255 / (65535 if 255 < top <= 65535 else max(top, 255))
    return image.point(lambda v: v * scale).convert("L")


def _too_large(name: str, exc: Exception) -> ImageFileError:
    """Pillow's decompression-bomb refusal, as a size the user can act on."""
    # Pillow names the pixel count only in its message: "Image size (N pixels) exceeds…".
    found = re.search(r"\((\d+) pixels\)", str(exc))
    megapixels: object = round(int(found.group(1)) / 1_000_000) if found else "?"
    return ImageFileError("too_large", name=name, megapixels=megapixels,
                          limit=MAX_PIXELS // 1_000_000)


def heif_registered() -> None:
    """Teach Pillow to open HEIC/HEIF, once, on the first image opened (not at start-up)."""
    global _heif_ready
    if not _heif_ready:
        from pillow_heif import register_heif_opener

        # Thumbnails inside the file are not wanted, and libheif turns the picture upright
        # itself (its orientation boxes), so exif_transpose below finds nothing more to do.
        register_heif_opener(thumbnails=False)
        _heif_ready = True


_heif_ready = False


def check_file_size(name: str, size: int) -> None:
    """Refuse an empty file, or one too large to be a picture, before reading it."""
    if size == 0:
        raise ImageFileError("empty", name=name)
    if size > MAX_FILE_BYTES:
        megabytes, limit = round(size / 1024 / 1024), MAX_FILE_BYTES // 1024 // 1024
        raise ImageFileError("file_too_big", name=name, megabytes=megabytes, limit=limit)


def file_size(path: Path) -> int:
    """``path``'s size in bytes, checked by ``check_file_size``; unreadable: the reason."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImageFileError("unreadable", name=str(path), reason=exc.strerror or str(exc)) from exc
    check_file_size(path.name, size)
    return size


def open_limited(source: Path | BinaryIO, name: str, formats: tuple[str, ...]) -> Image:
    """``Image.open`` of ``formats`` only, refusing what holds too many pixels to decode.

    Nothing is decoded yet: the size is read from the header, so a bomb costs nothing.
    """
    from PIL import Image

    heif_registered()
    # Pillow warns (89 MP) before it refuses (179 MP); both mean "too large", and a
    # warning must not reach the command line as noise. catch_warnings is not thread
    # safe: at worst two imports at once leave this one filter on, which only turns
    # Pillow's bomb warning into the refusal it stands for here.
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image = Image.open(source, formats=formats)
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise ImageFileError("too_many_pixels", name=name, width=width, height=height,
                             limit=MAX_PIXELS // 1_000_000)
    return image


@contextmanager
def decoding_errors(name: str) -> Iterator[None]:
    """What Pillow and the decoders raise while opening and decoding ``name``, as the
    ``ImageFileError`` the user is told (the program's own refusals pass through)."""
    from PIL import Image, UnidentifiedImageError

    try:
        yield
    except ImageFileError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_large(name, exc) from exc
    except UnidentifiedImageError as exc:
        raise ImageFileError("not_an_image", name=name) from exc
    except MemoryError as exc:
        raise ImageFileError("no_memory", name=name) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageFileError("damaged", name=name, reason=str(exc)) from exc


def _converted(path: Path, convert: Callable[[Image], Image], max_side: int) -> bytes:
    """Open ``path`` as an image, hand the upright picture to ``convert``, return PNG bytes."""
    from PIL import Image, ImageOps

    path = Path(path)
    file_size(path)
    with decoding_errors(path.name):
        with open_limited(path, path.name, OFFERED_FORMATS) as image:
            # JPEG decodes straight to a smaller size: a phone photo needs no 48 MP in memory.
            image.draft("RGB", (max_side * 2, max_side * 2))
            image.load()
            image = eight_bit(image)
            # Shrunk before turning upright: other formats decode at full size, and turning
            # first would hold a second full-size copy (a 64 MP PNG needed over 500 MB).
            if max(image.size) > max_side * 2:
                image.thumbnail((max_side * 2, max_side * 2), Image.Resampling.BILINEAR)
            image = ImageOps.exif_transpose(image)
            result = convert(image)
            result.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            result.save(out, format="PNG", optimize=True)
    return out.getvalue()


def load_image_as_png(path: Path, max_side: int = EMBLEM_MAX_SIDE) -> bytes:
    """An emblem or photo as it is, at most ``max_side`` pixels on its longer side."""

    def convert(image: Image) -> Image:
        return image if image.mode in ("RGB", "RGBA", "L", "LA") else image.convert("RGBA")

    return _converted(path, convert, max_side)


def load_signature_as_png(path: Path, max_side: int = SIGNATURE_MAX_SIDE) -> bytes:
    """A scanned or photographed signature made ready to sit on a signature line.

    The paper becomes transparent (so the dotted line shows through, as under real ink) and
    the empty margins are cut off, so the ink fills the space the report gives it. The paper's
    shade is read from the image itself (most of it is paper), so grey phone photos work. An
    image with no ink, or that is mostly dark, is refused.
    """
    from PIL import Image, ImageOps

    path = Path(path)

    def convert(image: Image) -> Image:
        rgba = image.convert("RGBA")
        # Lightness of each pixel, with transparent pixels counted as white paper.
        grey = ImageOps.grayscale(Image.alpha_composite(
            Image.new("RGBA", rgba.size, (255, 255, 255, 255)), rgba))
        histogram = grey.histogram()
        total = sum(histogram)
        seen, paper = 0, 255
        for value, count in enumerate(histogram):
            seen += count
            if seen * 2 >= total:
                paper = value  # the median: what most of the image is
                break
        if paper < DARKEST_PAPER:
            raise ImageFileError("too_dark", name=path.name)
        clear_from = paper - PAPER_TOLERANCE
        solid_below = max(paper - INK_CONTRAST, 1)
        ramp = max(clear_from - solid_below, 1)
        # Ink is fully opaque; paper fades to nothing, keeping anti-aliased edges smooth.
        alpha = grey.point(lambda v: 255 if v < solid_below else
                           0 if v >= clear_from else (clear_from - v) * 255 // ramp)
        box = alpha.getbbox()
        if box is None:
            raise ImageFileError("blank", name=path.name)
        inked = total - alpha.histogram()[0]
        if inked > MOST_INK * total:
            raise ImageFileError("not_on_paper", name=path.name)
        rgba.putalpha(alpha)
        return rgba.crop(box)

    return _converted(path, convert, max_side)
