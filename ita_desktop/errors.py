"""Errors a user is told about: a code and its values, never a finished sentence.

Each module that refuses something registers its messages here (English templates with named
fields such as ``%path``); the window words an error through the translation
(``ui/common/error_text.py``), the command line in English. Nothing here imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

CONTEXT = "Errors"
_MESSAGES: dict[str, str] = {}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for the translators (pyside6-lupdate reads the call) without Qt."""
    return text


def register(messages: Mapping[str, str]) -> Mapping[str, str]:
    """Add ``code -> English template`` entries; a code is registered once."""
    for code, text in messages.items():
        if _MESSAGES.get(code, text) != text:
            raise ValueError(f"error code {code!r} registered twice with different texts")
        _MESSAGES[code] = text
    return messages


def messages() -> Mapping[str, str]:
    """Every registered code and its English template (for the translation check)."""
    return dict(_MESSAGES)


def template(code: str) -> str:
    return _MESSAGES[code]


def fill_named(text: str, values: Mapping[str, object]) -> str:
    """``text`` with each ``%name`` replaced in one pass; longest names first, so ``%name``
    never matches inside ``%names``, and a value holding ``%x`` is never filled again."""
    if not values:
        return text
    names = sorted(values, key=len, reverse=True)
    pattern = re.compile("%(" + "|".join(map(re.escape, names)) + ")")
    return pattern.sub(lambda m: str(values[m.group(1)]), text)


def word(exc: AppError, translate: Callable[[str], str]) -> str:
    """``exc`` in the language of ``translate`` (English template -> template in the language).

    A value that is itself an ``AppError`` is worded the same way, and a list of them becomes
    one line each, so that the findings listed under a refusal are in the refusal's language.
    """
    text = translate(_MESSAGES.get(exc.code, exc.code))
    values = {name: _word_value(value, translate) for name, value in exc.values.items()}
    return fill_named(text, values)


def _word_value(value: object, translate: Callable[[str], str]) -> object:
    if isinstance(value, AppError):
        return word(value, translate)
    if isinstance(value, list | tuple) and value and all(isinstance(v, AppError) for v in value):
        return "\n".join(f"  - {word(entry, translate)}" for entry in value)
    return value


class AppError(Exception):
    """Something the program refuses or cannot do, for the user to read and act on.

    ``code`` names a registered message; ``values`` fill its ``%name`` fields. ``str()`` is the
    English text (the command line, logs); the window translates ``code`` instead.
    """

    def __init__(self, code: str, /, **values: object) -> None:
        self.code = code
        self.values: dict[str, object] = values
        super().__init__(code)

    def english(self) -> str:
        return word(self, lambda text: text)

    def __str__(self) -> str:
        return self.english()
