"""The unit's assessment calendar: numbering, the rules a phase keeps, the cells the table
prints, and the copy of the catalog a year starts with."""

from __future__ import annotations

from datetime import date

from ita_desktop.domain.calendar import (
    Duty,
    Phase,
    PhaseGroup,
    Responsible,
    UnitCalendar,
    WhoKind,
    calendar_problems,
    from_catalog,
    numbered,
    period_text,
    responsible_lines,
    responsible_text,
)
from ita_desktop.domain.committee import PersonFacts
from ita_desktop.domain.digits import DigitStyle
from ita_desktop.exchange.framework_file import load_bundled_catalog

NAMES = {1: "พ.ต.ท.หญิง สุดา ใจดี", 2: "ร.ต.อ.หญิง มาลี ศรีสุข", 3: "ร.ต.อ.สมชาย กล้าหาญ"}
SECTIONS = {"admin": "งานอำนวยการ"}


def _phase(**changes: object) -> Phase:
    values: dict[str, object] = {
        "group": PhaseGroup.ASSESSMENT, "start": date(2024, 1, 1), "end": date(2024, 7, 1),
        "step": "การเก็บข้อมูล IIT",
    }
    values.update(changes)
    return Phase(**values)  # type: ignore[arg-type]


def _codes(calendar: UnitCalendar, people: dict[int, PersonFacts] | None = None) -> list[str]:
    return [p.code for p in calendar_problems(calendar, people or {})]


def test_numbers_restart_in_each_group_in_group_order() -> None:
    phases = (
        _phase(step="a"),
        _phase(group=PhaseGroup.RESULTS, step="r"),
        _phase(group=PhaseGroup.PREPARATION, step="p"),
        _phase(step="b"),
    )
    assert [(g.value, n, p.step) for g, n, p in numbered(phases)] == [
        ("preparation", 1, "p"), ("assessment", 1, "a"), ("assessment", 2, "b"),
        ("results", 1, "r"),
    ]


def test_a_sound_calendar_has_no_problems() -> None:
    calendar = UnitCalendar(2567, (_phase(responsible=(
        Responsible(Duty.CONTROLLER, WhoKind.PERSON, person_id=1),)),))
    assert _codes(calendar, {1: PersonFacts(NAMES[1])}) == []


def test_each_broken_rule_is_named_with_the_phase() -> None:
    calendar = UnitCalendar(2567, (
        _phase(step=" "),
        _phase(start=date(2024, 3, 1), end=date(2024, 2, 1)),
        _phase(end=date(2025, 6, 1)),
        _phase(responsible=(Responsible(Duty.PRACTITIONER, WhoKind.WORDS, text="  "),)),
    ))
    problems = calendar_problems(calendar, {})
    assert [p.code for p in problems] == [
        "calendar.no_step", "calendar.end_before_start", "calendar.outside_year",
        "calendar.who_empty",
    ]
    assert (problems[1].values["number"], problems[1].values["group"]) == (
        2, "ช่วงดำเนินการประเมิน")
    assert problems[2].values["year"] == 2567


def test_the_catalogs_reach_and_a_quarters_margin_are_allowed() -> None:
    # Preparation in September before the year and publishing in December after it.
    calendar = UnitCalendar(2567, (
        _phase(start=date(2023, 9, 1), end=date(2023, 12, 31)),
        _phase(start=date(2024, 10, 1), end=date(2024, 12, 31)),
    ))
    assert _codes(calendar) == []
    assert _codes(UnitCalendar(2567, (_phase(start=date(2023, 6, 1)),))) == [
        "calendar.outside_year"]


def test_every_bundled_calendar_keeps_the_rules() -> None:
    for framework, year in (("immigration", 2567), ("immigration", 2568), ("police", 2568)):
        catalog = load_bundled_catalog(framework, year)
        assert _codes(from_catalog(year, catalog.calendar)) == [], (framework, year)


def test_a_person_removed_or_gone_before_the_phase_ends_is_refused() -> None:
    who = (Responsible(Duty.CONTROLLER, WhoKind.PERSON, person_id=1),
           Responsible(Duty.COLLECTOR, WhoKind.PERSON, person_id=9))
    calendar = UnitCalendar(2567, (_phase(responsible=who),))
    left_during = {1: PersonFacts(NAMES[1], left_on=date(2024, 3, 1), active=False)}
    assert _codes(calendar, left_during) == ["calendar.has_left", "calendar.not_in_roster"]
    left_after = {1: PersonFacts(NAMES[1], left_on=date(2024, 9, 1), active=False),
                  9: PersonFacts("x")}
    assert _codes(calendar, left_after) == []


def test_an_empty_calendar_is_refused() -> None:
    assert _codes(UnitCalendar(2567, ())) == ["calendar.no_phases"]


def test_the_responsible_column_reads_as_seed_002() -> None:
    who = (
        Responsible(Duty.CONTROLLER, WhoKind.PERSON, person_id=1),
        Responsible(Duty.COLLECTOR, WhoKind.PERSON, person_id=2),
        Responsible(Duty.PRACTITIONER, WhoKind.WORDS, text="ข้าราชการตำรวจในสังกัด"),
    )
    assert responsible_text(who, NAMES.__getitem__, SECTIONS.__getitem__) == (
        "ผู้ควบคุม พ.ต.ท.หญิง สุดา ใจดี ผู้รวบรวมข้อมูล ร.ต.อ.หญิง มาลี ศรีสุข "
        "ผู้ปฏิบัติ ข้าราชการตำรวจในสังกัด")


def test_a_label_is_printed_once_for_a_run_and_may_be_a_section_or_own_words() -> None:
    who = (
        Responsible(Duty.CONTROLLER, WhoKind.PERSON, person_id=1),
        Responsible(Duty.COLLECTOR, WhoKind.PERSON, person_id=2, label="งานอำนวยการ"),
        Responsible(Duty.COLLECTOR, WhoKind.PERSON, person_id=3, label="งานอำนวยการ"),
        Responsible(Duty.COLLECTOR, WhoKind.PERSON, person_id=1, label="ผู้ดูแลระบบ"),
        Responsible(Duty.PRACTITIONER, WhoKind.SECTION, section_key="admin"),
        Responsible(Duty.UNLABELLED, WhoKind.WORDS, text="หน่วยประเมิน"),
    )
    assert responsible_lines(who, NAMES.__getitem__, SECTIONS.__getitem__) == [
        "ผู้ควบคุม พ.ต.ท.หญิง สุดา ใจดี",
        "งานอำนวยการ ร.ต.อ.หญิง มาลี ศรีสุข ร.ต.อ.สมชาย กล้าหาญ",
        "ผู้ดูแลระบบ พ.ต.ท.หญิง สุดา ใจดี",
        "ผู้ปฏิบัติ งานอำนวยการ",
        "หน่วยประเมิน",
    ]


def test_periods_are_written_as_seed_002_writes_them() -> None:
    assert period_text(_phase(start=date(2023, 10, 1), end=date(2023, 12, 31))) == (
        "๑ ต.ค. ๒๕๖๖ ถึง ๓๑ ธ.ค. ๒๕๖๖")
    assert period_text(_phase(start=date(2024, 1, 1), end=date(2024, 1, 31))) == (
        "๑ - ๓๑ ม.ค. ๒๕๖๗")
    assert period_text(_phase(start=date(2024, 1, 1), end=date(2024, 7, 1)),
                       DigitStyle.ARABIC) == "1 ม.ค. 2567 ถึง 1 ก.ค. 2567"
    assert period_text(_phase(period_text="เดือน ส.ค. 2567")) == "เดือน ส.ค. ๒๕๖๗"


def test_a_year_starts_as_the_catalogs_phases_with_their_role_words() -> None:
    catalog = load_bundled_catalog("immigration", 2568)
    calendar = from_catalog(2568, catalog.calendar)
    assert len(calendar.phases) == 14 and calendar.version is None
    first = calendar.phases[0]
    assert first.group is PhaseGroup.PREPARATION
    assert first.step == catalog.calendar[0].title
    assert first.work == catalog.calendar[0].description
    assert first.responsible == (
        Responsible(Duty.UNLABELLED, WhoKind.WORDS, text=catalog.calendar[0].responsible),)
