"""The benchmark's child processes still run (timings are never tested: benchmarks/run.py reports them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("mode", ["bare", "skeleton", "app", "phases"])
def test_start_probe_reports_a_first_paint(mode: str, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "start_probe.py"), mode],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    if mode == "phases":  # where the start goes, step by step, in milliseconds
        steps = json.loads(done.stdout.strip().splitlines()[-1])
        assert list(steps)[-3:] == [
            "first paint (the entries)",
            "import and build the results, first plan",
            "paint the results",
        ]
        assert all(ms > 0 for ms in steps.values())
    elif mode == "app":  # ready to type, then complete
        ready, complete = (int(word) for word in done.stdout.split()[-2:])
        assert 0 < ready <= complete
    else:
        assert int(done.stdout.split()[-1]) > 0


@pytest.mark.parametrize("sessions", ["1", "3"])
def test_in_process_edit_benchmark_counts_every_row(sessions: str, tmp_path: Path) -> None:
    """With a course of three sessions too: the child checks that every row and session is planned."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "inprocess.py"), "edit", "10", "5", sessions],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert '"timeline"' in done.stdout
