"""Build the packaged program and its portable .zip, on Linux and on Windows alike.

    python packaging/build_bundle.py [--dist DIR] [--work DIR]

Run with the Python of the virtual environment that `make` installs from requirements/lock.txt
(`make bundle` does), so the bundle holds exactly the tested versions: an environment that
differs from the lock is refused. Steps: compile the Thai
translation, run PyInstaller on build.spec (dist/ita-desktop/), check that the built program
starts and says its version, then write the portable .zip: the same folder with the marker
file packaging/portable.txt beside the executable (its data then stays beside it). Prints the
bundle's size unpacked and compressed.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ita_desktop import __version__  # noqa: E402
from ita_desktop.paths import PORTABLE_MARKER  # noqa: E402

BUNDLE = "ita-desktop"
LOCK = ROOT / "requirements" / "lock.txt"
WINDOWS = sys.platform == "win32"
EXE = "ita-desktop.exe" if WINDOWS else "ita-desktop"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle and the .zip go (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller/)")
    args = parser.parse_args(argv)
    try:
        check_locked_versions()
        compile_translations()
        folder = run_pyinstaller(args.dist.resolve(), args.work.resolve())
        version = check_started(folder)
        archive = write_portable_zip(folder, args.dist.resolve() / portable_zip_name())
    except BuildError as exc:
        print(f"build_bundle: {exc}", file=sys.stderr)
        return 1
    print(f"built {folder} ({version})")
    print(f"  unpacked: {folder_size(folder) / 1e6:.1f} MB")
    print(f"  portable: {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
    return 0


class BuildError(Exception):
    pass


def tool(name: str) -> str:
    """A command of the virtual environment running this script."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise BuildError(f"{name} not found beside {sys.executable}: run this script with the "
                         "Python of the virtual environment that `make` installs")
    return found


def locked_versions(lock: str) -> dict[str, str]:
    """Package (normalised name) → version, for the lock's lines that apply here."""
    from packaging.markers import Marker

    pinned = {}
    for line in lock.splitlines():
        match = re.match(r"([A-Za-z0-9._-]+)==([^ ;\\]+)\s*(?:;\s*([^\\]+))?", line)
        if match and (match[3] is None or Marker(match[3].strip()).evaluate()):
            pinned[canonical(match[1])] = match[2]
    return pinned


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def version_mismatches(pinned: dict[str, str], installed: dict[str, str]) -> list[str]:
    """What differs between the lock and the environment, in words; empty when it matches."""
    from packaging.version import Version

    return [f"{name} {installed.get(name, 'missing')} (locked: {version})"
            for name, version in sorted(pinned.items())
            if name not in installed or Version(installed[name]) != Version(version)]


def check_locked_versions() -> None:
    """Refuse to build from an environment that is not exactly the lock: a bundle holds what
    the tests ran on, never a package upgraded by hand in the virtual environment."""
    from importlib import metadata

    installed = {canonical(dist.metadata["Name"]): dist.version
                 for dist in metadata.distributions()}
    wrong = version_mismatches(locked_versions(LOCK.read_text(encoding="utf-8")), installed)
    if wrong:
        raise BuildError("the virtual environment differs from requirements/lock.txt: "
                         + ", ".join(wrong) + "; reinstall it from the lock (`make clean`, "
                         "then `make bundle`)")


def compile_translations() -> None:
    lrelease = tool("pyside6-lrelease")
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))])


def run_pyinstaller(dist: Path, work: Path) -> Path:
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")])
    folder = dist / BUNDLE
    if not (folder / EXE).is_file():
        raise BuildError(f"PyInstaller finished but {folder / EXE} is missing")
    return folder


def check_started(folder: Path) -> str:
    """The built program's own ``--version``: it starts, finds Python and its package."""
    result = subprocess.run([str(folder / EXE), "--version"], capture_output=True, text=True,
                            timeout=120)
    if result.returncode != 0 or __version__ not in result.stdout:
        raise BuildError(f"the built program did not start: {result.stdout}{result.stderr}")
    return result.stdout.strip()


def portable_zip_name() -> str:
    system = "windows" if WINDOWS else sys.platform.rstrip("0123456789")
    machine = {"amd64": "x64", "x86_64": "x64"}.get(platform.machine().lower(),
                                                    platform.machine().lower())
    return f"{BUNDLE}-{__version__}-{system}-{machine}-portable.zip"


def write_portable_zip(folder: Path, archive: Path) -> Path:
    """The bundle folder under its own name with the portable marker beside the executable.
    Unix permissions (the executable's x bit) and symbolic links (PyInstaller links some Qt
    libraries on Linux) are kept as such, so the unpacked copy runs as built. Written under a
    part name and renamed, so a stopped build never leaves a .zip that looks whole."""
    part = archive.with_name(f".{archive.name}.part")
    marker = ROOT / "packaging" / PORTABLE_MARKER
    with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(folder.rglob("*")):
            name = f"{BUNDLE}/{path.relative_to(folder).as_posix()}"
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.create_system = 3  # Unix: unzip reads the mode below
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                zf.writestr(info, os.readlink(path))
            elif path.is_file():
                zf.write(path, name)
        zf.write(marker, f"{BUNDLE}/{PORTABLE_MARKER}")
    os.replace(part, archive)
    return archive


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def run(command: list[str]) -> None:
    print("+", " ".join(command), flush=True)
    if subprocess.run(command).returncode != 0:
        raise BuildError(f"{Path(command[0]).name} failed (see above)")


if __name__ == "__main__":
    sys.exit(main())
