"""export, sign-off, verify and register from the command line."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ita_desktop.cli import main
from ita_desktop.reports.pdf_read import pdf_pages_text


def test_help_lists_the_report_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for word in ("export", "sign-off", "verify", "register"):
        assert word in out


def test_export_sign_off_and_verify(demo_path, tmp_path, capsys):
    draft = tmp_path / "roster.pdf"
    assert main(["export", "roster", "--db", str(demo_path), "--year", "2568", "--format",
                 "pdf", "--out", str(draft)]) == 0
    # Not yet in the register, the report has no number it is sure to get.
    out = capsys.readouterr().out
    assert "DRAFT of a new report (its number is given when it is signed off)" in out
    assert "2568-001" not in out
    assert "บัญชีรายชื่อกำลังพล" in "".join(pdf_pages_text(draft.read_bytes()))
    assert main(["verify", str(draft), "--db", str(demo_path)]) == 1
    assert "NOT a signed-off file" in capsys.readouterr().out

    assert main(["sign-off", "roster", "--db", str(demo_path), "--year", "2568",
                 "--prepared", "5", "--checked", "3", "--approved", "1",
                 "--date", "2025-03-01"]) == 0
    assert "Signed off report 2568-001 version 1" in capsys.readouterr().out

    signed = tmp_path / "signed.xlsx"
    assert main(["export", "roster", "--db", str(demo_path), "--year", "2568", "--format",
                 "xlsx", "--out", str(signed)]) == 0
    assert "the signed-off file, in Thai digits" in capsys.readouterr().out
    assert main(["verify", str(signed), "--db", str(demo_path)]) == 0
    assert "Exact copy of report 2568-001 version 1" in capsys.readouterr().out

    changed = tmp_path / "changed.xlsx"
    data = bytearray(signed.read_bytes())
    data[-30] ^= 0xFF
    changed.write_bytes(bytes(data))
    assert main(["verify", str(changed), "--db", str(demo_path)]) == 1

    assert main(["register", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "2568-001 v1" in out and "fiscal year 2568" in out and "SHA-256" in out
    assert "files in Thai digits" in out and "fingerprint" not in out
    assert "Approved by (ผู้อนุมัติ): พ.ต.อ." in out and "Checked by (ผู้ตรวจ)" in out


def _usage(capsys, argv: list[str]) -> str:
    with pytest.raises(SystemExit) as usage:
        main(argv)
    err = capsys.readouterr().err
    assert usage.value.code == 2 and "Traceback" not in err
    return err


def test_bad_requests_get_a_message_and_no_file(demo_path, tmp_path, capsys):
    out = tmp_path / "x.docx"
    # What the command line alone gets wrong is a usage error (exit 2), before anything.
    assert "not DOCX" in _usage(capsys, ["export", "roster", "--db", str(demo_path),
                                         "--format", "docx", "--out", str(out)])
    assert not out.exists()
    assert "'minutes' is nothing export writes" in _usage(
        capsys, ["export", "minutes", "--db", str(demo_path), "--out", str(out)])
    assert main(["sign-off", "roster", "--db", str(demo_path), "--prepared", "สมมติไม่มี",
                 "--checked", "3", "--approved", "1"]) == 1
    assert "matches 0 active people" in capsys.readouterr().err
    assert "missing: --checked (checked by / ผู้ตรวจ)" in _usage(
        capsys, ["sign-off", "roster", "--db", str(demo_path), "--prepared", "5",
                 "--approved", "1"])
    assert "takes no --subject" in _usage(
        capsys, ["export", "roster", "--db", str(demo_path), "--subject", "2567", "--year",
                 "2568", "--out", str(tmp_path / "x.pdf")])
    assert "--format" in _usage(capsys, ["export", "roster", "--db", str(demo_path),
                                         "--out", str(tmp_path / "x")])
    assert main(["register", "--db", str(demo_path)]) == 0
    assert "No report has been signed off yet." in capsys.readouterr().out
    assert main(["verify", str(tmp_path / "missing.pdf"), "--db", str(demo_path)]) == 2
    assert main(["export", "roster", "--db", str(tmp_path / "none.sqlite"), "--format", "pdf",
                 "--out", str(out.with_suffix(".pdf"))]) == 2


def test_export_without_a_unit_profile_says_what_to_do(tmp_path, capsys):
    from ita_desktop.store import open_database

    path = tmp_path / "empty.sqlite"
    open_database(path).close()
    assert main(["export", "roster", "--db", str(path), "--format", "pdf",
                 "--out", str(tmp_path / "r.pdf")]) == 1
    assert "unit profile" in capsys.readouterr().err


def test_export_list_names_every_report_its_formats_subject_and_signers(capsys):
    from ita_desktop.reports.signing import REPORT_KINDS

    assert main(["export", "--list"]) == 0
    # The reports first; the other files the window saves follow (tests/cli/test_file_commands).
    lines = capsys.readouterr().out.splitlines()[:len(REPORT_KINDS)]
    assert [line.split()[0] for line in lines] == list(REPORT_KINDS) == [
        "fact-sheet", "roster", "committee-order", "committee-members", "assessment-calendar",
        "oit-assignments", "meeting-minutes", "attendance-sheet", "oit-progress",
        "oit-progress-report", "integrity-measures", "integrity-results"]
    assert "formats: PDF, DOCX, XLSX" in lines[0] and "formats: PDF, XLSX" in lines[1]
    assert "formats: PDF, DOCX;" in lines[2] and "formats: XLSX, PDF;" in lines[3]
    by_the_three = "signed off by: --prepared (ผู้จัดทำ), --checked (ผู้ตรวจ), --approved " \
        "(ผู้อนุมัติ)"
    for line in lines[:2]:
        assert "subject: the fiscal year (--year YYYY)" in line and by_the_three in line
    for line in lines[2:4]:
        assert "subject: order no. N/YYYY (--subject N/YYYY)" in line
    assert lines[2].endswith("signed off by: --signed (ผู้ลงนาม)")
    assert by_the_three in lines[3]
    assert "ปฏิทินกิจกรรม ๑ (Assessment calendar); formats: PDF, DOCX, XLSX;" in lines[4]
    assert "subject: the fiscal year (--year YYYY)" in lines[4] and by_the_three in lines[4]
    assert "ปฏิทินกิจกรรม ๒ (OIT assignments); formats: PDF, DOCX, XLSX;" in lines[5]
    assert "subject: the fiscal year (--year YYYY)" in lines[5] and by_the_three in lines[5]
    assert "(OIT progress workbook); formats: XLSX;" in lines[8]
    assert "(OIT progress report); formats: PDF;" in lines[9]
    for line in lines[8:10]:
        assert "subject: the fiscal year (--year YYYY)" in line and by_the_three in line


def test_sign_off_options_come_from_the_roles_of_the_kinds(capsys):
    with pytest.raises(SystemExit):
        main(["sign-off", "--help"])
    out = capsys.readouterr().out
    for option in ("--prepared PERSON", "--checked PERSON", "--approved PERSON",
                   "--signed PERSON"):
        assert option in out
    # Each signer option says which reports it signs; the order's is documented by example.
    assert "ตรวจ" in out and "ผู้ลงนาม); signs committee-order" in out
    assert "the committee order by its signer alone (--signed: the commander, or who signs " \
        "the order in their place)" in " ".join(out.split())


def test_a_saved_v2_file_still_verifies_its_signed_off_files(tmp_path, capsys):
    """The upgrade seen from the command line: every stored file of a v2 file still verifies.
    Since schema 4 the unit documents print more (the date their data is as of, confirmed
    section heads), so `export` makes a draft of the next version instead of the signed file."""
    from pathlib import Path

    from ita_desktop.services import reports
    from ita_desktop.store import open_database

    v2 = Path(__file__).parents[1] / "store" / "data" / "reports-v2.sqlite"
    path = tmp_path / "unit.sqlite"
    shutil.copy(v2, path)
    assert main(["export", "fact-sheet", "--db", str(path), "--year", "2568", "--digits",
                 "thai", "--format", "pdf", "--out", str(tmp_path / "draft.pdf")]) == 0
    assert "DRAFT of report 2568-002 version 2" in capsys.readouterr().out
    db = open_database(path)
    written = []
    try:
        for version in reports.signed_versions(db):
            for fmt in dict(version.files):
                out = tmp_path / f"{version.report_number}-{version.version}.{fmt}"
                written.append(reports.save_signed_copy(db, version, fmt, out))
    finally:
        db.close()
    assert len(written) == 7
    for out in written:
        assert main(["verify", str(out), "--db", str(path)]) == 0
        assert "Exact copy of report 2568-00" in capsys.readouterr().out
    assert main(["register", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.count("fiscal year 2568") == 3 and out.count("Prepared by (ผู้จัดทำ)") == 3


def test_check_finds_stored_content_that_no_longer_matches_its_sha256(demo_path, capsys):
    import sqlite3

    assert main(["sign-off", "roster", "--db", str(demo_path), "--prepared", "5",
                 "--checked", "3", "--approved", "1"]) == 0
    assert main(["check", "--db", str(demo_path)]) == 0
    capsys.readouterr()
    # Damage one stored file behind the program's back (the trigger is dropped to do it).
    conn = sqlite3.connect(demo_path)
    conn.execute("DROP TRIGGER blobs_frozen")
    digest = conn.execute("SELECT sha256 FROM blobs LIMIT 1").fetchone()[0]
    conn.execute("UPDATE blobs SET content = x'00', size = 1 WHERE sha256 = ?", (digest,))
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(demo_path)]) == 1
    assert f"stored file {digest} no longer has that SHA-256" in capsys.readouterr().out


def test_the_parser_loads_the_report_kinds_only_for_sign_off():
    """The window starts through the same parser: it must not load the report modules."""
    import subprocess
    import sys
    from pathlib import Path

    probe = ("import sys\nfrom ita_desktop.cli import build_parser\n"
             "build_parser().parse_args(sys.argv[1:])\n"
             "print(sorted(m for m in sys.modules if m.startswith('ita_desktop.reports')))")
    root = Path(__file__).resolve().parents[2]
    for argv, loaded in (([], False), (["--lang", "th"], False),
                         (["sign-off", "roster", "--prepared", "1"], True)):
        result = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True,
                                text=True, cwd=root, check=True, timeout=60)
        assert ("ita_desktop.reports.signing" in result.stdout) is loaded, argv


# --- a database that cannot be written ----------------------------------------------------

SIGN_OFF = ["sign-off", "roster", "--year", "2568", "--prepared", "5", "--checked", "3",
            "--approved", "1", "--date", "2025-03-01"]


@contextmanager
def _blocked(monkeypatch, path: Path, how: str) -> Iterator[None]:
    """The database at ``path`` as the command opens it: locked by another program holding
    a write lock, write-protected (SQLite's read-only switch: tests run as root, who ignores
    chmod), or on a full disk (no page may be added)."""
    import ita_desktop.store as store

    opened = store.open_database

    def open_blocked(*args, **kwargs):  # type: ignore[no-untyped-def]
        db = opened(*args, **kwargs)
        if how == "locked":
            db.execute("PRAGMA busy_timeout = 50")  # the other program never lets go
        elif how == "read_only":
            db.execute("PRAGMA query_only = ON")
        else:
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {pages}")
        return db

    monkeypatch.setattr(store, "open_database", open_blocked)
    other = None
    if how == "locked":
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        if other is not None:
            other.execute("ROLLBACK")
            other.close()


def _run(capsys, argv: list[str]) -> tuple[int, str]:
    code = main(argv)
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert "Traceback" not in text
    return code, text


@pytest.mark.parametrize(("how", "said"), [
    ("locked", "is in use by another program"),
    ("read_only", "is read-only"),
    ("full", "The disk holding"),
])
def test_sign_off_into_a_database_that_cannot_be_written_says_so_and_changes_nothing(
        demo_path, monkeypatch, capsys, content, how, said):
    before = content(demo_path)
    with _blocked(monkeypatch, demo_path, how):
        code, text = _run(capsys, [*SIGN_OFF, "--db", str(demo_path)])
    assert code == 1
    assert text.startswith("ita-desktop sign-off: The ") and said in text
    assert str(demo_path) in text and "nothing was changed" in text
    assert len(text.strip().splitlines()) == 1
    assert content(demo_path) == before
    assert _run(capsys, ["register", "--db", str(demo_path)]) == \
        (0, "No report has been signed off yet.\n")


@pytest.mark.parametrize("how", ["locked", "read_only", "full"])
def test_export_only_reads_so_it_works_on_a_database_that_cannot_be_written(
        demo_path, tmp_path, monkeypatch, capsys, content, how):
    before = content(demo_path)
    out = tmp_path / "roster.xlsx"
    with _blocked(monkeypatch, demo_path, how):
        code, text = _run(capsys, ["export", "roster", "--db", str(demo_path), "--year", "2568",
                                   "--format", "xlsx", "--out", str(out)])
    assert code == 0 and "DRAFT of a new report" in text
    assert out.read_bytes().startswith(b"PK")
    assert content(demo_path) == before


def test_export_to_a_place_that_cannot_be_written_says_so(demo_path, tmp_path, capsys,
                                                          content):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder is expected", encoding="utf-8")
    out = blocker / "roster.pdf"
    before = content(demo_path)
    code, text = _run(capsys, ["export", "roster", "--db", str(demo_path), "--format", "pdf",
                               "--out", str(out)])
    assert code == 1
    assert text.startswith(f"ita-desktop export: '{out}' could not be written (")
    assert "Nothing was saved there; the database is unchanged." in text
    assert blocker.read_text(encoding="utf-8") == "a file where a folder is expected"
    assert content(demo_path) == before


# --- files are never replaced silently; the digits alone make no new version ---------------

def _export(demo_path: Path, out: Path, *extra: str) -> list[str]:
    return ["export", "roster", "--db", str(demo_path), "--year", "2568", "--format", "pdf",
            "--out", str(out), *extra]


def test_an_existing_file_is_replaced_only_with_force(demo_path, tmp_path, capsys):
    """Once a signed-off PDF was overwritten by the next version's draft at the same path."""
    assert main([*SIGN_OFF, "--db", str(demo_path)]) == 0
    signed = tmp_path / "roster.pdf"
    assert main(_export(demo_path, signed)) == 0
    kept = signed.read_bytes()
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE people SET phone = '02 000 0000' WHERE id = 2")  # new data
    conn.commit()
    conn.close()
    capsys.readouterr()

    code, text = _run(capsys, _export(demo_path, signed))
    assert code == 1 and len(text.strip().splitlines()) == 1
    assert text == (f"ita-desktop export: '{signed}' already exists and was left as it is. "
                    "Give another name with --out, or add --force to replace it.\n")
    assert signed.read_bytes() == kept and main(["verify", str(signed), "--db",
                                                  str(demo_path)]) == 0
    capsys.readouterr()
    code, text = _run(capsys, _export(demo_path, tmp_path / "roster-v2.pdf"))
    assert code == 0 and "DRAFT of report 2568-001 version 2" in text
    code, text = _run(capsys, _export(demo_path, signed, "--force"))
    assert code == 0 and signed.read_bytes() != kept


@pytest.mark.parametrize("argv", [
    ["export", "roster-workbook"], ["export", "roster-template"],
    ["export", "framework", "--year", "2568"], ["backup"]])
def test_every_command_that_writes_a_file_needs_force_to_replace_one(
        demo_path, tmp_path, capsys, argv):
    out = tmp_path / "existing.file"
    out.write_bytes(b"kept")
    code, text = _run(capsys, [*argv, "--db", str(demo_path), "--out", str(out)])
    assert code == 1 and "already exists and was left as it is" in text and "--force" in text
    assert out.read_bytes() == b"kept"
    code, text = _run(capsys, [*argv, "--db", str(demo_path), "--out", str(out), "--force"])
    assert code == 0 and out.read_bytes() != b"kept"


def test_force_is_documented_in_the_help(capsys):
    for command in ("export", "backup"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert "--force" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "--force" in capsys.readouterr().out


def test_the_other_digits_export_the_signed_off_files_and_say_so(demo_path, tmp_path, capsys):
    assert main([*SIGN_OFF, "--db", str(demo_path), "--digits", "thai"]) == 0
    assert "files in Thai digits" in capsys.readouterr().out
    out = tmp_path / "arabic.pdf"
    code, text = _run(capsys, _export(demo_path, out, "--digits", "arabic"))
    assert code == 0
    assert ("report 2568-001 version 1, signed off 2025-03-01 (the signed-off file, in Thai "
            "digits). It keeps the digits it was signed off with: the data has not changed, so "
            "Arabic digits make no new version.") in text
    assert main(["verify", str(out), "--db", str(demo_path)]) == 0
    code, text = _run(capsys, [*SIGN_OFF, "--db", str(demo_path), "--digits", "arabic"])
    assert code == 1 and "already signed off as version 1" in text
    code, text = _run(capsys, ["register", "--db", str(demo_path)])
    assert text.count(" v1 ") == 1 and "v2" not in text


def test_one_person_in_every_role_signs_off_with_a_warning(demo_path, capsys):
    code = main(["sign-off", "roster", "--db", str(demo_path), "--year", "2568",
                 "--prepared", "1", "--checked", "1", "--approved", "1"])
    captured = capsys.readouterr()
    assert code == 0 and "Signed off report 2568-001 version 1" in captured.out
    warning = captured.err.strip().splitlines()
    assert len(warning) == 1 and warning[0].startswith("ita-desktop sign-off: warning: ")
    assert "signs as prepared by, checked by, approved by; allowed, but the document then " \
        "lacks a check by another person." in warning[0]
    code = main(["sign-off", "fact-sheet", "--db", str(demo_path), "--year", "2568",
                 "--prepared", "5", "--checked", "3", "--approved", "1"])
    assert code == 0 and capsys.readouterr().err == ""


def test_the_oit_progress_workbook_and_report(demo_path, tmp_path, capsys):
    from openpyxl import load_workbook

    book, report = tmp_path / "progress.xlsx", tmp_path / "progress.pdf"
    assert main(["export", "oit-progress", "--db", str(demo_path), "--year", "2568",
                 "--out", str(book)]) == 0
    assert main(["export", "oit-progress-report", "--db", str(demo_path), "--year", "2568",
                 "--out", str(report)]) == 0
    assert load_workbook(book).sheetnames[0] == "รายการ OIT"
    assert "รายงานความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT)" in pdf_pages_text(
        report.read_bytes())[0]
    capsys.readouterr()
    # The workbook is not made as a PDF, nor the report as a workbook: nothing is written.
    assert "not PDF" in _usage(capsys, ["export", "oit-progress", "--db", str(demo_path),
                                        "--out", str(tmp_path / "wrong.pdf")])
    assert not (tmp_path / "wrong.pdf").exists()
