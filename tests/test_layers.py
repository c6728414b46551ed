"""The layers of docs/ARCHITECTURE.md, checked on the import statements and the text of every module."""

from __future__ import annotations

import ast
import re
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


def _payout_desk_imports(path: Path) -> list[str]:
    """Every project module `path` imports, `from payout_desk import store` counted as `payout_desk.store`."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names if alias.name.startswith("payout_desk.")]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "payout_desk":
                names += [f"payout_desk.{alias.name}" for alias in node.names]
            elif node.module.startswith("payout_desk."):
                names.append(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            names.append("." * node.level + (node.module or ""))  # relative: refused below
    return names


def test_ui_never_touches_the_store() -> None:
    for layer, path in _modules():
        if layer != "ui":
            continue
        for name in _payout_desk_imports(path):
            assert not name.startswith("."), f"{path.name}: relative import {name} (write payout_desk.…)"
            assert name.split(".")[1] != "store", f"{path.name}: ui/ must not import {name}"


# Issue 14: point parts and office parts meet only in services/common/ (holds trivially until the
# folders exist; from then on, each side may not import the other).
_SIDES = {"point": "office", "office": "point"}


def test_point_and_office_parts_do_not_import_each_other() -> None:
    for side, other in _SIDES.items():
        for path in sorted((PACKAGE / "services" / side).rglob("*.py")):
            for name in _payout_desk_imports(path):
                assert not name.startswith(f"payout_desk.services.{other}"), (
                    f"services/{side}/{path.name} imports {name}: share it through services/common/"
                )


# Issue 14: each desk is its context (services/common/desk.py: Desk) plus parts handed what they need; no
# part inherits from another. Within services/, a class may extend a services class only when it is one of
# the two desks extending Desk, or an error extending the errors of services/common/errors.py.
_DESKS = {("point/desk.py", "PointDesk"), ("office/desk.py", "OfficeDesk")}


def _services_classes() -> dict[str, tuple[str, list[str]]]:
    found: dict[str, tuple[str, list[str]]] = {}
    for path in sorted((PACKAGE / "services").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                where = path.relative_to(PACKAGE / "services").as_posix()
                found[node.name] = (where, [ast.unparse(b).split(".")[-1] for b in node.bases])
    return found


def test_no_part_inherits_from_another() -> None:
    classes = _services_classes()
    errors = {name for name, (where, _b) in classes.items() if where == "common/errors.py"}
    changed = True
    while changed:  # an error extending an error is an error
        grown = {n for n, (_w, bases) in classes.items() if any(b in errors for b in bases)}
        changed, errors = not grown <= errors, errors | grown
    for name, (where, bases) in classes.items():
        for base in bases:
            if base not in classes or name in errors:
                continue
            assert (where, name) in _DESKS and base == "Desk", (
                f"services/{where}: {name} extends {base}; make it a part the desk builds and hands on"
            )
    assert {("point/desk.py", "PointDesk"), ("office/desk.py", "OfficeDesk")} <= {
        (where, name) for name, (where, bases) in classes.items() if "Desk" in bases
    }


# Raw SQL text — `sqlalchemy.text(…)`, or a string that is a SQL statement passed to a DB-API cursor —
# lives in store/. Issue 14 moves these services modules' SQL into store/; until then they are the
# known exceptions, and any NEW raw SQL outside store/ fails here. Remove a line when its module is clean
# (a stale line fails too, so the list only shrinks).
SQL_TEXT_EXCEPTIONS: set[str] = set()
_SQL = re.compile(
    r"\s*(SELECT\s.*\bFROM\b|INSERT\s+(OR\s+[A-Z]+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|PRAGMA\s"
    r"|WITH\s+\w+.*\sAS\s|BEGIN(\s+(IMMEDIATE|EXCLUSIVE|DEFERRED))?\s*$|(CREATE|ALTER|DROP)\s+(TABLE|INDEX|UNIQUE))",
    re.S,
)


def _sql_text(path: Path) -> list[int]:
    """Lines of `path` holding raw SQL: a SQL statement as a string, or a call of sqlalchemy's `text`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    text_names = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlalchemy"
        for alias in node.names
        if alias.name == "text"
    }
    lines: list[int] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL.match(node.value):
            lines.append(node.lineno)
        elif isinstance(node, ast.Call):
            func = node.func
            if (isinstance(func, ast.Name) and func.id in text_names) or (
                isinstance(func, ast.Attribute)
                and func.attr == "text"
                and ast.unparse(func.value) in {"sa", "sqlalchemy"}
            ):
                lines.append(node.lineno)
    return sorted(lines)


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def test_raw_sql_lives_in_the_store() -> None:
    holding = {_relative(p): _sql_text(p) for layer, p in _modules() if layer != "store"}
    new = {name: lines for name, lines in holding.items() if lines and name not in SQL_TEXT_EXCEPTIONS}
    assert not new, f"raw SQL outside store/ (move it to a store/ query module): {new}"
    stale = sorted(name for name in SQL_TEXT_EXCEPTIONS if not holding.get(name))
    assert not stale, f"no raw SQL left in {stale}: remove them from SQL_TEXT_EXCEPTIONS"


def test_the_sql_finder_finds_sql() -> None:
    assert _sql_text(PACKAGE / "store" / "payout_path.py")
    assert _sql_text(PACKAGE / "store" / "locks.py")  # text("SELECT pg_advisory_xact_lock(:key)")
    assert not _sql_text(PACKAGE / "lang" / "catalogue" / "qt.py")  # "Select All", "Create New Folder"


# Issue 14: services build no queries. A query — `select`, `func`, `delete`, `update`, `insert`, … —
# is built in a store/ query module (one per family of tables) and the services call it by what it answers;
# a service may still use the ORM objects it gets (row.attr, session.add, session.flush). From sqlalchemy a
# service imports only types and errors (QUERY_FREE_IMPORTS). The known exceptions only shrink (a stale
# line fails).
QUERY_FREE_IMPORTS: dict[str, set[str] | None] = {  # module → the names a service may import (None: any)
    "sqlalchemy.orm": {"Session"},
    "sqlalchemy.exc": None,
    "sqlalchemy.engine": {"Connection", "Engine", "Row", "URL"},
}
QUERY_BUILDER_EXCEPTIONS: set[str] = set()


def _query_builders(path: Path) -> list[str]:
    """What `path` imports from sqlalchemy beyond types and errors (`import sqlalchemy` counts whole)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] == "sqlalchemy"]
        elif (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and (node.module or "").split(".")[0] == "sqlalchemy"
        ):
            allowed = QUERY_FREE_IMPORTS.get(node.module or "", set())
            found += [
                f"{node.module}.{a.name}" for a in node.names if allowed is not None and a.name not in allowed
            ]
    return found


def test_services_build_no_queries() -> None:
    holding = {_relative(p): _query_builders(p) for layer, p in _modules() if layer == "services"}
    new = {name: names for name, names in holding.items() if names and name not in QUERY_BUILDER_EXCEPTIONS}
    assert not new, f"query construction in services/ (move it to a store/ query module): {new}"
    stale = sorted(name for name in QUERY_BUILDER_EXCEPTIONS if not holding.get(name))
    assert not stale, f"no query construction left in {stale}: remove them from QUERY_BUILDER_EXCEPTIONS"


def test_the_query_finder_finds_queries() -> None:
    assert "sqlalchemy.select" in _query_builders(PACKAGE / "store" / "lists.py")
    assert "sqlalchemy.orm.contains_eager" in _query_builders(PACKAGE / "store" / "lists.py")
    assert not _query_builders(PACKAGE / "services" / "office" / "imports.py")  # Session, IntegrityError


# No module in src/ over MAX_LINES (issue 14 split the last ones): a module that grows past it is split.
MAX_LINES = 400


def test_no_module_grows_past_the_bound() -> None:
    lengths = {_relative(p): len(p.read_text(encoding="utf-8").splitlines()) for p in PACKAGE.rglob("*.py")}
    over = {name: n for name, n in sorted(lengths.items()) if n > MAX_LINES}
    assert not over, f"modules over {MAX_LINES} lines (split them): {over}"
