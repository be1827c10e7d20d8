"""The committee's reports from the command line: the demo's order 222/2567 (fiscal year 2568)
exported in each format without naming it, signed off by its signer alone and verified, and
the refusals of a year without orders and of an order the year does not have."""

from __future__ import annotations

import io

import docx
import openpyxl
import pytest

from ita_desktop.cli import main
from ita_desktop.reports.pdf_read import pdf_pages_text
from tests.cli.conftest import usage_error

YEAR = ["--year", "2568"]


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize(("report", "fmt"), [
    ("committee-order", "pdf"), ("committee-order", "docx"),
    ("committee-members", "xlsx"), ("committee-members", "pdf")])
def test_each_format_of_both_kinds_is_the_years_order_by_default(demo_path, tmp_path, capsys,
                                                                  report, fmt):
    out = tmp_path / f"{report}.{fmt}"
    assert main(["export", report, "--db", str(demo_path), *YEAR, "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "order no. 222/2567, FY 2568" in said and "DRAFT" in said
    data = out.read_bytes()
    if fmt == "pdf":
        text = _flat("".join(pdf_pages_text(data)))
    elif fmt == "docx":
        document = docx.Document(io.BytesIO(data))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        text = _flat(" ".join([p.text for p in document.paragraphs] + cells))
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(data)).active
        text = _flat(" ".join(str(v) for row in sheet.iter_rows(values_only=True)
                              for v in row if v is not None))
    assert "๒๒๒/๒๕๖๗" in text and "พันตำรวจเอก ธีรวัฒน์ แสงอรุณ" in text
    if report == "committee-order":
        assert "คำสั่ง ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์" in text and "สั่ง ณ วันที่" in text
    else:
        assert "หัวหน้าคณะทำงาน" in text and "ตามคำสั่ง" in text


def test_the_order_is_signed_off_by_its_signer_alone_and_verifies(demo_path, tmp_path, capsys):
    assert "missing: --signed (signed by / ผู้ลงนาม)" in usage_error(
        capsys, ["sign-off", "committee-order", "--db", str(demo_path), *YEAR,
                 "--approved", "1"])
    assert main(["sign-off", "committee-order", "--db", str(demo_path), *YEAR,
                 "--signed", "1", "--date", "2025-01-06"]) == 0
    assert ("Signed off report 2568-001 version 1 (คำสั่งแต่งตั้งคณะทำงาน, order no. 222/2567)"
            in capsys.readouterr().out)
    for fmt in ("pdf", "docx"):
        signed = tmp_path / f"order.{fmt}"
        # Named in Thai digits, the order is the one signed off.
        assert main(["export", "committee-order", "--db", str(demo_path), *YEAR, "--subject",
                     "๒๒๒/๒๕๖๗", "--out", str(signed)]) == 0
        assert "the signed-off file" in capsys.readouterr().out
        assert main(["verify", str(signed), "--db", str(demo_path)]) == 0
        assert "Exact copy of report 2568-001 version 1 (committee-order, order no. " \
            "222/2567" in capsys.readouterr().out
    text = _flat("".join(pdf_pages_text((tmp_path / "order.pdf").read_bytes())))
    assert "(ธีรวัฒน์ แสงอรุณ)" in text and "รายงานเลขที่ ๒๕๖๘-๐๐๑" in text
    # The member list is a report of its own, still a draft.
    assert main(["export", "committee-members", "--db", str(demo_path), *YEAR,
                 "--out", str(tmp_path / "members.xlsx")]) == 0
    assert "DRAFT" in capsys.readouterr().out


def test_a_year_without_orders_is_refused_naming_the_subject_option(demo_path, tmp_path,
                                                                     capsys):
    out = tmp_path / "order.pdf"
    assert main(["export", "committee-order", "--db", str(demo_path), "--year", "2569",
                 "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Fiscal year 2569 has no committee order" in err and "--subject N/YYYY" in err
    assert "Traceback" not in err and not out.exists()
    assert main(["sign-off", "committee-order", "--db", str(demo_path), "--year", "2569",
                 "--signed", "1"]) == 1
    assert "--subject N/YYYY" in capsys.readouterr().err
    assert main(["register", "--db", str(demo_path)]) == 0
    assert "No report has been signed off yet." in capsys.readouterr().out


@pytest.mark.parametrize(("subject", "said"), [
    ("5/2567", "Fiscal year 2568 has no committee order 5/2567; its orders: 222/2567."),
    ("คำสั่งที่ 5", "'คำสั่งที่ 5' does not name an order: give its number as N/YYYY")])
def test_a_wrong_subject_is_refused_and_nothing_written(demo_path, tmp_path, capsys, subject,
                                                        said):
    out = tmp_path / "members.xlsx"
    assert main(["export", "committee-members", "--db", str(demo_path), *YEAR, "--subject",
                 subject, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err and not out.exists()
