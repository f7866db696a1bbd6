"""A real print system: the handout printed through CUPS to the capture queue, and the job read back.

.ci/print-setup.sh makes the "Capture" raw queue; its backend keeps exactly the PDF Qt sent (field
notes §2), so the printed text can be checked. Fails in CI when CUPS is missing; skips elsewhere.
"""

from __future__ import annotations

import glob
import shutil
import subprocess
from pathlib import Path

import pytest
from handout_support import HARBOUR, LETTER, all_text, main_plan, page_sizes
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from pytestqt.qtbot import QtBot

from gui.handout import prepare_device, render_handout

SPOOL = "/var/spool/cups-capture"
QUEUE = "Capture"


def _jobs() -> set[str]:
    return set(glob.glob(f"{SPOOL}/job-*.application_pdf"))


def _queue_idle() -> bool:
    result = subprocess.run(
        ["lpstat", "-W", "not-completed", "-o", QUEUE], capture_output=True, text=True, check=False
    )
    return result.returncode == 0 and not result.stdout.strip()


@pytest.mark.service
def test_prints_through_cups(qtbot: QtBot, require_service: object) -> None:
    available = shutil.which("lpstat") is not None and QUEUE in QPrinterInfo.availablePrinterNames()
    require_service("CUPS capture queue", available, "run .ci/print-setup.sh")  # type: ignore[operator]
    printer = QPrinter(QPrinterInfo.printerInfo(QUEUE), QPrinter.PrinterMode.HighResolution)
    assert printer.outputFormat() is QPrinter.OutputFormat.NativeFormat  # a real job, not a file
    printer.setDocName("pytest-handout")
    prepare_device(printer, LETTER)
    before = _jobs()
    assert render_handout(printer, main_plan(), HARBOUR, "en", "Jane Doe") == 1
    qtbot.waitUntil(lambda: bool(_jobs() - before), timeout=15000)
    qtbot.waitUntil(_queue_idle, timeout=15000)
    (job,) = _jobs() - before
    pdf = Path(job).read_bytes()
    text = all_text(pdf)
    assert "Earliest date for your microneedling: Tuesday 24 November 2026" in text
    assert "Prepared for: Jane Doe" in text and "Harbour Skin Clinic" in text
    assert "Hyaluronic-acid filler (any brand)" in text and "Default policy 2026.1" in text
    assert page_sizes(pdf) == [pytest.approx((612, 792), abs=1)]
