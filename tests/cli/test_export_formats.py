"""`export`: the format follows --out's extension, and a --format that disagrees with it is a
wrong command line that writes nothing (a PDF once went into a .docx)."""

from __future__ import annotations

import pytest
from docx import Document as DocxDocument

from ita_desktop.cli import main
from tests.cli.conftest import usage_error


def _usage_error(capsys, argv: list[str]) -> str:
    err = usage_error(capsys, argv)
    assert "usage: ita-desktop export" in err
    return err


@pytest.mark.parametrize(("suffix", "magic"), [(".pdf", b"%PDF"), (".docx", b"PK"),
                                               (".xlsx", b"PK")])
def test_the_extension_of_out_chooses_the_format(demo_path, tmp_path, capsys, suffix, magic):
    out = tmp_path / f"fact{suffix}"
    assert main(["export", "fact-sheet", "--db", str(demo_path), "--year", "2568",
                 "--out", str(out)]) == 0
    assert "DRAFT" in capsys.readouterr().out and out.read_bytes().startswith(magic)
    if suffix == ".docx":
        assert "ข้อมูลพื้นฐาน" in "\n".join(p.text for p in DocxDocument(str(out)).paragraphs)


def test_a_format_that_disagrees_with_the_extension_writes_nothing(demo_path, tmp_path, capsys):
    out = tmp_path / "x.docx"
    err = _usage_error(capsys, ["export", "fact-sheet", "--db", str(demo_path), "--year", "2568",
                                "--format", "pdf", "--out", str(out)])
    assert f"--format pdf disagrees with --out '{out}' (a .docx file is DOCX); nothing was " \
        "written." in err
    assert not out.exists()


def test_a_format_that_agrees_or_an_extension_that_names_none_is_written(
        demo_path, tmp_path, capsys):
    agreed = tmp_path / "fact.PDF"
    assert main(["export", "fact-sheet", "--db", str(demo_path), "--format", "pdf",
                 "--out", str(agreed)]) == 0
    plain = tmp_path / "fact-sheet"
    assert main(["export", "fact-sheet", "--db", str(demo_path), "--format", "docx",
                 "--out", str(plain)]) == 0
    assert agreed.read_bytes().startswith(b"%PDF") and plain.read_bytes().startswith(b"PK")
    capsys.readouterr()


def test_without_format_an_unknown_extension_asks_for_one(demo_path, tmp_path, capsys):
    out = tmp_path / "roster.txt"
    err = _usage_error(capsys, ["export", "roster", "--db", str(demo_path), "--out", str(out)])
    assert "give --format (pdf, xlsx) or an --out ending in .pdf, .xlsx" in err
    assert not out.exists()


def test_a_format_the_report_is_not_made_in_is_refused_before_writing(
        demo_path, tmp_path, capsys):
    out = tmp_path / "roster.docx"
    err = _usage_error(capsys, ["export", "roster", "--db", str(demo_path), "--out", str(out)])
    assert "roster is written as PDF, XLSX, not DOCX; nothing was written." in err
    assert not out.exists()


@pytest.mark.parametrize(("name", "out", "fmt", "said"), [
    ("framework", "f.pdf", None, "framework is written as JSON, not PDF"),
    ("framework", "f.json", "xlsx", "--format xlsx disagrees with --out"),
    ("roster-workbook", "r.pdf", None, "roster-workbook is written as XLSX, not PDF"),
    ("roster-workbook", "r.xlsx", "pdf", "--format pdf disagrees with --out"),
    ("roster-template", "t.docx", None, "roster-template is written as XLSX, not DOCX"),
])
def test_the_other_files_are_held_to_their_format(demo_path, tmp_path, capsys, name, out, fmt,
                                                  said):
    target = tmp_path / out
    argv = ["export", name, "--db", str(demo_path), "--out", str(target)]
    err = _usage_error(capsys, argv + (["--format", fmt] if fmt else []))
    assert said in err and not target.exists()


def test_the_other_files_take_a_format_that_agrees(demo_path, tmp_path, capsys):
    framework = tmp_path / "f.json"
    assert main(["export", "framework", "--db", str(demo_path), "--year", "2568",
                 "--format", "json", "--out", str(framework)]) == 0
    workbook = tmp_path / "r.xlsx"
    assert main(["export", "roster-workbook", "--db", str(demo_path), "--format", "xlsx",
                 "--out", str(workbook)]) == 0
    assert framework.read_text(encoding="utf-8").startswith("{")
    assert workbook.read_bytes().startswith(b"PK")
    capsys.readouterr()


def test_help_and_readme_say_the_extension_chooses_the_format(capsys):
    from pathlib import Path

    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "default: the one --out's extension names: .pdf, .docx, .xlsx, .json" in out
    assert "refused when it disagrees with that extension" in out
    readme = " ".join((Path(__file__).parents[2] / "README.md").read_text("utf-8").split())
    assert "[--format pdf|docx|xlsx] --out FILE" in readme
    assert "a `--format` that disagrees with the extension (`--format pdf --out x.docx`) is " \
        "refused before anything is written" in readme
