"""Large immutable content, stored once by its SHA-256: signed-off files, and next photos and
attached evidence.

The content sits in its own table and is selected only when one item is asked for, so lists
and registers never read it. A stored item cannot be changed (a trigger refuses it) and cannot
be deleted while a row refers to it (foreign keys).
"""

from __future__ import annotations

import hashlib
import sqlite3

from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.store.database import Database


class BlobMissingError(AppError):
    """Content the database should hold is not there."""


register({
    "blob.missing": QT_TRANSLATE_NOOP(
        "Errors", "The database holds no stored file with SHA-256 %sha256. Run "
        "\"ita-desktop check\" on the database, or restore it from a backup copy."),
    "blob.damaged": QT_TRANSLATE_NOOP(
        "Errors", "The stored file with SHA-256 %sha256 is damaged: its content no longer "
        "matches. Run \"ita-desktop check\" on the database, or restore it from a backup "
        "copy."),
})


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def put(self, data: bytes) -> str:
        """Store ``data`` unless the same bytes are already there; return its SHA-256."""
        digest = sha256_hex(data)
        with self.db.transaction():
            self.db.execute("INSERT OR IGNORE INTO blobs (sha256, size, content) "
                            "VALUES (?, ?, ?)", (digest, len(data), data))
        return digest

    def get(self, sha256: str) -> bytes:
        try:
            row = self.db.execute("SELECT content FROM blobs WHERE sha256 = ?",
                                  (sha256,)).fetchone()
        except sqlite3.DatabaseError as exc:
            # A page of the content's chain damaged: the opening does not walk those pages
            # (store/database.py, CONTENT_TABLES), so it is here that it shows.
            if "malformed" not in str(exc) and not getattr(
                    exc, "sqlite_errorname", "").startswith("SQLITE_CORRUPT"):
                raise
            raise BlobMissingError("blob.damaged", sha256=sha256) from exc
        if row is None:
            raise BlobMissingError("blob.missing", sha256=sha256)
        content = bytes(row["content"])
        # The opening no longer reads this table page by page (store/database.py,
        # CONTENT_TABLES): what is read is checked here instead, by the hash it is filed
        # under. About a millisecond for a stored photo, against a damaged picture printed
        # in a signed-off report.
        if sha256_hex(content) != sha256:
            raise BlobMissingError("blob.damaged", sha256=sha256)
        return content

    def exists(self, sha256: str) -> bool:
        return self.db.execute("SELECT 1 FROM blobs WHERE sha256 = ?",
                               (sha256,)).fetchone() is not None

    def size(self, sha256: str) -> int:
        row = self.db.execute("SELECT size FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None:
            raise BlobMissingError("blob.missing", sha256=sha256)
        return int(row["size"])
