"""Why an image was refused, in the window's language, with the file's name intact."""

from __future__ import annotations

import pytest

from ita_desktop.media.images import ImageFileError
from ita_desktop.ui.common.image_errors import image_error_text

CODES = {
    "unreadable": {"name": "a%1.png", "reason": "Permission denied"},
    "empty": {"name": "a%1.png"},
    "file_too_big": {"name": "a%1.png", "megabytes": 55, "limit": 40},
    "too_many_pixels": {"name": "a%1.png", "width": 9000, "height": 9000, "limit": 64},
    "too_large": {"name": "a%1.png", "megapixels": 200, "limit": 64},
    "not_an_image": {"name": "a%1.png"},
    "no_memory": {"name": "a%1.png"},
    "damaged": {"name": "a%1.png", "reason": "truncated"},
    "too_dark": {"name": "a%1.png"},
    "blank": {"name": "a%1.png"},
    "not_on_paper": {"name": "a%1.png"},
}


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_refusal_is_said_in_thai_with_its_values(thai, code):
    values = CODES[code]
    text = image_error_text(ImageFileError(code, **values))
    assert "%" + "name" not in text
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in text), text
    for value in values.values():
        if value != "Permission denied":
            assert str(value) in text


def test_english_text_without_translation(qapp):
    text = image_error_text(ImageFileError("blank", name="sig.png"))
    assert text == "sig.png holds no signature: the image is blank."
