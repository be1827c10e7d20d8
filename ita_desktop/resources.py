"""Where the program's data files are, from a source checkout and from a frozen build alike.

Both hold ``resources/`` and ``translations/`` beside the ``ita_desktop`` package: the
repository's top level, or the packaged program's ``_internal`` folder, where PyInstaller gives
each module the ``__file__`` it would have there (build.spec places the folders so). One rule
for both, so a build finds its files exactly as the tests do.
"""

from __future__ import annotations

from pathlib import Path

_TOP = Path(__file__).resolve().parent.parent


def resource_root() -> Path:
    """The top-level ``resources/`` folder: catalogs, measures, icons."""
    return _TOP / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def translations_root() -> Path:
    """The compiled translations (``*.qm``)."""
    return _TOP / "translations"


def sarabun_folder() -> Path:
    """The OFL Sarabun font files (the fontpkg-sarabun package), for Qt and the PDF alike."""
    import fontpkg_sarabun

    return Path(fontpkg_sarabun.__file__).resolve().parent / "files"
