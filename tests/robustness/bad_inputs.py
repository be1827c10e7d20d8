"""The catalogue of bad inputs: files a secretary may be handed or pick by mistake, each with
how the window takes it in (the service it calls) and how the command line does.

Each entry makes its file in a folder, then ``act`` feeds it to a database as the window would
and returns what the window shows (an ``AppError`` said through ``error_text``, or the roster
preview's problems). An entry the program accepts shows no message: the test fails.

This module holds the first kinds (images, rosters, frameworks, database files) and the
pieces every kind shares; ``bad_inputs_stores`` adds bundles, database files edited by hand
and copies given to restore, ``bad_inputs_texts`` roster bombs, names, the unit profile, a
stale save and phone photos. Imported as ``tests.robustness.bad_inputs`` or by plain name.
"""

from __future__ import annotations

import json
import sqlite3
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ita_desktop.errors import AppError
from ita_desktop.store.database import Database

THAI_NAME = "แฟ้มของหน่วย"  # file names in Thai, as secretaries name their files


@dataclass(frozen=True)
class BadInput:
    id: str
    make: Callable[[Path], Path]
    act: Callable[[Database, Path], Said]
    # The command line that takes the same file, given the database and the file.
    cli: Callable[[Path, Path], list[str]] | None = None
    # Error codes the refusal may carry (empty: any, e.g. roster preview problems).
    codes: tuple[str, ...] = field(default=())


# --- how the window takes each kind of file ------------------------------------------------


@dataclass(frozen=True)
class Said:
    """What the window showed: the refusal's code and its messages (none: accepted)."""

    code: str | None
    messages: list[str]
    # The same messages worded again under the translator installed then: the window's
    # language is told apart from Thai that only the values (a Thai file name) bring.
    reword: Callable[[], list[str]] | None = None

    @staticmethod
    def worded(code: str, words: Callable[[], list[str]]) -> Said:
        return Said(code, words(), words)


ACCEPTED = Said(None, [])


def _refusal(run: Callable[[], object]) -> Said:
    from ita_desktop.ui.common.error_text import error_text

    try:
        run()
    except AppError as exc:
        refused = exc  # ``exc`` itself is unbound when the block ends
        return Said.worded(exc.code, lambda: [error_text(refused)])
    return ACCEPTED


def as_emblem(db: Database, path: Path) -> Said:
    from ita_desktop.services.unit import import_emblem

    return _refusal(lambda: import_emblem(db, path))


def as_signature(db: Database, path: Path) -> Said:
    from ita_desktop.services.roster import import_signature
    from ita_desktop.store.people import PeopleRepository

    person = PeopleRepository(db).all()[0]
    return _refusal(lambda: import_signature(db, person.id, path))


def as_roster(db: Database, path: Path) -> Said:
    """The roster import dialog: the file read and checked, its problems listed, and an
    import only of a clean file."""
    from ita_desktop.services.roster import check_roster_file, import_roster, unit_kind
    from ita_desktop.store.people import PeopleRepository
    from ita_desktop.ui.common.problem_text import problem_text

    checked: list[object] = []
    said = _refusal(lambda: checked.append(
        check_roster_file(path, PeopleRepository(db).all(), unit_kind(db))))
    if not checked:
        return said
    check = checked[0]
    if check.preview.problems:  # type: ignore[attr-defined]
        problems = check.preview.problems  # type: ignore[attr-defined]
        return Said.worded("roster.problems", lambda: [problem_text(p) for p in problems])
    return _refusal(lambda: import_roster(db, check))  # type: ignore[arg-type]


def as_framework(db: Database, path: Path) -> Said:
    from ita_desktop.services.frameworks import import_framework_file

    return _refusal(lambda: import_framework_file(db, path, replace=True))


def as_database(db: Database, path: Path) -> Said:
    """File › Open (``MainWindow.switch_database``), and the file given at start-up
    (``app.run_gui``): opened for changes, holding its lock; what the window catches is a
    ``StoreError``, said by ``open_error_text``. Anything else would reach the crash dialog."""
    from ita_desktop.store.errors import StoreError
    from ita_desktop.store.sharing import open_for_changes
    from ita_desktop.ui.shell.error_dialog import open_error_text

    try:
        open_for_changes(path, create=False).close()
    except StoreError as exc:
        refused = exc
        return Said.worded(exc.code, lambda: [open_error_text(refused)])
    return ACCEPTED


def cli_emblem(db: Path, path: Path) -> list[str]:
    return ["import", "emblem", str(path), "--db", str(db)]


def cli_signature(db: Path, path: Path) -> list[str]:
    return ["import", "signature", "1", str(path), "--db", str(db)]


def cli_roster(db: Path, path: Path) -> list[str]:
    return ["import", "roster", str(path), "--db", str(db)]


def cli_framework(db: Path, path: Path) -> list[str]:
    return ["import", "framework", str(path), "--replace", "--db", str(db)]


def cli_check(db: Path, path: Path) -> list[str]:
    return ["check", "--db", str(path)]


# --- the files ------------------------------------------------------------------------------


def _write(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    return make


def _sparse(name: str, size: int) -> Callable[[Path], Path]:
    """A file of ``size`` bytes that takes no room on disk."""
    def make(folder: Path) -> Path:
        path = folder / name
        with path.open("wb") as fh:
            fh.truncate(size)
        return path

    return make


def _image(name: str, fmt: str, size: tuple[int, int] = (400, 200),
           colour: tuple[int, int, int] = (245, 245, 240)) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        from PIL import Image

        path = folder / name
        Image.new("RGB", size, colour).save(path, format=fmt)
        return path

    return make


def _truncated_jpeg(folder: Path) -> Path:
    from PIL import Image, ImageDraw

    sheet = Image.new("RGB", (1200, 800), (240, 240, 235))
    ImageDraw.Draw(sheet).ellipse((100, 100, 1100, 700), fill=(200, 40, 40))
    path = folder / f"{THAI_NAME}-ตัดครึ่ง.jpg"
    sheet.save(path, format="JPEG", quality=95)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def _png_claiming(name: str, width: int, height: int) -> Callable[[Path], Path]:
    """A PNG header claiming ``width`` × ``height`` pixels: a few bytes on disk."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    def make(folder: Path) -> Path:
        path = folder / name
        header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                         + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))
        return path

    return make


def _roster(name: str, rows: list[list[object]],
            header: list[str] | None = None) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.append(header or ["ยศ", "ชื่อ", "นามสกุล", "สายงาน", "โทรศัพท์"])
        for row in rows:
            sheet.append(row)
        path = folder / name
        book.save(path)
        return path

    return make


def _many_rows(folder: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["ยศ", "ชื่อ", "นามสกุล"])
    for n in range(5_100):
        sheet.append(["ด.ต.", f"สมชาย{n}", f"ใจดี{n}"])
    path = folder / f"{THAI_NAME}-ยาว.xlsx"
    book.save(path)
    return path


def _zip_without_workbook(folder: Path) -> Path:
    path = folder / f"{THAI_NAME}.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    return path


def _framework(change: Callable[[dict[str, object]], object]) -> Callable[[Path], Path]:
    """The bundled 2568 framework with one thing changed by ``change`` (which may return the
    whole text to write instead)."""
    def make(folder: Path) -> Path:
        from ita_desktop.resources import resource_path

        source = resource_path("catalogs", "immigration-2568.json")
        data = json.loads(Path(source).read_text(encoding="utf-8"))
        result = change(data)
        path = folder / f"{THAI_NAME}-กรอบ.json"
        if isinstance(result, str | bytes):
            path.write_bytes(result.encode("utf-8") if isinstance(result, str) else result)
        else:
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    return make


def _first_item(data: dict[str, object]) -> dict[str, object]:
    items = data["oit_items"]
    assert isinstance(items, list)
    return items[0]


def _set_title(value: str) -> Callable[[dict[str, object]], None]:
    def change(data: dict[str, object]) -> None:
        _first_item(data)["title"] = value

    return change


def _raw_number(token: str) -> Callable[[dict[str, object]], str]:
    """The framework with the first item's points written as ``token``, verbatim."""
    def change(data: dict[str, object]) -> str:
        _first_item(data)["points"] = "@@NUMBER@@"
        return json.dumps(data, ensure_ascii=False).replace('"@@NUMBER@@"', token)

    return change


def _raw_title(escaped: str) -> Callable[[dict[str, object]], str]:
    def change(data: dict[str, object]) -> str:
        _first_item(data)["title"] = "@@TITLE@@"
        return json.dumps(data, ensure_ascii=False).replace("@@TITLE@@", escaped)

    return change


def _sqlite(name: str, build: Callable[[sqlite3.Connection], None]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        conn = sqlite3.connect(path)
        try:
            build(conn)
            conn.commit()
        finally:
            conn.close()
        return path

    return make


def _foreign_tables(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('สมชาย', '0812345678')")


def _newer_ours(conn: sqlite3.Connection) -> None:
    from ita_desktop.store.database import APPLICATION_ID

    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 99")
    conn.execute("CREATE TABLE future (x)")


def _damaged_copy(source: Path) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        data = bytearray(source.read_bytes())
        # Page 3 onwards overwritten: the header still says SQLite, the b-trees are garbage.
        page = 4096
        for offset in range(page * 2, min(len(data), page * 6)):
            data[offset] = (offset * 7) & 0xFF
        path = folder / f"{THAI_NAME}-เสีย.sqlite"
        path.write_bytes(bytes(data))
        return path

    return make


def catalogue(demo_file: Path) -> list[BadInput]:
    """Every bad input, with the codes its refusal may carry: the files of this module, then
    those of ``bad_inputs_stores`` (bundles, database files, backups to restore) and
    ``bad_inputs_texts`` (roster bombs, names, the unit profile, phone photos)."""
    if __package__:
        from .bad_inputs_stores import store_inputs
        from .bad_inputs_texts import text_inputs
    else:  # imported by plain name, as the kill harness imports its modules
        from bad_inputs_stores import store_inputs  # type: ignore[no-redef]
        from bad_inputs_texts import text_inputs  # type: ignore[no-redef]
    return first_inputs(demo_file) + store_inputs(demo_file) + text_inputs(demo_file)


def first_inputs(demo_file: Path) -> list[BadInput]:
    """Images, rosters, frameworks and database files: the catalogue's first entries."""
    emblem = {"act": as_emblem, "cli": cli_emblem}
    signature = {"act": as_signature, "cli": cli_signature}
    roster = {"act": as_roster, "cli": cli_roster}
    framework = {"act": as_framework, "cli": cli_framework}
    database = {"act": as_database, "cli": cli_check}
    long_thai = "การประเมินคุณธรรมและความโปร่งใส" * 200
    return [
        # Images, as emblem and as signature.
        BadInput("image-empty", _write(f"{THAI_NAME}.png", b""), **emblem,
                 codes=("image.empty",)),
        BadInput("image-text-named-png", _write("ตรา.png", "ไม่ใช่รูปภาพ"), **emblem,
                 codes=("image.not_an_image",)),
        BadInput("image-eps-named-jpg", _image("ตรา.jpg", "EPS"), **emblem,
                 codes=("image.not_an_image",)),
        BadInput("image-tga", _image("ตรา.tga", "TGA"), **emblem,
                 codes=("image.not_an_image",)),
        BadInput("image-ico-as-signature", _image("ลายมือชื่อ.ico", "ICO", (64, 64)),
                 **signature, codes=("image.not_an_image",)),
        BadInput("image-pcx", _image("ตรา.pcx", "PCX"), **emblem,
                 codes=("image.not_an_image",)),
        BadInput("image-truncated-jpeg", _truncated_jpeg, **emblem, codes=("image.damaged",)),
        BadInput("image-zip-named-gif", _write("ตรา.gif", b"PK\x03\x04" + b"\x00" * 200),
                 **emblem, codes=("image.not_an_image",)),
        BadInput("image-over-pillow-limit", _png_claiming("ใหญ่.png", 20_000, 20_000),
                 **emblem, codes=("image.too_large",)),
        BadInput("image-70-megapixels", _png_claiming("ใหญ่.png", 10_000, 7_000),
                 **signature, codes=("image.too_large", "image.too_many_pixels")),
        BadInput("image-file-too-big", _sparse("ใหญ่มาก.jpg", 41 * 1024 * 1024), **emblem,
                 codes=("image.file_too_big",)),
        BadInput("signature-blank", _image("ลายมือชื่อ.png", "PNG", (800, 400)),
                 **signature, codes=("image.blank",)),
        BadInput("signature-too-dark", _image("ลายมือชื่อ.jpg", "JPEG", (800, 400),
                                              (40, 40, 40)),
                 **signature, codes=("image.too_dark", "image.not_on_paper")),
        # Roster workbooks.
        BadInput("roster-empty-file", _write(f"{THAI_NAME}.xlsx", b""), **roster,
                 codes=("roster_file.damaged", "roster_file.empty")),
        BadInput("roster-text-named-xlsx", _write(f"{THAI_NAME}.xlsx", "ยศ,ชื่อ,นามสกุล\n"),
                 **roster, codes=("roster_file.damaged",)),
        BadInput("roster-csv", _write(f"{THAI_NAME}.csv", "ยศ,ชื่อ,นามสกุล\n"), **roster,
                 codes=("roster_file.not_xlsx",)),
        BadInput("roster-zip-without-workbook", _zip_without_workbook, **roster,
                 codes=("roster_file.damaged",)),
        BadInput("roster-too-large", _sparse(f"{THAI_NAME}.xlsx", 21 * 1024 * 1024),
                 **roster, codes=("roster_file.too_large",)),
        BadInput("roster-wrong-headers",
                 _roster("รายชื่อ.xlsx", [["สมชาย ใจดี", "0812345678"]], ["ชื่อ", "โทร"]),
                 **roster, codes=("roster_file.wrong_header", "roster_file.no_header")),
        BadInput("roster-no-header", _roster("รายชื่อ.xlsx", [[1, 2, 3]], ["1", "2", "3"]),
                 **roster, codes=("roster_file.no_header",)),
        BadInput("roster-unknown-rank", _roster("รายชื่อ.xlsx", [["กัปตัน", "สมชาย",
                                                                  "ใจดี", "", ""]]),
                 **roster),
        BadInput("roster-letters-as-phone", _roster("รายชื่อ.xlsx", [["ด.ต.", "สมชาย", "ใจดี",
                                                                      "", "abc-def"]]),
                 **roster),
        BadInput("roster-over-long-name", _roster("รายชื่อ.xlsx", [["ด.ต.", long_thai,
                                                                    "ใจดี", "", ""]]),
                 **roster),
        BadInput("roster-person-already-there",
                 _roster("รายชื่อ.xlsx", [["ด.ต.", "ใหม่", "หนึ่ง", "", ""],
                                          ["ด.ต.", "ใหม่", "หนึ่ง", "", ""]]),
                 **roster),
        BadInput("roster-over-5000-rows", _many_rows, **roster,
                 codes=("roster_file.too_many_rows",)),
        # Framework files.
        BadInput("framework-empty", _write(f"{THAI_NAME}.json", b""), **framework),
        BadInput("framework-not-json", _write(f"{THAI_NAME}.json", "ไม่ใช่ JSON"),
                 **framework),
        BadInput("framework-utf16", _write(f"{THAI_NAME}.json", b"\xff\xfe{\x00}\x00"),
                 **framework),
        BadInput("framework-array", _write(f"{THAI_NAME}.json", "[1, 2, 3]"), **framework),
        BadInput("framework-nested-200000-deep",
                 _write(f"{THAI_NAME}.json", "[" * 200_000 + "]" * 200_000), **framework),
        BadInput("framework-number-overflow", _framework(_raw_number("1e999999999")),
                 **framework),
        BadInput("framework-huge-exponent", _framework(_raw_number("1e999999")),
                 **framework),
        BadInput("framework-lone-surrogate", _framework(_raw_title("\\ud800")),
                 **framework),
        BadInput("framework-control-character", _framework(_raw_title("\\u0007")),
                 **framework),
        BadInput("framework-over-long-title", _framework(_set_title(long_thai)),
                 **framework),
        BadInput("framework-christian-era-year",
                 _framework(lambda data: data.__setitem__("fiscal_year", 2025)), **framework),
        BadInput("framework-no-items",
                 _framework(lambda data: data.__setitem__("oit_items", [])), **framework),
        # Database files given to the program.
        BadInput("database-text-file", _write(f"{THAI_NAME}.sqlite", "สวัสดี " * 100),
                 **database, codes=("store.not_a_database",)),
        BadInput("database-other-program", _sqlite("contacts.sqlite", _foreign_tables),
                 **database, codes=("store.foreign",)),
        BadInput("database-newer-version", _sqlite(f"{THAI_NAME}-ใหม่.sqlite", _newer_ours),
                 **database, codes=("store.newer",)),
        BadInput("database-damaged", _damaged_copy(demo_file), **database,
                 codes=("store.damaged", "store.not_a_database")),
        BadInput("database-folder", lambda folder: _folder(folder / "หน่วย.sqlite"),
                 **database, codes=("store.is_folder",)),
    ]


def _folder(path: Path) -> Path:
    path.mkdir()
    return path
