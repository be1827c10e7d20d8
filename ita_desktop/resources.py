"""Where the program's data files are, from a source checkout and from a frozen build alike."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The top-level ``resources/`` folder (beside the package, or inside a PyInstaller bundle)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def translations_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "translations"
    return Path(__file__).resolve().parent.parent / "translations"


def sarabun_folder() -> Path:
    """The OFL Sarabun font files (the fontpkg-sarabun package), for Qt and the PDF alike."""
    import fontpkg_sarabun

    return Path(fontpkg_sarabun.__file__).resolve().parent / "files"
