"""The sign-off vocabulary: roles with their printed and shown words, subjects, signer checks."""

from __future__ import annotations

import pytest

from ita_desktop.domain.signoff import (
    MINUTES_SIGNERS,
    ORDER_SIGNERS,
    REPORT_SIGNERS,
    ROLE_TEXT,
    SignerRole,
    SignersError,
    Subject,
    SubjectKind,
    check_signers,
    role_text,
)


def test_every_role_has_its_printed_thai_label_and_window_words():
    assert set(ROLE_TEXT) == set(SignerRole)
    assert [role_text(r).thai for r in REPORT_SIGNERS] == ["ผู้จัดทำ", "ผู้ตรวจ", "ผู้อนุมัติ"]
    assert role_text("checked").above == "ตรวจแล้วถูกต้อง"
    assert [role_text(r).thai for r in ORDER_SIGNERS] == ["ผู้ลงนาม"]
    assert [role_text(r).thai for r in MINUTES_SIGNERS] == [
        "ผู้จดรายงานการประชุม", "ผู้ตรวจรายงานการประชุม", "ประธานในที่ประชุม"]
    assert all(text.english and text.thai for text in ROLE_TEXT.values())
    # A role key from elsewhere (an edited file) is shown as it is, never a crash.
    assert role_text("witness").thai == "witness" == role_text("witness").english


def test_a_sign_off_names_each_signer_of_the_document_once():
    check_signers(REPORT_SIGNERS, ["approved", "prepared", "checked"])
    for given in (["prepared", "checked", "approved", "approved"],
                  ["prepared", "checked", "approved", "signed"]):
        with pytest.raises(SignersError) as info:
            check_signers(REPORT_SIGNERS, given)
        assert info.value.code == "signoff.signers"
        assert str(info.value).startswith("This document is signed off by prepared, checked, "
                                          "approved; the sign-off names ")
    for given, missing in (([], "prepared, checked, approved"),
                           (["prepared", "checked"], "approved"),
                           (["signed"], "prepared, checked, approved")):
        with pytest.raises(SignersError) as info:
            check_signers(REPORT_SIGNERS, given)
        assert str(info.value) == ("This document is signed off by prepared, checked, "
                                   f"approved; missing: {missing}.")


def test_the_missing_signers_are_named_in_the_callers_terms():
    with pytest.raises(SignersError) as info:
        check_signers(REPORT_SIGNERS, ["prepared", "checked"], name=lambda r: f"--{r}")
    assert str(info.value).endswith("missing: --approved.")


def test_subjects_are_named_and_compared_by_kind_and_key():
    assert Subject.year(2568) == Subject(SubjectKind.FISCAL_YEAR, "2568")
    assert Subject.stored("meeting", "3/2568") == Subject(SubjectKind.MEETING, "3/2568")
    assert Subject.year(2568).english() == "fiscal year 2568"
    assert Subject(SubjectKind.ORDER, "12/2568").english() == "order no. 12/2568"
