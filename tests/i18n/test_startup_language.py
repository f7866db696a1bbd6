"""At start-up the window speaks the saved language, or the system's when the setting says 'system'."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SESSION = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from gui.app import create_application, run
from gui.store.workspace import Workspace
from gui.store.settings import ClinicSettings

app = create_application([])
Workspace.for_user().settings_store.save(ClinicSettings(language=sys.argv[1]))

def report():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    print("title:", windows[0].windowTitle())
    print("menu:", windows[0].menuBar().actions()[0].text())
    app.quit()

QTimer.singleShot(100, report)
sys.exit(run([]))
"""


@pytest.mark.parametrize(
    ("setting", "lang", "title", "menu"),
    [
        ("es", "C.UTF-8", "Ventana de microneedling", "&Archivo"),
        ("system", "es_ES.UTF-8", "Ventana de microneedling", "&Archivo"),
        ("system", "en_GB.UTF-8", "Microneedling Window", "&File"),
        ("en", "es_ES.UTF-8", "Microneedling Window", "&File"),
    ],
)
def test_the_app_starts_in_the_language_the_settings_choose(
    tmp_path: Path, setting: str, lang: str, title: str, menu: str
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LANG": lang,
        "LC_ALL": lang,
    }
    result = subprocess.run(
        [sys.executable, "-c", SESSION, setting],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"title: {title}" in result.stdout and f"menu: {menu}" in result.stdout, result.stdout
