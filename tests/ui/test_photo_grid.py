"""The photo grid on its own: thumbnails read only for the cells painted, reordering by
dragging through the model's mime data, and the full-size viewer."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.evidence import Area, Measure, Photo
from ita_desktop.services import evidence as evidence_service
from ita_desktop.ui.common.photo_grid import GridTarget, PhotoGrid
from ita_desktop.ui.common.photo_model import PhotoModel
from ita_desktop.ui.common.photo_viewer import PhotoViewer
from tests.ui.evidence.photos import jpegs

YEAR = 2569


@pytest.fixture
def filled(demo_db, tmp_path):
    """A measure holding 60 photos, in file order."""
    measure = evidence_service.save_measure(demo_db, Measure(
        fiscal_year=YEAR, area=Area.SERVICE, title="จุดบริการ"))
    outcome = evidence_service.import_photos(demo_db, YEAR, jpegs(tmp_path, 60),
                                             measure_id=measure.id)
    assert len(outcome.added) == 60
    return measure


def _grid(qtbot, tab_context, db, measure: Measure, size=(420, 260)) -> PhotoGrid:  # type: ignore[no-untyped-def]
    grid = PhotoGrid(tab_context(db, YEAR))
    qtbot.addWidget(grid)
    photos = evidence_service.evidence_year(db, YEAR).own_photos(measure.id)
    grid.load(GridTarget(YEAR, measure_id=measure.id), photos)
    grid.resize(*size)
    return grid


def test_thumbnails_are_read_only_for_the_cells_painted(qtbot, tab_context, demo_db, filled,
                                                       monkeypatch):
    read: list[int] = []
    real = evidence_service.photo_thumbnail
    monkeypatch.setattr(evidence_service, "photo_thumbnail",
                        lambda db, photo_id: read.append(photo_id) or real(db, photo_id))
    grid = _grid(qtbot, tab_context, demo_db, filled)
    assert read == []  # loading the grid reads no picture
    grid.show()
    qtbot.waitExposed(grid)
    qtbot.waitUntil(lambda: len(read) > 0)
    QApplication.processEvents()
    first = len(read)
    assert 0 < first < 20
    grid.view.scrollToBottom()
    grid.view.viewport().repaint()
    QApplication.processEvents()
    assert len(read) > first
    assert grid.model.photo(59).id in read
    assert len(read) < 60


def test_dragging_a_thumbnail_reorders_the_stored_photos(qtbot, tab_context, demo_db, filled):
    grid = _grid(qtbot, tab_context, demo_db, filled)
    model = grid.model
    names = [p.name for p in model.photos()]
    mime = model.mimeData([model.index(2), model.index(3)])
    with qtbot.waitSignal(grid.changed):
        model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    stored = evidence_service.evidence_year(demo_db, YEAR).own_photos(filled.id)
    assert [p.name for p in stored][:5] == [names[2], names[3], names[0], names[1], names[4]]


def _photo(photo_id: int, **kwargs: object) -> Photo:
    return Photo(fiscal_year=YEAR, sha256=f"{photo_id:064x}", thumb_sha256="", width=10,
                 height=10, source_sha256=f"s{photo_id}", name=f"{photo_id}.jpg", id=photo_id,
                 **kwargs)  # type: ignore[arg-type]


def test_a_drop_orders_only_the_grids_own_photos():
    model = PhotoModel(lambda photo_id: b"", lambda path: True)
    model.set_photos([_photo(1), _photo(2), _photo(3), _photo(9), _photo(4)], marked=[9])
    assert model.order_after_drop([4], 1) == [1, 4, 2, 3]
    assert model.order_after_drop([1, 2], 5) == [3, 4, 1, 2]
    assert model.order_after_drop([9, 3], 0) == [3, 1, 2, 4]  # the meeting's photo stays put


def test_the_viewer_goes_to_the_next_and_previous_photo_and_keeps_a_caption(
        qtbot, demo_db, filled):
    photos = evidence_service.evidence_year(demo_db, YEAR).own_photos(filled.id)[:3]
    pictures: list[int] = []

    def picture(photo_id: int) -> bytes:
        pictures.append(photo_id)
        return evidence_service.photo_picture(demo_db, photo_id)

    def save(photo: Photo, caption: str, taken: datetime | None) -> Photo:
        assert photo.id is not None
        return evidence_service.set_caption(demo_db, photo.id, caption)

    viewer = PhotoViewer(photos, 0, picture, save, DigitStyle.ARABIC)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    assert viewer.picture.pixmap() is not None and not viewer.picture.pixmap().isNull()
    qtbot.keyClick(viewer.picture, Qt.Key.Key_Right)
    assert viewer.row == 1 and pictures == [photos[0].id, photos[1].id]
    assert "2 of 3" in viewer.where.text()
    viewer.caption.setText("จุดบริการ One Stop Service")
    qtbot.keyClick(viewer.picture, Qt.Key.Key_Left)
    assert viewer.row == 0
    qtbot.keyClick(viewer.picture, Qt.Key.Key_Left)
    assert viewer.row == 0  # the first photo has none before it
    stored = evidence_service.evidence_year(demo_db, YEAR).own_photos(filled.id)
    assert stored[1].caption == "จุดบริการ One Stop Service"
    viewer.caption.setText("ป้าย")
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()
    assert evidence_service.evidence_year(demo_db, YEAR).own_photos(filled.id)[0].caption \
        == "ป้าย"


def test_the_viewer_stores_the_date_taken_typed(qtbot, demo_db, filled):
    photos = evidence_service.evidence_year(demo_db, YEAR).own_photos(filled.id)[:2]

    def save(photo: Photo, caption: str, taken: datetime | None) -> Photo:
        assert photo.id is not None
        return evidence_service.set_taken(demo_db, photo.id, taken)

    viewer = PhotoViewer(photos, 0, lambda i: evidence_service.photo_picture(demo_db, i), save,
                         DigitStyle.THAI)
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.taken.edit.setText("5 ม.ค. 2569")
    viewer.taken_time.setTime(viewer.taken_time.time().fromString("09.15", "HH.mm"))
    viewer.show_next()
    viewer.taken.edit.setText("31 ก.พ. 2569")  # no such day: the viewer stays, saying why
    viewer.reject()
    assert viewer.isVisible() and viewer.errors.isVisible()
    viewer.taken.edit.setText("")
    viewer.reject()
    assert not viewer.isVisible()
    stored = evidence_service.evidence_year(demo_db, YEAR).own_photos(filled.id)
    assert stored[0].taken == datetime(2026, 1, 5, 9, 15)
    assert stored[1].taken is None


def test_save_a_copy_writes_the_stored_picture(qtbot, tab_context, demo_db, filled, tmp_path,
                                               monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    grid = _grid(qtbot, tab_context, demo_db, filled)
    grid.view.setCurrentIndex(grid.model.index(0))
    target = tmp_path / "copy.jpg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    grid.save_copy()
    photo = grid.model.photo(0)
    assert photo is not None and photo.id is not None
    assert target.read_bytes() == evidence_service.photo_picture(demo_db, photo.id)


def test_a_cancelled_import_stores_nothing(qtbot, tab_context, demo_db, filled, tmp_path):
    grid = _grid(qtbot, tab_context, demo_db, filled)
    more = tmp_path / "more"
    more.mkdir()
    job = grid.import_files(jpegs(more, 20, start=100))
    assert job is not None and grid.cancel_button.isVisibleTo(grid)
    grid.cancel_import()
    qtbot.waitUntil(lambda: not grid.importing, timeout=20000)
    assert len(evidence_service.evidence_year(demo_db, YEAR).own_photos(filled.id)) == 60
    assert grid.import_button.isEnabled() and not grid.progress.isVisibleTo(grid)


def test_a_photo_dated_without_a_time_shows_its_day_only():
    from datetime import datetime

    from ita_desktop.domain.digits import DigitStyle
    from ita_desktop.domain.evidence import Photo
    from ita_desktop.ui.common.photo_model import taken_text

    def photo(taken: datetime) -> Photo:
        return Photo(fiscal_year=2569, sha256="a", thumb_sha256="b", width=1, height=1,
                     source_sha256="c", name="p.jpg", taken=taken)

    assert taken_text(photo(datetime(2024, 1, 5)), DigitStyle.THAI) == "๕ ม.ค. ๒๕๖๗"
    assert taken_text(photo(datetime(2024, 1, 5, 9, 30)), DigitStyle.THAI) == \
        "๕ ม.ค. ๒๕๖๗ ๐๙:๓๐"


def test_the_import_dialog_opens_in_the_last_folder_photos_came_from(
        qtbot, tab_context, demo_db, filled, tmp_path, monkeypatch):
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from ita_desktop.ui.common import photo_grid

    monkeypatch.setattr(photo_grid, "_LAST_FOLDER", [])
    grid = _grid(qtbot, tab_context, demo_db, filled)
    phone = tmp_path / "DCIM"
    phone.mkdir()
    asked: list[str] = []
    imported: list[list[Path]] = []

    def dialog(parent, title, folder, patterns):  # type: ignore[no-untyped-def]
        asked.append(folder)
        return [str(phone / "IMG_0001.JPG")], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(dialog))
    monkeypatch.setattr(grid, "import_files", lambda paths: imported.append(list(paths)))
    grid.choose_files()
    grid.choose_files()
    # Not the folder the program was started from; then where the last photos came from.
    assert asked[0] != str(Path.cwd())
    assert asked[1] == str(phone)
    assert imported == [[phone / "IMG_0001.JPG"]] * 2
    # Cameras write IMG_0001.JPG: the dialog's filter offers the capitals too (Linux).
    assert "*.JPG" in photo_grid.PHOTO_PATTERNS and "*.HEIC" in photo_grid.PHOTO_PATTERNS
