"""The year's OIT items as one static web page the unit's webmaster uploads, so that the
assessors find every item's published link in one place.

One self-contained HTML file: UTF-8, Thai, no script, nothing loaded from anywhere (the style
sheet is inline, no pictures, no fonts), so it shows the same on any host, on a phone and on
paper. The only addresses in it are the items' own links. Everything the unit typed (titles,
the unit's name, the links) is escaped: a title with "<" or "&" stays text.

Written by hand rather than through a template engine: the page is one table, and an engine
would be one more dependency to lock and ship for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.fiscal import fiscal_year_label
from ita_desktop.domain.oit_plan import ItemPlan, OitYear
from ita_desktop.domain.oit_workflow import url_problems
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.files import write_atomically

register({
    "oit_page.not_written": QT_TRANSLATE_NOOP(
        "Errors", "The web page could not be written to '%path' (%detail). Nothing was "
        "written there."),
})

PAGE_HEADING = "การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)"
COLUMNS = ("ข้อ", "ข้อมูล", "ลิงก์ที่เผยแพร่", "วันที่เผยแพร่")
NOT_PUBLISHED = "ยังไม่ได้เผยแพร่"
AS_OF = "ข้อมูล ณ วันที่"
SUB_INDICATOR = "ตัวชี้วัดย่อยที่"
OTHER_GROUP = "ข้อมูลอื่น"

# Phones get each item as a card of labelled lines instead of a table too wide for them;
# printing keeps the table and leaves the links' addresses readable on paper.
_STYLE = """
*{box-sizing:border-box}
body{margin:0;padding:1rem;font-family:"TH Sarabun New","Sarabun","Noto Sans Thai",Tahoma,
sans-serif;font-size:1.05rem;line-height:1.55;color:#1a1a1a;background:#fff}
main{max-width:60rem;margin:0 auto}
h1{font-size:1.45rem;margin:0 0 .2rem}
h2{font-size:1.15rem;margin:1.6rem 0 .4rem;padding-bottom:.2rem;border-bottom:2px solid #1f4e79}
p.unit{font-size:1.2rem;margin:0}
p.asof{color:#555;margin:.2rem 0 0}
table{width:100%;border-collapse:collapse}
th,td{border:1px solid #b8c4d0;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#e8eef5}
td.code{white-space:nowrap;font-weight:bold;width:3.5rem}
td.date{white-space:nowrap;width:9rem}
td.link a{word-break:break-all;color:#0b4f9c}
td.link span.wait,td.date span.wait{color:#8a4b00}
@media (max-width:40rem){
 thead{display:none}
 table,tbody,tr,td{display:block;width:100%}
 tr{border:1px solid #b8c4d0;margin:0 0 .6rem;padding:.3rem}
 td{border:none;padding:.15rem .3rem}
 td.code,td.date{width:auto}
 td::before{content:attr(data-label) " : ";font-weight:bold;color:#444}
}
@media print{
 body{padding:0;font-size:12pt}
 h2{break-after:avoid}
 tr{break-inside:avoid}
 td.link a{color:#000;text-decoration:none}
}
"""


@dataclass(frozen=True)
class _Group:
    code: str
    title: str
    items: list[ItemPlan]


def _groups(year: OitYear) -> list[_Group]:
    """The items under their sub-indicators, in the catalog's order of sub-indicators; an
    item whose sub-indicator the catalog does not list still shows, under a group of its
    own after the others."""
    titles = {sub.code: sub.title for indicator in year.catalog.indicators
              for sub in indicator.sub_indicators}
    order = list(titles)
    by_code: dict[str, list[ItemPlan]] = {}
    for plan in year.items:
        by_code.setdefault(plan.item.indicator, []).append(plan)
    known = [code for code in order if code in by_code]
    unknown = [code for code in by_code if code not in titles]
    return [_Group(code, titles.get(code, ""), by_code[code]) for code in [*known, *unknown]]


def _text(value: str) -> str:
    return escape(value, quote=True)


def _link(url: str) -> str:
    """The published address as a link; one the form check refuses (a stored address from
    before the check, a ``javascript:`` typed by hand) is shown as text, never made a link,
    so the page can carry no active content."""
    if url_problems(url):
        return f"<span>{_text(url)}</span>"
    return f'<a href="{_text(url.strip())}">{_text(url.strip())}</a>'


def _row(plan: ItemPlan, digits: DigitStyle) -> str:
    url = plan.url
    published = plan.published_on
    if url:
        link = _link(url)
    else:
        link = f'<span class="wait">{NOT_PUBLISHED}</span>'
    day = (_text(format_thai_date(published, DateForm.FULL, digits)) if published is not None
           else f'<span class="wait">{NOT_PUBLISHED}</span>')
    cells = (
        f'<td class="code" data-label="{COLUMNS[0]}">{_text(plan.code)}</td>',
        f'<td class="title" data-label="{COLUMNS[1]}">{_text(plan.item.title)}</td>',
        f'<td class="link" data-label="{COLUMNS[2]}">{link}</td>',
        f'<td class="date" data-label="{COLUMNS[3]}">{day}</td>',
    )
    return "<tr>" + "".join(cells) + "</tr>"


def _group(group: _Group, digits: DigitStyle) -> list[str]:
    if group.title:
        heading = f"{SUB_INDICATOR} {apply_digits(group.code, digits)} {group.title}"
    else:
        heading = f"{OTHER_GROUP} {group.code}".strip()
    head = "".join(f'<th scope="col">{name}</th>' for name in COLUMNS)
    return [
        f"<section><h2>{_text(heading)}</h2>",
        f"<table><thead><tr>{head}</tr></thead><tbody>",
        *(_row(plan, digits) for plan in group.items),
        "</tbody></table></section>",
    ]


def web_page_html(year: OitYear, unit_name: str, made_on: date,
                  digits: DigitStyle = DigitStyle.THAI) -> str:
    """The whole page as text. ``made_on`` is the day the page states its data is as of;
    ``digits`` writes the year and the dates (codes and links stay as typed)."""
    fiscal = fiscal_year_label(year.fiscal_year, digits)
    unit = unit_name.strip()
    title = f"{PAGE_HEADING} {unit} {fiscal}".strip()
    lines = [
        "<!DOCTYPE html>",
        '<html lang="th">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body><main>",
        "<header>",
        f"<h1>{_text(PAGE_HEADING)}</h1>",
        *([f'<p class="unit">{_text(unit)}</p>'] if unit else []),
        f'<p class="fiscal">{_text(fiscal)}</p>',
        f'<p class="asof">{AS_OF} {_text(format_thai_date(made_on, DateForm.FULL, digits))}'
        "</p>",
        "</header>",
    ]
    for group in _groups(year):
        lines += _group(group, digits)
    lines += ["</main></body>", "</html>", ""]
    return "\n".join(lines)


def write_web_page(path: Path, year: OitYear, unit_name: str, made_on: date,
                   digits: DigitStyle = DigitStyle.THAI) -> int:
    """Write the page to ``path`` whole or not at all (a file already there is replaced only
    by a complete one); return the number of items on it."""
    text = web_page_html(year, unit_name, made_on, digits)
    path = Path(path)
    try:
        write_atomically(path, text.encode("utf-8"), make_folder=True)
    except OSError as exc:
        raise AppError("oit_page.not_written", path=path,
                       detail=exc.strerror or str(exc)) from exc
    return len(year.items)
