"""A real print system: the handout printed through CUPS to the capture queue, and the job read back.

.ci/print-setup.sh makes the "Capture" raw queue; its backend keeps exactly the PDF Qt sent (field
notes §2), so the printed text can be checked. Fails in CI when CUPS is missing; skips elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from capture_queue import QUEUE, jobs, queue_available, queue_idle
from handout_support import HARBOUR, LETTER, all_text, main_plan, page_sizes
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from pytestqt.qtbot import QtBot

from gui.handout import prepare_device, render_handout


@pytest.mark.service
def test_prints_through_cups(qtbot: QtBot, require_service: object) -> None:
    require_service("CUPS capture queue", queue_available(), "run .ci/print-setup.sh")  # type: ignore[operator]
    printer = QPrinter(QPrinterInfo.printerInfo(QUEUE), QPrinter.PrinterMode.HighResolution)
    assert printer.outputFormat() is QPrinter.OutputFormat.NativeFormat  # a real job, not a file
    printer.setDocName("pytest-handout")
    prepare_device(printer, LETTER)
    before = jobs()
    assert render_handout(printer, main_plan(), HARBOUR, "en", "Jane Doe") == 1
    qtbot.waitUntil(lambda: bool(jobs() - before), timeout=15000)
    qtbot.waitUntil(queue_idle, timeout=15000)
    (job,) = jobs() - before
    pdf = Path(job).read_bytes()
    text = all_text(pdf)
    assert "Earliest date for your microneedling: Tuesday 24 November 2026" in text
    assert "Prepared for: Jane Doe" in text and "Harbour Skin Clinic" in text
    assert "Hyaluronic-acid filler (any brand)" in text and "Default policy 2027.1" in text
    assert page_sizes(pdf) == [pytest.approx((612, 792), abs=1)]
