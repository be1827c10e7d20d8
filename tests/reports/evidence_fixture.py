"""A year of integrity measures after seeds 001 and 002, with made-up people and small real
JPEGs made in memory: the service point (two photos to a row, three photos, captions and a
date taken), the signs (four to a row, five photos), the No Gift Policy sign (one to a row)
and a measure without photos in the first area; the communication of the unit's role; the
OIT meeting measure reporting meeting 2/2568 with no result text, its photos those of the
meeting."""

from __future__ import annotations

import hashlib
import io
from datetime import date, datetime

from PIL import Image as PILImage

from ita_desktop.domain.evidence import Area, EvidenceYear, Measure, Photo, Responsible
from ita_desktop.domain.meetings import Meeting
from tests.reports.oit_fixture import PEOPLE, UNIT

__all__ = ["UNIT", "PEOPLE", "MEETINGS", "PICTURES", "evidence_year", "jpeg"]

YEAR = 2568


def jpeg(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    """A small real JPEG: a coloured field with a lighter band, so pictures differ."""
    image = PILImage.new("RGB", (width, height), colour)
    band = tuple(min(255, c + 80) for c in colour)
    image.paste(band, (0, height // 3, width, 2 * height // 3))  # type: ignore[arg-type]
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


PICTURES: dict[str, bytes] = {}
"""Every stored picture of the year by its SHA-256, as the blob store would hand them out."""


def _stored(data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    PICTURES[sha] = data
    return sha


def _photo(n: int, measure_id: int | None, position: int, caption: str = "",
           taken: datetime | None = None, meeting_id: int | None = None) -> Photo:
    colour = ((n * 53) % 200, (n * 97) % 200, (n * 31) % 200)
    # Full, half and quarter pictures, as media/photos.py stores them; small for the tests.
    full, half, quarter = (_stored(jpeg(w, h, colour)) for w, h in
                           ((400, 300), (200, 150), (100, 75)))
    return Photo(fiscal_year=YEAR, sha256=full, thumb_sha256=quarter, width=400, height=300,
                 source_sha256=f"source{n}", name=f"IMG_{n:04d}.jpg", caption=caption,
                 taken=taken, measure_id=measure_id, meeting_id=meeting_id,
                 position=position, id=n, half_sha256=half, quarter_sha256=quarter)


MEETINGS = {21: Meeting(fiscal_year=YEAR, number=2, dated=date(2025, 1, 15),
                        subject="ติดตามการเปิดเผยข้อมูลสาธารณะ (OIT)", id=21)}

SERVICE_POINT = "จุดบริการและอำนวยความสะดวกแก่ประชาชน/ชาวต่างชาติ"
SIGNS = "ป้ายประชาสัมพันธ์จุดบริการ/อำนวยความสะดวกแก่ประชาชน/ชาวต่างชาติ"
NO_GIFT = "ป้าย No Gift Policy ทั้งภาษาไทยและภาษาอังกฤษ"
FACILITIES = "การจัดสิ่งอำนวยความสะดวกในการให้บริการประชาชน/ชาวต่างชาติ"
COMMUNICATION = "การประชาสัมพันธ์บทบาทภารกิจและผลการปฏิบัติงาน"
OIT_MEETING = "การกำกับติดตามการเผยแพร่ข้อมูลสาธารณะอย่างต่อเนื่อง"
SERVICE_RESULT = ("- จัดให้มีเจ้าหน้าที่ประชาสัมพันธ์เพื่อให้คำแนะนำขั้นตอนการติดต่องาน\n"
                  "- มีป้ายชื่อแสดงยศ ชื่อ สกุล ทั้งภาษาไทยและภาษาอังกฤษ")
SERVICE_CAPTIONS = ["เจ้าหน้าที่ประชาสัมพันธ์ให้คำแนะนำผู้มาติดต่อ", "",
                    "จุดเตรียมเอกสารพร้อมตัวอย่างการกรอกแบบฟอร์ม"]


def _measure(area: Area, position: int, title: str, measure_id: int, *, columns: int = 2,
             result: str = "", meeting_id: int | None = None,
             responsible: tuple[Responsible, ...] = ()) -> Measure:
    return Measure(fiscal_year=YEAR, area=area, title=title,
                   issue=f"ประเด็นที่ต้องปรับปรุงของ{title}", plan=f"- แผนการดำเนินการ{title}",
                   responsible=responsible, result=result, meeting_id=meeting_id,
                   photo_columns=columns, position=position, id=measure_id, version=1)


def evidence_year() -> EvidenceYear:
    PICTURES.clear()
    measures = (
        _measure(Area.SERVICE, 0, SERVICE_POINT, 1, result=SERVICE_RESULT, responsible=(
            Responsible("ควบคุมการปฏิบัติ", person_id=16),
            Responsible("ผู้ปฏิบัติ", person_id=13),
            Responsible("จัดทำป้าย", text="งานส่งกำลังบำรุง"))),
        _measure(Area.SERVICE, 1, SIGNS, 2, columns=4, result="- ติดตั้งป้ายทั้งภาษาไทยและอังกฤษ",
                 responsible=(Responsible("ควบคุมการปฏิบัติ", person_id=16),)),
        _measure(Area.SERVICE, 2, NO_GIFT, 3, columns=1, result="- ติดตั้งป้าย No Gift Policy"),
        _measure(Area.SERVICE, 3, FACILITIES, 4, result="- จัดที่นั่งพักและน้ำดื่ม"),
        _measure(Area.COMMUNICATION, 0, COMMUNICATION, 5, result="- เผยแพร่ทางเพจของหน่วยงาน",
                 responsible=(Responsible("", person_id=12),)),
        _measure(Area.OIT, 0, OIT_MEETING, 6, meeting_id=21,
                 responsible=(Responsible("ควบคุมและติดตามข้อมูล", person_id=7),)),
    )
    photos = [
        _photo(1, 1, 0, SERVICE_CAPTIONS[0]),
        _photo(2, 1, 1, taken=datetime(2025, 2, 3, 9, 30)),
        _photo(3, 1, 2, SERVICE_CAPTIONS[2]),
        *(_photo(10 + k, 2, k, f"ป้ายที่ {k + 1}") for k in range(5)),
        _photo(20, 3, 0, "ป้าย No Gift Policy ณ จุดบริการ"),
        _photo(30, 5, 0, "ประชาสัมพันธ์ผลการปฏิบัติงาน"),
        _photo(40, None, 0, "การประชุมครั้งที่ 2/2568", meeting_id=21),
        _photo(41, None, 1, "", meeting_id=21),
    ]
    return EvidenceYear(fiscal_year=YEAR, measures=measures, photos=tuple(photos))
