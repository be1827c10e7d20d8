"""The register's refusals in the window's language: every code they raise has a Thai text."""

from __future__ import annotations

import ita_desktop.domain.signoff  # noqa: F401 - registers its codes
import ita_desktop.reports.signing  # noqa: F401
import ita_desktop.store.blobs  # noqa: F401
import ita_desktop.store.report_register  # noqa: F401
from ita_desktop.errors import AppError, messages
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.shell.translation import install_translators

CODES = ("blob.missing", "register.no-files", "register.other-number", "register.not-stored",
         "register.no-version", "register.signed-meanwhile", "register.number-taken",
         "report.subject", "signoff.signers")


def test_every_register_error_is_worded_in_thai_with_its_values(qapp):
    codes = [code for code in messages() if code in CODES]
    assert len(codes) == len(CODES)
    install_translators(qapp, "th")
    try:
        for code in CODES:
            values = {name: f"<{name}>" for name in ("sha256", "kind", "subject", "number",
                                                     "given", "version", "detail", "id",
                                                     "report", "expected")}
            error = AppError(code, **values)
            thai = error_text(error)
            assert thai != error.english() and any("\u0e00" <= c <= "\u0e7f" for c in thai)
            assert "%" not in thai  # every placeholder filled
    finally:
        install_translators(qapp, "en")
