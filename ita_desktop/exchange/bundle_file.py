"""The hand-over bundle as a file: one .zip holding the unit's database, a short README and a
manifest that names every member with its size and SHA-256.

Writing streams the database into the zip while hashing it, so a multi-gigabyte file never sits
in memory. Reading trusts nothing the zip says until it has been checked, in the order that
costs least: the member names, then the sizes the zip declares (and how much they claim to
expand), then the manifest, and only then the database is extracted, in chunks, counting and
hashing what comes out and stopping as soon as more comes out than was declared. A refusal
raises a coded ``BundleError`` that says which check failed; nothing is written outside the
one file the caller names for the extracted database.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ita_desktop.domain.progress import CancelCheck, Cancelled, Progress
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register

register({
    "bundle.not_a_zip": QT_TRANSLATE_NOOP(
        "Errors", "'%path' is not a hand-over bundle: it is not a readable .zip file (%detail). "
        "Nothing was imported."),
    "bundle.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "'%path' cannot be read (%detail). Check the name and that the USB stick or "
        "folder is there. Nothing was imported."),
    "bundle.unsafe_name": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: its member '%name' has a path that would be written "
        "outside the import folder (an absolute path, '..', a drive letter or a backslash). "
        "Such a file may have been made to damage the computer. Nothing was imported."),
    "bundle.unexpected_member": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: it holds '%name', which a hand-over bundle of ITA "
        "Desktop never holds. Nothing was imported."),
    "bundle.duplicate_member": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: it holds '%name' more than once. Nothing was imported."),
    "bundle.too_many_members": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: it holds %count files, more than a hand-over bundle "
        "ever holds. Nothing was imported."),
    "bundle.encrypted": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: its member '%name' is encrypted with a password. "
        "Bundles made by ITA Desktop are not encrypted. Nothing was imported."),
    "bundle.compression": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: its member '%name' is compressed in a way ITA Desktop "
        "does not write (method %method). Nothing was imported."),
    "bundle.too_large": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: its member '%name' would expand to %size bytes, more "
        "than the %limit bytes a bundle member may have. Nothing was imported."),
    "bundle.too_compressed": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: its member '%name' would expand %ratio times (%size "
        "bytes from %packed), far more than real data compresses; such files are made to fill "
        "the disk or the memory (a 'zip bomb'). Nothing was imported."),
    "bundle.no_manifest": QT_TRANSLATE_NOOP(
        "Errors", "'%path' is not a hand-over bundle of ITA Desktop: it has no manifest.json. "
        "Nothing was imported."),
    "bundle.manifest_too_large": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: its manifest.json is larger than %limit bytes, far "
        "larger than ITA Desktop writes. Nothing was imported."),
    "bundle.manifest_garbled": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: its manifest.json cannot be read (%detail). The bundle "
        "may have been damaged on the way. Nothing was imported."),
    "bundle.not_ours": QT_TRANSLATE_NOOP(
        "Errors", "'%path' is not a hand-over bundle of ITA Desktop (its manifest says "
        "'%format'). Nothing was imported."),
    "bundle.newer_format": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was made by a newer ITA Desktop (bundle format %found; this program "
        "reads up to %known). Install the newer ITA Desktop to import it. Nothing was "
        "imported."),
    "bundle.member_missing": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: its manifest lists '%name', but the bundle does not "
        "hold it. The bundle is incomplete. Nothing was imported."),
    "bundle.member_unlisted": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: it holds '%name', which its manifest does not list. "
        "Nothing was imported."),
    "bundle.size_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: its member '%name' is %found bytes, but the manifest "
        "says %expected. The bundle was changed or damaged after it was made. Nothing was "
        "imported."),
    "bundle.hash_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: the content of its member '%name' is not what the "
        "manifest recorded (SHA-256 differs). The bundle was changed or damaged after it was "
        "made. Nothing was imported."),
    "bundle.damaged": QT_TRANSLATE_NOOP(
        "Errors", "'%path' was refused: its member '%name' cannot be unpacked (%detail). The "
        "bundle is damaged. Nothing was imported."),
})

FORMAT = "ita-desktop-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "database.sqlite"
README = "README.txt"
MEMBERS = (MANIFEST, DATABASE, README)

# A year of photo evidence is a few hundred megabytes; 8 GiB leaves room for many years while
# refusing a member that claims to expand to more than an office PC's free disk.
MAX_MEMBER_BYTES = 8 << 30
# Our manifest is under a kilobyte and the README a few; these caps bound what is read into
# memory before anything is checked.
MAX_MANIFEST_BYTES = 64 << 10
MAX_README_BYTES = 64 << 10
# Three members are written; a zip listing thousands of entries is refused before looking at
# each (zipfile has already read the central directory, bounded by the file's own size).
MAX_ENTRIES = 16
# A vacuumed database compresses about 10:1 (60:1 for an empty one); zip bombs expand 1000:1
# and more. Members under 1 MiB are too small to harm, whatever their ratio.
MAX_RATIO = 100
RATIO_FLOOR = 1 << 20
CHUNK = 1 << 20

_HEX64 = re.compile(r"[0-9a-f]{64}")
_DRIVE = re.compile(r"^[A-Za-z]:")


class BundleError(AppError):
    """A bundle refused before anything was imported."""


@dataclass(frozen=True)
class Member:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    format_version: int
    program_version: str
    schema_version: object
    """As written: the caller checks it against the schemas it knows (an int from 1 up)."""
    unit_name: str
    created: str
    members: tuple[Member, ...]

    def to_json(self) -> bytes:
        return json.dumps({
            "format": FORMAT, "format_version": self.format_version,
            "program_version": self.program_version, "schema_version": self.schema_version,
            "unit_name": self.unit_name, "created": self.created,
            "members": [{"name": m.name, "size": m.size, "sha256": m.sha256}
                        for m in self.members],
        }, ensure_ascii=False, indent=2).encode("utf-8")

    def member(self, name: str) -> Member:
        return next(m for m in self.members if m.name == name)


# --- writing -------------------------------------------------------------------------------

def write_bundle(out: IO[bytes], database: Path, readme: str, *, program_version: str,
                 schema_version: int, unit_name: str, created: str,
                 compression: int = zipfile.ZIP_DEFLATED, progress: Progress,
                 cancelled: CancelCheck) -> Manifest:
    """Write the bundle of ``database`` to the open binary file ``out``; return its manifest.

    The manifest is written last, once the database has been hashed on its way into the zip.
    """
    total = database.stat().st_size
    members: list[Member] = []
    with zipfile.ZipFile(out, "w", compression=compression, compresslevel=6) as zf:
        text = readme.encode("utf-8")
        zf.writestr(README, text)
        members.append(Member(README, len(text), hashlib.sha256(text).hexdigest()))
        digest = hashlib.sha256()
        done = 0
        # force_zip64: the size is known only at the end, and a database may pass 4 GiB.
        with database.open("rb") as src, zf.open(DATABASE, "w", force_zip64=True) as dst:
            while chunk := src.read(CHUNK):
                if cancelled():
                    raise Cancelled
                digest.update(chunk)
                dst.write(chunk)
                done += len(chunk)
                progress(done, total)
        members.append(Member(DATABASE, done, digest.hexdigest()))
        manifest = Manifest(FORMAT_VERSION, program_version, schema_version, unit_name,
                            created, tuple(members))
        zf.writestr(MANIFEST, manifest.to_json())
    return manifest


# --- reading -------------------------------------------------------------------------------

@contextmanager
def open_bundle(path: Path) -> Iterator[BundleReader]:
    """The checked bundle at ``path``: names, declared sizes and the manifest have passed."""
    path = Path(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise BundleError("bundle.not_a_zip", path=path, detail=str(exc) or "no zip directory"
                          ) from exc
    except OSError as exc:
        raise BundleError("bundle.unreadable", path=path, detail=exc.strerror or str(exc)
                          ) from exc
    try:
        yield BundleReader(path, zf)
    finally:
        zf.close()


def unsafe_name(name: str) -> bool:
    """A member name that, extracted naively, would land outside the folder it is extracted to
    (zip-slip) or be read differently on Windows."""
    parts = name.split("/")
    return (name.startswith("/") or "\\" in name or "\0" in name or bool(_DRIVE.match(name))
            or any(p in ("..", ".") for p in parts))


class BundleReader:
    def __init__(self, path: Path, zf: zipfile.ZipFile) -> None:
        self.path = path
        self._zf = zf
        self._infos = self._checked_entries()
        self.manifest = self._read_manifest()
        self._check_manifest_members()

    def _refuse(self, code: str, **values: object) -> BundleError:
        return BundleError(code, path=self.path, **values)

    def _checked_entries(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise self._refuse("bundle.too_many_members", count=len(infos))
        # Every name first: a zip-slip path is the refusal to report, whatever else is wrong.
        for info in infos:
            if unsafe_name(info.orig_filename):
                raise self._refuse("bundle.unsafe_name", name=info.orig_filename)
        found: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.orig_filename
            if name not in MEMBERS:
                raise self._refuse("bundle.unexpected_member", name=name)
            if name in found:
                raise self._refuse("bundle.duplicate_member", name=name)
            if info.flag_bits & 0x1:
                raise self._refuse("bundle.encrypted", name=name)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise self._refuse("bundle.compression", name=name, method=info.compress_type)
            if info.file_size > MAX_MEMBER_BYTES:
                raise self._refuse("bundle.too_large", name=name, size=info.file_size,
                                   limit=MAX_MEMBER_BYTES)
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
                raise self._refuse("bundle.too_compressed", name=name, ratio=int(ratio),
                                   size=info.file_size, packed=info.compress_size)
            found[name] = info
        return found

    def _read_small(self, name: str, limit: int, too_large: str) -> bytes:
        info = self._infos[name]
        if info.file_size > limit:
            raise self._refuse(too_large, name=name, size=info.file_size, limit=limit)
        try:
            with self._zf.open(info) as fh:
                data = fh.read(limit + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise self._refuse("bundle.damaged", name=name, detail=str(exc)) from exc
        if len(data) > limit:
            raise self._refuse(too_large, name=name, size=len(data), limit=limit)
        return data

    def _read_manifest(self) -> Manifest:
        if MANIFEST not in self._infos:
            raise self._refuse("bundle.no_manifest")
        raw = self._read_small(MANIFEST, MAX_MANIFEST_BYTES, "bundle.manifest_too_large")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise self._refuse("bundle.manifest_garbled", detail=_short(exc)) from exc
        return self._parse_manifest(data)

    def _parse_manifest(self, data: Any) -> Manifest:
        def garbled(detail: str) -> BundleError:
            return self._refuse("bundle.manifest_garbled", detail=detail)

        if not isinstance(data, dict):
            raise garbled("not a JSON object")
        if data.get("format") != FORMAT:
            raise self._refuse("bundle.not_ours", format=_short(data.get("format")))
        version = data.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise garbled("no valid format_version")
        if version > FORMAT_VERSION:
            raise self._refuse("bundle.newer_format", found=version, known=FORMAT_VERSION)
        entries = data.get("members")
        if not isinstance(entries, list) or len(entries) > MAX_ENTRIES:
            raise garbled("no valid list of members")
        members: list[Member] = []
        for entry in entries:
            if not isinstance(entry, dict):
                raise garbled("a member that is not an object")
            name, size, sha = entry.get("name"), entry.get("size"), entry.get("sha256")
            if not isinstance(name, str) or not isinstance(size, int) or isinstance(size, bool) \
                    or size < 0 or not isinstance(sha, str) or not _HEX64.fullmatch(sha):
                raise garbled(f"member {_short(name)} without a valid name, size and sha256")
            if name in {m.name for m in members}:
                raise garbled(f"member {_short(name)} listed twice")
            members.append(Member(name, size, sha))
        texts = {key: data.get(key, "") for key in ("program_version", "unit_name", "created")}
        if not all(isinstance(v, str) for v in texts.values()):
            raise garbled("program_version, unit_name and created must be text")
        return Manifest(version, texts["program_version"][:100], data.get("schema_version"),
                        texts["unit_name"][:500], texts["created"][:100], tuple(members))

    def _check_manifest_members(self) -> None:
        listed = {m.name: m for m in self.manifest.members}
        for name in self._infos:
            if name != MANIFEST and name not in listed:
                raise self._refuse("bundle.member_unlisted", name=name)
        for name, member in listed.items():
            if name == MANIFEST or unsafe_name(name):
                raise self._refuse("bundle.manifest_garbled",
                                   detail=f"it lists {_short(name)} as a member")
            if name not in self._infos:
                raise self._refuse("bundle.member_missing", name=name)
            if self._infos[name].file_size != member.size:
                raise self._refuse("bundle.size_mismatch", name=name,
                                   found=self._infos[name].file_size, expected=member.size)
        if DATABASE not in listed:
            raise self._refuse("bundle.member_missing", name=DATABASE)

    def database_size(self) -> int:
        return self.manifest.member(DATABASE).size

    def check_readme(self) -> None:
        """The README is only text for people, but a bundle is whole or refused."""
        if README in self._infos:
            data = self._read_small(README, MAX_README_BYTES, "bundle.too_large")
            self._check_hash(README, hashlib.sha256(data).hexdigest())

    def _check_hash(self, name: str, found: str) -> None:
        if found != self.manifest.member(name).sha256:
            raise self._refuse("bundle.hash_mismatch", name=name)

    def extract_database(self, out: IO[bytes], progress: Progress,
                         cancelled: CancelCheck) -> None:
        """Unpack the database into ``out`` in chunks, hashing and counting as it comes.

        The size the zip declares is not trusted: more bytes than the manifest's size stop the
        unpacking at once (zipfile also stops at the declared size and then fails its CRC), so
        memory and disk stay bounded whatever the member really expands to.
        """
        expected = self.manifest.member(DATABASE)
        digest = hashlib.sha256()
        done = 0
        try:
            with self._zf.open(self._infos[DATABASE]) as src:
                while chunk := src.read(CHUNK):
                    if cancelled():
                        raise Cancelled
                    done += len(chunk)
                    if done > expected.size:
                        raise self._refuse("bundle.size_mismatch", name=DATABASE,
                                           found=f"> {expected.size}", expected=expected.size)
                    digest.update(chunk)
                    out.write(chunk)
                    progress(done, expected.size)
        except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
            raise self._refuse("bundle.damaged", name=DATABASE, detail=_short(exc)) from exc
        if done != expected.size:
            raise self._refuse("bundle.size_mismatch", name=DATABASE, found=done,
                               expected=expected.size)
        self._check_hash(DATABASE, digest.hexdigest())


def _short(value: object, limit: int = 120) -> str:
    """A value from the file, cut short: a garbled manifest must not become a huge message."""
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "…"
