"""The assessment calendar table (ปฏิทินกิจกรรม ๑) as seed 002 prints it: landscape, the title
naming the unit and the fiscal year, the citation of the committee order in force, then the
phases under a spanning row per group, numbered from 1 in each group.

``calendar_data`` freezes what the table shows (names resolved, periods written) so that a
signed-off version is rebuilt from its snapshot alone; ``build_calendar`` only arranges parts.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ita_desktop.domain.calendar import (
    GROUP_WORDS,
    PhaseGroup,
    UnitCalendar,
    numbered,
    period_text,
    responsible_lines,
)
from ita_desktop.domain.committee import CommitteeOrder
from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.roster import Person
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.reports.kept_names import kept_names, person_name
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
from ita_desktop.reports.unit_data import NoUnitError, cited_order, section_name

TITLE = ("ปฏิทินกิจกรรม ๑ : การประเมินคุณธรรมและความโปร่งใส "
         "ในการดำเนินงานของหน่วยงานภาครัฐ")
COLUMNS = ("ที่", "ช่วงระยะเวลา", "ขั้นตอน", "การดำเนินงาน", "ผู้รับผิดชอบ")
# Relative widths on landscape A4 (25.7 cm of text): the work column is the seed's widest,
# the period holds "๑๗ มิ.ย. ๒๕๖๗ ถึง" on a line, the number column one or two digits.
WIDTHS = (1.0, 3.6, 5.4, 9.6, 6.1)




def calendar_data(calendar: UnitCalendar, unit: UnitProfile | None,
                  people: Mapping[int, Person], order: CommitteeOrder | None
                  ) -> dict[str, Any]:
    """What the table is built from: the unit's names, the order it cites (None: no line),
    and each phase in table order with its group, number, period (Arabic digits; the document
    writes its own), step, work and the responsible column's lines. ``people`` maps roster ids
    to people, those who have left included (a past year's calendar keeps its names)."""
    if unit is None or not unit.full_name.strip():
        raise NoUnitError()
    kind = str(unit.kind)
    phases = []
    for group, number, phase in numbered(calendar.phases):
        phases.append({
            "group": group.value,
            "number": number,
            "period": period_text(phase, DigitStyle.ARABIC),
            "start": phase.start.isoformat(),
            "end": phase.end.isoformat(),
            "step": phase.step,
            "work": phase.work,
            "responsible": responsible_lines(
                phase.responsible, lambda pid: person_name(people, pid),
                lambda key: section_name(kind, key) or key),
        })
    return {
        "unit": {"full_name": unit.full_name.strip(), "short_name": unit.short_name.strip()},
        "order": cited_order(order),
        "phases": phases,
    }


def _cell(text: str, align: Align = Align.LEFT) -> Cell:
    return Cell((Run(text),) if text else (), align=align)


def citation_line(data: dict[str, Any]) -> str | None:
    """"ประกอบคำสั่ง <unit> ที่ <N/YYYY> ลงวันที่ <date>" (digits as the document writes them)."""
    order = data.get("order")
    if not order:
        return None
    dated = format_thai_date(date.fromisoformat(order["dated"]), DateForm.FULL,
                             DigitStyle.ARABIC)
    return (f"ประกอบคำสั่ง {data['unit']['full_name']} ที่ {order['number']} "
            f"ลงวันที่ {dated}")


def _period_cell(text: str) -> Cell:
    """Each date of a period kept whole (no-break spaces), so a narrow column breaks only
    around "ถึง": "๑ ม.ค. ๒๕๖๗ ถึง" over "๑ ก.ค. ๒๕๖๗", never a year alone on a line."""
    parts = [part.replace(" ", "\u00a0") for part in text.split(" ถึง ")]
    return _cell(" ถึง ".join(parts), Align.CENTER)


def _rows(data: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    group = None
    for phase in data["phases"]:
        if phase["group"] != group:
            group = phase["group"]
            rows.append(span_row(len(COLUMNS), GROUP_WORDS[PhaseGroup(group)]))
        rows.append((
            Cell((Run(str(phase["number"])),), align=Align.CENTER, number=phase["number"]),
            _period_cell(phase["period"]),
            _cell(phase["step"]),
            _cell(phase["work"]),
            _cell("\n".join(phase["responsible"])),
        ))
    return rows


def build_calendar(data: dict[str, Any], fiscal_year: int, digits: DigitStyle,
                   signers: tuple[Signer, ...], verification: Verification | None) -> Document:
    unit = data["unit"]
    title_lines = (
        (Run(TITLE),),
        (Run(f"(Integrity and Transparency Assessment: ITA) ของ{unit['full_name']} "
             f"ประจำปีงบประมาณ พ.ศ. {fiscal_year}"),),
    )
    citation = citation_line(data)
    parts: list[Part] = [
        TitleBlock(lines=title_lines, size=18),
        *([Paragraph((Run(citation),), align=Align.CENTER, space_after=6, keep_with_next=True)]
          if citation else []),
        Table(columns=WIDTHS,
              header_rows=(tuple(Cell((Run(c),), align=Align.CENTER, bold=True)
                                 for c in COLUMNS),),
              rows=tuple(_rows(data)), title="ปฏิทินกิจกรรม", size=14),
        # Landscape: the signers side by side fit under the last rows.
        *([SignatureBlock(signers=signers, columns=len(signers))] if signers else []),
    ]
    return Document(
        title=f"ปฏิทินกิจกรรม ๑ {unit['short_name'] or unit['full_name']}",
        parts=tuple(parts), digits=digits, author=unit["full_name"],
        page=PageSetup(orientation=Orientation.LANDSCAPE, left_cm=2.0, right_cm=2.0),
        verification=verification,
        # The frozen data holds the responsible people only inside the column's lines.
        keep_whole=kept_names(unit, texts=(line for phase in data["phases"]
                                           for line in phase["responsible"]),
                              signers=signers))
