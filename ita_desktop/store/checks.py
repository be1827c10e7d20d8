"""Integrity and consistency checks of a database, for ``ita-desktop check``.

SQLite's foreign-key check first (its integrity check is the opening's: a damaged file, which
makes the rest meaningless, is refused before these run), then what a file edited by hand can
lack or hold that the program cannot read (``store/soundness.py``: missing tables, columns and
freeze triggers, unreadable dates, unknown kinds of unit and ranks; the window refuses to open
such a file), then what the schema cannot express: unknown sections, duplicate people, a
commander who has left, and frameworks whose items do not add up.

The checks only read: ``ita-desktop check`` runs them on a read-only connection.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3

from ita_desktop.domain.framework import catalog_problems
from ita_desktop.domain.ranks import RANKS
from ita_desktop.domain.roster import name_key
from ita_desktop.domain.text_checks import text_problems
from ita_desktop.domain.thai_text import (
    normalisation_changes,
    normalise_lines,
    normalise_text,
    visible,
)
from ita_desktop.domain.unit_profile import unit_problems
from ita_desktop.domain.units import UnitKind, find_section
from ita_desktop.store.database import Database
from ita_desktop.store.errors import StoreError
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.store.migrations import LATEST_VERSION
from ita_desktop.store.soundness import schema_findings, timestamp_findings, value_findings
from ita_desktop.store.unit import UnitRepository

# Findings after which the other checks cannot run: they read those tables and columns.
MISSING_PARTS = ("store.finding_table_missing", "store.finding_column_missing")
KINDS = frozenset(str(kind) for kind in UnitKind)
RANKS_BY_KEY = {rank.key: rank for rank in RANKS}


def run_checks(db: Database) -> list[str]:
    """Every finding as an English sentence; an empty list means the file is sound.

    ``db`` comes from one of the store's openers (``read_only``, ``open_database``), which
    have already run SQLite's integrity check and refused a damaged file: it is not run a
    second time here, as it reads every page of the file."""
    findings: list[str] = []
    for row in db.query("PRAGMA foreign_key_check"):
        findings.append(
            f"table {row[0]} row {row[1]} points at a missing row of {row[2]}"
        )
    if db.user_version != LATEST_VERSION:
        findings.append(
            f"schema version is {db.user_version}, this program expects {LATEST_VERSION}: "
            "opening it in ITA Desktop upgrades it (a copy is made first), then check it again"
        )
        return findings
    schema = schema_findings(db, quick=False)
    findings += [f.english() for f in schema]
    if any(f.code in MISSING_PARTS for f in schema):
        # The checks below read these tables; with parts missing they would only fail.
        return findings
    unreadable = value_findings(db)
    findings += [f.english() for f in unreadable]
    findings += [f.english() for f in timestamp_findings(db)]
    if all(f.code == "store.finding_unknown_rank" for f in unreadable):
        # It reads through the repository, which parses the kind of unit and the dates.
        findings += _unit_findings(db)
    findings += _people_findings(db)
    findings += _name_findings(db)
    findings += _framework_findings(db)
    findings += _blob_findings(db)
    return findings


def _blob_findings(db: Database) -> list[str]:
    """Stored content that no longer has the SHA-256 it is filed under (a damaged or edited
    file): a signed-off file among it would no longer verify."""
    findings = []
    for row in db.execute("SELECT sha256, content FROM blobs"):
        if hashlib.sha256(row["content"]).hexdigest() != row["sha256"]:
            findings.append(f"stored file {row['sha256']} no longer has that SHA-256; restore "
                            "the database from a backup copy")
    return findings


def _unit_findings(db: Database) -> list[str]:
    row = db.execute("SELECT kind FROM unit WHERE id = 1").fetchone()
    if row is None:
        return ["the unit profile has not been filled in"]
    unit = UnitRepository(db).get()
    assert unit is not None
    findings = [f"unit profile: {p.english()}" for p in unit_problems(unit)]
    if unit.commander_id is not None:
        commander = db.execute(
            "SELECT first_name, last_name, active FROM people WHERE id = ?",
            (unit.commander_id,),
        ).fetchone()
        if commander is not None and not commander["active"]:
            findings.append(
                f"the commander, {commander['first_name']} {commander['last_name']}, is marked "
                "as having left the unit"
            )
    return findings


def _people_findings(db: Database) -> list[str]:
    findings: list[str] = []
    kind_row = db.execute("SELECT kind FROM unit WHERE id = 1").fetchone()
    # An unknown kind or rank is a finding of ``value_findings``; here it only skips the checks
    # that need it.
    kind = UnitKind(kind_row["kind"]) if kind_row and kind_row["kind"] in KINDS else None
    seen: dict[str, int] = {}
    for row in db.query("SELECT * FROM people ORDER BY id"):
        who = f"person {row['id']} ({row['first_name']} {row['last_name']})"
        rank = RANKS_BY_KEY.get(row["rank_key"])
        if rank is not None and (row["female"] or row["acting"]) and not rank.police:
            findings.append(f"{who}: หญิง/ว่าที่ on the civilian title {rank.full}")
        if not row["last_name"].strip():
            findings.append(f"{who} has no last name")
        if kind is not None and row["section_key"] and find_section(kind, row["section_key"]) \
                is None:
            findings.append(f"{who} is in section '{row['section_key']}', unknown for this unit")
        key = name_key(row["first_name"], row["last_name"])
        if key in seen:
            findings.append(f"{who} has the same name as person {seen[key]}")
        seen.setdefault(key, row["id"])
        if not row["active"] and not row["left_on"]:
            findings.append(f"{who} is marked as left without a date")
    return findings


# The printed texts of a person and of the unit profile, as a finding names them.
_PERSON_TEXTS = {"first_name": "first name", "last_name": "last name", "position": "position",
                 "position_abbr": "position abbreviation"}
_UNIT_TEXTS = {"full_name": "full name", "short_name": "short name",
               "parent_bureau": "parent bureau", "address": "address"}


def _name_findings(db: Database) -> list[str]:
    """Names and other printed texts stored before they were checked and normalised on input
    (or edited by hand): ones that cannot be printed as a name, and ones that differ from
    their normal form, which hides look-alike duplicates."""
    findings: list[str] = []
    for row in db.query(f"SELECT id, {', '.join(_PERSON_TEXTS)} FROM people ORDER BY id"):
        who = f"person {row['id']} ({visible(row['first_name'])} {visible(row['last_name'])})"
        for column, words in _PERSON_TEXTS.items():
            value = row[column]
            problems = text_problems(value, words, name=column in ("first_name", "last_name"))
            findings += [f"{who}: {p.english()}" for p in problems]
            changes = normalisation_changes(value)
            if changes and not problems:
                findings.append(f"{who}: the {words} has {' and '.join(changes)}; open the "
                                "person and save to store it in its normal form")
    unit = db.execute(f"SELECT {', '.join(_UNIT_TEXTS)} FROM unit WHERE id = 1").fetchone()
    for column, words in _UNIT_TEXTS.items() if unit is not None else ():
        # What cannot be printed is among the unit profile's own findings (unit_problems).
        value = unit[column]
        normal = normalise_lines(value) if column == "address" else normalise_text(value)
        if value != normal:
            changes = sorted({c for line in value.splitlines() or [value]
                              for c in normalisation_changes(line)}) or ["extra blank lines"]
            findings.append(f"unit profile: the {words} has {' and '.join(changes)}; save the "
                            "unit profile to store it in its normal form")
    return findings


def _framework_findings(db: Database) -> list[str]:
    findings: list[str] = []
    repo = FrameworkRepository(db)
    for year in repo.years():
        try:
            catalog = repo.get(year)
        except (StoreError, json.JSONDecodeError, sqlite3.Error) as exc:
            findings.append(f"framework {year}: cannot be read ({exc})")
            continue
        if catalog is None:
            continue
        findings += [f"framework {year}: {p}" for p in catalog_problems(catalog)]
    return findings
