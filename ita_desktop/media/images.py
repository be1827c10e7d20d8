"""Turning a user's image file into what the database keeps: decoded, upright, small, PNG."""

from __future__ import annotations

import io
from pathlib import Path

MAX_FILE_BYTES = 40 * 1024 * 1024
# An emblem prints at 3 cm; 600 px is 500 dpi at that size, more than any printer needs.
EMBLEM_MAX_SIDE = 600


class ImageFileError(ValueError):
    """The file cannot be used as an image; the message names the file and why."""


def load_image_as_png(path: Path, max_side: int = EMBLEM_MAX_SIDE) -> bytes:
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
            if image.mode not in ("RGB", "RGBA", "L", "LA"):
                image = image.convert("RGBA")
            image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            image.save(out, format="PNG", optimize=True)
    except (UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise ImageFileError(
            f"'{path.name}' is not an image ITA Desktop can read (PNG, JPEG, GIF, BMP, TIFF or "
            "WebP)."
        ) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageFileError(f"'{path.name}' is damaged or cut short: {exc}.") from exc
    return out.getvalue()
