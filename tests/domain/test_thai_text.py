"""How many columns Thai text takes: marks above and below a letter take none."""

from ita_desktop.domain.thai_text import display_width


def test_marks_above_and_below_take_no_room() -> None:
    assert display_width("กิ่ง") == 2  # ก and ง; the vowel and the tone mark sit on ก
    assert display_width("คำ") == 2  # sara am is written beside the letter and takes room
    assert display_width("abc") == 3


def test_a_zero_width_space_takes_no_room() -> None:
    assert display_width("ประชุม\u200bคณะทำงาน") == display_width("ประชุมคณะทำงาน")
