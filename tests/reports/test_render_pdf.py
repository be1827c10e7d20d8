"""The PDF renderer on the specimen: text that copies out exactly, fonts embedded, official
page numbers, digits, tables across pages."""

from __future__ import annotations

import re

import pytest
from reportlab.lib.units import cm

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.reports.linebreak import cluster_breaks, word_breaks
from ita_desktop.reports.model import Document, Paragraph, Run
from ita_desktop.reports.pdf_read import pdf_pages_text
from ita_desktop.reports.pdf_text import Measurer
from ita_desktop.reports.render_pdf import render_pdf
from ita_desktop.reports.specimen import HARD_WORDS, LONG_THAI


@pytest.fixture(scope="module")
def thai_pdf(specimen_thai) -> bytes:
    return render_pdf(specimen_thai, invariant=True)


@pytest.fixture(scope="module")
def arabic_pdf(specimen_arabic) -> bytes:
    return render_pdf(specimen_arabic, invariant=True)


def joined(pages: list[str]) -> str:
    # A reader ends every laid-out line with CR LF; the text itself is what lies between.
    # Page numbers ("- ๒ -") come first on each page, so a paragraph running over the page
    # break reads whole once they are taken out.
    return re.sub(r"- [0-9๐-๙]+ -", "", "".join(pages).replace("\r\n", ""))


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
    line = "รายงานเลขที่ ๒๕๖๙-๐๐๑ ฉบับที่ ๒ ลงนาม ๒๒ พ.ย. ๒๕๖๙ ลายนิ้วมือ 3F9A-21C0-77B4-E615"
    assert all(line in page for page in pdf_pages_text(thai_pdf))
    assert "ลายนิ้วมือ" not in joined(pdf_pages_text(arabic_pdf))


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
