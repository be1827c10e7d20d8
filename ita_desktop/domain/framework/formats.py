"""The any/all rule of an OIT item's file formats: which formats the files at hand leave
missing, and the short text the window shows and reads ("PDF, Excel/Word, URL").

Every group of ``FormatGroups`` is needed and a group is met by any one of its formats, so
seed 002's "PDF และ ... ไฟล์ Excel หรือไฟล์ Word" is ``[["PDF"], ["Excel", "Word"], ...]``.
"""

from __future__ import annotations

from collections.abc import Iterable

from ita_desktop.domain.framework.model import FormatGroups

# The text form writes a choice with a slash as the seeds' notes do ("PDF+Excel/Word"), and
# separates what is needed with commas; a plus sign is read as a comma for the same reason.
_CHOICE = "/"
_NEEDED = ","


def missing_formats(required: FormatGroups, at_hand: Iterable[str]) -> FormatGroups:
    """The groups of ``required`` that none of the formats ``at_hand`` meets, in their order.

    Formats compare without regard to case, since a file's type is often named "pdf" or "PDF".
    """
    have = {name.casefold() for name in at_hand}
    return [group for group in required
            if not any(name.casefold() in have for name in group)]


def formats_text(groups: FormatGroups) -> str:
    """``[["PDF"], ["Excel", "Word"]]`` as "PDF, Excel/Word"."""
    return f"{_NEEDED} ".join(_CHOICE.join(group) for group in groups)


def parse_formats_text(text: str) -> FormatGroups:
    """"PDF, Excel/Word + URL" as ``[["PDF"], ["Excel", "Word"], ["URL"]]``; blank parts are
    dropped, so a stray comma is no empty requirement. The framework's reader checks the rest
    (nothing at all, a format named twice)."""
    groups: FormatGroups = []
    for part in text.replace("+", _NEEDED).split(_NEEDED):
        names = [name.strip() for name in part.split(_CHOICE) if name.strip()]
        if names:
            groups.append(names)
    return groups
