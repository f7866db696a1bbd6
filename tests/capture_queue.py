"""The CUPS "Capture" queue that .ci/print-setup.sh makes: its backend keeps each job's PDF in SPOOL."""

from __future__ import annotations

import glob
import shutil
import subprocess

from PySide6.QtPrintSupport import QPrinterInfo

QUEUE = "Capture"
SPOOL = "/var/spool/cups-capture"


def queue_available() -> bool:
    return shutil.which("lpstat") is not None and QUEUE in QPrinterInfo.availablePrinterNames()


def jobs() -> set[str]:
    """The PDF of every job the queue has kept so far."""
    return set(glob.glob(f"{SPOOL}/job-*.application_pdf"))


def queue_idle() -> bool:
    """No job still waiting or printing on the queue."""
    pending = subprocess.run(
        ["lpstat", "-W", "not-completed", "-o", QUEUE], capture_output=True, text=True, check=False
    )
    return pending.returncode == 0 and not pending.stdout.strip()
