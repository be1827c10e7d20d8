"""The year's OIT web page, parsed back as a browser reads it: every item there with its link
and date, nothing loaded from outside, nothing active, user text kept as text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.oit_plan import Track
from ita_desktop.domain.oit_workflow import Status, StatusChange
from ita_desktop.errors import AppError
from ita_desktop.exchange.oit_web_page import NOT_PUBLISHED, web_page_html, write_web_page
from tests.oit_year import O1_URL, O2_URL, PREPARER, TRICKY_TITLE, oit_year

UNIT = "ด่านตรวจคนเข้าเมืองจังหวัดมุกดาหาร"


class _Page(HTMLParser):
    """What a browser would take from the page: the rows' cells as text, the links, and
    every tag and attribute that could load or run something."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []
        self.rows: list[list[str]] = []
        self.links: list[tuple[str, str]] = []
        self.headings: list[str] = []
        self.style = ""
        self._cell: list[str] | None = None
        self._href: str | None = None
        self._link_text: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(tag, name, value or "") for name, value in attrs]
        self._in.append(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self._cell = []
        elif tag == "a":
            self._href = dict(attrs).get("href") or ""
            self._link_text = []

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()
        if tag == "td" and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._link_text)))
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._href is not None:
            self._link_text.append(data)
        if self._in and self._in[-1] == "h2":
            self.headings.append(data)
        if self._in and self._in[-1] == "style":
            self.style += data


def _parsed(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def _body_rows(page: _Page) -> dict[str, list[str]]:
    return {row[0]: row for row in page.rows if row}


def test_every_item_is_listed_with_its_link_and_thai_date():
    year = oit_year()
    page = _parsed(web_page_html(year, UNIT, date(2024, 11, 20), DigitStyle.THAI))
    rows = _body_rows(page)
    assert list(rows) == [plan.code for plan in year.items]
    assert rows["O1"][1] == year.item("O1").item.title
    assert rows["O1"][2] == O1_URL
    assert rows["O1"][3] == "๘ พฤศจิกายน ๒๕๖๗"
    # Not published: said so, with no link and no date.
    assert rows["O3"][2] == NOT_PUBLISHED and rows["O3"][3] == NOT_PUBLISHED
    assert rows["O24"][2] == NOT_PUBLISHED
    # The links are exactly the published addresses, in the items' order, nothing else.
    assert page.links == [(O1_URL, O1_URL), (O2_URL, O2_URL)]


def test_items_are_grouped_under_their_sub_indicators():
    page = _parsed(web_page_html(oit_year(), UNIT, date(2024, 11, 20), DigitStyle.ARABIC))
    assert page.headings == [
        "ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", "ตัวชี้วัดย่อยที่ 9.2 การบริหารงาน",
        "ตัวชี้วัดย่อยที่ 9.3 การบริหารเงินงบประมาณ",
        "ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล",
        "ตัวชี้วัดย่อยที่ 9.5 การจัดการเรื่องร้องเรียนการทุจริต",
        "ตัวชี้วัดย่อยที่ 10.1 การดำเนินการเพื่อป้องกันการทุจริต",
        "ตัวชี้วัดย่อยที่ 10.2 มาตรการภายในเพื่อส่งเสริมคุณธรรมและความโปร่งใส"]


def test_the_page_loads_and_runs_nothing():
    html = web_page_html(oit_year(tricky_title=True), UNIT, date(2024, 11, 20))
    page = _parsed(html)
    assert "script" not in page.tags
    assert not {"img", "link", "iframe", "object", "embed", "source", "video", "audio",
                "form", "base"} & set(page.tags)
    assert not [a for a in page.attrs if a[1].startswith("on") or a[1] in ("src", "srcset")]
    # The only http(s) addresses in the whole file are the items' links.
    hrefs = [value for tag, name, value in page.attrs if name == "href"]
    assert hrefs == [O1_URL, O2_URL]
    assert html.count("http://") + html.count("https://") == 2 * len(hrefs)
    assert "url(" not in page.style and "@import" not in page.style
    assert ('<html lang="th">' in html and '<meta charset="utf-8">' in html
            and 'name="viewport"' in html)


def test_a_title_with_markup_stays_text():
    html = web_page_html(oit_year(tricky_title=True), UNIT, date(2024, 11, 20))
    assert "&lt;b&gt;ผู้บริหาร&lt;/b&gt; &amp; &quot;โครงสร้าง&quot;" in html
    assert "<b>" not in html
    rows = _body_rows(_parsed(html))
    assert rows["O1"][1] == TRICKY_TITLE


def test_an_address_that_is_not_a_web_address_is_never_made_a_link():
    year = oit_year()
    bad = "javascript:alert(document.cookie)"
    log = list(year.item("O2").track().log)
    log[-1] = replace(log[-1], url=bad)
    plans = [replace(plan, tracks={None: Track(None, tuple(log))}) if plan.code == "O2"
             else plan for plan in year.items]
    page = _parsed(web_page_html(replace(year, items=plans), UNIT, date(2024, 11, 20)))
    assert page.links == [(O1_URL, O1_URL)]
    assert _body_rows(page)["O2"][2] == bad


def test_an_item_published_then_taken_back_into_work_shows_as_not_published():
    year = oit_year()
    log = (*year.item("O2").track().log,
           StatusChange(Status.PUBLISHED, Status.RETURNED, PREPARER, datetime(2024, 12, 1),
                        comment="ลิงก์เสีย"))
    plans = [replace(plan, tracks={None: Track(None, log)}) if plan.code == "O2" else plan
             for plan in year.items]
    rows = _body_rows(_parsed(web_page_html(replace(year, items=plans), UNIT,
                                            date(2024, 12, 2))))
    assert rows["O2"][2] == NOT_PUBLISHED


def test_the_file_is_written_whole_in_utf8(tmp_path: Path):
    path = tmp_path / "web" / "oit.html"
    count = write_web_page(path, oit_year(), UNIT, date(2024, 11, 20))
    assert count == 24
    text = path.read_bytes().decode("utf-8")
    assert UNIT in text and text.startswith("<!DOCTYPE html>")
    assert [p.name for p in path.parent.iterdir()] == ["oit.html"]


def test_a_folder_that_cannot_be_written_is_refused_with_nothing_written(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(AppError) as refused:
        write_web_page(blocker / "oit.html", oit_year(), UNIT, date(2024, 11, 20))
    assert refused.value.code == "oit_page.not_written"
    assert [p.name for p in tmp_path.iterdir()] == ["not-a-folder"]


def test_a_page_is_replaced_only_by_a_whole_one(tmp_path: Path):
    # A folder where the page should go: the move fails at the very end, and the part
    # file written before it is removed.
    target = tmp_path / "oit.html"
    target.mkdir()
    with pytest.raises(AppError):
        write_web_page(target, oit_year(), UNIT, date(2024, 11, 20))
    assert [p.name for p in tmp_path.iterdir()] == ["oit.html"] and target.is_dir()
