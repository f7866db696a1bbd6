"""Build the one-folder desktop bundle with PyInstaller: ``dist/microneedling-window/``.

    uv run --group bundle python packaging/build_bundle.py

The same command on Linux, Windows and macOS (macOS also gets ``dist/microneedling-window.app``). The
top-level ``resources/`` folder goes to ``gui/_resources`` inside the bundle, where
``gui/core/resources.py`` looks when frozen. On Linux the folder also holds ``share/`` with the .desktop
file and the icons in the hicolor layout (see ``install_linux``). A bundle carries the build machine's
system libraries (libxcb, libcups) but for the base of every desktop (``DESKTOP_LIBRARIES``), which come
from the system: build it on the oldest distribution it must run on.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
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
    "babel",  # writes the message catalogues (`python -m gui.ui.i18n update`): a development tool, 35 MB
    # Standard-library parts nothing in the app imports when it runs, found beside ones it does use:
    "decimal",  # (statistics, fractions)
    "asyncio",
    "multiprocessing",
    "_codecs_cn",  # the East Asian text encodings: every file the app reads or writes is UTF-8
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    # OpenSSL (5 MB): nothing goes over a network. segno's SVG writer imports urllib.request, which does
    # without ssl; hashlib's SHA-256 (the policy fingerprint) is Python's own without it.
    "ssl",
    "_ssl",
    "_hashlib",
)
# What the bundle carries of Qt beyond what the app uses, cut after PyInstaller has collected it: each
# cut is (what, why, file-name stems). The app runs on X11 or Wayland (and offscreen for the
# paper commands), draws PNG and SVG (its icon, a clinic's logo) and speaks English and Spanish.
QT_CUTS = (
    (
        "embedded-device platforms",
        "framebuffer, EGLFS, VNC and Vulkan-display screens of kiosks",
        ("qeglfs", "qlinuxfb", "qminimalegl", "qminimal.", "qvkkhrdisplay", "qvnc", "Qt6EglFs", "Qt6EglFS"),
    ),
    (
        "touch and tablet input plugins",
        "evdev and TUIO devices without a window system",
        ("qevdev", "qtuiotouch"),
    ),
    ("QtNetwork", "only the VNC platform and the TUIO plugin, both cut above, link it", ("Qt6Network",)),
    (
        "OpenGL integrations",
        "the app paints with QPainter on raster surfaces, on X11 and Wayland alike",
        ("xcbglintegrations", "wayland-graphics-integration-client", "qxcb-glx", "qxcb-egl", "Qt6OpenGL"),
    ),
    (
        "the GTK 3 platform theme",
        "GTK is not in the bundle: the theme would load the desktop's GTK over the bundle's own cairo and"
        " pango (the desktop-portal theme stays)",
        ("qgtk3",),
    ),
    (
        "image formats",
        "PNG is built into Qt; SVG is kept",
        ("qgif", "qicns", "qico", "qjpeg", "qtga", "qtiff", "qwbmp", "qwebp"),
    ),
)
KEPT_QT_TRANSLATIONS = ("qtbase_en", "qtbase_es")  # what gui/ui/i18n.qt_catalog loads
# Linux: the base libraries every desktop with a window system has, which a bundle must take from the
# system rather than carry (the AppImage project's exclude list, less the C++ runtime): fontconfig and
# FreeType must read the desktop's own font configuration, Xlib talk to its display, GLib run its event
# loop and p11-kit load its own modules. Carried, an older copy can misread a newer system's files.
DESKTOP_LIBRARIES = (
    "libcom_err.so.2",
    "libexpat.so.1",
    "libfontconfig.so.1",
    "libfreetype.so.6",
    "libglib-2.0.so.0",
    "libgpg-error.so.0",
    "libp11-kit.so.0",
    "libuuid.so.1",
    "libX11.so.6",
    "libz.so.1",
)


def pyinstaller_args(
    platform: str = sys.platform, script: Path = ROOT / "main.py", name: str = NAME, dist: Path = DIST
) -> list[str]:
    """The PyInstaller command line for ``platform`` (``linux``, ``win32`` or ``darwin``): the app's
    bundle, or ``script`` frozen the same way as ``name`` in ``dist`` (the start benchmark's probe)."""
    work = ROOT / "build" if dist == DIST else dist.parent / "build"
    args = [
        str(script),
        "--noconfirm",
        "--clean",
        "--onedir",
        f"--name={name}",
        f"--distpath={dist}",
        f"--workpath={work / 'pyinstaller'}",
        f"--specpath={work}",
        f"--paths={ROOT}",
        f"--add-data={ROOT / 'resources'}{os.pathsep}gui/_resources",
        # The SVG icon engine and image plugin need QtSvg, which only a dialog imports (lazily).
        "--hidden-import=PySide6.QtSvg",
        "--log-level=WARN",
    ]
    args += [f"--exclude-module={module}" for module in EXCLUDED]
    if platform != "win32":
        args.append("--strip")  # the symbols of Python's shared library and the extension modules
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


def trim_qt(bundle: Path) -> list[tuple[str, str, int]]:
    """Remove what the app never loads of Qt (see ``QT_CUTS``, and every Qt translation but the ones
    ``qt_catalog`` loads); returns what each cut was, why, and the bytes it saved."""
    qt = next(bundle.rglob("PySide6"), None)
    if qt is None:
        return []
    files = [f for f in qt.rglob("*") if f.is_file()]
    cuts = [(what, why, tuple(f for f in files if any(stem in str(f.relative_to(qt)) for stem in stems)))
            for what, why, stems in QT_CUTS]  # fmt: skip
    translations = tuple(
        f
        for f in files
        if f.suffix == ".qm" and f.parent.name == "translations" and f.stem not in KEPT_QT_TRANSLATIONS
    )
    cuts.append(("Qt's translations", "only its English and Spanish catalogues are loaded", translations))
    saved = []
    for what, why, doomed in cuts:
        saved.append((what, why, sum(f.stat().st_size for f in doomed)))
        for f in doomed:
            f.unlink()
    for link in bundle.rglob("*"):  # PyInstaller's links to the libraries cut
        if link.is_symlink() and not link.exists():
            link.unlink()
    return saved


def leave_desktop_libraries(bundle: Path) -> int:
    """Remove the desktop's base libraries (``DESKTOP_LIBRARIES``) from the bundle, so the system's own
    are loaded; returns the bytes saved. Linux only."""
    doomed = [f for f in (bundle / "_internal").iterdir() if f.name in DESKTOP_LIBRARIES]
    saved = sum(f.stat().st_size for f in doomed if not f.is_symlink())
    for f in doomed:
        f.unlink()
    return saved


def prune_libraries(bundle: Path) -> int:
    """Remove the shared libraries beside the app's modules that nothing left in the bundle loads: the
    dependencies of the cuts above, and those only the desktop's own libraries load (theirs come with
    them from the system). Returns the bytes saved. Linux only: a library stays when one of the bundle's
    binaries names it, directly or through another library that stays (``objdump -p``: binutils, which
    PyInstaller's ``--strip`` needs too)."""
    internal = bundle / "_internal"
    beside = {f.name: f for f in internal.iterdir() if f.is_file() and ".so" in f.name}
    binaries = [f for f in internal.rglob("*") if f.is_file() and ".so" in f.name and f.parent != internal]
    binaries += [f for f in bundle.iterdir() if f.is_file() and os.access(f, os.X_OK)]
    kept = {name for name in beside if name.startswith("libpython")}  # the executable opens it by path
    waiting = [*binaries, *(beside[name] for name in kept)]
    while waiting:
        for name in _needed(waiting.pop()):
            if name in beside and name not in kept:
                kept.add(name)
                waiting.append(beside[name])
    unused = [f for name, f in beside.items() if name not in kept]
    saved = sum(f.stat().st_size for f in unused)
    for f in unused:
        f.unlink()
    return saved


def _needed(binary: Path) -> list[str]:
    """The libraries an ELF file names as needed (its own, not theirs)."""
    dump = subprocess.run(["objdump", "-p", str(binary)], capture_output=True, text=True, check=False).stdout
    return [line.split()[1] for line in dump.splitlines() if line.strip().startswith("NEEDED")]


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build(script: Path = ROOT / "main.py", name: str = NAME, dist: Path = DIST) -> tuple[Path, list[str]]:
    """Freeze ``script`` as ``dist/name`` and cut what the app never loads; returns the folder and what
    was cut, line by line, with the megabytes each cut saved."""
    import PyInstaller.__main__  # type: ignore[import-untyped]

    bundle = dist / name
    PyInstaller.__main__.run(pyinstaller_args(sys.platform, script, name, dist))
    said = [f"PyInstaller collected {folder_size(bundle) / 1e6:.0f} MB"]
    said += [f"cut {what} ({why}): {saved / 1e6:.1f} MB" for what, why, saved in trim_qt(bundle)]
    if sys.platform.startswith("linux"):
        saved = leave_desktop_libraries(bundle)
        said.append(f"left the desktop's base libraries (DESKTOP_LIBRARIES) to it: {saved / 1e6:.1f} MB")
        said.append(f"cut the system libraries nothing left loads: {prune_libraries(bundle) / 1e6:.1f} MB")
    return bundle, said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--print-args", action="store_true", help="print the PyInstaller arguments and stop")
    options = parser.parse_args(argv)
    if options.print_args:
        print("\n".join(pyinstaller_args()))
        return 0
    start = time.perf_counter()
    bundle, said = build()
    print("\n".join(said))
    if sys.platform.startswith("linux"):
        install_linux(bundle)
    seconds = time.perf_counter() - start
    size_mb = folder_size(bundle) / 1e6
    executable = bundle / (NAME + (".exe" if sys.platform == "win32" else ""))
    print(f"built {executable.relative_to(ROOT)} in {seconds:.0f} s; the folder holds {size_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
