"""Writing the files the program hands to people, never half-written, and the few questions
about files that several layers ask the same way (is it the same file, which part files a
cut-off write left behind)."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

# A part file this old belongs to a write that was cut off (the PC switched off, the process
# killed), not to one another window is making now.
STALE_PART_SECONDS = 24 * 3600


def write_atomically(path: Path, data: bytes, *, make_folder: bool = False) -> None:
    """Write ``data`` beside ``path`` and move it over it, so a crash or a full disk never
    leaves half a file where the previous good one was. A missing folder is an error unless
    ``make_folder``."""
    path = Path(path)
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes a private file; exported files are meant to be shared.
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


# Text a spreadsheet would take for a formula (or, for "+" "-" "@", turn into one on editing).
FORMULA_STARTS = ("=", "+", "-", "@")


def put_text(cell: object, text: str) -> None:
    """Write ``text`` into an openpyxl cell as text, never as a live formula.

    openpyxl stores any string starting with "=" as a formula, so a name typed as
    ``=HYPERLINK("http://…")`` would become a live link in every exported workbook: the cell is
    forced to a string. Excel and LibreOffice also turn text starting with "=", "+", "-" or "@"
    into a formula once someone edits the cell, so such text carries the quote prefix, the mark
    Excel itself sets when one types ``'=…``; it is not part of the value.
    """
    cell.value = text  # type: ignore[attr-defined]
    cell.data_type = "s"  # type: ignore[attr-defined]
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # type: ignore[attr-defined]


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one file: the same path once resolved (``.``, ``..``,
    links), or two names of one file (a hard link). False when either cannot be asked."""
    a, b = Path(a), Path(b)
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def remove_stale_parts(folder: Path, pattern: str) -> None:
    """Remove the files in ``folder`` matching the glob ``pattern`` that are older than
    ``STALE_PART_SECONDS``: the hidden part files of writes that were cut off. A younger one
    may be another window's write under way; one that cannot be removed is left."""
    cutoff = time.time() - STALE_PART_SECONDS
    with contextlib.suppress(OSError):
        for part in Path(folder).glob(pattern):
            with contextlib.suppress(OSError):
                if part.stat().st_mtime < cutoff:
                    part.unlink()
