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
