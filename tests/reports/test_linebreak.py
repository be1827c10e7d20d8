"""Thai line breaking: between dictionary words only, never inside a character cluster."""

from __future__ import annotations

import unicodedata

import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.reports.linebreak import break_lines, cluster_breaks, word_breaks
from ita_desktop.reports.model import Run
from ita_desktop.reports.pdf_text import Measurer
from ita_desktop.reports.specimen import HARD_WORDS, LONG_THAI


def test_words_are_found_without_spaces():
    text = "ส่วนราชการที่เกี่ยวข้อง"
    breaks = word_breaks(text)
    assert text[:breaks[0]] == "ส่วนราชการ"
    assert "ที่" in [text[a:b] for a, b in zip([0, *breaks], [*breaks, len(text)], strict=True)]


def test_cluster_breaks_keep_marks_and_leading_vowels_with_their_letter():
    for word in HARD_WORDS.split():
        for cut in cluster_breaks(word):
            assert unicodedata.category(word[cut]) != "Mn", (word, cut)
            assert word[cut - 1] not in "เแโใไ", (word, cut)
            assert word[cut] not in "ะาำ", (word, cut)
    assert cluster_breaks("เพื่อ") == [4]  # เพื่ | อ: the vowel and tone mark stay on พ
    assert cluster_breaks("น้ำ") == []


@pytest.mark.parametrize("width", [40, 61, 87, 120, 133, 177, 210, 260, 333, 451])
def test_every_line_fits_and_ends_at_a_word_boundary(width):
    measure = Measurer(16, DigitStyle.THAI)
    lines = break_lines([Run(LONG_THAI)], width, width, measure)
    text = "".join(line.text + line.tail for line in lines)
    assert text == LONG_THAI
    stops = {0, *word_breaks(LONG_THAI), len(LONG_THAI)}
    offset = 0
    for line in lines:
        assert measure(line.text, Run(line.text)) <= width + 0.01
        offset += len(line.text) + len(line.tail)
        if offset not in stops:
            start = max(s for s in stops if s < offset)
            end = min(s for s in stops if s > offset)
            word = LONG_THAI[start:end]
            assert measure(word, Run(word)) > width
            assert offset - start in cluster_breaks(word)


def test_a_space_at_a_break_is_kept_as_the_tail_not_drawn():
    measure = Measurer(16, DigitStyle.THAI)
    lines = break_lines([Run("ปีงบประมาณ โดยหน่วยงาน")],
                        measure("ปีงบประมาณ", Run("")) + 2, 500, measure)
    assert [line.text for line in lines] == ["ปีงบประมาณ", "โดยหน่วยงาน"]
    assert lines[0].tail == " "


def test_runs_keep_their_look_across_a_break_and_newlines_break_hard():
    measure = Measurer(16, DigitStyle.THAI)
    runs = [Run("ขีดเส้นใต้ ", underline=True), Run("ตัวหนา\nบรรทัดใหม่", bold=True)]
    lines = break_lines(runs, 500, 500, measure)
    assert [line.text for line in lines] == ["ขีดเส้นใต้ ตัวหนา", "บรรทัดใหม่"]
    assert [piece.run.bold for piece in lines[0].pieces] == [False, True]
    assert lines[1].pieces[0].run.bold


def _pieces(text: str, keep: frozenset[str] = frozenset()) -> list[str]:
    stops = [0, *word_breaks(text, keep), len(text)]
    return [text[a:b] for a, b in zip(stops, stops[1:], strict=False)]


def test_a_kept_name_has_no_break_inside_while_the_space_before_it_still_breaks():
    text = "ของ ตม.จว.ศรีวารินทร์"
    assert "นทร์" in _pieces(text)  # the dictionary alone cuts the place name
    assert _pieces(text, frozenset({"ศรีวารินทร์"})) == ["ของ", " ", "ตม.จว.ศรีวารินทร์"]


def test_a_surname_moves_whole_to_the_next_line():
    measure = Measurer(16, DigitStyle.THAI)
    runs = [Run("นายสมปอง เรือนใสแก้ว")]
    width = measure("นายสมปอง เรือนใส", Run("")) + 1
    plain = break_lines(runs, width, width, measure)
    assert [line.text for line in plain] == ["นายสมปอง เรือนใส", "แก้ว"]
    kept = break_lines(runs, width, width, measure, frozenset({"สมปอง", "เรือนใสแก้ว"}))
    assert [line.text for line in kept] == ["นายสมปอง", "เรือนใสแก้ว"]
    assert kept[0].tail == " "


def test_a_kept_name_wider_than_the_line_is_split_between_clusters():
    measure = Measurer(16, DigitStyle.THAI)
    name = "ศรีวารินทร์"
    width = measure("ศรีวา", Run("")) + 0.5
    lines = break_lines([Run(name)], width, width, measure, frozenset({name}))
    assert len(lines) > 1
    assert "".join(line.text for line in lines) == name
    offset = 0
    for line in lines[:-1]:
        assert measure(line.text, Run(line.text)) <= width
        offset += len(line.text)
        assert offset in cluster_breaks(name)
