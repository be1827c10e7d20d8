"""Thai text as typed and as printed: how much room it takes, one normal form for what people
type (so look-alikes compare equal), and the characters a document cannot print.

The normal form follows the rules of PyThaiNLP's ``pythainlp.util.reorder_vowels`` (vowel
before tone mark, ``ํ`` + ``า`` as ``ำ``, two ``เ`` as ``แ``, ``ๅ`` as ``า``) but is written
here: the person dialog checks every keystroke's worth of text with it and must not wait for
PyThaiNLP to load, and PyThaiNLP's ``normalize`` also silently drops marks at the start of a
word and repeated vowels across spaces, where a name should rather be refused with a reason
than changed into another name.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

# Combining marks (Thai vowels and tone marks above or below a letter) and format characters
# (zero-width space, which Thai text uses as a word break) take no column of their own.
_ZERO_WIDTH_CATEGORIES = frozenset(("Mn", "Me", "Cf"))


def display_width(text: str) -> int:
    """Characters that take room on screen: Thai vowel and tone marks above or below take none."""
    return sum(1 for ch in text if unicodedata.category(ch) not in _ZERO_WIDTH_CATEGORIES)


# --- Invisible characters ------------------------------------------------------------------
# Every format character (category Cf: zero-width space, joiners, word joiner, byte-order mark,
# soft hyphen, left-to-right and bidi override marks) and the other code points Unicode says to
# draw as nothing (variation selectors, the combining grapheme joiner, Hangul fillers). Thai
# needs none of them: the renderers find Thai word breaks themselves. A name made of them prints
# blank, and a name with one inside is a different name to a comparison that looks the same.
_IGNORABLE_RANGES = (
    (0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0), (0xE0100, 0xE01EF),
)


_IGNORABLE_RE = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}"
                                         for low, high in _IGNORABLE_RANGES) + "]")


def is_invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf" or _IGNORABLE_RE.match(char) is not None


def _drop_invisible(text: str) -> str:
    # Format characters are never printable to Python: text that is (nearly every name) is
    # spared the look at each character, which a 5,000-row roster would feel.
    if text.isprintable() and not _IGNORABLE_RE.search(text):
        return text
    return "".join(ch for ch in text if not is_invisible(ch))


def _unicode_form(text: str) -> str:
    # NFC composes Latin letters typed as letter + accent and puts a Thai below vowel before
    # a tone mark (their combining classes say so); it leaves the rest of Thai alone.
    return unicodedata.normalize("NFC", text)


# --- Thai marks in their one order -----------------------------------------------------------
THAI_CONSONANTS = "".join(chr(c) for c in range(0x0E01, 0x0E2F))  # ก..ฮ, ฤ and ฦ among them
_ABOVE_BELOW_VOWELS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e4d\u0e38\u0e39\u0e3a"
_TONES = "\u0e48\u0e49\u0e4a\u0e4b"  # ่ ้ ๊ ๋
_TONES_AND_THANTHAKHAT = _TONES + "\u0e4c"
_FOLLOW_VOWELS = "\u0e30\u0e32\u0e33"  # ะ า ำ
SARA_AM = "\u0e33"

# Each pair draws the same on paper and on screen, typed in two ways; the right side is the
# order Thai keyboards produce and fonts expect, so that is the one kept.
_THAI_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # เ + เ looks exactly like แ.
    (re.compile("\u0e40\u0e40"), "\u0e41"),
    # ก + ่ + ิ (tone typed before the vowel) looks like ก + ิ + ่.
    (re.compile(f"([{_TONES_AND_THANTHAKHAT}]+)([{_ABOVE_BELOW_VOWELS}]+)"), r"\2\1"),
    # ํ + า (nikhahit and sara aa, also with a tone between) looks like ำ.
    (re.compile(f"\u0e4d([{_TONES}]*)\u0e32"), rf"\1{SARA_AM}"),
    # ก + า + ่ (tone typed after a following vowel) draws the tone on its letter: ก่า.
    (re.compile(f"([{_FOLLOW_VOWELS}]+)([{_TONES}]+)"), r"\2\1"),
    # ๅ (lakkhangyao) looks like า; it belongs only after ฤ and ฦ.
    (re.compile("([^\u0e24\u0e26])\u0e45"), "\\1\u0e32"),
    # A mark typed twice draws once, over itself.
    (re.compile(f"([{_ABOVE_BELOW_VOWELS}{_TONES_AND_THANTHAKHAT}])\\1+"), r"\1"),
)


# Where any rule above would apply, in one pass (the doubled mark by name: group numbers of
# the rules would clash in one pattern).
_ANY_THAI_RULE = re.compile(
    f"\u0e40\u0e40|[{_TONES_AND_THANTHAKHAT}][{_ABOVE_BELOW_VOWELS}]|\u0e4d[{_TONES}]*\u0e32"
    f"|[{_FOLLOW_VOWELS}][{_TONES}]|[^\u0e24\u0e26]\u0e45"
    f"|(?P<mark>[{_ABOVE_BELOW_VOWELS}{_TONES_AND_THANTHAKHAT}])(?P=mark)")


def _thai_marks(text: str) -> str:
    if not _ANY_THAI_RULE.search(text):
        return text  # in keyboard order already, as nearly every name is
    # One rule can make work for another (a tone between ํ and า, then a doubled mark): a few
    # rounds reach the fixed point of any text a person would type.
    for _ in range(4):
        before = text
        for pattern, replacement in _THAI_RULES:
            text = pattern.sub(replacement, text)
        if text == before:
            break
    return text


def _spaces(text: str) -> str:
    # str.split() takes every kind of space and line break, no-break and ideographic included.
    return " ".join(text.split())


#: The steps of the normal form, by what each one changes (``normalisation_changes`` names
#: them for ``ita-desktop check``).
_STEPS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("invisible characters", _drop_invisible),
    ("letters and marks not in Unicode's composed form (NFC)", _unicode_form),
    ("Thai vowels or tone marks typed in another order or as two characters",
     _thai_marks),
    ("extra spaces", _spaces),
)


# A roster's names pass through here several times each (the row, its checks, its key).
@functools.lru_cache(maxsize=8192)
def normalise_text(text: str) -> str:
    """One line of typed text in its one stored form: no invisible characters, NFC, Thai marks
    in keyboard order, single spaces, trimmed. Look-alikes become the same text."""
    for _, step in _STEPS:
        text = step(text)
    return text


def normalise_lines(text: str) -> str:
    """Text of several lines (an address): each line normalised, blank lines at either end
    dropped, the line breaks between kept."""
    return "\n".join(normalise_text(line) for line in str(text).splitlines()).strip("\n")


def normalisation_changes(text: str) -> list[str]:
    """What ``normalise_text`` changes in ``text``, in words; empty when it is in normal form."""
    changes = []
    for what, step in _STEPS:
        changed = step(text)
        if changed != text:
            changes.append(what)
            text = changed
    return changes


# --- What a document cannot print -------------------------------------------------------------
_EMOJI_MODIFIERS = (0x1F3FB, 0x1F3FF)


# Printable ASCII and the Thai letters, vowels, marks and digits: what nearly every name and
# position is made of, checked in one pass before any character is looked at alone.
_THAI_OR_ASCII = re.compile("[\x20-\x7e\u0e01-\u0e3a\u0e3f-\u0e5b]*")
_THAI_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
# A run of marks that does not follow a consonant (nor start inside another run).
_THAI_STRAY = re.compile(f"(?<![{THAI_CONSONANTS}{_THAI_MARKS}])[{_THAI_MARKS}]+")


def unprintable_chars(text: str) -> list[str]:
    """Characters the official fonts have no letter for (emoji and pictographs print as
    boxes) or that are no text at all (control characters, private or unassigned code
    points), each once, in order. Latin-1 signs such as © and ° are printable."""
    if _THAI_OR_ASCII.fullmatch(text):
        return []
    found: list[str] = []
    for char in text:
        category = unicodedata.category(char)
        code = ord(char)
        bad = (category in ("Cc", "Co", "Cn", "Cs") and char not in "\n\t"
               or category in ("So", "Sk") and code > 0xFF
               or _EMOJI_MODIFIERS[0] <= code <= _EMOJI_MODIFIERS[1])
        if bad and char not in found:
            found.append(char)
    return found


def stray_marks(text: str) -> list[str]:
    """Combining marks with no letter to sit on: at the start, after a space or a digit, or
    (for a Thai vowel or tone mark) on anything but a Thai consonant. Each such mark prints
    over its neighbours or on a dotted circle; a name of marks alone overlaps the row above."""
    if _THAI_OR_ASCII.fullmatch(text):
        # ASCII has no marks: Thai marks are stray unless they follow a consonant.
        return list(dict.fromkeys("".join(m.group(0) for m in _THAI_STRAY.finditer(text))))
    found: list[str] = []
    base = ""
    for char in text:
        if unicodedata.category(char).startswith("M"):
            thai = "\u0e00" <= char <= "\u0e7f"
            good = bool(base) and (base in THAI_CONSONANTS if thai else base.isalpha())
            if not good and char not in found:
                found.append(char)
        else:
            base = char
    return found


def shown_chars(chars: list[str]) -> str:
    """Characters as a message can show them: each with its code point, since a mark, an
    invisible character or an emoji may not show by itself in the window or the terminal."""
    return ", ".join(f"U+{ord(c):04X}" if unicodedata.category(c).startswith(("M", "C"))
                     else f"{c} U+{ord(c):04X}" for c in chars)


def visible(text: str) -> str:
    """``text`` with every invisible or control character written as <U+XXXX>, for findings
    that quote a stored value which may be nothing but such characters."""
    if text.isprintable() and not _IGNORABLE_RE.search(text):
        return text
    return "".join(f"<U+{ord(c):04X}>" if is_invisible(c) or unicodedata.category(c) == "Cc"
                   else c for c in text)
