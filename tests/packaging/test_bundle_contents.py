"""What build.spec leaves out of the bundle must be what the program never uses; these run
without building (tests/packaging/test_frozen_bundle.py runs the built program)."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_contents  # noqa: E402


def test_the_bundle_keeps_every_pythainlp_file_line_breaking_reads(tmp_path):
    """A newer PyThaiNLP reading another file would break every Thai document of a build made
    with the old list: this fails first."""
    probe = """
import builtins, io
opened = []
real = io.open
def spy(file, *args, **kwargs):
    opened.append(str(file))
    return real(file, *args, **kwargs)
builtins.open = io.open = spy
from ita_desktop.reports.linebreak import word_breaks
assert word_breaks("ผู้กำกับการตรวจคนเข้าเมืองจังหวัด")
print("\\n".join(f for f in opened if "pythainlp" in f))
"""
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=ROOT, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
                            check=True)
    read = {Path(line).name for line in result.stdout.split()}
    assert read, "line breaking read no PyThaiNLP file"
    kept = {name for name in read
            if not bundle_contents.left_out(f"pythainlp/corpus/{name}")}
    assert kept == read
    # and the models nobody reads stay out
    assert bundle_contents.left_out("pythainlp/corpus/deepcut.onnx")


@pytest.mark.parametrize("user_env", [{}, {"PYTHAINLP_READ_ONLY": "0"},
                                      {"PYTHAINLP_READ_MODE": "0"}])
def test_line_breaking_writes_nothing_in_the_home_folder(tmp_path, user_env):
    """PyThaiNLP made ~/pythainlp-data at its first import; the program writes only in its
    data folder, whatever PyThaiNLP's settings in the user's environment say."""
    subprocess.run([sys.executable, "-c", "from ita_desktop.reports.linebreak import "
                    "word_breaks; assert word_breaks('สวัสดีครับ')"],
                   cwd=ROOT, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", **user_env},
                   check=True)
    assert list(tmp_path.iterdir()) == []


def test_qt_plugins_kept_are_those_of_the_screens_and_pictures_the_program_uses():
    names = ["/q/plugins/platforms/libqxcb.so", "C:\\q\\plugins\\platforms\\qwindows.dll",
             "/q/plugins/imageformats/libqjpeg.so"]
    assert [bundle_contents.plugin_name(n) for n in names] == ["qxcb", "qwindows", "qjpeg"]
    assert {"qxcb", "qwayland", "qwindows", "qoffscreen"} <= bundle_contents.QT_PLUGINS[
        "platforms"]
    assert "qjpeg" in bundle_contents.QT_PLUGINS["imageformats"]  # photo thumbnails
    assert "tls" not in bundle_contents.QT_PLUGINS  # never a connection
    assert "PySide6.QtNetwork" in bundle_contents.EXCLUDES


def test_qt_translations_stay_out_but_ours_and_the_program_files_stay_in():
    assert bundle_contents.left_out("PySide6/Qt/translations/qtbase_de.qm")
    assert bundle_contents.left_out("PySide6\\translations\\qtbase_de.qm")
    for name in ("translations/ita_desktop_th.qm", "resources/catalogs/police-2568.json",
                 "fontpkg_sarabun/files/Sarabun-Regular.ttf", "docx/templates/default.docx",
                 "pythainlp/corpus/words_th.txt"):
        assert not bundle_contents.left_out(name), name


def test_the_build_refuses_translations_older_than_their_source(tmp_path, monkeypatch):
    (tmp_path / "translations").mkdir()
    (tmp_path / "resources").mkdir()
    ts = tmp_path / "translations" / "x_th.ts"
    ts.write_text("<TS/>")
    try:
        bundle_contents.datas(tmp_path)
    except SystemExit as exc:
        assert "translations" in str(exc)
    else:
        raise AssertionError("a build without compiled translations was not refused")



def test_a_build_from_an_environment_that_differs_from_the_lock_is_refused():
    import build_bundle

    lock = """\
pyside6-essentials==6.11.3 \\
    --hash=sha256:00
pywin32-ctypes==0.2.3 ; sys_platform == 'win32' \\
    --hash=sha256:01
fontpkg-sarabun==1.0 \\
"""
    pinned = build_bundle.locked_versions(lock)
    assert pinned.get("pyside6-essentials") == "6.11.3"
    assert ("pywin32-ctypes" in pinned) == (sys.platform == "win32")
    same = {"pyside6-essentials": "6.11.3", "fontpkg-sarabun": "1.000", "pywin32-ctypes": "0.2.3"}
    assert build_bundle.version_mismatches(pinned, same) == []
    upgraded = {**same, "pyside6-essentials": "6.12.0"}
    assert build_bundle.version_mismatches(pinned, upgraded) == [
        "pyside6-essentials 6.12.0 (locked: 6.11.3)"]
    assert build_bundle.version_mismatches(pinned, {"fontpkg-sarabun": "1.0"}) == [
        "pyside6-essentials missing (locked: 6.11.3)"]
    # and this environment is the lock's, or `make bundle` could not build here
    assert build_bundle.version_mismatches(
        build_bundle.locked_versions(build_bundle.LOCK.read_text(encoding="utf-8")),
        {build_bundle.canonical(d.metadata["Name"]): d.version
         for d in metadata.distributions()}) == []
