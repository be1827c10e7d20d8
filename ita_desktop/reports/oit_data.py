"""The year's OIT assignments as the assignment table (ปฏิทินกิจกรรม ๒) and the minutes print
them, as plain JSON-ready values: ``reports/oit_assignments.py`` and the table inside the
minutes (``reports/meeting_minutes.py``) are built from these alone, so that a signed-off
version freezes them and the same values always give the same document.

Each item is written out here as the seeds print it: its code, its title with the deadline in
words (seed 002: "โครงสร้าง อัตรากำลัง และข้อมูลผู้บริหาร (ดำเนินการให้แล้วเสร็จภายใน ๒๙ ก.พ.
๒๕๖๗)"; seed 001: "รายงานผลทุกวันที่ 1 ของเดือนถัดไป"), its components and required formats
in words, the preparers grouped by their section when they come from more than one (seed
002's O6) and the controllers, each with the rank on the name ("ร.ต.อ.หญิง วลัยพร จงรักษ์").
Nobody assigned leaves the list empty: the document prints an empty cell, not a made-up dash.
Digits stay Arabic: the document's digit style is how it is written, not what it says.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ita_desktop.domain.committee import CommitteeOrder
from ita_desktop.domain.digits import DigitStyle, to_arabic_digits
from ita_desktop.domain.framework.model import Catalog, FormatGroups, OitItem
from ita_desktop.domain.oit import Cadence, CadenceKind, cadence_of
from ita_desktop.domain.oit_plan import URL_FORMAT, ItemPlan, OitYear
from ita_desktop.domain.roster import Person
from ita_desktop.domain.thai_dates import DateForm, format_thai_date
from ita_desktop.domain.unit_profile import UnitProfile
from ita_desktop.reports.kept_names import person_name
from ita_desktop.reports.unit_data import NoUnitError, cited_order, section_name

ONCE_WORDS = "ดำเนินการให้แล้วเสร็จภายใน {date}"
MONTHLY_WORDS = "รายงานผลทุกวันที่ {day} ของเดือนถัดไป"
CONTINUOUS_WORDS = "อัปเดตข้อมูลอย่างต่อเนื่อง"
MINIMUM_WORDS = "ไม่น้อยกว่า {count} รายการ"
# A component "โครงสร้าง: แสดงแผนผัง…" prints as seed 002 does: the label on a line of its
# own, the requirement under it as a dash line. A longer "label" is a sentence with a colon.
LABEL_MAX = 40




def deadline_words(item: OitItem, cadence: Cadence) -> str:
    """The deadline as the table words it: the catalog's own wording while the unit keeps the
    catalog's cadence, else words built from the cadence the unit set. A continuous item's
    least count, which the catalog does not hold, is added when above one."""
    if cadence == cadence_of(item.deadline, cadence.minimum) and item.deadline.text.strip():
        words = to_arabic_digits(" ".join(item.deadline.text.split()))
    elif cadence.kind is CadenceKind.ONCE and cadence.due is not None:
        words = ONCE_WORDS.format(date=format_thai_date(cadence.due, DateForm.ABBR,
                                                        DigitStyle.ARABIC))
    elif cadence.kind is CadenceKind.MONTHLY:
        words = MONTHLY_WORDS.format(day=cadence.day)
    else:
        words = CONTINUOUS_WORDS
    if cadence.kind is CadenceKind.CONTINUOUS and cadence.minimum > 1:
        words = f"{words} {MINIMUM_WORDS.format(count=cadence.minimum)}"
    return words


def component_lines(components: Sequence[str]) -> list[str]:
    """The components as seed 002 prints them: "- requirement" lines, those sharing a label
    ("ข้อมูลการติดต่อ: ชื่อหน่วยงาน", "ข้อมูลการติดต่อ: ที่อยู่") under the label written once."""
    lines: list[str] = []
    label = None
    for component in components:
        text = to_arabic_digits(" ".join(component.split()))
        if not text:
            continue
        head, colon, rest = text.partition(": ")
        if colon and rest and 0 < len(head) <= LABEL_MAX:
            if head != label:
                lines.append(head)
                label = head
            lines.append(f"- {rest}")
        else:
            label = None
            lines.append(f"- {text}")
    return lines


def formats_words(groups: FormatGroups) -> str:
    """The required formats in words, as seed 002 writes them: "เปิดเผยข้อมูลในรูปแบบไฟล์ PDF
    และไฟล์ Excel หรือไฟล์ Word" (every group needed, any format of a group), and the
    published address: "และเผยแพร่ทางเว็บไซต์ของหน่วยงาน (URL)". Empty without formats."""
    files = [" หรือ".join(f"ไฟล์ {name}" for name in group) for group in groups
             if URL_FORMAT not in group]
    online = any(URL_FORMAT in group for group in groups)
    if files:
        words = "เปิดเผยข้อมูลในรูปแบบ" + " และ".join(files)
        return f"{words} และเผยแพร่ทางเว็บไซต์ของหน่วยงาน (URL)" if online else words
    return "เผยแพร่ทางเว็บไซต์ของหน่วยงาน (URL)" if online else ""


def preparer_groups(ids: Sequence[int], people: Mapping[int, Person], kind: str
                    ) -> list[dict[str, Any]]:
    """The preparers in the order the unit listed them; when they come from more than one
    section, grouped under each section's name in the order the sections first appear (seed
    002's O6: "งานอำนวยการ" over its two officers, then "งานบริการคนต่างด้าว" …)."""
    # People without a section (a roster entry not yet placed) stand first, under no name:
    # a section's heading over them would say something the roster does not.
    sections: dict[str, list[str]] = {"": []}
    for person_id in ids:
        person = people.get(person_id)
        key = person.section_key if person is not None else ""
        sections.setdefault(key, []).append(person_name(people, person_id))
    if len(sections) <= 2:
        names = [name for group in sections.values() for name in group]
        return [{"section": "", "names": names}] if names else []
    return [{"section": section_name(kind, key) or key if key else "", "names": names}
            for key, names in sections.items() if names]


def _item(plan: ItemPlan, people: Mapping[int, Person], kind: str) -> dict[str, Any]:
    item, assignment = plan.item, plan.assignment
    return {
        "code": item.code,
        "title": to_arabic_digits(" ".join(item.title.split())),
        "deadline": deadline_words(item, assignment.cadence),
        "components": component_lines(item.components),
        "formats": formats_words(item.formats),
        "preparers": preparer_groups(assignment.preparers, people, kind),
        "controllers": [person_name(people, pid) for pid in assignment.controllers],
    }


def _sub_titles(catalog: Catalog) -> tuple[dict[str, tuple[int, str]], dict[int, str]]:
    """Each sub-indicator's code to (its indicator's number, its title); indicators' titles."""
    subs: dict[str, tuple[int, str]] = {}
    indicators: dict[int, str] = {}
    for indicator in catalog.indicators:
        indicators[indicator.number] = indicator.title
        for sub in indicator.sub_indicators:
            subs[sub.code] = (indicator.number, sub.title)
    return subs, indicators


def oit_table_data(year: OitYear, kind: str, people: Mapping[int, Person]
                   ) -> list[dict[str, Any]]:
    """The year's items grouped as the table prints them: each indicator (number, title) with
    its sub-indicators (code, title) and their items, in the catalog's order. An item whose
    sub-indicator the catalog does not list stands under its code alone, after the others, so
    that no item is left out of the table."""
    subs, titles = _sub_titles(year.catalog)
    grouped: dict[int, dict[str, list[dict[str, Any]]]] = {}
    for plan in year.items:
        code = plan.item.indicator.strip()
        number = subs[code][0] if code in subs else _indicator_number(code)
        grouped.setdefault(number, {}).setdefault(code, []).append(
            _item(plan, people, kind))
    order = {code: n for n, code in enumerate(subs)}
    found = []
    for number in sorted(grouped):
        found.append({
            "number": number, "title": titles.get(number, ""),
            "subs": [{"code": code, "title": subs[code][1] if code in subs else "",
                      "items": items}
                     for code, items in sorted(grouped[number].items(),
                                               key=lambda pair: order.get(pair[0], len(order)))],
        })
    return found


def _indicator_number(code: str) -> int:
    head = to_arabic_digits(code).partition(".")[0]
    return int(head) if head.isdigit() else 0


def oit_data(year: OitYear, unit: UnitProfile | None, people: Mapping[int, Person],
             order: CommitteeOrder | None) -> dict[str, Any]:
    """What the assignment table is built from: the unit's names, the committee order it
    cites (None: no citation line) and the grouped items. ``people`` maps roster ids to people,
    those who have left included (a past year's table keeps its names). ``NoUnitError``
    without a unit profile."""
    if unit is None or not unit.full_name.strip():
        raise NoUnitError()
    return {
        "unit": {"full_name": unit.full_name.strip(), "short_name": unit.short_name.strip()},
        "order": cited_order(order),
        "indicators": oit_table_data(year, str(unit.kind), people),
    }


def printed_names(indicators: Sequence[Mapping[str, Any]]) -> list[str]:
    """Every person's name the table prints, for the names a line keeps whole."""
    names: list[str] = []
    for indicator in indicators:
        for sub in indicator["subs"]:
            for item in sub["items"]:
                names += [name for group in item["preparers"] for name in group["names"]]
                names += item["controllers"]
    return names
