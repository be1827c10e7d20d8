"""export, sign-off, verify and register from the command line."""

from __future__ import annotations

import shutil

import pytest

from ita_desktop.cli import main
from ita_desktop.reports.pdf_read import pdf_pages_text


@pytest.fixture
def demo_path(demo_file, tmp_path):
    path = tmp_path / "unit.sqlite"
    shutil.copy(demo_file, path)
    return path


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
    assert "DRAFT of report 2568-001 version 1" in capsys.readouterr().out
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
    assert "the signed-off file" in capsys.readouterr().out
    assert main(["verify", str(signed), "--db", str(demo_path)]) == 0
    assert "Exact copy of report 2568-001 version 1" in capsys.readouterr().out

    changed = tmp_path / "changed.xlsx"
    data = bytearray(signed.read_bytes())
    data[-30] ^= 0xFF
    changed.write_bytes(bytes(data))
    assert main(["verify", str(changed), "--db", str(demo_path)]) == 1

    assert main(["register", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "2568-001 v1" in out and "approved" in out and "SHA-256" in out


def test_bad_requests_get_a_message_and_no_file(demo_path, tmp_path, capsys):
    out = tmp_path / "x.docx"
    assert main(["export", "roster", "--db", str(demo_path), "--format", "docx",
                 "--out", str(out)]) == 1
    assert "not DOCX" in capsys.readouterr().err and not out.exists()
    assert main(["export", "minutes", "--db", str(demo_path), "--format", "pdf",
                 "--out", str(out)]) == 1
    assert "Unknown report" in capsys.readouterr().err
    assert main(["sign-off", "roster", "--db", str(demo_path), "--prepared", "สมมติไม่มี",
                 "--checked", "3", "--approved", "1"]) == 1
    assert "matches 0 active people" in capsys.readouterr().err
    assert main(["verify", str(tmp_path / "missing.pdf"), "--db", str(demo_path)]) == 2
    assert main(["export", "roster", "--db", str(tmp_path / "none.sqlite"), "--format", "pdf",
                 "--out", str(out)]) == 2


def test_export_without_a_unit_profile_says_what_to_do(tmp_path, capsys):
    from ita_desktop.store import open_database

    path = tmp_path / "empty.sqlite"
    open_database(path).close()
    assert main(["export", "roster", "--db", str(path), "--format", "pdf",
                 "--out", str(tmp_path / "r.pdf")]) == 1
    assert "unit profile" in capsys.readouterr().err
