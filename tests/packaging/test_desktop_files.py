"""The Linux .desktop entry, the app icon in every size, and the bundle's PyInstaller options."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NAME = "microneedling-window"
DESKTOP = ROOT / "packaging" / f"{NAME}.desktop"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

sys.path.insert(0, str(ROOT / "packaging"))
import build_bundle  # noqa: E402


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE), "not a PNG"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
    return width, height


def test_desktop_entry_names_the_command_and_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    fields = entry["Desktop Entry"]
    assert fields["Type"] == "Application"
    assert fields["Name"] == "Microneedling Window"
    assert fields["Comment"]
    assert fields["Exec"] == NAME
    assert fields["Icon"] == NAME
    assert fields["Terminal"] == "false"
    assert fields["Categories"] == "Office;MedicalSoftware;"


def test_desktop_entry_is_valid(require_service) -> None:  # type: ignore[no-untyped-def]
    validator = shutil.which("desktop-file-validate")
    require_service("desktop-file-validate", validator is not None, "install desktop-file-utils (.ci/run)")
    assert validator is not None
    done = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True, timeout=30)
    problems = [line for line in done.stdout.splitlines() if "error:" in line or "warning:" in line]
    assert done.returncode == 0 and not problems, done.stdout + done.stderr


@pytest.mark.parametrize("size", SIZES)
def test_icon_png_has_its_size(size: int) -> None:
    assert png_size((ICONS / f"{NAME}-{size}.png").read_bytes()) == (size, size)


def test_icon_svg_renders() -> None:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / f"{NAME}.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height() == 512


def test_ico_holds_png_entries_up_to_256() -> None:
    data = (ICONS / f"{NAME}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sides = []
    for number in range(count):
        width, _, _, _, _, _, size, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * number : 22 + 16 * number]
        )
        side = png_size(data[offset : offset + size])[0]
        assert side == (width or 256)
        sides.append(side)
    assert sides == [16, 32, 48, 64, 128, 256]


def test_icns_holds_png_entries() -> None:
    data = (ICONS / f"{NAME}.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    position, sides = 8, []
    while position < len(data):
        length = struct.unpack(">I", data[position + 4 : position + 8])[0]
        sides.append(png_size(data[position + 8 : position + length])[0])
        position += length
    assert sides == [16, 32, 64, 128, 256, 512]


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_bundle_options_ship_the_resources_where_the_app_looks(platform: str) -> None:
    args = build_bundle.pyinstaller_args(platform)
    assert any(a.startswith("--add-data=") and a.endswith("gui/_resources") for a in args)
    assert "--onedir" in args and f"--name={NAME}" in args
    if platform == "win32":
        assert any(a.endswith(".ico") for a in args)
    if platform == "darwin":
        assert "--windowed" in args and any(a.endswith(".icns") for a in args)
