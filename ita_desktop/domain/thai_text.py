"""How much room Thai text takes, for the renderers and writers that size columns and lines."""

from __future__ import annotations

import unicodedata

# Combining marks (Thai vowels and tone marks above or below a letter) and format characters
# (zero-width space, which Thai text uses as a word break) take no column of their own.
_ZERO_WIDTH_CATEGORIES = frozenset(("Mn", "Me", "Cf"))


def display_width(text: str) -> int:
    """Characters that take room on screen: Thai vowel and tone marks above or below take none."""
    return sum(1 for ch in text if unicodedata.category(ch) not in _ZERO_WIDTH_CATEGORIES)
