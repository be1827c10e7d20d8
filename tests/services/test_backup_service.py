"""Save a backup copy: a full, consistent copy; never over the open database."""

from __future__ import annotations

import pytest

from ita_desktop.errors import AppError
from ita_desktop.services.backups import save_backup_copy
from ita_desktop.store import open_database
from ita_desktop.store.people import PeopleRepository


def test_copy_holds_everything_and_replaces_an_older_copy(demo_db, tmp_path, content):
    target = tmp_path / "copies" / "backup.sqlite"
    target.parent.mkdir()
    target.write_bytes(b"an older copy")
    assert save_backup_copy(demo_db, target) == target
    assert content(target) == content(demo_db.path)
    assert not (target.parent / "backup.sqlite.part").exists()
    copy = open_database(target, create=False)
    try:
        assert PeopleRepository(copy).count() == PeopleRepository(demo_db).count()
    finally:
        copy.close()


def test_the_open_database_itself_is_refused(demo_db, content):
    before = content(demo_db.path)
    for same in (demo_db.path, demo_db.path.parent / "." / demo_db.path.name):
        with pytest.raises(AppError) as info:
            save_backup_copy(demo_db, same)
        assert info.value.code == "services.backup_is_open_database"
    assert content(demo_db.path) == before


def test_a_folder_that_cannot_be_written_leaves_the_old_copy(demo_db, tmp_path):
    target = tmp_path / "missing-folder" / "backup.sqlite"
    with pytest.raises(AppError) as info:
        save_backup_copy(demo_db, target)
    assert info.value.code == "services.backup_failed"
    assert str(target) in str(info.value) and "unchanged" in str(info.value)
    assert not target.exists()


def test_copy_works_while_another_program_holds_a_write_lock(demo_db, tmp_path,
                                                             write_blocked, content):
    target = tmp_path / "backup.sqlite"
    with write_blocked(demo_db, "locked"):
        save_backup_copy(demo_db, target)
    assert content(target) == content(demo_db.path)
