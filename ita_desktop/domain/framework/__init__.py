"""The ITA framework (catalog) of one kind of unit for one fiscal year, without files.

``model`` holds the dataclasses and vocabularies, ``problems`` what can be wrong with a
framework, ``reading`` the checked reading from JSON-like data and back (one field at a time in
``fields``, one part at a time in ``sections``), ``rollover`` the start of a new fiscal year,
``editing`` the changes to OIT items, ``formats`` the any/all rule of their file formats,
``provenance`` the values waiting for confirmation and the items' keys. Framework files and
the bundled frameworks under ``resources/`` are read and written by
``ita_desktop.exchange.framework_file``.
"""

from ita_desktop.domain.framework.editing import add_oit_item, remove_oit_item, update_oit_item
from ita_desktop.domain.framework.formats import (
    formats_text,
    missing_formats,
    parse_formats_text,
)
from ita_desktop.domain.framework.model import (
    KNOWN_FORMATS,
    CalendarPhase,
    Catalog,
    Deadline,
    DeadlineKind,
    Eit2Group,
    EitQuota,
    FormatGroups,
    Framework,
    Indicator,
    OitItem,
    Provenance,
    SampleKey,
    SubIndicator,
    Tool,
)
from ita_desktop.domain.framework.problems import CatalogError, CatalogProblem
from ita_desktop.domain.framework.provenance import (
    confirm_item,
    confirm_parts,
    mark_provisional,
)
from ita_desktop.domain.framework.reading import (
    catalog_from_dict,
    catalog_problems,
    catalog_to_dict,
)
from ita_desktop.domain.framework.rollover import start_new_year

__all__ = [
    "KNOWN_FORMATS",
    "CalendarPhase",
    "Catalog",
    "CatalogError",
    "CatalogProblem",
    "Deadline",
    "DeadlineKind",
    "Eit2Group",
    "EitQuota",
    "FormatGroups",
    "Framework",
    "Indicator",
    "OitItem",
    "Provenance",
    "SampleKey",
    "SubIndicator",
    "Tool",
    "add_oit_item",
    "catalog_from_dict",
    "catalog_problems",
    "catalog_to_dict",
    "confirm_item",
    "confirm_parts",
    "formats_text",
    "mark_provisional",
    "missing_formats",
    "parse_formats_text",
    "remove_oit_item",
    "start_new_year",
    "update_oit_item",
]
