"""``gui.core`` loads its names on first use: every name it lists is there, is the object its module
defines, and asking for one reads only the modules that name needs."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import gui.core

ROOT = Path(__file__).resolve().parents[2]


def _typed_homes() -> dict[str, str]:
    """What the package tells a type checker: each name re-exported under TYPE_CHECKING, and its module."""
    tree = ast.parse(Path(gui.core.__file__).read_text(encoding="utf-8"))
    guard = next(n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING")
    homes = {}
    for node in guard.body:
        assert isinstance(node, ast.ImportFrom) and node.module is not None
        for alias in node.names:
            assert alias.asname == alias.name, f"{alias.name} must be re-exported as itself"
            homes[alias.name] = node.module.removeprefix("gui.core.")
    return homes


def test_the_type_checkers_names_are_the_ones_it_loads() -> None:
    assert _typed_homes() == gui.core._MODULE_OF
    assert gui.core.__all__ == sorted(gui.core._MODULE_OF)
    assert sum(len(names) for names in gui.core._HOMES.values()) == len(gui.core._MODULE_OF)  # each once


@pytest.mark.parametrize("name", gui.core.__all__)
def test_each_name_is_its_modules_own(name: str) -> None:
    home = importlib.import_module(f"gui.core.{gui.core._MODULE_OF[name]}")
    assert getattr(gui.core, name) is getattr(home, name)
    assert name in dir(gui.core)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        gui.core.Nothing  # noqa: B018 - the look-up is the test
    with pytest.raises(ImportError):
        exec("from gui.core import Nothing", {})


def test_asking_for_the_policy_does_not_read_the_planner() -> None:
    code = (
        "import sys; from gui.core import Policy, load_policy_or_raise; "
        "loaded = sorted(m for m in ('gui.core.plan', 'gui.core.course', 'gui.core.plan_words') "
        "if m in sys.modules); assert not loaded, loaded"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
