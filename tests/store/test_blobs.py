"""Content stored once by its SHA-256, read only when asked for."""

from __future__ import annotations

import hashlib

import pytest

from ita_desktop.store.blobs import BlobMissingError, BlobStore


def test_put_is_idempotent_and_get_returns_the_bytes(db):
    blobs = BlobStore(db)
    photo = bytes(range(256)) * 1000
    digest = blobs.put(photo)
    assert digest == hashlib.sha256(photo).hexdigest()
    assert blobs.put(photo) == digest
    assert db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    assert blobs.get(digest) == photo
    assert blobs.exists(digest) and blobs.size(digest) == len(photo)
    assert blobs.put(b"") != digest and blobs.get(hashlib.sha256(b"").hexdigest()) == b""


def test_unknown_content_is_refused_with_its_code(db):
    blobs = BlobStore(db)
    missing = "0" * 64
    assert not blobs.exists(missing)
    for read in (blobs.get, blobs.size):
        with pytest.raises(BlobMissingError) as info:
            read(missing)
        assert info.value.code == "blob.missing" and missing in str(info.value)


def test_put_joins_the_action_that_calls_it(db):
    blobs = BlobStore(db)
    with pytest.raises(RuntimeError):
        with db.transaction():
            digest = blobs.put(b"evidence photo")
            raise RuntimeError("the action failed after storing the photo")
    assert not blobs.exists(digest)
