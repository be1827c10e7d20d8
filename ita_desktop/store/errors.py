"""Why a database file was refused, in words a unit secretary can act on."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Anything the store refuses to do; ``str()`` is a complete message for the user."""


class DatabaseFileError(StoreError):
    def __init__(self, path: Path, reason: str, advice: str) -> None:
        self.path = Path(path)
        self.reason = reason
        self.advice = advice
        super().__init__(f"Cannot open '{self.path}': {reason}. {advice}")


class NotADatabaseError(DatabaseFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            "it is not an ITA Desktop database (not an SQLite file)",
            "The file was left as it is. Choose another file, or give a new file name to start "
            "a new database.",
        )


class ForeignDatabaseError(DatabaseFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            "it is an SQLite database of another program, not of ITA Desktop",
            "The file was left as it is. Choose an ITA Desktop database or a new file name.",
        )


class DamagedDatabaseError(DatabaseFileError):
    def __init__(self, path: Path, problems: list[str]) -> None:
        self.problems = problems
        shown = "; ".join(problems[:3])
        super().__init__(
            path,
            f"the file is damaged (integrity check: {shown})",
            "The file was left as it is. Restore the latest copy from the 'backups' folder next "
            "to it, or from your own backup copy.",
        )


class NewerDatabaseError(DatabaseFileError):
    def __init__(self, path: Path, found: int, known: int) -> None:
        self.found = found
        self.known = known
        super().__init__(
            path,
            f"it was written by a newer ITA Desktop (schema version {found}; this program "
            f"knows up to {known})",
            "The file was left as it is. Install the newer ITA Desktop to open it.",
        )


class UnreadableDatabaseError(DatabaseFileError):
    pass


class MigrationError(DatabaseFileError):
    def __init__(self, path: Path, version: int, detail: str, backup: Path | None) -> None:
        self.backup = backup
        where = f" A copy from before the upgrade is at '{backup}'." if backup else ""
        super().__init__(
            path,
            f"upgrading it to schema version {version} failed ({detail})",
            "The upgrade was rolled back and the file is unchanged." + where,
        )


class ValidationError(StoreError):
    """A user action with bad data: nothing was written."""


class ProblemsError(ValidationError):
    """Bad data found by the domain checks; ``problems`` says each thing, nothing was written."""

    def __init__(self, problems: list) -> None:
        self.problems = problems
        super().__init__("; ".join(p.english() for p in problems))
