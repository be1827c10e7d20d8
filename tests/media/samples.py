"""Image files the media tests share."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path


def png_header(path: Path, width: int, height: int, bit_depth: int = 1,
               colour_type: int = 0) -> Path:
    """A PNG claiming ``width`` × ``height`` pixels, a few bytes on disk: a decompression
    bomb as far as a header tells."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
                     + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b""))
    return path
