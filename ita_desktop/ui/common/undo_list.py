"""What Ctrl+Z takes back in a tab whose deletions are stored at once (measures, photos)."""

from __future__ import annotations

from collections.abc import Callable


class UndoList:
    """What Ctrl+Z takes back, last first: one list per tab, so the measures' and the photos'
    deletions share one key without two shortcuts competing for it."""

    def __init__(self) -> None:
        self._steps: list[Callable[[], None]] = []

    def push(self, step: Callable[[], None]) -> None:
        self._steps.append(step)

    def undo(self) -> bool:
        """Take the last step back; False when there was none. A step refused raises its
        ``AppError`` and is dropped (what it would put back is gone)."""
        if not self._steps:
            return False
        self._steps.pop()()
        return True

    def clear(self) -> None:
        self._steps.clear()

    def __bool__(self) -> bool:
        return bool(self._steps)
