"""How the window words a backup: when it was made, why, how large, and whether it is good."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.errors import QT_TRANSLATE_NOOP
from ita_desktop.services.backups import BackupEntry
from ita_desktop.store.backups import CopyState

CONTEXT = "Backups"

REASONS = {
    "daily": QT_TRANSLATE_NOOP("Backups", "daily"),
    "exit": QT_TRANSLATE_NOOP("Backups", "on closing"),
    "manual": QT_TRANSLATE_NOOP("Backups", "made by hand"),
    "migration": QT_TRANSLATE_NOOP("Backups", "before an upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "before a restore"),
}

STATES = {
    CopyState.GOOD: QT_TRANSLATE_NOOP("Backups", "good"),
    CopyState.DAMAGED: QT_TRANSLATE_NOOP("Backups", "damaged"),
    CopyState.FOREIGN: QT_TRANSLATE_NOOP("Backups", "not an ITA Desktop file"),
    CopyState.NEWER: QT_TRANSLATE_NOOP("Backups", "of a newer version"),
    CopyState.NOT_A_DATABASE: QT_TRANSLATE_NOOP("Backups", "not a database"),
    CopyState.UNREADABLE: QT_TRANSLATE_NOOP("Backups", "cannot be read"),
}

# The stages ``restore_backup`` names in its progress.
STAGES = {
    "check": QT_TRANSLATE_NOOP("Backups", "Checking the copy…"),
    "copy": QT_TRANSLATE_NOOP("Backups", "Copying…"),
    "keep": QT_TRANSLATE_NOOP("Backups", "Keeping the present file as a before-restore copy…"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def when_text(when: datetime, english: bool, digits: DigitStyle) -> str:
    """``1 มี.ค. 2568 08.30 น.`` in Thai (B.E.), ``1 Mar 2025 08:30`` in English."""
    if english:
        return f"{when.day} {when.strftime('%b %Y %H:%M')}"
    return (format_thai_date(when.date(), DateForm.ABBR, digits) + " "
            + apply_digits(f"{when.hour:02d}.{when.minute:02d} น.", digits))


def reason_text(reason: str) -> str:
    return _tr(REASONS.get(reason, reason))


def state_text(entry: BackupEntry) -> str:
    if entry.inspection is None:
        return QCoreApplication.translate("Backups", "not checked yet")
    return _tr(STATES[entry.inspection.state])


def size_text(size: int, digits: DigitStyle) -> str:
    """``304.0 KB``: the units a Windows user knows, in the digits chosen in Settings."""
    text = QLocale.c().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
    return apply_digits(text, digits)


def stage_text(stage: str) -> str:
    return _tr(STAGES[stage]) if stage in STAGES else ""
