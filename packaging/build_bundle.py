"""Build the one-folder desktop bundle with PyInstaller: ``dist/microneedling-window/``.

    uv run --group bundle python packaging/build_bundle.py

The same command on Linux, Windows and macOS (macOS also gets ``dist/microneedling-window.app``). The
top-level ``resources/`` folder goes to ``gui/_resources`` inside the bundle, where
``gui/core/resources.py`` looks when frozen. On Linux the folder also holds ``share/`` with the .desktop
file and the icons in the hicolor layout (see ``install_linux``). A bundle carries the build machine's
system libraries (libxcb, libcups): build it on the oldest distribution it must run on.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "microneedling-window"
DIST = ROOT / "dist"
BUNDLE = DIST / NAME
ICONS = ROOT / "resources" / "icons"
# Qt modules the app never imports; without them the bundle is smaller and PyInstaller collects no QML.
EXCLUDED = (
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "tkinter",
)


def pyinstaller_args(platform: str = sys.platform) -> list[str]:
    """The PyInstaller command line for ``platform`` (``linux``, ``win32`` or ``darwin``)."""
    args = [
        str(ROOT / "main.py"),
        "--noconfirm",
        "--clean",
        "--onedir",
        f"--name={NAME}",
        f"--distpath={DIST}",
        f"--workpath={ROOT / 'build' / 'pyinstaller'}",
        f"--specpath={ROOT / 'build'}",
        f"--paths={ROOT}",
        f"--add-data={ROOT / 'resources'}{os.pathsep}gui/_resources",
        # The SVG icon engine and image plugin need QtSvg, which only a dialog imports (lazily).
        "--hidden-import=PySide6.QtSvg",
        "--log-level=WARN",
    ]
    args += [f"--exclude-module={module}" for module in EXCLUDED]
    if platform == "win32":
        # A console program whose console hides at once when started from the Start menu or Explorer,
        # so the window opens without one while `plan`, `products` and `--help` still print in a terminal.
        args += ["--hide-console=hide-early", f"--icon={ICONS / (NAME + '.ico')}"]
    elif platform == "darwin":
        args += ["--windowed", f"--icon={ICONS / (NAME + '.icns')}"]
    return args


def install_linux(bundle: Path) -> None:
    """Put the .desktop file and the icons under ``bundle/share`` in the freedesktop layout."""
    share = bundle / "share"
    applications = share / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "packaging" / f"{NAME}.desktop", applications)
    hicolor = share / "icons" / "hicolor"
    for png in sorted(ICONS.glob(f"{NAME}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        target = hicolor / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target / f"{NAME}.png")
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ICONS / f"{NAME}.svg", scalable)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--print-args", action="store_true", help="print the PyInstaller arguments and stop")
    options = parser.parse_args(argv)
    args = pyinstaller_args()
    if options.print_args:
        print("\n".join(args))
        return 0
    import PyInstaller.__main__  # type: ignore[import-untyped]

    start = time.perf_counter()
    PyInstaller.__main__.run(args)
    if sys.platform.startswith("linux"):
        install_linux(BUNDLE)
    seconds = time.perf_counter() - start
    size_mb = folder_size(BUNDLE) / 1e6
    executable = BUNDLE / (NAME + (".exe" if sys.platform == "win32" else ""))
    print(f"built {executable.relative_to(ROOT)} in {seconds:.0f} s; the folder holds {size_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
