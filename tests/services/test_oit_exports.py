"""The OIT web page, the EIT(2) workbook and the progress reports from a database, as the
window and the command line make them: the year as the tab records it, the unit's name and
digits, and nothing written when a file cannot be."""

from __future__ import annotations

from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.oit_plan import Eit2Contact
from ita_desktop.domain.oit_workflow import Duty, Status
from ita_desktop.domain.roster import Person
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.domain.units import UnitKind
from ita_desktop.errors import AppError
from ita_desktop.exchange.framework_file import load_bundled_catalog
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.reports.unit_data import NoUnitError
from ita_desktop.services import oit, oit_exports, reports
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.unit import UnitRepository

FY = 2568
UNIT_NAME = "ด่านตรวจคนเข้าเมืองจังหวัดทดสอบ"
URL = "https://www.test.immigration.go.th/ita/o1"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href") or "")


@pytest.fixture
def unit(db):
    """The bundled immigration 2568 framework, O1 published through the workflow, two
    EIT(2) contacts."""
    people = PeopleRepository(db)
    boss, prep, ctrl = (people.add(Person("pol_col", name, "ทดสอบ")).id
                        for name in ("ผู้กำกับ", "ผู้จัดทำ", "ผู้ควบคุม"))
    UnitRepository(db).save(UnitProfile(UnitKind.PROVINCIAL_IMMIGRATION, full_name=UNIT_NAME,
                                        commander_id=boss, version=0))
    catalog = load_bundled_catalog("immigration", FY)
    FrameworkRepository(db).save(catalog)
    oit.assign_many(db, FY, ["structure"], prep, Duty.PREPARER)
    oit.assign_many(db, FY, ["structure"], ctrl, Duty.CONTROLLER)
    steps = [(Status.IN_PREPARATION, prep), (Status.SUBMITTED, prep), (Status.CHECKED, ctrl),
             (Status.APPROVED, boss), (Status.PUBLISHED, prep)]
    for hour, (to, who) in enumerate(steps, start=8):
        extra = ({"url": URL, "published_on": date(2025, 1, 10)}
                 if to is Status.PUBLISHED else {})
        oit.change_status(db, FY, "structure", None, to, who,
                          when=datetime(2025, 1, 10, hour), **extra)
    second, first = (group.description for group in catalog.eit2_groups[:2][::-1])
    oit.save_contact(db, FY, Eit2Contact(second, "นายสอง ทดสอบ", phone="0811111111"))
    oit.save_contact(db, FY, Eit2Contact(first, "นางหนึ่ง ทดสอบ", phone="0822222222"))
    return db


def test_the_web_page_lists_the_year_as_recorded(unit, tmp_path: Path):
    path = tmp_path / "oit.html"
    assert oit_exports.export_web_page(unit, FY, path, date(2025, 1, 20)) == 24
    html = path.read_text(encoding="utf-8")
    links = _Links()
    links.feed(html)
    assert links.hrefs == [URL]
    # The unit's digits (Thai by default) write the dates.
    assert UNIT_NAME in html and "๑๐ มกราคม ๒๕๖๘" in html and "๒๐ มกราคม ๒๕๖๘" in html


def test_the_web_page_needs_the_units_name(db, tmp_path: Path):
    FrameworkRepository(db).save(load_bundled_catalog("immigration", FY))
    with pytest.raises(NoUnitError):
        oit_exports.export_web_page(db, FY, tmp_path / "oit.html")
    assert not (tmp_path / "oit.html").exists()


def test_the_contacts_go_out_by_the_catalogs_order_of_groups(unit, tmp_path: Path):
    path = tmp_path / "eit2.xlsx"
    assert oit_exports.export_contacts(unit, FY, path) == 2
    rows = [[cell.value for cell in row] for row in openpyxl.load_workbook(path).active.rows]
    assert [row[2] for row in rows[1:]] == ["นางหนึ่ง ทดสอบ", "นายสอง ทดสอบ"]
    assert [row[4] for row in rows[1:]] == ["0822222222", "0811111111"]


def test_a_place_that_cannot_be_written_is_refused(unit, tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(AppError) as refused:
        oit_exports.export_contacts(unit, FY, blocker / "eit2.xlsx")
    assert refused.value.code == "eit2.not_written"


def test_the_progress_reports_are_made_from_the_database(unit):
    report = reports.prepare(unit, "oit-progress-report", FY, DigitStyle.ARABIC)
    assert report.data["items"][0]["url"] == URL
    text = " ".join(" ".join(page.split())
                    for page in pdf_pages_text(reports.export_bytes(unit, report, "pdf")))
    assert "เผยแพร่แล้ว 1" in text and "ผู้จัดทำ ทดสอบ" in text  # the workload's name
    workbook = reports.prepare(unit, "oit-progress", FY, DigitStyle.ARABIC)
    assert workbook.data["log"][-1]["to"] == "published"
    assert reports.export_bytes(unit, workbook, "xlsx").startswith(b"PK")
