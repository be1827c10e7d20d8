"""Photos as the store keeps them: decoded reduced, upright, dated, in three sizes with a
thumbnail, stripped of their EXIF; every kind of bad file refused with its reason."""

from __future__ import annotations

import io
import subprocess
import threading
from datetime import datetime
from pathlib import Path

import pytest
from PIL import EpsImagePlugin, Image, ImageDraw, JpegImagePlugin

from ita_desktop.domain.progress import Cancelled
from ita_desktop.media.images import ImageFileError
from ita_desktop.media.photos import (
    PRINT_LONG_SIDE,
    THUMB_SIDE,
    PreparedPhoto,
    prepare_photo,
    prepare_photo_bytes,
    prepare_photos,
    reduction,
)
from tests.media.samples import png_header

RED = (220, 20, 20)
BLUE = (20, 40, 200)


def _scene(size: tuple[int, int] = (400, 300)) -> Image.Image:
    """Blue with a red block in the top-left corner: which way up it is shows."""
    image = Image.new("RGB", size, BLUE)
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 4, size[1] // 4), fill=RED)
    return image


def _exif(orientation: int | None = None, original: str | None = None,
          plain: str | None = None) -> Image.Exif:
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    if plain is not None:
        exif[306] = plain
    if original is not None:
        exif.get_ifd(0x8769)[36867] = original
    return exif


def _near(pixel: tuple[int, ...], colour: tuple[int, int, int]) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(pixel, colour, strict=False))


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG"
    return image


def _refused(path: Path) -> ImageFileError:
    with pytest.raises(ImageFileError) as caught:
        prepare_photo(path)
    return caught.value


@pytest.mark.parametrize(("size", "factor"), [
    ((4000, 3000), 2), ((3000, 4000), 2), ((8000, 6000), 4), ((16000, 12000), 8),
    ((1900, 1000), 1), ((1000, 800), 1), ((3780, 2000), 2), ((3779, 2000), 1)])
def test_reduction_keeps_the_print_size(size, factor):
    assert reduction(*size) == factor


def test_a_12_megapixel_jpeg_is_decoded_at_half_size_by_libjpeg(tmp_path, monkeypatch):
    path = tmp_path / "phone.jpg"
    _scene((4000, 3000)).save(path, quality=90)
    drafts: list[tuple[object, tuple[int, int]]] = []
    real_draft = JpegImagePlugin.JpegImageFile.draft

    def spy(self, mode, size):  # type: ignore[no-untyped-def]
        result = real_draft(self, mode, size)
        drafts.append((size, self.size))  # what was asked, what the decoder will produce
        return result

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    photo = prepare_photo(path)
    assert drafts == [((2000, 1500), (2000, 1500))]
    assert (photo.width, photo.height) == (2000, 1500)
    assert _open(photo.jpeg).size == (2000, 1500)
    assert max(photo.width, photo.height) >= PRINT_LONG_SIDE


def test_the_half_quarter_and_thumbnail_come_from_the_one_decode(tmp_path):
    path = tmp_path / "phone.jpg"
    _scene((4000, 3000)).save(path, quality=90)
    photo = prepare_photo(path)
    # Exactly 300 dpi two and four to a row (945 and 472 px), not a plain 1000/500 halving.
    assert _open(photo.half).size == (945, 709)
    assert _open(photo.quarter).size == (473, 355)
    assert _open(photo.thumb).size == (THUMB_SIDE, 240)
    assert _near(_open(photo.thumb).getpixel((5, 5)), RED)


def test_a_png_is_reduced_by_the_same_factor(tmp_path):
    path = tmp_path / "screen.png"
    _scene((4000, 3000)).save(path, compress_level=1)
    photo = prepare_photo(path)
    assert (photo.width, photo.height) == (2000, 1500)


def test_a_small_photo_is_kept_at_its_size_and_not_made_in_smaller_copies(tmp_path):
    path = tmp_path / "small.jpg"
    _scene((800, 600)).save(path)
    photo = prepare_photo(path)
    assert (photo.width, photo.height) == (800, 600)
    assert photo.half == photo.jpeg and photo.quarter == photo.jpeg
    assert max(_open(photo.thumb).size) == THUMB_SIDE


def test_a_tiny_photo_is_not_enlarged_even_for_its_thumbnail(tmp_path):
    path = tmp_path / "icon.png"
    _scene((120, 90)).save(path)
    photo = prepare_photo(path)
    assert (photo.width, photo.height) == (120, 90)
    assert _open(photo.thumb).size == (120, 90)


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_exif_orientation_makes_the_picture_upright(tmp_path, orientation):
    # The camera stores the picture as the sensor saw it, and says how to turn it.
    sensor = {3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90,
              8: Image.Transpose.ROTATE_270}[orientation]
    path = tmp_path / "turned.jpg"
    _scene((400, 300)).transpose(sensor).save(path, quality=95,
                                              exif=_exif(orientation).tobytes())
    photo = prepare_photo(path)
    picture = _open(photo.jpeg)
    assert picture.size == (400, 300)
    assert _near(picture.getpixel((10, 10)), RED)
    assert _near(picture.getpixel((390, 290)), BLUE)


def test_a_large_sideways_photo_is_reduced_and_turned(tmp_path):
    path = tmp_path / "portrait.jpg"
    _scene((4000, 3000)).transpose(Image.Transpose.ROTATE_90).save(
        path, quality=90, exif=_exif(6).tobytes())
    photo = prepare_photo(path)
    assert (photo.width, photo.height) == (2000, 1500)
    assert _near(_open(photo.jpeg).getpixel((20, 20)), RED)


@pytest.mark.parametrize(("exif", "taken"), [
    (_exif(original="2024:11:27 14:03:59", plain="2025:01:01 00:00:00"),
     datetime(2024, 11, 27, 14, 3, 59)),
    (_exif(plain="2025:02:03 08:15:00"), datetime(2025, 2, 3, 8, 15)),
    (_exif(original="0000:00:00 00:00:00"), None),
    (_exif(original="yesterday at noon"), None),
    (_exif(), None),
])
def test_the_date_taken_comes_from_exif(tmp_path, exif, taken):
    path = tmp_path / "dated.jpg"
    _scene().save(path, exif=exif.tobytes())
    assert prepare_photo(path).taken == taken


def test_the_stored_pictures_carry_no_exif(tmp_path):
    exif = _exif(orientation=1, original="2024:11:27 14:03:59")
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(0x8825)[2] = (13.0, 45.0, 12.5)  # GPS latitude: where the unit is
    path = tmp_path / "gps.jpg"
    _scene((4000, 3000)).save(path, exif=exif.tobytes(), comment=b"taken at home")
    photo = prepare_photo(path)
    assert photo.taken == datetime(2024, 11, 27, 14, 3, 59)
    for data in (photo.jpeg, photo.half, photo.quarter, photo.thumb):
        assert b"Exif" not in data and b"PhoneMaker" not in data
        assert b"taken at home" not in data
        assert not _open(data).getexif()


def test_hashes_name_the_bytes(tmp_path):
    import hashlib

    path = tmp_path / "a.jpg"
    _scene().save(path)
    photo = prepare_photo(path)
    assert photo.source_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert photo.sha256 == hashlib.sha256(photo.jpeg).hexdigest()
    assert photo.name == "a.jpg"
    assert prepare_photo_bytes(path.read_bytes(), "a.jpg") == photo


def test_transparency_is_laid_on_white(tmp_path):
    path = tmp_path / "logo.png"
    image = Image.new("RGBA", (400, 300), (0, 0, 0, 0))
    ImageDraw.Draw(image).rectangle((0, 0, 100, 75), fill=RED + (255,))
    image.save(path)
    picture = _open(prepare_photo(path).jpeg)
    assert picture.mode == "RGB"
    assert _near(picture.getpixel((10, 10)), RED)
    assert _near(picture.getpixel((300, 200)), (255, 255, 255))


@pytest.mark.parametrize("kind", ["palette", "palette-transparent", "grey16", "cmyk", "webp"])
def test_other_modes_and_formats_become_rgb_jpegs(tmp_path, kind):
    scene = _scene()
    path = tmp_path / {"webp": "a.webp", "cmyk": "a.jpg"}.get(kind, "a.png")
    if kind == "palette":
        scene.convert("P", palette=Image.Palette.ADAPTIVE).save(path)
    elif kind == "palette-transparent":
        scene.convert("P", palette=Image.Palette.ADAPTIVE).save(path, transparency=0)
    elif kind == "grey16":
        scene.convert("L").convert("I;16").save(path)
    elif kind == "cmyk":
        scene.convert("CMYK").save(path, quality=95)
    else:
        scene.save(path, quality=90)
    picture = _open(prepare_photo(path).jpeg)
    assert picture.mode == "RGB" and picture.size == (400, 300)
    if kind in ("palette", "cmyk", "webp"):
        assert _near(picture.getpixel((10, 10)), RED)
        assert _near(picture.getpixel((300, 200)), BLUE)


@pytest.mark.parametrize("name", ["phone.heic", "phone.HEIF", "heic-named.jpg"])
def test_phone_heic_photos_are_read_upright_with_their_date(tmp_path, name):
    pillow_heif = pytest.importorskip("pillow_heif")
    heif = pillow_heif.from_pillow(_scene().transpose(Image.Transpose.ROTATE_90))
    path = tmp_path / name
    heif.save(path, quality=50,
              exif=_exif(orientation=6, original="2024:12:01 09:30:00").tobytes())
    photo = prepare_photo(path)
    assert (photo.width, photo.height) == (400, 300)
    assert _near(_open(photo.jpeg).getpixel((10, 10)), RED)
    assert photo.taken == datetime(2024, 12, 1, 9, 30)


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    assert _refused(path).kind == "empty"


def test_a_text_file_named_jpg_is_not_a_photo(tmp_path):
    path = tmp_path / "notes.jpg"
    path.write_text("BM this is the minutes of the meeting, not a photo\n" * 20)
    error = _refused(path)
    assert error.kind == "not_a_photo"
    assert error.values == {"name": "notes.jpg"}


@pytest.mark.parametrize(("fmt", "named"), [("GIF", "GIF"), ("BMP", "BMP"), ("TIFF", "TIFF"),
                                            ("PDF", "PDF"), ("EPS", "EPS"), ("ICO", "ICO")])
def test_images_of_other_formats_are_refused_by_their_format(tmp_path, fmt, named):
    path = tmp_path / "renamed.jpg"
    _scene().save(path, format=fmt)
    error = _refused(path)
    assert error.kind == "unsupported"
    assert error.values == {"name": "renamed.jpg", "format": named}
    assert str(error) == (f"renamed.jpg is a {named} image; photos are taken as JPEG, PNG, "
                          "WebP or HEIC.")


@pytest.mark.parametrize(("head", "named"), [
    (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf", "AVIF"),
    (b"\xff\x0a\xfa\x7f\x01\x90\x08", "JPEG XL"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "JPEG 2000"),
    (b"8BPS\x00\x01\x00\x00\x00\x00\x00\x00\x00\x03", "Photoshop"),
])
def test_formats_pillow_is_never_asked_about_are_named_by_their_first_bytes(tmp_path, head,
                                                                            named):
    path = tmp_path / "photo.heic"
    path.write_bytes(head + bytes(200))
    error = _refused(path)
    assert (error.kind, error.values["format"]) == ("unsupported", named)


def test_a_phone_video_is_not_a_photo(tmp_path):
    path = tmp_path / "clip.jpg"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(500))
    assert _refused(path).kind == "not_a_photo"


def test_an_svg_is_refused_as_svg(tmp_path):
    path = tmp_path / "sign.jpg"
    path.write_text('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
                    "<!-- Created with Inkscape (http://www.inkscape.org/) -->\n"
                    '<svg xmlns="http://www.w3.org/2000/svg" width="210mm"/>')
    assert _refused(path).values["format"] == "SVG"


def test_an_eps_is_refused_without_running_ghostscript(tmp_path, monkeypatch):
    started: list[object] = []

    def refuse(args: object, *rest: object, **kwargs: object) -> None:
        started.append(args)
        raise RuntimeError("started a program")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(EpsImagePlugin, "gs_binary", None)
    path = tmp_path / "poster.jpg"
    _scene().save(path, format="EPS")
    assert _refused(path).kind == "unsupported"
    assert started == []


def _noisy_jpeg(path: Path) -> bytes:
    """A JPEG whose every part holds picture data (noise), so a cut shows."""
    noise = Image.merge("RGB", [Image.effect_noise((800, 600), 50) for _ in range(3)])
    noise.save(path, quality=90)
    return path.read_bytes()


def test_a_jpeg_cut_short_is_damaged(tmp_path):
    path = tmp_path / "cut.jpg"
    data = _noisy_jpeg(path)
    path.write_bytes(data[: len(data) // 2])
    error = _refused(path)
    assert error.kind == "damaged"
    assert "truncated" in str(error)


def test_a_jpeg_with_its_header_cut_off_is_damaged(tmp_path):
    path = tmp_path / "header.jpg"
    data = _noisy_jpeg(path)
    path.write_bytes(data[:40])
    assert _refused(path).kind == "damaged"


def test_corrupt_bytes_in_a_jpeg_never_escape_as_another_error(tmp_path):
    # libjpeg decodes many corrupt scans as grey or smeared blocks without complaint; what
    # holds is that the file is either read or refused as damaged.
    path = tmp_path / "corrupt.jpg"
    data = bytearray(_noisy_jpeg(path))
    middle = len(data) // 2
    data[middle:middle + 2000] = bytes(range(256)) * 7 + bytes(208)
    path.write_bytes(bytes(data))
    try:
        photo = prepare_photo(path)
    except ImageFileError as error:
        assert error.kind == "damaged"
    else:
        assert (photo.width, photo.height) == (800, 600)


def test_a_decompression_bomb_is_refused_without_decoding(tmp_path):
    error = _refused(png_header(tmp_path / "bomb.png", 100_000, 100_000, 8, 2))
    assert error.kind == "too_large"
    assert error.values["megapixels"] == 10_000


def test_too_many_pixels_for_a_photo_is_refused(tmp_path):
    error = _refused(png_header(tmp_path / "scan.png", 9_000, 8_000, 8, 2))
    assert error.kind == "too_many_pixels"
    assert error.values == {"name": "scan.png", "width": 9_000, "height": 8_000, "limit": 64}


def test_a_folder_or_a_missing_file_is_unreadable(tmp_path):
    folder = tmp_path / "DCIM.jpg"
    folder.mkdir()
    assert _refused(folder).kind == "unreadable"
    assert _refused(tmp_path / "gone.jpg").kind == "unreadable"


def test_prepare_photos_keeps_order_and_mixes_photos_with_refusals(tmp_path):
    paths = []
    for index in range(5):
        path = tmp_path / f"p{index}.jpg"
        if index == 2:
            path.write_bytes(b"")
        else:
            _scene((400 + index, 300)).save(path)
        paths.append(path)
    seen: list[tuple[int, int, str]] = []
    results = prepare_photos(paths, workers=2,
                             progress=lambda done, total, name: seen.append((done, total,
                                                                             name)))
    assert [type(r) for r in results] == [PreparedPhoto, PreparedPhoto, ImageFileError,
                                          PreparedPhoto, PreparedPhoto]
    assert [r.width for r in results if isinstance(r, PreparedPhoto)] == [400, 401, 403, 404]
    assert results[2].values == {"name": "p2.jpg"}
    assert [done for done, _, _ in seen] == [1, 2, 3, 4, 5]
    assert {total for _, total, _ in seen} == {5}
    assert sorted(name for _, _, name in seen) == [p.name for p in paths]


def test_prepare_photos_stops_when_cancelled_and_leaves_no_worker(tmp_path):
    paths = []
    for index in range(12):
        path = tmp_path / f"p{index}.jpg"
        _scene((1600, 1200)).save(path)
        paths.append(path)
    seen: list[str] = []
    with pytest.raises(Cancelled):
        prepare_photos(paths, workers=2, cancelled=lambda: bool(seen),
                       progress=lambda done, total, name: seen.append(name))
    assert 1 <= len(seen) < len(paths)
    assert not [t for t in threading.enumerate() if t.name.startswith("photo-import")]


def test_prepare_photos_cancelled_before_starting_prepares_nothing(tmp_path):
    path = tmp_path / "a.jpg"
    _scene().save(path)
    seen: list[str] = []
    with pytest.raises(Cancelled):
        prepare_photos([path], cancelled=lambda: True,
                       progress=lambda done, total, name: seen.append(name))
    assert seen == []


def test_a_photo_decoded_whole_far_above_print_size_is_brought_down_to_it(tmp_path):
    # 8 MP (3264 px): halving would drop below 1,890 px, so it decodes whole; stored so it
    # would weigh three times what a full-width print needs.
    path = tmp_path / "older_phone.jpg"
    _scene((3264, 2448)).save(path, quality=90)
    photo = prepare_photo(path)
    assert (photo.width, photo.height) == (PRINT_LONG_SIDE, 1418)
    assert _open(photo.jpeg).size == (PRINT_LONG_SIDE, 1418)
    assert _open(photo.half).size == (945, 709)
