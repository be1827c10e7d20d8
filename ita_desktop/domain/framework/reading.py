"""Reading a framework from JSON-like data (a file's content, the database's columns), checking
everything, and turning it back into such data.

Validation is strict when a framework comes from outside (``catalog_from_dict``): every problem
is collected and reported at once, and a framework whose OIT item points do not add up to the
OIT weight is refused. ``catalog_problems`` reports the same findings of a framework in memory,
the points balance included, so the screen can show them while the secretary edits.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from ita_desktop.domain.framework.fields import Report, check_keys, read_choice, read_int, read_str
from ita_desktop.domain.framework.model import CATALOG_MARKABLE, Catalog, Framework
from ita_desktop.domain.framework.problems import CatalogError, CatalogProblem
from ita_desktop.domain.framework.provenance import read_unconfirmed
from ita_desktop.domain.framework.sections import (
    read_calendar,
    read_groups,
    read_indicators,
    read_items,
    read_quotas,
    read_sample_targets,
    read_samples,
    read_weights,
)

# B.E. years; anything below is almost surely a C.E. year typed by mistake.
MIN_FISCAL_YEAR = 2400
MAX_FISCAL_YEAR = 2999

_CATALOG_KEYS = tuple(field.name for field in dataclasses.fields(Catalog))
# A file's own header may be passed along with the content; the file reader checks it.
_HEADER_KEYS = ("format", "format_version")


def parse(data: Any) -> tuple[Catalog | None, list[CatalogProblem], list[CatalogProblem]]:
    """Read ``data``; return the catalog (None when a hard problem was found), the problems
    every reader refuses, and the points-balance problems the editing helpers tolerate."""
    report = Report()
    where = "catalog"
    if not isinstance(data, Mapping):
        report.add("not_object", where)
        return None, report.hard, report.balance
    check_keys(data, _CATALOG_KEYS + _HEADER_KEYS, where, report)
    framework = read_choice(data, "framework", Framework, where, report)
    fiscal_year = read_int(data, "fiscal_year", where, report)
    if fiscal_year is not None and not MIN_FISCAL_YEAR <= fiscal_year <= MAX_FISCAL_YEAR:
        report.add("not_be_year", where, key="fiscal_year", value=fiscal_year)
        fiscal_year = None
    title = read_str(data, "title", where, report)
    notes = read_str(data, "notes", where, report, allow_empty=True)
    weights = read_weights(data, report)
    samples = read_samples(data, report)
    targets = read_sample_targets(data, samples, report)
    quotas = read_quotas(data, report)
    groups = read_groups(data, quotas, report)
    indicators = read_indicators(data, weights, report)
    items = read_items(data, fiscal_year, weights, indicators, report)
    calendar = read_calendar(data, fiscal_year, report)
    unconfirmed = read_unconfirmed(data, CATALOG_MARKABLE, where, report)
    if report.hard:
        return None, report.hard, report.balance
    assert framework is not None and fiscal_year is not None and title is not None
    assert notes is not None and weights is not None and samples is not None
    assert quotas is not None and groups is not None and indicators is not None
    assert items is not None and calendar is not None and targets is not None
    assert unconfirmed is not None
    catalog = Catalog(
        framework=framework,
        fiscal_year=fiscal_year,
        title=title,
        notes=notes,
        weights=weights,
        minimum_samples=samples,
        eit_quotas=quotas,
        eit2_groups=groups,
        indicators=indicators,
        oit_items=items,
        calendar=calendar,
        sample_targets=targets,
        unconfirmed=unconfirmed,
    )
    return catalog, report.hard, report.balance


def _plain(value: Any) -> Any:
    """``value`` as JSON-ready data; values of unexpected types are passed through unchanged
    so that the checker reports them instead of this function failing on them."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: _plain(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        # Fixed-point text, because "1E+1" would not read back as the same kind of number.
        return format(value, "f") if value.is_finite() else str(value)
    if isinstance(value, Mapping):
        return {_plain(key): _plain(entry) for key, entry in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(entry) for entry in value]
    return value


def catalog_from_dict(data: Mapping[str, Any], *, allow_unbalanced: bool = False) -> Catalog:
    """Read a catalog from JSON-like data, checking everything; raise ``CatalogError`` listing
    every problem, including OIT item points that do not add up to the OIT weight.

    ``allow_unbalanced`` accepts a points imbalance alone: the database keeps a catalog the
    secretary is still editing, and reading it back must not fail where editing did not.
    Points may be numbers or decimal strings, dates ISO strings. The file header keys
    "format" and "format_version" are ignored here (the file reader checks them).
    """
    catalog, hard, balance = parse(data)
    if hard or (balance and not allow_unbalanced) or catalog is None:
        raise CatalogError(hard + balance)
    return catalog


def catalog_to_dict(catalog: Catalog) -> dict[str, Any]:
    """The catalog as JSON-ready data: dates as ISO strings, points and weights as decimal
    strings (so "1.8125" reads back exactly), vocabularies as their text, in the field order of
    the dataclasses; an item's format needed on its own is written as its name and only a
    choice as a list, so that a file reads as the seeds write it ("PDF", ["Excel", "Word"])."""
    data: dict[str, Any] = _plain(catalog)
    # Most frameworks plan the minimum; a file without targets is then the file it always was.
    if data.get("sample_targets") == {}:
        del data["sample_targets"]
    # Likewise a framework whose values are all confirmed writes no marks at all.
    if data.get("unconfirmed") == {}:
        del data["unconfirmed"]
    for item in data.get("oit_items", []):
        if item.get("unconfirmed") == {}:
            del item["unconfirmed"]
        formats = item.get("formats")
        if isinstance(formats, list):
            item["formats"] = [
                group[0] if isinstance(group, list) and len(group) == 1 else group
                for group in formats
            ]
    return data


def catalog_problems(catalog: Catalog) -> list[CatalogProblem]:
    """Every problem of ``catalog``, the points balance included; empty when it is valid."""
    _, hard, balance = parse(_plain(catalog))
    return hard + balance


def checked(candidate: Catalog) -> Catalog:
    """``candidate`` normalised (e.g. int points made Decimal, "date" made a ``DeadlineKind``),
    or ``CatalogError`` for any problem other than the points balance."""
    catalog, hard, _ = parse(_plain(candidate))
    if hard or catalog is None:
        raise CatalogError(hard)
    return catalog


def checked_for_export(candidate: Catalog) -> tuple[Catalog | None, list[CatalogProblem]]:
    """``candidate`` normalised and every problem, the points balance included: a file must
    read back as it was written, so nothing is tolerated on the way out."""
    catalog, hard, balance = parse(_plain(candidate))
    return catalog, hard + balance
