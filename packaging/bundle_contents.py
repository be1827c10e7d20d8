"""What build.spec puts in the bundle beyond what PyInstaller finds by itself, and what it
leaves out. Read by build.spec (PyInstaller runs it with this folder on sys.path) and by the
tests, which check these lists against the source tree."""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

PACKAGE = "ita_desktop"

# Never part of the program: the test and build tools installed from the same lock, and Qt's
# network module (the program never opens a connection; without it the bundle holds no TLS or
# network-information plugins either).
EXCLUDES = [
    "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "iniconfig", "ruff",
    "icalendar", "PyInstaller", "pip", "setuptools", "pkg_resources", "wheel", "pygments",
    "PySide6.QtNetwork",
]

# Packages whose code finds its data files by a path through one of its own module folders
# (python-docx opens docx/parts/../templates/default-header.xml): their .py files are written
# out too, so the folders exist; the modules still load from the archive, so nothing is ever
# compiled (or written) beside them.
MODULE_COLLECTION_MODE = {"docx": "pyz+py"}

# The Qt plugins the program uses, by plugin folder: None keeps the whole folder, a set keeps
# those plugins only (named without "lib" and the extension: "qjpeg" is libqjpeg.so and
# qjpeg.dll). Every other folder (tls, network information, sql drivers, printing, the evdev and
# EGL device integrations of embedded Linux) stays out, and so do the libraries only its
# plugins need.
QT_PLUGINS: dict[str, set[str] | None] = {
    # xcb and Wayland for Linux desktops, windows for Windows, offscreen for headless runs
    "platforms": {"qxcb", "qwayland", "qwindows", "qoffscreen", "qminimal"},
    # JPEG for photo thumbnails and the viewer (PNG is built into Qt), SVG for the charts and
    # icons, ICO for the window icon on Windows. Pictures of other formats are decoded by Pillow.
    "imageformats": {"qjpeg", "qsvg", "qico"},
    "iconengines": None,
    # Input methods: Thai is typed through IBus or Fcitx on Linux.
    "platforminputcontexts": None,
    # The desktop's file dialogs and colours through the XDG portal; GTK 3's theme plugin
    # would pull half of GTK into the bundle and load it into a Qt program.
    "platformthemes": {"qxdgdesktopportal"},
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
    # Windows 11's look
    "styles": None,
}

# The PyThaiNLP files the program reads: the word list of its line breaking and the stop words
# the tokenizer loads with it, with the corpus licence. The rest of the corpus (63 MB of
# models the program never uses) stays out.
PYTHAINLP_CORPUS = {"words_th.txt", "stopwords_th.txt", "corpus_license.md"}


def hidden_imports() -> list[str]:
    """Modules imported by name, which PyInstaller cannot see: the whole package
    (ui/shell/tabs.py imports each tab when it is first shown) and ReportLab's barcodes (its
    widgets import each kind of code with exec, the QR code of signed-off files among them)."""
    from PyInstaller.utils.hooks import collect_submodules

    return collect_submodules(PACKAGE) + collect_submodules("reportlab.graphics.barcode")


def datas(root: Path) -> list[tuple[str, str]]:
    """(source, folder in the bundle) pairs: the program's own data files, placed beside the
    package as in the source tree (``ita_desktop/resources.py`` finds them the same way)."""
    from PyInstaller.utils.hooks import collect_data_files

    qm = sorted((root / "translations").glob("*.qm"))
    stale = [path.name for path in qm
             if path.stat().st_mtime < path.with_suffix(".ts").stat().st_mtime]
    if len(qm) != len(list((root / "translations").glob("*.ts"))) or stale:
        sys.exit("build.spec: the compiled translations (translations/*.qm) are missing or "
                 "older than their .ts; build with `make bundle` or packaging/build_bundle.py, "
                 "which compile them first")
    found = [(str(root / "resources"), "resources")]
    found += [(str(path), "translations") for path in qm]
    found += collect_data_files("fontpkg_sarabun")
    return found


def limit_qt_plugins() -> None:
    """Make PyInstaller's Qt hooks collect only :data:`QT_PLUGINS`, before the analysis, so
    that the libraries of the plugins left out are never collected either."""
    from PyInstaller.utils.hooks import qt

    collect = qt.QtLibraryInfo.collect_plugins

    def collect_used(self, plugin_type):  # type: ignore[no-untyped-def]
        if plugin_type not in QT_PLUGINS:
            return []
        wanted = QT_PLUGINS[plugin_type]
        return [(src, dst) for src, dst in collect(self, plugin_type)
                if wanted is None or plugin_name(src) in wanted]

    qt.QtLibraryInfo.collect_plugins = collect_used


def plugin_name(path: str) -> str:
    """``.../libqjpeg.so`` and ``...\\qjpeg.dll`` are both "qjpeg"."""
    stem = path.replace("\\", "/").rsplit("/", 1)[-1].split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep(entries):  # type: ignore[no-untyped-def]
    """``entries`` (PyInstaller's TOC: (name in the bundle, source, kind)) without the data
    files the program never reads."""
    return [entry for entry in entries if not left_out(entry[0])]


def left_out(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if parts[:2] == ("pythainlp", "corpus") and len(parts) == 3:
        return parts[2] not in PYTHAINLP_CORPUS and not parts[2].endswith(".py")
    # Qt's own translations: Qt ships none for Thai (translations/qt_extra_th.ts is ours),
    # and English needs none.
    return parts[0] == "PySide6" and "translations" in parts[1:3]


def windows_version_info(version: str):  # type: ignore[no-untyped-def]
    """The version resource of the Windows executables (Properties › Details), from the
    package's version."""
    from packaging.version import Version
    from PyInstaller.utils.win32 import versioninfo as vi

    # "0.2.0rc1" is 0.2.0.0 in the resource, which holds four numbers and no letters
    numbers = (tuple(Version(version).release) + (0, 0, 0, 0))[:4]
    strings = [
        vi.StringStruct("CompanyName", "ITA Desktop"),
        vi.StringStruct("FileDescription", "ITA Desktop"),
        vi.StringStruct("FileVersion", version),
        vi.StringStruct("InternalName", "ita-desktop"),
        vi.StringStruct("LegalCopyright", "ITA Desktop"),
        vi.StringStruct("OriginalFilename", "ita-desktop.exe"),
        vi.StringStruct("ProductName", "ITA Desktop"),
        vi.StringStruct("ProductVersion", version),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[vi.StringFileInfo([vi.StringTable("040904B0", strings)]),
              vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])])],
    )
