"""Images as the database keeps them: emblems as they are, signatures freed from their paper."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw

from ita_desktop.media.images import (
    ImageFileError,
    load_image_as_png,
    load_signature_as_png,
)


def _scan(path, paper=(244, 241, 232), ink=(25, 35, 130)):  # type: ignore[no-untyped-def]
    """A signature written across the middle of a large, slightly grey sheet."""
    sheet = Image.new("RGB", (1600, 900), paper)
    draw = ImageDraw.Draw(sheet)
    draw.line([(500, 520), (700, 380), (820, 560), (1100, 400)], fill=ink, width=14)
    sheet.save(path)
    return path


def _png(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    return image


def test_signature_paper_becomes_transparent_and_margins_are_cut(tmp_path):
    signature = _png(load_signature_as_png(_scan(tmp_path / "sig.jpg")))
    assert signature.mode == "RGBA"
    # Cropped to the ink: about 600 x 180 of the 1600 x 900 sheet, not the sheet itself.
    assert 560 <= signature.width <= 640 and 150 <= signature.height <= 210
    assert signature.getpixel((0, 0))[3] == 0  # a corner is paper: transparent
    inked = [signature.getpixel((x, y)) for x in range(signature.width)
             for y in range(signature.height) if signature.getpixel((x, y))[3] == 255]
    assert inked, "the ink must stay opaque"
    # The ink keeps its colour (a blue pen stays blue), JPEG noise aside.
    red = sum(p[0] for p in inked) / len(inked)
    blue = sum(p[2] for p in inked) / len(inked)
    assert blue > red + 60


def test_signature_is_limited_in_size(tmp_path):
    path = tmp_path / "wide.png"
    sheet = Image.new("L", (5000, 800), 255)
    ImageDraw.Draw(sheet).line([(100, 400), (4900, 420)], fill=0, width=40)
    sheet.save(path)
    signature = _png(load_signature_as_png(path))
    assert max(signature.size) == 800


def test_blank_sheet_is_refused_with_the_reason(tmp_path):
    path = tmp_path / "blank.png"
    Image.new("RGB", (600, 200), (250, 250, 250)).save(path)
    with pytest.raises(ImageFileError, match="blank.png.*no signature"):
        load_signature_as_png(path)


@pytest.mark.parametrize("content, reason", [
    (b"", "is empty"),
    (b"not an image at all", "not an image"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02", "damaged|not an image"),
])
def test_bad_files_are_refused_with_the_reason(tmp_path, content, reason):
    path = tmp_path / "sig.png"
    path.write_bytes(content)
    for load in (load_signature_as_png, load_image_as_png):
        with pytest.raises(ImageFileError, match=reason):
            load(path)


def test_missing_file_names_the_file(tmp_path):
    with pytest.raises(ImageFileError, match="gone.png"):
        load_signature_as_png(tmp_path / "gone.png")


def test_emblem_keeps_its_picture_and_is_downscaled(tmp_path):
    path = tmp_path / "emblem.png"
    Image.new("RGB", (1200, 1200), (255, 255, 255)).save(path)
    emblem = _png(load_image_as_png(path))
    assert emblem.size == (600, 600)
    assert emblem.getpixel((0, 0))[:3] == (255, 255, 255)  # white stays white


def test_grey_phone_photo_loses_its_paper(tmp_path):
    """Paper photographed indoors is grey (185), not white; it must still become clear."""
    path = _scan(tmp_path / "photo.jpg", paper=(188, 184, 178), ink=(30, 30, 60))
    signature = _png(load_signature_as_png(path))
    assert signature.getpixel((0, 0))[3] == 0
    assert 560 <= signature.width <= 640  # cropped to the ink, not the grey sheet


def test_sixteen_bit_grey_scan_keeps_its_ink(tmp_path):
    """Pillow opens 16-bit PNGs as I;16, whose plain conversion turns everything white."""
    path = tmp_path / "scan16.png"
    sheet = Image.new("I;16", (900, 400), 62000)
    ImageDraw.Draw(sheet).line([(200, 250), (450, 150), (700, 260)], fill=15000, width=12)
    sheet.save(path)
    signature = _png(load_signature_as_png(path))
    assert 480 <= signature.width <= 540 and signature.getpixel((0, 0))[3] == 0


@pytest.mark.parametrize("colour, code", [((20, 20, 20), "too_dark"),
                                          ((140, 140, 140), "not_on_paper")])
def test_dark_pictures_are_not_taken_for_signatures(tmp_path, colour, code):
    path = tmp_path / "dark.png"
    sheet = Image.new("RGB", (600, 300), colour)
    if code == "not_on_paper":  # a light band on top of a mostly dark picture
        ImageDraw.Draw(sheet).rectangle((0, 0, 599, 170), fill=(240, 240, 240))
        ImageDraw.Draw(sheet).rectangle((0, 171, 599, 299), fill=(40, 40, 40))
    sheet.save(path)
    with pytest.raises(ImageFileError) as caught:
        load_signature_as_png(path)
    assert caught.value.kind == code


def test_too_many_pixels_is_refused_before_decoding(tmp_path):
    path = tmp_path / "huge.png"
    Image.new("1", (9000, 9000), 1).save(path)  # 81 MP, a few kilobytes on disk
    with pytest.raises(ImageFileError) as caught:
        load_image_as_png(path)
    assert caught.value.kind == "too_many_pixels"
    assert caught.value.values["width"] == 9000
