"""Errors a user is told about: a code and its values, never a finished sentence.

Each module that refuses something registers its messages here (English templates with named
placeholders such as ``%path``); the window words an error through the translation
(``ui/common/error_text.py``), the command line in English. Nothing here imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

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


class AppError(Exception):
    """Something the program refuses or cannot do, for the user to read and act on.

    ``code`` names a registered message; ``values`` fill its placeholders. ``str()`` is the
    English text (the command line, logs); the window translates ``code`` instead.
    """

    def __init__(self, code: str, /, **values: object) -> None:
        self.code = code
        self.values: dict[str, object] = values
        super().__init__(code)

    def english(self) -> str:
        return fill_named(_MESSAGES.get(self.code, self.code), self.values)

    def __str__(self) -> str:
        return self.english()
