"""The PyInstaller one-folder bundle: its command works from any folder and finds every resource.

The bundle is built by ``uv run --group bundle python packaging/build_bundle.py`` (.ci/run does it
before the tests). Missing, these tests fail in CI and skip elsewhere. ``MNW_BUNDLE`` may name another
bundle folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from smoke import check_sub_commands, check_window_paints, clean_env

ROOT = Path(__file__).resolve().parents[2]
NAME = "microneedling-window"
BUNDLE = Path(os.environ.get("MNW_BUNDLE", ROOT / "dist" / NAME))
EXECUTABLE = BUNDLE / (NAME + (".exe" if sys.platform == "win32" else ""))


@pytest.fixture
def bundle(require_service) -> Path:  # type: ignore[no-untyped-def]
    require_service(
        "the PyInstaller bundle",
        EXECUTABLE.is_file(),
        f"{EXECUTABLE} is missing; build it with `uv run --group bundle python packaging/build_bundle.py`",
    )
    return BUNDLE


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    folder = tmp_path / "somewhere else"
    folder.mkdir()
    return folder


def test_bundle_runs_its_sub_commands_from_any_folder(bundle: Path, elsewhere: Path) -> None:
    check_sub_commands([str(EXECUTABLE)], elsewhere, clean_env(elsewhere))


def test_bundle_opens_the_window(bundle: Path, elsewhere: Path) -> None:
    check_window_paints([str(EXECUTABLE)], elsewhere, clean_env(elsewhere))


def test_bundle_holds_every_resource(bundle: Path) -> None:
    """What gui/core/resources.py looks for under sys._MEIPASS/gui/_resources: all of resources/."""
    inside = bundle / "_internal" / "gui" / "_resources"
    wanted = [p.relative_to(ROOT / "resources") for p in (ROOT / "resources").rglob("*") if p.is_file()]
    missing = [str(p) for p in wanted if not (inside / p).is_file()]
    assert not missing, f"not in the bundle (rebuild it if resources/ changed since): {missing}"


def test_bundle_can_draw_the_svg_icon(bundle: Path) -> None:
    plugins = bundle / "_internal" / "PySide6" / "Qt" / "plugins"
    assert list((plugins / "iconengines").glob("*qsvgicon*")), "the SVG icon engine is not bundled"
    assert list((plugins / "imageformats").glob("*qsvg*")), "the SVG image plugin is not bundled"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the freedesktop layout is for Linux")
def test_bundle_carries_the_desktop_entry_and_icons(bundle: Path) -> None:
    share = bundle / "share"
    assert (share / "applications" / f"{NAME}.desktop").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg").is_file()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the desktop's base libraries: Linux")
def test_bundle_takes_the_desktop_base_from_the_system_and_keeps_what_it_loads(bundle: Path) -> None:
    """fontconfig, FreeType, Xlib, GLib... come from the system (the window test shows they load);
    every library the bundle still carries beside its modules is one that its binaries need."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from build_bundle import DESKTOP_LIBRARIES, _needed
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    internal = bundle / "_internal"
    beside = {f.name for f in internal.iterdir() if f.is_file() and ".so" in f.name}
    assert not beside & set(DESKTOP_LIBRARIES)
    binaries = [f for f in internal.rglob("*") if f.is_file() and ".so" in f.name]
    needed = {name for binary in binaries for name in _needed(binary)}
    unneeded = {name for name in beside if name not in needed and not name.startswith("libpython")}
    assert not unneeded, f"carried but loaded by nothing in the bundle: {sorted(unneeded)}"
