"""The schema, as a ladder of numbered migrations on ``PRAGMA user_version``.

A migration is never edited once released: a schema change is a new step at the end.
Before an existing file is upgraded it is copied aside with the SQLite backup API.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from ita_desktop.store.database import APPLICATION_ID, Database
from ita_desktop.store.errors import (
    MigrationBackupError,
    MigrationError,
    NewerDatabaseError,
    StoreError,
)

V1_CORE = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    rank_key TEXT NOT NULL,
    female INTEGER NOT NULL DEFAULT 0 CHECK (female IN (0, 1)),
    acting INTEGER NOT NULL DEFAULT 0 CHECK (acting IN (0, 1)),
    first_name TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
    last_name TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    position_abbr TEXT NOT NULL DEFAULT '',
    section_key TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    left_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX people_by_name ON people (first_name, last_name);
CREATE INDEX people_by_section ON people (section_key);

CREATE TABLE unit (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    full_name TEXT NOT NULL DEFAULT '',
    short_name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    parent_bureau TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    commander_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    emblem BLOB,
    updated_at TEXT NOT NULL
);

CREATE TABLE frameworks (
    fiscal_year INTEGER PRIMARY KEY,
    framework TEXT NOT NULL,
    title TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    weights TEXT NOT NULL,
    minimum_samples TEXT NOT NULL,
    eit_quotas TEXT NOT NULL,
    eit2_groups TEXT NOT NULL,
    indicators TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE framework_oit_items (
    fiscal_year INTEGER NOT NULL REFERENCES frameworks (fiscal_year) ON DELETE CASCADE,
    code TEXT NOT NULL,
    position INTEGER NOT NULL,
    indicator TEXT NOT NULL,
    title TEXT NOT NULL,
    components TEXT NOT NULL,
    formats TEXT NOT NULL,
    deadline_kind TEXT NOT NULL CHECK (deadline_kind IN ('date', 'monthly', 'none')),
    deadline_date TEXT,
    deadline_day INTEGER,
    deadline_text TEXT NOT NULL DEFAULT '',
    points TEXT NOT NULL,
    PRIMARY KEY (fiscal_year, code)
);

CREATE TABLE framework_phases (
    fiscal_year INTEGER NOT NULL REFERENCES frameworks (fiscal_year) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (fiscal_year, position)
);
"""

# Signed-off reports. Only signed-off versions are stored: a draft is rendered on demand.
# A version, its sign-offs and its files are frozen by triggers: not even a bug in the program
# can alter what was signed, and verification compares files with these SHA-256 values.
V2_REPORTS = """
ALTER TABLE people ADD COLUMN signature BLOB;

CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    number TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    UNIQUE (kind, fiscal_year)
);

CREATE TABLE report_versions (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports (id),
    version INTEGER NOT NULL CHECK (version >= 1),
    snapshot TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    digit_style TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (report_id, version)
);

CREATE TABLE report_signoffs (
    version_id INTEGER NOT NULL REFERENCES report_versions (id),
    role TEXT NOT NULL CHECK (role IN ('prepared', 'checked', 'approved')),
    person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    position TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    PRIMARY KEY (version_id, role)
);

CREATE TABLE report_files (
    version_id INTEGER NOT NULL REFERENCES report_versions (id),
    format TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'xlsx')),
    content BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (version_id, format)
);
CREATE INDEX report_files_by_sha256 ON report_files (sha256);

CREATE TRIGGER report_versions_frozen BEFORE UPDATE ON report_versions
BEGIN SELECT RAISE(ABORT, 'a signed-off report version cannot be changed'); END;
CREATE TRIGGER report_versions_kept BEFORE DELETE ON report_versions
BEGIN SELECT RAISE(ABORT, 'a signed-off report version cannot be deleted'); END;
CREATE TRIGGER report_files_frozen BEFORE UPDATE ON report_files
BEGIN SELECT RAISE(ABORT, 'a signed-off report file cannot be changed'); END;
CREATE TRIGGER report_files_kept BEFORE DELETE ON report_files
BEGIN SELECT RAISE(ABORT, 'a signed-off report file cannot be deleted'); END;
CREATE TRIGGER report_signoffs_frozen BEFORE UPDATE OF version_id, role, name, position,
    signed_on ON report_signoffs
BEGIN SELECT RAISE(ABORT, 'a sign-off cannot be changed'); END;
CREATE TRIGGER report_signoffs_kept BEFORE DELETE ON report_signoffs
BEGIN SELECT RAISE(ABORT, 'a sign-off cannot be deleted'); END;
"""

# The register for many documents. Large immutable content moves into ``blobs``, keyed by its
# SHA-256 and stored once; report files refer to it, so listing the register never reads a
# file. A report is about a subject (the fiscal year itself, a meeting, an order), so several
# reports of a kind share a year. Sign-off roles are no longer a fixed three: each kind of
# document declares its own (domain/signoff.py); the register keeps the role key and its place.
#
# The four register tables are rebuilt under new names, the old ones dropped children first (no
# foreign key ever points at a missing row) and the new ones renamed into place; SQLite rewrites
# the references on rename. Every id, every SHA-256 and every byte of content is kept, so each
# signed-off file still verifies. The v2 rows are about their fiscal year, signed in the order
# prepared, checked, approved.
V3_REGISTER = """
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    size INTEGER NOT NULL CHECK (size = length(content)),
    content BLOB NOT NULL
);
CREATE TRIGGER blobs_frozen BEFORE UPDATE ON blobs
BEGIN SELECT RAISE(ABORT, 'stored content cannot be changed'); END;

INSERT INTO blobs (sha256, size, content)
    SELECT sha256, length(content), content FROM report_files GROUP BY sha256;

CREATE TABLE reports_v3 (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    subject_kind TEXT NOT NULL CHECK (length(subject_kind) > 0),
    subject_key TEXT NOT NULL CHECK (length(subject_key) > 0),
    number TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    UNIQUE (kind, fiscal_year, subject_kind, subject_key)
);
INSERT INTO reports_v3 (id, kind, fiscal_year, subject_kind, subject_key, number, title)
    SELECT id, kind, fiscal_year, 'fiscal-year', CAST(fiscal_year AS TEXT), number, title
    FROM reports;

CREATE TABLE report_versions_v3 (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports_v3 (id),
    version INTEGER NOT NULL CHECK (version >= 1),
    snapshot TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    digit_style TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (report_id, version)
);
INSERT INTO report_versions_v3 (id, report_id, version, snapshot, fingerprint, digit_style,
                                signed_on, created_at)
    SELECT id, report_id, version, snapshot, fingerprint, digit_style, signed_on, created_at
    FROM report_versions;

CREATE TABLE report_signoffs_v3 (
    version_id INTEGER NOT NULL REFERENCES report_versions_v3 (id),
    role TEXT NOT NULL CHECK (length(role) > 0),
    role_order INTEGER NOT NULL CHECK (role_order >= 1),
    person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    position TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    PRIMARY KEY (version_id, role),
    UNIQUE (version_id, role_order)
);
INSERT INTO report_signoffs_v3 (version_id, role, role_order, person_id, name, position,
                                signed_on)
    SELECT version_id, role,
           CASE role WHEN 'prepared' THEN 1 WHEN 'checked' THEN 2 ELSE 3 END,
           person_id, name, position, signed_on
    FROM report_signoffs;

CREATE TABLE report_files_v3 (
    version_id INTEGER NOT NULL REFERENCES report_versions_v3 (id),
    format TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'xlsx')),
    sha256 TEXT NOT NULL REFERENCES blobs (sha256),
    PRIMARY KEY (version_id, format)
);
INSERT INTO report_files_v3 (version_id, format, sha256)
    SELECT version_id, format, sha256 FROM report_files;

DROP TABLE report_files;
DROP TABLE report_signoffs;
DROP TABLE report_versions;
DROP TABLE reports;
ALTER TABLE reports_v3 RENAME TO reports;
ALTER TABLE report_versions_v3 RENAME TO report_versions;
ALTER TABLE report_signoffs_v3 RENAME TO report_signoffs;
ALTER TABLE report_files_v3 RENAME TO report_files;
CREATE INDEX report_files_by_sha256 ON report_files (sha256);

CREATE TRIGGER report_versions_frozen BEFORE UPDATE ON report_versions
BEGIN SELECT RAISE(ABORT, 'a signed-off report version cannot be changed'); END;
CREATE TRIGGER report_versions_kept BEFORE DELETE ON report_versions
BEGIN SELECT RAISE(ABORT, 'a signed-off report version cannot be deleted'); END;
CREATE TRIGGER report_files_frozen BEFORE UPDATE ON report_files
BEGIN SELECT RAISE(ABORT, 'a signed-off report file cannot be changed'); END;
CREATE TRIGGER report_files_kept BEFORE DELETE ON report_files
BEGIN SELECT RAISE(ABORT, 'a signed-off report file cannot be deleted'); END;
CREATE TRIGGER report_signoffs_frozen BEFORE UPDATE OF version_id, role, role_order, name,
    position, signed_on ON report_signoffs
BEGIN SELECT RAISE(ABORT, 'a sign-off cannot be changed'); END;
CREATE TRIGGER report_signoffs_kept BEFORE DELETE ON report_signoffs
BEGIN SELECT RAISE(ABORT, 'a sign-off cannot be deleted'); END;
"""

# Section heads chosen by the secretary, and the date the unit reports' data last changed.
#
# ``data_changed_on`` is a date (YYYY-MM-DD) moved only when something a unit report prints
# changes: saving an unchanged profile or person, a note or a signature leaves it, so the fact
# sheet's "ข้อมูล ณ วันที่ …", part of its signed data, moves only with the data. Existing rows
# start from the date of their last update, the nearest the file knows.
V4_UNIT_HEADS = """
ALTER TABLE unit ADD COLUMN data_changed_on TEXT NOT NULL DEFAULT '';
UPDATE unit SET data_changed_on = substr(updated_at, 1, 10);
ALTER TABLE people ADD COLUMN data_changed_on TEXT NOT NULL DEFAULT '';
UPDATE people SET data_changed_on = substr(updated_at, 1, 10);

CREATE TABLE section_heads (
    section_key TEXT PRIMARY KEY CHECK (length(section_key) > 0),
    person_id INTEGER NOT NULL REFERENCES people (id)
);
"""

# A revision number on the rows a form edits: a save names the revision it was read as, and
# is refused when another window or PC has saved the row since (``updated_at`` counts
# seconds, and two saves within one second are common enough to lose one).
V5_ROW_VERSIONS = """
ALTER TABLE people ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE unit ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
"""

# The committee orders of each fiscal year (domain/committee.py), with their ordered parts in
# tables of their own: members (each a person of the roster with a role), preamble paragraphs,
# duties and ITAP administrators. ``position`` keeps the order the secretary arranged.
#
# A number is used once in its B.E. calendar year, the year of the order's date (222/2566 is
# dated in 2023): the unique index on the number and the date's year is the last guard behind
# the services' check, which runs inside the same write transaction. A person is in an order
# once. People are never deleted (they leave and stay in the roster), so the references to them
# need no ON DELETE; an order amended by another cannot be deleted (the reference refuses).
V6_COMMITTEE = """
CREATE TABLE committee_orders (
    id INTEGER PRIMARY KEY,
    fiscal_year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK (number >= 1),
    dated TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    effective_on TEXT,
    signer_id INTEGER REFERENCES people (id),
    amends_id INTEGER REFERENCES committee_orders (id),
    amendment TEXT CHECK (amendment IN ('replaces', 'adds')),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((amends_id IS NULL) = (amendment IS NULL))
);
CREATE UNIQUE INDEX committee_orders_number ON committee_orders (substr(dated, 1, 4), number);
CREATE INDEX committee_orders_by_year ON committee_orders (fiscal_year);

CREATE TABLE committee_members (
    order_id INTEGER NOT NULL REFERENCES committee_orders (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    role TEXT NOT NULL CHECK (role IN ('head', 'vice', 'member', 'other', 'secretary',
                                       'assistant_secretary')),
    role_text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (order_id, position),
    UNIQUE (order_id, person_id)
);
CREATE INDEX committee_members_by_person ON committee_members (person_id);

CREATE TABLE committee_preamble (
    order_id INTEGER NOT NULL REFERENCES committee_orders (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (order_id, position)
);

CREATE TABLE committee_duties (
    order_id INTEGER NOT NULL REFERENCES committee_orders (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (order_id, position)
);

CREATE TABLE committee_itap_admins (
    order_id INTEGER NOT NULL REFERENCES committee_orders (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    duty TEXT NOT NULL,
    PRIMARY KEY (order_id, position)
);
"""

# The assessment calendar (domain/calendar.py): the catalog's phases gain the group the table
# prints them under (files stored before read as the assessment part, where most phases are),
# and each fiscal year may hold the unit's own calendar: its phases in table order and, per
# phase, who is responsible in order. ``unit_calendars`` carries the row version a stale save
# is refused on. People are never deleted, so the reference to them needs no ON DELETE.
V7_CALENDAR = """
ALTER TABLE framework_phases ADD COLUMN phase_group TEXT NOT NULL DEFAULT 'assessment'
    CHECK (phase_group IN ('preparation', 'assessment', 'oit_check', 'results'));

CREATE TABLE unit_calendars (
    fiscal_year INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    updated_at TEXT NOT NULL
);

CREATE TABLE calendar_phases (
    fiscal_year INTEGER NOT NULL REFERENCES unit_calendars (fiscal_year) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    phase_group TEXT NOT NULL
        CHECK (phase_group IN ('preparation', 'assessment', 'oit_check', 'results')),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    period_text TEXT NOT NULL DEFAULT '',
    step TEXT NOT NULL,
    work TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (fiscal_year, position)
);

CREATE TABLE calendar_responsible (
    fiscal_year INTEGER NOT NULL,
    phase_position INTEGER NOT NULL,
    position INTEGER NOT NULL,
    duty TEXT NOT NULL
        CHECK (duty IN ('controller', 'collector', 'practitioner', 'unlabelled')),
    kind TEXT NOT NULL CHECK (kind IN ('person', 'section', 'words')),
    person_id INTEGER REFERENCES people (id),
    section_key TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (fiscal_year, phase_position, position),
    FOREIGN KEY (fiscal_year, phase_position)
        REFERENCES calendar_phases (fiscal_year, position) ON DELETE CASCADE,
    CHECK ((kind = 'person') = (person_id IS NOT NULL))
);
CREATE INDEX calendar_responsible_by_person ON calendar_responsible (person_id);
"""

# The committee's meetings. A number is used once in the B.E. year of the meeting's date, as
# the orders' (the unique index is the last guard behind the services' check). The agenda is a
# tree: each item has its parent (NULL at the top), its place among its siblings and its depth,
# and is rewritten whole on each save. Action items keep their ids across saves (updated in
# place), since later meetings' matters arising and the year view point at them; they point at
# the agenda item that decided them through a deferred reference, checked at commit, so that
# the items can be rewritten under them within the save. An action deleted from its meeting
# leaves a later meeting's item that followed it as text (SET NULL).
V8_MEETINGS = """
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    fiscal_year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK (number >= 1),
    dated TEXT NOT NULL,
    subject TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    start_time TEXT,
    end_time TEXT,
    chair_id INTEGER REFERENCES people (id),
    recorder_id INTEGER REFERENCES people (id),
    checker_id INTEGER REFERENCES people (id),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX meetings_number ON meetings (substr(dated, 1, 4), number);
CREATE INDEX meetings_by_year ON meetings (fiscal_year);

CREATE TABLE meeting_attendees (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    presence TEXT NOT NULL CHECK (presence IN ('present', 'absent', 'attending')),
    person_id INTEGER REFERENCES people (id),
    name TEXT NOT NULL DEFAULT '',
    job TEXT NOT NULL DEFAULT '',
    role_text TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, position),
    UNIQUE (meeting_id, person_id),
    CHECK (person_id IS NOT NULL OR length(trim(name)) > 0)
);
CREATE INDEX meeting_attendees_by_person ON meeting_attendees (person_id);

CREATE TABLE meeting_agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES meeting_agenda_items (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    depth INTEGER NOT NULL CHECK (depth >= 0),
    kind TEXT NOT NULL CHECK (kind IN ('announcements', 'previous_minutes', 'matters_arising',
                                       'information', 'consideration', 'other', 'directives',
                                       'other_topic')),
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    speaker_id INTEGER REFERENCES people (id),
    speaker_text TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT '',
    follows_action_id INTEGER REFERENCES meeting_actions (id) ON DELETE SET NULL,
    oit_table INTEGER NOT NULL DEFAULT 0 CHECK (oit_table IN (0, 1)),
    UNIQUE (meeting_id, parent_id, position)
);
CREATE INDEX meeting_agenda_by_meeting ON meeting_agenda_items (meeting_id);
CREATE INDEX meeting_agenda_by_parent ON meeting_agenda_items (parent_id);
CREATE INDEX meeting_agenda_by_action ON meeting_agenda_items (follows_action_id);

CREATE TABLE meeting_actions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES meeting_agenda_items (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    what TEXT NOT NULL CHECK (length(trim(what)) > 0),
    person_id INTEGER REFERENCES people (id),
    who_text TEXT NOT NULL DEFAULT '',
    due TEXT,
    done_on TEXT
);
CREATE INDEX meeting_actions_by_meeting ON meeting_actions (meeting_id);
CREATE INDEX meeting_actions_by_item ON meeting_actions (item_id);
CREATE INDEX meeting_actions_by_person ON meeting_actions (person_id);
"""

# The OIT catalog of issue 15: the respondents a unit plans above the minimum (seed 002 plans
# 550 EIT respondents for 500); the values still waiting for the unit to confirm them, per
# field (JSON: field -> why); and each item's key, which stays with it across years when it
# is renumbered, so the year's assignments can follow it. Items stored before keys take their
# code as key, as files without keys do. An item's formats stay JSON in their column: a flat
# list stored before reads as every format needed, a list inside it as a choice.
V9_OIT_CATALOG = """
ALTER TABLE frameworks ADD COLUMN sample_targets TEXT NOT NULL DEFAULT '{}';
ALTER TABLE frameworks ADD COLUMN unconfirmed TEXT NOT NULL DEFAULT '{}';
ALTER TABLE framework_oit_items ADD COLUMN item_key TEXT NOT NULL DEFAULT '';
ALTER TABLE framework_oit_items ADD COLUMN unconfirmed TEXT NOT NULL DEFAULT '{}';
UPDATE framework_oit_items SET item_key = lower(code);
CREATE UNIQUE INDEX framework_oit_items_by_key ON framework_oit_items (fiscal_year, item_key);
"""

# The unit's OIT plan of a year (issue 15). A plan is found by (fiscal_year, item_key), the
# item's identity across years, so a renumbered item keeps its plan; an item nobody has
# planned has no row and reads as the catalog's defaults. Its people are ordered rows, the
# order the documents list them in. The workflow's log, the attached files, the survey
# figures, the progress counts and the EIT(2) contacts are keyed by year and item key as
# well, not by the plan's id: the log of an item outlives a plan saved over again, and a
# year is read in one query per table, never one per item. A month is the first day of the
# month a deliverable covers, NULL for the item itself; the unique order of a log treats
# NULL as its own month. A file's content is in ``blobs``; a removed file keeps its row with
# ``removed_at`` set until it is put back, so that Undo restores it exactly. The surveys'
# caretakers (ITAP administrator, website, IIT, EIT, EIT(2)) are ordered rows by year and
# role, like a plan's people.
V10_OIT_PLAN = """
CREATE TABLE oit_plans (
    id INTEGER PRIMARY KEY,
    fiscal_year INTEGER NOT NULL,
    item_key TEXT NOT NULL CHECK (length(item_key) > 0),
    cadence TEXT NOT NULL CHECK (cadence IN ('once', 'monthly', 'continuous')),
    due TEXT,
    due_day INTEGER NOT NULL DEFAULT 1,
    minimum INTEGER NOT NULL DEFAULT 1,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    entries INTEGER NOT NULL DEFAULT 0 CHECK (entries >= 0),
    done_components TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    updated_at TEXT NOT NULL,
    UNIQUE (fiscal_year, item_key)
);

CREATE TABLE oit_plan_people (
    plan_id INTEGER NOT NULL REFERENCES oit_plans (id) ON DELETE CASCADE,
    duty TEXT NOT NULL CHECK (duty IN ('preparer', 'controller')),
    position INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    PRIMARY KEY (plan_id, duty, position),
    UNIQUE (plan_id, duty, person_id)
);
CREATE INDEX oit_plan_people_by_person ON oit_plan_people (person_id);

CREATE TABLE oit_status_changes (
    id INTEGER PRIMARY KEY,
    fiscal_year INTEGER NOT NULL,
    item_key TEXT NOT NULL,
    month TEXT,
    position INTEGER NOT NULL CHECK (position >= 1),
    from_status TEXT NOT NULL CHECK (from_status IN ('not_started', 'in_preparation',
        'submitted', 'returned', 'checked', 'approved', 'published')),
    to_status TEXT NOT NULL CHECK (to_status IN ('not_started', 'in_preparation',
        'submitted', 'returned', 'checked', 'approved', 'published')),
    person_id INTEGER NOT NULL REFERENCES people (id),
    changed_at TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    published_on TEXT
);
CREATE UNIQUE INDEX oit_status_changes_order
    ON oit_status_changes (fiscal_year, item_key, ifnull(month, ''), position);
CREATE INDEX oit_status_changes_by_person ON oit_status_changes (person_id);

CREATE TABLE oit_files (
    id INTEGER PRIMARY KEY,
    fiscal_year INTEGER NOT NULL,
    item_key TEXT NOT NULL,
    month TEXT,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sha256 TEXT NOT NULL REFERENCES blobs (sha256),
    size INTEGER NOT NULL CHECK (size > 0),
    added_at TEXT NOT NULL,
    removed_at TEXT
);
CREATE INDEX oit_files_by_item ON oit_files (fiscal_year, item_key);
CREATE INDEX oit_files_by_blob ON oit_files (sha256);

CREATE TABLE oit_survey_figures (
    fiscal_year INTEGER PRIMARY KEY,
    iit_score TEXT,
    eit_score TEXT,
    eligible_staff INTEGER CHECK (eligible_staff IS NULL OR eligible_staff >= 0),
    survey_start TEXT,
    survey_deadline TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE oit_progress (
    fiscal_year INTEGER NOT NULL,
    sample_key TEXT NOT NULL CHECK (sample_key IN ('IIT', 'EIT', 'EIT2')),
    counted_on TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count >= 0),
    by_section TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (fiscal_year, sample_key, counted_on)
);

CREATE TABLE oit_eit2_contacts (
    id INTEGER PRIMARY KEY,
    fiscal_year INTEGER NOT NULL,
    stakeholder_group TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    organisation TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT ''
);
CREATE INDEX oit_eit2_contacts_by_year ON oit_eit2_contacts (fiscal_year);

CREATE TABLE oit_caretakers (
    fiscal_year INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('itap_admin', 'website', 'iit', 'eit', 'eit2')),
    position INTEGER NOT NULL CHECK (position >= 1),
    person_id INTEGER NOT NULL REFERENCES people (id),
    PRIMARY KEY (fiscal_year, role, position),
    UNIQUE (fiscal_year, role, person_id)
);
CREATE INDEX oit_caretakers_by_person ON oit_caretakers (person_id);
"""

# The integrity measures and their photos (issue 13). A measure is found by its id; its place
# is (area, position) within its year, renumbered by the services, so it has no unique index
# there (a reorder rewrites positions one row at a time). Its people responsible are ordered
# rows, a person of the roster or a section by name. Measures and photos are removed softly
# (``removed_at``): Undo puts back exactly what was there, photos and their order included.
# A photo's pictures (full, half, quarter, thumbnail) are in ``blobs``; only their SHA-256 is
# here, so reading a year never reads a picture. A photo belongs to a measure, to a meeting
# or to both; a meeting deleted takes with it the photos that belong to no measure (the
# trigger), and leaves the others on their measure (SET NULL). A meeting a measure reports
# on, deleted, leaves the measure without one. The picture references have no index: no
# blob is ever deleted (the only use such an index has), duplicates are found in the year
# as read whole, and each index costs every import and every opening's check of the table.
V11_EVIDENCE = """
CREATE TABLE measures (
    id INTEGER PRIMARY KEY,
    fiscal_year INTEGER NOT NULL,
    area TEXT NOT NULL CHECK (area IN ('service', 'communication', 'oit')),
    position INTEGER NOT NULL CHECK (position >= 0),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    issue TEXT NOT NULL DEFAULT '',
    plan TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    photo_columns INTEGER NOT NULL DEFAULT 2 CHECK (photo_columns IN (1, 2, 4)),
    removed_at TEXT,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    updated_at TEXT NOT NULL
);
CREATE INDEX measures_by_year ON measures (fiscal_year, area, position);
CREATE INDEX measures_by_meeting ON measures (meeting_id);

CREATE TABLE measure_responsible (
    measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    duty TEXT NOT NULL DEFAULT '',
    person_id INTEGER REFERENCES people (id),
    text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (measure_id, position),
    CHECK (person_id IS NOT NULL OR length(trim(text)) > 0)
);
CREATE INDEX measure_responsible_by_person ON measure_responsible (person_id);

CREATE TABLE photos (
    id INTEGER PRIMARY KEY,
    fiscal_year INTEGER NOT NULL,
    measure_id INTEGER REFERENCES measures (id),
    meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    sha256 TEXT NOT NULL REFERENCES blobs (sha256),
    half_sha256 TEXT NOT NULL REFERENCES blobs (sha256),
    quarter_sha256 TEXT NOT NULL REFERENCES blobs (sha256),
    thumb_sha256 TEXT NOT NULL REFERENCES blobs (sha256),
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    source_sha256 TEXT NOT NULL CHECK (length(source_sha256) = 64),
    name TEXT NOT NULL DEFAULT '',
    caption TEXT NOT NULL DEFAULT '',
    taken TEXT,
    added_at TEXT NOT NULL,
    removed_at TEXT,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    CHECK (measure_id IS NOT NULL OR meeting_id IS NOT NULL)
);
CREATE INDEX photos_by_year ON photos (fiscal_year);
CREATE INDEX photos_by_measure ON photos (measure_id, position);
CREATE INDEX photos_by_meeting ON photos (meeting_id, position);

CREATE TRIGGER meeting_photos_go_with_it BEFORE DELETE ON meetings
BEGIN DELETE FROM photos WHERE meeting_id = old.id AND measure_id IS NULL; END;
"""

MIGRATIONS: tuple[str, ...] = (V1_CORE, V2_REPORTS, V3_REGISTER, V4_UNIT_HEADS, V5_ROW_VERSIONS,
                               V6_COMMITTEE, V7_CALENDAR, V8_MEETINGS, V9_OIT_CATALOG,
                               V10_OIT_PLAN, V11_EVIDENCE)
LATEST_VERSION = len(MIGRATIONS)


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (``executescript`` would commit on its own)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def migrate(db: Database, migrations: Sequence[str] = MIGRATIONS) -> Path | None:
    """Bring ``db`` to the latest schema; return the backup made first, if any.

    Each step runs in its own transaction together with its ``user_version`` bump, so a failed
    step leaves the file at the previous version.
    """
    latest = len(migrations)
    current = db.user_version
    if current > latest:
        raise NewerDatabaseError(db.path, current, latest)
    if current == latest:
        return None
    backup: Path | None = None
    if current > 0:
        # Imported only for an upgrade: every start-up migrates, and nearly every one finds
        # the file current (the backups module's import is about 3 ms of the window's start).
        from ita_desktop.store.backups import new_backup_path, write_whole

        try:
            # In the ``backups`` folder by the names of every other copy (store/backups.py), so
            # that Restore from a backup lists it too; under a part name until complete, so a
            # copy cut off half way is never listed as one.
            backup = new_backup_path(db.path, "migration")
            write_whole(backup, db.backup_to)
        except (OSError, StoreError) as exc:
            # No copy, no upgrade: the file is left exactly as it was, and no half copy either.
            if backup is not None:
                with contextlib.suppress(OSError):
                    backup.unlink(missing_ok=True)
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise MigrationBackupError(db.path, current + 1, detail) from exc
    for version in range(current + 1, latest + 1):
        try:
            with db.transaction():
                for statement in _statements(migrations[version - 1]):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {version}")
                if version == 1:
                    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        except (sqlite3.Error, StoreError) as exc:
            raise MigrationError(db.path, version, str(exc), backup) from exc
    return backup
