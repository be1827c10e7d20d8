"""The results report of the integrity measures (O24/O25) of ``evidence_fixture``: per area its
heading, per measure the two-column table with its result (the meeting's number and date when
it reports one and has no result), the photo line and the photos 1, 2 or 4 to a row with their
captions in order, or one line when a measure has none; read back from the PDF and the DOCX
(also as LibreOffice lays it out). The stored JPEGs go into both files byte for byte: nothing
is decoded or encoded at export."""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import replace
from datetime import date

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from PIL import Image as PILImage

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.signoff import REPORT_SIGNERS, Subject
from ita_desktop.errors import AppError
from ita_desktop.exchange.framework_file import load_bundled_catalog
from ita_desktop.reports import signing
from ita_desktop.reports.evidence_data import PICTURES, evidence_data, item_code
from ita_desktop.reports.integrity_results import NO_PHOTOS, PHOTO_LINE
from ita_desktop.reports.model import Document, Image, ImageGrid
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.reports.render_docx import render_docx
from ita_desktop.reports.render_pdf import render_pdf
from ita_desktop.reports.signing import DataSource
from tests.reports import evidence_fixture as fx
from tests.reports.pdf_pages import images
from tests.reports.standin_font import convert, libreoffice_home  # noqa: F401 fixture

KIND = "integrity-results"
HEADER = ["การพัฒนาด้าน", "ผลการดำเนินการ"]


@pytest.fixture(scope="module")
def data():  # type: ignore[no-untyped-def]
    return evidence_data(fx.evidence_year(), fx.UNIT, fx.PEOPLE, code="O24",
                         meetings=fx.MEETINGS, read_picture=fx.PICTURES.__getitem__)


def _doc(data, digits=DigitStyle.THAI) -> Document:  # type: ignore[no-untyped-def]
    kind = signing.report_kind(KIND)
    return kind.build(data, 2568, digits, signing.blank_signers(kind), None)


@pytest.fixture(scope="module")
def pdf(data) -> bytes:  # type: ignore[no-untyped-def]
    return render_pdf(_doc(data))


@pytest.fixture(scope="module")
def document(data):  # type: ignore[no-untyped-def]
    return docx.Document(io.BytesIO(render_docx(_doc(data, DigitStyle.ARABIC))))


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _measures(data):  # type: ignore[no-untyped-def]
    return [m for area in data["areas"] for m in area["measures"]]


def _printed(data) -> list[bytes]:  # type: ignore[no-untyped-def]
    """The pictures the report prints, in order."""
    return [data[PICTURES][p["sha256"]] for m in _measures(data) for p in m["photos"]]


def _image_streams(pdf: bytes) -> list[bytes]:
    """Every image XObject's stream, read from the PDF's bytes by its /Length."""
    found = []
    for match in re.finditer(rb"<<([^<>]*/Subtype /Image[^<>]*)>>\s*stream\r?\n", pdf):
        length = int(re.search(rb"/Length (\d+)", match.group(1)).group(1))  # type: ignore[union-attr]
        found.append(pdf[match.end():match.end() + length])
    return found


def test_the_data_picks_each_photo_s_picture_for_its_measure_s_columns(data) -> None:  # type: ignore[no-untyped-def]
    year = fx.evidence_year()
    by_id = {m["label"]: m for m in _measures(data)}
    signs = year.own_photos(2)  # four to a row: the quarter pictures
    assert [p["sha256"] for p in by_id["1.2"]["photos"]] == [p.quarter_sha256 for p in signs]
    no_gift = year.own_photos(3)  # one to a row: the full picture
    assert [p["sha256"] for p in by_id["1.3"]["photos"]] == [p.sha256 for p in no_gift]
    # The meeting measure prints the meeting's photos; their pictures travel with the data.
    assert len(by_id["3.1"]["photos"]) == 2 and by_id["3.1"]["meeting"]["number"] == "2/2568"
    assert set(data[PICTURES]) == {p["sha256"] for m in _measures(data) for p in m["photos"]}


def test_the_pictures_stay_out_of_the_snapshot_but_a_changed_one_changes_the_hash(data) -> None:  # type: ignore[no-untyped-def]
    kind = signing.report_kind(KIND)
    frozen = signing.freeze(kind, 2568, Subject.year(2568), DigitStyle.THAI, data)
    assert len(frozen.snapshot) < 20_000 and PICTURES not in frozen.snapshot
    year = fx.evidence_year()
    first = year.photos[0]
    other = replace(year, photos=(replace(first, half_sha256="0" * 64), *year.photos[1:]))
    pictures = {**fx.PICTURES, "0" * 64: fx.jpeg(200, 150, (1, 2, 3))}
    changed = evidence_data(other, fx.UNIT, fx.PEOPLE, code="O24", meetings=fx.MEETINGS,
                            read_picture=pictures.__getitem__)
    assert signing.freeze(kind, 2568, Subject.year(2568), DigitStyle.THAI,
                          changed).fingerprint != frozen.fingerprint


def test_the_pdf_holds_the_stored_jpegs_byte_for_byte_once_each_in_binary(  # type: ignore[no-untyped-def]
        data, pdf) -> None:
    streams = _image_streams(pdf)
    printed = _printed(data)
    assert sorted(streams) == sorted(set(printed))
    assert b"/ASCII85Decode /DCTDecode" not in pdf
    assert pdf.count(b"/Filter [ /DCTDecode ]") == len(set(printed))


def test_the_same_picture_twice_is_embedded_once() -> None:
    picture = fx.jpeg(120, 90, (10, 120, 30))
    doc = Document("photos", (ImageGrid((Image(picture), Image(picture), Image(picture)),
                                        columns=4, image_height_cm=3),))
    pdf = render_pdf(doc)
    assert _image_streams(pdf) == [picture]
    assert len(images(pdf)[0]) == 3


def test_no_photo_is_decoded_at_export(data, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def refuse(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a photo was decoded at export")

    monkeypatch.setattr(PILImage.Image, "load", refuse)
    monkeypatch.setattr(PILImage.Image, "tobytes", refuse)
    doc = _doc(data)
    assert render_pdf(doc).startswith(b"%PDF")
    assert render_docx(doc).startswith(b"PK")


def test_areas_measures_results_and_the_meeting_line_in_the_pdf(pdf) -> None:  # type: ignore[no-untyped-def]
    text = _flat(" ".join(pdf_pages_text(pdf)))
    assert text.startswith("รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใส"
                           "ภายในหน่วยงาน ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ "
                           "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    headings = [text.index(h) for h in ("๑. การพัฒนาการยกระดับการให้บริการ",
                                        "๒. การสื่อสารบทบาทภารกิจและผลการปฏิบัติงานของ"
                                        "ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์",
                                        "๓. การยกระดับการเผยแพร่ข้อมูลสาธารณะ (OIT)")]
    assert headings == sorted(headings)
    assert text.count("การพัฒนาด้าน ผลการดำเนินการ") == 6
    # Cells wrap their lines: compared without spaces.
    squashed = text.replace(" ", "")
    for words in ("๑.๑ จุดบริการและอำนวยความสะดวกแก่ประชาชน/ชาวต่างชาติ",
                  "มีป้ายชื่อแสดงยศ ชื่อ สกุล ทั้งภาษาไทยและภาษาอังกฤษ",
                  "การประชุมครั้งที่ ๒/๒๕๖๘ เมื่อวันที่ ๑๕ มกราคม ๒๕๖๘"):
        assert words.replace(" ", "") in squashed
    assert text.count(PHOTO_LINE) == 5 and text.count(NO_PHOTOS) == 1
    # The measure without photos is 1.4: its line follows its table.
    assert squashed.index("๑.๔การจัดสิ่งอำนวยความสะดวก") < squashed.index(
        NO_PHOTOS.replace(" ", "")) < squashed.index("๒.๑")
    assert text.endswith("ผู้อนุมัติ") and "ผู้จัดทำ" in text and "ตรวจแล้วถูกต้อง" in text


def test_captions_in_order_with_the_day_taken_when_there_is_none(pdf) -> None:  # type: ignore[no-untyped-def]
    text = _flat(" ".join(pdf_pages_text(pdf)))
    order = [fx.SERVICE_CAPTIONS[0], "ถ่ายเมื่อวันที่ ๓ กุมภาพันธ์ ๒๕๖๘", fx.SERVICE_CAPTIONS[2],
             *(f"ป้ายที่ {n}" for n in "๑๒๓๔๕"), "ป้าย No Gift Policy ณ จุดบริการ",
             "ประชาสัมพันธ์ผลการปฏิบัติงาน", "การประชุมครั้งที่ ๒/๒๕๖๘"]
    places = [text.index(words) for words in order]
    assert places == sorted(places)
    # Photo 41 has neither caption nor date: no made-up words under it.
    assert text.count("ถ่ายเมื่อวันที่") == 1


def _rows_of(boxes: list[tuple[float, float, float, float]]) -> list[list[float]]:
    """Image lefts grouped by the row (top edge) they stand in."""
    rows: dict[float, list[float]] = {}
    for left, _bottom, _right, top in boxes:
        rows.setdefault(round(top), []).append(left)
    return [sorted(lefts) for _top, lefts in sorted(rows.items(), reverse=True)]


def test_the_pdf_places_one_two_or_four_photos_to_a_row(pdf) -> None:  # type: ignore[no-untyped-def]
    per_page = images(pdf)
    assert sum(len(page) for page in per_page) == 12
    widths = sorted({round(right - left) for page in per_page
                     for left, _b, right, _t in page})
    # Each 4:3 photo fills the width of its column, a quarter, a half or all of the 16 cm
    # of text (453.5 pt), less a few points: the stored pictures print at about 300 dpi.
    text = 16 / 2.54 * 72
    assert [min(range(3), key=lambda k: abs(w - text / (1, 2, 4)[k])) for w in widths] \
        == [2, 1, 0]
    assert all(0.95 * text / n < w <= text / n for w, n in zip(widths, (4, 2, 1), strict=True))
    rows = [row for page in per_page for row in _rows_of(page)]
    assert [len(row) for row in rows] == [2, 1, 4, 1, 1, 1, 2]


def test_the_docx_grids_have_one_two_or_four_columns_and_the_pictures_as_stored(  # type: ignore[no-untyped-def]
        data, document) -> None:
    tables = document.tables
    results = [t for t in tables if t.rows[0].cells[0].text == HEADER[0]]
    assert len(results) == 6
    assert [[c.text for c in t.rows[1].cells] for t in results][0] == [
        "1.1 จุดบริการและอำนวยความสะดวกแก่ประชาชน/ชาวต่างชาติ", fx.SERVICE_RESULT]
    grids = [t for t in tables if t._tbl.xpath(".//pic:pic")]
    assert [len(t.columns) for t in grids] == [2, 4, 1, 2, 2]
    assert [len(t._tbl.xpath(".//pic:pic")) for t in grids] == [3, 5, 1, 1, 2]
    blobs = [part.blob for part in document.part.package.parts
             if part.partname.startswith("/word/media/")]
    assert sorted(blobs) == sorted(set(_printed(data)))
    first = grids[0]
    captions = [p for cell in first._cells for p in cell.paragraphs if p.text]
    assert [p.text for p in captions] == [fx.SERVICE_CAPTIONS[0], "ถ่ายเมื่อวันที่ 3 กุมภาพันธ์ 2568",
                                          fx.SERVICE_CAPTIONS[2]]
    assert all(p.alignment == WD_ALIGN_PARAGRAPH.CENTER for p in captions)


def test_libreoffice_lays_out_the_docx_with_every_photo(  # type: ignore[no-untyped-def]
        data, tmp_path, libreoffice_home) -> None:  # noqa: F811
    source = tmp_path / "results.docx"
    source.write_bytes(render_docx(_doc(data)))
    pdf = convert(source, "pdf", tmp_path, libreoffice_home).read_bytes()
    assert sum(len(page) for page in images(pdf)) == 12
    text = _flat(" ".join(pdf_pages_text(pdf)))
    assert text.count(PHOTO_LINE) == 5 and "ป้ายที่ ๕" in text


def test_the_code_of_the_results_comes_from_the_year_s_catalog() -> None:
    immigration = load_bundled_catalog("immigration", 2568)
    police = load_bundled_catalog("police", 2568)
    assert item_code(immigration, "provincial_immigration", "results") == "O24"
    assert item_code(police, "provincial_police_station", "results") == "O25"
    assert item_code(police, "provincial_police_station", "measures") == "O24"
    assert item_code(None, "metropolitan_police_station", "results") == "O25"
    assert item_code(None, "immigration_checkpoint", "measures") == "O23"


def test_the_report_kind_is_registered_as_pdf_and_docx() -> None:
    kind = signing.report_kind(KIND)
    assert kind.formats == ("pdf", "docx")
    assert kind.source is DataSource.EVIDENCE_RESULTS and kind.roles == REPORT_SIGNERS


def test_every_printed_picture_is_read_once(data) -> None:  # type: ignore[no-untyped-def]
    reads: list[str] = []

    def read(sha: str) -> bytes:
        reads.append(sha)
        return fx.PICTURES[sha]

    evidence_data(fx.evidence_year(), fx.UNIT, fx.PEOPLE, code="O24", meetings=fx.MEETINGS,
                  read_picture=read)
    assert sorted(reads) == sorted(set(reads)) == sorted(data[PICTURES])
    assert hashlib.sha256(data[PICTURES][reads[0]]).hexdigest() == reads[0]


# --- through the report service, from a database ---------------------------------------------

def _unit_with_photos(db, tmp_path):  # type: ignore[no-untyped-def]
    """A unit, one officer, and a measure of two photos to a row with three imported photos."""
    from ita_desktop.domain.evidence import Area, Measure, Responsible
    from ita_desktop.domain.roster import Person
    from ita_desktop.domain.unit_profile import UnitProfile
    from ita_desktop.domain.units import UnitKind
    from ita_desktop.services import evidence
    from ita_desktop.store.people import PeopleRepository
    from ita_desktop.store.unit import UnitRepository

    boss = PeopleRepository(db).add(Person("pol_col", "วิชัย", "ตัวอย่าง")).id
    UnitRepository(db).save(UnitProfile(UnitKind.PROVINCIAL_IMMIGRATION,
                                        full_name=fx.UNIT.full_name,
                                        short_name=fx.UNIT.short_name, commander_id=boss,
                                        version=0))
    measure = evidence.save_measure(db, Measure(
        2568, Area.SERVICE, fx.SERVICE_POINT, result="- จัดจุดบริการ",
        responsible=(Responsible("ควบคุมการปฏิบัติ", person_id=boss),)))
    paths = []
    for n in range(3):
        path = tmp_path / f"IMG_{n}.jpg"
        path.write_bytes(fx.jpeg(640, 480, (40 * n, 90, 160)))
        paths.append(path)
    evidence.import_photos(db, 2568, paths, measure_id=measure.id)
    return evidence.evidence_year(db, 2568)


def test_the_service_exports_the_stored_pictures_and_signs_off_without_them(  # type: ignore[no-untyped-def]
        db, tmp_path) -> None:
    from ita_desktop.domain.signoff import SignOff
    from ita_desktop.services import reports
    from ita_desktop.store.blobs import BlobStore

    year = _unit_with_photos(db, tmp_path)
    prepared = reports.prepare(db, KIND, 2568, DigitStyle.THAI)
    assert prepared.data["code"] == "O24"
    pdf = reports.export_bytes(db, prepared, "pdf")
    stored = {BlobStore(db).get(p.print_sha256(2)) for p in year.photos}
    assert set(_image_streams(pdf)) == stored and len(stored) == 3
    people = [SignOff(role, None, "ร.ต.อ.สมชาย ใจดี", "รอง สว.", date(2025, 3, 1))
              for role in ("prepared", "checked", "approved")]
    record = reports.sign_off(db, prepared, people)
    assert set(record.files) == {"pdf", "docx"}
    again = reports.prepare(db, KIND, 2568, DigitStyle.THAI)
    assert again.signed is not None and again.signed.id == record.id
    assert PICTURES not in again.snapshot


def test_the_service_refuses_a_year_without_measures(db) -> None:  # type: ignore[no-untyped-def]
    from ita_desktop.domain.unit_profile import UnitProfile
    from ita_desktop.domain.units import UnitKind
    from ita_desktop.services import reports
    from ita_desktop.store.unit import UnitRepository

    UnitRepository(db).save(UnitProfile(UnitKind.PROVINCIAL_POLICE_STATION,
                                        full_name="สถานีตำรวจภูธรทดสอบ", version=0))
    for kind in (KIND, "integrity-measures"):
        with pytest.raises(AppError) as caught:
            reports.prepare(db, kind, 2568, DigitStyle.THAI)
        assert caught.value.code == "evidence.no_measures"


def test_no_page_ends_with_a_measure_s_table_apart_from_its_photos(pdf, document) -> None:  # type: ignore[no-untyped-def]
    for page in pdf_pages_text(pdf):
        text = _flat(page)
        last_table = text.rfind(" ".join(HEADER))
        if last_table >= 0:
            after = text[last_table:]
            assert PHOTO_LINE in after or NO_PHOTOS.replace(" ", "") in after.replace(" ", "")
    # The DOCX asks Word and LibreOffice the same: the table's rows keep with the next line.
    results = [t for t in document.tables if t.rows[0].cells[0].text == HEADER[0]]
    assert all(p.paragraph_format.keep_with_next for t in results for row in t.rows
               for cell in row.cells for p in cell.paragraphs)
