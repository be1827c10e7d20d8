"""How long work reports progress and learns that it was cancelled.

Plain Python, so that readers, renderers and services below the window take the same two
callables the window's job runner hands a job: ``progress(done, total, text="")`` and
``cancelled() -> bool``. Work that finds itself cancelled raises ``Cancelled``; the runner's
``progress`` raises it too once the job is cancelled, so every loop that reports progress
stops there without checking on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Cancelled(Exception):  # noqa: N818 - it is an outcome, not an error the user sees
    """The work was cancelled; whatever it made so far is thrown away."""


class Progress(Protocol):
    def __call__(self, done: int, total: int, text: str = "") -> None: ...


CancelCheck = Callable[[], bool]


def never_cancelled() -> bool:
    """The ``cancelled`` of work run directly (the command line, tests)."""
    return False


def no_progress(done: int, total: int, text: str = "") -> None:
    """The ``progress`` of work run directly."""
