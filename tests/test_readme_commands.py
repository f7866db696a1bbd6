"""The README's command-line examples run as written (a new user copies them first)."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = [
    line.removeprefix("uv run main.py ")
    for line in re.findall(r"^uv run main\.py \S.*$", (ROOT / "README.md").read_text(encoding="utf-8"), re.M)
    if not line.startswith("uv run main.py --")  # the window and --help need no check here
]


def test_the_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("example", EXAMPLES)
def test_a_readme_example_runs(example: str, tmp_path: Path) -> None:
    args = [arg if not arg.endswith(".pdf") else str(tmp_path / arg) for arg in shlex.split(example)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
