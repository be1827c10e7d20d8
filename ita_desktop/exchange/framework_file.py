"""Framework files: the JSON a unit exchanges with other units, and the frameworks shipped in
``resources/catalogs/`` (one file per framework and fiscal year).

Reading is strict (``load_catalog_file``): a file too big, not UTF-8, not JSON, not a framework,
from a newer program version or with any problem, the points balance included, is refused with
a ``CatalogError`` naming the file and listing every finding. Writing (``save_catalog_file``)
refuses a framework the reader would refuse, and replaces the file atomically.
"""

from __future__ import annotations

import json
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from ita_desktop.domain.framework.fields import MAX_DIGITS, within_bounds
from ita_desktop.domain.framework.model import Catalog, Framework
from ita_desktop.domain.framework.problems import CatalogError, CatalogProblem
from ita_desktop.domain.framework.reading import catalog_to_dict, checked_for_export, parse
from ita_desktop.errors import QT_TRANSLATE_NOOP, register
from ita_desktop.files import write_atomically
from ita_desktop.resources import resource_path

FORMAT_TAG = "ita-desktop-catalog"
# Version 2 adds choices among formats (["Excel", "Word"]) and the planned sample targets;
# version 1 files still read (a flat list of formats is every one of them needed), and a
# program that reads only version 1 says it needs an update instead of listing odd fields.
FORMAT_VERSION = 2
MAX_FILE_BYTES = 5 * 1024 * 1024

_BUNDLED_NAME = re.compile(r"^(?P<framework>[a-z]+)-(?P<year>[0-9]{4})\.json$")

register({
    "framework_file.unreadable": QT_TRANSLATE_NOOP("Errors", "it cannot be read (%reason)"),
    "framework_file.unwritable": QT_TRANSLATE_NOOP("Errors", "it cannot be written (%reason)"),
    "framework_file.too_big": QT_TRANSLATE_NOOP(
        "Errors",
        "the file is too big (%size bytes); a framework file may be at most %limit MB"),
    "framework_file.not_utf8": QT_TRANSLATE_NOOP(
        "Errors", "the file is not UTF-8 text (byte 0x%byte at offset %offset)"),
    "framework_file.not_json": QT_TRANSLATE_NOOP(
        "Errors", "the file is not valid JSON (%reason at line %line, column %column)"),
    "framework_file.not_json_value": QT_TRANSLATE_NOOP(
        "Errors", "the file is not valid JSON (%reason)"),
    "framework_file.not_object": QT_TRANSLATE_NOOP(
        "Errors", "the file is not an ITA Desktop framework (its JSON is not an object)"),
    "framework_file.no_format": QT_TRANSLATE_NOOP(
        "Errors",
        "the file is not an ITA Desktop framework (it has no 'format' field; "
        "expected '%expected')"),
    "framework_file.wrong_format": QT_TRANSLATE_NOOP(
        "Errors",
        "the file is not an ITA Desktop framework (its format is %found, expected '%expected')"),
    "framework_file.bad_version": QT_TRANSLATE_NOOP(
        "Errors", "'format_version' must be a whole number from 1, not %value"),
    "framework_file.newer_version": QT_TRANSLATE_NOOP(
        "Errors",
        "the file was written by a newer version of ITA Desktop (format_version %version; this "
        "version reads up to %supported); update ITA Desktop to open it"),
    "framework_file.unknown_framework": QT_TRANSLATE_NOOP(
        "Errors", "unknown framework %value (known: %known)"),
    "framework_file.no_bundled_year": QT_TRANSLATE_NOOP(
        "Errors", "there is no bundled %framework framework for fiscal year %year"),
    "framework_file.no_bundled": QT_TRANSLATE_NOOP(
        "Errors", "there is no bundled %framework framework"),
    "framework_file.no_bundled_up_to": QT_TRANSLATE_NOOP(
        "Errors", "there is no bundled %framework framework up to fiscal year %year"),
    "framework_file.misnamed": QT_TRANSLATE_NOOP(
        "Errors",
        "the file holds the %framework framework for %year, not the one its name says"),
    "framework_file.number_out_of_range": QT_TRANSLATE_NOOP(
        "Errors",
        "%where: the number %value has more than %digits digits before or after the decimal "
        "point; a framework holds no such number"),
    "framework_file.bad_character": QT_TRANSLATE_NOOP(
        "Errors",
        "%where: the text holds the character %character, which cannot be stored or "
        "printed (a damaged or hand-edited file?)"),
    "framework_file.text_too_long": QT_TRANSLATE_NOOP(
        "Errors", "%where: the text is %length characters long; at most %limit are allowed"),
})

# The longest text a framework field may hold: the longest shipped one is a few hundred
# characters, and a page of text in a table cell is a slip, not a framework.
MAX_TEXT_CHARS = 5000
# The walk over a hostile file stops after this many findings: a message lists 20 anyway,
# and a 5 MB file of bad characters would otherwise make a million of them.
_MAX_FINDINGS = 100
# Lone surrogates cannot be encoded as UTF-8 (saving crashed on "\ud800"), and control
# characters other than tab and line breaks, U+FFFE and U+FFFF are not allowed in the XML of
# Word and Excel exports.
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_MISSING = object()
_FRAMEWORK_NAMES = frozenset(member.value for member in Framework)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a framework can hold")


class _Unfit:
    """A number too long or too large for a framework, kept as its text so that the walk
    over the document can say where it is; it never becomes an int or a Decimal, which for
    a million digits or an exponent of a billion is slow or overflows."""

    def __init__(self, text: str) -> None:
        self.text = text


def _parse_int(text: str) -> int | _Unfit:
    return int(text) if len(text.lstrip("-")) <= MAX_DIGITS else _Unfit(text)


def _parse_float(text: str) -> Decimal | _Unfit:
    # Longer text cannot be within bounds (MAX_DIGITS before and after the point, a sign,
    # the point and an exponent of a few characters); it is refused before it is converted.
    if len(text) > 2 * MAX_DIGITS + 8:
        return _Unfit(text)
    number = Decimal(text)
    return number if within_bounds(number) else _Unfit(text)


def _unsafe_values(document: Any) -> list[CatalogProblem]:
    """Every number out of bounds, text too long and character that cannot be stored, with
    its place in the document ("oit_items[3].title"); iterative, as a file may nest deeply.
    ``document`` is a JSON object, so every place starts with a field name."""
    found: list[CatalogProblem] = []
    stack: list[tuple[str, Any]] = [("", document)]
    while stack and len(found) < _MAX_FINDINGS:
        where, value = stack.pop()
        if isinstance(value, dict):
            for key, entry in reversed(value.items()):
                found.extend(_text_problems(f"{where or 'catalog'} (field name)", key))
                # The place is shown in messages, so a bad character in a name is not.
                shown = _BAD_CHARACTER.sub("\N{REPLACEMENT CHARACTER}", key)
                stack.append((f"{where}.{shown}" if where else shown, entry))
        elif isinstance(value, list):
            stack.extend((f"{where}[{index}]", entry)
                         for index, entry in reversed(list(enumerate(value))))
        elif isinstance(value, str):
            found.extend(_text_problems(where, value))
        elif isinstance(value, _Unfit):
            found.append(CatalogProblem("framework_file.number_out_of_range", where=where,
                                        value=value.text, digits=MAX_DIGITS))
    return found[:_MAX_FINDINGS]


def _text_problems(where: str, text: str) -> list[CatalogProblem]:
    problems: list[CatalogProblem] = []
    if len(text) > MAX_TEXT_CHARS:
        problems.append(CatalogProblem("framework_file.text_too_long", where=where,
                                       length=f"{len(text):,}", limit=f"{MAX_TEXT_CHARS:,}"))
    bad = _BAD_CHARACTER.search(text)
    if bad is not None:
        problems.append(CatalogProblem("framework_file.bad_character", where=where,
                                       character=f"U+{ord(bad.group()):04X}"))
    return problems


def _refusal(file: Path, code: str, **values: object) -> CatalogError:
    return CatalogError([CatalogProblem(f"framework_file.{code}", **values)], source=str(file))


def _read_document(file: Path) -> Any:
    """The JSON value in ``file``, or a ``CatalogError`` naming the file."""

    def refuse(code: str, **values: object) -> CatalogError:
        return _refusal(file, code, **values)

    try:
        with file.open("rb") as handle:
            # Reading one byte past the limit tells "too big" without reading a huge file whole.
            raw = handle.read(MAX_FILE_BYTES + 1)
        size = file.stat().st_size if len(raw) > MAX_FILE_BYTES else len(raw)
    except OSError as exc:
        raise refuse("unreadable", reason=exc.strerror or exc) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise refuse("too_big", size=f"{size:,}", limit=MAX_FILE_BYTES // (1024 * 1024))
    try:
        # utf-8-sig because Windows Notepad starts UTF-8 files with a byte-order mark.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise refuse("not_utf8", byte=f"{raw[exc.start]:02x}", offset=exc.start) from None
    try:
        return json.loads(text, parse_float=_parse_float, parse_int=_parse_int,
                          parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise refuse("not_json", reason=exc.msg, line=exc.lineno, column=exc.colno) from None
    except (ValueError, RecursionError) as exc:
        raise refuse("not_json_value", reason=exc) from None


def load_catalog_file(path: str | os.PathLike[str]) -> Catalog:
    """Read and check a framework file; raise ``CatalogError`` naming the file when it cannot
    be read, is too big, not UTF-8, not JSON, not a framework, from a newer program version, or
    invalid in any way (the points balance included)."""
    file = Path(path)

    def refuse(code: str, **values: object) -> CatalogError:
        return _refusal(file, code, **values)

    data = _read_document(file)
    if not isinstance(data, dict):
        raise refuse("not_object")
    unsafe = _unsafe_values(data)
    if unsafe:
        raise CatalogError(unsafe, source=str(file))
    tag = data.get("format", _MISSING)
    if tag is _MISSING:
        raise refuse("no_format", expected=FORMAT_TAG)
    if tag != FORMAT_TAG:
        raise refuse("wrong_format", found=repr(tag), expected=FORMAT_TAG)
    version = data.get("format_version", _MISSING)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        shown = "nothing" if version is _MISSING else repr(version)
        raise refuse("bad_version", value=shown)
    if version > FORMAT_VERSION:
        raise refuse("newer_version", version=version, supported=FORMAT_VERSION)
    catalog, hard, balance = parse(data)
    if hard or balance or catalog is None:
        raise CatalogError(hard + balance, source=str(file))
    return catalog


def save_catalog_file(catalog: Catalog, path: str | os.PathLike[str]) -> None:
    """Write ``catalog`` to ``path`` as pretty-printed UTF-8 JSON, atomically.

    A framework with any problem (the points balance included) is refused with
    ``CatalogError``, because ``load_catalog_file`` would refuse the file it made; so is a
    file that cannot be written (the previous file, if any, is then left as it was).
    """
    target = Path(path)
    # The re-read copy is written, so e.g. a float point typed in code goes out as exact text.
    normalised, problems = checked_for_export(catalog)
    if problems or normalised is None:
        raise CatalogError(problems, source=str(target), saving=True)
    document: dict[str, Any] = {"format": FORMAT_TAG, "format_version": FORMAT_VERSION}
    document.update(catalog_to_dict(normalised))
    # A framework read before files were checked this way may still hold such text, and
    # encoding a lone surrogate would crash the save half-way through.
    unsafe = _unsafe_values(document)
    if unsafe:
        raise CatalogError(unsafe, source=str(target), saving=True)
    payload = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    try:
        write_atomically(target, payload)
    except OSError as exc:
        raise CatalogError(
            [CatalogProblem("framework_file.unwritable", reason=exc.strerror or exc)],
            source=str(target), saving=True,
        ) from exc


# --- the frameworks shipped with the program ----------------------------------------------


def bundled_catalogs() -> list[tuple[Framework, int]]:
    """(framework, fiscal year) of every framework shipped in resources/catalogs, sorted."""
    folder = resource_path("catalogs")
    if not folder.is_dir():
        return []
    found: list[tuple[Framework, int]] = []
    for entry in folder.iterdir():
        match = _BUNDLED_NAME.match(entry.name)
        if match and match["framework"] in _FRAMEWORK_NAMES and entry.is_file():
            found.append((Framework(match["framework"]), int(match["year"])))
    return sorted(found)


def load_bundled_catalog(framework: str, fiscal_year: int) -> Catalog:
    """The shipped framework of ``framework`` for ``fiscal_year``; ``CatalogError`` if none."""
    if framework not in _FRAMEWORK_NAMES:
        known = ", ".join(member.value for member in Framework)
        raise CatalogError([CatalogProblem(
            "framework_file.unknown_framework", value=repr(framework), known=known)])
    path = resource_path("catalogs", f"{framework}-{fiscal_year}.json")
    if not path.is_file():
        raise CatalogError([CatalogProblem(
            "framework_file.no_bundled_year", framework=framework, year=fiscal_year)])
    catalog = load_catalog_file(path)
    if (catalog.framework, catalog.fiscal_year) != (framework, fiscal_year):
        raise CatalogError(
            [CatalogProblem("framework_file.misnamed",
                            framework=catalog.framework, year=catalog.fiscal_year)],
            source=str(path),
        )
    return catalog


def latest_bundled_catalog(framework: str, up_to_year: int | None = None) -> Catalog:
    """The newest shipped framework of ``framework``, not later than ``up_to_year`` if given."""
    years = [
        year
        for kind, year in bundled_catalogs()
        if kind == framework and (up_to_year is None or year <= up_to_year)
    ]
    if not years:
        if up_to_year is None:
            problem = CatalogProblem("framework_file.no_bundled", framework=framework)
        else:
            problem = CatalogProblem(
                "framework_file.no_bundled_up_to", framework=framework, year=up_to_year)
        raise CatalogError([problem])
    return load_bundled_catalog(framework, max(years))
