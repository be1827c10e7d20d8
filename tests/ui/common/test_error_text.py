"""Why a file was not written, in the window's language: the system's words are English."""

from __future__ import annotations

import errno

import pytest

from ita_desktop.ui.common.error_text import file_error_reason
from ita_desktop.ui.shell.translation import install_translators


@pytest.fixture
def thai(qapp):
    install_translators(qapp, "th")
    yield
    install_translators(qapp, "en")


def test_common_reasons_are_said_in_thai(thai, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(OSError) as info:
        (blocker / "report.pdf").write_bytes(b"%PDF")
    assert file_error_reason(info.value) == "มีแฟ้มชื่อเดียวกับโฟลเดอร์ในเส้นทางที่เลือก"
    assert file_error_reason(PermissionError(errno.EACCES, "Permission denied")) == \
        "ไม่มีสิทธิ์บันทึกแฟ้มในที่ดังกล่าว"
    assert file_error_reason(OSError(errno.ENOSPC, "No space left on device")) == \
        "พื้นที่ดิสก์เต็ม"


def test_an_unusual_reason_keeps_the_systems_words():
    assert file_error_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
    assert file_error_reason(OSError(errno.EACCES, "Permission denied")) == \
        "no permission to write there"
