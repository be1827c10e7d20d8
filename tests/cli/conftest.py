"""What the command-line tests share: a private copy of the demo database as a file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def demo_path(demo_file, tmp_path) -> Path:
    path = tmp_path / "unit.sqlite"
    shutil.copy(demo_file, path)
    return path


def usage_error(capsys, argv: list[str]) -> str:  # type: ignore[no-untyped-def]
    """The message of a refused command line: exit 2 with the usage line, no traceback."""
    from ita_desktop.cli import main

    with pytest.raises(SystemExit) as usage:
        main(argv)
    err = capsys.readouterr().err
    assert usage.value.code == 2 and "Traceback" not in err and "usage: ita-desktop" in err
    return err
