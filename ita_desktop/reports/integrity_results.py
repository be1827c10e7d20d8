"""The results of the integrity measures (รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและ
ความโปร่งใสภายในหน่วยงาน: O24, O25 at police stations) as seeds 000, 002 and 004 lay them out:
the title, the unit and the fiscal year; per area the numbered heading; per measure the
two-column table การพัฒนาด้าน | ผลการดำเนินการ, then the line "ภาพกิจกรรมแสดงถึงการนำมาตรการ
ไปปฏิบัติจริง" and the photos 1, 2 or 4 to a row with their captions; signed off.

A measure that reports a meeting and has no result text of its own prints the meeting's number
and date as its result. A photo's caption is its own, else the day it was taken in words,
else nothing. A measure without photos says so in one line rather than an empty grid.

The pictures are the stored JPEGs the data carries (``evidence_data.PICTURES``): the renderers
embed them as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.reports.evidence_data import PICTURES, RESULTS_TITLE
from ita_desktop.reports.integrity_measures import (
    area_heading,
    header_row,
    signature_block,
    text_cell,
    title_block,
)
from ita_desktop.reports.kept_names import kept_names
from ita_desktop.reports.model import (
    Document,
    Image,
    ImageGrid,
    Paragraph,
    Part,
    Run,
    Signer,
    Table,
    Verification,
)

COLUMNS = ("การพัฒนาด้าน", "ผลการดำเนินการ")
WIDTHS = (5.0, 11.0)
PHOTO_LINE = "ภาพกิจกรรมแสดงถึงการนำมาตรการไปปฏิบัติจริง"
NO_PHOTOS = "(ยังไม่มีภาพกิจกรรมของมาตรการนี้)"
MEETING_WORDS = "การประชุมครั้งที่ {number} เมื่อวันที่ {date}"
TAKEN_WORDS = "ถ่ายเมื่อวันที่ {date}"

# The height of a photo's box by photos to a row, on 16 cm of text: a 4:3 photo fills the
# width of its cell, so the pictures stored for that many to a row (``Photo.print_sha256``:
# 1,890, 945 and 472 px or more on the long side) print at 300 dpi or a little more, and the
# file is no larger than that resolution needs. A portrait photo stands as high.
IMAGE_HEIGHT_CM = {1: 12.0, 2: 5.9, 4: 2.9}


def _day(iso: str) -> str:
    # Arabic digits here: the renderers write the document's own.
    return format_thai_date(date.fromisoformat(iso), DateForm.FULL, DigitStyle.ARABIC)


def result_text(measure: Mapping[str, Any]) -> str:
    if measure["result"]:
        return measure["result"]
    meeting = measure["meeting"]
    if meeting is not None:
        return MEETING_WORDS.format(number=meeting["number"], date=_day(meeting["dated"]))
    return ""


def caption(photo: Mapping[str, Any]) -> tuple[Run, ...]:
    if photo["caption"]:
        return (Run(photo["caption"]),)
    if photo["taken"]:
        return (Run(TAKEN_WORDS.format(date=_day(photo["taken"]))),)
    return ()


def measure_parts(measure: Mapping[str, Any], pictures: Mapping[str, bytes]) -> list[Part]:
    parts: list[Part] = [
        # Kept with what follows: a table never ends a page apart from its photos.
        Table(columns=WIDTHS, header_rows=(header_row(COLUMNS),),
              rows=((text_cell([f"{measure['label']} {measure['title']}"]),
                     text_cell([result_text(measure)])),),
              title=COLUMNS[0], size=14, keep_with_next=True),
    ]
    if not measure["photos"]:
        return [*parts, Paragraph((Run(NO_PHOTOS),), space_before=4, space_after=6)]
    columns = measure["columns"]
    images = tuple(Image(pictures[photo["sha256"]], caption(photo))
                   for photo in measure["photos"])
    return [*parts,
            Paragraph((Run(PHOTO_LINE, bold=True),), space_before=6, space_after=4,
                      keep_with_next=True),
            ImageGrid(images, columns=columns, image_height_cm=IMAGE_HEIGHT_CM[columns])]


def build_integrity_results(data: dict[str, Any], fiscal_year: int, digits: DigitStyle,
                            signers: tuple[Signer, ...], verification: Verification | None
                            ) -> Document:
    unit = data["unit"]
    pictures = data[PICTURES]
    parts: list[Part] = [title_block(RESULTS_TITLE, data, fiscal_year)]
    for area in data["areas"]:
        parts.append(area_heading(area, unit))
        for measure in area["measures"]:
            parts += measure_parts(measure, pictures)
    parts += signature_block(signers)
    return Document(
        title=f"{data['code']} {RESULTS_TITLE} {unit['short_name'] or unit['full_name']}",
        parts=tuple(parts), digits=digits, author=unit["full_name"],
        verification=verification, keep_whole=kept_names(unit, signers=signers))
