"""The shipped frameworks as plain data, read without the file reader: the domain is tested on
data as it receives it."""

from __future__ import annotations

import json
from typing import Any

from ita_desktop.resources import resource_path


def content(framework: str = "immigration", year: int = 2568) -> dict[str, Any]:
    """The framework fields of a shipped file, without the file header."""
    path = resource_path("catalogs", f"{framework}-{year}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["format"], data["format_version"]
    return data


def item_index(data: dict[str, Any], code: str) -> int:
    return next(i for i, item in enumerate(data["oit_items"]) if item["code"] == code)
