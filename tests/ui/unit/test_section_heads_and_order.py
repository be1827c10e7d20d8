"""The unit tab: the roster in official order by default, section heads chosen in the profile,
and the date the documents' data is as of."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from ita_desktop.domain.roster import Person
from ita_desktop.services import roster as roster_service
from ita_desktop.store.unit import UnitRepository
from ita_desktop.ui.unit.tab import UnitTab

DEPUTY_POSITION = "รองผู้กำกับการตรวจคนเข้าเมืองจังหวัดศรีวารินทร์"


@pytest.fixture
def tab(qtbot, demo_db, tab_context):
    # The demo unit has confirmed its heads; these tests start from a unit that has not.
    units = UnitRepository(demo_db)
    units.save(replace(units.get(), section_heads=()))
    widget = UnitTab(tab_context(demo_db))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _names(tab: UnitTab) -> list[str]:
    proxy = tab.roster.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def _click_heading(qtbot, tab: UnitTab, column: int) -> None:
    header = tab.roster.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_the_roster_opens_in_official_order_and_a_third_click_returns_to_it(tab, qtbot):
    db = tab.roster._people.db
    # Entered last, a deputy superintendent of the administration stands second.
    roster_service.save_person(db, Person("pol_lt_col", "มาใหม่", "ภายหลัง",
                                          position=DEPUTY_POSITION,
                                          section_key="administration"))
    tab.roster.reload()
    official = _names(tab)
    assert official[:8] == ["พ.ต.อ.ธีรวัฒน์ แสงอรุณ", "พ.ต.ท.กิตติพงษ์ ศรีสว่าง",
                            "พ.ต.ท.มาใหม่ ภายหลัง", "พ.ต.ท.หญิง อรุณี ทองประเสริฐ",
                            "ร.ต.อ.หญิง พิมพ์ชนก วงศ์ใหญ่", "ด.ต.หญิง สุภาพร มีสุข",
                            "น.ส.กนกวรรณ ใจงาม", "พ.ต.ต.ชัยวัฒน์ บุญเรือง"]
    assert "บุญชู" not in " ".join(official), "people who left are hidden by default"
    _click_heading(qtbot, tab, 2)
    by_section = _names(tab)
    assert by_section != official and len(by_section) == len(official)
    _click_heading(qtbot, tab, 2)
    _click_heading(qtbot, tab, 2)
    assert _names(tab) == official


def test_each_section_offers_its_people_and_suggests_a_head_other_than_the_commander(tab):
    combos = tab.form.head_combos
    assert list(combos) == ["administration", "investigation_suppression",
                            "foreigner_services", "person_vehicle_inspection",
                            "exclusion_deportation"]
    administration = combos["administration"]
    assert administration.currentIndex() == 0 and administration.currentData() is None
    assert administration.itemText(0) == "Not confirmed (suggested: พ.ต.ท.กิตติพงษ์ ศรีสว่าง)"
    offered = [administration.itemText(i) for i in range(1, administration.count())]
    assert offered[0].startswith("พ.ต.อ.ธีรวัฒน์") and len(offered) == 6
    assert combos["exclusion_deportation"].itemText(0) == \
        "Not confirmed (nobody serves in this section)"
    assert not tab.form.heads_warning.isVisible()


def test_a_chosen_head_is_saved_and_a_head_who_leaves_is_warned_about(tab, answer):
    form = tab.form
    db = tab.roster._people.db
    combo = form.head_combos["administration"]
    combo.setCurrentIndex(next(i for i in range(1, combo.count())
                               if "อรุณี" in combo.itemText(i)))
    assert form.dirty and form.save()
    chosen = UnitRepository(db).get().heads["administration"]
    assert form.head_combos["administration"].currentData() == chosen

    tab.roster.select(chosen)
    tab.roster.toggle_left()
    assert form.heads_warning.isVisible()
    assert form.heads_warning.text() == ("งานอำนวยการ: the recorded head, พ.ต.ท.หญิง อรุณี "
                                         "ทองประเสริฐ, has left the unit. Choose the section's "
                                         "head again.")
    assert form.head_combos["administration"].currentData() is None
    # Saving something else keeps the warning: nobody was chosen in her place.
    form.phone.setText("0 4200 2222")
    assert form.save() and form.heads_warning.isVisible()
    assert UnitRepository(db).get().heads == {"administration": chosen}

    combo = form.head_combos["administration"]
    # The first entry names the suggestion too; the people follow it.
    combo.setCurrentIndex(next(i for i in range(1, combo.count())
                               if "กิตติพงษ์" in combo.itemText(i)))
    assert form.save() and not form.heads_warning.isVisible()
    assert UnitRepository(db).get().heads["administration"] != chosen


def test_the_form_shows_the_date_the_documents_print(tab):
    with tab.roster._people.db.transaction():
        tab.roster._people.db.execute("UPDATE unit SET data_changed_on = '2024-05-01'")
        tab.roster._people.db.execute("UPDATE people SET data_changed_on = '2024-05-01'")
    tab.form.load()
    assert tab.form.as_of.text() == "๑ พฤษภาคม ๒๕๖๗"
    tab.form.phone.setText("0 4200 3333")
    assert tab.form.save()
    assert tab.form.as_of.text().endswith(str(date.today().year + 543).translate(
        str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")))


def test_in_thai_the_suggestion_and_warning_are_thai(tab, thai, qtbot, demo_db, tab_context):
    widget = UnitTab(tab_context(demo_db))
    qtbot.addWidget(widget)
    assert widget.form.head_combos["administration"].itemText(0) == \
        "ยังไม่ยืนยัน (เสนอ: พ.ต.ท.กิตติพงษ์ ศรีสว่าง)"
    assert widget.form.heads_box.title() == "หัวหน้าสายงาน"
