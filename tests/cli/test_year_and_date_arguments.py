"""--year and --date on the command line: B.E. fiscal years, dates in ISO and the Thai forms, a
refusal in one clear line (no traceback), and nothing registered for a refused year or date."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from ita_desktop.cli import main
from ita_desktop.reports.pdf_read import pdf_pages_text

SIGNERS = ["--prepared", "5", "--checked", "3", "--approved", "1"]



def _refused_on_the_command_line(capsys, argv: list[str]) -> str:
    """The usage error of argparse: exit 2, the reason on stderr, no traceback."""
    with pytest.raises(SystemExit) as usage:
        main(argv)
    err = capsys.readouterr().err
    assert usage.value.code == 2 and "Traceback" not in err
    return err


def _nothing_registered(capsys, demo_path) -> None:
    assert main(["register", "--db", str(demo_path)]) == 0
    assert "No report has been signed off yet." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("year", "said"),
    [
        ("2025", "2025 looks like a Christian-era (C.E.) year; fiscal years are given in the "
                 "Buddhist Era (B.E.). Did you mean fiscal year 2568?"),
        ("68", "'68' is a two-digit year; give the fiscal year in full, in the Buddhist Era "
               "(B.E.). Did you mean fiscal year 2568?"),
        ("0", "Fiscal year 0 is outside the years ITA Desktop works with: from 2556"),
        ("99999", "Fiscal year 99999 is outside the years"),
        ("twenty", "'twenty' is not a year"),
    ],
)
def test_a_refused_year_signs_nothing_off(capsys, demo_path, year, said):
    before = demo_path.read_bytes()
    err = _refused_on_the_command_line(
        capsys, ["sign-off", "roster", "--db", str(demo_path), "--year", year, *SIGNERS])
    assert f"argument --year: {said}" in err
    assert demo_path.read_bytes() == before
    _nothing_registered(capsys, demo_path)


def test_a_refused_year_exports_nothing(capsys, demo_path, tmp_path):
    out = tmp_path / "fact.pdf"
    for year in ("2025", "68", "๖๘"):
        err = _refused_on_the_command_line(
            capsys, ["export", "fact-sheet", "--db", str(demo_path), "--year", year,
                     "--format", "pdf", "--out", str(out)])
        assert "Did you mean fiscal year 2568?" in err
        assert not out.exists()
    err = _refused_on_the_command_line(
        capsys, ["export", "framework", "--db", str(demo_path), "--year", "2025",
                 "--out", str(tmp_path / "f.json")])
    assert "Did you mean fiscal year 2568?" in err and not (tmp_path / "f.json").exists()


def test_a_year_in_thai_digits_is_a_year(capsys, demo_path, tmp_path):
    out = tmp_path / "roster.pdf"
    assert main(["export", "roster", "--db", str(demo_path), "--year", "๒๕๖๘", "--format",
                 "pdf", "--out", str(out)]) == 0
    assert "DRAFT of a new report" in capsys.readouterr().out
    from ita_desktop.reports.pdf_read import pdf_pages_text

    assert "ปีงบประมาณ พ.ศ. ๒๕๖๘" in pdf_pages_text(out.read_bytes())[0]


def test_a_buddhist_era_iso_date_is_signed_as_that_day_not_in_the_year_3111(
        capsys, demo_path, tmp_path):
    assert main(["sign-off", "roster", "--db", str(demo_path), "--year", "2568", *SIGNERS,
                 "--date", "2568-03-15"]) == 0
    assert "Signed off report 2568-001 version 1" in capsys.readouterr().out
    assert main(["register", "--db", str(demo_path)]) == 0
    assert "signed 2025-03-15" in capsys.readouterr().out
    pdf = tmp_path / "signed.pdf"
    assert main(["export", "roster", "--db", str(demo_path), "--year", "2568", "--format",
                 "pdf", "--out", str(pdf), "--digits", "thai"]) == 0
    text = "".join(pdf_pages_text(pdf.read_bytes()))
    assert "ลงนาม ๑๕ มี.ค. ๒๕๖๘" in text and "๓๑๑๑" not in text


@pytest.mark.parametrize(
    "written", ["15/3/2568", "15 มี.ค. 2568", "15 มีนาคม 2568", "๑๕ มี.ค. ๒๕๖๘", "15 มี.ค. 68",
                "2025-03-15"])
def test_a_date_in_a_thai_form_is_the_same_day(capsys, demo_path, written):
    assert main(["sign-off", "roster", "--db", str(demo_path), "--year", "2568", *SIGNERS,
                 "--date", written]) == 0
    capsys.readouterr()
    assert main(["register", "--db", str(demo_path)]) == 0
    assert "signed 2025-03-15" in capsys.readouterr().out


def test_a_date_in_the_future_is_refused_and_nothing_is_signed(capsys, demo_path):
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    err = _refused_on_the_command_line(
        capsys, ["sign-off", "roster", "--db", str(demo_path), *SIGNERS, "--date", tomorrow])
    assert "argument --date:" in err and "is in the future" in err
    _nothing_registered(capsys, demo_path)


@pytest.mark.parametrize(
    ("written", "said"),
    [("31/2/2568", "cannot read a date from '31/2/2568': day 31 is not in February"),
     ("2025-13-01", "month 13 is not between 1 and 12"),
     ("15 มี.ค.", "it has no year"),
     ("yesterday", "cannot read a date from 'yesterday'"),
     ("garbage", "cannot read a date from 'garbage'")],
)
def test_a_date_that_cannot_be_read_says_why_and_how_to_write_one(
        capsys, demo_path, written, said):
    err = _refused_on_the_command_line(
        capsys, ["sign-off", "roster", "--db", str(demo_path), *SIGNERS, "--date", written])
    err = " ".join(err.split())
    assert f"argument --date: cannot read a date from '{written}'" in err and said in err
    assert "fromisoformat" not in err
    # ISO is read as well as the Thai forms: not "a Thai date", and the forms are shown.
    assert "Thai date" not in err
    assert ("Write the date as 2025-03-15, 15/3/2568, '15 มี.ค. 2568' or '15 มีนาคม 2568' (a "
            "year from 2400 on is B.E.).") in err
    _nothing_registered(capsys, demo_path)


@pytest.mark.parametrize("written", ["15/3/2567", "2023-10-01"])
def test_a_date_too_early_for_the_fiscal_year_is_the_same_usage_error_as_a_future_one(
        capsys, demo_path, written):
    # March 2567 for fiscal year 2568: last year's number typed early in the new year. Known
    # only once the year is, but a wrong --date all the same: exit 2, usage, the option named.
    before = demo_path.read_bytes()
    err = _refused_on_the_command_line(
        capsys, ["sign-off", "roster", "--db", str(demo_path), "--year", "2568", *SIGNERS,
                 "--date", written])
    assert "usage: ita-desktop sign-off" in err
    assert ("ita-desktop sign-off: error: argument --date: "
            f"{'15 มี.ค. 2567' if written == '15/3/2567' else '1 ต.ค. 2566'} is too early for a "
            "document of fiscal year 2568, whose documents are signed from 1 ก.ค. 2567") in err
    assert demo_path.read_bytes() == before
    _nothing_registered(capsys, demo_path)


def test_today_too_early_for_a_year_to_come_names_the_year(capsys, demo_path):
    # No --date: today is the day, and the --year given is what does not fit.
    from ita_desktop.domain.fiscal import current_fiscal_year

    year = str(current_fiscal_year() + 2)
    err = _refused_on_the_command_line(
        capsys, ["sign-off", "roster", "--db", str(demo_path), "--year", year, *SIGNERS])
    assert "argument --year: " in err and f"is too early for a document of fiscal year {year}" \
        in " ".join(err.split())
    _nothing_registered(capsys, demo_path)


def test_help_says_how_years_and_dates_are_written(capsys):
    with pytest.raises(SystemExit):
        main(["sign-off", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "15/3/2568" in out and "never in the future" in out
    assert "fiscal year in B.E., e.g. 2568" in out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "a --year or --date that is refused (a --date too early for the fiscal year " \
        "included)" in out
    readme = " ".join((Path(__file__).parents[2] / "README.md").read_text("utf-8").split())
    assert "A refused year or date is a wrong command line (exit 2, \"argument --date: …\"), a " \
        "date too early for the year included" in readme
    assert "once the year is (exit 1)" not in readme
