"""Starting the window builds only the window's options: the commands' parsers and the modules
they import are not paid for at start-up; anything else gets the full command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ita_desktop.cli import _window_only, main


@pytest.mark.parametrize("argv", [[], ["--db", "unit.sqlite"], ["--lang", "en"],
                                  ["--db=unit.sqlite", "--lang=th"],
                                  ["--lang", "th", "--db", "export"]])
def test_window_options_alone_start_the_window(argv):
    assert _window_only(argv)


@pytest.mark.parametrize("argv", [["export", "--list"], ["--help"], ["--version"], ["exprot"],
                                  ["--db"], ["--db", "x", "check"]])
def test_anything_else_is_read_by_the_full_command_line(argv):
    assert not _window_only(argv)


def test_a_mistyped_command_is_still_named_as_one(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["exprot"])
    assert stop.value.code == 2
    assert "invalid choice: 'exprot'" in capsys.readouterr().err


def test_the_window_starts_without_the_command_modules():
    code = (
        "import sys\n"
        "import ita_desktop.app as app\n"
        "app.run_gui = lambda db, lang: print(sorted(m for m in sys.modules\n"
        "    if m.startswith('ita_desktop.cli.')), db.name, lang) or 0\n"
        "from ita_desktop.cli import main\n"
        "sys.exit(main(['--db', 'unit.sqlite', '--lang', 'en']))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[] unit.sqlite en"
