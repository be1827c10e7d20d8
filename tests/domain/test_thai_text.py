"""How many columns Thai text takes: marks above and below a letter take none."""

from ita_desktop.domain.thai_text import display_width


def test_marks_above_and_below_take_no_room() -> None:
    assert display_width("กิ่ง") == 2  # ก and ง; the vowel and the tone mark sit on ก
    assert display_width("คำ") == 2  # sara am is written beside the letter and takes room
    assert display_width("abc") == 3


def test_a_zero_width_space_takes_no_room() -> None:
    assert display_width("ประชุม\u200bคณะทำงาน") == display_width("ประชุมคณะทำงาน")


# --- The normal form of typed text ---------------------------------------------------------

import pytest  # noqa: E402

from ita_desktop.domain.thai_text import (  # noqa: E402
    normalisation_changes,
    normalise_lines,
    normalise_text,
    stray_marks,
    unprintable_chars,
)

NIKHAHIT, SARA_AA, SARA_AM = "\u0e4d", "\u0e32", "\u0e33"

# (typed, as it draws and is stored): each pair looks the same on paper.
LOOK_ALIKES = [
    ("ล" + NIKHAHIT + SARA_AA + "ดวน", "ลำดวน"),  # ํ + า typed for ำ
    ("ก" + NIKHAHIT + "\u0e49" + SARA_AA, "ก้ำ"),  # with the tone between
    ("ก\u0e48\u0e34ง", "กิ่ง"),  # tone mark typed before the vowel above
    ("ก\u0e48\u0e38ง", "กุ่ง"),  # tone mark typed before the vowel below
    ("ปา\u0e48", "ป่า"),  # tone typed after the following vowel
    ("น" + SARA_AM + "\u0e49", "น้ำ"),  # tone typed after sara am
    ("\u0e40\u0e40สงดาว", "แสงดาว"),  # two sara e for sara ae
    ("ทองดี\u0e35", "ทองดี"),  # a vowel typed twice draws once
    ("สม\u200bชาย", "สมชาย"),  # zero-width space
    ("สม\u200cชาย\u2060", "สมชาย"),  # zero-width non-joiner, word joiner
    ("\ufeffสมชาย\u00ad", "สมชาย"),  # byte-order mark, soft hyphen
    ("\u202eสมชาย", "สมชาย"),  # right-to-left override
    ("Rene\u0301", "René"),  # a Latin letter and its accent typed apart
    ("  สม \u00a0 ชาย\t", "สม ชาย"),  # runs of spaces of every kind
]


@pytest.mark.parametrize(("typed", "stored"), LOOK_ALIKES)
def test_look_alikes_become_one_text(typed: str, stored: str) -> None:
    assert typed != stored
    assert normalise_text(typed) == stored
    assert normalise_text(stored) == stored  # the normal form stays as it is
    assert normalisation_changes(typed) and not normalisation_changes(stored)


def test_the_thai_rules_agree_with_pythainlp_where_both_reorder() -> None:
    """The rules follow PyThaiNLP's ``reorder_vowels`` (written here so the person dialog
    does not load PyThaiNLP); on the look-alikes they both fix they give the same text."""
    from pythainlp.util import reorder_vowels

    for typed, stored in LOOK_ALIKES:
        if typed.isprintable() and " " not in typed and typed != stored + "\u0e35":
            if reorder_vowels(typed) == stored:
                assert normalise_text(typed) == stored
    assert reorder_vowels("ล" + NIKHAHIT + SARA_AA + "ดวน") == normalise_text(
        "ล" + NIKHAHIT + SARA_AA + "ดวน")


def test_what_the_normal_form_changes_is_named() -> None:
    assert normalisation_changes("สม\u200bชาย") == ["invisible characters"]
    assert normalisation_changes("ล" + NIKHAHIT + SARA_AA) == [
        "Thai vowels or tone marks typed in another order or as two characters"]
    assert normalisation_changes("สมชาย  ใจดี") == ["extra spaces"]


def test_an_address_keeps_its_lines() -> None:
    assert normalise_lines("\n 99  ถนนสุขุมวิท\u200b\r\nเขตวัฒนา \n\n") == (
        "99 ถนนสุขุมวิท\nเขตวัฒนา")


def test_marks_with_no_letter_under_them_are_found() -> None:
    assert stray_marks("\u0e34\u0e48") == ["\u0e34", "\u0e48"]  # marks alone
    assert stray_marks("สม \u0e34ชาย") == ["\u0e34"]  # after a space
    assert stray_marks("\u0e40\u0e48") == ["\u0e48"]  # a tone mark on a leading vowel
    assert stray_marks("กิ่ง ก้ำ René") == []


def test_emoji_and_control_characters_cannot_be_printed() -> None:
    assert unprintable_chars("สมชาย😀\x07") == ["😀", "\x07"]
    assert unprintable_chars("ถนน ๙๙ © 25°C") == []
