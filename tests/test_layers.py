"""The import rules of the layers (see DESIGN.md), read from the source with ``ast``.

ui -> services -> reports -> exchange -> media -> store -> domain: a module imports its own
layer and the layers below it, never above. The start-up (app.py, cli/, __main__) sits on top:
it builds the window, and nothing imports it back. Besides: no Qt below app/cli, SQL only in
store, and no file reading or writing in domain. Imports inside functions count as much as those
at the top: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "ita_desktop"

# The rank of each layer; a module may import from ranks lower than or equal to its own.
LAYERS: dict[str, int] = {
    "domain": 0,
    "store": 1,
    "media": 2,
    "exchange": 3,
    "reports": 4,
    "services": 5,
    "demo": 6,  # builds the demo database for `ita-desktop demo`
    "paths": 6,  # where the database lives; asks Qt for the user's data folder
    "ui": 7,
    "app": 8,
    "cli": 8,
    "__main__": 8,
}
# Small modules every layer may use: error codes, the atomic writer, the resource lookup and
# the package itself (its version). Domain may use only the error codes of these (see below).
SHARED = {"", "errors", "files", "resources"}
NO_QT = {"domain", "store", "media", "exchange", "reports", "services"}
QT_MODULES = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}
SQL_MODULES = {"sqlite3", "sqlite_utils", "apsw", "sqlalchemy", "peewee"}
# Reading or writing files, which domain leaves to the layers that own files.
FILE_MODULES = {"ita_desktop.files", "ita_desktop.resources", "shutil", "tempfile"}
FILE_METHODS = {
    "open", "read_text", "read_bytes", "write_text", "write_bytes", "iterdir", "glob", "rglob",
    "mkdir", "unlink", "rmdir", "touch",
}

# Pairs the ranks allow but the design does not: a report is built from plain data handed to
# it, never from the files that go in and out nor from the database (services/reports.py reads
# the data and the register), so reports stays apart from exchange and store.
FORBIDDEN: dict[str, set[str]] = {"reports": {"exchange", "store"}}

@dataclass(frozen=True)
class Breach:
    module: str
    rule: str  # "qt", "sql", "files", "upward", "apart"
    line: int
    detail: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line}: {self.rule}: {self.detail}"


def layer_of(module: str) -> str:
    """The layer of ``ita_desktop.<layer>...``; "" for the package itself."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _imported(tree: ast.AST, module: str, is_package: bool) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                # A relative import, resolved against the importing module's package.
                package = module.split(".")
                package = package if is_package else package[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join([*package, base] if base else package)
            found.append((base, node.lineno))
            # "from ita_desktop import files" imports the module ita_desktop.files.
            found += [(f"{base}.{alias.name}", node.lineno) for alias in node.names]
    return found


def _file_calls(tree: ast.AST) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id == "open":
            found.append(("open()", node.lineno))
        elif isinstance(node.func, ast.Attribute) and node.func.attr in FILE_METHODS:
            found.append((f".{node.func.attr}()", node.lineno))
    return found


def breaches(module: str, source: str, *, is_package: bool = False) -> list[Breach]:
    """Every rule ``source`` (the text of ``module``) breaks."""
    tree = ast.parse(source)
    layer = layer_of(module)
    result: list[Breach] = []
    for name, line in _imported(tree, module, is_package):
        top = name.split(".")[0]
        if top in QT_MODULES and layer in NO_QT:
            result.append(Breach(module, "qt", line, f"{layer} imports {name}"))
        if top in SQL_MODULES and layer != "store":
            result.append(Breach(module, "sql", line, f"{layer} imports {name}"))
        if layer == "domain" and any(
            name == banned or name.startswith(banned + ".") for banned in FILE_MODULES
        ):
            result.append(Breach(module, "files", line, f"domain imports {name}"))
        if top == "ita_desktop" and name != "ita_desktop":
            target = layer_of(name)
            if target in SHARED or target not in LAYERS or layer not in LAYERS:
                continue
            if LAYERS[target] > LAYERS[layer]:
                result.append(Breach(module, "upward", line, f"{layer} imports {name}"))
            elif target in FORBIDDEN.get(layer, set()):
                result.append(Breach(module, "apart", line, f"{layer} imports {name}"))
    if layer == "domain":
        result += [Breach(module, "files", line, f"domain calls {call}")
                   for call, line in _file_calls(tree)]
    # "from a.b import c" is read as importing both a.b and a.b.c: one breach per rule and line.
    unique: dict[tuple[str, int], Breach] = {}
    for breach in result:
        unique.setdefault((breach.rule, breach.line), breach)
    return sorted(unique.values(), key=lambda breach: (breach.line, breach.rule))


def package_modules() -> list[tuple[str, Path]]:
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append((".".join(parts), path))
    return modules


def test_every_module_keeps_the_layer_rules() -> None:
    found: list[Breach] = []
    for module, path in package_modules():
        for breach in breaches(module, path.read_text(encoding="utf-8"),
                               is_package=path.name == "__init__.py"):
            found.append(breach)
    assert not found, "layer rules broken:\n" + "\n".join(map(str, found))


def test_every_layer_is_known() -> None:
    layers = {layer_of(module) for module, _ in package_modules()}
    assert layers <= set(LAYERS) | SHARED, f"new top-level modules: {layers - set(LAYERS)}"


# --- the checker itself, on small sources -------------------------------------------------


def rules(module: str, source: str, **options: bool) -> list[tuple[str, int]]:
    return [(b.rule, b.line) for b in breaches(module, source, **options)]


def test_qt_below_the_window_is_caught() -> None:
    assert rules("ita_desktop.domain.x", "from PySide6.QtCore import Qt") == [("qt", 1)]
    assert rules("ita_desktop.reports.x", "def f():\n    import PySide6.QtGui") == [("qt", 2)]
    assert rules("ita_desktop.services.x", "import shiboken6") == [("qt", 1)]
    assert rules("ita_desktop.ui.x", "from PySide6.QtCore import Qt") == []


def test_sql_outside_the_store_is_caught() -> None:
    assert rules("ita_desktop.services.x", "import sqlite3") == [("sql", 1)]
    assert rules("ita_desktop.ui.x", "from sqlite_utils import Database") == [("sql", 1)]
    assert rules("ita_desktop.domain.x", "import sqlite3") == [("sql", 1)]
    assert rules("ita_desktop.store.x", "import sqlite3") == []


def test_file_io_in_domain_is_caught() -> None:
    assert rules("ita_desktop.domain.x", "from ita_desktop.files import write_atomically") == [
        ("files", 1)
    ]
    assert rules("ita_desktop.domain.x", "from ita_desktop import resources") == [("files", 1)]
    source = "def f(p):\n    return open(p).read()\n\ndef g(p):\n    return p.read_text()"
    assert rules("ita_desktop.domain.x", source) == [("files", 2), ("files", 5)]
    assert rules("ita_desktop.domain.x", "def f(p):\n    p.write_bytes(b'')") == [("files", 2)]
    assert rules("ita_desktop.exchange.x", "from ita_desktop.files import write_atomically") == []
    assert rules("ita_desktop.domain.x", "from ita_desktop.errors import AppError") == []


def test_upward_imports_are_caught() -> None:
    assert rules("ita_desktop.domain.x", "from ita_desktop.store.people import P") == [
        ("upward", 1)
    ]
    assert rules("ita_desktop.reports.x", "from ita_desktop.exchange import roster_xlsx") == [
        ("apart", 1)
    ]
    assert rules("ita_desktop.reports.x", "import ita_desktop.ui.common.forms") == [("upward", 1)]
    assert rules("ita_desktop.reports.x", "from ita_desktop.store.people import P") == [
        ("apart", 1)
    ]
    assert rules("ita_desktop.store.x", "from ita_desktop.services.f import g") == [
        ("upward", 1)
    ]
    assert rules("ita_desktop.services.x", "from ita_desktop.app import run_gui") == [
        ("upward", 1)
    ]
    assert rules("ita_desktop.ui.shell.x", "from ita_desktop.cli import main") == [("upward", 1)]
    assert rules("ita_desktop.app", "from ita_desktop.ui.shell import main_window") == []
    assert rules("ita_desktop.ui.x", "from ita_desktop.services.f import g") == []
    assert rules("ita_desktop.exchange.x", "from ita_desktop.domain.roster import Person") == []


def test_relative_imports_are_resolved() -> None:
    assert rules("ita_desktop.domain.x", "from ..store import people") == [("upward", 1)]
    assert rules("ita_desktop.domain", "from .framework import Catalog", is_package=True) == []
    assert rules("ita_desktop.domain.x", "from . import digits") == []
