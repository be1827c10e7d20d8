"""``ita-desktop import roster|framework|emblem|signature`` and the command line's last guard:
good files, bad files, a dry run, a locked and a read-only database, an unexpected error."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

import ita_desktop.store as store
from ita_desktop.cli import main
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.unit import UnitRepository
from tests.files import roster_file as _roster_file
from tests.files import signature_scan


def roster_file(path: Path, rows: list[list[str]]) -> Path:
    return _roster_file(path, rows, ["ยศ", "ชื่อ", "นามสกุล", "สายงาน", "หมายเหตุภายใน"])

GOOD = [["พ.ต.ท.", "ใหม่", "หนึ่ง", "งานอำนวยการ"], ["ส.ต.ต.", "ใหม่", "สอง", ""]]
BAD = [["พ.ต.ท.", "ใหม่", "หนึ่ง", ""], ["กัปตัน", "ใหม่", "สอง", ""],
       ["ด.ต.", "ธีรวัฒน์", "แสงอรุณ", ""]]







def emblem_image(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (900, 900), (200, 160, 30)).save(path)
    return path


def framework_file(demo_path: Path, out: Path) -> Path:
    from ita_desktop.services.frameworks import export_framework

    db = store.open_database(demo_path)
    try:
        export_framework(db, 2568, out)
    finally:
        db.close()
    return out


def people_count(path: Path) -> int:
    db = store.open_database(path, create=False)
    try:
        return PeopleRepository(db).count()
    finally:
        db.close()


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert "Traceback" not in text
    return code, text


# --- roster -----------------------------------------------------------------------------------

def test_clean_roster_is_imported(demo_path, tmp_path, capsys):
    before = people_count(demo_path)
    code, text = run(capsys, "import", "roster", str(roster_file(tmp_path / "r.xlsx", GOOD)),
                     "--db", str(demo_path))
    assert code == 0
    assert "2 people are ready to import from 'r.xlsx'." in text
    assert "2 people were added to the roster" in text
    assert "Columns not used: หมายเหตุภายใน" in text
    assert people_count(demo_path) == before + 2


def test_dry_run_checks_and_imports_nothing(demo_path, tmp_path, capsys, content):
    before = content(demo_path)
    code, text = run(capsys, "import", "roster", str(roster_file(tmp_path / "r.xlsx", GOOD)),
                     "--dry-run", "--db", str(demo_path))
    assert code == 0 and "Dry run: nothing was imported." in text
    assert content(demo_path) == before


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]])
def test_roster_with_bad_rows_lists_them_as_the_preview_and_imports_nothing(
        demo_path, tmp_path, capsys, content, dry_run):
    before = content(demo_path)
    code, text = run(capsys, "import", "roster", str(roster_file(tmp_path / "r.xlsx", BAD)),
                     *dry_run, "--db", str(demo_path))
    assert code == 1
    assert "2 problem(s) on 2 row(s). Nothing will be imported" in text
    assert "Row 3: Unknown rank or title 'กัปตัน'." in text
    assert "Row 4: ธีรวัฒน์ แสงอรุณ is already in the roster." in text
    assert content(demo_path) == before


def test_file_that_is_not_a_workbook_is_refused(demo_path, tmp_path, capsys, content):
    bogus = tmp_path / "roster.xlsx"
    bogus.write_text("hello", encoding="utf-8")
    before = content(demo_path)
    code, text = run(capsys, "import", "roster", str(bogus), "--db", str(demo_path))
    assert code == 1 and "cannot be read as an Excel workbook" in text
    assert "Nothing was imported." in text
    assert content(demo_path) == before


# --- framework, emblem, signature ---------------------------------------------------------

def test_framework_import_replaces_only_when_asked(demo_path, tmp_path, capsys, content):
    path = framework_file(demo_path, tmp_path / "framework.json")
    capsys.readouterr()
    before = content(demo_path)
    code, text = run(capsys, "import", "framework", str(path), "--db", str(demo_path))
    assert code == 1 and "would replace it. Nothing was imported." in text
    assert content(demo_path) == before
    code, text = run(capsys, "import", "framework", str(path), "--replace",
                     "--db", str(demo_path))
    assert code == 0 and "Imported the framework of fiscal year 2568" in text


def test_bad_framework_file_is_refused(demo_path, tmp_path, capsys, content):
    bad = tmp_path / "framework.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    before = content(demo_path)
    code, text = run(capsys, "import", "framework", str(bad), "--db", str(demo_path))
    assert code == 1 and "not an ITA Desktop framework" in text and "Nothing was imported" in text
    code, text = run(capsys, "import", "framework", str(tmp_path / "missing.json"),
                     "--db", str(demo_path))
    assert code == 1 and "missing.json" in text
    assert content(demo_path) == before


def test_emblem_import(demo_path, tmp_path, capsys, content):
    code, text = run(capsys, "import", "emblem", str(emblem_image(tmp_path / "garuda.png")),
                     "--db", str(demo_path))
    assert code == 0 and "Imported the emblem" in text
    db = store.open_database(demo_path)
    try:
        from io import BytesIO

        from PIL import Image

        assert Image.open(BytesIO(UnitRepository(db).emblem())).size == (600, 600)
    finally:
        db.close()
    damaged = tmp_path / "damaged.png"
    damaged.write_bytes(b"\x89PNG\r\n\x1a\n broken")
    before = content(demo_path)
    code, text = run(capsys, "import", "emblem", str(damaged), "--db", str(demo_path))
    assert code == 1 and "damaged.png" in text and "Nothing was imported." in text
    assert content(demo_path) == before


def test_signature_import_by_number_and_by_name(demo_path, tmp_path, capsys, content):
    scan = signature_scan(tmp_path / "s.png")
    code, text = run(capsys, "import", "signature", "3", str(scan), "--db", str(demo_path))
    assert code == 0 and "(roster number 3)" in text
    before = content(demo_path)
    code, text = run(capsys, "import", "signature", "ไม่มีใครชื่อนี้", str(scan),
                     "--db", str(demo_path))
    assert code == 1 and "matches 0 active people" in text
    blank = tmp_path / "blank.png"
    from PIL import Image

    Image.new("RGB", (400, 120), "white").save(blank)
    code, text = run(capsys, "import", "signature", "3", str(blank), "--db", str(demo_path))
    assert code == 1 and "blank" in text
    assert content(demo_path) == before


# --- a database that cannot be written or opened ------------------------------------------

def _commands(tmp_path: Path, demo_path: Path) -> dict[str, list[str]]:
    return {
        "roster": ["import", "roster", str(roster_file(tmp_path / "r.xlsx", GOOD))],
        "framework": ["import", "framework",
                      str(framework_file(demo_path, tmp_path / "f.json")), "--replace"],
        "emblem": ["import", "emblem", str(emblem_image(tmp_path / "e.png"))],
        "signature": ["import", "signature", "3", str(signature_scan(tmp_path / "s.png"))],
    }


@pytest.mark.parametrize("what", ["roster", "framework", "emblem", "signature"])
def test_locked_database_says_so_and_changes_nothing(demo_path, tmp_path, capsys, content,
                                                    monkeypatch, what):
    argv = _commands(tmp_path, demo_path)[what]
    opened = store.open_database

    def impatient(*args, **kwargs):  # type: ignore[no-untyped-def]
        db = opened(*args, **kwargs)
        db.execute("PRAGMA busy_timeout = 50")
        return db

    monkeypatch.setattr(store, "open_database", impatient)
    capsys.readouterr()
    before = content(demo_path)
    other = sqlite3.connect(demo_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        code, text = run(capsys, *argv, "--db", str(demo_path))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1
    assert f"ita-desktop import {what}: The database '{demo_path}' is in use" in text
    assert "nothing was changed" in text
    assert content(demo_path) == before


@pytest.mark.parametrize("what", ["roster", "framework", "emblem", "signature"])
def test_read_only_database_says_so_and_changes_nothing(demo_path, tmp_path, capsys, content,
                                                       monkeypatch, what):
    argv = _commands(tmp_path, demo_path)[what]
    opened = store.open_database

    def write_protected(*args, **kwargs):  # type: ignore[no-untyped-def]
        db = opened(*args, **kwargs)
        db.execute("PRAGMA query_only = ON")  # tests run as root, who ignores chmod
        return db

    monkeypatch.setattr(store, "open_database", write_protected)
    capsys.readouterr()
    before = content(demo_path)
    code, text = run(capsys, *argv, "--db", str(demo_path))
    assert code == 1 and "is read-only" in text and "nothing was changed" in text
    assert content(demo_path) == before


def test_full_disk_says_so_and_changes_nothing(demo_path, tmp_path, capsys, content,
                                               monkeypatch):
    opened = store.open_database

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        db = opened(*args, **kwargs)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")
        return db

    monkeypatch.setattr(store, "open_database", full)
    rows = [["ส.ต.ต.", f"คนที่{n}", "ทดสอบ" * 20, ""] for n in range(400)]
    before = content(demo_path)
    code, text = run(capsys, "import", "roster", str(roster_file(tmp_path / "r.xlsx", rows)),
                     "--db", str(demo_path))
    assert code == 1 and "is full, so nothing was changed" in text
    assert content(demo_path) == before


def test_database_that_cannot_be_opened_exits_2(tmp_path, capsys):
    notes = tmp_path / "notes.sqlite"
    notes.write_text("hello", encoding="utf-8")
    scan = str(signature_scan(tmp_path / "s.png"))
    code, text = run(capsys, "import", "signature", "1", scan, "--db", str(notes))
    assert code == 2 and "not an ITA Desktop database" in text
    code, text = run(capsys, "import", "emblem", scan, "--db", str(tmp_path / "none.sqlite"))
    assert code == 2 and not (tmp_path / "none.sqlite").exists()


def test_unexpected_error_is_logged_not_shown(demo_path, tmp_path, capsys, monkeypatch,
                                              data_dir):
    import ita_desktop.services.roster as roster

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("a bug")

    monkeypatch.setattr(roster, "check_roster_file", broken)
    code, text = run(capsys, "import", "roster", str(roster_file(tmp_path / "r.xlsx", GOOD)),
                     "--db", str(demo_path))
    log = data_dir / "crash.log"
    assert code == 3
    assert "unexpected error" in text and "(RuntimeError)" in text and str(log) in text
    assert len(text.strip().splitlines()) == 1
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: a bug" in logged


def test_help_names_the_import_commands_and_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "import roster FILE [--dry-run]" in out and "import signature PERSON FILE" in out
    assert "3 an unexpected error" in out


@pytest.mark.parametrize("what", ["roster", "framework", "emblem", "signature", "sign-off"])
def test_every_write_command_on_a_really_full_disk(demo_file, small_disk, fill_disk, tmp_path,
                                                  capsys, content, what):
    """The database on a small tmpfs filled to the last byte: SQLite meets ENOSPC writing its
    log, the command says the disk is full, exits 1, and the file holds what it held."""
    path = small_disk / "unit.sqlite"
    shutil.copy(demo_file, path)
    commands = _commands(tmp_path, path)
    commands["sign-off"] = ["sign-off", "roster", "--year", "2568", "--prepared", "3",
                            "--checked", "2", "--approved", "1"]
    before = content(path)
    # Another reader keeps the log files in place, as the window would: the command's write is
    # then an append to the log, which the full disk refuses.
    reader = sqlite3.connect(path)
    reader.execute("SELECT count(*) FROM people").fetchone()
    try:
        fill_disk(small_disk)
        code, text = run(capsys, *commands[what], "--db", str(path))
    finally:
        (small_disk / "filler").unlink()
        reader.close()
    assert code == 1, text
    assert "is full, so nothing was changed" in text and "Traceback" not in text
    assert content(path) == before


def test_the_templates_example_row_is_skipped_with_a_note(demo_path, tmp_path, capsys):
    from openpyxl import load_workbook

    from ita_desktop.domain.units import UnitKind
    from ita_desktop.exchange.roster_xlsx import write_template

    path = tmp_path / "template.xlsx"
    write_template(path, UnitKind.PROVINCIAL_IMMIGRATION)
    book = load_workbook(path)
    book.active.append(["ด.ต.", "สมศักดิ์", "ใจงาม"])
    book.save(path)
    before = people_count(demo_path)
    code, text = run(capsys, "import", "roster", str(path), "--db", str(demo_path))
    assert code == 0
    assert "Row 2: Skipped: the template's example row (ตัวอย่าง ลบแถวนี้)." in text
    assert "1 people were added" in text and people_count(demo_path) == before + 1


def test_a_zero_width_name_in_a_roster_is_refused(demo_path, tmp_path, capsys):
    before = people_count(demo_path)
    code, text = run(capsys, "import", "roster",
                     str(roster_file(tmp_path / "r.xlsx", [["ด.ต.", "\u200b", "ใจดี", ""]])),
                     "--db", str(demo_path))
    assert code == 1
    assert "Row 2: 'ชื่อ' holds only invisible characters" in text
    assert people_count(demo_path) == before

@pytest.mark.parametrize("what", ["roster", "framework", "emblem", "signature"])
def test_import_while_a_window_has_the_file_is_refused_naming_who(demo_path, tmp_path, capsys,
                                                                  content, what):
    import getpass

    from ita_desktop.store.sharing import open_for_changes

    argv = _commands(tmp_path, demo_path)[what]
    window = open_for_changes(demo_path)
    try:
        before = content(demo_path)
        code, text = run(capsys, *argv, "--db", str(demo_path))
        assert code == 1
        assert f"ita-desktop import {what}: The database '{demo_path}' is in use by " \
               f"{getpass.getuser()} on computer" in text
        assert content(demo_path) == before
        if what == "roster":
            # Checking only reads: it works beside the window.
            assert run(capsys, *argv, "--dry-run", "--db", str(demo_path))[0] == 0
    finally:
        window.close()
