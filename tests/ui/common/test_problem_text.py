"""Import findings in the window: a cell's own text is shown as it is."""

from __future__ import annotations

from ita_desktop.domain.roster import Problem
from ita_desktop.ui.common.forms import fill
from ita_desktop.ui.common.problem_text import problem_text


def test_a_value_holding_placeholders_is_not_filled_again(qapp):
    text = problem_text(Problem("unknown_rank", row=7, column="rank", value="พ.ต.%2%3"))
    assert "พ.ต.%2%3" in text and text.startswith("Row 7: ")


def test_fill_replaces_each_placeholder_once():
    assert fill("%1 to %2", "a%2", 5) == "a%2 to 5"
    assert fill("%1 and %3", "x") == "x and %3"  # a missing value leaves its mark
