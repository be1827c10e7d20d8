"""The progress report (``oit-progress-report``, PDF): the year's dashboard on paper for the
committee and the commander. Each section gives its figures as a table and draws them with a
chart of ``oit_charts``; the charts are rebuilt from the frozen data, so a signed-off version
draws exactly what it was signed with.

Separate from the workbook (``oit_progress``): the two share the data and the words, not the
layout.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.framework.model import Tool
from ita_desktop.domain.oit import Pace, ProgressEntry
from ita_desktop.domain.oit_plan import Workload
from ita_desktop.domain.oit_score import LEVEL_WORDS, Level, Projection, rules_for
from ita_desktop.domain.oit_workflow import Status
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.errors import AppError
from ita_desktop.reports import oit_charts
from ita_desktop.reports.model import (
    Align,
    Document,
    Figure,
    Heading,
    Paragraph,
    Part,
    Row,
    Run,
    SignatureBlock,
    Signer,
    Table,
    Verification,
)
from ita_desktop.reports.oit_progress import (
    PACE_WORDS,
    SHORT_TITLE,
    STATUS_WORDS,
    as_of_line,
    cell,
    code_cell,
    codes_run,
    count_cell,
    header,
    names_kept,
    survey_word,
    target_of,
    title_block,
)

SCORE_WORDS = oit_charts.ScoreWords(
    iit="IIT", eit="EIT", oit="OIT", total="คะแนนรวม", levels=LEVEL_WORDS,
    unconfirmed="(ยังไม่ยืนยัน)")
WORKLOAD_WORDS = oit_charts.WorkloadWords(preparing="จัดทำ", controlling="ควบคุม")
PROGRESS_WORDS = oit_charts.ProgressWords(counted="จำนวนที่ได้", expected="แผนถึงเป้าหมาย",
                                          deadline="สิ้นกำหนด")
CHART_WIDTH = 430.0
"""Points: within the 16 cm of a portrait page's text, so no chart is scaled down."""

# Why a projection or the survey targets cannot be worked out, in the document's Thai (the
# window words the same codes through its translation).
PROBLEM_WORDS: dict[str, str] = {
    "oit.no_points": "รายการ OIT ในกรอบการประเมินยังไม่มีคะแนน จึงยังคาดการณ์คะแนนไม่ได้",
    "oit.weights_not_100": "น้ำหนักคะแนน IIT EIT และ OIT ในกรอบการประเมินรวมกันไม่เท่ากับ 100",
    "oit.no_level_rule": "ยังไม่มีเกณฑ์ระดับผลการประเมินของปีงบประมาณนี้",
    "oit.score_out_of_range": "คะแนน IIT หรือ EIT ที่บันทึกไว้อยู่นอกช่วง 0 ถึง 100",
    "oit.no_eligible_staff": "ยังไม่ได้บันทึกจำนวนบุคลากรที่ตอบแบบสำรวจ IIT ได้",
    "oit.no_survey_dates": "ยังไม่ได้บันทึกวันเริ่มและวันสิ้นสุดการสำรวจ IIT และ EIT",
    "oit.deadline_before_start": "วันสิ้นสุดการสำรวจที่บันทึกไว้อยู่ก่อนวันเริ่ม",
}
UNKNOWN_PROBLEM = "ข้อมูลยังไม่ครบสำหรับการคำนวณ"


def _day(text: str) -> str:
    return format_thai_date(date.fromisoformat(text), DateForm.ABBR, DigitStyle.ARABIC)


def _score(value: str | None) -> str:
    return f"{Decimal(value):.2f}" if value is not None else "ยังไม่ได้บันทึก"


def _problem(code: str | None) -> Paragraph:
    return Paragraph((Run(PROBLEM_WORDS.get(code or "", UNKNOWN_PROBLEM)),), space_after=4)


def _table(columns: tuple[str, ...], widths: tuple[float, ...], rows: list[Row]) -> Table:
    return Table(columns=widths, header_rows=header(columns), rows=tuple(rows), size=14)


def _statuses(board: dict[str, Any], digits: DigitStyle) -> list[Part]:
    counts = {Status(code): count for code, count in board["counts"].items()}
    rows: list[Row] = [(cell(STATUS_WORDS[status]), count_cell(counts.get(status, 0)))
                       for status in Status]
    rows.append((cell("รวม", bold=True), count_cell(sum(counts.values()))))
    parts: list[Part] = [
        Heading((Run("1. สถานะของรายการข้อมูล"),)),
        _table(("สถานะ", "จำนวนรายการ"), (6.0, 3.0), rows),
        Figure(oit_charts.status_chart(counts, STATUS_WORDS, digits, CHART_WIDTH),
               (Run("แผนภูมิจำนวนรายการตามสถานะ"),)),
    ]
    if board["unassigned"]:
        parts.append(Paragraph(codes_run("รายการที่ยังไม่ได้มอบหมายผู้จัดทำหรือผู้ควบคุม: ",
                                         board["unassigned"]), space_after=4))
    return parts


def _next_level(lack: dict[str, Any]) -> list[Part]:
    level = LEVEL_WORDS[Level(lack["level"])]
    lines = [f"สิ่งที่ยังขาดเพื่อให้ถึงระดับ{level}: คะแนนรวมยังขาด {_score(lack['total_short'])} "
             f"คะแนน คะแนน OIT ที่ต้องได้ {_score(lack['oit_needed'])}"]
    for tool, short in lack["tool_short"].items():
        lines.append(f"คะแนน {Tool(tool).value} ยังขาด {_score(short)} คะแนน")
    if not lack["reachable_by_oit"]:
        lines.append("การดำเนินการ OIT เพียงอย่างเดียวยังไม่เพียงพอที่จะถึงระดับนี้")
    if not lack["confirmed"]:
        lines.append("เกณฑ์ของระดับนี้ยังไม่ได้ยืนยันจากเอกสารของ ป.ป.ช. "
                     "โปรดตรวจสอบกับคู่มือการประเมินของปี")
    paragraphs = [Paragraph((Run(line),), left_indent_cm=0.5, space_after=2) for line in lines]
    if lack["items"]:
        paragraphs.insert(1 + len(lack["tool_short"]), Paragraph(
            codes_run("รายการที่ควรดำเนินการให้ได้รับอนุมัติ: ", lack["items"]),
            left_indent_cm=0.5, space_after=2))
    return paragraphs


def _scores(board: dict[str, Any], fiscal_year: int, digits: DigitStyle) -> list[Part]:
    parts: list[Part] = [Heading((Run("2. คะแนนที่คาดการณ์"),))]
    found = board["projection"]
    if found is None:
        return [*parts, _problem(board["projection_problem"])]
    level = LEVEL_WORDS[Level(found["level"])] if found["level"] else "ยังประเมินไม่ได้"
    rows: list[Row] = [(cell(name), cell(_score(found[key]), align=Align.CENTER))
                       for name, key in (("IIT", "iit"), ("EIT", "eit"),
                                         ("OIT (จากรายการที่อนุมัติหรือเผยแพร่แล้ว)", "oit"),
                                         ("คะแนนรวม", "total"))]
    rows.append((cell("ระดับผลการประเมินที่คาดการณ์", bold=True),
                 cell(level, align=Align.CENTER, bold=True)))
    parts.append(_table(("เครื่องมือ", "คะแนน"), (6.0, 3.0), rows))
    try:
        rules = rules_for(fiscal_year)
    except AppError:
        rules = ()
    if rules:
        projection = Projection(
            fiscal_year, Decimal(found["oit"]),
            *(Decimal(found[key]) if found[key] is not None else None
              for key in ("iit", "eit", "total")),
            level=Level(found["level"]) if found["level"] else None)
        parts.append(Figure(oit_charts.score_chart(projection, rules, SCORE_WORDS, digits,
                                                   CHART_WIDTH),
                            (Run("แผนภูมิคะแนนที่คาดการณ์เทียบกับเกณฑ์ระดับผลการประเมิน"),)))
    if board["next_level"] is not None:
        parts += _next_level(board["next_level"])
    elif found["total"] is None:
        parts.append(Paragraph((Run("คะแนนรวมและระดับจะคำนวณได้เมื่อบันทึกคะแนน IIT และ EIT "
                                    "จากระบบ ITAP"),), space_after=4))
    return parts


def _due_rows(entries: list[dict[str, Any]], state: str) -> list[Row]:
    return [(code_cell(entry["code"]), cell(entry["title"]),
             cell(format_thai_date(date.fromisoformat(entry["month"]),
                                   DateForm.MONTH_YEAR_FULL, DigitStyle.ARABIC)
                  if entry["month"] else "ทั้งรายการ"),
             cell(_day(entry["due"])), cell(state)) for entry in entries]


def _work(board: dict[str, Any]) -> list[Part]:
    parts: list[Part] = [Heading((Run("3. งานที่เลยกำหนดและใกล้ครบกำหนด"),))]
    rows = _due_rows(board["late"], "เลยกำหนด") + _due_rows(board["due_soon"],
                                                             "ครบกำหนดภายใน 7 วัน")
    if not rows:
        return [*parts, Paragraph((Run("ไม่มีงานที่เลยกำหนดหรือใกล้ครบกำหนด"),),
                                  space_after=4)]
    return [*parts, _table(("ข้อ", "ข้อมูล", "งวด", "กำหนดส่ง", "สถานะ"),
                           (1.0, 6.0, 2.6, 2.4, 3.0), rows)]


def _workloads(board: dict[str, Any], digits: DigitStyle) -> list[Part]:
    parts: list[Part] = [Heading((Run("4. ภาระงานรายบุคคล"),))]
    loads = board["workloads"]
    if not loads:
        return [*parts, Paragraph((Run("ยังไม่ได้มอบหมายรายการให้ผู้ใด"),), space_after=4)]
    rows: list[Row] = [(cell(load["name"]), count_cell(len(load["preparing"])),
                        count_cell(len(load["controlling"])), count_cell(load["open"]))
                       for load in loads]
    # The chart takes roster ids; the frozen data holds names, so each person is their place.
    workloads = [Workload(place, tuple(load["preparing"]), tuple(load["controlling"]),
                          load["open"]) for place, load in enumerate(loads)]
    names = {place: load["name"] for place, load in enumerate(loads)}
    return [*parts,
            _table(("ชื่อ", "จัดทำ", "ควบคุม", "ยังไม่แล้วเสร็จ"), (6.0, 2.0, 2.0, 2.6), rows),
            Figure(oit_charts.workload_chart(workloads, names, WORKLOAD_WORDS, digits,
                                             CHART_WIDTH),
                   (Run("แผนภูมิจำนวนรายการที่แต่ละคนจัดทำและควบคุม"),))]


def _surveys(data: dict[str, Any], digits: DigitStyle) -> list[Part]:
    board = data["dashboard"]
    parts: list[Part] = [Heading((Run("5. ความคืบหน้าการสำรวจ IIT และ EIT"),))]
    if not board["standings"]:
        return [*parts, _problem(board["targets_problem"])]
    rows: list[Row] = [(cell(survey_word(s["survey"])), count_cell(s["target"]),
                        count_cell(s["count"]), count_cell(s["expected"]),
                        cell(PACE_WORDS[Pace(s["pace"])]))
                       for s in board["standings"]]
    parts.append(_table(("แบบสำรวจ", "เป้าหมาย", "ล่าสุด", "ควรได้ ณ วันนี้", "สถานะ"),
                        (5.0, 2.0, 2.0, 2.6, 4.0), rows))

    def day_text(day: date) -> str:
        return format_thai_date(day, DateForm.ABBR_SHORT_YEAR, digits)

    for standing in board["standings"]:
        entries = [ProgressEntry(date.fromisoformat(entry["on"]), entry["count"])
                   for entry in data["progress"] if entry["survey"] == standing["survey"]]
        parts.append(Figure(
            oit_charts.progress_chart(target_of(standing), entries, PROGRESS_WORDS, day_text,
                                      digits, CHART_WIDTH),
            (Run(f"แผนภูมิความคืบหน้า {survey_word(standing['survey'])}"),)))
    return parts


def build_progress_report(data: dict[str, Any], fiscal_year: int, digits: DigitStyle,
                          signers: tuple[Signer, ...], verification: Verification | None
                          ) -> Document:
    board = data["dashboard"]
    parts: list[Part] = [
        title_block(data, fiscal_year),
        as_of_line(data),
        *_statuses(board, digits),
        *_scores(board, fiscal_year, digits),
        *_work(board),
        *_workloads(board, digits),
        *_surveys(data, digits),
        *([SignatureBlock(signers=signers, columns=min(2, len(signers)))] if signers else []),
    ]
    unit = data["unit"]
    return Document(
        title=f"{SHORT_TITLE} {unit['short_name'] or unit['full_name']}", parts=tuple(parts),
        digits=digits, author=unit["full_name"], verification=verification,
        keep_whole=names_kept(data, signers))
