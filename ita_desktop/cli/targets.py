"""What ``export`` writes and in which format, settled from the command line alone.

A PDF once went into ``x.docx`` because ``--format`` and ``--out`` were read separately. The
format is now taken from ``--out``'s extension when ``--format`` is left out, and a ``--format``
that disagrees with that extension is refused before the database is opened, so nothing is
written. Both are usage errors (exit 2), as every wrong command line is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

register({
    "cli.export_what": QT_TRANSLATE_NOOP(
        "Errors", "say what to export: %known (`export --list` describes each), or --list."),
    "cli.unknown_export": QT_TRANSLATE_NOOP(
        "Errors", "'%name' is nothing export writes; it writes %known (`export --list` "
        "describes each)."),
    "cli.format_disagrees": QT_TRANSLATE_NOOP(
        "Errors", "--format %format disagrees with --out '%path' (a %suffix file is %implied); "
        "nothing was written. Make the two agree, or leave --format out and let the extension "
        "decide."),
    "cli.format_unknown": QT_TRANSLATE_NOOP(
        "Errors", "the format cannot be told from --out '%path': give --format (%formats) or "
        "an --out ending in %suffixes."),
    "cli.format_not_made": QT_TRANSLATE_NOOP(
        "Errors", "%name is written as %formats, not %format; nothing was written."),
})

SUFFIXES: dict[str, str] = {".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".json": "json",
                           ".ics": "ics", ".html": "html"}
"""The extensions that name a format; any other extension leaves the choice to --format."""

FORMATS = tuple(SUFFIXES.values())


@dataclass(frozen=True)
class Target:
    """One thing ``export NAME`` writes: a report or another file the window saves."""

    name: str
    formats: tuple[str, ...]


def targets() -> dict[str, Target]:
    """Every name ``export`` takes, the reports first, as ``export --list`` prints them."""
    from ita_desktop.cli.files import FILE_EXPORTS
    from ita_desktop.reports.signing import REPORT_KINDS

    found = {k.key: Target(k.key, tuple(k.formats)) for k in REPORT_KINDS.values()}
    found.update((e.key, Target(e.key, (e.format.lower(),))) for e in FILE_EXPORTS.values())
    return found


def target(name: str | None) -> Target:
    """The target ``name`` names; an ``AppError`` naming every target when it names none."""
    known = targets()
    if name is None:
        raise AppError("cli.export_what", known=", ".join(known))
    if name not in known:
        raise AppError("cli.unknown_export", name=name, known=", ".join(known))
    return known[name]


def _listed(formats: tuple[str, ...]) -> str:
    return ", ".join(f.upper() for f in formats)


def output_format(wanted: Target, fmt: str | None, out: Path) -> str:
    """The format to write ``wanted`` in: ``fmt`` when given, else the one ``out``'s extension
    names, else the target's only format. Refused (``AppError``) when ``fmt`` and the extension
    disagree, when neither says and the target has several, or when the target is not made in
    that format."""
    suffix = out.suffix.lower()
    implied = SUFFIXES.get(suffix)
    if fmt is not None and implied is not None and fmt != implied:
        raise AppError("cli.format_disagrees", format=fmt, path=out, suffix=suffix,
                       implied=implied.upper())
    chosen = fmt or implied
    if chosen is None:
        if len(wanted.formats) != 1:
            raise AppError("cli.format_unknown", path=out, formats=", ".join(wanted.formats),
                           suffixes=", ".join(s for s, f in SUFFIXES.items()
                                              if f in wanted.formats))
        chosen = wanted.formats[0]
    if chosen not in wanted.formats:
        raise AppError("cli.format_not_made", name=wanted.name,
                       formats=_listed(wanted.formats), format=chosen.upper())
    return chosen
