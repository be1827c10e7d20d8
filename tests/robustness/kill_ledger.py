"""What a killed child said it saved, and whether the files still hold it.

The child (``kill_child.py``) runs one write path's operations and reports each on its stdout:

    ready                              set-up done, the first write comes next
    begin <key> <before> <after>...    an operation on ``key`` starts; its state is ``before``
                                       now and will be the last ``after`` once it is saved
                                       (earlier ``after`` values are states it may pass
                                       through, such as each step of a migration)
    saved <key>                        the operation returned: the program says it is saved
    done                               every operation of the run returned

A state is a short string the path's ``observe`` reads from the files (``present``, a SHA-256,
``v3:ok:…``); an ``after`` ending in ``*`` stands for any state starting with what precedes it
(a sign-off through the command line renders its own files, so only its version is known).

After the kill every key must be in the state of its last saved operation, or, for the one
operation in flight, in one of the states it may leave: saved is there, nothing is half done.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

Observe = Callable[[Path, Sequence[str]], dict[str, str]]


def _clean(text: str) -> str:
    # One field of a tab-separated line.
    return text.replace("\t", " ").replace("\n", " ")


class Reporter:
    """The child's side: says on its stdout (``channel``), unbuffered, what it starts and what
    it has saved."""

    def __init__(self, workdir: Path, observe: Observe, channel: int = 1) -> None:
        self.workdir = workdir
        self._observe = observe
        self._channel = channel

    def _say(self, *fields: str) -> None:
        # One write(2) per line, straight to the pipe: what the parent reads was said before
        # the kill, and a line is never half there.
        os.write(self._channel, ("\t".join(_clean(f) for f in fields) + "\n").encode())

    def state(self, key: str) -> str:
        return self._observe(self.workdir, [key])[key]

    def ready(self) -> None:
        self._say("ready")

    def done(self) -> None:
        self._say("done")

    @contextmanager
    def op(self, key: str, *after: str) -> Iterator[None]:
        """One operation on ``key`` that leaves it in ``after[-1]``; checked at once, so a
        path whose prediction is wrong fails its run without any kill."""
        assert after, "an operation states what it leaves"
        self._say("begin", key, self.state(key), *after)
        yield
        now = self.state(key)
        if not matches(now, after[-1]):
            raise AssertionError(f"{key}: the operation left {now!r}, not {after[-1]!r}")
        self._say("saved", key)


def matches(state: str, wanted: str) -> bool:
    return state.startswith(wanted[:-1]) if wanted.endswith("*") else state == wanted


@dataclass(frozen=True)
class Event:
    what: str  # ready, begin, saved, done
    key: str = ""
    before: str = ""
    after: tuple[str, ...] = ()


def parse(line: str) -> Event:
    fields = line.rstrip("\n").split("\t")
    if fields[0] == "begin":
        return Event("begin", fields[1], fields[2], tuple(fields[3:]))
    if fields[0] == "saved":
        return Event("saved", fields[1])
    return Event(fields[0])


@dataclass
class Ledger:
    """The parent's side: the state each key must be in, carried from kill to kill."""

    expected: dict[str, str] = field(default_factory=dict)
    saved: int = 0

    def check(self, events: Sequence[Event], observed: Callable[[Sequence[str]], dict[str, str]]
              ) -> list[str]:
        problems: list[str] = []
        in_flight: dict[str, tuple[str, ...]] = {}
        for event in events:
            if event.what == "begin":
                known = self.expected.setdefault(event.key, event.before)
                if not matches(event.before, known):
                    problems.append(f"{event.key}: the program found {event.before!r} where "
                                    f"the last check saw {known!r}")
                in_flight[event.key] = event.after
            elif event.what == "saved":
                self.expected[event.key] = in_flight.pop(event.key)[-1]
                self.saved += 1
        states = observed(sorted(self.expected))
        for key, wanted in self.expected.items():
            allowed = (wanted, *in_flight.get(key, ()))
            if not any(matches(states[key], a) for a in allowed):
                said = "reported saved as" if key not in in_flight else "was"
                problems.append(f"{key}: {said} {wanted!r}"
                                + (f" (or, in flight, {in_flight[key]!r})" if key in in_flight
                                   else "")
                                + f", but the file holds {states[key]!r}")
            # What the next run starts from: a wildcard is now a known state.
            self.expected[key] = states[key]
        return problems
