"""The PDF renderer on the specimen: text that copies out exactly, fonts embedded, official
page numbers, digits, tables across pages."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from reportlab.lib.units import cm

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.reports.linebreak import cluster_breaks, word_breaks
from ita_desktop.reports.model import (
    DRAFT_MARK,
    Align,
    Cell,
    Document,
    ListBlock,
    ListItem,
    Orientation,
    PageSetup,
    Paragraph,
    Picture,
    Run,
    SignatureBlock,
    Signer,
    Table,
    Verification,
    span_row,
)
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.reports.pdf_text import Measurer, _hb_font
from ita_desktop.reports.render_pdf import render_pdf
from ita_desktop.reports.specimen import HARD_WORDS, LONG_THAI, specimen_png
from tests.reports.pdf_pages import (
    Box,
    find,
    images,
    metadata,
    occurrences,
    one,
    page_sizes,
    stroked_segments,
    text_boxes,
)


@pytest.fixture(scope="module")
def thai_pdf(specimen_thai) -> bytes:
    return render_pdf(specimen_thai, invariant=True)


@pytest.fixture(scope="module")
def arabic_pdf(specimen_arabic) -> bytes:
    return render_pdf(specimen_arabic, invariant=True)


def joined(pages: list[str]) -> str:
    # A reader ends every laid-out line with CR LF; the text itself is what lies between.
    # Page numbers ("- ๒ -") and the verification footer of a signed document stand on every
    # page, so a paragraph running over the page break reads whole once they are taken out.
    lines = [line for page in pages
             for line in re.sub(r"^- [0-9๐-๙]+ -", "", page).split("\r\n")]
    return "".join(line for line in lines if not line.startswith("รายงานเลขที่"))


def test_text_copies_out_exactly_as_written(thai_pdf):
    text = joined(pdf_pages_text(thai_pdf))
    assert "คำที่ยาก: " + HARD_WORDS in text
    # The long paragraph is broken over several lines and still reads back whole.
    assert LONG_THAI + " ขีดเส้นใต้ และตัวหนา ปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๒๔ รายการ" in text
    assert LONG_THAI * 3 in text
    for word in HARD_WORDS.split():
        assert word in text
    # Nothing from the private use area: every glyph maps back to real text.
    assert not re.search("[\ue000-\uf8ff]", text)


def test_fonts_are_embedded_subsets_and_nothing_else(thai_pdf):
    fonts = re.findall(rb"/BaseFont /([^\s/]+)", thai_pdf)
    assert fonts, "no font in the file"
    assert all(re.fullmatch(rb"[A-Z]{6}\+Sarabun-\w+", name) for name in fonts), fonts
    assert thai_pdf.count(b"/FontFile2") == len(set(fonts))
    assert b"Helvetica" not in thai_pdf


def test_page_numbers_from_the_second_page_in_the_official_form(thai_pdf, arabic_pdf):
    thai = pdf_pages_text(thai_pdf)
    arabic = pdf_pages_text(arabic_pdf)
    assert len(thai) >= 3
    assert "- ๑ -" not in thai[0] and "- 1 -" not in thai[0]
    for number, page in enumerate(thai[1:], start=2):
        assert page.startswith(f"- {'๐๑๒๓๔๕๖๗๘๙'[number]} -")
    assert arabic[1].startswith("- 2 -")


def test_digits_follow_the_document_setting_except_verbatim_text(thai_pdf, arabic_pdf):
    thai = joined(pdf_pages_text(thai_pdf))
    arabic = joined(pdf_pages_text(arabic_pdf))
    assert "ที่ ๒๗/๒๕๖๘" in thai and "ที่ 27/2568" in arabic
    assert "ita2568@immigration.go.th" in thai  # an e-mail address keeps its digits
    without_verbatim = thai.replace("ita2568@immigration.go.th", "").replace(
        "3F9A-21C0-77B4-E615", "")
    assert not re.search(r"[0-9]", without_verbatim)
    assert not re.search("[๐-๙]", arabic)


def test_table_header_repeats_on_the_next_page(thai_pdf):
    pages = pdf_pages_text(thai_pdf)
    with_rows = [page for page in pages if "ร.ต.อ.สมชาย ใจดี" in page]
    assert len(with_rows) >= 2, "the specimen table should run over two pages"
    for page in with_rows:
        assert "ผู้รับผิดชอบ" in page and "กำหนดส่ง" in page


def test_signed_document_carries_the_verification_line_on_every_page(thai_pdf, arabic_pdf):
    line = "รายงานเลขที่ ๒๕๖๙-๐๐๑ ฉบับที่ ๒ ลงนาม ๒๒ พ.ย. ๒๕๖๙ ค่าแฮช 3F9A-21C0-77B4-E615"
    assert all(line in page for page in pdf_pages_text(thai_pdf))
    assert "ค่าแฮช" not in joined(pdf_pages_text(arabic_pdf))


@pytest.mark.parametrize("indent_cm", [0, 3.3, 7.1, 11.9])
def test_lines_break_only_between_words_in_the_pdf(indent_cm):
    doc = Document(title="t", parts=(Paragraph((Run(LONG_THAI),), left_indent_cm=indent_cm),))
    lines = pdf_pages_text(render_pdf(doc))[0].split("\r\n")
    assert "".join(lines) == LONG_THAI
    width = (doc.page.text_width_cm - indent_cm) * cm
    measure = Measurer(16, DigitStyle.THAI)
    stops = [0, *word_breaks(LONG_THAI), len(LONG_THAI)]
    offset = 0
    for line in lines[:-1]:
        offset += len(line)
        if offset in stops:
            continue
        # Only a dictionary word wider than the whole line may be split, between clusters.
        start = max(s for s in stops if s < offset)
        end = min(s for s in stops if s > offset)
        word = LONG_THAI[start:end]
        assert measure(word, Run(word)) > width - 1, f"broken inside a word: {line[-8:]}|"
        assert offset - start in cluster_breaks(word)
    assert len(lines) >= 5


def test_long_thai_text_runs_over_many_pages_without_error():
    doc = Document(title="long", parts=tuple(Paragraph((Run(LONG_THAI),), first_line_indent_cm=2.5)
                                             for _ in range(60)), digits=DigitStyle.ARABIC)
    pages = pdf_pages_text(render_pdf(doc))
    assert len(pages) >= 4
    assert joined(pages).count(LONG_THAI) == 60


def test_progress_reaches_the_end(specimen_arabic):
    seen: list[tuple[int, int]] = []
    render_pdf(specimen_arabic, lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


# --- the parts the order, the minutes, the calendars and the photo report need ------------


def small_doc(*parts, **options) -> Document:
    return Document(title="ทดสอบ", parts=tuple(parts), **options)


def member_table(grid: bool) -> Table:
    rows = tuple((Cell((Run(f"๑.{n}"),)), Cell((Run(f"พันตำรวจโท สมชาย ตัวอย่าง {n}"),)),
                  Cell((Run("คณะทำงาน"),))) for n in range(1, 4))
    return Table(columns=(1, 8, 4), header_rows=(), rows=rows, grid=grid)


def test_a_table_without_grid_draws_no_line_at_all():
    ruled = stroked_segments(render_pdf(small_doc(member_table(grid=True))))[0]
    bare_pdf = render_pdf(small_doc(member_table(grid=False)))
    assert len(ruled) >= 8, "a ruled table draws its grid"
    assert stroked_segments(bare_pdf)[0] == []
    # The text still stands in its columns: names on one left edge, roles on another.
    pages = text_boxes(bare_pdf)
    names = [box.left for _, box in find(pages, "สมชาย ตัวอย่าง")]
    roles = [box.left for _, box in find(pages, "คณะทำงาน")]
    assert len(names) == len(roles) == 3
    assert max(names) - min(names) < 1 and max(roles) - min(roles) < 1
    assert min(roles) > max(names) + 5 * cm


def test_a_group_row_spans_every_column_and_no_grid_line_crosses_it():
    group = "ช่วงดำเนินการประเมินและเผยแพร่ข้อมูลต่อสาธารณะทุกรายการ"
    step = (Cell((Run("๑"),)), Cell((Run("๑ ม.ค."),)), Cell((Run("เผยแพร่ข้อมูล"),)))
    table = Table(columns=(1, 3, 6), header_rows=(), rows=(step, span_row(3, group), step))
    pdf = render_pdf(small_doc(table))
    _, box = one(text_boxes(pdf), group)
    width = Document(title="", parts=()).page.text_width_cm * cm
    assert box.right - box.left > 0.4 * width, "the group text runs past the first columns"
    left_edge, right_edge = 3 * cm, 3 * cm + width
    inner_verticals = [s for s in stroked_segments(pdf)[0]
                       if abs(s[0][0] - s[1][0]) < 0.1
                       and left_edge + 1 < s[0][0] < right_edge - 1]
    assert inner_verticals, "the step rows have column lines"
    for (x, y1), (_, y2) in inner_verticals:
        assert not min(y1, y2) < box.middle < max(y1, y2), f"a column line at x={x} crosses"


def nested_list(digits: DigitStyle) -> Document:
    return small_doc(ListBlock(items=(
        ListItem((Run("ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้ง"),), (
            ListItem((Run("ผลการประเมินปีที่ผ่านมา"),), (
                ListItem((Run("คะแนน IIT EIT และ OIT"),)),
                ListItem((Run(LONG_THAI[:160]),)),
            )),
            ListItem((Run("การมอบหมายผู้รับผิดชอบ"),)),
        )),
        ListItem((Run("ระเบียบวาระที่ ๒ เรื่องเพื่อพิจารณา"),)),
    )), digits=digits)


@pytest.mark.parametrize(("digits", "labels"), [
    (DigitStyle.THAI, ("๑.", "๑.๑", "๑.๑.๑", "๑.๑.๒", "๑.๒", "๒.")),
    (DigitStyle.ARABIC, ("1.", "1.1", "1.1.1", "1.1.2", "1.2", "2.")),
])
def test_nested_lists_are_numbered_per_level_and_indented_per_depth(digits, labels):
    pdf = render_pdf(nested_list(digits))
    text = pdf_pages_text(pdf)[0]
    order = [text.index(label + " " if label.endswith(".") else label + " ") for label in
             ("", *labels)[1:]]
    assert order == sorted(order), "labels in reading order"
    pages = text_boxes(pdf)
    starts = {label: min(box.left for _, box in find(pages, label)) for label in labels}
    top, second, third = starts[labels[0]], starts[labels[1]], starts[labels[2]]
    assert top < second - 0.5 * cm and second < third - 0.5 * cm
    assert starts[labels[4]] == pytest.approx(second, abs=1)
    assert starts[labels[5]] == pytest.approx(top, abs=1)
    # A long entry wraps under its own text, not under its label.
    _, first = one(pages, labels[3])
    more = [box for box in pages[0] if len(box.text) > 5 and box.text in LONG_THAI[:160]
            and box.top < first.bottom]
    assert more, "the long entry runs onto a second line"
    assert all(box.left > third + 0.5 * cm for box in more)


def test_a_picture_has_its_given_size_never_wider_than_the_text_and_its_caption_below():
    photo = specimen_png(400, 300)
    caption = "ภาพที่ ๑ จุดบริการแบบเบ็ดเสร็จ"
    pdf = render_pdf(small_doc(
        Picture(photo, width_cm=8.0, caption=(Run(caption),)),
        Picture(photo, width_cm=3.0, height_cm=3.0, align=Align.LEFT),
        Picture(photo, width_cm=40.0)))
    shown = [img for page in images(pdf) for img in page]
    sizes = [((right - left) / cm, (top - bottom) / cm) for left, bottom, right, top in shown]
    assert sizes[0] == pytest.approx((8.0, 6.0), abs=0.05)
    assert sizes[1] == pytest.approx((3.0, 3.0), abs=0.05)
    text_width = Document(title="", parts=()).page.text_width_cm
    assert sizes[2] == pytest.approx((text_width, text_width * 0.75), abs=0.05)
    assert shown[1][0] == pytest.approx(3 * cm, abs=0.5), "left-aligned at the margin"
    assert (shown[0][0] + shown[0][2]) / 2 == pytest.approx((3 + text_width / 2) * cm, abs=1)
    _, box = one(text_boxes(pdf), caption)
    assert box.top <= shown[0][1] + 1 and box.top > shown[0][1] - 1 * cm
    assert (box.left + box.right) / 2 == pytest.approx((shown[0][0] + shown[0][2]) / 2, abs=15)


def test_a_section_break_puts_the_following_pages_in_landscape(thai_pdf):
    sizes = page_sizes(thai_pdf)
    landscape = [n for n, (w, h) in enumerate(sizes) if w > h]
    assert landscape, "the calendar section is landscape"
    assert landscape == list(range(landscape[0], landscape[-1] + 1))
    assert landscape[0] > 0 and landscape[-1] < len(sizes) - 1, "portrait before and after"
    assert sizes[landscape[0]] == pytest.approx((29.7 * cm, 21.0 * cm), abs=1)
    pages = text_boxes(thai_pdf)
    calendar_page, _ = one(pages, "ปฏิทินกิจกรรม ๑")
    assert calendar_page == landscape[0]
    # The landscape section's own margins: the heading starts 2 cm from the left edge.
    assert one(pages, "ปฏิทินกิจกรรม ๑")[1].left == pytest.approx(2 * cm, abs=2)
    assert one(pages, "ช่วงสรุปผลและเผยแพร่ผลการประเมิน")[0] == landscape[0]


def test_side_by_side_signers_stand_on_one_level(thai_pdf):
    pages = text_boxes(thai_pdf)
    checker_page, checker = one(pages, "(นางสาวมาลี ตัวอย่าง)")
    recorder = [box for n, box in find(pages, "(สุดา ตัวอย่าง)") if n == checker_page]
    assert len(recorder) == 1
    # (Boxes follow the marks above and below the letters, so "the same line" is a few points.)
    assert recorder[0].bottom == pytest.approx(checker.bottom, abs=4)
    assert checker.left - recorder[0].left > 6 * cm


def test_a_lead_in_paragraph_kept_with_next_never_ends_a_page():
    def doc(keep: bool, filler: int) -> Document:
        return small_doc(
            *(Paragraph((Run(f"บรรทัดที่ {n}"),)) for n in range(filler)),
            Paragraph((Run("คณะทำงานประกอบด้วย"),), keep_with_next=keep),
            member_table(grid=False))

    # Find the page end: the filler after which the lead-in line is the last line of page 1.
    for filler in range(20, 45):
        pages = text_boxes(render_pdf(doc(False, filler)))
        if one(pages, "คณะทำงานประกอบด้วย")[0] == 0 and one(pages, "ตัวอย่าง ๑")[0] == 1:
            break
    else:
        pytest.fail("no filler length puts the lead-in line at the page end")
    pages = text_boxes(render_pdf(doc(True, filler)))
    assert one(pages, "คณะทำงานประกอบด้วย")[0] == one(pages, "ตัวอย่าง ๑")[0] == 1


# --- the signature block as the seeds print it, kept together and with the text ----------


def lines_of(pages: list[list[Box]], page: int) -> list[Box]:
    return sorted(pages[page], key=lambda box: -box.top)


def test_the_signature_block_reads_as_the_seeds_print_it(thai_pdf):
    pages = text_boxes(thai_pdf)
    text = joined(pdf_pages_text(thai_pdf))
    for rank, name, below in (
            ("ร.ต.ท.หญิง", "สุดา ตัวอย่าง", ("รอง สว.ตม.จว.ศรีวารินทร์", "ผู้จัดทำ", "๒๑ พ.ย. ๒๕๖๙")),
            ("พ.ต.ต.", "ประสิทธิ์ ตัวอย่าง", ("สว.ตม.จว.ศรีวารินทร์", "ผู้ตรวจ", "๒๑ พ.ย. ๒๕๖๙")),
            ("พ.ต.อ.", "วิชัย ตัวอย่าง", ("ผกก.ตม.จว.ศรีวารินทร์", "ผู้อนุมัติ", "๒๒ พ.ย. ๒๕๖๙"))):
        assert f"({rank}" not in text and f"{rank} {name}" not in text, "rank in brackets"
        page, bracket = find(pages, f"({name})")[-1]
        lines = [box for box in lines_of(pages, page)
                 if abs((box.left + box.right) / 2 - (bracket.left + bracket.right) / 2) < 3 * cm]
        k = next(i for i, box in enumerate(lines) if box.text == f"({name})")
        # the signing line: the rank, then the dots or the signature
        signing = [box for box in lines if abs(box.middle - lines[k - 1].middle) < 6]
        assert lines[k - 1].top > bracket.top
        assert any(box.text.startswith(rank) for box in signing), [b.text for b in signing]
        assert [box.text for box in lines[k + 1:k + 4]] == list(below)
    # the checker's "above" text stands over its signing line
    above_page, above = one(pages, "ตรวจแล้วถูกต้อง")
    _, rank_line = [hit for hit in find(pages, "พ.ต.ต.") if hit[0] == above_page][0]
    assert above.bottom > rank_line.top
    # a hand signature is a dotted line beside the rank
    dots = [box for box in pages[above_page] if box.text.startswith("........")
            and abs(box.middle - rank_line.middle) < 6]
    assert dots and dots[0].left > rank_line.right - 1


def test_the_signature_image_sits_on_the_signing_line_after_the_rank(thai_pdf):
    pages = text_boxes(thai_pdf)
    page, rank = [hit for hit in find(pages, "พ.ต.อ.") if "(" not in hit[1].text][-1]
    signature = [img for img in images(thai_pdf)[page] if img[3] - img[1] < 1.5 * cm]
    assert len(signature) == 1
    left, bottom, right, top = signature[0]
    assert left > rank.right - 1, "after the rank"
    assert rank.bottom - 6 < bottom < rank.bottom + 3, "standing on the line"
    assert top - bottom == pytest.approx(1.2 * cm, abs=1)


def test_a_civilian_signs_without_a_rank_line(thai_pdf):
    pages = text_boxes(thai_pdf)
    page, name = one(pages, "(นางสาวมาลี ตัวอย่าง)")
    above = [box for box in pages[page] if 0 < box.bottom - name.top < 25
             and box.left > name.left - 2 * cm and box.right < name.right + 2 * cm]
    assert above and all(set(box.text) == {"."} for box in above), [b.text for b in above]


def signers(count: int = 3) -> SignatureBlock:
    return SignatureBlock(signers=tuple(
        Signer(role=role, rank="พ.ต.ต.", name=f"ผู้ลงนาม คนที่{k}", position="สว.ตม.จว.ศรีวารินทร์",
               date_text="๒๑ พ.ย. ๒๕๖๙") for k, role in enumerate(("ผู้จัดทำ", "ผู้ตรวจ",
                                                                  "ผู้อนุมัติ")[:count])))


def rows_table(count: int) -> Table:
    return Table(columns=(1, 6, 6), header_rows=((Cell((Run("ลำดับ"),)), Cell((Run("ชื่อ"),)),
                                                  Cell((Run("ตำแหน่ง"),))),),
                 rows=tuple((Cell((Run(str(n)),)), Cell((Run(f"แถวที่{thai(n)} ชื่อ"),)),
                             Cell((Run("สว.ตม."),))) for n in range(1, count + 1)))


def thai(number: int) -> str:
    return apply_digits(str(number), DigitStyle.THAI)


def pages_of(pages: list[list[Box]], text: str) -> set[int]:
    return {n for n, _ in find(pages, text)}


def test_a_signature_block_after_a_table_takes_the_last_rows_with_it():
    moved = 0
    for count in range(22, 34):
        pdf = render_pdf(small_doc(rows_table(count), signers()))
        pages = text_boxes(pdf)
        block = set().union(*(pages_of(pages, f"คนที่{thai(k)}") for k in range(3)),
                            pages_of(pages, "ผู้อนุมัติ"))
        assert len(block) == 1, f"{count} rows: the block split over pages {block}"
        last = {pages_of(pages, f"แถวที่{thai(n)} ").pop() for n in (count - 1, count)}
        assert last == block, f"{count} rows: the last rows on {last}, the block on {block}"
        moved += block.pop() > 0
        # the rows that moved still have the header above them
        assert pages_of(pages, "ลำดับ") == set(range(len(pages)))
    assert moved, "some table length must push the block onto the next page"


def test_a_signature_block_after_a_paragraph_takes_its_last_lines_with_it():
    moved = 0
    for count in range(14, 24, 2):
        filler = [Paragraph((Run(f"ย่อหน้าที่{n} {LONG_THAI[:60]}"),)) for n in range(count)]
        pdf = render_pdf(small_doc(*filler, Paragraph((Run("ย่อหน้าสุดท้าย " + LONG_THAI),)),
                                   signers(2)))
        pages = text_boxes(pdf)
        block = pages_of(pages, "คนที่๐") | pages_of(pages, "คนที่๑") | pages_of(pages, "ผู้ตรวจ")
        assert len(block) == 1
        page = block.pop()
        before = [box for box in lines_of(pages, page) if box.text in LONG_THAI]
        assert len(before) >= 2, f"{count}: the block stands without the text before it"
        moved += page > 0 and one(pages, "ย่อหน้าสุดท้าย")[0] == 0
    assert moved, "some text length must push the block and the last lines onto page 2"


@pytest.mark.parametrize("with_signers", [True, False])
def test_the_verification_never_stands_alone_on_the_last_page(with_signers):
    verification = Verification(report_number="2569-001", version=1, signed_on="1 ม.ค. 2569",
                                fingerprint="AAAA", line="ตรวจสอบได้ที่ AAAA-BBBB",
                                qr_payload="ITA-DESKTOP|2569-001|1")
    turned = 0
    for count in range(24, 34):
        parts = (rows_table(count), signers()) if with_signers else (rows_table(count),)
        pdf = render_pdf(small_doc(*parts, verification=verification))
        pages = text_boxes(pdf)
        last = len(pages) - 1
        body = [box for box in pages[last] if "ตรวจสอบได้ที่" in box.text
                and box.bottom > 2 * cm]
        assert body, "the verification line beside the QR code"
        assert f"แถวที่{thai(count)} " in " ".join(box.text for box in pages[last]), count
        if with_signers:
            assert pages_of(pages, "คนที่๐") == {last}
        turned += last > 0 and f"แถวที่{thai(count - 2)} " not in " ".join(
            box.text for box in pages[last])
    assert turned, "some table length must put the closing at a page end"


def test_the_fact_sheet_like_closing_keeps_three_signers_on_one_page(thai_pdf):
    pages = text_boxes(thai_pdf)
    names = ("(สุดา ตัวอย่าง)", "(ประสิทธิ์ ตัวอย่าง)", "(วิชัย ตัวอย่าง)")
    closing = {find(pages, name)[-1][0] for name in names}
    assert closing == {len(pages) - 1}
    assert LONG_THAI[-20:] in pdf_pages_text(thai_pdf)[-1]


# --- draft mark and file information -------------------------------------------------------


def test_a_draft_carries_the_mark_on_every_page_and_a_signed_document_none(thai_pdf):
    from ita_desktop.reports.specimen import specimen_document

    draft = render_pdf(specimen_document(DigitStyle.THAI, draft=True), invariant=True)
    sizes = page_sizes(draft)
    assert any(w > h for w, h in sizes), "landscape pages are marked too"
    marks = occurrences(draft, DRAFT_MARK)
    for n, (width, height) in enumerate(sizes):
        assert len(marks[n]) == 1, f"page {n + 1}"
        left, bottom, right, top = marks[n][0]
        assert (left + right) / 2 == pytest.approx(width / 2, abs=width * 0.15)
        assert (bottom + top) / 2 == pytest.approx(height / 2, abs=height * 0.15)
        assert right - left > width / 4, "large enough to see at a glance"
    assert not any(DRAFT_MARK in page for page in pdf_pages_text(thai_pdf))


def test_the_file_information_names_the_document_its_author_and_when_it_was_made():
    made = datetime(2026, 3, 15, 10, 30, 5, tzinfo=timezone(timedelta(hours=7)))
    doc = small_doc(Paragraph((Run("ข้อความ"),)), author="ตม.จว.ศรีวารินทร์", created=made)
    info = metadata(render_pdf(doc, invariant=True))
    assert info["Title"] == "ทดสอบ"
    assert info["Author"] == "ตม.จว.ศรีวารินทร์"
    assert info["CreationDate"].startswith("D:20260315103005+07'00'")


# --- the verification beside the QR code: the hash and ค่าแฮช never break --------------------

HASH = "6D29-BAEE-4F1A-8D11"
SIGNED_LINE = f"รายงานเลขที่ ๒๕๖๙-๐๐๑ ฉบับที่ ๑ ลงนาม ๑๕ มี.ค. ๒๕๖๙ ค่าแฮช {HASH}"
NARROW = PageSetup(left_cm=11.0)
"""A text column 8 cm wide: the signers' half leaves 4 cm beside them for the QR code."""


def signed() -> Verification:
    return Verification(report_number="2569-001", version=1, signed_on="๑๕ มี.ค. ๒๕๖๙",
                        fingerprint=HASH, line=SIGNED_LINE, qr_payload="ITA-DESKTOP|2569-001|1")


def test_sarabun_draws_the_no_break_space_between_the_word_and_the_hash():
    for bold in (False, True):
        font, _ = _hb_font(bold, False)
        assert font.get_nominal_glyph(0x00A0), "U+00A0 would be drawn as a box"
    measure = Measurer(14, DigitStyle.THAI)
    assert measure("ค่าแฮช\u00a0X", Run("")) > measure("ค่าแฮชX", Run("")) + 1


@pytest.mark.parametrize("page", [PageSetup(), NARROW, PageSetup(Orientation.LANDSCAPE)],
                         ids=["a4", "narrow", "landscape"])
@pytest.mark.parametrize("with_signers", [True, False])
def test_beside_the_qr_code_the_version_and_the_hash_stand_on_lines_of_their_own(
        page, with_signers):
    parts = (rows_table(3), signers()) if with_signers else (rows_table(3),)
    pages = text_boxes(render_pdf(small_doc(*parts, verification=signed(), page=page)))
    body = [box for box in pages[-1] if box.bottom > 2 * cm]  # above the page footer
    hashed = [box for box in body if "ค่าแฮช" in box.text or HASH[:4] in box.text]
    assert [box.text for box in hashed] == [f"ค่าแฮช\u00a0{HASH}"]
    version = [box for box in body if "รายงานเลขที่" in box.text]
    assert version and all("ค่าแฮช" not in box.text for box in version)
    assert min(box.bottom for box in version) > hashed[0].top - 1, "the version first"


@pytest.mark.parametrize("page", [PageSetup(), NARROW], ids=["a4", "narrow"])
def test_the_page_footer_carries_the_whole_line_on_one_line_on_every_page(page):
    pages = text_boxes(render_pdf(small_doc(rows_table(60), signers(), verification=signed(),
                                            page=page)))
    assert len(pages) > 1
    for boxes in pages:
        assert [box.text for box in boxes if box.top < 2 * cm] == [SIGNED_LINE]


@pytest.mark.parametrize("width_cm", [5.5, 6.5, 8.0, 10.0])
def test_a_paragraph_breaks_no_hash_no_abbreviation_and_nothing_glued_by_a_no_break_space(
        width_cm):
    """At any width that can hold them: only a word wider than the whole line is split."""
    glued = (f"ค่าแฮช\u00a0{HASH}", "มี.ค.", "2569-001", "ร.ต.อ.หญิง", "Desktop")
    text = " ".join(f"ส่วนราชการที่เกี่ยวข้อง{word}ของเอกสารฉบับนี้" for word in glued * 3)
    page = PageSetup(left_cm=21.0 - 2.0 - width_cm)
    pages = text_boxes(render_pdf(small_doc(Paragraph((Run(text, verbatim=True),)),
                                            page=page)))
    lines = "|".join(box.text for boxes in pages for box in boxes)
    assert lines.count("|") > 10, "the column must be narrow enough to break many lines"
    for word in glued:
        assert lines.count(word) == 3, (word, lines)
