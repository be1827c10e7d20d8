"""How a refusal of a framework is told: every finding, a bounded list, codes for translation."""

from __future__ import annotations

import pickle

from ita_desktop.domain.framework import CatalogError, CatalogProblem
from ita_desktop.domain.framework.problems import SHOWN_PROBLEMS
from ita_desktop.errors import AppError, messages, word


def missing(key: str) -> CatalogProblem:
    return CatalogProblem("framework.missing", where="catalog", key=key)


def test_one_problem_is_said_in_one_line() -> None:
    error = CatalogError([missing("title")])
    assert str(error) == "The framework cannot be used: catalog: 'title' is missing"
    assert error.code == "framework.refused_one"
    assert isinstance(error, AppError) and isinstance(error, ValueError)


def test_a_file_refusal_names_the_file_and_lists_the_problems() -> None:
    error = CatalogError([missing("title"), missing("notes")], source="x.json")
    assert str(error) == (
        "The framework file 'x.json' cannot be used (2 problems):\n"
        "  - catalog: 'title' is missing\n  - catalog: 'notes' is missing"
    )
    saving = CatalogError([missing("title")], source="x.json", saving=True)
    assert str(saving) == "The framework was not saved to 'x.json': catalog: 'title' is missing"


def test_a_long_list_shows_the_first_problems_and_counts_the_rest() -> None:
    problems = [missing(f"field{n}") for n in range(SHOWN_PROBLEMS + 7)]
    error = CatalogError(problems, source="big.json")
    lines = str(error).splitlines()
    total = SHOWN_PROBLEMS + 7
    assert lines[0] == f"The framework file 'big.json' cannot be used ({total} problems):"
    assert lines[1:-1] == [f"  - catalog: 'field{n}' is missing" for n in range(SHOWN_PROBLEMS)]
    assert lines[-1] == "  - … and 7 more"
    assert len(error.problems) == SHOWN_PROBLEMS + 7  # the caller still has every finding


def test_the_findings_are_worded_in_the_language_of_the_refusal() -> None:
    error = CatalogError([missing("title"), missing("notes")], source="x.json")

    def translate(template: str) -> str:  # a stand-in for the window's translation
        return template.replace("cannot be used", "ใช้ไม่ได้").replace("is missing", "ไม่มี")

    assert word(error, translate) == (
        "The framework file 'x.json' ใช้ไม่ได้ (2 problems):\n"
        "  - catalog: 'title' ไม่มี\n  - catalog: 'notes' ไม่มี"
    )


def test_every_code_used_has_an_english_template() -> None:
    registered = messages()
    assert "framework.more_problems" in registered
    for code in ("framework.refused", "framework.refused_one", "framework.file_refused",
                 "framework.file_refused_one", "framework.not_saved", "framework.not_saved_one"):
        assert code in registered


def test_the_error_survives_a_process_boundary() -> None:
    error = CatalogError([missing("title"), missing("notes")], source="x.json", saving=True)
    copied = pickle.loads(pickle.dumps(error))
    assert [str(p) for p in copied.problems] == [str(p) for p in error.problems]
    assert (copied.source, copied.saving, str(copied)) == ("x.json", True, str(error))
