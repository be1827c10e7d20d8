"""The write paths into the open database (roster import, sign-off, framework import and
edits, emblem) and what every path shares: ``WritePath``, plain reads of the files, the
program's two ways in (services, command line)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from kill_ledger import Reporter

from ita_desktop import cli
from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.fiscal import current_fiscal_year
from ita_desktop.domain.ranks import parse_title
from ita_desktop.domain.roster import Person
from ita_desktop.domain.signoff import SignOff
from ita_desktop.domain.units import UnitKind
from ita_desktop.store import open_database
from ita_desktop.store.database import Database

DB = "unit.sqlite"
KIND = UnitKind.PROVINCIAL_IMMIGRATION
STORE_DATA = Path(__file__).resolve().parent.parent / "store" / "data"


@dataclass(frozen=True)
class WritePath:
    name: str
    prepare: Callable[[Path, Path], None]  # (workdir, demo file): the chain's first files
    run: Callable[[Path, int, Reporter], None]  # (workdir, run number, reporter), in the child
    observe: Callable[[Path, Sequence[str]], dict[str, str]]
    extra_check: Callable[[Path], list[str]] | None = None
    database: str | None = DB  # checked after every kill (integrity, open, check)
    may_be_absent: bool = False  # the database may not exist yet (a demo being created)
    fresh_chain_when_done: bool = False  # start again from ``prepare`` once a run completes
    weight: int = 1  # share of the kills


def _short(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode()
    return hashlib.sha256(data).hexdigest()[:16]


class _Look(sqlite3.Connection):
    """A connection to a private copy, removed on close."""

    folder = ""

    def close(self) -> None:
        super().close()
        shutil.rmtree(self.folder, ignore_errors=True)


def _read(path: Path) -> sqlite3.Connection | None:
    """A connection to a private copy of an existing file with its WAL or journal, so that
    looking changes nothing: no file created, no WAL checkpointed, no journal rolled back (the
    child looks before it writes; that look must not do the program's work for it)."""
    if not path.exists():
        return None
    folder = tempfile.mkdtemp(prefix="kill-look-")
    for suffix in ("", "-wal", "-journal"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            shutil.copyfile(side, Path(folder) / f"look.sqlite{suffix}")
    conn = sqlite3.connect(Path(folder) / "look.sqlite", factory=_Look)
    conn.folder = folder
    return conn


def content_digest(path: Path) -> str:
    """Everything the file holds, as one short digest: equal digests, equal content."""
    conn = _read(path)
    if conn is None:
        return "absent"
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return "damaged"
        if not conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            return "empty"
        # Statements sorted: a copy that was vacuumed (a hand-over bundle's) lists the same
        # tables and indexes in another order.
        return "db:" + _short("\n".join(sorted(conn.iterdump())))
    except sqlite3.DatabaseError as exc:
        return f"unreadable:{exc}"
    finally:
        conn.close()


def _copy_demo(workdir: Path, demo: Path) -> None:
    shutil.copy(demo, workdir / DB)


def _services(workdir: Path) -> Database:
    return open_database(workdir / DB, create=False)


def _command(*argv: str) -> None:
    code = cli.main([*argv])
    if code != 0:
        raise AssertionError(f"ita-desktop {' '.join(argv)} ended with exit status {code}")


# --- roster import --------------------------------------------------------------------------

SYLLABLES = ("กมล", "ชนะ", "ดารา", "ทอง", "นภา", "บุญ", "ปรีดา", "พร", "มณี", "รุ่ง", "วิไล",
             "ศักดิ์", "สม", "อรุณ", "เพชร", "แสง")
BATCHES, BATCH_SIZE = 2, 12


def _word(n: int, length: int) -> str:
    return "".join(SYLLABLES[(n >> (4 * k)) % 16] for k in range(length))


def batch_people(run: int, batch: int) -> list[Person]:
    rank = parse_title("ร.ต.อ.").rank.key
    return [Person(rank, _word(run, 3), _word(batch * 16 + i, 2), position="รองสารวัตร",
                   section_key="administration") for i in range(BATCH_SIZE)]


def _roster_run(workdir: Path, run: int, reporter: Reporter) -> None:
    from ita_desktop.services import roster

    books = []
    for batch in range(BATCHES):
        book = workdir / "in" / f"roster-{run}-{batch}.xlsx"
        book.parent.mkdir(exist_ok=True)
        roster.export_roster(book, batch_people(run, batch), KIND)
        books.append(book)
    reporter.ready()
    if run % 2 == 0:
        db = _services(workdir)
        try:
            for batch, book in enumerate(books):
                from ita_desktop.store.people import PeopleRepository

                check = roster.check_roster_file(book, PeopleRepository(db).all(),
                                                 roster.unit_kind(db))
                with reporter.op(f"batch:{run}:{batch}", "present"):
                    roster.import_roster(db, check)
        finally:
            db.close()
    else:
        for batch, book in enumerate(books):
            with reporter.op(f"batch:{run}:{batch}", "present"):
                _command("import", "roster", str(book), "--db", str(workdir / DB))


def _roster_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    conn = _read(workdir / DB)
    assert conn is not None
    try:
        names = set(conn.execute("SELECT first_name, last_name FROM people").fetchall())
    finally:
        conn.close()
    states = {}
    for key in keys:
        _, run, batch = key.split(":")
        wanted = {(p.first_name, p.last_name) for p in batch_people(int(run), int(batch))}
        found = len(wanted & names)
        states[key] = ("absent" if found == 0 else "present" if found == len(wanted)
                       else f"partial:{found}/{len(wanted)}")
    return states


# --- sign-off -------------------------------------------------------------------------------

def _signers(db: Database, when: date) -> list[SignOff]:
    from ita_desktop.store.people import PeopleRepository

    people = PeopleRepository(db).all(include_inactive=False)[3:6]
    return [SignOff(role, p.id, p.display_name, p.position_abbr or p.position, when)
            for role, p in zip(("prepared", "checked", "approved"), people, strict=True)]


def _change_phone(db: Database, run: int, step: int, reporter: Reporter) -> None:
    """A printed change, so the report has new data to sign off."""
    from ita_desktop.services.roster import save_person
    from ita_desktop.store.people import PeopleRepository

    people = PeopleRepository(db).all(include_inactive=False)
    person = people[(run * 3 + step) % len(people)]
    phone = f"08{(run * 10 + step) % 10**8:08d}"
    with reporter.op(f"phone:{person.id}", phone):
        save_person(db, replace(person, phone=phone))


def _signoff_run(workdir: Path, run: int, reporter: Reporter) -> None:
    from ita_desktop.reports import signing
    from ita_desktop.services import reports

    year = current_fiscal_year(date.today())
    reporter.ready()
    if run % 2 == 0:
        db = _services(workdir)
        try:
            _change_phone(db, run, 0, reporter)
            # As the window signs off: render in a job, then record in one transaction.
            prepared = reports.prepare(db, "roster", year, DigitStyle.THAI)
            signoffs = _signers(db, date.today())
            doc = reports.signed_document(db, prepared, signoffs)
            files = signing.render_all(doc, prepared.kind.formats)
            with reporter.op(f"register:roster:{year}",
                             f"v{prepared.next_version}:ok:{_short(files['pdf'])}"):
                reports.record_sign_off(db, prepared, signoffs, files, doc.created)
        finally:
            db.close()
    else:
        db = _services(workdir)
        try:
            _change_phone(db, run, 1, reporter)
            signers = [str(s.person_id) for s in _signers(db, date.today())]
        finally:
            db.close()
        key = f"register:fact-sheet:{year}"
        version = reporter.state(key).split(":")[0]
        following = int(version[1:]) + 1 if version.startswith("v") else 1
        with reporter.op(key, f"v{following}:ok:*"):
            _command("sign-off", "fact-sheet", "--db", str(workdir / DB), "--year", str(year),
                     "--prepared", signers[0], "--checked", signers[1],
                     "--approved", signers[2])


def _signoff_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    conn = _read(workdir / DB)
    assert conn is not None
    states = {}
    try:
        for key in keys:
            what, *rest = key.split(":")
            if what == "phone":
                row = conn.execute("SELECT phone FROM people WHERE id = ?",
                                   (int(rest[0]),)).fetchone()
                states[key] = row[0] if row else "absent"
                continue
            kind, year = rest
            row = conn.execute(
                "SELECT v.id, v.version FROM report_versions v JOIN reports r "
                "ON r.id = v.report_id WHERE r.kind = ? AND r.fiscal_year = ? "
                "ORDER BY v.version DESC LIMIT 1", (kind, int(year))).fetchone()
            if row is None:
                states[key] = "none"
                continue
            files = conn.execute(
                "SELECT f.format, f.sha256, b.content FROM report_files f LEFT JOIN blobs b "
                "ON b.sha256 = f.sha256 WHERE f.version_id = ?", (row[0],)).fetchall()
            sound = bool(files) and all(content is not None and
                                        hashlib.sha256(content).hexdigest() == sha
                                        for _, sha, content in files)
            pdf = next((content for fmt, _, content in files if fmt == "pdf"), b"")
            states[key] = f"v{row[1]}:{'ok' if sound else 'bad'}:{_short(pdf or b'')}"
    finally:
        conn.close()
    return states


def _signoff_check(workdir: Path) -> list[str]:
    """Every file of every signed-off version verifies as exactly that version, as
    ``ita-desktop verify`` would say."""
    from ita_desktop.services import reports
    from ita_desktop.store.report_register import ReportRegister

    problems = []
    db = open_database(workdir / DB, create=False)
    try:
        register = ReportRegister(db)
        for version in reports.signed_versions(db):
            for fmt in version.files:
                data = register.file(version.id, fmt)
                verdict = reports.verify(db, data or b"")
                if not verdict.exact or verdict.version is None \
                        or verdict.version.id != version.id:
                    problems.append(f"{version.report_number} v{version.version} {fmt} does "
                                    f"not verify: {verdict.message}")
    finally:
        db.close()
    return problems


# --- framework save and import -------------------------------------------------------------

FRAMEWORK_YEAR = 2568


def _framework_state(catalog) -> str:  # type: ignore[no-untyped-def]
    return _short(json.dumps([catalog.title] + [[i.code, i.title] for i in catalog.oit_items],
                             ensure_ascii=False))


def _framework_run(workdir: Path, run: int, reporter: Reporter) -> None:
    from ita_desktop.exchange.framework_file import save_catalog_file
    from ita_desktop.services import frameworks

    db = _services(workdir)
    try:
        current = frameworks.export_framework(db, FRAMEWORK_YEAR, workdir / "in.json")
    finally:
        db.close()
    title = current.title.split(" (")[0]
    changed = replace(current, title=f"{title} (ฉบับที่ {run})")
    path = workdir / "in" / f"framework-{run}.json"
    path.parent.mkdir(exist_ok=True)
    save_catalog_file(changed, path)
    key = f"framework:{FRAMEWORK_YEAR}"
    reporter.ready()
    if run % 2 == 0:
        db = _services(workdir)
        try:
            with reporter.op(key, _framework_state(changed)):
                frameworks.import_framework_file(db, path, replace=True)
            # An edit in the framework tab: one item's title.
            item = changed.oit_items[run % len(changed.oit_items)]
            edited = replace(item, title=f"{item.title.split(' (')[0]} (แก้ไข {run})")
            after = replace(changed, oit_items=[edited if i.code == item.code else i
                                                for i in changed.oit_items])
            with reporter.op(key, _framework_state(after)):
                frameworks.update_item(db, FRAMEWORK_YEAR, item.code, edited)
        finally:
            db.close()
    else:
        with reporter.op(key, _framework_state(changed)):
            _command("import", "framework", str(path), "--replace", "--db", str(workdir / DB))


def _framework_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    conn = _read(workdir / DB)
    assert conn is not None
    states = {}
    try:
        for key in keys:
            year = int(key.split(":")[1])
            row = conn.execute("SELECT title FROM frameworks WHERE fiscal_year = ?",
                               (year,)).fetchone()
            items = conn.execute("SELECT code, title FROM framework_oit_items WHERE "
                                 "fiscal_year = ? ORDER BY position", (year,)).fetchall()
            states[key] = "absent" if row is None else _short(json.dumps(
                [row[0]] + [list(i) for i in items], ensure_ascii=False))
    finally:
        conn.close()
    return states


# --- emblem ---------------------------------------------------------------------------------

def _emblem_run(workdir: Path, run: int, reporter: Reporter) -> None:
    from PIL import Image

    from ita_desktop.services import unit

    images = []
    for k in range(3):
        path = workdir / "in" / f"emblem-{run}-{k}.png"
        path.parent.mkdir(exist_ok=True)
        Image.new("RGB", (400, 400), ((run * 37) % 256, (k * 91) % 256, 120)).save(path)
        images.append((path, _short(unit.decode_emblem(path))))
    reporter.ready()
    if run % 2 == 0:
        db = _services(workdir)
        try:
            for path, state in images:
                with reporter.op("emblem", state):
                    unit.import_emblem(db, path)
        finally:
            db.close()
    else:
        for path, state in images:
            with reporter.op("emblem", state):
                _command("import", "emblem", str(path), "--db", str(workdir / DB))


def _emblem_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    conn = _read(workdir / DB)
    assert conn is not None
    try:
        row = conn.execute("SELECT emblem FROM unit WHERE id = 1").fetchone()
    finally:
        conn.close()
    return {key: _short(row[0]) if row and row[0] else "none" for key in keys}


# --- person save, with the check that nobody saved the entry meanwhile ----------------------

def _person_key(person_id: int) -> str:
    return f"person:{person_id}"


def _save_one(db: Database, person_id: int, phone: str, reporter: Reporter) -> None:
    """As the person dialog saves: the entry as read now, one field changed."""
    from ita_desktop.services.roster import save_person
    from ita_desktop.store.people import PeopleRepository

    fresh = PeopleRepository(db).get(person_id)
    with reporter.op(_person_key(person_id), f"v{(fresh.version or 0) + 1}:{phone}"):
        save_person(db, replace(fresh, phone=phone))


def _person_run(workdir: Path, run: int, reporter: Reporter) -> None:
    from ita_desktop.services.roster import save_person
    from ita_desktop.store.errors import ChangedMeanwhileError
    from ita_desktop.store.people import PeopleRepository

    reporter.ready()
    first = _services(workdir)
    try:
        ids = [p.id for p in PeopleRepository(first).all(include_inactive=False)]
        if run % 2 == 0:
            # One window: three edits and a new person, each its own save.
            for step in range(3):
                _save_one(first, ids[(run * 3 + step) % len(ids)],
                          f"08{run % 10**6:06d}{step:02d}", reporter)
            newcomer = batch_people(5000 + run, 0)[0]
            with reporter.op(f"added:{run}", "present"):
                save_person(first, newcomer)
            return
        # Two windows on one file: both read the entry, the second saves first. The first's
        # save is then refused and changes nothing; read again, it saves.
        second = _services(workdir)
        try:
            person_id = ids[run % len(ids)]
            seen_first = PeopleRepository(first).get(person_id)
            _save_one(second, person_id, f"09{run % 10**6:06d}01", reporter)
            key = _person_key(person_id)
            kept = reporter.state(key)
            with reporter.op(key, kept):
                try:
                    save_person(first, replace(seen_first, phone=f"09{run % 10**6:06d}02"))
                except ChangedMeanwhileError:
                    pass
                else:
                    raise AssertionError("a save over someone else's change went through")
            _save_one(first, person_id, f"09{run % 10**6:06d}03", reporter)
        finally:
            second.close()
    finally:
        first.close()


def _person_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    conn = _read(workdir / DB)
    assert conn is not None
    states = {}
    try:
        for key in keys:
            what, number = key.split(":")
            if what == "person":
                row = conn.execute("SELECT version, phone FROM people WHERE id = ?",
                                   (int(number),)).fetchone()
                states[key] = f"v{row[0]}:{row[1]}" if row else "absent"
            else:
                newcomer = batch_people(5000 + int(number), 0)[0]
                found = conn.execute("SELECT count(*) FROM people WHERE first_name = ? AND "
                                     "last_name = ?", (newcomer.first_name,
                                                       newcomer.last_name)).fetchone()[0]
                states[key] = "present" if found == 1 else "absent" if found == 0 \
                    else f"{found} times"
    finally:
        conn.close()
    return states
