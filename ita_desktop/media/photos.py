"""Phone photos made ready for the database: upright JPEGs at print size, in three sizes, with
a thumbnail and the date they were taken; bad files refused with the reason.

A 12-megapixel phone photo is far more than a report prints: 16 cm at 300 dpi is 1,890 px on
the long side (``PRINT_LONG_SIDE``). JPEG can decode itself at 1/2, 1/4 or 1/8 of its size
(libjpeg's scaled IDCT), which costs a fraction of a whole decode, so each photo is decoded at
the largest of these reductions that still keeps the print size (``reduction``); other formats
are decoded whole and reduced by the same factor. Everything smaller (the half and quarter
pictures a report prints two or four to a row, the thumbnail) is made from that one decoded
picture, never by decoding again.

No Qt and no database: the service hands the prepared photos to the store, and the work runs
in the job runner's worker thread, spread over ``workers`` threads here.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ita_desktop.domain.progress import CancelCheck, Cancelled, never_cancelled
from ita_desktop.errors import QT_TRANSLATE_NOOP, register
from ita_desktop.media.images import (
    ImageFileError,
    check_file_size,
    decoding_errors,
    eight_bit,
    file_size,
    heif_registered,
    open_limited,
)

if TYPE_CHECKING:
    from PIL.Image import Image

# 16 cm (a full-width photo on A4 within the official margins) at 300 dpi.
PRINT_LONG_SIDE = 1890
THUMB_SIDE = 320
# Two photos to a row print 8 cm wide, four to a row 4 cm: 300 dpi there needs these.
HALF_LONG_SIDE = 945
QUARTER_LONG_SIDE = 472
# What Image.open may try: the formats phones and cameras write. The others are refused by
# their first bytes before Pillow sees them (``_sniffed``).
PHOTO_FORMATS = ("JPEG", "PNG", "WEBP", "HEIF")
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif")
# Cameras name their files IMG_0001.JPG, and the file dialog's filter is case-sensitive on
# Linux: both spellings are offered.
PHOTO_PATTERNS = " ".join(f"*{s}" for s in PHOTO_SUFFIXES + tuple(
    s.upper() for s in PHOTO_SUFFIXES))
# Quality 84 with 4:2:0 chroma: no visible loss at print size. A 12 MP photo decoded at half
# keeps 2,000 px where a full-width print needs 1,890; resizing it down would cost a third of
# the import's time, while one step of quality below the cameras' usual 85 takes off about a
# tenth of the bytes, so a report's PDF stays no heavier than LibreOffice's (which resamples
# to 300 dpi). Optimized Huffman tables would save 5-10 % more and cost a second pass.
JPEG_QUALITY = 84
# A decoded picture longer than this many times the print size is brought down to it: a
# 12 MP photo decoded at half (2,000 px, 6 % over) is not worth a resize on import.
SHRINK_ABOVE = 1.25
THUMB_QUALITY = 80
# What _sniffed reads: an SVG's "<svg" may follow an XML declaration and a comment.
SNIFF_BYTES = 512
# How long prepare_photos waits for a result before asking cancelled() again.
CANCEL_POLL_SECONDS = 0.1

register({
    "image.unsupported": QT_TRANSLATE_NOOP(
        "Errors", "%name is a %format image; photos are taken as JPEG, PNG, WebP or HEIC."),
    # Not image.not_an_image: that one lists the formats an emblem or a signature may be,
    # GIF, BMP and TIFF among them, which photos are not.
    "image.not_a_photo": QT_TRANSLATE_NOOP(
        "Errors", "%name is not a picture: photos are taken as JPEG, PNG, WebP or HEIC files."),
})

# EXIF tags: the pointer to the Exif IFD, and the dates in it and in the first IFD.
_EXIF_IFD = 0x8769
_DATE_TIME_ORIGINAL = 36867
_DATE_TIME = 306
# HEIF's "ftyp" brands of still pictures (HEVC-coded and the generic image brands).
_HEIF_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs",
                b"mif1", b"msf1")


@dataclass(frozen=True)
class PreparedPhoto:
    """One photo ready for the store: plain data, so it crosses threads and processes."""

    name: str
    source_sha256: str
    jpeg: bytes
    """Upright, JPEG, no EXIF (no GPS position reaches a published report)."""
    sha256: str
    width: int
    height: int
    half: bytes
    """At half the long side; ``jpeg`` itself when that would drop below 945 px."""
    quarter: bytes
    """At a quarter; ``half`` itself when that would drop below 472 px."""
    thumb: bytes
    taken: datetime | None


def reduction(width: int, height: int, long_side: int = PRINT_LONG_SIDE) -> int:
    """The largest of 8, 4 and 2 that keeps ``long_side`` pixels on the longer side; 1 when
    even halving would drop below it (a small picture is kept at its size, never enlarged)."""
    longest = max(width, height)
    for factor in (8, 4, 2):
        if longest / factor >= long_side:
            return factor
    return 1


def _sniffed(head: bytes) -> str | None:
    """The format ``head`` (a file's first bytes) announces: one of PHOTO_FORMATS, another
    image format's name (refused as "unsupported"), or None when it is no image at all.

    Read from the magic numbers, so that Pillow never opens a format photos do not take (EPS
    would start Ghostscript)."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return "HEIF"
        if brand in (b"avif", b"avis"):
            return "AVIF"
        return None  # a video (mp4, mov, 3gp), not a photo
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    # "BM" alone would take any text starting so: the DIB header's size must be a known one.
    if head[:2] == b"BM" and int.from_bytes(head[14:18], "little") in (12, 40, 52, 56, 64,
                                                                     108, 124):
        return "BMP"
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return "TIFF"
    if head.startswith(b"%PDF"):
        return "PDF"
    if head.startswith((b"%!PS", b"\xc5\xd0\xd3\xc6")):
        return "EPS"
    if head.startswith(b"8BPS"):
        return "Photoshop"
    if head.startswith((b"\x00\x00\x00\x0cjP  ", b"\xff\x4f\xff\x51")):
        return "JPEG 2000"
    if head.startswith((b"\xff\x0a", b"\x00\x00\x00\x0cJXL ")):
        return "JPEG XL"
    if head.startswith(b"\x00\x00\x01\x00"):
        return "ICO"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<svg") or (text.startswith(b"<?xml") and b"<svg" in text):
        return "SVG"
    return None


def _taken(image: Image) -> datetime | None:
    """When the photo was taken, from its EXIF; None when missing or not a date."""
    try:
        exif = image.getexif()
        value = exif.get_ifd(_EXIF_IFD).get(_DATE_TIME_ORIGINAL) or exif.get(_DATE_TIME)
    except (OSError, SyntaxError, ValueError, KeyError, TypeError):
        return None  # a broken EXIF block loses the date, not the photo
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    try:
        # "2024:11:27 14:03:59", sometimes padded with NULs or spaces by cameras.
        return datetime.strptime(value.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None  # "0000:00:00 00:00:00" and garbage alike


def _rgb(image: Image) -> Image:
    """``image`` as RGB; what is transparent is laid on white paper, as it prints."""
    from PIL import Image as PILImage

    image = eight_bit(image)
    if image.mode == "P":
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    if image.mode in ("RGBA", "LA", "PA", "La", "RGBa"):
        rgba = image.convert("RGBA")
        paper = PILImage.new("RGB", rgba.size, (255, 255, 255))
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return image if image.mode == "RGB" else image.convert("RGB")


def _jpeg(image: Image, quality: int, icc_profile: bytes | None) -> bytes:
    out = io.BytesIO()
    # exif and comment given empty: nothing of the original's metadata (GPS position,
    # camera serial number) is written; only the colour profile, so colours stay true.
    image.save(out, format="JPEG", quality=quality, optimize=False, progressive=False,
               subsampling="4:2:0", exif=b"", comment=b"", icc_profile=icc_profile)
    return out.getvalue()


def _decoded(data: bytes, name: str) -> tuple[Image, datetime | None, bytes | None]:
    """The picture of ``data`` decoded reduced, upright and RGB, with its date taken and
    colour profile."""
    from PIL import ImageOps, UnidentifiedImageError

    announced = _sniffed(data[:SNIFF_BYTES])
    if announced is None:
        raise ImageFileError("not_a_photo", name=name)
    if announced not in PHOTO_FORMATS:
        raise ImageFileError("unsupported", name=name, format=announced)
    with decoding_errors(name):
        try:
            image = open_limited(io.BytesIO(data), name, PHOTO_FORMATS)
        except UnidentifiedImageError as exc:
            # Its first bytes say it is a photo, but no decoder makes sense of its header.
            raise ImageFileError("damaged", name=name,
                                 reason=f"no readable {announced} header") from exc
        width, height = image.size
        factor = reduction(width, height)
        if image.format == "JPEG" and factor > 1:
            # libjpeg decodes straight at 1/2, 1/4 or 1/8: a 12 MP photo costs 3 MP. Asked
            # for the sizes rounded down, it picks exactly ``factor`` and rounds up.
            image.draft("RGB", (max(1, width // factor), max(1, height // factor)))
        image.load()
        taken = _taken(image)  # after load: a PNG may keep its EXIF behind the pixels
        icc = image.info.get("icc_profile") if image.mode == "RGB" else None
        # What the decoder did not reduce (formats without scaled decoding, or a sliver of
        # a panorama that JPEG could only halve) is reduced here by the rest of the factor.
        rest = factor // max(1, round(width / image.width))
        picture = image.reduce(rest) if rest > 1 else image
        # In place: the picture is ours alone, and a copy of 3 MP costs as much as turning it.
        ImageOps.exif_transpose(picture, in_place=True)
        picture = _rgb(picture)
    return picture, taken, icc


def _shrunk(image: Image, long_side: int) -> Image:
    """``image`` (at least twice ``long_side`` long, or more than ``SHRINK_ABOVE`` times)
    brought to ``long_side``: halved (cheap), then resized by what remains. The half and the
    quarter a report prints two and four to a row are then exactly 300 dpi there, not the 320
    of a plain halving of a 2,000 px photo: a results report of a hundred photos carries about
    a tenth fewer bytes for the same print."""
    from PIL import Image

    if max(image.size) >= 2 * long_side:
        image = image.reduce(2)
    width, height = image.size
    if max(width, height) <= long_side + 1:
        return image
    scale = long_side / max(width, height)
    return image.resize((max(1, round(width * scale)), max(1, round(height * scale))),
                        Image.Resampling.BILINEAR)


def prepare_photo_bytes(data: bytes, name: str) -> PreparedPhoto:
    """``data`` (a file's bytes, ``name`` its name) as the store keeps it; ImageFileError with
    the reason when it cannot be."""
    from PIL import Image

    check_file_size(name, len(data))
    picture, taken, icc = _decoded(data, name)
    with decoding_errors(name):
        if max(picture.size) > PRINT_LONG_SIDE * SHRINK_ABOVE:
            # An 8 MP photo (3264 px) decodes whole, as halving it would drop below print
            # size: kept so, it would weigh three times what a full-width print needs.
            picture = _shrunk(picture, PRINT_LONG_SIDE)
        jpeg = _jpeg(picture, JPEG_QUALITY, icc)
        smallest = picture
        half = quarter = jpeg
        if -(-max(picture.size) // 2) >= HALF_LONG_SIDE:
            smallest = _shrunk(picture, HALF_LONG_SIDE)
            half = quarter = _jpeg(smallest, JPEG_QUALITY, icc)
            if -(-max(smallest.size) // 2) >= QUARTER_LONG_SIDE:
                smallest = _shrunk(smallest, QUARTER_LONG_SIDE)
                quarter = _jpeg(smallest, JPEG_QUALITY, icc)
        width, height = picture.size
        # From the smallest picture already made (a 500 px quarter of a phone photo), and in
        # place: every size wanted from it is encoded already.
        smallest.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.BILINEAR)
        thumb = _jpeg(smallest, THUMB_QUALITY, None)
    return PreparedPhoto(name=name, source_sha256=hashlib.sha256(data).hexdigest(), jpeg=jpeg,
                         sha256=hashlib.sha256(jpeg).hexdigest(), width=width, height=height,
                         half=half, quarter=quarter, thumb=thumb, taken=taken)


def prepare_photo(path: Path) -> PreparedPhoto:
    """The photo file at ``path`` as the store keeps it (see ``prepare_photo_bytes``)."""
    path = Path(path)
    file_size(path)  # before reading: a 2 GB video is refused without being read
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImageFileError("unreadable", name=str(path),
                             reason=exc.strerror or str(exc)) from exc
    return prepare_photo_bytes(data, path.name)


def _prepared_or_refused(path: Path) -> PreparedPhoto | ImageFileError:
    try:
        return prepare_photo(path)
    except ImageFileError as exc:
        return exc


def prepare_photos(paths: Sequence[Path], *, workers: int = 2,
                   cancelled: CancelCheck = never_cancelled,
                   progress: Callable[[int, int, str], None] | None = None,
                   ) -> list[PreparedPhoto | ImageFileError]:
    """Each of ``paths`` prepared (or the reason it cannot be), in the order of ``paths``.

    Decoded in ``workers`` threads: Pillow, libjpeg, libheif and hashlib let go of Python's
    lock while they work, so threads use both cores of a two-core PC as processes would,
    without starting Python again per worker, pickling the pictures back, or needing
    anything special inside the window or a frozen build. ``progress(done, total, name)``
    after each file, in the order they finish; ``Cancelled`` as soon as ``cancelled()`` is
    True, with the files not started dropped and none still being worked on.
    """
    # Registered here, once, before any worker could race to register it too.
    heif_registered()
    paths = [Path(p) for p in paths]
    total = len(paths)
    results: list[PreparedPhoto | ImageFileError | None] = [None] * total
    if cancelled():
        raise Cancelled
    executor = ThreadPoolExecutor(max_workers=max(1, workers),
                                  thread_name_prefix="photo-import")
    try:
        pending: dict[Future[PreparedPhoto | ImageFileError], int] = {
            executor.submit(_prepared_or_refused, path): index
            for index, path in enumerate(paths)}
        done_count = 0
        while pending:
            finished, _ = wait(pending, timeout=CANCEL_POLL_SECONDS,
                               return_when=FIRST_COMPLETED)
            if cancelled():
                raise Cancelled
            for future in finished:
                index = pending.pop(future)
                results[index] = future.result()
                done_count += 1
                if progress is not None:
                    progress(done_count, total, paths[index].name)
    finally:
        # On Cancelled (or a failure): files not started are dropped, and the ones being
        # decoded are waited for, so no thread outlives the call.
        executor.shutdown(wait=True, cancel_futures=True)
    return [result for result in results if result is not None]
