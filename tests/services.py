"""Real services for the tests that need them: an X server (Xvfb), and waiting for something to happen."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@contextmanager
def xvfb(size: str = "1280x800x24") -> Iterator[str]:
    """An Xvfb server on a display of its own; yields the display name (":93")."""
    server_path = shutil.which("Xvfb")
    assert server_path is not None, "install the xvfb package (see .ci/run)"
    display = f":{90 + os.getpid() % 100}"
    server = subprocess.Popen(
        [server_path, display, "-screen", "0", size, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
    try:
        wait_for(socket.exists, 10, f"Xvfb on {display}")
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)
