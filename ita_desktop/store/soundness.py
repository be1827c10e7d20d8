"""Whether a database file holds what this program can read: a schema version it knows, the
tables, columns and freeze triggers that version promises, and values it parses (dates, the
kind of unit, ranks).

A file edited by hand (DB Browser, a script) can pass SQLite's integrity check and still hold
a date such as '2567-13-45', a kind of unit or a rank this program does not know, or lack a
column; the window would crash on it, and without the triggers a signed-off report could be
changed. ``refuse_unreadable`` runs on the read-only inspection before a file is opened for
writing: it costs a few queries (about a millisecond on the demo database), never a table
scan in Python. ``ita-desktop check`` lists the same findings, and a few more that do not stop
the program (timestamps it only shows).

Findings are ``AppError``s (a code and values), so the window lists them in its language.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cache

from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.store.database import Database
from ita_desktop.store.errors import DatabaseFileError, NewerDatabaseError
from ita_desktop.store.migrations import LATEST_VERSION, MIGRATIONS

register({
    "store.hand_edited": QT_TRANSLATE_NOOP(
        "Errors", "Cannot open '%path': the file was changed outside ITA Desktop and holds "
        "what this program cannot read:\n%findings\nThe file was left as it is. Restore the "
        "latest copy from the 'backups' folder next to it, or from your own backup copy; "
        "'ita-desktop check' lists every finding."),
    "store.finding_table_missing": QT_TRANSLATE_NOOP(
        "Errors", "table %table is missing"),
    "store.finding_column_missing": QT_TRANSLATE_NOOP(
        "Errors", "table %table has no column %column"),
    "store.finding_trigger_missing": QT_TRANSLATE_NOOP(
        "Errors", "the safeguard %trigger, which keeps signed-off reports and stored files "
        "from being changed, is missing"),
    "store.finding_trigger_altered": QT_TRANSLATE_NOOP(
        "Errors", "the safeguard %trigger, which keeps signed-off reports and stored files "
        "from being changed, was altered"),
    "store.finding_bad_date": QT_TRANSLATE_NOOP(
        "Errors", "table %table row %row: %column is '%value', not a date (YYYY-MM-DD)"),
    "store.finding_bad_time": QT_TRANSLATE_NOOP(
        "Errors", "table %table row %row: %column is '%value', not a time of day (HH:MM)"),
    "store.finding_bad_timestamp": QT_TRANSLATE_NOOP(
        "Errors", "table %table row %row: %column is '%value', not a date and time"),
    "store.finding_unknown_kind": QT_TRANSLATE_NOOP(
        "Errors", "the unit profile has an unknown kind of unit '%kind'"),
    "store.finding_unknown_rank": QT_TRANSLATE_NOOP(
        "Errors", "person %id (%name) has an unknown rank '%rank'"),
    "store.finding_more": QT_TRANSLATE_NOOP(
        "Errors", "and %count more"),
})

# Findings of each kind looked for; a file edited in bulk is refused for its first few.
LIMIT = 20
# Findings listed in the refusal; the rest are counted (``check`` lists them all).
SHOWN = 8
# A value quoted in a finding is cut: a hand-edited cell can hold anything, at any length.
VALUE_CHARS = 40


class HandEditedDatabaseError(DatabaseFileError):
    """A file the program cannot read as it is; ``findings`` says what, nothing was written."""

    def __init__(self, path, findings: list[AppError]) -> None:  # type: ignore[no-untyped-def]
        self.findings = findings
        shown: list[AppError] = findings[:SHOWN]
        if len(findings) > SHOWN:
            shown.append(AppError("store.finding_more", count=len(findings) - SHOWN))
        super().__init__("store.hand_edited", path, findings=shown)


@dataclass(frozen=True)
class DateColumn:
    table: str
    column: str
    # '' (and NULL) stand for "no date" where the program writes them.
    may_be_empty: bool


# The columns the program reads with ``date.fromisoformat``: a bad value there crashes it.
DATE_COLUMNS = (
    DateColumn("people", "left_on", True),
    DateColumn("people", "data_changed_on", True),
    DateColumn("unit", "data_changed_on", True),
    DateColumn("report_versions", "signed_on", False),
    DateColumn("report_signoffs", "signed_on", False),
    DateColumn("committee_orders", "dated", False),
    DateColumn("committee_orders", "effective_on", True),
    DateColumn("meetings", "dated", False),
    DateColumn("meeting_actions", "due", True),
    DateColumn("meeting_actions", "done_on", True),
)
# Times of day the program reads with ``time.fromisoformat`` as it writes them, HH:MM or NULL.
TIME_COLUMNS = (("meetings", "start_time"), ("meetings", "end_time"))
# Timestamps the program writes but only shows: ``check`` reports them, opening does not stop.
TIMESTAMP_COLUMNS = (
    ("people", "created_at"), ("people", "updated_at"), ("unit", "updated_at"),
    ("frameworks", "updated_at"), ("report_versions", "created_at"),
    ("committee_orders", "created_at"), ("committee_orders", "updated_at"),
    ("meetings", "created_at"), ("meetings", "updated_at"),
    ("measures", "updated_at"), ("photos", "added_at"),
)


@dataclass(frozen=True)
class Schema:
    columns: dict[str, frozenset[str]]
    """Table -> its column names."""
    triggers: dict[str, str]
    """Trigger -> its SQL, blanks collapsed."""

    def digest(self) -> str:
        """A short fingerprint to tell an unchanged schema at a glance. CRC-32, not SHA-256:
        hashlib costs the start-up about 25 ms to import (the window has zlib already), and
        the chance of an edited schema keeping both this value and its length is not worth
        them. ``check`` compares in full, whatever the fingerprint."""
        import zlib

        lines = [f"table {t} {c}" for t, cs in self.columns.items() for c in cs]
        lines += [f"trigger {name} {sql}" for name, sql in self.triggers.items()]
        text = "\n".join(sorted(lines)).encode()
        return f"{zlib.crc32(text):08x}-{len(text)}"


def _schema_of(conn: sqlite3.Connection) -> Schema:
    columns: dict[str, set[str]] = {}
    for table, column in conn.execute(
            "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
            "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"):
        columns.setdefault(table, set()).add(column)
    triggers = {name: " ".join(str(sql).split()) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    return Schema({t: frozenset(c) for t, c in columns.items()}, triggers)


# ``expected_schema(LATEST_VERSION).digest()``. Building that schema runs the migrations in
# memory (about 9 ms, most of it the register's rebuild in version 3), too slow for every
# start-up; a file whose schema has this digest is as expected, and only one that differs is
# compared in detail. tests/store/test_soundness.py says the new value when a migration is
# added.
LATEST_DIGEST = "077968b0-9689"


@cache
def expected_schema(version: int) -> Schema:
    """The schema that ``version`` promises, built from the migrations themselves in memory,
    so that it can never disagree with them."""
    reference = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            reference.executescript(script)
        return _schema_of(reference)
    finally:
        reference.close()


def schema_findings(db: Database, actual: Schema | None = None, *,
                    quick: bool = True) -> list[AppError]:
    """Tables, columns and freeze triggers the file's schema version promises but the file
    lacks or has altered (edited by hand). Extra ones are left alone. ``quick``: a current
    file whose fingerprint is the expected one is taken as it is (start-up)."""
    version = db.user_version
    actual = actual or _schema_of(db.conn)
    if quick and version == LATEST_VERSION and actual.digest() == LATEST_DIGEST:
        return []
    expected = expected_schema(version)
    findings: list[AppError] = []
    for table, columns in sorted(expected.columns.items()):
        if table not in actual.columns:
            findings.append(AppError("store.finding_table_missing", table=table))
            continue
        for column in sorted(columns - actual.columns[table]):
            findings.append(AppError("store.finding_column_missing", table=table,
                                     column=column))
    for trigger, sql in sorted(expected.triggers.items()):
        if trigger not in actual.triggers:
            findings.append(AppError("store.finding_trigger_missing", trigger=trigger))
        elif actual.triggers[trigger] != sql:
            findings.append(AppError("store.finding_trigger_altered", trigger=trigger))
    return findings


def _quoted(value: object) -> str:
    text = str(value)
    return text if len(text) <= VALUE_CHARS else text[:VALUE_CHARS] + "…"


def value_findings(db: Database, actual: Schema | None = None, *,
                   limit: int = LIMIT) -> list[AppError]:
    """Values the program parses and could not: dates, the kind of unit, ranks. Only on a
    file whose schema has passed ``schema_findings`` (the columns must be there)."""
    from ita_desktop.domain.ranks import RANKS
    from ita_desktop.domain.units import UnitKind

    columns = (actual or _schema_of(db.conn)).columns
    findings: list[AppError] = []
    for spec in DATE_COLUMNS:
        if spec.column not in columns.get(spec.table, ()):
            continue  # an older schema version, upgraded before it is read
        empty = f"AND {spec.column} != '' " if spec.may_be_empty else ""
        # With a modifier, SQLite's date() gives back exactly a valid YYYY-MM-DD and nothing
        # else (NULL, or another day for '2025-02-30', which date() alone passes); Python's
        # date has no year 0.
        for row in db.conn.execute(
                f"SELECT rowid, {spec.column} FROM {spec.table} WHERE {spec.column} IS NOT NULL "
                f"{empty}AND (date({spec.column}, '+0 days') IS NOT {spec.column} "
                f"OR {spec.column} < '0001') ORDER BY rowid LIMIT ?", (limit,)):
            findings.append(AppError("store.finding_bad_date", table=spec.table, row=row[0],
                                     column=spec.column, value=_quoted(row[1])))
    for table, column in TIME_COLUMNS:
        if column not in columns.get(table, ()):
            continue
        for row in db.conn.execute(
                f"SELECT rowid, {column} FROM {table} WHERE {column} IS NOT NULL "
                f"AND strftime('%H:%M', {column}) IS NOT {column} ORDER BY rowid LIMIT ?",
                (limit,)):
            findings.append(AppError("store.finding_bad_time", table=table, row=row[0],
                                     column=column, value=_quoted(row[1])))
    if "unit" in columns:
        kinds = [str(k) for k in UnitKind]
        for row in db.conn.execute(
                f"SELECT kind FROM unit WHERE kind NOT IN ({', '.join('?' * len(kinds))})",
                kinds):
            findings.append(AppError("store.finding_unknown_kind", kind=_quoted(row[0])))
    if "people" in columns:
        keys = [rank.key for rank in RANKS]
        for row in db.conn.execute(
                "SELECT id, first_name, last_name, rank_key FROM people WHERE rank_key NOT IN "
                f"({', '.join('?' * len(keys))}) ORDER BY id LIMIT ?", (*keys, limit)):
            findings.append(AppError("store.finding_unknown_rank", id=row[0],
                                     name=_quoted(f"{row[1]} {row[2]}"), rank=_quoted(row[3])))
    return findings


def timestamp_findings(db: Database, actual: Schema | None = None, *,
                       limit: int = LIMIT) -> list[AppError]:
    """Timestamps that are not a date and time: shown as they are, so only ``check`` says."""
    columns = (actual or _schema_of(db.conn)).columns
    findings: list[AppError] = []
    for table, column in TIMESTAMP_COLUMNS:
        if column not in columns.get(table, ()):
            continue
        for row in db.conn.execute(
                f"SELECT rowid, {column} FROM {table} WHERE datetime({column}) IS NULL "
                "ORDER BY rowid LIMIT ?", (limit,)):
            findings.append(AppError("store.finding_bad_timestamp", table=table, row=row[0],
                                     column=column, value=_quoted(row[1])))
    return findings


def refuse_newer(db: Database) -> None:
    version = db.user_version
    if version > LATEST_VERSION:
        raise NewerDatabaseError(db.path, version, LATEST_VERSION)


def refuse_unreadable(db: Database) -> None:
    """Refuse a file written by a newer program, or one whose schema or values this program
    cannot read (``HandEditedDatabaseError`` with the findings). Reads only."""
    refuse_newer(db)
    actual = _schema_of(db.conn)
    findings = schema_findings(db, actual)
    if not findings:
        findings = value_findings(db, actual)
    if findings:
        raise HandEditedDatabaseError(db.path, findings)
