"""The wheel installs into a fresh virtual environment with pip, and the installed command works anywhere.

Slow-ish (about a minute: PySide6 is unpacked into the new environment; pip's cache keeps the download),
and it runs in CI on purpose: "installs with pip and runs from any folder" is a promise of the README.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from smoke import check_sub_commands, check_window_paints, clean_env, run

ROOT = Path(__file__).resolve().parents[2]
BIN = "Scripts" if sys.platform == "win32" else "bin"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv with the wheel built from this checkout pip-installed into it; its bin folder."""
    base = tmp_path_factory.mktemp("wheel-install")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    pip = [str(venv / BIN / "python"), "-m", "pip", "--disable-pip-version-check"]
    wheels = base / "wheels"
    built = subprocess.run(
        [*pip, "wheel", "--no-deps", "--wheel-dir", str(wheels), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = wheels.glob("microneedling_window-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for resource in ("policy/default.toml", "content/en/disclaimer.md", "icons/microneedling-window.svg"):
        assert f"gui/_resources/{resource}" in names, f"{resource} is missing from {wheel.name}"
    done = subprocess.run([*pip, "install", str(wheel)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return venv / BIN


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A working folder outside the checkout, so nothing is found by accident from the current folder."""
    folder = tmp_path / "somewhere else"
    folder.mkdir()
    return folder


def test_installed_command_runs_its_sub_commands_from_any_folder(installed: Path, elsewhere: Path) -> None:
    check_sub_commands([str(installed / "microneedling-window")], elsewhere, clean_env(elsewhere))


def test_installed_command_opens_the_window(installed: Path, elsewhere: Path) -> None:
    check_window_paints([str(installed / "microneedling-window")], elsewhere, clean_env(elsewhere))


def test_installed_package_is_the_wheel_not_the_checkout(installed: Path, elsewhere: Path) -> None:
    code = "import gui, gui.core.resources as r; print(gui.__file__); print(r.resources_root())"
    out = run([str(installed / "python"), "-c", code], elsewhere, clean_env(elsewhere)).stdout.splitlines()
    venv = installed.parent.resolve()
    assert all(Path(line).resolve().is_relative_to(venv) for line in out), out
    assert out[1].endswith("_resources"), out
