"""The window opens inside the screen's free area on a 1366×768 desk (about 1366×728 above a taskbar),
fresh or after a session on a bigger monitor: the status bar is never off-screen.

Each case runs in its own process on Qt's offscreen platform given that screen (and a title bar)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = """
import sys
from datetime import date
from PySide6.QtCore import QCoreApplication, QRect, QSettings
from PySide6.QtWidgets import QApplication
from gui.ui.window.main_window import MainWindow
from gui.core.resources import default_policy_path
from gui.core import load_policy_or_raise
QCoreApplication.setOrganizationName("Fit Test")
app = QApplication([])
if sys.argv[1] == "saved":
    big = MainWindow(load_policy_or_raise(default_policy_path()), today=date(2026, 11, 24))
    big.setGeometry(QRect(900, 500, 1800, 1000))  # last used on a large monitor
    big.close()
win = MainWindow(load_policy_or_raise(default_policy_path()), today=date(2026, 11, 24))
win.show()
app.processEvents()
free, box = win.screen().availableGeometry(), win.frameGeometry()
status = win.statusBar().geometry().translated(win.geometry().topLeft())
print(free.contains(box), free.contains(status), box.width(), box.height())
"""


@pytest.mark.parametrize("start", ["fresh", "saved"])
def test_the_window_fits_a_small_desk(tmp_path: Path, start: str) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "desk", "x": 0, "y": 0, "width": 1366, "height": 728, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [screen]}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, start], capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    inside, status_inside, width, height = result.stdout.split()
    assert (inside, status_inside) == ("True", "True"), result.stdout
    assert int(width) >= 1200 and int(height) >= 700  # as big as fits, not shrunk to a corner
