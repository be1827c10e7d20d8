"""Turning a user's image file into what the database keeps: decoded, upright, small, PNG."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

MAX_FILE_BYTES = 40 * 1024 * 1024
# An emblem prints at 3 cm; 600 px is 500 dpi at that size, more than any printer needs.
EMBLEM_MAX_SIDE = 600
# A signature prints about 4 cm wide; 800 px is 500 dpi there.
SIGNATURE_MAX_SIDE = 800
# Scanned paper is rarely pure white: anything this light is paper, not ink.
PAPER_LIGHTNESS = 200


class ImageFileError(ValueError):
    """The file cannot be used as an image; the message names the file and why."""


def _converted(path: Path, convert) -> bytes:  # type: ignore[no-untyped-def]
    """Open ``path`` as an image, hand the upright picture to ``convert``, return PNG bytes."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImageFileError(f"Cannot read '{path}': {exc.strerror or exc}.") from exc
    if size == 0:
        raise ImageFileError(f"'{path.name}' is empty.")
    if size > MAX_FILE_BYTES:
        raise ImageFileError(
            f"'{path.name}' is {size / 1024 / 1024:.0f} MB; images up to "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB can be used."
        )
    try:
        with Image.open(path) as image:
            image.load()
            image = ImageOps.exif_transpose(image)
            result = convert(image)
            out = io.BytesIO()
            result.save(out, format="PNG", optimize=True)
    except ImageFileError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise ImageFileError(
            f"'{path.name}' is not an image ITA Desktop can read (PNG, JPEG, GIF, BMP, TIFF or "
            "WebP)."
        ) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageFileError(f"'{path.name}' is damaged or cut short: {exc}.") from exc
    return out.getvalue()


def load_image_as_png(path: Path, max_side: int = EMBLEM_MAX_SIDE) -> bytes:
    """An emblem or photo as it is, at most ``max_side`` pixels on its longer side."""
    from PIL import Image

    def convert(image: Image) -> Image:
        if image.mode not in ("RGB", "RGBA", "L", "LA"):
            image = image.convert("RGBA")
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        return image

    return _converted(path, convert)


def load_signature_as_png(path: Path, max_side: int = SIGNATURE_MAX_SIDE) -> bytes:
    """A scanned or photographed signature made ready to sit on a signature line.

    The paper becomes transparent (so the dotted line shows through, as under real ink) and
    the empty margins are cut off, so the ink fills the space the report gives it. An image
    with no ink at all is refused.
    """
    from PIL import Image, ImageOps

    path = Path(path)

    def convert(image: Image) -> Image:
        rgba = image.convert("RGBA")
        # Lightness of each pixel, with transparent pixels counted as paper.
        grey = ImageOps.grayscale(Image.alpha_composite(
            Image.new("RGBA", rgba.size, (255, 255, 255, 255)), rgba))
        # Ink is fully opaque; paper fades to nothing, keeping anti-aliased edges smooth.
        alpha = grey.point(lambda v: 255 if v < PAPER_LIGHTNESS - 60 else
                           0 if v >= PAPER_LIGHTNESS else (PAPER_LIGHTNESS - v) * 255 // 60)
        box = alpha.getbbox()
        if box is None:
            raise ImageFileError(f"'{path.name}' holds no signature: the image is blank.")
        rgba.putalpha(alpha)
        signature = rgba.crop(box)
        signature.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        return signature

    return _converted(path, convert)
