"""The committee order built from seed 002's committee: the structure the seed prints (the
member list numbered ๑.๑ … without grid lines, roles to the right, the commander's block with
the parent bureau), Thai or Arabic digits, the refusals, and how the PDF and LibreOffice's
rendering of the DOCX lay it out."""

from __future__ import annotations

import io
from datetime import date

import docx
import openpyxl
import pytest

from ita_desktop.domain.committee import register_key
from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.signoff import ORDER_SIGNERS, SignOff, Subject, SubjectKind
from ita_desktop.errors import AppError
from ita_desktop.reports import signing
from ita_desktop.reports.committee_order import (
    DUTIES_HEADING,
    build_member_list,
    build_order,
    order_data,
    order_document,
    order_named,
)
from ita_desktop.reports.model import (
    ListBlock,
    Paragraph,
    SignatureBlock,
    Table,
    TitleBlock,
    plain_text,
)
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.reports.render_docx import render_docx
from ita_desktop.reports.render_pdf import render_pdf
from ita_desktop.reports.render_xlsx import render_xlsx
from ita_desktop.reports.signing import DataSource
from tests.reports.committee_fixture import EMBLEM, ITAP, PEOPLE, UNIT, seed_order
from tests.reports.pdf_pages import images, one, stroked_segments, text_boxes
from tests.reports.standin_font import convert, libreoffice_home  # noqa: F401 fixture

ROLES = ["หัวหน้าคณะกรรมการ", "คณะกรรมการ", "คณะกรรมการ", "คณะกรรมการ", "คณะทำงาน",
         "คณะทำงาน", "คณะกรรมการและเลขานุการ"]


def _member_table(doc) -> Table:
    return next(p for p in doc.parts if isinstance(p, Table))


def _paragraphs(doc) -> list[str]:
    return [plain_text(p.runs) for p in doc.parts if isinstance(p, Paragraph)]


def _flat(text: str) -> str:
    return text.replace("\u00a0", " ")


@pytest.fixture(scope="module")
def order_doc():
    return order_document(seed_order(itap_admins=ITAP), UNIT, PEOPLE, EMBLEM)


def test_members_are_grouped_numbered_and_show_full_rank_position_and_role(order_doc):
    table = _member_table(order_doc)
    assert not table.grid and table.header_rows == ()
    assert [row[0].text for row in table.rows] == [f"1.{n}" for n in range(1, 8)]
    names = [row[1].text.split("\n") for row in table.rows]
    # The head first, the secretary last, however they were entered.
    assert names[0] == ["พันตำรวจเอก วิชัย ตัวอย่าง", "ผู้กำกับการตรวจคนเข้าเมืองจังหวัดศรีวารินทร์"]
    assert names[3][0] == "พันตำรวจโทหญิง ณิชา สงวนดี"
    assert names[6][0] == "พันตำรวจโทหญิง สุดา เรือนแก้ว"
    assert [row[2].text for row in table.rows] == ROLES


def test_the_head_of_the_order_and_its_closing_follow_seed_002(order_doc):
    title = order_doc.parts[0]
    assert isinstance(title, TitleBlock) and title.emblem == EMBLEM
    assert title.emblem_height_cm == 3.0
    assert plain_text(title.lines[0]) == ("คำสั่ง ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ "
                                          "กองบังคับการตรวจคนเข้าเมือง ๔")
    texts = [_flat(t) for t in _paragraphs(order_doc)]
    assert texts[0] == "ที่ 222/2566"
    assert texts[1].startswith("เรื่อง แต่งตั้งคณะทำงาน") and texts[1].endswith("พ.ศ. ๒๕๖๗")
    preamble = [p for p in order_doc.parts if isinstance(p, Paragraph)
                and p.first_line_indent_cm == 2.5]
    assert len(preamble) == 3  # the two paragraphs and the effective clause
    assert DUTIES_HEADING in texts
    duties = next(p for p in order_doc.parts if isinstance(p, ListBlock))
    assert len(duties.items) == 4 and not duties.numbered
    assert any(t.startswith("มอบหมาย ร้อยตำรวจเอกหญิง ธนิดา คณาดี "
                            "รองสารวัตรตรวจคนเข้าเมืองจังหวัดศรีวารินทร์ เป็นผู้ดูแลระบบ ITAP")
               for block in order_doc.parts if isinstance(block, ListBlock)
               for t in (plain_text(i) for i in block.items))
    assert texts[-2:] == ["ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", "สั่ง ณ วันที่ ๒๘ ธันวาคม พ.ศ. ๒๕๖๖"]
    block = order_doc.parts[-1]
    assert isinstance(block, SignatureBlock) and len(block.signers) == 1
    signer = block.signers[0]
    # A draft names the commander, with a dotted line for the hand signature.
    assert (signer.rank, signer.name, signer.position, signer.role, signer.date_text) == (
        "พันตำรวจเอก", "วิชัย ตัวอย่าง", "ผู้กำกับการตรวจคนเข้าเมืองจังหวัดศรีวารินทร์",
        "กองบังคับการตรวจคนเข้าเมือง ๔", "")


# The kind as the register knows it: signed by the order's signer alone, in full titles.
ORDER_KIND = signing.report_kind("committee-order")


def test_the_register_knows_the_order_signed_by_its_signer_alone_and_the_member_list():
    assert (ORDER_KIND.roles, ORDER_KIND.subject, ORDER_KIND.full_titles, ORDER_KIND.formats,
            ORDER_KIND.source, ORDER_KIND.build) == (
        ORDER_SIGNERS, SubjectKind.ORDER, True, ("pdf", "docx"), DataSource.COMMITTEE,
        build_order)
    members = signing.report_kind("committee-members")
    assert (members.subject, members.formats, members.build) == (
        SubjectKind.ORDER, ("xlsx", "pdf"), build_member_list)


def test_signed_off_through_the_register_the_block_is_the_commanders_in_full():
    data = order_data(seed_order(), UNIT, PEOPLE, EMBLEM)
    frozen = signing.freeze(ORDER_KIND, 2567, Subject(SubjectKind.ORDER, "222/2566"),
                            DigitStyle.THAI, data)
    signoff = SignOff("signed", 1, "พ.ต.อ.วิชัย ตัวอย่าง", "ผกก.ตม.จว.ศรีวารินทร์",
                      date(2023, 12, 28))
    doc = signing.signed_document(frozen, "2567-001", 1, [signoff], {1: EMBLEM})
    signer = doc.parts[-1].signers[0]
    assert (signer.rank, signer.name, signer.position, signer.role, signer.date_text,
            signer.signature) == (
        "พันตำรวจเอก", "วิชัย ตัวอย่าง", "ผู้กำกับการตรวจคนเข้าเมืองจังหวัดศรีวารินทร์",
        "กองบังคับการตรวจคนเข้าเมือง ๔", "", EMBLEM)
    assert doc.verification is not None
    # A draft has the same block without the signature, never the label "ผู้ลงนาม".
    draft = signing.draft_document(frozen).parts[-1].signers[0]
    assert (draft.name, draft.role, draft.signature) == (
        "วิชัย ตัวอย่าง", "กองบังคับการตรวจคนเข้าเมือง ๔", None)


def test_the_order_a_subject_names_is_found_in_its_year():
    orders = [seed_order(id=1), seed_order(id=2, number=41, dated=date(2024, 3, 1))]
    assert order_named(orders, 2567, "๔๑/๒๕๖๗").id == 2
    assert register_key(orders[0]) == "222/2566"
    with pytest.raises(AppError) as refused:
        order_named(orders, 2567, "41/2566")
    assert refused.value.code == "report.no_order"
    assert refused.value.values["known"] == "222/2566, 41/2567"
    with pytest.raises(AppError) as refused:
        order_named(orders, 2568, "222/2566")
    assert refused.value.code == "report.no_order"
    with pytest.raises(AppError) as refused:
        order_named(orders, 2567, "คำสั่งที่ 41")
    assert refused.value.code == "report.order_subject"


def test_an_effective_date_is_worded_and_an_order_without_itap_duties_has_no_such_part():
    doc = order_document(seed_order(effective_on=date(2024, 1, 2)), UNIT, PEOPLE, EMBLEM)
    texts = [_flat(t) for t in _paragraphs(doc)]
    assert "ทั้งนี้ ตั้งแต่วันที่ ๒ มกราคม พ.ศ. ๒๕๖๗ เป็นต้นไป" in texts
    assert "ผู้ดูแลระบบ ITAP" not in texts


def test_without_an_emblem_or_a_member_in_the_roster_the_order_is_refused():
    with pytest.raises(AppError) as refused:
        order_data(seed_order(), UNIT, PEOPLE, None)
    assert refused.value.code == "report.order_no_emblem"
    gone = {k: v for k, v in PEOPLE.items() if k != 5}
    with pytest.raises(AppError) as refused:
        order_data(seed_order(), UNIT, gone, EMBLEM)
    assert refused.value.code == "committee.not_in_roster"
    assert refused.value.values["id"] == 5


def test_the_data_does_not_depend_on_the_digits():
    data = order_data(seed_order(), UNIT, PEOPLE, EMBLEM)
    assert data["order"]["number"] == 222 and data["order"]["number_year"] == 2566
    assert [m["role"] for m in data["members"]] == ROLES


def test_the_pdf_prints_thai_digits_by_default_and_arabic_when_asked(order_doc):
    pdf = render_pdf(order_doc)
    text = _flat("\n".join(pdf_pages_text(pdf)))
    for expected in ("ที่ ๒๒๒/๒๕๖๖", "๑.๑", "๑.๗", "หัวหน้าคณะกรรมการ", "คณะกรรมการและเลขานุการ",
                     "สั่ง ณ วันที่ ๒๘ ธันวาคม พ.ศ. ๒๕๖๖", "(วิชัย ตัวอย่าง)",
                     "กองบังคับการตรวจคนเข้าเมือง ๔"):
        assert expected in text, expected
    assert "222" not in text
    # No grid lines anywhere: the member list only lines up its columns.
    assert all(page == [] for page in stroked_segments(pdf))
    # The emblem 3 cm high, centred on the first page.
    (left, bottom, right, top), = images(pdf)[0]
    assert abs((top - bottom) - 3 / 2.54 * 72) < 1.5
    assert abs((left + right) / 2 - (3.0 + 16.0 / 2) / 2.54 * 72) < 2
    # The role stands right of the name, on the name's line.
    pages = text_boxes(pdf)
    _, head = one(pages, "หัวหน้าคณะกรรมการ")
    _, name = one(pages, "พันตำรวจเอก วิชัย ตัวอย่าง")
    assert head.left > name.right and abs(head.middle - name.middle) < 3
    arabic = _flat("\n".join(pdf_pages_text(render_pdf(order_document(
        seed_order(), UNIT, PEOPLE, EMBLEM, DigitStyle.ARABIC)))))
    assert "ที่ 222/2566" in arabic and "1.7" in arabic and "28 ธันวาคม พ.ศ. 2566" in arabic


def test_libreoffice_lays_the_docx_out_on_two_pages_in_the_seeds_order(
        order_doc, tmp_path, libreoffice_home):  # noqa: F811
    data = render_docx(order_doc)
    opened = docx.Document(io.BytesIO(data))
    assert opened.tables and len(opened.tables[0].rows) == 7
    source = tmp_path / "order.docx"
    source.write_bytes(data)
    pages = [_flat(p) for p in pdf_pages_text(convert(source, "pdf", tmp_path,
                                                      libreoffice_home).read_bytes())]
    assert len(pages) == 2
    whole = "\n".join(pages)
    marks = ["คำสั่ง ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์", "ที่ ๒๒๒/๒๕๖๖", "๑.๑", "๑.๗",
             DUTIES_HEADING, "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", "สั่ง ณ วันที่ ๒๘ ธันวาคม พ.ศ. ๒๕๖๖",
             "(วิชัย ตัวอย่าง)"]
    at = 0
    for mark in marks:  # each after the one before (the preamble also says "หน้าที่…")
        at = whole.index(mark, at) + len(mark)
    # The commander's block closes the order on the last page, with the parent bureau.
    assert "(วิชัย ตัวอย่าง)" in pages[-1] and "กองบังคับการตรวจคนเข้าเมือง ๔" in pages[-1]


def test_the_member_list_workbook_has_one_row_per_member():
    data = order_data(seed_order(), UNIT, PEOPLE, EMBLEM)
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(
        build_member_list(data, 2567, DigitStyle.THAI, (), None))))
    values = [[c for c in row if c is not None] for row in book.active.iter_rows(
        values_only=True)]
    values = [row for row in values if row]
    header = values.index(["ลำดับ", "ยศ ชื่อ สกุล", "ตำแหน่ง", "หน้าที่"])
    rows = values[header + 1:header + 8]
    assert [r[0] for r in rows] == [f"๑.{n}" for n in "๑๒๓๔๕๖๗"]
    assert rows[0][1:] == ["พันตำรวจเอก วิชัย ตัวอย่าง",
                           "ผู้กำกับการตรวจคนเข้าเมืองจังหวัดศรีวารินทร์", "หัวหน้าคณะกรรมการ"]
    assert [r[3] for r in rows] == ROLES
    assert any("ที่ ๒๒๒/๒๕๖๖ ลงวันที่ ๒๘ ธันวาคม ๒๕๖๖" in str(v) for row in values[:header]
               for v in row)


def test_the_member_list_moves_the_place_name_of_a_long_position_whole_to_its_next_line():
    doc = build_member_list(order_data(seed_order(itap_admins=ITAP), UNIT, PEOPLE, EMBLEM),
                            2567, DigitStyle.THAI, (), None)
    assert {"ศรีวารินทร์", "ธนา", "ทดลองดี", "สุดา", "เรือนแก้ว", "ธนิดา", "คณาดี"} \
        <= doc.keep_whole
    lines = [box.text for page in text_boxes(render_pdf(doc, invariant=True)) for box in page]
    # The dictionary alone breaks "รองผู้กำกับการตรวจคนเข้าเมืองจังหวัดศรีวาริ" / "นทร์" here.
    assert lines.count("รองผู้กำกับการตรวจคนเข้าเมืองจังหวัด") == 2
    assert not any(line.endswith("ศรีวาริ") or line.startswith("นทร์") for line in lines)
