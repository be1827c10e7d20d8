from __future__ import annotations

import pytest

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.reports.specimen import specimen_document


@pytest.fixture(scope="session")
def specimen_thai():
    return specimen_document(DigitStyle.THAI, signed=True)


@pytest.fixture(scope="session")
def specimen_arabic():
    return specimen_document(DigitStyle.ARABIC, signed=False)
