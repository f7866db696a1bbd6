"""The house's layering holds: the import-linter contracts in pyproject.toml, and no widgets below the window.

Layers, top to bottom: gui.cli, gui.app, gui.ui, gui.handout, gui.drawing, gui.store, gui.core; the core
imports no Qt; no import circles anywhere. A test adds a forbidden import to a copy of the package and
shows that the check then fails, so a green run means the contracts were really checked.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
BELOW_THE_WINDOW = ("core", "store", "drawing", "handout")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}  # this tree's gui, before the installed one
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(root / "pyproject.toml"), "--no-cache"],
        cwd=root, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def test_the_layering_contracts_hold() -> None:
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout and "3 kept" in done.stdout


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        ("gui/core/limits.py", "from gui.store import resources", "Rooms in layers"),
        ("gui/core/limits.py", "import PySide6.QtCore", "The core is pure Python"),
        ("gui/store/files.py", "from gui.drawing import theme", "Rooms in layers"),
        ("gui/core/echo.py", "from gui.core import plan", "No import circles"),
    ],
)
def test_a_forbidden_import_breaks_a_contract(tmp_path: Path, module: str, line: str, broken: str) -> None:
    shutil.copytree(ROOT / "gui", tmp_path / "gui", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    done = lint_imports(tmp_path)
    assert done.returncode != 0, done.stdout[-2000:]
    assert broken in done.stdout.split("Broken contracts")[-1]


def widget_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [n for n in names if n.startswith("PySide6.QtWidgets")]
    return found


@pytest.mark.parametrize("room", BELOW_THE_WINDOW)
def test_no_widgets_below_the_window(room: str) -> None:
    """import-linter names external packages only whole (PySide6), so this one is checked here."""
    sources = sorted((ROOT / "gui" / room).rglob("*.py"))
    assert sources
    offending = {str(p.relative_to(ROOT)): widget_imports(p) for p in sources if widget_imports(p)}
    assert offending == {}
