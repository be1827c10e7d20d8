"""Section heads: the recorded head when they still serve there, else a marked suggestion."""

from __future__ import annotations

from dataclasses import replace

from ita_desktop.domain.roster import Person
from ita_desktop.domain.section_heads import HeadStatus, resolve_section_heads, suggest_head
from ita_desktop.domain.units import UnitKind

KIND = UnitKind.PROVINCIAL_IMMIGRATION
COMMANDER = Person("pol_col", "ผู้", "กำกับ", position="ผู้กำกับการ",
                   section_key="administration", id=1)
DEPUTY = Person("pol_lt_col", "รอง", "ผู้กำกับ", position="รองผู้กำกับการ",
                section_key="administration", id=2)
INSPECTOR = Person("pol_lt_col", "สาร", "วัตร", female=True, position="สารวัตร",
                   section_key="administration", id=3)
INVESTIGATOR = Person("pol_maj", "สืบ", "สวน", position="สารวัตร",
                      section_key="investigation_suppression", id=4)
PEOPLE = [INSPECTOR, COMMANDER, INVESTIGATOR, DEPUTY]


def _by_key(heads):
    return {h.section.key: h for h in heads}


def test_the_commander_is_never_suggested_unless_alone_in_the_section():
    heads = _by_key(resolve_section_heads(KIND, PEOPLE, {}, commander_id=1))
    administration = heads["administration"]
    assert administration.status is HeadStatus.SUGGESTED and not administration.confirmed
    assert administration.head == DEPUTY
    assert [p.id for p in administration.members] == [1, 2, 3]
    assert heads["investigation_suppression"].head == INVESTIGATOR
    assert heads["foreigner_services"].head is None and heads["foreigner_services"].members == ()
    assert suggest_head([COMMANDER], commander_id=1) == COMMANDER
    assert suggest_head([], commander_id=1) is None


def test_a_recorded_head_serving_in_the_section_is_confirmed():
    heads = _by_key(resolve_section_heads(KIND, PEOPLE, {"administration": 3}, commander_id=1))
    assert heads["administration"].status is HeadStatus.CONFIRMED
    assert heads["administration"].head == INSPECTOR
    assert heads["investigation_suppression"].status is HeadStatus.SUGGESTED


def test_a_recorded_head_who_left_or_moved_is_not_printed_but_named_for_the_window():
    left = [replace(INSPECTOR, active=False), COMMANDER, INVESTIGATOR, DEPUTY]
    head = _by_key(resolve_section_heads(KIND, left, {"administration": 3}, 1))["administration"]
    assert head.status is HeadStatus.LEFT and head.stale
    assert head.head == DEPUTY and head.recorded.first_name == "สาร"

    gone = _by_key(resolve_section_heads(KIND, [COMMANDER, DEPUTY], {"administration": 3}, 1))
    assert gone["administration"].status is HeadStatus.LEFT
    assert gone["administration"].recorded is None and gone["administration"].recorded_id == 3

    moved = [replace(INSPECTOR, section_key="foreigner_services"), COMMANDER, DEPUTY]
    heads = _by_key(resolve_section_heads(KIND, moved, {"administration": 3}, 1))
    assert heads["administration"].status is HeadStatus.MOVED
    assert heads["administration"].head == DEPUTY
    assert heads["administration"].recorded.section_key == "foreigner_services"
    # In the section they moved to they are only a suggestion until chosen there.
    assert heads["foreigner_services"].status is HeadStatus.SUGGESTED
