"""The photo evidence tab: the year's integrity measures and the photos that show them done."""
