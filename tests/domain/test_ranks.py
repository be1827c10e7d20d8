"""Tests for ranks, titles, person names and their official display forms (invented names)."""

import dataclasses

import pytest

from ita_desktop.domain.ranks import (
    RANKS,
    IncompleteNameError,
    PersonName,
    Rank,
    Title,
    UnknownRankError,
    format_title,
    name_in_order,
    name_in_table,
    name_short,
    parse_person_name,
    parse_title,
    rank_by_key,
    signature_lines,
)

POLICE_RANKS = [rank for rank in RANKS if rank.police]
CIVILIAN_TITLES = [rank for rank in RANKS if not rank.police]

EXPECTED_RANKS = [
    ("พลตำรวจเอก", "พล.ต.อ."),
    ("พลตำรวจโท", "พล.ต.ท."),
    ("พลตำรวจตรี", "พล.ต.ต."),
    ("พันตำรวจเอก", "พ.ต.อ."),
    ("พันตำรวจโท", "พ.ต.ท."),
    ("พันตำรวจตรี", "พ.ต.ต."),
    ("ร้อยตำรวจเอก", "ร.ต.อ."),
    ("ร้อยตำรวจโท", "ร.ต.ท."),
    ("ร้อยตำรวจตรี", "ร.ต.ต."),
    ("ดาบตำรวจ", "ด.ต."),
    ("จ่าสิบตำรวจ", "จ.ส.ต."),
    ("สิบตำรวจเอก", "ส.ต.อ."),
    ("สิบตำรวจโท", "ส.ต.ท."),
    ("สิบตำรวจตรี", "ส.ต.ต."),
    ("พลตำรวจ", "พลฯ"),
    ("นาย", "นาย"),
    ("นาง", "นาง"),
    ("นางสาว", "น.ส."),
]


def _ids(ranks: list[Rank]) -> list[str]:
    return [rank.key for rank in ranks]


# --- the rank table ---------------------------------------------------------------------------


def test_rank_table_lists_every_rank_in_order_of_seniority() -> None:
    assert [(rank.full, rank.abbr) for rank in RANKS] == EXPECTED_RANKS
    police_seniority = [rank.seniority for rank in POLICE_RANKS]
    assert police_seniority == sorted(police_seniority, reverse=True)
    assert len(set(police_seniority)) == len(police_seniority)
    assert all(rank.seniority < min(police_seniority) for rank in CIVILIAN_TITLES)


def test_rank_keys_are_unique_ascii_identifiers() -> None:
    keys = [rank.key for rank in RANKS]
    assert len(set(keys)) == len(keys)
    assert all(key.isascii() and key.isidentifier() and key.islower() for key in keys)


def test_commissioned_ranks_are_sub_lieutenant_and_above() -> None:
    commissioned = [rank.abbr for rank in RANKS if rank.commissioned]
    assert commissioned == [abbr for _, abbr in EXPECTED_RANKS[:9]]
    assert all(rank.police for rank in RANKS if rank.commissioned)


def test_civilian_titles_are_not_police() -> None:
    assert [rank.full for rank in CIVILIAN_TITLES] == ["นาย", "นาง", "นางสาว"]
    assert not any(rank.commissioned for rank in CIVILIAN_TITLES)


def test_rank_english_names() -> None:
    assert rank_by_key("pol_lt_col").english == "Police Lieutenant Colonel"
    assert rank_by_key("pol_snr_sgt_maj").english == "Police Senior Sergeant Major"
    assert rank_by_key("miss").english == "Miss"


@pytest.mark.parametrize("rank", RANKS, ids=_ids(list(RANKS)))
def test_rank_by_key_round_trips(rank: Rank) -> None:
    assert rank_by_key(rank.key) is rank


def test_rank_by_key_rejects_unknown_key() -> None:
    with pytest.raises(UnknownRankError, match="pol_admiral"):
        rank_by_key("pol_admiral")


def test_rank_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        RANKS[0].abbr = "x"  # type: ignore[misc]


# --- parse_title and format_title ---------------------------------------------------------------


@pytest.mark.parametrize("rank", RANKS, ids=_ids(list(RANKS)))
def test_every_rank_parses_from_full_and_abbreviated_forms(rank: Rank) -> None:
    for text in (rank.full, rank.abbr):
        title = parse_title(text)
        assert title == Title(rank)
        assert format_title(title) == rank.abbr
        assert format_title(title, abbreviated=False) == rank.full


@pytest.mark.parametrize("rank", POLICE_RANKS, ids=_ids(POLICE_RANKS))
def test_every_police_rank_takes_female_and_acting_marks(rank: Rank) -> None:
    cases = {
        f"{rank.abbr}หญิง": Title(rank, female=True),
        f"{rank.full}หญิง": Title(rank, female=True),
        f"ว่าที่ {rank.abbr}": Title(rank, acting=True),
        f"ว่าที่{rank.full}": Title(rank, acting=True),
        f"ว่าที่ {rank.abbr}หญิง": Title(rank, female=True, acting=True),
        f"ว่าที่{rank.full}หญิง": Title(rank, female=True, acting=True),
    }
    for text, expected in cases.items():
        assert parse_title(text) == expected, text
    both = Title(rank, female=True, acting=True)
    assert format_title(both) == f"ว่าที่ {rank.abbr}หญิง"
    assert format_title(both, abbreviated=False) == f"ว่าที่ {rank.full}หญิง"


@pytest.mark.parametrize(
    "text",
    [
        "พ.ต.ท.",
        "พ.ต.ท",
        "พตท.",
        "พตท",
        "พ. ต. ท.",
        " พ.ต.ท.\t",
        "พ.ต.ท.\u00a0",
        "\u200bพ.ต.ท.",
    ],
)
def test_abbreviation_spacing_and_dot_variants(text: str) -> None:
    assert parse_title(text) == Title(rank_by_key("pol_lt_col"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("พ.ต.ท. หญิง", Title(rank_by_key("pol_lt_col"), female=True)),
        ("พ.ต.ท.หญิง", Title(rank_by_key("pol_lt_col"), female=True)),
        ("พันตำรวจโท หญิง", Title(rank_by_key("pol_lt_col"), female=True)),
        ("ว่าที่ ร.ต.อ.", Title(rank_by_key("pol_capt"), acting=True)),
        ("ว่าที่ร.ต.อ.", Title(rank_by_key("pol_capt"), acting=True)),
        ("ว่าที่ร้อยตำรวจเอก", Title(rank_by_key("pol_capt"), acting=True)),
        ("ว่าที่   พ.ต.ท. หญิง", Title(rank_by_key("pol_lt_col"), female=True, acting=True)),
        ("น.ส", Title(rank_by_key("miss"))),
        ("นส.", Title(rank_by_key("miss"))),
        ("จสต.", Title(rank_by_key("pol_sgt_maj"))),
        ("พล.ต.อ", Title(rank_by_key("pol_gen"))),
    ],
)
def test_parse_title_variants(text: str, expected: Title) -> None:
    assert parse_title(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "พ.ต.", "นายพล", "Police Colonel", "ผกก.", "พ.ต.ท.x"])
def test_parse_title_rejects_unknown_text(text: str) -> None:
    with pytest.raises(UnknownRankError) as caught:
        parse_title(text)
    assert repr(text) in str(caught.value)


def test_unknown_rank_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="Unknown rank or title in 'พ.ต.'"):
        parse_title("พ.ต.")


@pytest.mark.parametrize("text", ["นางหญิง", "ว่าที่ นาย", "ว่าที่ น.ส."])
def test_parse_title_rejects_marks_on_civilian_titles(text: str) -> None:
    with pytest.raises(UnknownRankError, match="Civilian title"):
        parse_title(text)


def test_title_refuses_marks_on_civilian_titles() -> None:
    with pytest.raises(ValueError, match="cannot be marked"):
        Title(rank_by_key("mrs"), female=True)
    with pytest.raises(ValueError, match="cannot be marked"):
        Title(rank_by_key("mr"), acting=True)


# --- parse_person_name --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank_key", "female", "acting", "first", "last"),
    [
        ("พ.ต.ท.หญิง สุดา ใจดี", "pol_lt_col", True, False, "สุดา", "ใจดี"),
        ("พ.ต.ท.หญิงสุดา ใจดี", "pol_lt_col", True, False, "สุดา", "ใจดี"),
        ("พ.ต.ท.สมชาย ใจดี", "pol_lt_col", False, False, "สมชาย", "ใจดี"),
        ("ว่าที่ พ.ต.ท.สมชาย ใจดี", "pol_lt_col", False, True, "สมชาย", "ใจดี"),
        ("ว่าที่พ.ต.ท.สมชาย ใจดี", "pol_lt_col", False, True, "สมชาย", "ใจดี"),
        ("ว่าที่ พ.ต.ท.หญิง มาลี ศรีสุข", "pol_lt_col", True, True, "มาลี", "ศรีสุข"),
        ("พันตำรวจเอก สมชาย ใจดี", "pol_col", False, False, "สมชาย", "ใจดี"),
        ("พันตำรวจเอกสมชาย ใจดี", "pol_col", False, False, "สมชาย", "ใจดี"),
        ("พันตำรวจโทหญิง สุดา ใจดี", "pol_lt_col", True, False, "สุดา", "ใจดี"),
        ("ว่าที่ พันตำรวจเอก วีระ กล้าหาญ", "pol_col", False, True, "วีระ", "กล้าหาญ"),
        ("นางสาวสุดา ใจดี", "miss", False, False, "สุดา", "ใจดี"),
        ("น.ส.สุดา ใจดี", "miss", False, False, "สุดา", "ใจดี"),
        ("นางมาลี ศรีสุข", "mrs", False, False, "มาลี", "ศรีสุข"),
        ("นาย สมชาย ใจดี", "mr", False, False, "สมชาย", "ใจดี"),
        ("ร.ต.อ.หญิง\tมาลี ศรีสุข", "pol_capt", True, False, "มาลี", "ศรีสุข"),
        ("ด.ต.หญิง อรุณี แสงทอง", "pol_snr_sgt_maj", True, False, "อรุณี", "แสงทอง"),
        ("จ.ส.ต.ประยุทธ มั่นคง", "pol_sgt_maj", False, False, "ประยุทธ", "มั่นคง"),
        ("พลฯ สมปอง ดีงาม", "pol_const", False, False, "สมปอง", "ดีงาม"),
        ("พ.ต.อ.วิชัย ณ สงขลา", "pol_col", False, False, "วิชัย", "ณ สงขลา"),
        ("พ.ต.ท.  สมชาย   ใจดี ", "pol_lt_col", False, False, "สมชาย", "ใจดี"),
        ("พตท.เอกชัย ใจดี", "pol_lt_col", False, False, "เอกชัย", "ใจดี"),
    ],
)
def test_parse_person_name(
    text: str, rank_key: str, female: bool, acting: bool, first: str, last: str
) -> None:
    person = parse_person_name(text)
    assert person == PersonName(Title(rank_by_key(rank_key), female, acting), first, last)


@pytest.mark.parametrize("rank", RANKS, ids=_ids(list(RANKS)))
def test_every_rank_parses_in_a_name_glued_or_spaced(rank: Rank) -> None:
    for form in (rank.full, rank.abbr):
        for separator in ("", " "):
            person = parse_person_name(f"{form}{separator}ประเสริฐ ทองดี")
            assert person.title == Title(rank)
            assert (person.first, person.last) == ("ประเสริฐ", "ทองดี")


def test_name_starting_like_a_longer_title_is_split_where_a_name_can_start() -> None:
    # "นางสาวิตรี" can only be นาง + สาวิตรี: a Thai name never starts with the vowel ิ.
    person = parse_person_name("นางสาวิตรี ใจดี")
    assert person.title.rank.key == "mrs"
    assert person.first == "สาวิตรี"


def test_parse_person_name_rejects_empty_text() -> None:
    for text in ("", "   ", "\u200b"):
        with pytest.raises(IncompleteNameError, match="empty"):
            parse_person_name(text)


def test_parse_person_name_rejects_title_without_name() -> None:
    with pytest.raises(IncompleteNameError, match="No first and last name"):
        parse_person_name("พ.ต.ท.หญิง")


def test_parse_person_name_rejects_missing_last_name() -> None:
    with pytest.raises(IncompleteNameError, match="No last name"):
        parse_person_name("พ.ต.ท.หญิง สุดาฯ")


@pytest.mark.parametrize("text", ["สมชาย ใจดี", "ผกก.สมชาย ใจดี", "Pol.Col. Somchai Jaidee"])
def test_parse_person_name_rejects_unknown_rank(text: str) -> None:
    with pytest.raises(UnknownRankError) as caught:
        parse_person_name(text)
    assert isinstance(caught.value, ValueError)
    assert repr(text) in str(caught.value)


def test_parse_person_name_rejects_acting_civilian() -> None:
    with pytest.raises(UnknownRankError, match="cannot be acting"):
        parse_person_name("ว่าที่ นายสมชาย ใจดี")


def test_person_name_requires_first_and_last() -> None:
    title = Title(rank_by_key("mr"))
    with pytest.raises(IncompleteNameError):
        PersonName(title, "", "ใจดี")
    with pytest.raises(IncompleteNameError):
        PersonName(title, "สมชาย", "  ")


# --- display forms ------------------------------------------------------------------------------

FEMALE_OFFICER = PersonName(Title(rank_by_key("pol_lt_col"), female=True), "สุดา", "ใจดี")
MALE_OFFICER = PersonName(Title(rank_by_key("pol_col")), "สมชาย", "ใจดี")
ACTING_OFFICER = PersonName(Title(rank_by_key("pol_lt_col"), acting=True), "วีระ", "กล้าหาญ")
ACTING_FEMALE = PersonName(Title(rank_by_key("pol_maj"), female=True, acting=True), "มาลี", "ศรีสุข")
CIVILIAN = PersonName(Title(rank_by_key("miss")), "อรุณี", "แสงทอง")
CIVILIAN_MR = PersonName(Title(rank_by_key("mr")), "ประเสริฐ", "ณ ระนอง")


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        (FEMALE_OFFICER, "พ.ต.ท.หญิง สุดา ใจดี"),
        (MALE_OFFICER, "พ.ต.อ.สมชาย ใจดี"),
        (ACTING_OFFICER, "ว่าที่ พ.ต.ท.วีระ กล้าหาญ"),
        (ACTING_FEMALE, "ว่าที่ พ.ต.ต.หญิง มาลี ศรีสุข"),
        (CIVILIAN, "น.ส.อรุณี แสงทอง"),
        (CIVILIAN_MR, "นายประเสริฐ ณ ระนอง"),
    ],
)
def test_name_in_table(person: PersonName, expected: str) -> None:
    assert name_in_table(person) == expected
    assert parse_person_name(expected) == person


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        (FEMALE_OFFICER, "พันตำรวจโทหญิง สุดา ใจดี"),
        (MALE_OFFICER, "พันตำรวจเอก สมชาย ใจดี"),
        (ACTING_OFFICER, "ว่าที่ พันตำรวจโท วีระ กล้าหาญ"),
        (ACTING_FEMALE, "ว่าที่ พันตำรวจตรีหญิง มาลี ศรีสุข"),
        (CIVILIAN, "นางสาวอรุณี แสงทอง"),
        (CIVILIAN_MR, "นายประเสริฐ ณ ระนอง"),
    ],
)
def test_name_in_order(person: PersonName, expected: str) -> None:
    assert name_in_order(person) == expected
    assert parse_person_name(expected) == person


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        (FEMALE_OFFICER, "พ.ต.ท.หญิง สุดาฯ"),
        (MALE_OFFICER, "พ.ต.อ.สมชายฯ"),
        (ACTING_OFFICER, "ว่าที่ พ.ต.ท.วีระฯ"),
        (CIVILIAN, "น.ส.อรุณีฯ"),
    ],
)
def test_name_short(person: PersonName, expected: str) -> None:
    assert name_short(person) == expected


def test_signature_lines_for_minutes_are_abbreviated() -> None:
    lines = signature_lines(FEMALE_OFFICER, "รอง สว.ตม.จว.ตัวอย่าง", role="ผู้จดรายงานการประชุม")
    assert lines == ["พ.ต.ท.หญิง", "(สุดา ใจดี)", "รอง สว.ตม.จว.ตัวอย่าง", "ผู้จดรายงานการประชุม"]


def test_signature_lines_abbreviate_a_spelled_out_position() -> None:
    lines = signature_lines(FEMALE_OFFICER, "สารวัตรตรวจคนเข้าเมืองจังหวัดตัวอย่าง")
    assert lines == ["พ.ต.ท.หญิง", "(สุดา ใจดี)", "สว.ตม.จว.ตัวอย่าง"]


def test_signature_lines_for_orders_are_spelled_out() -> None:
    lines = signature_lines(ACTING_OFFICER, "ผกก.ตม.จว.ตัวอย่าง", abbreviated=False)
    assert lines == [
        "ว่าที่ พันตำรวจโท",
        "(วีระ กล้าหาญ)",
        "ผู้กำกับการตรวจคนเข้าเมืองจังหวัดตัวอย่าง",
    ]


def test_signature_lines_put_civilian_titles_inside_the_brackets() -> None:
    assert signature_lines(CIVILIAN, "") == ["(นางสาวอรุณี แสงทอง)"]
    assert signature_lines(CIVILIAN_MR, "พนักงานสอบสวน", role="  ") == [
        "(นายประเสริฐ ณ ระนอง)",
        "พงส.",
    ]


def test_signature_lines_leave_unknown_positions_alone() -> None:
    lines = signature_lines(MALE_OFFICER, "  เจ้าหน้าที่ประชาสัมพันธ์ ")
    assert lines == ["พ.ต.อ.", "(สมชาย ใจดี)", "เจ้าหน้าที่ประชาสัมพันธ์"]
