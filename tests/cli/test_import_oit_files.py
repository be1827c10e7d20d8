"""``ita-desktop import oit-files``: files attached to an OIT item or a monthly report of the
demo's year, refused whole with every file's reason, a wrong item, month or year worded
without a traceback, and nothing written by a refusal or while a window holds the file."""

from __future__ import annotations

from datetime import date

import pytest

from ita_desktop.cli import main
from ita_desktop.services import oit
from ita_desktop.store import open_database
from tests.cli.conftest import usage_error

YEAR = ["--year", "2568"]


def run(capsys, *argv: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    said = capsys.readouterr()
    return code, said.out + said.err


def _files(demo_path, code: str) -> list[tuple[str, date | None]]:  # type: ignore[no-untyped-def]
    db = open_database(demo_path)
    try:
        return [(f.name, f.month) for f in oit.oit_year(db, 2568).item(code).files]
    finally:
        db.close()


@pytest.fixture
def pdf(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "รายงานเดือนมกราคม.pdf"
    path.write_bytes(b"%PDF-1.4 january")
    return path


def test_files_go_to_the_item_or_to_a_months_report(demo_path, tmp_path, pdf, capsys):
    sheet = tmp_path / "สถิติ.xlsx"
    sheet.write_bytes(b"PK\x03\x04 sheet")
    code, text = run(capsys, "import", "oit-files", *YEAR, "--item", "o12", "--month",
                     "2568-01", str(pdf), str(sheet), "--db", str(demo_path))
    assert code == 0, text
    assert "Attached 2 file(s) to O12 (report of 2025-01) of fiscal year 2568" in text
    assert _files(demo_path, "O12") == [("รายงานเดือนมกราคม.pdf", date(2025, 1, 1)),
                                        ("สถิติ.xlsx", date(2025, 1, 1))]
    code, text = run(capsys, "import", "oit-files", *YEAR, "--item", "O3", str(pdf),
                     "--db", str(demo_path))
    assert code == 0 and _files(demo_path, "O3") == [("รายงานเดือนมกราคม.pdf", None)]


def test_one_refused_file_refuses_them_all_with_every_reason(demo_path, tmp_path, pdf,
                                                             capsys, content):
    empty = tmp_path / "ว่าง.docx"
    empty.write_bytes(b"")
    video = tmp_path / "คลิป.mp4"
    video.write_bytes(b"video")
    before = content(demo_path)
    code, text = run(capsys, "import", "oit-files", *YEAR, "--item", "O3", str(pdf),
                     str(empty), str(video), str(tmp_path / "ไม่มี.pdf"), "--db", str(demo_path))
    assert code == 1 and "Traceback" not in text
    assert text.startswith("ita-desktop import oit-files: Nothing was changed:")
    assert "'ว่าง.docx' is empty" in text and "'คลิป.mp4' is not a file" in text
    assert "'ไม่มี.pdf' could not be read" in text
    assert content(demo_path) == before


@pytest.mark.parametrize(("extra", "said"), [
    (["--item", "O99"], "has no OIT item 'O99'; its items are O1, O2"),
    (["--item", "O3", "--month", "2568-01"], "O3 is not reported month by month"),
    (["--item", "O12", "--month", "2569-01"], "O12 has no report for the month of"),
])
def test_a_wrong_item_or_month_is_refused_and_nothing_attached(demo_path, pdf, capsys,
                                                                content, extra, said):
    before = content(demo_path)
    code, text = run(capsys, "import", "oit-files", *YEAR, *extra, str(pdf),
                     "--db", str(demo_path))
    assert code == 1 and said in text and "Traceback" not in text
    assert content(demo_path) == before


@pytest.mark.parametrize(("extra", "said"), [
    (["--year", "2568", "--item", "O12", "--month", "January"], "'January' is not a month"),
    (["--year", "2568", "--item", "O12", "--month", "2568-13"], "'2568-13' is not a month"),
    (["--year", "68", "--item", "O12"], "2568"),
    (["--year", "2568"], "--item"),
])
def test_a_badly_written_option_is_a_usage_error(demo_path, pdf, capsys, extra, said):
    err = usage_error(capsys, ["import", "oit-files", *extra, str(pdf), "--db", str(demo_path)])
    assert said in err


def test_refused_while_a_window_has_the_file(demo_path, pdf, capsys, content):
    from ita_desktop.store.sharing import open_for_changes

    window = open_for_changes(demo_path)
    try:
        before = content(demo_path)
        code, text = run(capsys, "import", "oit-files", *YEAR, "--item", "O3", str(pdf),
                         "--db", str(demo_path))
        assert code == 1 and "is in use by" in text
        assert content(demo_path) == before
    finally:
        window.close()


def test_the_help_names_the_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "import oit-files [--year YYYY] --item O12 [--month YYYY-MM] FILE..." in \
        capsys.readouterr().out


def test_without_year_a_months_report_goes_to_that_months_fiscal_year(demo_path, pdf, capsys):
    # January 2568 belongs to fiscal year 2568 whatever today's fiscal year is.
    code, text = run(capsys, "import", "oit-files", "--item", "O12", "--month", "2568-01",
                     str(pdf), "--db", str(demo_path))
    assert code == 0, text
    assert "of fiscal year 2568" in text
    assert _files(demo_path, "O12") == [("รายงานเดือนมกราคม.pdf", date(2025, 1, 1))]
