"""Only the formats the file dialogs offer are opened, without running any other program,
and large images are refused or decoded reduced, in bounded memory."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import EpsImagePlugin, Image, ImageDraw

import ita_desktop
from ita_desktop.media.images import ImageFileError, load_image_as_png, load_signature_as_png
from tests.media.samples import png_header

LOADERS = [load_image_as_png, load_signature_as_png]


def _sheet() -> Image.Image:
    sheet = Image.new("RGB", (400, 200), (245, 245, 240))
    ImageDraw.Draw(sheet).line([(80, 120), (200, 60), (320, 130)], fill=(20, 30, 120), width=8)
    return sheet


@pytest.fixture
def spawned(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every program the code under test tries to start (none is started)."""
    calls: list[object] = []

    def refuse(args: object, *rest: object, **kwargs: object) -> None:
        calls.append(args)
        raise RuntimeError(f"started {args!r}")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    # As on a PC with Ghostscript installed and not yet looked for.
    monkeypatch.setattr(EpsImagePlugin, "gs_binary", None)
    return calls


@pytest.mark.parametrize("load", LOADERS)
def test_eps_renamed_jpg_is_refused_without_running_ghostscript(tmp_path, spawned, load):
    path = tmp_path / "emblem.jpg"
    _sheet().save(path, format="EPS")
    with pytest.raises(ImageFileError) as caught:
        load(path)
    assert caught.value.kind == "not_an_image"
    assert spawned == []


@pytest.mark.parametrize("load", LOADERS)
@pytest.mark.parametrize(("fmt", "name"), [("TGA", "a.tga"), ("ICO", "a.ico"),
                                           ("PCX", "a.pcx"), ("TGA", "renamed.png")])
def test_formats_not_offered_are_refused(tmp_path, load, fmt, name):
    path = tmp_path / name
    _sheet().save(path, format=fmt)
    with pytest.raises(ImageFileError) as caught:
        load(path)
    assert caught.value.kind == "not_an_image"


@pytest.mark.parametrize("load", LOADERS)
@pytest.mark.parametrize(("fmt", "name"), [("PNG", "a.png"), ("JPEG", "a.jpg"), ("GIF", "a.gif"),
                                           ("BMP", "a.bmp"), ("TIFF", "a.tif"),
                                           ("WEBP", "a.webp"), ("JPEG", "named.png")])
def test_every_offered_format_is_still_read(tmp_path, spawned, load, fmt, name):
    path = tmp_path / name
    _sheet().save(path, format=fmt)
    assert load(path).startswith(b"\x89PNG")
    assert spawned == []


@pytest.mark.parametrize("load", LOADERS)
@pytest.mark.parametrize(("width", "height", "megapixels"),
                         [(20_000, 10_000, 200), (10_000, 10_000, 100)])
def test_an_image_over_pillows_limit_is_called_too_large(tmp_path, load, width, height,
                                                         megapixels):
    path = png_header(tmp_path / "scan.png", width, height)
    with pytest.raises(ImageFileError) as caught:
        load(path)
    assert caught.value.kind == "too_large"
    assert caught.value.values == {"name": "scan.png", "megapixels": megapixels, "limit": 64}


_PEAK = """
import re, sys
from ita_desktop.media.images import load_image_as_png, load_signature_as_png
from PIL import Image
Image.init()
def peak():
    with open("/proc/self/status") as status:
        return int(re.search(r"VmHWM:\\s*(\\d+) kB", status.read()).group(1))
before = peak()
load_image_as_png(sys.argv[1])
load_signature_as_png(sys.argv[1])
print((peak() - before) // 1024)
"""


def _peak_megabytes(path: Path) -> int:
    """Peak memory of reading ``path`` in a fresh process (Pillow's buffers are C memory,
    unseen by tracemalloc; ru_maxrss would carry over the parent's peak through exec)."""
    root = Path(ita_desktop.__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", _PEAK, str(path)], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_a_64_megapixel_jpeg_is_decoded_reduced(tmp_path):
    path = tmp_path / "photo.jpg"
    photo = Image.new("L", (9000, 7100), 240)
    ImageDraw.Draw(photo).line([(1000, 4000), (8000, 3000)], fill=20, width=60)
    photo.save(path)
    # Decoded in full it would take 64 MB; at a quarter scale 4 MB, plus the signature's
    # working copies and the libraries' own memory (about 30 MB together).
    assert _peak_megabytes(path) < 48


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_a_large_png_is_held_in_memory_once(tmp_path):
    path = tmp_path / "scan.png"
    scan = Image.new("RGB", (6000, 6000), (250, 250, 245))
    ImageDraw.Draw(scan).line([(500, 3000), (5500, 2500)], fill=(20, 30, 120), width=40)
    scan.save(path, compress_level=1)
    decoded = 6000 * 6000 * 4 // 1024 // 1024  # PNG cannot be decoded reduced
    # Once is about 1.4 times (with the reduced copies); a second full copy made it 2.4.
    assert _peak_megabytes(path) < decoded * 1.6


@pytest.mark.parametrize("load", LOADERS)
@pytest.mark.parametrize("name", ["photo.heic", "photo.HEIF", "heic-named.jpg"])
def test_phone_heic_photos_are_read(tmp_path, spawned, load, name):
    path = tmp_path / name
    _sheet().save(path, format="HEIF", quality=90)
    png = load(path)
    with Image.open(io.BytesIO(png)) as image:
        # Wider than tall, as the sheet was drawn: read, not refused or turned.
        assert image.width > image.height
    assert spawned == []


def test_heic_turned_by_its_orientation_comes_out_upright(tmp_path):
    import pillow_heif

    # A phone held upright writes the picture sideways plus "turn 90°" (EXIF orientation 6).
    sideways = _sheet().rotate(90, expand=True)  # 200 wide × 400 tall
    exif = Image.Exif()
    exif[0x0112] = 6
    heif = pillow_heif.from_pillow(sideways)
    path = tmp_path / "upright.heic"
    heif.save(path, quality=90, exif=exif.tobytes())
    with Image.open(io.BytesIO(load_image_as_png(path))) as image:
        assert image.width > image.height
