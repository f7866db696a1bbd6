"""The None-refcount workaround: many void Qt calls must not crash the interpreter on Python 3.11."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = """
import sys
from gui.app import create_application
from PySide6.QtWidgets import QLabel
app = create_application([])
label = QLabel()
for _ in range(200_000):
    label.setText("x")  # on 3.11 each call drops one reference to None
print("survived")
"""


def test_many_void_calls_do_not_kill_the_process() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
    assert "none_dealloc" not in result.stderr


SIGNALS = """
from gui.app import create_application
from PySide6.QtCore import QObject, Signal
app = create_application([])

class Emitter(QObject):
    changed = Signal()

emitter = Emitter()
for _ in range(50_000):
    emitter.changed.emit()  # on 3.11 each emit drops one reference to True
print("survived")
"""


def test_many_signal_emits_do_not_kill_the_process() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SIGNALS], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout and "bool_dealloc" not in result.stderr


IMPORT_CHECK = """
import linecache, sys
import gui.ui  # makes the check quick, before the app's own Qt modules are imported
from shibokensupport import feature
quick = feature._mod_uses_pyside
import gui.ui.window.main_window, gui.handout, json, email.message
names = ["gui.ui.window.main_window", "gui.handout.page", "gui.core.plan", "json", "email.message", "sys"]
quick_answers = {name: quick(sys.modules[name]) for name in names}
after = {sys.modules[name].__file__ for name in names[:-1]}
kept = sorted(after & set(linecache.cache))
feature._mod_uses_pyside = feature.__dict__["_mod_uses_pyside"].__closure__[0].cell_contents  # PySide6's own
print(quick_answers == {name: feature._mod_uses_pyside(sys.modules[name]) for name in names})
print(quick_answers["gui.ui.window.main_window"], quick_answers["json"], kept)
"""


def test_pyside_import_check_is_quick_and_gives_pyside6s_answer() -> None:
    """PySide6 asks of every imported module whether its source names PySide6: answered from the file's
    bytes, the same answers as PySide6's own check, and no module's source is kept in memory for it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_CHECK], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split("\n")[:2] == ["True", "True False []"]
