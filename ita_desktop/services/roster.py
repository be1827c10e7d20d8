"""The personnel roster's use cases: import a workbook, save a person with their signature,
mark someone as left, find a person by number or name, export the workbook.

Reading a workbook and decoding a signature take plain data and return plain data, so a
background job can run them; everything that writes takes the open database and is one
transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.roster import (
    Person,
    RosterPreview,
    check_roster_rows,
    normalised_person,
    official_order,
)
from ita_desktop.domain.units import UnitKind
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.store.database import Database
from ita_desktop.store.people import PeopleRepository
from ita_desktop.store.unit import UnitRepository

if TYPE_CHECKING:
    # openpyxl's reader loads when a workbook is first read, not with the window.
    from ita_desktop.exchange.roster_xlsx import RosterSheet

register({
    "services.roster_not_clean": QT_TRANSLATE_NOOP(
        "Errors", "The roster file has %count problem(s), so nothing was imported. Correct the "
        "file and import it again."),
    "services.roster_added_meanwhile": QT_TRANSLATE_NOOP(
        "Errors", "%count people of this roster file were added to the roster after the file "
        "was checked (by another import or window at the same moment, for example), so "
        "nothing was imported. Check the file again: the preview shows who is already in the "
        "roster."),
    "services.roster_empty": QT_TRANSLATE_NOOP(
        "Errors", "The roster file holds nobody to import, so nothing was imported."),
    "services.file_not_written": QT_TRANSLATE_NOOP(
        "Errors", "Cannot write '%path' (%detail). Nothing was written there."),
    "services.person_not_found": QT_TRANSLATE_NOOP(
        "Errors", "'%text' matches %count active people of the roster; give the roster number "
        "or more of the name."),
})


class _Unchanged(Enum):
    TOKEN = 0


#: ``save_person(..., signature=UNCHANGED)`` leaves the stored signature as it is.
UNCHANGED = _Unchanged.TOKEN


@dataclass(frozen=True)
class RosterCheck:
    """A roster workbook as read and checked: what the preview lists, nothing written yet."""

    sheet: RosterSheet
    preview: RosterPreview

    @property
    def clean(self) -> bool:
        return self.preview.clean

    @property
    def people(self) -> list[Person]:
        return [person for _, person in self.preview.people]

    @property
    def bad_rows(self) -> int:
        return len({p.row for p in self.preview.problems if p.row is not None})


def unit_kind(db: Database) -> UnitKind:
    """The unit's kind; a unit not yet described is taken as a provincial immigration unit,
    as the profile form starts."""
    unit = UnitRepository(db).get()
    return unit.kind if unit else UnitKind.PROVINCIAL_IMMIGRATION


def read_roster_file(path: Path) -> RosterSheet:
    """The workbook's header and rows (``RosterFileError`` when it cannot be read). No
    database: a background job can run it."""
    from ita_desktop.exchange.roster_xlsx import read_roster

    return read_roster(Path(path))


def check_roster(sheet: RosterSheet, existing: list[Person], kind: UnitKind) -> RosterCheck:
    """Every problem of every row, checked against the people already in the roster."""
    return RosterCheck(sheet, check_roster_rows(sheet.columns, sheet.rows, existing, kind))


def check_roster_file(path: Path, existing: list[Person], kind: UnitKind) -> RosterCheck:
    """Read and check a roster workbook: plain data in and out, for the window's preview (in a
    background job) and for ``import roster --dry-run``."""
    return check_roster(read_roster_file(path), existing, kind)


def import_roster(db: Database, check: RosterCheck) -> int:
    """Add the people of a checked roster file in one transaction; nothing unless the file
    was clean (every problem the preview lists stops the whole import)."""
    if check.preview.problems:
        raise AppError("services.roster_not_clean", count=len(check.preview.problems))
    return import_people(db, check.people)


def import_people(db: Database, batch: list[Person]) -> int:
    """Add the people of a previewed roster in one transaction: all of them or none.

    The names are checked again against the roster as it is now, inside the write
    transaction (``BEGIN IMMEDIATE``: no other connection can write until it ends), so someone
    added since the preview, by another import of the same file on another window or PC, is
    not added twice. Twice in the batch itself is a problem the preview lists.
    """
    if not batch:
        raise AppError("services.roster_empty")
    people = PeopleRepository(db)
    with db.transaction():
        present = {p.key for p in people.all()}
        meanwhile = sum(person.key in present for person in batch)
        if meanwhile:
            raise AppError("services.roster_added_meanwhile", count=meanwhile)
        keys = [person.key for person in batch]
        if len(set(keys)) != len(keys):
            raise AppError("services.roster_not_clean", count=len(keys) - len(set(keys)))
        return people.add_many(batch, unit_kind(db))


def save_person(
    db: Database,
    person: Person,
    *,
    signature: bytes | None | _Unchanged = UNCHANGED,
) -> Person:
    """Add (no id) or update a person, with their signature when it changed: both saved or
    neither. Raises ``ProblemsError`` for bad data, ``WriteError`` when the file cannot be
    written. The person returned is as stored: names and positions in their normal form. An
    entry read from the store (``person.version``) that someone else saved since raises
    ``ChangedMeanwhileError``: their change is not undone."""
    people = PeopleRepository(db)
    kind = unit_kind(db)
    with db.transaction():
        saved = people.add(person, kind) if person.id is None else people.update(person, kind)
        if signature is not UNCHANGED and saved.id is not None:
            people.set_signature(saved.id, signature)
            saved = people.get(saved.id)
    return normalised_person(saved)


def set_left(db: Database, person_id: int, left: bool, on: date | None = None, *,
             version: int | None = None) -> Person:
    """Mark a person as having left the unit (they stay in the roster and in old documents),
    or as serving again. ``version``: the revision of the entry the user saw; someone else's
    change since raises ``ChangedMeanwhileError``."""
    return PeopleRepository(db).set_active(person_id, not left, on, version=version)


def decode_signature(path: Path) -> bytes:
    """A signature image as the database keeps it (PNG, paper transparent, margins cut);
    ``ImageFileError`` says why a file cannot be used. No database: a background job can run
    it."""
    from ita_desktop.media.images import load_signature_as_png

    return load_signature_as_png(Path(path))


def import_signature(db: Database, person_id: int, path: Path) -> Person:
    """Decode ``path`` and store it as the person's signature, in one transaction."""
    png = decode_signature(path)
    people = PeopleRepository(db)
    with db.transaction():
        person = people.get(person_id)
        people.set_signature(person_id, png)
    return person


def find_person(db: Database, text: str) -> Person:
    """The one active person given by roster number, or by a part of the name that matches
    exactly one active person (as the command line names signers)."""
    people = PeopleRepository(db).all(include_inactive=False)
    text = text.strip()
    if text.isdigit():
        found = [p for p in people if p.id == int(text)]
    else:
        found = [p for p in people if text and text in p.display_name]
    if len(found) != 1:
        raise AppError("services.person_not_found", text=text, count=len(found))
    return found[0]


def export_roster(path: Path, people: list[Person], kind: UnitKind,
                  digits: DigitStyle = DigitStyle.THAI) -> int:
    """Write ``people`` (in their order) as a roster workbook that imports again; the number
    written. An existing file is replaced whole, or left as it was when writing fails."""
    from ita_desktop.exchange.roster_xlsx import export_roster as write

    with _writing(path):
        write(Path(path), people, kind, digits)
    return len(people)


def roster_in_order(db: Database) -> list[Person]:
    """The whole roster, people who left included (after those serving), in official order."""
    unit = UnitRepository(db).get()
    kind = unit.kind if unit else UnitKind.PROVINCIAL_IMMIGRATION
    return official_order(PeopleRepository(db).all(), kind, unit.commander_id if unit else None)


def export_roster_of(db: Database, path: Path, digits: DigitStyle = DigitStyle.THAI) -> int:
    """The whole roster, people who left included, as a workbook in official order."""
    return export_roster(path, roster_in_order(db), unit_kind(db), digits)


def save_template(path: Path, kind: UnitKind) -> None:
    """The blank roster workbook to fill in, with this kind of unit's sections offered."""
    from ita_desktop.exchange.roster_xlsx import write_template

    with _writing(path):
        write_template(Path(path), kind)


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """A file that cannot be written as a coded refusal, for the window and the command line."""
    try:
        yield
    except OSError as exc:
        raise AppError("services.file_not_written", path=path,
                       detail=exc.strerror or str(exc)) from exc

