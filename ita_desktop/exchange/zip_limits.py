"""Opening a zip a user hands the program (an .xlsx workbook is one) in bounded memory and time.

A few hundred kilobytes of zip can unpack to gigabytes, and a zip's central directory can list
hundreds of thousands of members, each of which ``zipfile`` turns into an object. So, before
anything is unpacked, the end record and the central directory are checked against the limits
(number of members, size of the directory, declared sizes, compression ratio); and because
declared sizes are only what the file claims, every byte actually unpacked is counted while
reading, and reading stops at the limit. The reading also looks at the cancel flag, so a long
read in a background job stops when the user cancels.

Plain Python and ``zipfile``; the callers turn ``ZipLimitExceeded`` into their own messages.
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import IO, Any

from ita_desktop.domain.progress import CancelCheck, Cancelled, never_cancelled

# The end-of-central-directory record: signature, 4 × 2-byte counts and disk numbers, the
# directory's size and offset, the comment's length; the comment (at most 64 KB) follows it.
_END = b"PK\x05\x06"
_END_SIZE = 22
_END64_LOCATOR = b"PK\x06\x07"
_END64_LOCATOR_SIZE = 20
_END64 = b"PK\x06\x06"
_MAX_COMMENT = 0xFFFF
# Bytes read from a member at a time: small enough to stop soon after a limit is crossed.
CHUNK = 64 * 1024
# A document type declaration is the only place an XML file can define entities, the way
# "billion laughs" files expand a few kilobytes into gigabytes; OOXML packages never have one.
_DOCTYPE = b"<!DOCTYPE"


class ZipLimit(Enum):
    """Which limit a zip went past."""

    MEMBERS = "members"
    TOTAL_SIZE = "total_size"
    MEMBER_SIZE = "member_size"
    RATIO = "ratio"


@dataclass(frozen=True)
class ZipLimits:
    max_members: int
    #: Bytes of the central directory; bounds the memory of ``zipfile``'s member list.
    max_directory_bytes: int
    #: Bytes any one member unpacks to, declared or read.
    max_member_bytes: int
    #: Bytes all members unpack to (declared) or all the members read unpack to (read; a
    #: member read twice counts once).
    max_total_bytes: int
    #: Unpacked size over packed size of one member.
    max_ratio: int
    #: Members that unpack to less than this are not judged by their ratio: an empty sheet
    #: of a few hundred bytes packs a hundred times smaller, harmlessly.
    ratio_floor: int


class ZipLimitExceeded(Exception):  # noqa: N818 - a refusal, named after what happened
    """The zip went past ``limit``: ``figure`` (bytes, members or a ratio) against ``allowed``.

    ``member`` names the member concerned, if one is. ``declared`` tells whether the figure is
    what the zip claims (exact) or what was unpacked before reading stopped (a lower bound).
    """

    def __init__(self, limit: ZipLimit, figure: int, allowed: int, member: str = "", *,
                 declared: bool) -> None:
        super().__init__(f"{limit.value}: {figure} > {allowed} {member}".strip())
        self.limit = limit
        self.figure = figure
        self.allowed = allowed
        self.member = member
        self.declared = declared


class XmlDoctypeFound(Exception):  # noqa: N818 - a refusal, named after what was found
    """A member meant to be read as XML holds a document type declaration."""

    def __init__(self, member: str) -> None:
        super().__init__(member)
        self.member = member


def directory_extent(path: Path) -> tuple[int, int]:
    """(members, bytes of the central directory) as the zip's end record states them, read
    without ``zipfile`` so that a huge directory is refused before it is loaded.

    ``zipfile.BadZipFile`` when there is no end record.
    """
    with open(path, "rb") as file:
        file.seek(0, io.SEEK_END)
        size = file.tell()
        start = max(0, size - _END_SIZE - _MAX_COMMENT)
        file.seek(start)
        tail = file.read()
        at = tail.rfind(_END)
        if at < 0 or len(tail) - at < _END_SIZE:
            raise zipfile.BadZipFile("no end of central directory record")
        members, directory = struct.unpack("<HI", tail[at + 10:at + 16])
        locator = at - _END64_LOCATOR_SIZE
        if (members == 0xFFFF or directory == 0xFFFFFFFF) and locator >= 0 \
                and tail[locator:locator + 4] == _END64_LOCATOR:
            # Zip64: the real figures are in the zip64 end record the locator points at.
            (offset,) = struct.unpack("<Q", tail[locator + 8:locator + 16])
            file.seek(offset)
            record = file.read(56)
            if len(record) < 56 or record[:4] != _END64:
                raise zipfile.BadZipFile("damaged zip64 end record")
            members, directory = struct.unpack("<QQ", record[32:48])
        return members, directory


def check_declared(archive: zipfile.ZipFile, limits: ZipLimits) -> None:
    """Every member's declared size and ratio, and their total, against ``limits``."""
    total = 0
    for info in archive.infolist():
        if info.file_size > limits.max_member_bytes:
            raise ZipLimitExceeded(ZipLimit.MEMBER_SIZE, info.file_size,
                                   limits.max_member_bytes, info.filename, declared=True)
        if info.file_size >= limits.ratio_floor:
            ratio = info.file_size // max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                raise ZipLimitExceeded(ZipLimit.RATIO, ratio, limits.max_ratio, info.filename,
                                       declared=True)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise ZipLimitExceeded(ZipLimit.TOTAL_SIZE, sum(
                i.file_size for i in archive.infolist()), limits.max_total_bytes,
                declared=True)


class BoundedZipFile(zipfile.ZipFile):
    """A zip opened for reading after its directory passed ``limits``; every member read
    through ``open``/``read`` is counted against them while it unpacks.

    ``zipfile.BadZipFile``, ``ZipLimitExceeded`` or ``XmlDoctypeFound`` (members named
    ``*.xml``/``*.rels`` must have no document type declaration) from the constructor or
    any read; ``Cancelled`` once ``cancelled()`` while reading.
    """

    def __init__(self, path: Path, limits: ZipLimits,
                 cancelled: CancelCheck = never_cancelled) -> None:
        members, directory = directory_extent(path)
        if members > limits.max_members:
            raise ZipLimitExceeded(ZipLimit.MEMBERS, members, limits.max_members,
                                   declared=True)
        if directory > limits.max_directory_bytes:
            # A directory this large lists more members than allowed, whatever its count says.
            raise ZipLimitExceeded(ZipLimit.MEMBERS, members, limits.max_members,
                                   declared=True)
        super().__init__(path, "r")
        try:
            if len(self.filelist) > limits.max_members:
                raise ZipLimitExceeded(ZipLimit.MEMBERS, len(self.filelist),
                                       limits.max_members, declared=True)
            check_declared(self, limits)
        except BaseException:
            self.close()
            raise
        self.limits = limits
        self.cancelled = cancelled
        # The most bytes read from each member by any one reading of it.
        self._unpacked: dict[str, int] = {}

    @property
    def unpacked(self) -> int:
        """Bytes unpacked so far, a member read twice counted once."""
        return sum(self._unpacked.values())

    def open(self, name: str | zipfile.ZipInfo, mode: str = "r", pwd: bytes | None = None,
             *, force_zip64: bool = False) -> IO[bytes]:
        if mode != "r":
            raise ValueError("a bounded zip is opened for reading only")
        stream = super().open(name, mode, pwd)
        member = name.filename if isinstance(name, zipfile.ZipInfo) else name
        return _CountedReader(stream, member, self)  # type: ignore[return-value]

    def _counted(self, member: str, read: int) -> None:
        if self.cancelled():
            raise Cancelled
        before = self._unpacked.get(member, 0)
        if read <= before:
            return
        if read > self.limits.max_member_bytes:
            raise ZipLimitExceeded(ZipLimit.MEMBER_SIZE, read, self.limits.max_member_bytes,
                                   member, declared=False)
        self._unpacked[member] = read
        total = self.unpacked
        if total > self.limits.max_total_bytes:
            raise ZipLimitExceeded(ZipLimit.TOTAL_SIZE, total, self.limits.max_total_bytes,
                                   declared=False)


class _CountedReader(io.RawIOBase):
    """One member's bytes as they unpack, counted; whole reads are made of bounded chunks so
    that a limit stops them before the bytes are all held."""

    def __init__(self, stream: IO[bytes], member: str, archive: BoundedZipFile) -> None:
        super().__init__()
        self._stream = stream
        self._member = member
        self._archive = archive
        self._read = 0
        self._xml = member.lower().endswith((".xml", ".rels"))
        # The end of the previous chunk, so that a declaration split between two is found.
        self._tail = b""

    def readable(self) -> bool:
        return True

    def _take(self, size: int) -> bytes:
        data = self._stream.read(size)
        self._read += len(data)
        self._archive._counted(self._member, self._read)
        if self._xml and data:
            if _DOCTYPE in self._tail + data:
                raise XmlDoctypeFound(self._member)
            self._tail = data[-(len(_DOCTYPE) - 1):]
        return data

    def read(self, size: int | None = -1) -> bytes:
        # As a zip member's read: ``size`` bytes unless the member ends first, all if no size.
        left = size if size is not None and size >= 0 else None
        parts = []
        while left is None or left > 0:
            chunk = self._take(CHUNK if left is None else min(left, CHUNK))
            if not chunk:
                break
            parts.append(chunk)
            if left is not None:
                left -= len(chunk)
        return b"".join(parts)

    def readinto(self, buffer: Any) -> int:
        data = self._take(min(len(buffer), CHUNK))
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._stream.close()
        super().close()
