"""The integrity measures (มาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน: O23, O24 at
police stations) as seeds 001 and 003 lay them out: the title, the unit and the fiscal year;
per area a numbered heading in the seeds' words with the unit's name, then the table ด้าน |
ประเด็นที่ต้องปรับปรุง/ยกระดับการพัฒนา | ผู้รับผิดชอบ, its header repeated on every page (the
issue and the plan in the middle column, the people responsible as "- duty name" lines with
the rank on the name); signed off as the other reports are.

``evidence_data`` (``reports/evidence_data.py``) freezes what is printed; this module only
arranges it. The area headings are shared with the results report.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.evidence import Area
from ita_desktop.reports.evidence_data import MEASURES_TITLE, responsible_texts
from ita_desktop.reports.kept_names import kept_names
from ita_desktop.reports.model import (
    Align,
    Cell,
    Document,
    Heading,
    Part,
    Row,
    Run,
    SignatureBlock,
    Signer,
    Table,
    TitleBlock,
    Verification,
)

COLUMNS = ("ด้าน", "ประเด็นที่ต้องปรับปรุง/ยกระดับการพัฒนา", "ผู้รับผิดชอบ")
# Widths in cm on 16 cm of portrait text: the issue and plan are the longest text; the
# people column holds a long titled name of the seeds on one line at 14 pt ("ว่าที่
# พ.ต.ท.หญิง อัยย์ธัญญา กฤตย์อัศวโกศิน", with the cell's padding), under "- ควบคุมการปฏิบัติ".
WIDTHS = (3.8, 6.7, 5.5)

# The areas in the seeds' words (seed 001's "แนวทางการยกระดับ…", seed 002's results);
# {unit} is the unit's full name.
AREA_WORDS = {
    Area.SERVICE: "การพัฒนาการยกระดับการให้บริการ (One Stop Service) เพื่ออำนวยความสะดวก"
                  "ประชาชนที่มารับบริการ โดย{unit}ดำเนินการปรับปรุงพัฒนาหน่วยงาน ดังต่อไปนี้",
    Area.COMMUNICATION: "การสื่อสารบทบาทภารกิจและผลการปฏิบัติงานของ{unit} "
                        "ให้กับผู้มารับบริการได้รับทราบ",
    Area.OIT: "การยกระดับการเผยแพร่ข้อมูลสาธารณะ (OIT) ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ",
}


# The area in a few words: the name of its table (a sheet of the XLSX, a caption for screen
# readers).
AREA_SHORT = {
    Area.SERVICE: "การให้บริการ One Stop Service",
    Area.COMMUNICATION: "การสื่อสารบทบาทภารกิจ",
    Area.OIT: "การเผยแพร่ข้อมูลสาธารณะ OIT",
}


def area_heading(area: Mapping[str, Any], unit: Mapping[str, Any]) -> Heading:
    words = AREA_WORDS[Area(area["area"])].format(unit=unit["full_name"])
    return Heading((Run(f"{area['number']}. {words}"),), level=2)


def title_block(title: str, data: Mapping[str, Any], fiscal_year: int) -> TitleBlock:
    return TitleBlock(lines=((Run(title),),
                             (Run(f"{data['unit']['full_name']} "
                                  f"ประจำปีงบประมาณ พ.ศ. {fiscal_year}"),)),
                      size=18)


def header_row(titles: tuple[str, ...]) -> Row:
    return tuple(Cell((Run(title),), align=Align.CENTER, bold=True) for title in titles)


def text_cell(lines: list[str]) -> Cell:
    text = "\n".join(line for line in lines if line)
    return Cell((Run(text),) if text else ())


def responsible_line(line: Mapping[str, str]) -> str:
    """"- ควบคุมการปฏิบัติ พ.ต.ท.ประโมทย์ พูลประเสริฐ" as seeds 001 and 003 write it, the name
    kept on one line (no-break spaces): a narrow column never parts the rank from the name."""
    who = line["who"].replace(" ", "\u00a0")
    return f"- {line['duty']} {who}" if line["duty"] else f"- {who}"


def measure_row(measure: Mapping[str, Any]) -> Row:
    return (text_cell([f"{measure['label']} {measure['title']}"]),
            text_cell([measure["issue"], measure["plan"]]),
            text_cell([responsible_line(line) for line in measure["responsible"]]))


def signature_block(signers: tuple[Signer, ...]) -> list[Part]:
    # Portrait: two signers side by side, the approver centred under them.
    return [SignatureBlock(signers=signers, columns=min(2, len(signers)))] if signers else []


def build_integrity_measures(data: dict[str, Any], fiscal_year: int, digits: DigitStyle,
                             signers: tuple[Signer, ...], verification: Verification | None
                             ) -> Document:
    unit = data["unit"]
    parts: list[Part] = [title_block(MEASURES_TITLE, data, fiscal_year)]
    for area in data["areas"]:
        parts.append(area_heading(area, unit))
        parts.append(Table(columns=WIDTHS, header_rows=(header_row(COLUMNS),),
                           rows=tuple(measure_row(m) for m in area["measures"]),
                           title=f"{area['number']}. {AREA_SHORT[Area(area['area'])]}",
                           size=14))
    parts += signature_block(signers)
    return Document(
        title=f"{data['code']} {MEASURES_TITLE} {unit['short_name'] or unit['full_name']}",
        parts=tuple(parts), digits=digits, author=unit["full_name"],
        verification=verification,
        keep_whole=kept_names(unit, people=responsible_texts(data), signers=signers))
