"""How the framework tab shows values that wait for the unit's confirmation: the words for
why a value waits, the names of the year's own parts, and the table column of each item field."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from ita_desktop.domain.framework import Provenance

# The items table's column that shows each field an item may have unconfirmed.
ITEM_COLUMNS = {"indicator": 1, "title": 2, "components": 2, "formats": 3, "deadline": 4,
                "points": 5}
# After the value, so the value itself still reads first.
MARK = " ⚠"
# A pale amber, readable under black text, that alternating row colours do not hide.
BACKGROUND = QBrush(QColor("#fff1c2"))

# Each text is given to translate() literally, with its context, so that lupdate finds it.
translate = QCoreApplication.translate


def reason_text(why: Provenance) -> str:
    if why is Provenance.NOT_FROM_NACC:
        return translate("FrameworkUnconfirmed", "Not from the NACC's documents — confirm")
    return translate(
        "FrameworkUnconfirmed",
        "Provisional: copied from an earlier year that no source documents yet — confirm")


def note_text(reasons: Iterable[Provenance]) -> str:
    """The line above the items: what the marks mean and how they go away."""
    found = set(reasons)
    lines = []
    if Provenance.NOT_FROM_NACC in found:
        lines.append(translate(
            "FrameworkUnconfirmed",
            "Values marked ⚠ are not from the NACC's documents: check them, then confirm them "
            "or edit them."))
    if Provenance.PROVISIONAL in found:
        lines.append(translate(
            "FrameworkUnconfirmed",
            "Values marked ⚠ are provisional, copied from an earlier year that no source "
            "documents yet: check them, then confirm them or edit them."))
    return "\n".join(lines)


def part_name(part: str) -> str:
    names = {
        "weights": translate("FrameworkUnconfirmed", "the weights"),
        "minimum_samples": translate("FrameworkUnconfirmed", "the minimum samples"),
        "sample_targets": translate("FrameworkUnconfirmed", "the planned samples"),
        "eit_quotas": translate("FrameworkUnconfirmed", "the EIT(1) quotas"),
        "eit2_groups": translate("FrameworkUnconfirmed", "the EIT(2) groups"),
        "indicators": translate("FrameworkUnconfirmed", "the indicators"),
        "calendar": translate("FrameworkUnconfirmed", "the assessment calendar"),
    }
    return names.get(part, part)
