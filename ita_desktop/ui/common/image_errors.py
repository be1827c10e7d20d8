"""Why an image could not be used, said in the window's language."""

from __future__ import annotations

from ita_desktop.media.images import ImageFileError
from ita_desktop.ui.common.error_text import error_text


def image_error_text(exc: ImageFileError) -> str:
    return error_text(exc)
