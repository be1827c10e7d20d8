"""The workflow of an OIT item (and of each monthly deliverable): its states, who may move it
from one to the next, and the rules a change must keep, with the form of a published URL.

not started -> in preparation -> submitted -> checked (a controller) -> approved (the
commander) -> published (a URL and a date); a submitted item may be returned with a comment by
its controller, and a checked one by the commander; a returned item goes back into preparation
or is submitted again. The transitions are one table, ``STEPS``: the tab's buttons, the
services' checks and the replay of a stored log all read it.

No Qt, no SQL, no files: the store keeps ``StatusChange`` rows, the services call
``change_problems`` before saving one, the window words the findings.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from urllib.parse import urlsplit

from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PREPARATION = "in_preparation"
    SUBMITTED = "submitted"  # submitted for check
    RETURNED = "returned"  # returned with a comment, for the preparer to correct
    CHECKED = "checked"  # ตรวจแล้วถูกต้อง, by a controller
    APPROVED = "approved"  # by the commander
    PUBLISHED = "published"  # on the unit's website, with its URL and date


class Duty(StrEnum):
    """What a person does for one item; one person may hold several duties on one item."""

    PREPARER = "preparer"  # ผู้รับผิดชอบเตรียมข้อมูล / จัดทำข้อมูล
    CONTROLLER = "controller"  # ผู้ควบคุม / ควบคุมและติดตามข้อมูล
    COMMANDER = "commander"  # the unit's commander, who approves


# The words of the states and duties are registered as codes of their own, so that a finding
# that names one is worded wholly in the window's language (``errors.word`` translates a value
# that is itself an AppError).
register({
    "oit.status.not_started": QT_TRANSLATE_NOOP("Errors", "not started"),
    "oit.status.in_preparation": QT_TRANSLATE_NOOP("Errors", "in preparation"),
    "oit.status.submitted": QT_TRANSLATE_NOOP("Errors", "submitted for check"),
    "oit.status.returned": QT_TRANSLATE_NOOP("Errors", "returned for correction"),
    "oit.status.checked": QT_TRANSLATE_NOOP("Errors", "checked"),
    "oit.status.approved": QT_TRANSLATE_NOOP("Errors", "approved"),
    "oit.status.published": QT_TRANSLATE_NOOP("Errors", "published"),
})

register({
    "oit.same_status": QT_TRANSLATE_NOOP(
        "Errors", "The item is already %status: there is nothing to change."),
    "oit.not_current": QT_TRANSLATE_NOOP(
        "Errors", "The change starts from %before, but the item is %current now: someone may "
        "have changed it in the meantime."),
    "oit.not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "An item that is %before cannot become %after."),
    "oit.skips_check": QT_TRANSLATE_NOOP(
        "Errors", "An item that is %before cannot become %after: a controller checks it first."),
    "oit.skips_approval": QT_TRANSLATE_NOOP(
        "Errors", "A checked item cannot be published before the commander approves it."),
    "oit.start_not_preparer": QT_TRANSLATE_NOOP(
        "Errors", "Only a preparer of the item can start preparing it."),
    "oit.submit_not_preparer": QT_TRANSLATE_NOOP(
        "Errors", "Only a preparer of the item can submit it for checking."),
    "oit.resume_not_preparer": QT_TRANSLATE_NOOP(
        "Errors", "Only a preparer of the item can take a returned item back or submit it "
        "again."),
    "oit.check_not_controller": QT_TRANSLATE_NOOP(
        "Errors", "Only a controller of the item can mark it checked."),
    "oit.return_not_controller": QT_TRANSLATE_NOOP(
        "Errors", "Only a controller of the item can return a submitted item."),
    "oit.return_not_commander": QT_TRANSLATE_NOOP(
        "Errors", "Only the commander can return a checked item."),
    "oit.approve_not_commander": QT_TRANSLATE_NOOP(
        "Errors", "Only the commander can approve the item."),
    "oit.publish_not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "Only a preparer or a controller of the item can record its publication."),
    "oit.checks_own_work": QT_TRANSLATE_NOOP(
        "Errors", "The person who submitted the item cannot also check it: another "
        "controller checks it."),
    "oit.return_without_comment": QT_TRANSLATE_NOOP(
        "Errors", "Write what is to be corrected: an item is returned with a comment."),
    "oit.publish_without_url": QT_TRANSLATE_NOOP(
        "Errors", "Give the web address where the item is published."),
    "oit.publish_without_date": QT_TRANSLATE_NOOP(
        "Errors", "Give the date the item was published."),
    "oit.published_later": QT_TRANSLATE_NOOP(
        "Errors", "The item cannot have been published on %published, after the change "
        "is recorded (%when)."),
    "oit.published_before_approval": QT_TRANSLATE_NOOP(
        "Errors", "The item cannot have been published on %published, before the commander "
        "approved it (%approved)."),
    "oit.url_not_publishing": QT_TRANSLATE_NOOP(
        "Errors", "A web address and a publication date are recorded only when the item is "
        "published."),
    "oit.log_before_previous": QT_TRANSLATE_NOOP(
        "Errors", "The change is dated %when, before the change recorded before it (%previous)."),
    "oit.log_entry": QT_TRANSLATE_NOOP(
        "Errors", "Change %number of the log (%before to %after): %problem"),
})

register({
    "oit.url_empty": QT_TRANSLATE_NOOP("Errors", "The web address is empty."),
    "oit.url_space": QT_TRANSLATE_NOOP(
        "Errors", "'%url' has a space or an invisible character in it: copy the address "
        "from the browser's address bar."),
    "oit.url_scheme": QT_TRANSLATE_NOOP(
        "Errors", "'%url' is not a web address: a web address starts with http:// or https://."),
    "oit.url_no_host": QT_TRANSLATE_NOOP(
        "Errors", "'%url' has no website name after https://."),
    "oit.url_local": QT_TRANSLATE_NOOP(
        "Errors", "'%url' names this computer or the office network (%host): the assessors "
        "open the unit's public website."),
    "oit.url_bad_host": QT_TRANSLATE_NOOP(
        "Errors", "'%host' in '%url' is not a website name such as www.example.go.th."),
    "oit.url_bad_port": QT_TRANSLATE_NOOP(
        "Errors", "'%url' has a port number that cannot be right."),
})


def status_word(status: Status) -> AppError:
    """The state's words, as a value a finding carries (worded in the window's language)."""
    return AppError(f"oit.status.{status.value}")


@dataclass(frozen=True)
class Step:
    """An allowed change: who may make it (any one of ``duties``), and the code of the
    refusal when someone else tries."""

    duties: frozenset[Duty]
    refusal: str
    needs_comment: bool = False
    publishes: bool = False


_PREPARER = frozenset({Duty.PREPARER})
_CONTROLLER = frozenset({Duty.CONTROLLER})
_COMMANDER = frozenset({Duty.COMMANDER})

STEPS: Mapping[tuple[Status, Status], Step] = {
    (Status.NOT_STARTED, Status.IN_PREPARATION): Step(_PREPARER, "oit.start_not_preparer"),
    (Status.IN_PREPARATION, Status.SUBMITTED): Step(_PREPARER, "oit.submit_not_preparer"),
    (Status.SUBMITTED, Status.RETURNED): Step(
        _CONTROLLER, "oit.return_not_controller", needs_comment=True),
    (Status.SUBMITTED, Status.CHECKED): Step(_CONTROLLER, "oit.check_not_controller"),
    (Status.RETURNED, Status.IN_PREPARATION): Step(_PREPARER, "oit.resume_not_preparer"),
    (Status.RETURNED, Status.SUBMITTED): Step(_PREPARER, "oit.resume_not_preparer"),
    # The commander who will not approve sends the item back rather than leaving it waiting.
    (Status.CHECKED, Status.RETURNED): Step(
        _COMMANDER, "oit.return_not_commander", needs_comment=True),
    (Status.CHECKED, Status.APPROVED): Step(_COMMANDER, "oit.approve_not_commander"),
    # Whoever keeps the website records the publication; the seeds make that a preparer
    # (the website's caretaker) or the controller who follows the item up.
    (Status.APPROVED, Status.PUBLISHED): Step(
        frozenset({Duty.PREPARER, Duty.CONTROLLER}), "oit.publish_not_allowed",
        publishes=True),
}

# The states an item passes before a controller has checked it: a change from one of them to
# approved or published skips the check, the refusal users most need explained.
_BEFORE_CHECK = frozenset({Status.NOT_STARTED, Status.IN_PREPARATION, Status.SUBMITTED,
                           Status.RETURNED})


def next_statuses(current: Status) -> list[Status]:
    """The states an item in ``current`` may move to, in the workflow's order."""
    order = list(Status)
    return sorted((to for (frm, to) in STEPS if frm is current), key=order.index)


@dataclass(frozen=True)
class StatusChange:
    """One line of an item's log. ``url`` and ``published_on`` belong to a change to
    published only; ``comment`` is required when returning, optional otherwise."""

    from_status: Status
    to_status: Status
    person_id: int
    when: datetime
    comment: str = ""
    url: str = ""
    published_on: date | None = None


def current_status(log: Sequence[StatusChange]) -> Status:
    """Where the log leaves the item: the last change's state, not started without one."""
    return log[-1].to_status if log else Status.NOT_STARTED


DayText = Callable[[date], str]


def change_problems(change: StatusChange, duties: frozenset[Duty],
                    log: Sequence[StatusChange] = (),
                    day_text: DayText | None = None) -> list[AppError]:
    """Every rule ``change`` breaks, made by a person holding ``duties`` on the item, after the
    changes of ``log`` (the item's log so far, oldest first); empty when it may be saved.

    A change outside the table is refused with the one reason that matters and nothing more:
    who made it and what it carries are moot when the step itself is not allowed.
    ``day_text`` words the dates in the findings (ISO otherwise), as the window shows dates.
    """
    shown = day_text or date.isoformat
    current = current_status(log)
    frm, to = change.from_status, change.to_status
    if frm is not current:
        return [AppError("oit.not_current", before=status_word(frm),
                         current=status_word(current))]
    if frm is to:
        return [AppError("oit.same_status", status=status_word(frm))]
    step = STEPS.get((frm, to))
    if step is None:
        return [_refusal(frm, to)]
    found: list[AppError] = []
    if not duties & step.duties:
        found.append(AppError(step.refusal))
    elif to is Status.CHECKED and _submitter(log) == change.person_id:
        found.append(AppError("oit.checks_own_work"))
    if step.needs_comment and not change.comment.strip():
        found.append(AppError("oit.return_without_comment"))
    if step.publishes:
        found += _publication_problems(change, log, shown)
    elif change.url.strip() or change.published_on is not None:
        found.append(AppError("oit.url_not_publishing"))
    if log and change.when < log[-1].when:
        found.append(AppError("oit.log_before_previous", when=_moment(change.when, shown),
                              previous=_moment(log[-1].when, shown)))
    return found


def _refusal(frm: Status, to: Status) -> AppError:
    if to in (Status.APPROVED, Status.PUBLISHED) and frm in _BEFORE_CHECK:
        return AppError("oit.skips_check", before=status_word(frm), after=status_word(to))
    if frm is Status.CHECKED and to is Status.PUBLISHED:
        return AppError("oit.skips_approval")
    return AppError("oit.not_allowed", before=status_word(frm), after=status_word(to))


def _submitter(log: Sequence[StatusChange]) -> int | None:
    for past in reversed(log):
        if past.to_status is Status.SUBMITTED:
            return past.person_id
    return None


def _publication_problems(change: StatusChange, log: Sequence[StatusChange],
                          shown: DayText) -> list[AppError]:
    found: list[AppError] = []
    if not change.url.strip():
        found.append(AppError("oit.publish_without_url"))
    else:
        found += url_problems(change.url)
    published = change.published_on
    if published is None:
        found.append(AppError("oit.publish_without_date"))
        return found
    if published > change.when.date():
        found.append(AppError("oit.published_later", published=shown(published),
                              when=_moment(change.when, shown)))
    approved = next((past.when.date() for past in reversed(log)
                     if past.to_status is Status.APPROVED), None)
    if approved is not None and published < approved:
        found.append(AppError("oit.published_before_approval", published=shown(published),
                              approved=shown(approved)))
    return found


def _moment(when: datetime, shown: DayText) -> str:
    return f"{shown(when.date())} {when:%H:%M}"


@dataclass(frozen=True)
class LogBreak:
    """Where a stored log breaks the rules: the change's place (from 0) and what it breaks."""

    index: int
    problems: list[AppError]


def history_problems(log: Sequence[StatusChange], duties_of: Mapping[int, frozenset[Duty]],
                     day_text: DayText | None = None) -> list[LogBreak]:
    """Replays ``log`` (oldest first) from not started, checking each change against the rules
    and the log before it, with ``duties_of`` giving each person's duties on the item. The
    duties are those given, not those held on the day of each change: a person since taken off
    the item shows as a break unless the caller passes the duties they held.

    Every broken change is reported, and the replay goes on from the state the broken change
    claims to reach, so that one bad line (an import, a hand-edited file) does not hide the
    rest of the log behind it.
    """
    breaks: list[LogBreak] = []
    for index, change in enumerate(log):
        problems = change_problems(change, duties_of.get(change.person_id, frozenset()),
                                   log[:index], day_text)
        if problems:
            breaks.append(LogBreak(index, problems))
    return breaks


def log_break_errors(breaks: Sequence[LogBreak], log: Sequence[StatusChange]) -> list[AppError]:
    """Each finding of ``breaks`` as one line naming the change it belongs to (numbered from
    1, as a person counts the lines of the log)."""
    return [AppError("oit.log_entry", number=brk.index + 1,
                     before=status_word(log[brk.index].from_status),
                     after=status_word(log[brk.index].to_status), problem=problem)
            for brk in breaks for problem in brk.problems]


# --- the published URL ---------------------------------------------------------------------

# Text copied from Thai documents often carries zero-width spaces and joiners; a browser
# would not open the address they sit in, and nobody sees them.
_SPACE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]")
_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


def url_problems(text: str) -> list[AppError]:
    """What is wrong with the form of ``text`` as the address of a published item; empty when
    it looks like a public web address.

    The form only: http or https, a website name with a dot (a Thai name such as
    ``ตม.ไทย`` is accepted through IDNA), no spaces. The program never opens the address (it
    stays offline), so whether the page exists is for the person who publishes it to see.
    ``localhost`` and addresses outside the public internet (loopback, private) are refused:
    the assessors could not open them from outside.
    """
    url = text.strip()
    if not url:
        return [AppError("oit.url_empty")]
    if _SPACE.search(url):
        return [AppError("oit.url_space", url=url)]
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not url.lower().startswith(
            f"{parts.scheme.lower()}://"):
        return [AppError("oit.url_scheme", url=url)]
    host = (parts.hostname or "").rstrip(".")
    if not host:
        return [AppError("oit.url_no_host", url=url)]
    try:
        parts.port  # noqa: B018 - reading it is the check: urlsplit raises on a bad port
    except ValueError:
        return [AppError("oit.url_bad_port", url=url)]
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is not None:
        if not address.is_global:
            return [AppError("oit.url_local", url=url, host=host)]
        return []
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return [AppError("oit.url_local", url=url, host=host)]
    if not _host_form_ok(host):
        return [AppError("oit.url_bad_host", url=url, host=host)]
    return []


def _host_form_ok(host: str) -> bool:
    labels = host.split(".")
    if len(labels) < 2:
        return False
    try:
        ascii_labels = [label.encode("idna").decode("ascii").lower() for label in labels]
    except UnicodeError:
        return False
    if sum(len(label) + 1 for label in ascii_labels) - 1 > 253:
        return False
    # A name ending in digits only is an IP address typed wrong, not a top-level domain.
    if ascii_labels[-1].isdigit():
        return False
    return all(_LABEL.match(label) for label in ascii_labels)
