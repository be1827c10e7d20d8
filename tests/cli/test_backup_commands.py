"""``ita-desktop backup`` (into the backups folder, --list) and ``ita-desktop restore``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ita_desktop.cli import main
from ita_desktop.paths import DATA_DIR_ENV
from ita_desktop.store.settings import Settings, SettingsRepository
from tests.files import damage


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def _phone(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT phone FROM people WHERE id = 2").fetchone()[0]
    finally:
        conn.close()


def _set_phone(path: Path, phone: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE people SET phone = ? WHERE id = 2", (phone,))
    conn.commit()
    conn.close()


def _copies(path: Path) -> list[Path]:
    return sorted((path.parent / "backups").glob(f"{path.stem}.*.sqlite"))


def test_backup_without_out_makes_rotating_copies_in_the_backups_folder(capsys, demo_path):
    from ita_desktop.store import open_database

    db = open_database(demo_path)
    SettingsRepository(db).save(Settings(backups_to_keep=2))
    db.close()
    for _ in range(3):
        code, out, _ = run(capsys, "backup", "--db", str(demo_path))
        assert code == 0 and "backups" in out and "manual" in out
    copies = _copies(demo_path)
    assert len(copies) == 2 and all(".manual." in c.name for c in copies)  # Settings: keep 2
    assert str(copies[-1]) in out


def test_backup_list_says_which_copies_are_good(capsys, demo_path):
    code, out, _ = run(capsys, "backup", "--db", str(demo_path), "--list")
    assert code == 0 and "No backups" in out
    run(capsys, "backup", "--db", str(demo_path))
    run(capsys, "backup", "--db", str(demo_path))
    damage(_copies(demo_path)[0])
    code, out, _ = run(capsys, "backup", "--db", str(demo_path), "--list")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 3
    assert sum("good" in line for line in lines[1:]) == 1
    assert sum("DAMAGED" in line for line in lines[1:]) == 1
    assert all("manual" in line for line in lines[1:])


def test_restore_latest_brings_back_the_copy_and_keeps_the_replaced_file(capsys, demo_path):
    run(capsys, "backup", "--db", str(demo_path))
    kept = _phone(demo_path)
    _set_phone(demo_path, "02 777 7777")
    code, out, _ = run(capsys, "restore", "--db", str(demo_path), "--latest")
    assert code == 0 and "Restored" in out and "before-restore" in out
    assert _phone(demo_path) == kept
    before = [c for c in _copies(demo_path) if ".before-restore." in c.name]
    assert len(before) == 1 and _phone(before[0]) == "02 777 7777"


def test_restore_refuses_a_damaged_copy_and_leaves_the_database(capsys, demo_path):
    run(capsys, "backup", "--db", str(demo_path))
    copy = _copies(demo_path)[0]
    damage(copy)
    before = demo_path.read_bytes()
    code, _, err = run(capsys, "restore", str(copy), "--db", str(demo_path))
    assert code == 1 and "damaged" in err and "left as it is" in err
    assert len(err.strip().splitlines()) == 1
    assert demo_path.read_bytes() == before
    code, _, err = run(capsys, "restore", "--latest", "--db", str(demo_path))
    assert code == 1 and "passes the check" in err and demo_path.read_bytes() == before


def test_restore_of_a_missing_copy_or_without_one_is_a_usage_error(capsys, demo_path, tmp_path):
    before = demo_path.read_bytes()
    code, _, err = run(capsys, "restore", str(tmp_path / "gone.sqlite"), "--db", str(demo_path))
    assert code == 2 and "does not exist" in err and demo_path.read_bytes() == before
    with pytest.raises(SystemExit) as usage:
        main(["restore", "--db", str(demo_path)])
    assert usage.value.code == 2 and "BACKUP --latest" in capsys.readouterr().err


def test_restore_brings_back_a_damaged_database(capsys, demo_path):
    run(capsys, "backup", "--db", str(demo_path))
    damage(demo_path)
    code, _, _ = run(capsys, "check", "--db", str(demo_path))
    assert code == 2
    code, out, _ = run(capsys, "restore", "--latest", "--db", str(demo_path))
    assert code == 0
    code, out, _ = run(capsys, "check", "--db", str(demo_path))
    assert code == 0 and "no problems" in out


def test_backup_and_restore_are_in_the_help(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    assert "restore --latest" in text and "backup --list" in text


def test_db_before_the_command_is_the_file_it_works_on(capsys, demo_file, tmp_path,
                                                        monkeypatch):
    """Found trying it: ``ita-desktop --db unit.sqlite backup`` (the order the usage line
    shows) backed up, and first created and upgraded, the data folder's database instead."""
    import shutil

    data = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(data))
    path = tmp_path / "unit.sqlite"
    shutil.copy(demo_file, path)
    code, out, _ = run(capsys, "--db", str(path), "backup")
    assert code == 0 and str(path) in out
    assert len(_copies(path)) == 1
    code, out, _ = run(capsys, "--db", str(path), "check")
    assert code == 0 and str(path) in out
    assert not data.exists()
    # After the command, as before, it still works.
    code, out, _ = run(capsys, "backup", "--db", str(path), "--list")
    assert code == 0 and str(path) in out
