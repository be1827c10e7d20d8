"""The year's OIT progress as two documents, built from ``oit_progress_data`` alone:

- ``oit-progress``, the progress workbook (XLSX): one sheet each for the items (who, when,
  state, files, formats still missing, link), the monthly deliverables, the log of every
  change, and the IIT/EIT progress entries against their targets;
- ``oit-progress-report``, the progress report (PDF): the dashboard's figures, the projected
  score and level with what the next level lacks, the late and soon work, the workloads and
  the surveys, each with its chart (``oit_charts``) beside the table of its figures.

Dates and figures are written with Arabic digits here; the document writes its own digits.
Links and file names are verbatim: they are copied, not read aloud.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.framework.model import SampleKey
from ita_desktop.domain.oit import Pace, SurveyTarget, expected_count
from ita_desktop.domain.oit_workflow import Status
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
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
)

PROGRESS_TITLE = "รายงานความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT)"
SHORT_TITLE = "ความก้าวหน้า OIT"

# The states as the window's Thai words them (translations/ita_desktop_th.ts).
STATUS_WORDS: dict[Status, str] = {
    Status.NOT_STARTED: "ยังไม่ดำเนินการ",
    Status.IN_PREPARATION: "อยู่ระหว่างจัดทำ",
    Status.SUBMITTED: "ส่งตรวจสอบแล้ว",
    Status.RETURNED: "ส่งกลับให้แก้ไข",
    Status.CHECKED: "ตรวจสอบแล้ว",
    Status.APPROVED: "อนุมัติแล้ว",
    Status.PUBLISHED: "เผยแพร่แล้ว",
}
PACE_WORDS: dict[Pace, str] = {
    Pace.REACHED: "ครบตามเป้าหมายแล้ว",
    Pace.ON_TRACK: "เป็นไปตามแผน",
    Pace.BEHIND: "ต่ำกว่าแผน",
    Pace.MISSED: "ไม่ครบตามเป้าหมายเมื่อสิ้นกำหนด",
}
SURVEY_WORDS: dict[SampleKey, str] = {
    SampleKey.IIT: "IIT",
    SampleKey.EIT: "EIT",
    SampleKey.EIT2: "EIT (ผู้มีส่วนได้ส่วนเสียภายนอก กลุ่มที่ 2)",
}

ITEM_COLUMNS = ("ข้อ", "ข้อมูล", "ผู้จัดทำ", "ผู้ควบคุม", "กำหนดส่ง", "สถานะ",
                "เปลี่ยนแปลงล่าสุด", "ไฟล์แนบ", "รูปแบบที่ยังขาด", "URL", "วันที่เผยแพร่")
ITEM_WIDTHS = (1.0, 5.0, 3.2, 3.2, 2.6, 2.2, 2.0, 3.0, 2.2, 4.0, 2.0)
DELIVERABLE_COLUMNS = ("ข้อ", "ประจำเดือน", "กำหนดส่ง", "สถานะ")
LOG_COLUMNS = ("ข้อ", "ประจำเดือน", "วันเวลา", "จาก", "เป็น", "ผู้ดำเนินการ", "หมายเหตุ")
PROGRESS_COLUMNS = ("แบบสำรวจ", "วันที่", "จำนวน", "เป้าหมาย", "ควรได้ ณ วันนั้น",
                    "รายสายงาน")


def _day(text: str | None, form: DateForm = DateForm.ABBR) -> str:
    return format_thai_date(date.fromisoformat(text), form, DigitStyle.ARABIC) if text else ""


def _month(text: str | None) -> str:
    return _day(text, DateForm.MONTH_YEAR_FULL) if text else ""


def _moment(text: str) -> str:
    when = datetime.fromisoformat(text)
    return f"{format_thai_date(when.date(), DateForm.ABBR, DigitStyle.ARABIC)} " \
           f"{when:%H.%M} น."


def cell(text: str, *, align: Align = Align.LEFT, bold: bool = False,
         verbatim: bool = False, number: int | float | None = None) -> Cell:
    return Cell((Run(text, verbatim=verbatim),) if text else (), align=align, bold=bold,
                number=number)


def code_cell(code: str) -> Cell:
    """An item's code as the NACC and ITAP write it ("O10", never "O๑๐")."""
    return cell(code, align=Align.CENTER, verbatim=True)


def codes_run(label: str, codes: list[str]) -> tuple[Run, ...]:
    return (Run(label), Run(", ".join(codes), verbatim=True))


def count_cell(value: int) -> Cell:
    return cell(str(value), align=Align.CENTER, number=value)


def header(columns: tuple[str, ...]) -> tuple[Row, ...]:
    return (tuple(cell(name, align=Align.CENTER, bold=True) for name in columns),)


def status_word(code: str) -> str:
    return STATUS_WORDS[Status(code)]


def survey_word(code: str) -> str:
    return SURVEY_WORDS[SampleKey(code)]


def target_of(standing: dict[str, Any]) -> SurveyTarget:
    return SurveyTarget(SampleKey(standing["survey"]), standing["target"],
                        date.fromisoformat(standing["start"]),
                        date.fromisoformat(standing["deadline"]))


def title_block(data: dict[str, Any], fiscal_year: int) -> TitleBlock:
    return TitleBlock(lines=((Run(PROGRESS_TITLE),), (Run(data["unit"]["full_name"]),),
                             (Run(f"ประจำปีงบประมาณ พ.ศ. {fiscal_year}"),)), size=18)


def as_of_line(data: dict[str, Any]) -> Paragraph:
    """The day the figures are as of: late and due-soon work are counted from it."""
    return Paragraph((Run(f"ข้อมูล ณ วันที่ {_day(data['as_of'], DateForm.FULL)}"),),
                     align=Align.CENTER, space_after=6)


def names_kept(data: dict[str, Any], signers: tuple[Signer, ...]) -> frozenset[str]:
    names = [name for item in data["items"] for name in (*item["preparers"],
                                                         *item["controllers"])]
    names += [row["who"] for row in data["log"]]
    return kept_names(data["unit"], texts=names, signers=signers)


# --- the workbook ----------------------------------------------------------------------------


def _item_rows(data: dict[str, Any]) -> list[Row]:
    return [(
        code_cell(item["code"]),
        cell(item["title"]),
        cell("\n".join(item["preparers"])),
        cell("\n".join(item["controllers"])),
        cell(item["cadence"]),
        cell(status_word(item["status"])),
        cell(_day(item["changed"])),
        cell("\n".join(item["files"]), verbatim=True),
        cell(item["missing"], verbatim=True),
        cell(item["url"], verbatim=True),
        cell(_day(item["published"])),
    ) for item in data["items"]]


def _deliverable_rows(data: dict[str, Any]) -> list[Row]:
    return [(code_cell(row["code"]), cell(_month(row["month"])),
             cell(_day(row["due"])), cell(status_word(row["status"])))
            for row in data["deliverables"]]


def _log_rows(data: dict[str, Any]) -> list[Row]:
    return [(code_cell(row["code"]), cell(_month(row["month"])),
             cell(_moment(row["when"])), cell(status_word(row["from"])),
             cell(status_word(row["to"])), cell(row["who"]), cell(row["comment"]))
            for row in data["log"]]


def _progress_rows(data: dict[str, Any]) -> list[Row]:
    standings = {standing["survey"]: standing for standing in data["dashboard"]["standings"]}
    rows: list[Row] = []
    for entry in data["progress"]:
        standing = standings.get(entry["survey"])
        if standing is not None:
            target = target_of(standing)
            quotas = {s["section"]: s["minimum"] for s in standing["sections"]}
            goal = count_cell(target.minimum)
            expected = count_cell(expected_count(target, date.fromisoformat(entry["on"])))
        else:
            quotas, goal, expected = {}, cell(""), cell("")
        sections = "\n".join(
            f"{section} {count}" + (f"/{quotas[section]}" if section in quotas else "")
            for section, count in entry["by_section"].items())
        rows.append((cell(survey_word(entry["survey"])), cell(_day(entry["on"])),
                     count_cell(entry["count"]), goal, expected, cell(sections)))
    return rows


def _standing_lines(data: dict[str, Any]) -> list[Part]:
    lines: list[Part] = []
    for standing in data["dashboard"]["standings"]:
        lines.append(Paragraph((Run(
            f"{survey_word(standing['survey'])}: ล่าสุด {standing['count']} จากเป้าหมาย "
            f"{standing['target']} ภายใน {_day(standing['deadline'])} "
            f"({PACE_WORDS[Pace(standing['pace'])]})"),), size=14))
    return lines


def _table(columns: tuple[str, ...], widths: tuple[float, ...], rows: list[Row],
           title: str) -> Table:
    if not rows:
        rows = [(Cell((Run("ไม่มีรายการ"),), colspan=len(columns), align=Align.CENTER),
                 *([None] * (len(columns) - 1)))]
    return Table(columns=widths, header_rows=header(columns), rows=tuple(rows), title=title,
                 size=14)


def build_progress(data: dict[str, Any], fiscal_year: int, digits: DigitStyle,
                   signers: tuple[Signer, ...], verification: Verification | None
                   ) -> Document:
    """The progress workbook: a sheet per table, each under the title and the as-of line."""
    parts: list[Part] = [
        title_block(data, fiscal_year),
        as_of_line(data),
        _table(ITEM_COLUMNS, ITEM_WIDTHS, _item_rows(data), "รายการ OIT"),
        _table(DELIVERABLE_COLUMNS, (1.0, 3.0, 3.0, 3.0), _deliverable_rows(data),
               "งานรายเดือน"),
        _table(LOG_COLUMNS, (1.0, 2.4, 3.0, 2.4, 2.4, 3.4, 5.0), _log_rows(data),
               "บันทึกการดำเนินงาน"),
        _table(PROGRESS_COLUMNS, (3.0, 2.4, 1.6, 1.6, 2.0, 5.0), _progress_rows(data),
               "ความคืบหน้า IIT EIT"),
        *_standing_lines(data),
        *([SignatureBlock(signers=signers, columns=len(signers))] if signers else []),
    ]
    unit = data["unit"]
    return Document(
        title=f"{SHORT_TITLE} {unit['short_name'] or unit['full_name']}", parts=tuple(parts),
        digits=digits, author=unit["full_name"],
        page=PageSetup(orientation=Orientation.LANDSCAPE, left_cm=1.5, right_cm=1.5),
        verification=verification, keep_whole=names_kept(data, signers))
