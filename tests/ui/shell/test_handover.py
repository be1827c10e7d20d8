"""File › Export/Import hand-over bundle…: the bundle is written and read in the job runner,
the import becomes a new database, and the window opens it only when the secretary says so."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ita_desktop.domain.progress import Cancelled
from ita_desktop.services.bundle import export_bundle
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.common.jobs import JobRunner
from ita_desktop.ui.shell.handover import BundleJobDialog, HandOver
from ita_desktop.ui.shell.main_window import MainWindow
from ita_desktop.ui.shell.translation import install_translators
from tests.ui.conventions import problems


@pytest.fixture
def window(qtbot, demo_db):
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    yield win
    install_translators(QApplication.instance(), "en")


def _choose(monkeypatch, open_name: Path | None = None, save_name: Path | None = None) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(open_name or ""), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(save_name or ""), "")))


def _menu_texts(window: MainWindow) -> list[str]:
    file_menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in file_menu.actions()]


def test_export_writes_the_bundle_of_the_open_database(window, monkeypatch, answer, tmp_path):
    target = tmp_path / "handover"  # the .zip is added
    _choose(monkeypatch, save_name=target)
    window.export_handover()
    written = tmp_path / "handover.zip"
    with zipfile.ZipFile(written) as zf:
        assert sorted(zf.namelist()) == ["README.txt", "database.sqlite", "manifest.json"]
    assert answer.messages[-1][0] == "information"
    assert "๒๑ people" in answer.messages[-1][1] and str(written) in answer.messages[-1][1]


def test_export_asks_before_replacing_a_file(window, monkeypatch, answer, tmp_path):
    target = tmp_path / "unit.zip"
    target.write_bytes(b"last year's bundle")
    _choose(monkeypatch, save_name=target)
    answer.reply(QMessageBox.StandardButton.No)
    window.export_handover()
    assert target.read_bytes() == b"last year's bundle"
    assert [kind for kind, _ in answer.messages] == ["question"]


def test_import_makes_a_new_database_and_opens_it_when_asked(window, monkeypatch, answer,
                                                             demo_db, tmp_path):
    bundle = export_bundle(demo_db.path, tmp_path / "unit.zip").path
    before = demo_db.path.read_bytes()
    target = tmp_path / "received" / "new.sqlite"
    target.parent.mkdir()
    _choose(monkeypatch, open_name=bundle, save_name=target)
    answer.reply(QMessageBox.StandardButton.No)
    window.import_handover()
    assert target.exists()
    kind, text = answer.messages[-1]
    assert kind == "question" and "ศรีวารินทร์, ๒๑ people" in text and str(target) in text
    assert window.db.path == demo_db.path  # "No": the open database stays open
    target.unlink()
    answer.reply(QMessageBox.StandardButton.Yes)
    window.import_handover()
    assert window.db.path == target
    assert len(PeopleRepository(window.db).all()) == 21
    assert "new.sqlite" in window.windowTitle()
    # The database that was open is as it was: nothing was merged into it.
    assert demo_db.path.read_bytes() == before


def test_a_refused_bundle_is_said_and_nothing_is_written(window, monkeypatch, answer,
                                                         tmp_path, demo_db):
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../database.sqlite", b"x")
    target = tmp_path / "new.sqlite"
    _choose(monkeypatch, open_name=evil, save_name=target)
    window.import_handover()
    assert answer.messages == [("warning", answer.messages[0][1])]
    assert "'../database.sqlite'" in answer.messages[0][1]
    assert "outside the import folder" in answer.messages[0][1]
    assert not target.exists() and window.db.path == demo_db.path


def test_the_open_database_is_never_the_import_target(window, monkeypatch, answer, tmp_path,
                                                      demo_db):
    bundle = export_bundle(demo_db.path, tmp_path / "unit.zip").path
    before = PeopleRepository(demo_db).all()
    _choose(monkeypatch, open_name=bundle, save_name=demo_db.path)
    window.import_handover()
    assert [kind for kind, _ in answer.messages] == ["warning"]
    assert "open now" in answer.messages[0][1]
    assert PeopleRepository(window.db).all() == before


def test_the_refusal_and_the_menu_are_in_thai(qtbot, thai, demo_db, monkeypatch, answer,
                                              tmp_path):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    assert "ส่งออกชุดส่งมอบงาน… (&H)" in _menu_texts(window)
    assert "นำเข้าชุดส่งมอบงาน… (&I)" in _menu_texts(window)
    fake = tmp_path / "unit.zip"
    fake.write_text("not a zip")
    _choose(monkeypatch, open_name=fake, save_name=tmp_path / "new.sqlite")
    window.import_handover()
    kind, text = answer.messages[-1]
    assert kind == "warning" and "ไม่มีข้อมูลใดถูกนำเข้า" in text


def _until_cancelled(progress, cancelled):  # type: ignore[no-untyped-def]
    done = 0
    while True:
        done += 1
        progress(done % 100, 100)
        if cancelled():
            raise Cancelled


def test_cancel_waits_for_the_job_to_stop(qtbot, laptop_screen):
    runner = JobRunner()
    dialog = BundleJobDialog("Import hand-over bundle", "Checking unit.zip…", _until_cancelled,
                             runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.bar.maximum() > 0)
    assert problems(dialog) == []
    dialog.reject()  # Cancel, Esc or the window's close button
    assert dialog.isVisible() and dialog.text.text() == "Cancelling…"
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not dialog.busy and dialog.outcome is None and dialog.error is None
    runner.wait()


@pytest.mark.parametrize("total", [200_000, 6 << 30])
def test_the_bar_shows_how_far_the_work_is(qtbot, total):
    dialog = BundleJobDialog("Export", "Writing…", lambda progress, cancelled: None,
                             JobRunner())
    qtbot.addWidget(dialog)
    dialog._progressed(total // 4, total, "")
    assert dialog.bar.value() / dialog.bar.maximum() == pytest.approx(0.25, abs=0.01)


def test_the_question_writes_numbers_and_the_day_as_the_window_does(
        qtbot, thai, demo_db, monkeypatch, answer, tmp_path):
    """The demo unit writes Thai digits: the question says ๒๑ นาย and a Thai date."""
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    bundle = export_bundle(demo_db.path, tmp_path / "unit.zip").path
    _choose(monkeypatch, open_name=bundle, save_name=tmp_path / "new.sqlite")
    answer.reply(QMessageBox.StandardButton.No)
    got = HandOver(window).import_()
    assert got is not None
    from datetime import datetime

    from ita_desktop.domain.digits import DigitStyle
    from ita_desktop.domain.thai_dates import DateForm, format_thai_date

    made_on = format_thai_date(datetime.fromisoformat(got.created).date(), DateForm.ABBR,
                               DigitStyle.THAI)
    kind, text = answer.messages[-1]
    assert kind == "question" and "กำลังพล ๒๑ นาย" in text and made_on in text
