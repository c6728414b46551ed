"""The layers of DESIGN.md, checked on the import statements of every module."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "payout_desk"

# layer → the project layers it may import
ALLOWED = {
    "lang": {"lang"},  # the message catalogue: every layer may use it
    "domain": {"domain", "lang"},
    "store": {"domain", "store", "lang"},
    "trust": {"domain", "trust", "lang"},
    "exchange": {"domain", "trust", "exchange", "lang"},
    "services": {"domain", "store", "trust", "exchange", "services", "reports", "lang"},
    "reports": {"domain", "reports", "lang"},
    "ui": {"domain", "services", "ui", "lang"},
    "cli": {"domain", "services", "cli", "ui", "lang"},  # no command opens the window (ui is imported lazily)
}
THIRD_PARTY_FORBIDDEN = {
    "lang": None,
    "domain": None,  # None: standard library only
    "store": {"PySide6"},
    "trust": {"PySide6", "sqlalchemy", "alembic"},
    "exchange": {"PySide6", "sqlalchemy", "alembic"},
    "reports": {"PySide6", "sqlalchemy", "alembic"},
    "ui": {"sqlalchemy", "alembic"},
    "services": {"PySide6"},
    "cli": {"PySide6", "sqlalchemy", "alembic"},
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _modules() -> list[tuple[str, Path]]:
    return [
        (p.relative_to(PACKAGE).parts[0], p) for p in sorted(PACKAGE.rglob("*.py")) if p.parent != PACKAGE
    ]


@pytest.mark.parametrize(("layer", "path"), _modules(), ids=lambda v: str(v).split("payout_desk/")[-1])
def test_module_imports_only_what_its_layer_may(layer: str, path: Path) -> None:
    if layer not in ALLOWED:
        pytest.fail(f"{path} is in no known layer")
    for name in _imports(path):
        top = name.split(".")[0]
        if top == "payout_desk":
            parts = name.split(".")
            if len(parts) > 1 and parts[1] not in {"__init__"} and parts[1] in ALLOWED:
                assert parts[1] in ALLOWED[layer], f"{path.name}: {layer}/ must not import {name}"
            continue
        forbidden = THIRD_PARTY_FORBIDDEN[layer]
        if forbidden is None:
            assert top in sys.stdlib_module_names or top == "__future__", (
                f"{path.name}: domain/ imports {name}"
            )
        else:
            assert top not in forbidden, f"{path.name}: {layer}/ must not import {name}"


def test_qt_is_imported_only_through_one_module() -> None:
    for layer, path in _modules():
        if path.name == "qt.py" and layer == "ui":
            continue
        assert not any(n.split(".")[0] == "PySide6" for n in _imports(path)), path
