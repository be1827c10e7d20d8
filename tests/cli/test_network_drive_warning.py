"""A command on a database on a network drive says so in one line on stderr, and otherwise
does and exits exactly as it would on a local disk."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ita_desktop.cli import main
from ita_desktop.store import drives

WHERE = "cifs //nas/ita"
WARNING = "ita-desktop: warning:"


@pytest.fixture
def places(demo_file, tmp_path, monkeypatch) -> dict[str, Path]:
    """The demo database twice: in a folder taken for a network share, and on the local disk."""
    share, local = tmp_path / "share", tmp_path / "local"
    found: dict[str, Path] = {}
    for name, folder in (("share", share), ("local", local)):
        folder.mkdir()
        found[name] = folder / "unit.sqlite"
        shutil.copy(demo_file, found[name])
    monkeypatch.setattr(drives, "network_location",
                        lambda path, **_: WHERE if Path(path).is_relative_to(share) else None)
    found["tmp"] = tmp_path
    return found


COMMANDS = [
    ["check"],
    ["register"],
    ["backup", "--list"],
    # Refused ones keep their own exit status too.
    ["verify", "{tmp}/missing.pdf"],
    ["import", "roster", "{tmp}/missing.xlsx", "--dry-run"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_one_warning_line_and_the_same_exit_status(places, capsys, command):
    argv = [part.format(tmp=places["tmp"]) for part in command]
    local_status = main([*argv, "--db", str(places["local"])])
    local = capsys.readouterr()
    assert "network drive" not in local.err

    status = main([*argv, "--db", str(places["share"])])
    shared = capsys.readouterr()
    assert status == local_status
    lines = shared.err.splitlines()
    warnings = [line for line in lines if line.startswith(WARNING)]
    assert warnings == [
        f"ita-desktop: warning: the database '{places['share']}' is on a network drive "
        f"({WHERE}): a dropped connection or a power cut can damage it there, and two "
        f"computers must not open it at once; it is used in a safer but slower mode. Copy it "
        f"to this computer or a USB stick to work with it."]
    # Whatever else the command said is what it says on a local disk.
    rest = [line for line in lines if not line.startswith(WARNING)]
    assert rest == [line.replace(str(places["local"]), str(places["share"]))
                    for line in local.err.splitlines()]
    assert "Traceback" not in shared.err


def test_a_new_demo_database_on_a_share_is_warned_about(places, capsys):
    target = places["tmp"] / "share" / "new" / "demo.sqlite"
    assert main(["demo", "--db", str(target)]) == 0
    err = capsys.readouterr().err
    assert err.count("is on a network drive") == 1
    assert target.exists()


def test_a_missing_database_is_said_without_the_warning(places, capsys):
    missing = places["tmp"] / "share" / "none.sqlite"
    assert main(["register", "--db", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "network drive" not in err
