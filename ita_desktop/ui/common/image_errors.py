"""Why an image could not be used, said in the window's language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ita_desktop.media.images import ImageFileError


def _texts() -> dict[str, str]:
    return {
        "unreadable": QCoreApplication.translate(
            "ImageErrors", "Cannot read %name: %reason."),
        "empty": QCoreApplication.translate(
            "ImageErrors", "%name is empty."),
        "file_too_big": QCoreApplication.translate(
            "ImageErrors", "%name is %megabytes MB; images up to %limit MB can be used."),
        "too_many_pixels": QCoreApplication.translate(
            "ImageErrors",
            "%name is %width × %height pixels; images up to %limit megapixels can be used."),
        "not_an_image": QCoreApplication.translate(
            "ImageErrors",
            "%name is not an image ITA Desktop can read (PNG, JPEG, GIF, BMP, TIFF or WebP)."),
        "no_memory": QCoreApplication.translate(
            "ImageErrors", "%name is too large to open on this computer."),
        "damaged": QCoreApplication.translate(
            "ImageErrors", "%name is damaged or cut short (%reason)."),
        "too_dark": QCoreApplication.translate(
            "ImageErrors",
            "%name is too dark to tell the paper from the ink. Scan or photograph the "
            "signature on white paper, in good light."),
        "blank": QCoreApplication.translate(
            "ImageErrors", "%name holds no signature: the image is blank."),
        "not_on_paper": QCoreApplication.translate(
            "ImageErrors",
            "%name is mostly dark: it does not look like a signature on white paper."),
    }


def image_error_text(exc: ImageFileError) -> str:
    text = _texts().get(exc.code)
    if text is None or not exc.values:
        return text or str(exc)
    # Longest names first, so that %name is never read as part of a longer one; one pass, so
    # that a value holding "%..." (a file name can) is never replaced again.
    names = sorted(exc.values, key=len, reverse=True)
    pattern = re.compile("%(" + "|".join(map(re.escape, names)) + ")")
    return pattern.sub(lambda m: str(exc.values[m.group(1)]), text)
