"""A refused framework file is explained in the window's language, finding by finding."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from ita_desktop.exchange.framework_file import load_bundled_catalog
from ita_desktop.resources import resource_path
from ita_desktop.store.frameworks import FrameworkRepository
from ita_desktop.ui.framework.tab import FrameworkTab
from ita_desktop.ui.shell.translation import install_translators


@pytest.fixture
def tab(qtbot, db, tab_context):
    FrameworkRepository(db).save(load_bundled_catalog("immigration", 2568))
    widget = FrameworkTab(tab_context(db, 2568))
    qtbot.addWidget(widget)
    widget.year_changed(2568)
    yield widget
    install_translators(QApplication.instance(), "en")


def import_file(tab, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    tab.import_framework()


def test_thai_window_lists_the_findings_in_thai(tab, monkeypatch, answer, tmp_path):
    document = json.loads(
        resource_path("catalogs", "immigration-2568.json").read_text(encoding="utf-8")
    )
    del document["calendar"]
    document["oit_items"][0]["title"] = ""
    bad = tmp_path / "กรอบ%1.json"
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    install_translators(QApplication.instance(), "th")
    import_file(tab, monkeypatch, bad)
    kind, text = answer.messages[-1]
    assert kind == "warning"
    assert f"ไม่สามารถใช้แฟ้มกรอบการประเมิน '{bad}' ได้ (พบปัญหา 2 รายการ)" in text
    assert "  - catalog: ไม่มี 'calendar'" in text
    assert "  - oit_items[0] (O1): 'title' ต้องไม่เว้นว่าง" in text
    assert "cannot be used" not in text and "is missing" not in text


@pytest.mark.parametrize(
    ("content", "thai"),
    [
        (b"\xff\xfe{", "ไม่ใช่ข้อความแบบ UTF-8"),
        (b'{"format": ', "ไม่ใช่ JSON ที่ถูกต้อง"),
        (b'{"format": "ita-desktop-roster"}', "ไม่ใช่กรอบการประเมินของ ITA Desktop"),
        (b'{"format": "ita-desktop-catalog", "format_version": 7}', "รุ่นที่ใหม่กว่า"),
    ],
)
def test_thai_window_says_why_a_file_is_not_a_framework(
    tab, monkeypatch, answer, tmp_path, content, thai
):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    install_translators(QApplication.instance(), "th")
    import_file(tab, monkeypatch, bad)
    kind, text = answer.messages[-1]
    assert kind == "warning" and thai in text and str(bad) in text
    assert "the file" not in text


def test_a_file_that_cannot_be_opened_is_refused_not_crashed(
    tab, monkeypatch, answer, tmp_path, db
):
    import_file(tab, monkeypatch, tmp_path / "gone.json")
    kind, text = answer.messages[-1]
    assert kind == "warning" and "Nothing was imported" in text and "cannot be read" in text
    assert FrameworkRepository(db).years() == [2568]
