"""The shipped frameworks as fixtures for the domain tests."""

from __future__ import annotations

import pytest
from framework_data import content

from ita_desktop.domain.framework import Catalog, catalog_from_dict


@pytest.fixture
def imm2567() -> Catalog:
    return catalog_from_dict(content("immigration", 2567))


@pytest.fixture
def imm2568() -> Catalog:
    return catalog_from_dict(content("immigration", 2568))


@pytest.fixture
def police2568() -> Catalog:
    return catalog_from_dict(content("police", 2568))
