"""The meeting editor's photos: imported on the meeting, shown with a measure that reports on
it, deleted with undo."""

from __future__ import annotations

from ita_desktop.domain.evidence import Area, Measure
from ita_desktop.services import evidence as evidence_service
from ita_desktop.services import meetings as meetings_service
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.calendar.meeting_editor import MeetingEditor
from tests.ui.evidence.photos import jpegs, not_a_picture

YEAR = 2568


def test_photos_imported_on_a_meeting_belong_to_it_and_to_its_measure(
        qtbot, tab_context, demo_db, tmp_path, answer):
    meeting = meetings_service.meetings_of_year(demo_db, YEAR)[-1]
    assert meeting.id is not None
    before = len(evidence_service.evidence_year(demo_db, YEAR).meeting_photos(meeting.id))
    editor = MeetingEditor(context=tab_context(demo_db, YEAR))
    qtbot.addWidget(editor)
    editor.resize(1000, 640)
    editor.load(meeting, PeopleRepository(demo_db).all())
    editor.show()
    panel = editor.photos
    assert panel is not None
    editor.pages.setCurrentWidget(panel)
    assert panel.grid.model.rowCount() == before
    panel.grid.import_files([*jpegs(tmp_path, 2), not_a_picture(tmp_path / "agenda.png")])
    qtbot.waitUntil(lambda: not panel.grid.importing, timeout=20000)
    assert panel.grid.model.rowCount() == before + 2
    assert "agenda.png" in answer.messages[-1][1]
    year = evidence_service.evidence_year(demo_db, YEAR)
    added = [p for p in year.meeting_photos(meeting.id) if p.name.startswith("photo")]
    assert len(added) == 2 and all(p.measure_id is None for p in added)
    # The photos are not part of the meeting's own unsaved changes.
    assert not editor.is_dirty()

    measure = evidence_service.save_measure(demo_db, Measure(
        fiscal_year=YEAR, area=Area.OIT, title="ประชุมติดตาม", meeting_id=meeting.id))
    year = evidence_service.evidence_year(demo_db, YEAR)
    assert {p.id for p in added} <= {p.id for p in year.photos_of(measure)}

    rows = [panel.grid.model.row_of(p.id) for p in added if p.id is not None]
    for row in rows:
        panel.grid.view.selectionModel().select(panel.grid.model.index(row),
                                                panel.grid.view.selectionModel().SelectionFlag.Select)
    panel.grid.delete_selected()
    assert panel.grid.model.rowCount() == before
    panel.grid.undo()
    assert panel.grid.model.rowCount() == before + 2


def test_a_meeting_not_yet_saved_says_to_save_it_first(qtbot, tab_context, demo_db):
    from dataclasses import replace

    meeting = replace(meetings_service.meetings_of_year(demo_db, YEAR)[0], id=None,
                      version=None)
    editor = MeetingEditor(context=tab_context(demo_db, YEAR))
    qtbot.addWidget(editor)
    editor.load(meeting, PeopleRepository(demo_db).all())
    assert editor.photos is not None
    editor.pages.setCurrentWidget(editor.photos)
    assert "Save the meeting first" in editor.photos.note.text()
    assert not editor.photos.grid.import_button.isEnabled()


def test_a_measures_photo_attached_to_the_meeting_is_marked_as_the_measures(
        qtbot, tab_context, demo_db):
    # On the meeting's page the marked photos are a measure's, not "[meeting]" ones.
    meeting = meetings_service.meetings_of_year(demo_db, YEAR)[-1]
    editor = MeetingEditor(context=tab_context(demo_db, YEAR, english=True))
    qtbot.addWidget(editor)
    editor.load(meeting, PeopleRepository(demo_db).all())
    assert editor.photos is not None
    assert editor.photos.grid.view.itemDelegate()._mark() == "[measure]"
