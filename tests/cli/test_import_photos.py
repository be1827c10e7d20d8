"""``ita-desktop import photos``: progress per file, the skipped files each with its reason,
the exit status the outcome calls for, a measure named by label or title, and the year's
measures listed by ``export --list`` so that one can be named."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from ita_desktop.cli import main
from ita_desktop.domain.evidence import Area, Measure
from ita_desktop.services import evidence
from ita_desktop.store import open_database

FY = 2568


@pytest.fixture
def unit_file(tmp_path) -> Path:
    path = tmp_path / "unit.sqlite"
    db = open_database(path)
    try:
        for area, title in ((Area.SERVICE, "จุดบริการ One Stop Service"),
                            (Area.SERVICE, "ป้าย No Gift Policy"),
                            (Area.OIT, "การประชุมติดตามงาน")):
            evidence.save_measure(db, Measure(FY, area, title))
    finally:
        db.close()
    return path


def _jpeg(path: Path, shade: int) -> Path:
    Image.new("RGB", (300, 200), (shade, 90, 160)).save(path, "JPEG")
    return path


def _photos_of(path: Path, label: str) -> list[str]:
    db = open_database(path)
    try:
        year = evidence.evidence_year(db, FY)
        measure = year.find(label)
        assert measure is not None and measure.id is not None
        return [p.name for p in year.own_photos(measure.id)]
    finally:
        db.close()


def test_photos_are_imported_with_progress_and_each_bad_file_named(unit_file, tmp_path,
                                                                   capsys):
    good = [_jpeg(tmp_path / f"IMG_{n}.jpg", 40 * n) for n in range(2)]
    bad = tmp_path / "notes.jpg"
    bad.write_text("only words, no picture " * 10)
    assert main(["import", "photos", "--year", "2568", "--measure", "1.2", str(good[0]),
                 str(bad), str(good[1]), "--db", str(unit_file)]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert "[3/3]" in err and "IMG_0.jpg" in err and "notes.jpg" in err
    assert "Imported 2 of 3 photo(s) onto measure 1.2 ป้าย No Gift Policy of fiscal year " \
        "2568." in out
    assert "Skipped 1 file(s):\n  notes.jpg: " in out
    assert _photos_of(unit_file, "1.2") == ["IMG_0.jpg", "IMG_1.jpg"]


def test_a_measure_is_named_by_its_title_too_and_duplicates_alone_still_succeed(
        unit_file, tmp_path, capsys):
    photo = _jpeg(tmp_path / "IMG_1.jpg", 10)
    argv = ["import", "photos", "--year", "2568", "--measure", "การประชุมติดตามงาน",
            str(photo), "--db", str(unit_file)]
    assert main(argv) == 0
    capsys.readouterr()
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Imported 0 of 1" in out
    assert 'IMG_1.jpg: "IMG_1.jpg" was not imported: the same photo is already in measure ' \
        '3.1 "การประชุมติดตามงาน".' in out
    assert _photos_of(unit_file, "3.1") == ["IMG_1.jpg"]


def test_every_file_refused_exits_1_with_nothing_imported(unit_file, tmp_path, capsys):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    gif = tmp_path / "anim.gif"
    Image.new("RGB", (20, 20)).save(gif, "GIF")
    assert main(["import", "photos", "--year", "2568", "--measure", "1.1", str(empty),
                 str(gif), "--db", str(unit_file)]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Imported 0 of 2" in out
    assert "empty.jpg: " in out and "anim.gif: " in out and "GIF" in out
    assert _photos_of(unit_file, "1.1") == []


def test_a_measure_not_found_is_refused_listing_the_years_measures(unit_file, tmp_path,
                                                                  capsys):
    photo = _jpeg(tmp_path / "IMG_1.jpg", 10)
    assert main(["import", "photos", "--year", "2568", "--measure", "1.9", str(photo),
                 "--db", str(unit_file)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert 'Fiscal year 2568 has no measure "1.9"' in err
    assert "1.1 จุดบริการ One Stop Service; 1.2 ป้าย No Gift Policy; 3.1 การประชุมติดตามงาน" \
        in err and "Nothing was imported." in err
    assert main(["import", "photos", "--year", "2567", "--measure", "1.1", str(photo),
                 "--db", str(unit_file)]) == 1
    assert "Fiscal year 2567 has no integrity measures yet" in capsys.readouterr().err


def test_export_list_names_the_years_measures_for_import_photos(unit_file, capsys):
    before = unit_file.read_bytes()
    assert main(["export", "--list", "--year", "2568", "--db", str(unit_file)]) == 0
    out = capsys.readouterr().out
    listing = out.split("Measures of fiscal year 2568 (for import photos --measure):\n")[1]
    assert listing.splitlines() == ["1.1  จุดบริการ One Stop Service",
                                    "1.2  ป้าย No Gift Policy", "3.1  การประชุมติดตามงาน"]
    assert unit_file.read_bytes() == before  # listed read-only


def test_export_list_without_a_database_lists_the_reports_alone(tmp_path, capsys):
    assert main(["export", "--list", "--db", str(tmp_path / "none.sqlite")]) == 0
    out = capsys.readouterr().out
    assert "Measures of fiscal year" not in out and "fact-sheet" in out
    assert not (tmp_path / "none.sqlite").exists()


def test_export_list_on_an_older_file_leaves_it_as_it_was(tmp_path, capsys):
    from ita_desktop.store.database import connect
    from ita_desktop.store.migrations import MIGRATIONS, migrate

    path = tmp_path / "old.sqlite"
    old = connect(path)
    migrate(old, MIGRATIONS[:10])
    old.close()
    before = path.read_bytes()
    assert main(["export", "--list", "--db", str(path)]) == 0
    captured = capsys.readouterr()
    assert "Measures of fiscal year" not in captured.out and captured.err == ""
    assert path.read_bytes() == before
