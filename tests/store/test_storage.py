"""Atomic writes survive a kill mid-save; broken files are kept aside, never overwritten."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from gui.store.files import atomic_write_text, keep_broken

ROOT = Path(__file__).resolve().parents[2]
WRITER = """
import sys
from pathlib import Path
from gui.store.files import atomic_write_text
path = Path(sys.argv[1])
print("ready", flush=True)
n = 0
while True:
    n += 1
    atomic_write_text(path, f"version {n}\\n" + "x" * 2_000_000 + "\\nend\\n")
"""


def test_write_and_replace(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "policy.toml"
    atomic_write_text(target, "one")
    atomic_write_text(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["policy.toml"]  # no temporary left


@pytest.mark.parametrize("delay", [0.05, 0.1, 0.17, 0.23, 0.31, 0.4, 0.55, 0.7])
def test_kill_during_saves_leaves_a_whole_file(tmp_path: Path, delay: float) -> None:
    target = tmp_path / "clinic.toml"
    atomic_write_text(target, "version 0\nend\n")
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    time.sleep(delay)
    os.kill(writer.pid, signal.SIGKILL)  # as hard as a crash or a power cut to the process
    writer.wait(timeout=10)
    writer.stdout.close()
    text = target.read_text()
    assert text.startswith("version ") and text.endswith("\nend\n"), "half a file was left"


def test_unwritable_place_raises_oserror(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    with pytest.raises(OSError):
        atomic_write_text(not_a_folder / "x.toml", "text")


def test_keep_broken_never_overwrites(tmp_path: Path) -> None:
    now = datetime(2026, 11, 24, 9, 30)
    first = tmp_path / "policy.toml"
    first.write_text("broken one")
    kept_one = keep_broken(first, now)
    first.write_text("broken two")
    kept_two = keep_broken(first, now)
    assert kept_one.name == "policy.broken-20261124-093000.toml"
    assert kept_two.name == "policy.broken-20261124-093000-2.toml"
    assert kept_one.read_text() == "broken one" and kept_two.read_text() == "broken two"
    assert not first.exists()
