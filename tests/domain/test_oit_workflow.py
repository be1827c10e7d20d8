"""The OIT workflow: every allowed and refused change, a replayed log, the published URL's form."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import product

import pytest

from ita_desktop.domain.oit_workflow import (
    STEPS,
    Duty,
    Status,
    StatusChange,
    change_problems,
    current_status,
    history_problems,
    log_break_errors,
    next_statuses,
    url_problems,
)
from ita_desktop.errors import AppError

S = Status
PREPARER, CONTROLLER, COMMANDER = 1, 2, 3
DUTIES = {PREPARER: frozenset({Duty.PREPARER}), CONTROLLER: frozenset({Duty.CONTROLLER}),
          COMMANDER: frozenset({Duty.COMMANDER})}
START = datetime(2025, 1, 6, 9, 0)
URL = "https://www.immigration.go.th/prachuap/oit/o1"

# The path from not started to each state, made by the right people, so that a change can be
# tried from any state with a real log behind it.
_PATH = [(S.NOT_STARTED, S.IN_PREPARATION, PREPARER), (S.IN_PREPARATION, S.SUBMITTED, PREPARER),
         (S.SUBMITTED, S.CHECKED, CONTROLLER), (S.CHECKED, S.APPROVED, COMMANDER)]


def _change(frm: Status, to: Status, person: int, hours: int = 0, **extra: object
            ) -> StatusChange:
    return StatusChange(frm, to, person, START + timedelta(hours=hours), **extra)  # type: ignore[arg-type]


def _log_to(state: Status) -> list[StatusChange]:
    if state is S.RETURNED:
        return [*_log_to(S.SUBMITTED),
                _change(S.SUBMITTED, S.RETURNED, CONTROLLER, 3, comment="แก้ไขวันที่")]
    if state is S.PUBLISHED:
        return [*_log_to(S.APPROVED),
                _change(S.APPROVED, S.PUBLISHED, PREPARER, 5, url=URL,
                        published_on=START.date())]
    log: list[StatusChange] = []
    for hours, (frm, to, person) in enumerate(_PATH):
        if frm is state:
            break
        log.append(_change(frm, to, person, hours))
        if to is state:
            break
    return log


def _complete(frm: Status, to: Status, person: int) -> StatusChange:
    """A change that carries everything its step asks for, a day after the log's last line."""
    step = STEPS.get((frm, to))
    extra: dict[str, object] = {}
    if step is not None and step.needs_comment:
        extra["comment"] = "ขาดเอกสารแนบ"
    if step is not None and step.publishes:
        extra.update(url=URL, published_on=(START + timedelta(days=1)).date())
    return _change(frm, to, person, 24, **extra)


def _codes(problems: list[AppError]) -> list[str]:
    return [p.code for p in problems]


def test_the_table_is_the_issues_workflow_and_nothing_more():
    # Written out here, not read from STEPS, so that a step added or given to the wrong duty
    # by mistake fails.
    P, C, K = Duty.PREPARER, Duty.CONTROLLER, Duty.COMMANDER
    assert {pair: step.duties for pair, step in STEPS.items()} == {
        (S.NOT_STARTED, S.IN_PREPARATION): {P},
        (S.IN_PREPARATION, S.SUBMITTED): {P},
        (S.SUBMITTED, S.RETURNED): {C},
        (S.SUBMITTED, S.CHECKED): {C},
        (S.RETURNED, S.IN_PREPARATION): {P},
        (S.RETURNED, S.SUBMITTED): {P},
        (S.CHECKED, S.RETURNED): {K},
        (S.CHECKED, S.APPROVED): {K},
        (S.APPROVED, S.PUBLISHED): {P, C},
    }
    assert [pair for pair, step in STEPS.items() if step.needs_comment] == [
        (S.SUBMITTED, S.RETURNED), (S.CHECKED, S.RETURNED)]
    assert [pair for pair, step in STEPS.items() if step.publishes] == [
        (S.APPROVED, S.PUBLISHED)]


ALLOWED = sorted(STEPS, key=lambda pair: (list(S).index(pair[0]), list(S).index(pair[1])))


@pytest.mark.parametrize(("frm", "to"), ALLOWED)
def test_each_allowed_change_passes_for_someone_of_its_duty(frm: Status, to: Status):
    step = STEPS[(frm, to)]
    for person, duties in DUTIES.items():
        problems = change_problems(_complete(frm, to, person), duties, _log_to(frm))
        if duties & step.duties:
            assert problems == [], (person, [p.english() for p in problems])
        else:
            assert _codes(problems) == [step.refusal]


REFUSED = [(frm, to) for frm, to in product(S, S) if (frm, to) not in STEPS]


@pytest.mark.parametrize(("frm", "to"), REFUSED)
def test_each_change_outside_the_table_is_refused_whoever_makes_it(frm: Status, to: Status):
    for person, duties in DUTIES.items():
        problems = change_problems(_complete(frm, to, person), duties, _log_to(frm))
        assert len(problems) == 1
        expected = "oit.same_status" if frm is to else {
            (S.CHECKED, S.PUBLISHED): "oit.skips_approval"}.get((frm, to))
        if expected is None:
            skips = to in (S.APPROVED, S.PUBLISHED) and frm in (
                S.NOT_STARTED, S.IN_PREPARATION, S.SUBMITTED, S.RETURNED)
            expected = "oit.skips_check" if skips else "oit.not_allowed"
        assert problems[0].code == expected


def test_the_refusal_names_both_states_in_words():
    problems = change_problems(_complete(S.SUBMITTED, S.APPROVED, COMMANDER),
                               DUTIES[COMMANDER], _log_to(S.SUBMITTED))
    assert problems[0].english() == ("An item that is submitted for check cannot become "
                                     "approved: a controller checks it first.")


def test_a_preparer_cannot_approve():
    problems = change_problems(_complete(S.CHECKED, S.APPROVED, PREPARER), DUTIES[PREPARER],
                               _log_to(S.CHECKED))
    assert _codes(problems) == ["oit.approve_not_commander"]


def test_a_return_needs_a_comment_and_blank_is_none():
    log = _log_to(S.SUBMITTED)
    for comment in ("", "   "):
        change = _change(S.SUBMITTED, S.RETURNED, CONTROLLER, 24, comment=comment)
        assert _codes(change_problems(change, DUTIES[CONTROLLER], log)) == [
            "oit.return_without_comment"]
    checked_log = _log_to(S.CHECKED)
    change = _change(S.CHECKED, S.RETURNED, COMMANDER, 24)
    assert _codes(change_problems(change, DUTIES[COMMANDER], checked_log)) == [
        "oit.return_without_comment"]


def test_publishing_needs_a_url_of_good_form_and_a_date():
    log = _log_to(S.APPROVED)
    bare = _change(S.APPROVED, S.PUBLISHED, PREPARER, 24)
    assert _codes(change_problems(bare, DUTIES[PREPARER], log)) == [
        "oit.publish_without_url", "oit.publish_without_date"]
    local = _change(S.APPROVED, S.PUBLISHED, PREPARER, 24, url="http://localhost/o1",
                    published_on=START.date())
    assert _codes(change_problems(local, DUTIES[PREPARER], log)) == ["oit.url_local"]


def test_publication_date_lies_between_the_approval_and_the_record():
    log = _log_to(S.APPROVED)  # approved on 6 January 2025
    early = _change(S.APPROVED, S.PUBLISHED, CONTROLLER, 24, url=URL,
                    published_on=date(2025, 1, 5))
    assert _codes(change_problems(early, DUTIES[CONTROLLER], log)) == [
        "oit.published_before_approval"]
    future = _change(S.APPROVED, S.PUBLISHED, CONTROLLER, 24, url=URL,
                     published_on=date(2025, 1, 20))
    assert _codes(change_problems(future, DUTIES[CONTROLLER], log)) == ["oit.published_later"]
    # The window words the dates its own way.
    worded = change_problems(future, DUTIES[CONTROLLER], log,
                             day_text=lambda d: f"{d.day}/{d.month}/{d.year + 543}")
    assert worded[0].english() == ("The item cannot have been published on 20/1/2568, after "
                                   "the change is recorded (7/1/2568 09:00).")


def test_a_url_belongs_to_publishing_only():
    change = _change(S.NOT_STARTED, S.IN_PREPARATION, PREPARER, url=URL)
    assert _codes(change_problems(change, DUTIES[PREPARER])) == ["oit.url_not_publishing"]


def test_the_submitter_cannot_check_their_own_submission():
    both = frozenset({Duty.PREPARER, Duty.CONTROLLER})
    log = _log_to(S.SUBMITTED)  # submitted by PREPARER
    own = _change(S.SUBMITTED, S.CHECKED, PREPARER, 24)
    assert _codes(change_problems(own, both, log)) == ["oit.checks_own_work"]
    other = _change(S.SUBMITTED, S.CHECKED, CONTROLLER, 24)
    assert change_problems(other, both, log) == []


def test_a_change_from_a_stale_state_is_refused():
    log = _log_to(S.SUBMITTED)
    stale = _change(S.IN_PREPARATION, S.SUBMITTED, PREPARER, 24)
    problems = change_problems(stale, DUTIES[PREPARER], log)
    assert problems[0].english() == ("The change starts from in preparation, but the item is "
                                     "submitted for check now: someone may have changed it in "
                                     "the meantime.")


def test_a_change_dated_before_the_last_one_is_refused():
    log = _log_to(S.IN_PREPARATION)
    change = StatusChange(S.IN_PREPARATION, S.SUBMITTED, PREPARER, START - timedelta(days=1))
    assert _codes(change_problems(change, DUTIES[PREPARER], log)) == ["oit.log_before_previous"]


def test_next_statuses_follow_the_table():
    assert next_statuses(S.NOT_STARTED) == [S.IN_PREPARATION]
    assert next_statuses(S.SUBMITTED) == [S.RETURNED, S.CHECKED]
    assert next_statuses(S.RETURNED) == [S.IN_PREPARATION, S.SUBMITTED]
    assert next_statuses(S.CHECKED) == [S.RETURNED, S.APPROVED]
    assert next_statuses(S.PUBLISHED) == []


def test_a_full_log_with_a_return_replays_clean_and_ends_published():
    log = [
        _change(S.NOT_STARTED, S.IN_PREPARATION, PREPARER, 0),
        _change(S.IN_PREPARATION, S.SUBMITTED, PREPARER, 1),
        _change(S.SUBMITTED, S.RETURNED, CONTROLLER, 2, comment="แผนผังไม่เป็นปัจจุบัน"),
        _change(S.RETURNED, S.SUBMITTED, PREPARER, 3),
        _change(S.SUBMITTED, S.CHECKED, CONTROLLER, 4),
        _change(S.CHECKED, S.APPROVED, COMMANDER, 5),
        _change(S.APPROVED, S.PUBLISHED, PREPARER, 6, url=URL, published_on=START.date()),
    ]
    assert history_problems(log, DUTIES) == []
    assert current_status(log) is S.PUBLISHED
    assert current_status([]) is S.NOT_STARTED


def test_a_replayed_log_says_where_it_breaks_and_goes_on():
    log = [
        _change(S.NOT_STARTED, S.IN_PREPARATION, PREPARER, 0),
        _change(S.IN_PREPARATION, S.SUBMITTED, PREPARER, 1),
        _change(S.SUBMITTED, S.APPROVED, COMMANDER, 2),  # skips the check
        _change(S.APPROVED, S.PUBLISHED, PREPARER, 3, url="www.unit.go.th",
                published_on=START.date()),  # no scheme
        _change(S.PUBLISHED, S.IN_PREPARATION, 99, 4),  # someone unknown, not allowed
    ]
    breaks = history_problems(log, DUTIES)
    assert [(b.index, _codes(b.problems)) for b in breaks] == [
        (2, ["oit.skips_check"]), (3, ["oit.url_scheme"]), (4, ["oit.not_allowed"])]
    lines = [error.english() for error in log_break_errors(breaks, log)]
    assert lines[0] == ("Change 3 of the log (submitted for check to approved): An item that "
                        "is submitted for check cannot become approved: a controller checks "
                        "it first.")


@pytest.mark.parametrize("url", [
    "https://www.immigration.go.th/prachuap/oit/o1",
    "http://mukdahan.immigration.go.th/o23.pdf",
    "HTTPS://WWW.UNIT.GO.TH",
    "https://ตม.ไทย/ข้อมูลสาธารณะ",  # a Thai domain name and a Thai path
    "https://สภ.กระบี่.ไทย",
    "https://www.unit.go.th:8443/oit?item=O12#2568",
    "https://itap.nacc.go.th./",  # the root's dot, as DNS writes it
    "https://203.150.10.2/o1",  # a public address
])
def test_good_urls_pass(url: str):
    assert url_problems(url) == []


@pytest.mark.parametrize(("url", "code"), [
    ("", "oit.url_empty"),
    ("   ", "oit.url_empty"),
    ("www.immigration.go.th/o1", "oit.url_scheme"),
    ("ftp://www.unit.go.th/o1.pdf", "oit.url_scheme"),
    ("http:/www.unit.go.th", "oit.url_scheme"),
    ("https://www.unit.go.th/ข้อมูล สาธารณะ", "oit.url_space"),
    ("https://www.unit.go.th/o1\u200b", "oit.url_space"),  # a zero-width space from Word
    ("https:///o1", "oit.url_no_host"),
    ("http://localhost/o1", "oit.url_local"),
    ("http://127.0.0.1/o1", "oit.url_local"),
    ("http://192.168.1.20/oit", "oit.url_local"),
    ("https://intranet/o1", "oit.url_bad_host"),
    ("https://unit..go.th/o1", "oit.url_bad_host"),
    ("https://-unit.go.th/o1", "oit.url_bad_host"),
    ("https://unit_site.go.th/o1", "oit.url_bad_host"),
    ("https://10.0.0/o1", "oit.url_bad_host"),
    ("https://www.unit.go.th:99999/o1", "oit.url_bad_port"),
])
def test_bad_urls_are_refused_with_the_reason(url: str, code: str):
    assert _codes(url_problems(url)) == [code]
