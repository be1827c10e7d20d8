"""Who signs a document off and what it is about: the vocabulary of the report register.

Every kind of document declares its signers as an ordered tuple of roles (an order is signed
by the commander alone; minutes by the recorder and the checker, approved by the chair;
reports are prepared, checked and approved) and the kind of subject it is about (the fiscal
year itself, a meeting, an order). The register stores the role keys and subject keys; the
words printed on the documents and shown in the window live here, so a new tab adds a kind
without touching the register.

English words are marked for the translators (context ``SignOff``); the window translates
them, the documents print the Thai labels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, fill_named, register

CONTEXT = "SignOff"


class SignerRole(StrEnum):
    PREPARED = "prepared"
    CHECKED = "checked"
    APPROVED = "approved"
    SIGNED = "signed"
    RECORDER = "recorder"
    MINUTES_CHECKER = "minutes-checker"
    CHAIR = "chair"


@dataclass(frozen=True)
class RoleText:
    thai: str
    """The label under the signature line on the document."""
    english: str
    """What the window shows, translated through ``CONTEXT``."""
    above: str = ""
    """A line written above the signature, such as "ตรวจแล้วถูกต้อง"."""


ROLE_TEXT: dict[SignerRole, RoleText] = {
    SignerRole.PREPARED: RoleText("ผู้จัดทำ", QT_TRANSLATE_NOOP("SignOff", "Prepared by")),
    SignerRole.CHECKED: RoleText("ผู้ตรวจ", QT_TRANSLATE_NOOP("SignOff", "Checked by"),
                                 "ตรวจแล้วถูกต้อง"),
    SignerRole.APPROVED: RoleText("ผู้อนุมัติ", QT_TRANSLATE_NOOP("SignOff", "Approved by")),
    SignerRole.SIGNED: RoleText("ผู้ลงนาม", QT_TRANSLATE_NOOP("SignOff", "Signed by")),
    SignerRole.RECORDER: RoleText("ผู้จดรายงานการประชุม",
                                  QT_TRANSLATE_NOOP("SignOff", "Minutes taken by")),
    SignerRole.MINUTES_CHECKER: RoleText("ผู้ตรวจรายงานการประชุม",
                                         QT_TRANSLATE_NOOP("SignOff", "Minutes checked by")),
    SignerRole.CHAIR: RoleText("ประธานในที่ประชุม",
                               QT_TRANSLATE_NOOP("SignOff", "Approved by the chair")),
}

# The signers of each family of documents, in the order their blocks are printed.
REPORT_SIGNERS = (SignerRole.PREPARED, SignerRole.CHECKED, SignerRole.APPROVED)
ORDER_SIGNERS = (SignerRole.SIGNED,)
MINUTES_SIGNERS = (SignerRole.RECORDER, SignerRole.MINUTES_CHECKER, SignerRole.CHAIR)


def role_text(key: str) -> RoleText:
    """The words for a stored role key; a key this program does not know is shown as it is."""
    try:
        return ROLE_TEXT[SignerRole(key)]
    except ValueError:
        return RoleText(key, key)


class SignersError(AppError):
    """A sign-off that does not name exactly the document's signers."""


register({
    "signoff.signers": QT_TRANSLATE_NOOP(
        "Errors", "This document is signed off by %expected; the sign-off names %given."),
    "signoff.signers_missing": QT_TRANSLATE_NOOP(
        "Errors", "This document is signed off by %expected; missing: %missing."),
})


def check_signers(roles: Sequence[str], given: Iterable[str],
                  name: Callable[[str], str] = str) -> None:
    """Refuse a sign-off that misses a role, names one twice or names a role the document
    does not have. ``name`` words a role in the caller's terms (the command line names its
    option), so that the refusal says what to add; by default the role key."""
    given = list(given)
    missing = [role for role in roles if role not in given]
    if missing:
        raise SignersError("signoff.signers_missing", expected=", ".join(map(name, roles)),
                           missing=", ".join(map(name, missing)))
    if sorted(given) != sorted(roles):
        raise SignersError("signoff.signers", expected=", ".join(map(name, roles)),
                           given=", ".join(map(name, given)) or "-")


class SubjectKind(StrEnum):
    FISCAL_YEAR = "fiscal-year"
    MEETING = "meeting"
    ORDER = "order"


SUBJECT_TEXT: dict[SubjectKind, str] = {
    SubjectKind.FISCAL_YEAR: QT_TRANSLATE_NOOP("SignOff", "fiscal year %key"),
    SubjectKind.MEETING: QT_TRANSLATE_NOOP("SignOff", "meeting no. %key"),
    SubjectKind.ORDER: QT_TRANSLATE_NOOP("SignOff", "order no. %key"),
}
"""How a subject is named, ``%key`` being its key (a year, a number N/YYYY)."""


@dataclass(frozen=True)
class Subject:
    """What one report is about; the register keeps one report per kind, year and subject."""

    kind: SubjectKind
    key: str

    @classmethod
    def year(cls, fiscal_year: int) -> Subject:
        return cls(SubjectKind.FISCAL_YEAR, str(fiscal_year))

    @classmethod
    def stored(cls, kind: str, key: str) -> Subject:
        return cls(SubjectKind(kind), key)

    def english(self) -> str:
        return fill_named(SUBJECT_TEXT[self.kind], {"key": self.key})


@dataclass(frozen=True)
class SignOff:
    """One signer's sign-off as the register keeps it and the document prints it."""

    role: str
    """A role key of the report's kind."""
    person_id: int | None
    name: str
    position: str
    signed_on: date
