"""A real window: start main.py on the xcb platform under Xvfb, wait for it, screenshot it, check it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from services import wait_for

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.service


def test_main_py_shows_a_real_window_under_xvfb(xvfb_display: str, tmp_path: Path) -> None:
    """Start the app as a person would, take a screenshot of the X screen, and look at it."""
    shot = tmp_path / "screen.png"
    env = {
        **os.environ,
        "DISPLAY": xvfb_display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LANG": "C.UTF-8",
    }
    log = tmp_path / "app.log"
    with log.open("w") as log_file:
        app = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py")], env=env, stdout=log_file, stderr=log_file
        )
    try:
        grab = [
            sys.executable, "-c",
            "import sys; from PySide6.QtGui import QGuiApplication; "
            "app = QGuiApplication(['grab', '-platform', 'xcb']); "
            "ok = app.primaryScreen().grabWindow(0).save(sys.argv[1]); sys.exit(0 if ok else 1)",
            str(shot),
        ]  # fmt: skip

        def window_is_up() -> bool:
            if app.poll() is not None:
                raise AssertionError(f"the app exited with {app.returncode}: {log.read_text()}")
            names = subprocess.run(
                ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, check=False
            ).stdout
            return "Microneedling Window" in names

        wait_for(window_is_up, 30, "the main window to be mapped")
        time.sleep(1.0)  # let it paint
        subprocess.run(grab, env=env, check=True, timeout=30)
        icon = subprocess.run(
            ["xprop", "-name", "Microneedling Window", "_NET_WM_ICON"],
            env=env, capture_output=True, text=True, check=True, timeout=30,
        ).stdout  # fmt: skip
    finally:
        app.terminate()
        app.wait(timeout=10)
    if os.environ.get("MW_KEEP_SCREENSHOT"):
        shutil.copy(shot, os.environ["MW_KEEP_SCREENSHOT"])
    for size in (16, 32, 48):  # what the window manager shows in the title bar and task switcher
        assert f"Icon ({size} x {size})" in icon, f"no {size} px window icon: {icon[:200]!r}"
    image = QImage(str(shot))
    assert image.width() == 1280 and image.height() == 800
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 20, "the screenshot is blank or nearly so"
    black = sum(1 for x in range(0, 1280, 16) for y in range(0, 800, 16) if image.pixel(x, y) == 0xFF000000)
    assert black < 0.5 * (1280 // 16) * (800 // 16), "most of the screen is black: no window drawn"


TITLES = r"""
import subprocess, sys
from datetime import date
from gui.ui.qt_runtime import immortalize_none
immortalize_none()
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0], "-platform", "xcb"])
from gui.ui.i18n import install_language
from gui.ui.window.main_window import MainWindow
from gui.core.resources import default_policy_path
from gui.core import load_policy_or_raise
window = MainWindow(load_policy_or_raise(default_policy_path()), today=date(2026, 11, 24))
window.show()
QTest.qWaitForWindowExposed(window)
for code in ("en", "es", "en"):
    install_language(app, code)
    QTest.qWait(300)
    xprop = ["xprop", "-id", str(int(window.winId())), "WM_NAME"]
    print(subprocess.run(xprop, capture_output=True, text=True).stdout.strip())
"""


def test_the_title_bar_follows_a_language_switch(xvfb_display: str, tmp_path: Path) -> None:
    """The window manager's title is composed when the title is set: it must not keep the other
    language's name ("Microneedling Window — Ventana de microneedling")."""
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", TITLES], env=env, capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    titles = [line.split("=", 1)[1].strip() for line in done.stdout.splitlines() if "WM_NAME" in line]
    assert titles == ['"Microneedling Window"', '"Ventana de microneedling"', '"Microneedling Window"'], (
        titles
    )
