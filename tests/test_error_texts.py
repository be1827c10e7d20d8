"""Every error the program can show has a text in both languages, with the same placeholders."""

from __future__ import annotations

import importlib
import pkgutil
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import ita_desktop
from ita_desktop.errors import CONTEXT, AppError, fill_named, messages

TS = Path(__file__).resolve().parents[1] / "translations" / "ita_desktop_th.ts"
PLACEHOLDER = re.compile(r"%[A-Za-z_]+")


def _all_codes() -> dict[str, str]:
    for module in pkgutil.walk_packages(ita_desktop.__path__, "ita_desktop."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    return dict(messages())


def _thai() -> dict[str, str]:
    root = ET.parse(TS).getroot()
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in (None, "") and (translation.text or "").strip():
                found[message.findtext("source") or ""] = translation.text or ""
    return found


def test_every_error_code_has_a_thai_text_with_the_same_placeholders():
    codes = _all_codes()
    assert len(codes) >= 20, "the store's error codes at least"
    thai = _thai()
    missing = [code for code, text in codes.items() if text not in thai]
    assert not missing, f"no finished Thai translation for: {missing}"
    for code, text in codes.items():
        assert sorted(PLACEHOLDER.findall(thai[text])) == sorted(PLACEHOLDER.findall(text)), code


def test_english_text_is_filled_in_one_pass():
    error = AppError("store.missing", path="/media/usb/%path %id.sqlite")
    assert "'/media/usb/%path %id.sqlite'" in str(error)
    assert fill_named("%name and %names", {"name": "a", "names": "b"}) == "a and b"
