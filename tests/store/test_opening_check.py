"""The check made at each opening: every table page by page except the stored content, whose
bytes are checked by their hash when read, so that a file of a thousand photos opens as fast
as one of none; ``ita-desktop check`` still reads every page."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ita_desktop.cli import main
from ita_desktop.store import open_database
from ita_desktop.store.blobs import BlobMissingError, BlobStore
from ita_desktop.store.errors import DamagedDatabaseError


def _file_with_content(path: Path) -> str:
    """A database holding one large stored item (its bytes on overflow pages) and some rows
    in other tables; returns the item's SHA-256."""
    db = open_database(path)
    digest = BlobStore(db).put(bytes(range(256)) * 2000)
    with db.transaction():
        for i in range(200):
            db.execute("INSERT INTO meetings (fiscal_year, number, dated, subject, created_at, "
                       "updated_at) VALUES (2568, ?, '2025-01-15', ?, "
                       "'2025-01-10T09:00:00', '2025-01-10T09:00:00')",
                       (i + 1, "ประชุม" * 20))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return digest


def _overwrite_page(path: Path, page: int, at: int = 8, size: int = 192) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size + at
    data[start: start + size] = b"\xff" * size
    path.write_bytes(bytes(data))


def _content_page(path: Path) -> int:
    """A page in the middle of the stored item's bytes (an overflow page of ``blobs``),
    found through SQLite's page map."""
    conn = sqlite3.connect(path)
    try:
        pages = [row[0] for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'blobs' AND pagetype = 'overflow' "
            "ORDER BY pageno")]
    finally:
        conn.close()
    assert len(pages) > 100
    return pages[len(pages) // 2]


def test_damaged_stored_content_opens_but_is_refused_when_read_and_found_by_check(
        tmp_path, capsys):
    path = tmp_path / "unit.sqlite"
    digest = _file_with_content(path)
    _overwrite_page(path, _content_page(path))
    db = open_database(path)  # the opening reads no stored content
    try:
        with pytest.raises(BlobMissingError) as info:
            BlobStore(db).get(digest)
        assert info.value.code == "blob.damaged" and digest in str(info.value)
    finally:
        db.close()
    # SQLite's own check follows the page chain but cannot know the bytes changed: the
    # hashes tell.
    assert main(["check", "--db", str(path)]) == 1
    assert f"stored file {digest} no longer has that SHA-256" in capsys.readouterr().out


def test_a_broken_chain_of_stored_content_is_left_to_reading_and_to_check(tmp_path, capsys):
    path = tmp_path / "unit.sqlite"
    digest = _file_with_content(path)
    # An overflow page's first four bytes point at the next page of the content: SQLite's
    # whole check follows the chain and finds it broken; the opening does not walk it.
    _overwrite_page(path, _content_page(path), at=0, size=4)
    db = open_database(path)
    try:
        with pytest.raises(BlobMissingError) as info:
            BlobStore(db).get(digest)
        assert info.value.code == "blob.damaged"
    finally:
        db.close()
    assert main(["check", "--db", str(path)]) == 2
    captured = capsys.readouterr()
    assert "damaged" in captured.err and "Traceback" not in captured.err


def test_a_damaged_page_of_another_table_is_still_refused_at_opening(tmp_path):
    path = tmp_path / "unit.sqlite"
    _file_with_content(path)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meetings'"
                        ).fetchone()[0]
    conn.close()
    _overwrite_page(path, root)
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError):
        open_database(path)
    assert path.read_bytes() == before
