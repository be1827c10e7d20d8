"""The OIT assignment table (ปฏิทินกิจกรรม ๒) as seed 002 prints it: landscape, the title, the
unit and the fiscal year, the citation of the committee order in force, then the items under
a spanning row per indicator ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล") and per sub-indicator
("ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน"), each with its step and deadline, components, preparers
and controllers; signed off as the calendar table is.

The same items also print inside the minutes of the meeting that assigned them, as seed 002's
meeting 1/2567 does: ``minutes_parts`` gives that shorter table (item, preparers,
controllers) under each sub-indicator.

``oit_data`` (``reports/oit_data.py``) freezes what is printed; this module only arranges it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.reports.assessment_calendar import citation_line
from ita_desktop.reports.kept_names import kept_names
from ita_desktop.reports.model import (
    Align,
    Cell,
    Document,
    Orientation,
    PageSetup,
    Paragraph,
    Part,
    Row,
    Run,
    SignatureBlock,
    Signer,
    Table,
    TitleBlock,
    Verification,
    span_row,
)
from ita_desktop.reports.oit_data import printed_names

TITLE = ("ปฏิทินกิจกรรม ๒ : มอบหมายผู้รับผิดชอบการเปิดเผยข้อมูลสาธารณะ "
         "(Open Data Integrity & Transparency Assessment : OIT)")
COLUMNS = ("ข้อ", "ขั้นตอน", "องค์ประกอบ", "ผู้รับผิดชอบ", "ผู้ควบคุม")
# Widths in cm on landscape A4 (25.7 cm of text): the components are the seed's longest
# text; each people column holds a long titled name of the seeds on one line at 14 pt
# ("ร.ต.อ.หญิง อัยย์ธัญญา กฤตย์อัศวโกศิน", 5.1 cm, with the cell's padding); the code column
# "O๒๔".
WIDTHS = (1.3, 4.9, 8.5, 5.5, 5.5)
MINUTES_COLUMNS = ("หัวข้อ", "ผู้รับผิดชอบเตรียมข้อมูล", "ผู้ควบคุม")
# The minutes are portrait (16 cm of text): the item's code and title, then the two people
# columns as seed 002's meeting 1/2567 prints them, each a long name wide (see WIDTHS).
MINUTES_WIDTHS = (5.2, 5.4, 5.4)


def indicator_words(indicator: Mapping[str, Any]) -> str:
    return f"ตัวชี้วัดที่ {indicator['number']} {indicator['title']}".strip()


def sub_words(sub: Mapping[str, Any]) -> str:
    return f"ตัวชี้วัดย่อยที่ {sub['code']} {sub['title']}".strip()


def _whole(name: str) -> str:
    """A titled name kept on one line (no-break spaces): a column never parts the rank from
    the name or the first name from the last."""
    return name.replace(" ", "\u00a0")


def _cell(lines: Sequence[str], align: Align = Align.LEFT) -> Cell:
    text = "\n".join(line for line in lines if line)
    return Cell((Run(text),) if text else (), align=align)


def preparer_lines(item: Mapping[str, Any]) -> list[str]:
    """The preparers, under their sections' names when they come from several sections."""
    lines: list[str] = []
    for group in item["preparers"]:
        if group["section"]:
            lines.append(group["section"])
        lines += [_whole(name) for name in group["names"]]
    return lines


def controller_lines(item: Mapping[str, Any]) -> list[str]:
    return [_whole(name) for name in item["controllers"]]


def _step(item: Mapping[str, Any]) -> str:
    """The step with its deadline in brackets under it: seed 002 runs them on, and a narrow
    column then broke the line after the opening bracket."""
    return f"{item['title']}\n({item['deadline']})" if item["deadline"] else item["title"]


def _rows(indicators: Sequence[Mapping[str, Any]]) -> list[Row]:
    rows: list[Row] = []
    width = len(COLUMNS)
    for indicator in indicators:
        rows.append(span_row(width, indicator_words(indicator)))
        for sub in indicator["subs"]:
            rows.append(span_row(width, sub_words(sub)))
            for item in sub["items"]:
                rows.append((
                    _cell([item["code"]], Align.CENTER),
                    _cell([_step(item)]),
                    _cell([*item["components"], *([f"- {item['formats']}"]
                                                  if item["formats"] else [])]),
                    _cell(preparer_lines(item)),
                    _cell(controller_lines(item)),
                ))
    return rows


def _header(titles: Sequence[str]) -> Row:
    return tuple(Cell((Run(title),), align=Align.CENTER, bold=True) for title in titles)


def build_oit_assignments(data: dict[str, Any], fiscal_year: int, digits: DigitStyle,
                          signers: tuple[Signer, ...], verification: Verification | None
                          ) -> Document:
    unit = data["unit"]
    citation = citation_line(data)
    parts: list[Part] = [
        TitleBlock(lines=((Run(TITLE),),
                          (Run(f"ของ{unit['full_name']} ประจำปีงบประมาณ พ.ศ. {fiscal_year}"),)),
                   size=18),
        *([Paragraph((Run(citation),), align=Align.CENTER, space_after=6, keep_with_next=True)]
          if citation else []),
        Table(columns=WIDTHS, header_rows=(_header(COLUMNS),),
              rows=tuple(_rows(data["indicators"])), title="ปฏิทินกิจกรรม ๒", size=14),
        # Landscape: the signers side by side fit under the last rows.
        *([SignatureBlock(signers=signers, columns=len(signers))] if signers else []),
    ]
    return Document(
        title=f"ปฏิทินกิจกรรม ๒ {unit['short_name'] or unit['full_name']}",
        parts=tuple(parts), digits=digits, author=unit["full_name"],
        page=PageSetup(orientation=Orientation.LANDSCAPE, left_cm=2.0, right_cm=2.0),
        verification=verification,
        keep_whole=kept_names(unit, people=printed_names(data["indicators"]),
                              signers=signers))


def minutes_parts(indicators: Sequence[Mapping[str, Any]], left_indent_cm: float = 0.0
                  ) -> list[Part]:
    """The assignment table inside the minutes, as seed 002's meeting 1/2567 prints it: under
    each sub-indicator's name, a table of the items ("O1 โครงสร้าง …"), who prepares each and
    who controls it."""
    parts: list[Part] = []
    for indicator in indicators:
        for sub in indicator["subs"]:
            rows = tuple((_cell([f"{item['code']} {item['title']}"]),
                          _cell(preparer_lines(item)), _cell(controller_lines(item)))
                         for item in sub["items"])
            parts.append(Paragraph((Run(sub_words(sub), bold=True),),
                                   left_indent_cm=left_indent_cm, space_before=4,
                                   keep_with_next=True))
            parts.append(Table(columns=MINUTES_WIDTHS, header_rows=(_header(MINUTES_COLUMNS),),
                               rows=rows, title=sub_words(sub)))
    return parts
