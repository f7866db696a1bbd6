"""gui/core is pure Python: no Qt, checked by reading its imports and by importing it in a fresh process."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "gui" / "core"
FORBIDDEN = ("PySide6", "shiboken6", "Qt", "PyQt5", "PyQt6")
SOURCES = sorted(CORE.rglob("*.py"))


def imported_modules(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.append(node.args[0].value)
    return names


def is_forbidden(module: str) -> bool:
    top = module.split(".")[0]
    return top in FORBIDDEN or top.startswith("Qt")


def test_there_are_sources_to_check() -> None:
    assert {p.name for p in SOURCES} >= {"__init__.py", "dates.py", "plan.py", "policy.py"}


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(ROOT)) for p in SOURCES])
def test_module_imports_no_qt(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    offending = [m for m in imported_modules(tree) if is_forbidden(m)]
    assert offending == [], f"{path.relative_to(ROOT)} imports {offending}; gui/core must stay Qt-free"


@pytest.mark.parametrize(
    ("source", "forbidden"),
    [
        pytest.param("import PySide6", True, id="import"),
        pytest.param("from PySide6.QtCore import QDate", True, id="from-import"),
        pytest.param("import shiboken6", True, id="shiboken"),
        pytest.param("def f():\n    import PySide6.QtGui as g", True, id="nested"),
        pytest.param("importlib.import_module('PySide6.QtCore')", True, id="import-module"),
        pytest.param("from .dates import parse_date\nimport datetime", False, id="clean"),
    ],
)
def test_the_import_reader_itself(source: str, forbidden: bool) -> None:
    assert any(is_forbidden(m) for m in imported_modules(ast.parse(source))) is forbidden


def test_importing_gui_core_loads_no_qt() -> None:
    code = (
        "import gui.core, sys; "
        "[getattr(gui.core, name) for name in gui.core.__all__]; "  # the package loads its names on use
        "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules), "
        "sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert completed.returncode == 0, completed.stderr
