"""Breaking text into lines the way Thai needs: only between words, never inside a cluster.

Thai has no spaces between words, and the PDF library breaks lines only at spaces, so lines
are broken here, before the PDF is laid out. Word boundaries come from a dictionary (PyThaiNLP's
``newmm`` tokenizer, offline), so the rule holds on Windows too, which has no libthai. A word
wider than the whole line is split between character clusters: a base letter keeps its vowels
and tone marks, a leading vowel (เ แ โ ใ ไ) keeps the letter after it.

The dictionary splits anything that is not Thai into single characters, so a line could end
inside "2569-001", an English word or a document's hash ("6D29-" / "BAEE-…"). Such text
breaks only at spaces, as it would in any other language, and so do Thai abbreviations
("มี.ค.", "ร.ต.อ."); a no-break space (U+00A0) glues the words beside it
("ค่าแฮช\u00a03F9A-…"); and the terms the dictionary lacks are never split: the program's own
(``KEEP_WHOLE``) and each document's names (``Document.keep_whole``: the unit, the people),
which the renderer hands in as ``keep``. Names are handed in as a parameter rather than set
for the length of a rendering: the renderer already carries the document's settings (its
digits) down to each line, and a parameter leaves nothing behind for the next document or
for another thread rendering at the same time.

Widths come from the caller (the PDF renderer measures with HarfBuzz, as it draws).
"""

from __future__ import annotations

import functools
import os
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from ita_desktop.reports.model import HASH_WORD, Run

Measure = Callable[[str, Run], float]
"""Width in points of some text written with the look of a run."""

_LEADING_VOWELS = frozenset("เแโใไ")
_NEVER_START = frozenset("ะาำๅๆฯ")
"""Characters that must not begin a line piece: they belong to the syllable before them."""
_NO_BREAK = frozenset("\u00a0\u202f\u2007\u2060\ufeff")
"""No-break space, narrow and figure no-break space, word joiner, zero-width no-break space:
no line breaks on either side of them."""
KEEP_WHOLE = (HASH_WORD,)
"""Words the dictionary splits ("ค่า" "แฮ" "ช") that a line must never split."""


def _thai_letter(char: str) -> bool:
    """A letter, vowel or mark of Thai script; Thai digits (๐-๙) group like other digits."""
    return "\u0e01" <= char <= "\u0e4f"


def _may_break(text: str, i: int) -> bool:
    before, after = text[i - 1], text[i]
    if before in _NO_BREAK or after in _NO_BREAK:
        return False
    if before.isspace() or after.isspace():
        return True
    if before == "." or after == ".":
        return False  # inside an abbreviation: "มี.ค.", "พ.ศ.", "ร.ต.อ."
    # between two characters that are not Thai (letters, digits, hyphens of a hash):
    # only a space may break such text
    return _thai_letter(before) or _thai_letter(after)


@functools.cache
def _tokenizer() -> Callable[[str], list[str]]:
    # Imported on first use: loading the word list takes about a third of a second.
    # Read-only and offline: PyThaiNLP would otherwise make ~/pythainlp-data at its first
    # import (the program writes nothing outside its data folder) and may try to download a
    # corpus it lacks (the program never opens a connection). The word list comes with it.
    # Set outright, whatever the user's environment says: PYTHAINLP_READ_MODE, the older name,
    # would be an error beside the new one.
    os.environ.pop("PYTHAINLP_READ_MODE", None)
    os.environ["PYTHAINLP_READ_ONLY"] = "1"
    os.environ["PYTHAINLP_OFFLINE"] = "1"
    from pythainlp.tokenize import word_tokenize

    return functools.partial(word_tokenize, engine="newmm", keep_whitespace=True)


def word_breaks(text: str, keep: Collection[str] = ()) -> list[int]:
    """Offsets (0 < i < len) where a line may break: between words and around spaces, never
    inside :data:`KEEP_WHOLE` nor inside a word of ``keep``."""
    if not text:
        return []
    inside_kept = {start + k for word in (*KEEP_WHOLE, *keep)
                   for start in _occurrences(text, word) for k in range(1, len(word))}
    breaks: list[int] = []
    offset = 0
    for token in _tokenizer()(text):
        offset += len(token)
        if 0 < offset < len(text) and offset not in inside_kept and _may_break(text, offset):
            breaks.append(offset)
    return breaks


def _occurrences(text: str, word: str) -> list[int]:
    found = []
    start = text.find(word)
    while start >= 0:
        found.append(start)
        start = text.find(word, start + 1)
    return found


def cluster_breaks(text: str) -> list[int]:
    """Offsets inside ``text`` where a split keeps every character cluster whole."""
    breaks = []
    for i in range(1, len(text)):
        char, before = text[i], text[i - 1]
        if unicodedata.category(char) in ("Mn", "Me", "Mc") or char in _NEVER_START:
            continue
        if before in _LEADING_VOWELS:
            continue
        breaks.append(i)
    return breaks


@dataclass
class Piece:
    """Part of a line in one run's look."""

    text: str
    run: Run


@dataclass
class Line:
    pieces: list[Piece]
    tail: str = ""
    """The space the line was broken at: not drawn, but part of the text (copy and paste)."""

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)


def _pieces(runs: Sequence[Run], start: int, end: int, owners: list[int]) -> list[Piece]:
    pieces: list[Piece] = []
    i = start
    while i < end:
        owner = owners[i]
        j = i
        while j < end and owners[j] == owner:
            j += 1
        offset = sum(len(runs[k].text) for k in range(owner))
        pieces.append(Piece(runs[owner].text[i - offset:j - offset], runs[owner]))
        i = j
    return pieces


def break_lines(runs: Sequence[Run], first_width: float, width: float,
                measure: Measure, keep: Collection[str] = ()) -> list[Line]:
    """Greedy fill of ``runs`` into lines ``first_width`` then ``width`` points wide.

    Explicit newlines in the text start a new line. Spaces at a break are not drawn. The
    words of ``keep`` (names) are not split, unless one is wider than the whole line: then it
    is split between clusters like any such word.
    """
    text = "".join(run.text for run in runs)
    owners = [k for k, run in enumerate(runs) for _ in run.text]
    lines: list[Line] = []

    def width_of(start: int, end: int) -> float:
        return sum(measure(piece.text, piece.run) for piece in _pieces(runs, start, end, owners))

    start = 0
    for hard_end in [i for i, c in enumerate(text) if c == "\n"] + [len(text)]:
        segment = text[start:hard_end]
        _fill(segment, start, first_width if not lines else width, width, width_of, keep,
              lambda a, b, tail: lines.append(Line(_pieces(runs, a, b, owners), tail)))
        if hard_end < len(text):
            lines[-1].tail += "\n"
        start = hard_end + 1
    return lines or [Line([])]


def _fill(segment: str, base: int, first_width: float, width: float,
          width_of: Callable[[int, int], float], keep: Collection[str],
          emit: Callable[[int, int, str], None]) -> None:
    if not segment:
        emit(base, base, "")
        return
    stops = [0, *word_breaks(segment, keep), len(segment)]
    words = [(stops[k], stops[k + 1]) for k in range(len(stops) - 1)]
    limit = first_width
    line_start: int | None = None
    line_end = 0
    pending_space = ""
    used = 0.0
    k = 0
    while k < len(words):
        a, b = words[k]
        word = segment[a:b]
        if word.isspace():
            if line_start is not None:
                pending_space += word
            k += 1
            continue
        w = width_of(base + a, base + b)
        open_line = line_start is not None
        gap = width_of(base + line_end, base + a) if open_line and a > line_end else 0.0
        if line_start is not None and used + gap + w <= limit:
            used += gap + w
            line_end = b
            pending_space = ""
            k += 1
            continue
        if line_start is not None:
            emit(base + line_start, base + line_end, pending_space)
            limit, line_start, used, pending_space = width, None, 0.0, ""
        if w <= limit:
            line_start, line_end, used = a, b, w
            k += 1
            continue
        # A single word wider than the line: split it between clusters.
        cut = a
        for stop in cluster_breaks(word):
            if width_of(base + a, base + a + stop) > limit:
                break
            cut = a + stop
        if cut == a:  # not even one cluster fits: take one cluster anyway
            breaks = cluster_breaks(word)
            cut = a + (breaks[0] if breaks else len(word))
        emit(base + a, base + cut, "")
        limit = width
        words[k] = (cut, b)
    if line_start is not None:
        emit(base + line_start, base + line_end, pending_space)
