"""LibreOffice as the stand-in for Word, with a stand-in for TH Sarabun New (tests only).

The project judges a DOCX or XLSX by how LibreOffice lays it out with the official font's
metrics. TH Sarabun New cannot be shipped, so the bundled OFL Sarabun is renamed to
"TH Sarabun New" and made as small per point as the official font: the PDF renderer's
``SIZE_SCALE`` (16 pt of TH Sarabun New looks like 10.67 pt of Sarabun) and ``LEADING``
(a single-spaced line is 1.3 times the point size) are the same numbers here, so a page of
the stand-in holds as many lines and letters as the official font would.

Scaling is done by raising the font's units per em by 1 / SIZE_SCALE: every outline,
advance, kerning and mark position is in font units, so all of them shrink together and no
glyph is touched. The line metrics are then set to LEADING em. fontTools is not among the
project's locked packages, so the few tables involved are rewritten with ``struct``.

The fonts go to a private folder used as HOME by the LibreOffice this module starts, with a
private user profile: nothing outside the temporary folder changes.

Use: ``from tests.reports.standin_font import convert, libreoffice_home`` in a test module;
the session fixture ``libreoffice_home`` builds the fonts once per test session (or skips the
test, saying why, when LibreOffice is not installed), and ``convert(path, "pdf", out_dir,
libreoffice_home)`` runs LibreOffice with them.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from ita_desktop.reports.pdf_text import LEADING, SIZE_SCALE
from ita_desktop.resources import sarabun_folder

FAMILY = "TH Sarabun New"
FACES = {"Regular": "Sarabun-Regular.ttf", "Bold": "Sarabun-Bold.ttf",
         "Italic": "Sarabun-Italic.ttf", "Bold Italic": "Sarabun-BoldItalic.ttf"}
_DROPPED = {b"DSIG"}  # a signature over the old bytes would be wrong after the edit


def _checksum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF


def _tables(font: bytes) -> dict[bytes, bytes]:
    (count,) = struct.unpack(">H", font[4:6])
    found = {}
    for index in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", font[12 + 16 * index:28 + 16 * index])
        found[tag] = font[offset:offset + length]
    return found


def _name_table(face: str) -> bytes:
    """A name table saying only who the font now is (Windows Unicode records)."""
    postscript = "THSarabunNew" + ("" if face == "Regular" else "-" + face.replace(" ", ""))
    names = {1: FAMILY, 2: face, 3: f"{postscript};stand-in", 4: f"{FAMILY} {face}".replace(
        " Regular", ""), 6: postscript}
    records, strings = b"", b""
    for name_id, text in names.items():
        encoded = text.encode("utf-16-be")
        records += struct.pack(">6H", 3, 1, 0x409, name_id, len(encoded), len(strings))
        strings += encoded
    return struct.pack(">3H", 0, len(names), 6 + len(records)) + records + strings


def _scaled(font: bytes, face: str) -> bytes:
    tables = _tables(font)
    head = bytearray(tables[b"head"])
    (units,) = struct.unpack(">H", head[18:20])
    new_units = round(units / SIZE_SCALE)
    struct.pack_into(">H", head, 18, new_units)
    struct.pack_into(">I", head, 8, 0)  # checkSumAdjustment, set below

    # the line: LEADING em, split between ascent and descent as Sarabun splits it
    hhea = bytearray(tables[b"hhea"])
    ascent, descent, _ = struct.unpack(">hhh", hhea[4:10])
    line = round(LEADING * new_units)
    new_ascent = round(line * ascent / (ascent - descent))
    new_descent = line - new_ascent
    struct.pack_into(">hhh", hhea, 4, new_ascent, -new_descent, 0)
    os2 = bytearray(tables[b"OS/2"])
    struct.pack_into(">hhh", os2, 68, new_ascent, -new_descent, 0)
    win_ascent, win_descent = struct.unpack(">HH", os2[74:78])
    struct.pack_into(">HH", os2, 74, max(win_ascent, new_ascent), max(win_descent, new_descent))

    tables.update({b"head": bytes(head), b"hhea": bytes(hhea), b"OS/2": bytes(os2),
                   b"name": _name_table(face)})
    for tag in _DROPPED:
        tables.pop(tag, None)
    return _assembled(tables, font[:4])


def _assembled(tables: dict[bytes, bytes], version: bytes) -> bytes:
    tags = sorted(tables)
    power = 1 << (len(tags).bit_length() - 1)
    directory = version + struct.pack(">4H", len(tags), power * 16, power.bit_length() - 1,
                                      len(tags) * 16 - power * 16)
    offset = len(directory) + 16 * len(tags)
    body = b""
    for tag in tags:
        data = tables[tag]
        directory += struct.pack(">4sIII", tag, _checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    font = bytearray(directory + body)
    head_offset = offset + sum(len(tables[t]) + (-len(tables[t]) % 4)
                               for t in tags[:tags.index(b"head")])
    struct.pack_into(">I", font, head_offset + 8, (0xB1B0AFBA - _checksum(bytes(font)))
                     & 0xFFFFFFFF)
    return bytes(font)


def standin_fonts(folder: Path) -> Path:
    """Write the four stand-in faces to ``folder`` (made if missing); returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    for face, file in FACES.items():
        target = folder / f"THSarabunNew-standin-{face.replace(' ', '')}.ttf"
        if not target.exists():
            target.write_bytes(_scaled((sarabun_folder() / file).read_bytes(), face))
    return folder


def libreoffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def standin_home(root: Path) -> Path:
    """A HOME for LibreOffice whose only added fonts are the stand-ins (fontconfig reads
    ~/.fonts): the machine's own font set and LibreOffice profile stay as they were."""
    home = root / "home"
    standin_fonts(home / ".fonts")
    return home


def convert(source: Path, fmt: str, out_dir: Path, home: Path) -> Path:
    """``source`` converted by LibreOffice to ``fmt`` (e.g. "pdf") in ``out_dir``."""
    program = libreoffice()
    if program is None:
        raise RuntimeError("LibreOffice is not installed")
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_DATA_HOME": str(home / ".local")}
    profile = (home / "lo-profile").as_uri()
    out_dir.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [program, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", fmt, "--outdir", str(out_dir), str(source)],
        env=env, capture_output=True, text=True, timeout=300, check=False)
    converted = out_dir / f"{source.stem}.{fmt.split(':')[0]}"
    if result.returncode != 0 or not converted.exists():
        raise RuntimeError(f"LibreOffice did not convert {source.name}: "
                           f"{result.stdout}{result.stderr}")
    return converted


@pytest.fixture(scope="session")
def libreoffice_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A HOME with the stand-in fonts, built once per test session; skips without LibreOffice."""
    if libreoffice() is None:
        pytest.skip("LibreOffice is not installed (soffice not on PATH): the layout of the "
                    "DOCX in LibreOffice is not checked")
    return standin_home(tmp_path_factory.mktemp("libreoffice"))
