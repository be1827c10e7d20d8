"""A second window or command on a database that is already open for changes."""

from __future__ import annotations

import getpass
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ita_desktop.domain.roster import Person
from ita_desktop.store import open_database
from ita_desktop.store.errors import DatabaseFileError, WriteError
from ita_desktop.store.lock import DatabaseInUseError, DatabaseLock, lock_path
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.sharing import open_for_changes, open_read_only

SOMEONE = Person(rank_key="pol_capt", first_name="สมชาย", last_name="ใจดี")


def test_a_second_opener_is_told_who_has_the_file_and_since_when(tmp_path):
    path = tmp_path / "unit.sqlite"
    first = open_for_changes(path)
    try:
        with pytest.raises(DatabaseInUseError) as info:
            open_for_changes(path)
        holder = info.value.holder
        assert holder is not None
        assert (holder.user, holder.host, holder.pid) == (getpass.getuser(),
                                                          socket.gethostname(), os.getpid())
        text = str(info.value)
        assert f"in use by {getpass.getuser()} on computer {socket.gethostname()}" in text
        assert holder.since_text() in text
    finally:
        first.close()
    # Closed: the lock file goes, and the next window opens the file for changes.
    assert not lock_path(path).exists()
    again = open_for_changes(path)
    again.close()


def test_a_lock_file_left_behind_without_its_holder_does_not_block(tmp_path):
    path = tmp_path / "unit.sqlite"
    open_database(path).close()
    lock_path(path).write_text(json.dumps({"user": "ghost", "host": "old-pc", "pid": 1,
                                           "since": "2024-01-01T08:00:00"}))
    db = open_for_changes(path)
    try:
        assert db.lock is not None and db.lock.held
        assert "ghost" not in lock_path(path).read_text()
    finally:
        db.close()


def test_a_killed_holder_leaves_the_file_free(tmp_path):
    """A program killed (or a PC switched off) never leaves the file "in use": the OS lock
    dies with the process, whatever its lock file still says."""
    path = tmp_path / "unit.sqlite"
    open_database(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from ita_desktop.store.sharing import open_for_changes
            db = open_for_changes({str(path)!r})
            print("held", flush=True)
            time.sleep(60)
        """)], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2])
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseInUseError) as info:
            open_for_changes(path)
        assert info.value.holder is not None and info.value.holder.pid == holder.pid
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    finally:
        holder.kill()
    assert lock_path(path).exists()  # what the killed program left
    db = open_for_changes(path)
    db.close()


def test_read_only_reads_what_the_holder_saved_and_refuses_every_write(tmp_path):
    path = tmp_path / "unit.sqlite"
    first = open_for_changes(path)
    try:
        PeopleRepository(first).add(SOMEONE)
        second = open_read_only(path)
        try:
            assert [p.first_name for p in PeopleRepository(second).all()] == ["สมชาย"]
            with pytest.raises(WriteError) as info:
                PeopleRepository(second).add(SOMEONE)
            assert info.value.code == "store.opened_read_only"
            assert "opened read-only" in str(info.value)
            # Also a write that does not go through a transaction.
            with pytest.raises(WriteError) as info:
                second.execute("DELETE FROM people")
            assert info.value.code == "store.opened_read_only"
            # The holder goes on saving, and the reader sees it.
            PeopleRepository(first).add(Person(rank_key="pol_lt", first_name="สมหญิง",
                                               last_name="ใจงาม"))
            assert PeopleRepository(second).count() == 2
        finally:
            second.close()
        assert PeopleRepository(first).count() == 2
    finally:
        first.close()


def test_read_only_leaves_the_file_byte_for_byte(tmp_path):
    path = tmp_path / "unit.sqlite"
    db = open_database(path)
    PeopleRepository(db).add(SOMEONE)
    db.close()
    before = path.read_bytes()
    reader = open_read_only(path)
    try:
        assert PeopleRepository(reader).count() == 1
    finally:
        reader.close()
    assert path.read_bytes() == before
    assert not lock_path(path).exists()


def test_read_only_refuses_a_file_that_needs_an_upgrade(tmp_path):
    from ita_desktop.store.database import connect
    from ita_desktop.store.migrations import MIGRATIONS, migrate

    path = tmp_path / "old.sqlite"
    db = connect(path)
    migrate(db, MIGRATIONS[:1])
    db.close()
    with pytest.raises(DatabaseFileError) as info:
        open_read_only(path)
    assert info.value.code == "store.read_only_needs_upgrade"


def test_two_locks_in_one_process_exclude_each_other(tmp_path):
    """The lock belongs to the open file, not the process: two windows of one program
    (or the window and a dialog opening the same file) are told too."""
    path = tmp_path / "unit.sqlite"
    first = DatabaseLock.acquire(path)
    assert first is not None
    try:
        with pytest.raises(DatabaseInUseError):
            DatabaseLock.acquire(path)
    finally:
        first.release()
    second = DatabaseLock.acquire(path)
    assert second is not None
    second.release()
