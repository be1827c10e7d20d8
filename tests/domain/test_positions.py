"""Tests for abbreviating and spelling out position and unit words."""

import pytest

from ita_desktop.domain.positions import (
    POSITION_TERMS,
    PositionTerm,
    abbreviate_position,
    expand_position,
)

# Full and abbreviated pairs as they appear in the seed reports' orders, minutes and tables.
SEED_PAIRS = [
    ("รองสารวัตรตรวจคนเข้าเมืองจังหวัดมุกดาหาร", "รอง สว.ตม.จว.มุกดาหาร"),
    ("สารวัตรตรวจคนเข้าเมืองจังหวัดมุกดาหาร", "สว.ตม.จว.มุกดาหาร"),
    ("ผู้กำกับการตรวจคนเข้าเมืองจังหวัดมุกดาหาร", "ผกก.ตม.จว.มุกดาหาร"),
    ("รองผู้กำกับการตรวจคนเข้าเมืองจังหวัดมุกดาหาร", "รอง ผกก.ตม.จว.มุกดาหาร"),
    ("ผู้กำกับการตรวจคนเข้าเมืองจังหวัดประจวบคีรีขันธ์", "ผกก.ตม.จว.ประจวบคีรีขันธ์"),
    ("สารวัตรใหญ่ตรวจคนเข้าเมืองจังหวัดตรัง", "สวญ.ตม.จว.ตรัง"),
    ("ผู้กำกับการสถานีตำรวจภูธรเมืองระนอง", "ผกก.สภ.เมืองระนอง"),
    ("ผู้กำกับการสถานีตำรวจภูธรกระบี่", "ผกก.สภ.กระบี่"),
    ("หัวหน้าสถานีตำรวจภูธรกระบี่", "หน.สภ.กระบี่"),
    (
        "รักษาราชการแทนผู้กำกับการตรวจคนเข้าเมืองจังหวัดประจวบคีรีขันธ์",
        "รรท.ผกก.ตม.จว.ประจวบคีรีขันธ์",
    ),
    ("กองบังคับการตรวจคนเข้าเมือง ๔", "บก.ตม.๔"),
    ("กองบังคับการตรวจคนเข้าเมือง 3", "บก.ตม.3"),
    ("ผู้กำกับการ ๓", "ผกก.๓"),
    ("สถานีตำรวจภูธรกระบี่", "สภ.กระบี่"),
    ("ตรวจคนเข้าเมืองจังหวัดตรัง", "ตม.จว.ตรัง"),
]

# Further pairs for the rest of the table, with invented places.
OTHER_PAIRS = [
    ("ผู้บังคับการตรวจคนเข้าเมือง ๔", "ผบก.ตม.๔"),
    ("รองผู้บังคับการตรวจคนเข้าเมือง ๔", "รอง ผบก.ตม.๔"),
    ("ผู้บังคับหมู่ ตรวจคนเข้าเมืองจังหวัดตัวอย่าง", "ผบ.หมู่ ตม.จว.ตัวอย่าง"),
    ("สารวัตรสืบสวนสถานีตำรวจภูธรตัวอย่าง", "สว.สส.สภ.ตัวอย่าง"),
    ("รองสารวัตรสืบสวนสถานีตำรวจภูธรตัวอย่าง", "รอง สว.สส.สภ.ตัวอย่าง"),
    ("สารวัตรสอบสวน สถานีตำรวจนครบาลตัวอย่าง", "สว.(สอบสวน) สน.ตัวอย่าง"),
    ("รองสารวัตรสอบสวน สถานีตำรวจนครบาลตัวอย่าง", "รอง สว.(สอบสวน) สน.ตัวอย่าง"),
    ("สารวัตรป้องกันปราบปรามสถานีตำรวจภูธรตัวอย่าง", "สวป.สภ.ตัวอย่าง"),
    ("สารวัตรจราจรสถานีตำรวจนครบาลตัวอย่าง", "สว.จร.สน.ตัวอย่าง"),
    ("พนักงานสอบสวนสถานีตำรวจภูธรตัวอย่าง", "พงส.สภ.ตัวอย่าง"),
    ("ผู้กำกับการด่านตรวจคนเข้าเมืองตัวอย่าง", "ผกก.ด่าน ตม.ตัวอย่าง"),
    ("ปฏิบัติราชการแทนผู้บังคับการตรวจคนเข้าเมือง ๔", "ปรท.ผบก.ตม.๔"),
    ("ตำรวจภูธรจังหวัดตัวอย่าง", "ภ.จว.ตัวอย่าง"),
    ("ตำรวจภูธรภาค ๘", "ภ.๘"),
    ("กองบังคับการตำรวจนครบาล ๑", "บก.น.๑"),
    ("กองบัญชาการตำรวจนครบาล", "บช.น."),
    ("สำนักงานตรวจคนเข้าเมือง", "สตม."),
    ("สำนักงานตำรวจแห่งชาติ", "ตร."),
    ("ผู้บัญชาการตำรวจแห่งชาติ", "ผบ.ตร."),
    ("รองผู้บัญชาการตำรวจแห่งชาติ", "รอง ผบ.ตร."),
    ("ผู้บัญชาการสำนักงานตรวจคนเข้าเมือง", "ผบช.สตม."),
    ("รองผู้บัญชาการสำนักงานตรวจคนเข้าเมือง", "รอง ผบช.สตม."),
    ("คณะกรรมการตรวจสอบและติดตามการบริหารงานตำรวจ", "กต.ตร."),
    ("หัวหน้าตรวจคนเข้าเมืองจังหวัดตัวอย่าง", "หน.ตม.จว.ตัวอย่าง"),
]

ALL_PAIRS = SEED_PAIRS + OTHER_PAIRS


@pytest.mark.parametrize(("full", "abbr"), ALL_PAIRS)
def test_abbreviate_position(full: str, abbr: str) -> None:
    assert abbreviate_position(full) == abbr


@pytest.mark.parametrize(("full", "abbr"), ALL_PAIRS)
def test_expand_position(full: str, abbr: str) -> None:
    assert expand_position(abbr) == full


@pytest.mark.parametrize(("full", "abbr"), ALL_PAIRS)
def test_both_directions_are_idempotent(full: str, abbr: str) -> None:
    assert abbreviate_position(abbr) == abbr
    assert expand_position(full) == full
    assert abbreviate_position(abbreviate_position(full)) == abbr
    assert expand_position(expand_position(abbr)) == full


@pytest.mark.parametrize("term", POSITION_TERMS, ids=[term.abbr for term in POSITION_TERMS])
def test_every_term_converts_both_ways_on_its_own(term: PositionTerm) -> None:
    assert abbreviate_position(term.full) == term.abbr
    assert expand_position(term.abbr) == term.full


def test_terms_are_unique() -> None:
    fulls = [term.full for term in POSITION_TERMS]
    abbrs = [term.abbr for term in POSITION_TERMS]
    assert len(set(fulls)) == len(fulls)
    assert len(set(abbrs)) == len(abbrs)


def test_terms_used_in_the_seed_reports_are_present() -> None:
    abbrs = {term.abbr for term in POSITION_TERMS}
    assert {
        "ผกก.",
        "รอง ผกก.",
        "สว.",
        "รอง สว.",
        "สวญ.",
        "ตม.จว.",
        "สภ.",
        "หน.",
        "รรท.",
        "กต.ตร.",
        "บก.ตม.",
        "ผบ.หมู่",
    } <= abbrs


def test_longest_match_wins() -> None:
    # "รองสารวัตร" is one word, not "รอง" + "สารวัตร"; "สารวัตรใหญ่" is not "สารวัตร" + "ใหญ่".
    assert abbreviate_position("รองสารวัตร") == "รอง สว."
    assert abbreviate_position("สารวัตรใหญ่") == "สวญ."
    assert abbreviate_position("ตรวจคนเข้าเมืองจังหวัด") == "ตม.จว."
    assert abbreviate_position("ตรวจคนเข้าเมือง") == "ตม."
    assert expand_position("สตม.") == "สำนักงานตรวจคนเข้าเมือง"
    assert expand_position("สภ.") == "สถานีตำรวจภูธร"


def test_expand_accepts_abbreviations_without_their_inner_space() -> None:
    assert expand_position("รองสว.ตม.จว.ตัวอย่าง") == "รองสารวัตรตรวจคนเข้าเมืองจังหวัดตัวอย่าง"
    assert expand_position("ผกก.ด่านตม.ตัวอย่าง") == "ผู้กำกับการด่านตรวจคนเข้าเมืองตัวอย่าง"
    assert expand_position("สวส.สภ.ตัวอย่าง") == "สารวัตรสืบสวนสถานีตำรวจภูธรตัวอย่าง"


def test_abbreviations_not_ending_in_a_dot_keep_a_space_before_the_next_word() -> None:
    assert abbreviate_position("ผู้บังคับหมู่ตรวจคนเข้าเมืองจังหวัดตัวอย่าง") == "ผบ.หมู่ ตม.จว.ตัวอย่าง"
    assert abbreviate_position("สารวัตรสอบสวนสถานีตำรวจภูธรตัวอย่าง") == "สว.(สอบสวน) สภ.ตัวอย่าง"
    assert abbreviate_position("ผู้บังคับหมู่") == "ผบ.หมู่"


def test_region_headquarters_name_abbreviates_to_region() -> None:
    assert abbreviate_position("กองบัญชาการตำรวจภูธรภาค ๘") == "ภ.๘"


def test_numbers_after_abbreviations_are_spaced_when_spelled_out() -> None:
    assert expand_position("ตม.4") == "ตรวจคนเข้าเมือง 4"
    assert abbreviate_position("ตรวจคนเข้าเมือง   4") == "ตม.4"
    assert expand_position("ตม.จว.ตัวอย่าง") == "ตรวจคนเข้าเมืองจังหวัดตัวอย่าง"
    assert expand_position("สภ.๑") == "สถานีตำรวจภูธร๑"


def test_unknown_words_and_whitespace() -> None:
    assert abbreviate_position("  เจ้าหน้าที่   ธุรการ ") == "เจ้าหน้าที่ ธุรการ"
    assert expand_position("") == ""
    assert abbreviate_position("ผกก.๓ รรท.ผกก.ตม.จว.ตัวอย่าง") == "ผกก.๓ รรท.ผกก.ตม.จว.ตัวอย่าง"
    assert (
        expand_position("ผกก.๓ รรท.ผกก.ตม.จว.ตัวอย่าง")
        == "ผู้กำกับการ ๓ รักษาราชการแทนผู้กำกับการตรวจคนเข้าเมืองจังหวัดตัวอย่าง"
    )
