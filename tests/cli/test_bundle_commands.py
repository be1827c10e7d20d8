"""``ita-desktop bundle export|import``: what the user reads and the exit codes of the epilog."""

from __future__ import annotations

import json
import zipfile

from ita_desktop.cli import build_parser, main
from ita_desktop.store.migrations import LATEST_VERSION
from tests.cli.conftest import usage_error


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_then_import_says_what_was_imported(capsys, demo_path, tmp_path):
    bundle = tmp_path / "unit.zip"
    code, out, err = run(capsys, "bundle", "export", "--db", str(demo_path),
                         "--out", str(bundle))
    assert code == 0 and not err
    assert "ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์" in out and "21 people" in out
    new = tmp_path / "received.sqlite"
    code, out, err = run(capsys, "bundle", "import", str(bundle), "--out", str(new))
    assert code == 0 and not err
    assert "ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์; 21 people" in out
    assert f"schema version {LATEST_VERSION}" in out and f"--db {new}" in out
    assert run(capsys, "check", "--db", str(new))[0] == 0


def test_an_existing_file_needs_force(capsys, demo_path, tmp_path):
    bundle = tmp_path / "unit.zip"
    bundle.write_bytes(b"keep")
    code, _, err = run(capsys, "bundle", "export", "--db", str(demo_path), "--out", str(bundle))
    assert code == 1 and "--force" in err and bundle.read_bytes() == b"keep"
    assert run(capsys, "bundle", "export", "--db", str(demo_path), "--out", str(bundle),
               "--force")[0] == 0
    new = tmp_path / "new.sqlite"
    new.write_bytes(b"keep")
    code, _, err = run(capsys, "bundle", "import", str(bundle), "--out", str(new))
    assert code == 1 and "already exists" in err and new.read_bytes() == b"keep"
    assert run(capsys, "bundle", "import", str(bundle), "--out", str(new), "--force")[0] == 0


def test_a_refused_bundle_is_one_line_and_exit_1(capsys, tmp_path):
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "ita-desktop-bundle"}))
        zf.writestr("../../home/user/.bashrc", "rm -rf ~")
    new = tmp_path / "new.sqlite"
    code, out, err = run(capsys, "bundle", "import", str(evil), "--out", str(new))
    assert code == 1 and not out and "Traceback" not in err
    assert err.startswith("ita-desktop bundle import: ") and len(err.strip().splitlines()) == 1
    assert "outside the import folder" in err and "../../home/user/.bashrc" in err
    assert not new.exists()


def test_export_of_a_file_that_is_not_a_database_exits_2(capsys, tmp_path):
    fake = tmp_path / "notes.sqlite"
    fake.write_text("notes")
    code, _, err = run(capsys, "bundle", "export", "--db", str(fake),
                       "--out", str(tmp_path / "x.zip"))
    assert code == 2 and "not an ITA Desktop database" in err
    assert not (tmp_path / "x.zip").exists()


def test_bundle_needs_an_action_and_out(capsys):
    assert "ACTION" in usage_error(capsys, ["bundle"])
    assert "--out" in usage_error(capsys, ["bundle", "import", "unit.zip"])


def test_help_lists_the_command():
    epilog = build_parser().format_help()
    assert "bundle export" in epilog and "bundle import" in epilog
