"""Photo files for the UI tests: small real JPEGs, each a different picture (so none is taken
for a duplicate), and files the import refuses."""

from __future__ import annotations

from pathlib import Path

from PIL import Image


def jpeg(path: Path, shade: int, size: tuple[int, int] = (320, 240)) -> Path:
    """A JPEG of one colour ``shade`` (0..255 gives 256 different files)."""
    Image.new("RGB", size, (shade, 255 - shade, (shade * 7) % 256)).save(path, "JPEG")
    return path


def jpegs(folder: Path, count: int, start: int = 0) -> list[Path]:
    return [jpeg(folder / f"photo{start + n:03d}.jpg", start + n) for n in range(count)]


def not_a_picture(path: Path) -> Path:
    path.write_text("minutes of the meeting, not a photo", encoding="utf-8")
    return path
