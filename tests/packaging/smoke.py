"""Smoke checks shared by the installed-wheel and the bundle tests: run the shipped command as a person would.

Every check runs the command from a folder outside the checkout, with a clean environment (no
PYTHONPATH, no virtual environment of ours), so the command must find its own code and resources.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader

HISTORY = ("--history", "botox=2026-11-10", "--today", "2026-11-24")
# Qt's own log of the widget repaint manager: this line says the whole main window was drawn and flushed.
PAINT_LOG_RULE = "qt.widgets.painting=true"
# The whole main window flushed, at whatever size fits the screen (offscreen: 800×800).
WINDOW_PAINTED = re.compile(r"Flushing QRegion\(0,0 \d+x\d+\) of MainWindow\(")
WINDOW_TIMEOUT_S = 60


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}}
    env.update(
        LANG="C.UTF-8",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        **extra,
    )
    return env


def run(command: Sequence[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(list(command), cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{' '.join(command)} → {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


def check_sub_commands(command: Sequence[str], cwd: Path, env: dict[str, str]) -> None:
    """``--help``, ``plan --json``, ``plan --lang es`` (the compiled catalogue), ``products`` and
    ``handout -o FILE.pdf`` all work from ``cwd``."""
    assert "usage: microneedling-window" in run([*command, "--help"], cwd, env).stdout
    plan = json.loads(run([*command, "plan", *HISTORY, "--json"], cwd, env).stdout)
    assert plan["earliest"] == "2026-11-24"
    assert plan["policy"]["name"], "the default policy was not found"
    spanish = run([*command, "plan", *HISTORY, "--lang", "es"], cwd, env).stdout
    assert "Primera fecha según la política" in spanish, "the Spanish catalogue (.mo) was not found"
    products = run([*command, "products"], cwd, env).stdout
    assert "botox" in products and "ha-filler" in products
    pdf = cwd / "x.pdf"
    handout_env = {**env, "QT_QPA_PLATFORM": "offscreen"}
    run([*command, "handout", *HISTORY, "--patient", "Test Patient", "-o", "x.pdf"], cwd, handout_env)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Test Patient" in text and "24 November 2026" in text, text[:500]


def check_window_paints(command: Sequence[str], cwd: Path, env: dict[str, str]) -> None:
    """Start the window offscreen; pass once Qt reports the whole main window flushed."""
    log = cwd / "window.log"
    window_env = {**env, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": PAINT_LOG_RULE}
    with log.open("w") as log_file:
        app = subprocess.Popen(list(command), cwd=cwd, env=window_env, stdout=log_file, stderr=log_file)
        try:
            deadline = time.monotonic() + WINDOW_TIMEOUT_S
            while not WINDOW_PAINTED.search(log.read_text(errors="replace")):
                code = app.poll()
                assert code is None, f"the window process ended ({code}):\n{_tail(log)}"
                assert time.monotonic() < deadline, f"no painted main window in {WINDOW_TIMEOUT_S} s"
                time.sleep(0.1)
        finally:
            app.terminate()
            app.wait(timeout=10)
    assert "Traceback" not in log.read_text(errors="replace"), _tail(log)


def _tail(log: Path) -> str:
    lines = log.read_text(errors="replace").splitlines()
    return "\n".join(line for line in lines[-40:] if "qt.widgets.painting" not in line)
